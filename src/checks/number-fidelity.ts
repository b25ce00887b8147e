/**
 * `number-fidelity`: numbers whose value differs between aligned MT and
 * reference sentences (`15,000` for `1,500`, `2 billion` for `2 million`),
 * and numbers missing from or added to the MT. Values are compared after
 * reading each number under the locale conventions, so `$2.000` in
 * Indonesian-source MT equals `$2,000` (number-format reports its format).
 */
import {comparisonOf, counterpart, type Comparison} from '../compare/comparison.js'
import {contentGaps, type ContentGap} from '../compare/gaps.js'
import {shown, spanOf} from '../compare/messages.js'
import type {NumberMention, Token} from '../compare/tokens.js'
import {defineCheck, type Problem} from '../core/define-check.js'

export const numberFidelity = defineCheck(
  {
    ruleId: 'number-fidelity',
    category: 'accuracy/mistranslation',
    severity: 'major',
    fixable: false,
    needsReference: true,
    description: 'Numbers whose value differs from the reference, or that are missing from or added to the MT text'
  },
  ({context, report}) => {
    const comparison = comparisonOf(context)
    // A reference that is not the same article pairs unrelated numbers.
    if (!comparison || !comparison.usable) return
    const omitted = contentGaps(context, comparison, 'reference')
    const added = contentGaps(context, comparison, 'mt')
    comparison.groups.forEach((group, index) => {
      if (group.mt.length === 0 || group.reference.length === 0) return
      for (const problem of compareGroup(comparison, index, omitted, added)) report(problem)
    })
  }
)

interface Mention {
  token: number
  value: NumberMention
  used: boolean
}

function mentions(tokens: readonly Token[], [start, end]: readonly [number, number]): Mention[] {
  const list: Mention[] = []
  for (let token = start; token < end; token++) {
    const value = tokens[token]!.number
    if (value) list.push({token, value, used: false})
  }
  return list
}

const shares = (a: NumberMention, b: NumberMention) => a.values.some((value) => b.values.includes(value))

function compareGroup(comparison: Comparison, index: number, omitted: readonly ContentGap[], added: readonly ContentGap[]): Problem[] {
  const diff = comparison.diff(index)
  const mtText = comparison.mt.model.text
  const referenceText = comparison.reference.model.text
  const mt = mentions(comparison.mt.tokens, diff.mt)
  const reference = mentions(comparison.reference.tokens, diff.reference)
  if (mt.length === 0 && reference.length === 0) return []
  const problems: Problem[] = []
  // 1. Same value, in order.
  for (const wanted of reference) {
    const found = mt.find((candidate) => !candidate.used && shares(candidate.value, wanted.value))
    if (!found) continue
    found.used = true
    wanted.used = true
    const a = found.value.currency
    const b = wanted.value.currency
    if (a && b && a !== b) {
      problems.push(valueProblem(comparison, found, wanted, 'currency', `\`${found.value.currency}\` for \`${wanted.value.currency}\``))
    }
  }
  // 2. Numbers the neighbouring groups have: the alignment drew the line elsewhere.
  const nearbyMt = neighbours(comparison, 'mt', index)
  const nearbyReference = neighbours(comparison, 'reference', index)
  for (const wanted of reference) if (!wanted.used && nearbyMt.some((value) => shares(value, wanted.value))) wanted.used = true
  for (const found of mt) if (!found.used && nearbyReference.some((value) => shares(found.value, value))) found.used = true
  // 3. Pair what is left: same digits (a scale word changed), same counted noun or currency, or one each.
  const restMt = mt.filter((mention) => !mention.used)
  const restReference = reference.filter((mention) => !mention.used)
  const tests: Array<(a: NumberMention, b: NumberMention) => boolean> = [
    (a, b) => a.digits === b.digits && a.scale !== b.scale,
    (a, b) => a.next !== '' && a.next === b.next,
    (a, b) => a.currency !== null && a.currency === b.currency
  ]
  for (const test of tests) {
    for (const wanted of restReference) {
      if (wanted.used) continue
      const found = restMt.find((candidate) => !candidate.used && test(candidate.value, wanted.value))
      if (!found) continue
      found.used = true
      wanted.used = true
      problems.push(valueProblem(comparison, found, wanted, found.value.digits === wanted.value.digits ? 'scale' : 'value', ''))
    }
  }
  const leftMt = restMt.filter((mention) => !mention.used)
  const leftReference = restReference.filter((mention) => !mention.used)
  if (leftMt.length === 1 && leftReference.length === 1) {
    problems.push(valueProblem(comparison, leftMt[0]!, leftReference[0]!, 'value', ''))
    return problems
  }
  // 4. Missing and added numbers, unless an omission or addition covers them.
  for (const wanted of leftReference) {
    const value = wanted.value
    if (inside(omitted, value.start, value.end)) continue
    const near = counterpart(diff, 'reference', wanted.token)
    const token = near.before ?? near.after
    if (token === undefined) continue
    const at = comparison.mt.tokens[token]!
    problems.push({
      start: at.start,
      end: at.end,
      message: `Unexpected omission of \`${shown(referenceText.slice(value.start, value.end))}\` near \`${shown(mtText.slice(at.start, at.end))}\`: the reference has this number`,
      expected: [],
      fixable: false,
      subId: 'missing',
      confidence: 0.7,
      reference: spanOf(referenceText, value.start, value.end)
    })
  }
  for (const found of leftMt) {
    const value = found.value
    if (inside(added, value.start, value.end)) continue
    const near = counterpart(diff, 'mt', found.token)
    const token = near.before ?? near.after
    if (token === undefined) continue
    const at = comparison.reference.tokens[token]!
    problems.push({
      start: value.start,
      end: value.end,
      message: `Unexpected \`${shown(mtText.slice(value.start, value.end))}\`: the reference has no such number`,
      expected: [],
      fixable: false,
      subId: 'added',
      confidence: 0.6,
      severity: 'minor',
      reference: spanOf(referenceText, at.start, at.end)
    })
  }
  return problems
}

function valueProblem(comparison: Comparison, found: Mention, wanted: Mention, subId: string, why: string): Problem {
  const mtText = comparison.mt.model.text
  const referenceText = comparison.reference.model.text
  const actual = mtText.slice(found.value.start, found.value.end)
  const expected = referenceText.slice(wanted.value.start, wanted.value.end)
  return {
    start: found.value.start,
    end: found.value.end,
    message: `Unexpected \`${shown(actual)}\`, expected \`${shown(expected)}\` as in the reference${why ? `: ${why}` : ''}`,
    expected: [expected],
    fixable: false,
    subId,
    confidence: subId === 'value' ? 0.8 : 0.9,
    reference: spanOf(referenceText, wanted.value.start, wanted.value.end)
  }
}

function neighbours(comparison: Comparison, which: 'mt' | 'reference', index: number): NumberMention[] {
  const values: NumberMention[] = []
  for (const at of [index - 1, index + 1]) {
    const group = comparison.groups[at]
    if (!group) continue
    const side = comparison[which]
    for (const sentence of group[which]) {
      for (let token = side.sentenceTokens[sentence]!; token < side.sentenceTokens[sentence + 1]!; token++) {
        const value = side.tokens[token]!.number
        if (value) values.push(value)
      }
    }
  }
  return values
}

function inside(gaps: readonly ContentGap[], start: number, end: number): boolean {
  return gaps.some((gap) => gap.start <= start && end <= gap.end)
}
