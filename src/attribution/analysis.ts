/**
 * The report's `attribution` section: the MT's (and the reference's)
 * extraction, the aligned pairs and the fidelity score. Reuses the values
 * the checks derived, so nothing is extracted twice.
 */
import type {Analysis} from '../core/analyses.js'
import type {AttributionReport} from '../types.js'
import {resolvabilityShare} from './compare.js'
import {attributionComparison, mtAttributions, referenceAttributions} from './derived.js'
import {attributionLexicon} from './lexicon.js'

export const attributionAnalysis: Analysis = (report, context) => {
  if (!attributionLexicon(context.targetLang)) return
  const mt = mtAttributions(context)
  const section: AttributionReport = {
    mt: {entities: mt.entities, attributions: mt.attributions},
    pairs: [],
    score: {resolvability: resolvabilityShare(mt), precision: null, recall: null, f1: null, labels: {}}
  }
  const reference = referenceAttributions(context)
  const comparison = attributionComparison(context)
  if (reference && comparison) {
    section.reference = {entities: reference.entities, attributions: reference.attributions}
    section.pairs = comparison.pairs
    section.score = comparison.score
  }
  report.attribution = section
}
