/**
 * `attribution-orphan-quote`: a direct quotation that opens a sentence and
 * that nobody is credited with: no cue next to it, and no quote by a
 * speaker right before it to continue. Quoted titles and short scare
 * quotes are not reported.
 */
import {defineCheck} from '../core/define-check.js'
import {codeText, mtAttributions} from '../attribution/derived.js'

export const attributionOrphanQuote = defineCheck(
  {
    ruleId: 'attribution-orphan-quote',
    category: 'accuracy/attribution',
    severity: 'major',
    fixable: false,
    description: 'Direct quotations nobody is credited with',
    targets: ['en']
  },
  ({context, report}) => {
    for (const quote of mtAttributions(context).orphanQuotes) {
      report({
        start: quote.start,
        end: quote.end,
        message: `Unexpected quotation \`${codeText(quote.text, 50)}\` with no speaker, expected an attribution such as \`…, X said\``,
        expected: [],
        confidence: 0.75
      })
    }
  }
)
