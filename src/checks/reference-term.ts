/**
 * `reference-term`: house-style glossary (`glossary: [{term, preferred,
 * forbidden?, note?}]`, from `check()` options, the desk glossary file of
 * `translation-qa.config.json`, or the plugin's own). Flags forbidden
 * renderings in the MT (`Uncle Sam's country` → `the United States`) and the
 * term itself left as it is when it differs from the preferred rendering
 * (`DPR` → `the House of Representatives`), with or without a reference; with
 * a reference, also MT sentences that lack the preferred term where the
 * aligned reference sentence uses it. Matching is inflection-aware: any case,
 * plural and possessive forms (`Uncle Sam's countries`, `UNCLE SAM'S COUNTRY'S`).
 */
import {comparisonOf, counterpart, mtTokensOf, nearestSentence, type Comparison, type Side} from '../compare/comparison.js'
import {shown, spanOf} from '../compare/messages.js'
import {stem} from '../compare/tokens.js'
import {defineCheck, type Problem} from '../core/define-check.js'
import {TranslationQaError} from '../core/errors.js'
import {modelText} from '../languages/index.js'
import type {TextModel} from '../text/model.js'
import type {Token} from '../compare/tokens.js'
import type {GlossaryEntry, Span, TargetLanguage} from '../types.js'

export interface ReferenceTermOptions {
  /** Glossary entries; default: `CheckOptions.glossary`. */
  glossary?: ReadonlyArray<GlossaryEntry> | null | undefined
}

export const referenceTerm = defineCheck<ReferenceTermOptions>(
  {
    ruleId: 'reference-term',
    category: 'terminology/wrong-term',
    severity: 'major',
    fixable: true,
    description: 'House-style glossary: forbidden renderings and untranslated terms in the MT text, and preferred terms of the reference the MT lacks'
  },
  ({context, options, report}) => {
    const glossary = options.glossary ?? context.glossary
    if (!glossary || glossary.length === 0) return
    const entries = compile(glossary, context.targetLang)
    const comparison = comparisonOf(context)
    const mt: Pick<Side, 'model' | 'tokens'> = comparison ? comparison.mt : {model: context.model, tokens: mtTokensOf(context)}
    const seen = new Set<number>()
    const taken: Array<[number, number]> = []
    for (const entry of entries) {
      for (const problem of forbidden(mt, comparison, entry)) {
        // Two entries (or a term and a forbidden phrasing) on one span: the first entry wins.
        if (taken.some(([start, end]) => start < problem.end && problem.start < end)) continue
        taken.push([problem.start, problem.end])
        seen.add(problem.start)
        report(problem)
      }
    }
    if (!comparison?.usable) return
    for (const entry of entries) for (const problem of lacking(comparison, entry, entries)) if (!seen.has(problem.start)) report(problem)
  }
)

interface Compiled {
  entry: GlossaryEntry
  preferred: string[]
  term: string[]
  forbidden: Array<{text: string; words: string[]}>
}

const articles: ReadonlySet<string> = new Set(['the', 'a', 'an'])
const cache = new WeakMap<ReadonlyArray<GlossaryEntry>, Compiled[]>()

function compile(glossary: ReadonlyArray<GlossaryEntry>, target: TargetLanguage): Compiled[] {
  let compiled = cache.get(glossary)
  if (compiled) return compiled
  if (!Array.isArray(glossary)) throw new TranslationQaError('invalid-option', `Expected \`glossary\` to be an array of \`{term, preferred, forbidden?}\`, got ${typeof glossary}`)
  compiled = glossary.map((entry, index) => {
    const valid = entry && typeof entry === 'object' && typeof entry.term === 'string' && typeof entry.preferred === 'string' && entry.preferred.trim() !== ''
    const list = entry?.forbidden === undefined || entry.forbidden === null ? [] : typeof entry.forbidden === 'string' ? [entry.forbidden] : entry.forbidden
    if (!valid || !Array.isArray(list) || list.some((value) => typeof value !== 'string') || (entry.note !== undefined && entry.note !== null && typeof entry.note !== 'string')) {
      throw new TranslationQaError('invalid-option', `Unexpected glossary entry ${index} ${JSON.stringify(entry)}, expected \`{term: string, preferred: string, forbidden?: string | string[]}\``)
    }
    const preferred = words(entry.preferred, target)
    const term = words(entry.term, target)
    const phrasings = list.map((text) => ({text, words: words(text, target)})).filter((item) => item.words.length > 0)
    // The term left as it is (`DPR`, `Negeri Paman Sam`) is wrong too, unless it is the preferred rendering.
    if (term.length > 0 && term.join(' ') !== preferred.join(' ') && !phrasings.some((item) => item.words.join(' ') === term.join(' '))) phrasings.push({text: entry.term, words: term})
    // Longest first, so `Uncle Sam's country` wins over `Uncle Sam` on the same words.
    phrasings.sort((a, b) => b.words.length - a.words.length)
    return {entry, preferred, term, forbidden: phrasings}
  })
  cache.set(glossary, compiled)
  return compiled
}

/** Stems of a phrase's words, read by the target's parser, without a leading article. */
function words(phrase: string, target: TargetLanguage): string[] {
  const list = modelText(phrase, target).words.map((word) => stem(word.norm))
  while (list.length > 1 && articles.has(list[0]!)) list.shift()
  return list
}

/** Token index ranges `[first, last]` of `side` where `phrase` occurs (within one sentence). */
function occurrences(side: {tokens: readonly Token[]}, phrase: readonly string[], from = 0, to = side.tokens.length): Array<[number, number]> {
  const found: Array<[number, number]> = []
  if (phrase.length === 0) return found
  const {tokens} = side
  for (let index = from; index + phrase.length <= to; index++) {
    if (tokens[index]!.key !== phrase[0]) continue
    let length = 1
    while (length < phrase.length && tokens[index + length]!.key === phrase[length] && tokens[index + length]!.sentence === tokens[index]!.sentence) length++
    if (length === phrase.length) {
      found.push([index, index + length - 1])
      index += length - 1
    }
  }
  return found
}

/** Forbidden renderings (and the untranslated term) in the MT text; each points at the reference when there is one. */
function forbidden(mt: {model: TextModel; tokens: readonly Token[]}, comparison: Comparison | null, compiled: Compiled): Problem[] {
  const problems: Problem[] = []
  const text = mt.model.text
  const preferredHasArticle = articles.has(compiled.entry.preferred.trim().split(/\s+/)[0]!.toLowerCase())
  const preferredSpans = occurrences(mt, compiled.preferred)
  const why = compiled.entry.note ? ` (${compiled.entry.note})` : ''
  for (const variant of compiled.forbidden) {
    for (const [first, last] of occurrences(mt, variant.words)) {
      // `United States` inside `the United States` is the preferred rendering, not a forbidden one.
      if (preferredSpans.some(([from, to]) => from <= first && last <= to)) continue
      let start = mt.tokens[first]!.start
      let end = mt.tokens[last]!.end
      // A plural possessive's apostrophe belongs to the phrase (`Storting halls'`).
      if (/s$/i.test(text.slice(end - 1, end)) && /^['’](?!\p{L})/u.test(text.slice(end, end + 2))) end++
      // `the Uncle Sam's country` → `the United States`: take the article along when the preferred term has one.
      const before = mt.tokens[first - 1]
      if (before && preferredHasArticle && before.sentence === mt.tokens[first]!.sentence && articles.has(before.key) && /^\s+$/.test(text.slice(before.end, start))) start = before.start
      const actual = text.slice(start, end)
      const sentenceStart = mt.model.sentences[mt.tokens[first]!.sentence]!.start
      const expected = inflect(compiled.entry.preferred.trim(), actual, start === sentenceStart || /^[\s"“‘(]*$/.test(text.slice(sentenceStart, start)))
      const where = comparison ? referenceFor(comparison, compiled, comparison.mt.groupOf[mt.tokens[first]!.sentence]!) : {exact: false}
      // With a reference that has no text to point at (an empty reference), there is nothing to show.
      if (comparison && !where.span) continue
      const problem: Problem = {
        start,
        end,
        message: `Unexpected \`${shown(actual)}\`, expected \`${expected}\`${where.exact ? ' as in the reference' : ''}: house style for \`${shown(compiled.entry.term)}\`${why}`,
        expected: [expected],
        subId: 'forbidden',
        confidence: 0.95,
        fixable: true
      }
      if (where.span) problem.reference = where.span
      problems.push(problem)
    }
  }
  return problems
}

/** Where the reference has the entry near group `group`, or else the aligned reference sentence. */
function referenceFor(comparison: Comparison, compiled: Compiled, group: number): {span?: Span; exact: boolean} {
  const reference = comparison.reference
  const text = reference.model.text
  for (const at of [group, group - 1, group + 1]) {
    const sentences = comparison.groups[at]?.reference ?? []
    if (sentences.length === 0) continue
    const from = reference.sentenceTokens[sentences[0]!]!
    const to = reference.sentenceTokens[sentences.at(-1)! + 1]!
    const hit = occurrences(reference, compiled.preferred, from, to)[0] ?? occurrences(reference, compiled.term, from, to)[0]
    if (hit) return {span: spanOf(text, reference.tokens[hit[0]]!.start, reference.tokens[hit[1]]!.end), exact: true}
  }
  const sentence = nearestSentence(comparison, 'reference', group)
  if (sentence === undefined) return {exact: false}
  const range = reference.model.sentences[sentence]!
  return {span: spanOf(text, range.start, range.end), exact: false}
}

/**
 * Reference sentences that use the preferred term (or the term) where the
 * aligned MT sentences have neither: the MT words standing in its place.
 */
function lacking(comparison: Comparison, compiled: Compiled, all: readonly Compiled[]): Problem[] {
  const problems: Problem[] = []
  const {mt, reference} = comparison
  const hits = [...occurrences(reference, compiled.preferred), ...(compiled.term.join(' ') === compiled.preferred.join(' ') ? [] : occurrences(reference, compiled.term))]
  for (const [first, last] of hits) {
    const group = reference.groupOf[reference.tokens[first]!.sentence]!
    const sentences = comparison.groups[group]!.mt
    if (sentences.length === 0) continue
    const from = mt.sentenceTokens[sentences[0]!]!
    const to = mt.sentenceTokens[sentences.at(-1)! + 1]!
    if (occurrences(mt, compiled.preferred, from, to).length > 0 || occurrences(mt, compiled.term, from, to).length > 0) continue
    if (all.some((other) => other.forbidden.some((variant) => occurrences(mt, variant.words, from, to).length > 0))) continue
    const diff = comparison.diff(group)
    const before = counterpart(diff, 'reference', first).before
    const after = counterpart(diff, 'reference', last).after
    if (before === undefined || after === undefined || after - before < 2 || after - before > 5) continue
    // Leave out articles and the like at the edges of the stand-in.
    let start = before + 1
    let end = after - 1
    while (start <= end && !mt.tokens[start]!.content) start++
    while (end >= start && !mt.tokens[end]!.content) end--
    if (start > end) continue
    const actual = mt.model.text.slice(mt.tokens[start]!.start, mt.tokens[end]!.end)
    const expectedText = reference.model.text.slice(reference.tokens[first]!.start, reference.tokens[last]!.end)
    problems.push({
      start: mt.tokens[start]!.start,
      end: mt.tokens[end]!.end,
      message: `Unexpected \`${shown(actual)}\`, expected \`${shown(expectedText)}\` as in the reference: house style for \`${shown(compiled.entry.term)}\``,
      expected: [expectedText],
      subId: 'preferred',
      severity: 'minor',
      confidence: 0.6,
      fixable: false,
      reference: spanOf(reference.model.text, reference.tokens[first]!.start, reference.tokens[last]!.end)
    })
  }
  return problems
}

/** `preferred` with the possessive and capitalisation of `actual`. */
function inflect(preferred: string, actual: string, sentenceStart: boolean): string {
  let result = preferred
  const lastWord = actual.split(/\s+/).at(-1) ?? ''
  if (/['’]s$/i.test(lastWord) && !/['’]s?$/.test(result)) result = result.endsWith('s') ? `${result}'` : `${result}'s`
  else if (/s['’]$/i.test(lastWord) && !/['’]$/.test(result)) result = result.endsWith('s') ? `${result}'` : `${result}'s`
  if (sentenceStart) result = result[0]!.toUpperCase() + result.slice(1)
  return result
}
