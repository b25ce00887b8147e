/**
 * Attribution values shared by the checks and the report analysis through
 * the per-file context: each text is extracted once, compared once.
 */
import {derived, type QaContext} from '../core/context.js'
import {analyzeAttributions, type AttributionExtraction} from './analyze.js'
import {compareAttributions, type AttributionComparison} from './compare.js'

/** The MT text's attributions (`attribution:mt`). */
export function mtAttributions(context: QaContext): AttributionExtraction {
  return derived(context, 'attribution:mt', () => analyzeAttributions(context.model, context.targetLang))
}

/** The reference's attributions (`attribution:reference`), when a reference was given. */
export function referenceAttributions(context: QaContext): AttributionExtraction | undefined {
  const reference = context.reference
  if (!reference) return undefined
  return derived(context, 'attribution:reference', () => analyzeAttributions(reference.model, context.targetLang))
}

/** MT against reference (`attribution:comparison`), when a reference was given. */
export function attributionComparison(context: QaContext): AttributionComparison | undefined {
  const reference = referenceAttributions(context)
  if (!reference) return undefined
  return derived(context, 'attribution:comparison', () => compareAttributions(mtAttributions(context), reference))
}

/** Text for a message code span: one line, no backticks, at most `max` characters. */
export function codeText(value: string, max = 60): string {
  const line = value.replace(/`/g, "'").replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line
}
