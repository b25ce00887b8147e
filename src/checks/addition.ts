/**
 * `addition`: MT content absent from the reference — a clause, a sentence, a
 * paragraph — found on the sentence alignment. Text another check already
 * reports as boilerplate (`mt-boilerplate`) is left to it.
 */
import {comparisonOf} from '../compare/comparison.js'
import {contentGaps} from '../compare/gaps.js'
import {gapName, gapSeverity, shown, spanOf} from '../compare/messages.js'
import {defineCheck} from '../core/define-check.js'

export const addition = defineCheck(
  {
    ruleId: 'addition',
    category: 'accuracy/addition',
    severity: 'major',
    fixable: false,
    needsReference: true,
    description: 'Content of the MT text (a clause, a sentence, a paragraph) that the reference does not have'
  },
  ({context, file, report}) => {
    const comparison = comparisonOf(context)
    if (!comparison) return
    const {text} = context.model
    const reference = comparison.reference.model.text
    // Boilerplate is an addition too, but mt-boilerplate reports it with the right fix.
    const boilerplate = file.messages
      .filter((message) => message.ruleId === 'mt-boilerplate')
      .map((message) => [message.place && 'start' in message.place ? (message.place.start.offset ?? -1) : -1, message.place && 'end' in message.place ? (message.place.end.offset ?? -1) : -1] as const)
    for (const gap of contentGaps(context, comparison, 'mt')) {
      if (!gap.other) continue
      if (boilerplate.some(([start, end]) => start < gap.end && gap.start < end)) continue
      // Added text misleads less than lost text: a paragraph is major here, critical only as an omission.
      const severity = gap.size === 'paragraph' ? 'major' : gapSeverity(gap.size, gap.words, gap.hasNumber, gap.hasName)
      report({
        start: gap.start,
        end: gap.end,
        message: `Unexpected ${gapName(gap.size, gap.sentences.length).replace(/^a /, 'added ')} \`${shown(text.slice(gap.start, gap.end))}\`: the reference does not have it`,
        expected: [],
        severity,
        subId: gap.size,
        confidence: gap.size === 'clause' ? 0.7 : 0.85,
        reference: spanOf(reference, gap.other.start, gap.other.end)
      })
    }
  }
)
