/**
 * The engine behind the lexicon checks (`epithet-calque`, `literal-idiom`):
 * match literal renderings of source-language phrases, apply the entries'
 * guards, and report the idiomatic replacement.
 */
import type {CalqueEntry, Guard} from '../data/types.js'
import {languageName} from '../locales/conventions.js'
import {PhraseMatcher, type PhraseMatch} from '../text/phrases.js'
import {SkeletonMatcher} from '../text/skeletons.js'
import {wordIndexAt, type TextModel} from '../text/model.js'
import type {CustomLexiconEntry, SourceLanguage, TargetLanguage} from '../types.js'
import type {QaContext} from './context.js'
import type {Problem} from './define-check.js'

type LexiconByLanguage = Readonly<Partial<Record<SourceLanguage, readonly CalqueEntry[]>>>

const matcherCache = new Map<string, PhraseMatcher<CalqueEntry>>()

/** Entries that apply: the source language's, or every language's high-confidence ones when it is unknown. */
function selectEntries(lexicon: LexiconByLanguage, source: SourceLanguage | null): CalqueEntry[] {
  // The source's own entries, then the ones other languages share with it.
  if (source) return [...(lexicon[source] ?? []), ...Object.values(lexicon).flatMap((entries) => (entries ?? []).filter((entry) => entry.sourceLang !== source && entry.sharedWith?.includes(source)))]
  return Object.values(lexicon).flatMap((entries) => (entries ?? []).filter((entry) => entry.confidence === 'high'))
}

function matcherFor(ruleId: string, lexicon: LexiconByLanguage, context: QaContext): PhraseMatcher<CalqueEntry> {
  const key = `${ruleId}:${context.targetLang}:${context.sourceLang ?? '*'}`
  let matcher = matcherCache.get(key)
  if (!matcher) {
    matcher = new PhraseMatcher<CalqueEntry>(context.targetLang, {inflections: true})
    for (const entry of selectEntries(lexicon, context.sourceLang)) {
      for (const literal of entry.literals[context.targetLang] ?? []) matcher.add(literal, entry)
    }
    matcherCache.set(key, matcher)
  }
  return matcher
}

const skeletonCache = new Map<string, SkeletonMatcher<CalqueEntry>>()

/**
 * Skeletons of the idiom literals (English only): high-confidence idioms and phrases whose guards read words, not
 * positions or capitals, since a skeleton match has neither a fixed form nor fixed edges.
 */
function skeletonsFor(lexicon: LexiconByLanguage, context: QaContext): SkeletonMatcher<CalqueEntry> {
  const key = context.sourceLang ?? '*'
  let matcher = skeletonCache.get(key)
  if (!matcher) {
    matcher = new SkeletonMatcher<CalqueEntry>()
    for (const entry of selectEntries(lexicon, context.sourceLang)) {
      if (entry.confidence !== 'high' || (entry.kind !== 'idiom' && entry.kind !== 'phrase') || entry.guard?.position || entry.guard?.capitalised) continue
      for (const literal of entry.literals.en ?? []) matcher.add(literal, entry)
    }
    skeletonCache.set(key, matcher)
  }
  return matcher
}

/** A user's lexicon entry as a calque entry. */
function fromCustom(entry: CustomLexiconEntry, target: TargetLanguage, ruleId: string): CalqueEntry {
  return {
    id: entry.id,
    sourceLang: entry.sourceLang ?? 'id',
    source: entry.meaning ?? entry.phrases[0] ?? entry.id,
    kind: ruleId === 'epithet-calque' ? 'region' : 'phrase',
    literals: {[target]: entry.phrases},
    expected: {[target]: entry.expected ?? []},
    meaning: entry.meaning ?? (entry.expected ?? [])[0] ?? '',
    confidence: 'high'
  }
}

/** Run a lexicon check over the context's text. */
export function runLexiconCheck(
  ruleId: 'epithet-calque' | 'literal-idiom',
  lexicon: LexiconByLanguage,
  context: QaContext,
  report: (problem: Problem) => void,
  describe: (entry: CalqueEntry) => string
): Array<{start: number; end: number}> {
  const {model, targetLang} = context
  const matcher = matcherFor(ruleId, lexicon, context)
  const matches = matcher.match(model).map((match) => passingReading(match, matcher, model))
  if (ruleId === 'literal-idiom' && targetLang === 'en') {
    // An idiom whose literal rendering varies from every listed one: its content words, in order, close together.
    const literal = matches.slice()
    for (const skeleton of skeletonsFor(lexicon, context).match(model)) {
      if (!literal.some((match) => match.start < skeleton.end && skeleton.start < match.end)) matches.push(skeleton)
    }
  }
  const custom = context.lexicon.filter((entry) => entry.check === ruleId && (!entry.sourceLang || !context.sourceLang || entry.sourceLang === context.sourceLang))
  if (custom.length > 0) {
    const matcher = new PhraseMatcher<CalqueEntry>(targetLang, {inflections: true})
    for (const entry of custom) {
      const calque = fromCustom(entry, targetLang, ruleId)
      for (const phrase of entry.phrases) matcher.add(phrase, calque)
    }
    matches.push(...matcher.match(model))
  }
  for (const match of matches) {
    const entry = match.values.find((candidate) => passesGuard(candidate.guard, match, model))
    if (!entry) continue
    const span = withArticle(match, model, entry, targetLang)
    const expected = (entry.expected[targetLang] ?? []).map((replacement) => fitReplacement(replacement, span, match, model))
    const actual = model.text.slice(span.start, span.end)
    const shared = context.sourceLang !== null && entry.sourceLang !== context.sourceLang && entry.sharedWith?.includes(context.sourceLang) === true
    const origin = shared
      ? `${languageName(entry.sourceLang)} *${entry.source}*, which ${languageName(context.sourceLang!)} says the same way`
      : entry.sourceLang === context.sourceLang || entry.confidence === 'high' ? `${languageName(entry.sourceLang)} *${entry.source}*` : `*${entry.source}*`
    const low = entry.confidence === 'low'
    report({
      start: span.start,
      end: span.end,
      message: `Unexpected \`${actual}\`${expected.length > 0 ? `, expected \`${expected[0]}\`` : ''}: ${describe(entry)} of ${origin} (${entry.meaning})`,
      expected,
      subId: entry.id,
      confidence: low ? 0.6 : 0.95,
      ...(low ? {severity: 'minor' as const, fixable: false} : {}),
      ...(entry.note ? {note: entry.note} : {})
    })
  }
  // Every literal the lexicons know here, flagged or kept by its guard: shapes leave these to the lexicon.
  return matches.map((match) => ({start: match.start, end: match.end}))
}

/**
 * `match`, or, when its guards refuse every entry, a reading that starts inside it, runs past its end and passes
 * (`the Unvanquished City`: Porto's club nickname `the unvanquished` needs a club nearby, the city's
 * `unvanquished city` only capitals).
 */
function passingReading(match: PhraseMatch<CalqueEntry>, matcher: PhraseMatcher<CalqueEntry>, model: TextModel): PhraseMatch<CalqueEntry> {
  if (match.values.some((candidate) => passesGuard(candidate.guard, match, model))) return match
  for (let inner = match.wordStart + 1; inner < match.wordEnd; inner++) {
    const other = matcher.matchAt(model, inner)
    if (other && other.wordEnd > match.wordEnd && other.values.some((candidate) => passesGuard(candidate.guard, other, model))) return other
  }
  return match
}

/** Include a preceding `the` in the span when the replacement brings its own article or needs none. */
function withArticle(match: PhraseMatch<CalqueEntry>, model: TextModel, entry: CalqueEntry, target: TargetLanguage): {start: number; end: number} {
  if (target !== 'en' || match.wordStart <= 0) return {start: match.start, end: match.end}
  const previous = model.words[match.wordStart - 1]!
  const first = model.words[match.wordStart]!
  const literalHasArticle = first.norm === 'the'
  if (!literalHasArticle && previous.norm === 'the' && previous.sentence === first.sentence && (entry.kind !== 'idiom' && entry.kind !== 'phrase')) {
    return {start: previous.start, end: match.end}
  }
  return {start: match.start, end: match.end}
}

/** Capitalise at sentence start and keep a possessive. */
function fitReplacement(replacement: string, span: {start: number; end: number}, match: PhraseMatch<CalqueEntry>, model: TextModel): string {
  let result = replacement
  if (match.possessive) result += /s$/.test(result) ? "'" : "'s"
  const first = model.text[span.start]
  if (first && first !== first.toLowerCase() && result[0] === result[0]?.toLowerCase()) {
    // Capitalised in the text: keep it capitalised when it starts a sentence.
    const word = model.words[wordIndexAt(model, span.start)]
    const sentence = word && word.start === span.start ? model.sentences[word.sentence] : undefined
    const before = sentence ? model.text.slice(sentence.start, span.start) : ''
    if (/^[\s"“‘'(«]*$/.test(before)) result = result[0]!.toUpperCase() + result.slice(1)
  }
  return result
}

const quoteOpen = /["“‘'«„「『]$/
const quoteClose = /^["”’'»」』]/

/** Whether a match passes its entry's guard (is not a literal use). */
export function passesGuard(guard: Guard | undefined, match: PhraseMatch<unknown>, model: TextModel): boolean {
  if (!guard) return true
  const window = guard.window ?? 6
  if (match.wordStart >= 0 && (guard.unlessNear || guard.onlyNear)) {
    const from = Math.max(0, match.wordStart - window)
    const to = Math.min(model.words.length, match.wordEnd + window)
    const near = new Set<string>()
    for (let index = from; index < to; index++) if (index < match.wordStart || index >= match.wordEnd) near.add(model.words[index]!.norm)
    if (guard.unlessNear?.some((word) => near.has(word))) return false
    if (guard.onlyNear && !guard.onlyNear.some((word) => near.has(word))) return false
  }
  if (guard.capitalised && match.wordStart >= 0) {
    // Every word but articles and short connectors capitalised, and not merely because a sentence starts there.
    let capitals = 0
    for (let index = match.wordStart; index < match.wordEnd; index++) {
      const word = model.words[index]!
      if (/^(?:the|of|to|in|on|and|a|an)$/.test(word.norm)) continue
      if (!/^\p{Lu}/u.test(word.value)) return false
      if (model.sentences[word.sentence]!.wordStart !== index) capitals++
      // `'first'`: only the first word is a name (`the Main metropolis`); the rest is an English noun.
      if (guard.capitalised === 'first') break
    }
    if (capitals === 0) return false
  }
  if (guard.followedBy && match.wordEnd >= 0) {
    const next = model.words[match.wordEnd]
    if (!next || next.sentence !== model.words[match.wordEnd - 1]!.sentence || !guard.followedBy.includes(next.norm)) return false
  }
  if (guard.unlessFollowedBy && match.wordEnd >= 0) {
    const next = model.words[match.wordEnd]
    if (next && next.sentence === model.words[match.wordEnd - 1]!.sentence && guard.unlessFollowedBy.includes(next.norm)) return false
  }
  if (guard.position === 'utterance') {
    const before = model.text.slice(Math.max(0, match.start - 3), match.start).replace(/\s+$/, '')
    const after = model.text.slice(match.end, match.end + 4).replace(/^[\s,.!?…]+/, '')
    const quoted = quoteOpen.test(before) && quoteClose.test(after)
    const sentenceIndex = match.wordStart >= 0 ? model.words[match.wordStart]!.sentence : -1
    const sentence = sentenceIndex >= 0 ? model.sentences[sentenceIndex] : undefined
    const whole = sentence !== undefined && sentence.wordStart === match.wordStart && sentence.wordEnd === match.wordEnd
    if (!quoted && !whole) return false
  }
  return true
}
