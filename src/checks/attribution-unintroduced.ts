/**
 * `attribution-unintroduced`: a speaker referred to by surname or by title
 * and surname ("Kirby said", "Director Cho said") with no earlier full name.
 * MT from sources that name people in a headline or caption, or by title
 * only, leaves readers with a name they cannot place. Reported once per
 * person, at the first such mention.
 */
import {defineCheck} from '../core/define-check.js'
import {codeText, mtAttributions} from '../attribution/derived.js'

export const attributionUnintroduced = defineCheck(
  {
    ruleId: 'attribution-unintroduced',
    category: 'accuracy/attribution',
    severity: 'minor',
    fixable: false,
    description: 'Speakers referred to by surname or title alone, never introduced by full name and role (“Kirby said”)',
    targets: ['en']
  },
  ({context, report}) => {
    const {attributions, entities} = mtAttributions(context)
    const byId = new Map(entities.map((entity) => [entity.id, entity]))
    const seen = new Set<string>()
    for (const attribution of attributions) {
      const source = attribution.source
      if (!source || source.resolution !== 'surname-only-unintroduced') continue
      const key = source.entity ?? source.text.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      const entity = source.entity ? byId.get(source.entity) : undefined
      // A full name given only later in the text is the fix.
      const later = entity?.introducedByFullName ? entity.mentions.find((mention) => mention.start > source.start && entity.given !== undefined && mention.text.includes(entity.given)) : undefined
      report({
        start: source.start,
        end: source.end,
        message: `Unexpected \`${codeText(source.text)}\`, expected a full name and role on first mention: ${later ? `the full name \`${codeText(later.text)}\` only comes later` : 'the speaker is never introduced'}`,
        expected: later ? [later.text] : [],
        confidence: later ? 0.9 : 0.8
      })
    }
  }
)
