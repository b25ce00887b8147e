/**
 * `pronoun-shift`: a third-person pronoun of the MT that stands where the
 * aligned reference sentence has one of another gender or number (`he` for
 * `she`, `his` for `their`, `it` for `they`), found between the words the
 * two sentences share.
 */
import {comparisonOf, type Comparison, type GroupDiff} from '../compare/comparison.js'
import {spanOf} from '../compare/messages.js'
import {defineCheck, type Problem} from '../core/define-check.js'

type PronounClass = 'masculine' | 'feminine' | 'plural' | 'neuter'

const pronouns: ReadonlyMap<string, PronounClass> = new Map([
  ['he', 'masculine'], ['him', 'masculine'], ['his', 'masculine'], ['himself', 'masculine'],
  ['she', 'feminine'], ['her', 'feminine'], ['hers', 'feminine'], ['herself', 'feminine'],
  ['they', 'plural'], ['them', 'plural'], ['their', 'plural'], ['theirs', 'plural'], ['themselves', 'plural'],
  ['it', 'neuter'], ['its', 'neuter'], ['itself', 'neuter']
])

/** Longest stretch of unshared words on either side in which pronouns are paired. */
const maxGap = 4

export const pronounShift = defineCheck(
  {
    ruleId: 'pronoun-shift',
    category: 'accuracy/mistranslation',
    severity: 'major',
    fixable: false,
    needsReference: true,
    targets: ['en'],
    description: 'Pronouns (he/she/they, his/her/their) that differ from the aligned reference sentence'
  },
  ({context, report}) => {
    const comparison = comparisonOf(context)
    if (!comparison || !comparison.usable) return
    comparison.groups.forEach((group, index) => {
      if (group.mt.length === 0 || group.reference.length === 0) return
      for (const problem of shifts(comparison, comparison.diff(index))) report(problem)
    })
  }
)

function shifts(comparison: Comparison, diff: GroupDiff): Problem[] {
  const problems: Problem[] = []
  const mt = comparison.mt
  const reference = comparison.reference
  // Stretches between shared words: before the first pair, between pairs, after the last.
  const bounds: Array<readonly [number, number]> = [[diff.mt[0] - 1, diff.reference[0] - 1], ...diff.pairs, [diff.mt[1], diff.reference[1]]]
  for (let index = 1; index < bounds.length; index++) {
    const [mtFrom, referenceFrom] = bounds[index - 1]!
    const [mtTo, referenceTo] = bounds[index]!
    const mtCount = mtTo - mtFrom - 1
    const referenceCount = referenceTo - referenceFrom - 1
    if (mtCount <= 0 || referenceCount <= 0 || mtCount > maxGap || referenceCount > maxGap) continue
    // Only function words around the pronouns: `warning it would` / `warned that they would`, not a rephrased idiom.
    if (hasContent(mt.tokens, mt.model.text, mtFrom + 1, mtTo) || hasContent(reference.tokens, reference.model.text, referenceFrom + 1, referenceTo)) continue
    const mtPronouns = pronounsIn(mt.tokens, mt.model.text, mtFrom + 1, mtTo)
    const referencePronouns = pronounsIn(reference.tokens, reference.model.text, referenceFrom + 1, referenceTo)
    if (mtPronouns.length === 0 || mtPronouns.length !== referencePronouns.length) continue
    mtPronouns.forEach((found, at) => {
      const wanted = referencePronouns[at]!
      if (found.kind === wanted.kind) return
      if (found.kind === 'neuter' && wanted.kind === 'neuter') return
      const expected = matchCase(found.word, wanted.word)
      problems.push({
        start: found.start,
        end: found.end,
        message: `Unexpected \`${found.word}\`, expected \`${expected}\` as in the reference`,
        expected: [expected],
        subId: `${found.kind}-${wanted.kind}`,
        // `it` against `they` is often a collective noun (`the military … they`): minor, less sure.
        ...(found.kind === 'neuter' || wanted.kind === 'neuter' ? {severity: 'minor' as const, confidence: 0.6} : {confidence: 0.8}),
        fixable: false,
        reference: spanOf(reference.model.text, wanted.start, wanted.end)
      })
    })
  }
  return problems
}

function hasContent(tokens: ReadonlyArray<{content: boolean; start: number; end: number}>, text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.content && !pronouns.has(text.slice(token.start, token.end).toLowerCase())) return true
  }
  return false
}

function pronounsIn(tokens: ReadonlyArray<{start: number; end: number}>, text: string, from: number, to: number) {
  const found: Array<{start: number; end: number; word: string; kind: PronounClass}> = []
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    const word = text.slice(token.start, token.end)
    const kind = pronouns.get(word.toLowerCase())
    if (kind) found.push({start: token.start, end: token.end, word, kind})
  }
  return found
}

/** `wanted` in the case of `found`: `He` + `she` → `She`. */
function matchCase(found: string, wanted: string): string {
  if (found === found.toUpperCase() && found.length > 1) return wanted.toUpperCase()
  if (found[0] === found[0]!.toUpperCase()) return wanted[0]!.toUpperCase() + wanted.slice(1).toLowerCase()
  return wanted.toLowerCase()
}
