/**
 * `omission`: content of the reference missing from the MT — a clause, a
 * sentence, a paragraph — found on the sentence alignment. The finding points
 * at the MT text where the content should be; its `reference` is the
 * missing text.
 */
import {comparisonOf} from '../compare/comparison.js'
import {contentGaps} from '../compare/gaps.js'
import {gapName, gapSeverity, shown, spanOf} from '../compare/messages.js'
import {defineCheck} from '../core/define-check.js'

export const omission = defineCheck(
  {
    ruleId: 'omission',
    category: 'accuracy/omission',
    severity: 'major',
    fixable: false,
    needsReference: true,
    description: 'Content of the reference (a clause, a sentence, a paragraph) missing from the MT text'
  },
  ({context, report}) => {
    const comparison = comparisonOf(context)
    if (!comparison) return
    const reference = comparison.reference.model.text
    for (const gap of contentGaps(context, comparison, 'reference')) {
      if (!gap.other) continue
      const severity = gapSeverity(gap.size, gap.words, gap.hasNumber, gap.hasName)
      report({
        start: gap.other.start,
        end: gap.other.end,
        message: `Unexpected omission of ${gapName(gap.size, gap.sentences.length)} \`${shown(reference.slice(gap.start, gap.end))}\`: the reference has it here`,
        expected: [],
        severity,
        subId: gap.size,
        confidence: gap.size === 'clause' ? 0.7 : 0.85,
        reference: spanOf(reference, gap.start, gap.end)
      })
    }
  }
)
