/**
 * `attribution-ambiguous`: a pronoun source ("he added") with more than one
 * person it could refer to nearby. MT from pro-drop languages (Chinese,
 * Japanese, Korean, Indonesian) invents these pronouns.
 */
import {defineCheck} from '../core/define-check.js'
import {codeText, mtAttributions} from '../attribution/derived.js'

export const attributionAmbiguous = defineCheck(
  {
    ruleId: 'attribution-ambiguous',
    category: 'accuracy/attribution',
    severity: 'minor',
    fixable: false,
    description: 'Pronoun sources (“he added”) with competing antecedents',
    targets: ['en']
  },
  ({context, report}) => {
    const {attributions, entities} = mtAttributions(context)
    const byId = new Map(entities.map((entity) => [entity.id, entity]))
    for (const attribution of attributions) {
      const source = attribution.source
      if (!source || source.resolution !== 'pronoun-ambiguous') continue
      const names = (source.candidates ?? []).map((id) => byId.get(id)?.canonical ?? id)
      const list = names.map((name) => `\`${codeText(name, 40)}\``)
      const alternatives = list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list.join('')
      report({
        start: source.start,
        end: source.end,
        message: `Unexpected \`${codeText(source.text)}\`, expected a name: \`${codeText(source.text)}\` could be ${alternatives}`,
        expected: names,
        confidence: 0.7
      })
    }
  }
)
