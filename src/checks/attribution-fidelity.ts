/**
 * `attribution-fidelity`: who said what, against the reference. One finding
 * per typed error (`subId`): speaker-changed, pronoun-wrong-antecedent,
 * attribution-dropped, source-dropped-to-hedge, cue-stance-shift,
 * polarity-flip, intermediary-dropped, intermediary-added,
 * recipient-as-source, surname-only-first-mention, attribution-added,
 * speaker-name-variant, dateline-agency-dropped. Severities follow
 * docs/attribution.md.
 */
import {defineCheck} from '../core/define-check.js'
import {attributionComparison, codeText} from '../attribution/derived.js'

export const attributionFidelity = defineCheck(
  {
    ruleId: 'attribution-fidelity',
    category: 'accuracy/attribution',
    severity: 'major',
    fixable: false,
    description: 'Quotes and claims attributed differently from the reference (speaker, cue stance, polarity, intermediaries)',
    targets: ['en'],
    needsReference: true
  },
  ({context, report}) => {
    const comparison = attributionComparison(context)
    if (!comparison) return
    for (const error of comparison.errors) {
      const detail = error.detail.replace(/[.\s]+$/, '')
      const expected = error.expected ? `, expected \`${codeText(error.expected)}\`` : ''
      report({
        start: error.mt.start,
        end: error.mt.end,
        message: `Unexpected \`${codeText(error.mt.text)}\`${expected}: ${error.label.replace(/-/g, ' ')}, ${detail}`,
        expected: error.expected ? [error.expected] : [],
        subId: error.label,
        severity: error.severity,
        confidence: error.confidence,
        ...(error.reference && error.reference.text.length > 0 ? {reference: error.reference} : {})
      })
    }
  }
)
