/**
 * Word-level view of a text for attribution: per-word features read once
 * (capitalisation, quote membership, the punctuation between words) and the
 * bounded noun-phrase scanners the sieves share. No POS tagger: names come
 * from capitalisation, lexicons and the entity registry.
 */
import type {TextModel, Word} from '../text/model.js'
import {wordRole, type AttributionLexicon, type CueInfo, type MultiwordCueData} from './lexicon.js'
import {findQuotes, hasQuoteMark, type Quote} from './quotes.js'

export interface Doc {
  model: TextModel
  text: string
  words: Word[]
  lex: AttributionLexicon
  quotes: Quote[]
  /** Index of the quote each word is inside, or -1. */
  quoteOf: Int32Array
  /** `gaps[i]`: the text between word `i - 1` and word `i` (`gaps[0]` before the first word, `gaps[n]` after the last). */
  gaps: string[]
  /** Paragraph of each word. */
  paragraphOf: Int32Array
  /** `breaks[i]`: whether `gaps[i]` holds punctuation or a line break (see `breakBefore`), computed once. */
  breaks: Uint8Array
  /** `wordRole` bits of each word (what it can start: a cue, a multiword cue, a hedge). */
  roles: Uint8Array
  /** `wordStart`, `wordEnd` and `paragraph` of each sentence, read once. */
  sentenceWordStart: Int32Array
  sentenceWordEnd: Int32Array
  sentenceParagraph: Int32Array
  /** End of the dateline of a paragraph (offset), when it has one. */
  datelineEnd: Map<number, number>
}

const determiners = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'some', 'several', 'many', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'various', 'both', 'all', 'most', 'few'])
const possessiveDeterminers = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])
const modifiers = new Set([
  'military', 'senior', 'local', 'unnamed', 'anonymous', 'former', 'top', 'main', 'chief', 'foreign', 'presidential', 'government',
  'defense', 'defence', 'intelligence', 'security', 'police', 'state', 'state-run', 'state-owned', 'official', 'government-run',
  'ruling', 'opposition', 'western', 'eastern', 'northern', 'southern', 'regional', 'provincial', 'national', 'international',
  'independent', 'private', 'public', 'unidentified', 'informed', 'knowledgeable', 'high-ranking', 'high-level', 'ranking',
  'deputy', 'acting', 'interim', 'retired', 'veteran', 'prominent', 'leading', 'key', 'diplomatic', 'government-affiliated',
  'japanese', 'korean', 'chinese', 'american', 'russian', 'ukrainian', 'news', 'press', 'health', 'finance', 'trade', 'energy',
  'city', 'district', 'village', 'hospital', 'school', 'company', 'party', 'election', 'police', 'army', 'navy', 'air', 'coast',
  'border', 'emergency', 'rescue', 'disaster', 'weather', 'statistics', 'central', 'federal', 'municipal', 'county', 'provincial',
  'cabinet', 'palace', 'ministry', 'agency', 'office', 'industry', 'union', 'other', 'two', 'three', 'four', 'five', 'several', 'both'
])
const modifierSuffix = /(?:al|ian|ese|ary|ic|ive|ior|ern|ish|ical)$/
/** Lower-case particles inside a person's name (`van den Berg`, `bin Salman`, `da Silva`). */
/** What a role's remit is named by: `The vice-governor on questions of housing`, `on matters of education`. */
export const remitNouns: ReadonlySet<string> = new Set(['questions', 'issues', 'matters'])
export const surnameParticles: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'binti', 'al', 'el', 'la', 'le', 'du', 'da', 'dos', 'di', 'del', 'della', 'das', 'des'])
/** Words that join the words of one name: the particles, and `of`/`for` inside titles and organisations. */
const connectors: ReadonlySet<string> = new Set(['of', 'for', ...surnameParticles])
const skippable = new Set([
  // Emphatic reflexives between subject and verb (`The ministry itself did not confirm`).
  'itself', 'himself', 'herself', 'themselves',
  'also', 'previously', 'later', 'then', 'earlier', 'further', 'repeatedly', 'once', 'again', 'recently', 'still', 'already', 'yet',
  'publicly', 'officially', 'separately', 'reportedly', 'allegedly', 'has', 'have', 'had', 'did', 'does', 'do', 'not', 'never',
  "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", 'would', 'could', 'may', 'might', 'will', 'can', 'should', 'must',
  'shall', 'to', 'declined', 'refused', 'failed', 'firmly', 'strongly', 'flatly', 'categorically', 'clearly', 'explicitly',
  'openly', 'privately', 'quickly', 'immediately', 'subsequently', 'finally', 'first', 'initially', 'just', 'even', 'only',
  'similarly', 'likewise', 'simply', 'briefly', 'angrily', 'calmly', 'loudly', 'emphatically', 'bluntly', 'frankly', 'directly',
  'too', 'all', 'both', 'however', 'meanwhile', 'therefore', 'instead', 'now', 'also', 'subsequently', 'personally'
])
const placeConnectors = new Set(['in', 'at', 'from', 'with', 'close', 'near', 'inside', 'within'])
const objectPronouns = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it'])
const subjectPronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])
const punctuation = /[,;:.!?()[\]{}\u2014\u2013"\u201C\u201D\u201E\u00AB\u00BB\u300C\u300D]|\s[-\u2010]\s|--/

export function buildDoc(model: TextModel, lex: AttributionLexicon): Doc {
  const {words, text} = model
  const found = findQuotes(model)
  const quotes = found.filter((quote) => !isQuotedName(words, quote, lex))
  const quoteOf = new Int32Array(words.length).fill(-1)
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q]!
    for (let index = quote.wordStart; index < quote.wordEnd; index++) quoteOf[index] = q
  }
  const gaps: string[] = new Array<string>(words.length + 1)
  for (let index = 0; index <= words.length; index++) {
    const from = index === 0 ? 0 : words[index - 1]!.end
    const to = index === words.length ? text.length : words[index]!.start
    gaps[index] = text.slice(from, to)
  }
  const paragraphOf = new Int32Array(words.length)
  const {sentences} = model
  const sentenceWordStart = new Int32Array(sentences.length)
  const sentenceWordEnd = new Int32Array(sentences.length)
  const sentenceParagraph = new Int32Array(sentences.length)
  for (let s = 0; s < sentences.length; s++) {
    const {paragraph, wordStart, wordEnd} = sentences[s]!
    sentenceWordStart[s] = wordStart
    sentenceWordEnd[s] = wordEnd
    sentenceParagraph[s] = paragraph
    // A sentence's words are `[wordStart, wordEnd)`.
    for (let index = wordStart; index < wordEnd; index++) paragraphOf[index] = paragraph
  }
  const breaks = new Uint8Array(words.length + 1)
  for (let index = 0; index <= words.length; index++) {
    const gap = gaps[index]!
    // A single space (the common gap) never breaks.
    if (gap.length > 0 && gap !== ' ' && (punctuation.test(gap) || gap.includes('\n'))) breaks[index] = 1
    // "Shuyan Qingyuan Environmental Energy Co., Ltd.": the comma of a company form is inside the name.
    if (breaks[index] === 1 && index > 0 && index < words.length && /^\.?,\s?$/.test(gap) && /^co\.?$/i.test(words[index - 1]!.value) && /^(?:ltd|limited|inc|llc|plc|kg)\.?$/i.test(words[index]!.value)) breaks[index] = 0
    // "2,1 percent", "1.250 passengers": a separator inside a number (the parser splits it) is no break.
    if (breaks[index] === 1 && index > 0 && index < words.length && (gap === ',' || gap === '.') && /\d$/.test(words[index - 1]!.value) && /^\d/.test(words[index]!.value)) breaks[index] = 0
    // "dr. Rina Kartika Sari" (Indonesian *dr.*, *drg.*, *Ir.*): the period of a title before a name is no break.
    if (breaks[index] === 1 && index > 0 && index < words.length && gap === '. ' && /^(?:dr|drg|drs|dra|ir|hj)$/i.test(words[index - 1]!.value) && /^\p{Lu}\p{Ll}/u.test(words[index]!.value) && words[index - 1]!.sentence === words[index]!.sentence) breaks[index] = 0
  }
  // The marks around a quoted name do not break its phrase: `the press service of JSC "Lugovoy Heat Networks"`.
  if (quotes.length < found.length) {
    const kept = new Set(quotes)
    for (const quote of found) {
      if (kept.has(quote)) continue
      // Not before a name that follows (`JSC "Verkhneleskteploset" Irina Volkova`): that is the person, not the body.
      const nameAfter = quote.wordEnd < words.length && /^\p{Lu}/u.test(words[quote.wordEnd]!.value)
      for (const index of nameAfter ? [quote.wordStart] : [quote.wordStart, quote.wordEnd]) if (/^\s?["\u201C\u201D\u201E\u00AB\u00BB]\s?$/.test(gaps[index]!)) breaks[index] = 0
    }
  }
  const roles = new Uint8Array(words.length)
  for (let index = 0; index < words.length; index++) {
    const norm = words[index]!.norm
    // Untranslated French inversions ("a-t-il déclaré", "explique-t-elle", "dit-il") start a pronoun cue.
    roles[index] = (lex.wordRoles.get(norm) ?? 0) | (norm.includes('-') && frenchInversion.test(norm) ? wordRole.multiword : 0)
  }
  return {model, text, words, lex, quotes, quoteOf, gaps, paragraphOf, breaks, roles, sentenceWordStart, sentenceWordEnd, sentenceParagraph, datelineEnd: new Map()}
}

/** Legal forms and body nouns after which Russian, Ukrainian and Turkish MT quotes a name: `JSC "Lugovoy Heat Networks"`. */
const nameQuotingHeads: ReadonlySet<string> = new Set(['jsc', 'ojsc', 'pjsc', 'cjsc', 'llc', 'ooo', 'oao', 'zao', 'pao', 'ao', 'fsue', 'sue', 'mue', 'company', 'enterprise', 'plant', 'factory', 'holding', 'concern', 'newspaper', 'channel', 'party', 'movement', 'club'])

/**
 * A quote that is a name, not speech: one to five capitalised words (with `of`, `and`, `the`) right after a legal
 * form or a body noun (`JSC "Lugovoy Heat Networks"`, `the newspaper "Volzhskaya Pravda"`).
 */
function isQuotedName(words: readonly Word[], quote: Quote, lex: AttributionLexicon): boolean {
  const count = quote.wordEnd - quote.wordStart
  if (count < 1 || count > 5 || quote.unclosed || quote.paragraph !== quote.lastParagraph || quote.wordStart === 0) return false
  const head = words[quote.wordStart - 1]!
  if (!nameQuotingHeads.has(head.norm) && !(lex.orgNouns.has(head.norm) && !lex.cue.has(head.norm))) return false
  for (let index = quote.wordStart; index < quote.wordEnd; index++) {
    const word = words[index]!
    if (!(isCapitalised(word) || /^\d+$/.test(word.norm) || (index > quote.wordStart && (word.norm === 'of' || word.norm === 'and' || word.norm === 'the')))) return false
  }
  return true
}

/** Whether the gap before word `index` holds punctuation (a comma, a quote mark, a dash between spaces…). */
export function breakBefore(doc: Doc, index: number): boolean {
  const flag = doc.breaks[index]
  if (flag === undefined) throw new TypeError(`No gap ${index}`)
  return flag === 1
}

/** Whether word `index` is an acronym in parentheses inside a name: "National Intelligence Service (NIS) Director". */
export function isBracketedAcronym(doc: Doc, index: number): boolean {
  const word = doc.words[index]
  if (!word || !isAcronym(word)) return false
  return /^\s*\(\s*$/.test(doc.gaps[index]!) && /^\s*\)\s*$/.test(doc.gaps[index + 1] ?? '')
}

/** A break that a bracketed acronym does not make. */
function phraseBreak(doc: Doc, index: number): boolean {
  if (!breakBefore(doc, index)) return false
  return !(isBracketedAcronym(doc, index) || isBracketedAcronym(doc, index - 1) || isBracketedShortName(doc, index) || isBracketedShortName(doc, index - 1))
}

/** A body's short name in brackets after its full name: "the Union of the Workers of Health (Sindsaúde)". */
function isBracketedShortName(doc: Doc, index: number): boolean {
  const word = doc.words[index]
  const before = doc.words[index - 1]
  if (!word || !before || !isCapitalised(word) || !isCapitalised(before) || word.value.length < 4) return false
  return /^\s*\(\s*$/.test(doc.gaps[index]!) && /^\s*\)/.test(doc.gaps[index + 1] ?? '')
}

export function gapHas(doc: Doc, index: number, chars: string): boolean {
  const gap = doc.gaps[index] ?? ''
  if (gap.length === 0) return false
  // The common gap, a single space: no scan needed.
  if (gap === ' ') return chars.includes(' ')
  for (let at = 0; at < chars.length; at++) if (gap.includes(chars[at]!)) return true
  return false
}

export function gapHasQuote(doc: Doc, index: number): boolean {
  return hasQuoteMark(doc.gaps[index] ?? '')
}

/** A name with the Arabic article, lower-case and hyphenated (`al-Dhaheri`, `el-Sisi`, `ad-Dawsari`). */
const arabicArticleName = /^(?:al|el|ad|ar|as|ash|at|az|an|adh)-\p{Lu}/u

export function isCapitalised(word: Word): boolean {
  const code = word.value.charCodeAt(0)
  // ASCII fast path: only A–Z are upper-case and not lower-case; `al-Dhaheri`, `el-Sisi`: an Arabic article before a name.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code === 0x61 || code === 0x65 ? arabicArticleName.test(word.value) : false)
  const first = word.value.codePointAt(0)
  if (first === undefined) return false
  const char = String.fromCodePoint(first)
  // A word of a caseless script left in English text (`in النخيل district`, `the 市政府`) is a name left untranslated.
  return (char !== char.toLowerCase() && char === char.toUpperCase()) || caselessLetter.test(char)
}

const caselessLetter = /\p{Lo}/u

export function isAcronym(word: Word): boolean {
  const code = word.value.charCodeAt(0)
  // ASCII fast path: an acronym opens with a capital.
  if (code < 0x80 && !(code >= 0x41 && code <= 0x5a)) return false
  return word.value.length >= 2 && /^[\p{Lu}][\p{Lu}\d.&-]*$/u.test(word.value) && /\p{Lu}.*\p{Lu}/u.test(word.value)
}

export function isPossessive(word: Word): boolean {
  return word.norm.endsWith("'s") || (word.norm.endsWith("s'") && word.norm.length > 2)
}

/** The word without a possessive ending, lower-cased. */
/**
 * A word's norm without a possessive `'s` and without an office prefix joined by a hyphen ("vice-governor",
 * "ex-minister", "acting-director" read as their role), so that role lexicons need one form per office.
 */
export function bareNorm(word: Word): string {
  const norm = word.norm.endsWith("'s") ? word.norm.slice(0, -2) : word.norm
  return officePrefix.test(norm) ? norm.replace(officePrefix, '') : norm
}

const officePrefix = /^(?:vice|deputy|ex|acting)-(?=\p{Ll}{3})/u

export function isDeterminer(word: Word): boolean {
  return determiners.has(word.norm) || possessiveDeterminers.has(word.norm)
}

export function isSubjectPronoun(word: Word): boolean {
  return subjectPronouns.has(word.norm)
}

export function isObjectPronoun(word: Word): boolean {
  return objectPronouns.has(word.norm)
}

export function isSkippable(word: Word): boolean {
  return skippable.has(word.norm) || word.norm.endsWith("n't")
}

const articles = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our'])
const functionWords = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'that', 'this', 'which',
  'who', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'not', 'if', 'when', 'while', 'after',
  'before', 'into', 'than', 'then', 'also', 'it', 'they', 'he', 'she', 'we', 'there', 'so', 'no', 'all', 'more', 'most', 'very'
])

/** A lower-case word that can be a noun inside a phrase: alphabetic, not a function word, not a cue, not an adverb. */
/** Whether `of` follows a source noun within three words left of `index` (`the director of the [city] syndicate`). */
function roleOfBefore(doc: Doc, index: number): boolean {
  const {words} = doc
  for (let back = index - 1; back >= Math.max(1, index - 4); back--) {
    if (phraseBreak(doc, back + 1) || !sameSentence(doc, back, back + 1)) return false
    const word = words[back]!
    // A capitalised body or office too (`the Ministry of the region`, Russian `Minprirody of the oblast`).
    if (word.norm === 'of') return isHeadWord(doc, words[back - 1]!) && (!isCapitalised(words[back - 1]!) || doc.lex.orgSuffixes.has(words[back - 1]!.norm) || doc.lex.titles.has(words[back - 1]!.norm))
    // "the head of Bến Tràm hamlet": a place name before the noun.
    if (!articles.has(word.norm) && !isModifier(word) && !isPlainNoun(doc, word) && !isCapitalised(word)) return false
  }
  return false
}

function isPlainNoun(doc: Doc, word: Word): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(word.value) && !functionWords.has(word.norm) && !doc.lex.cue.has(word.norm) && !word.norm.endsWith('ly') && !doc.lex.timeWords.has(word.norm)
}

function isModifier(word: Word): boolean {
  return modifiers.has(word.norm) || (modifierSuffix.test(word.norm) && !/ly$/.test(word.norm)) || /^\d/.test(word.norm)
}

/** A word that can head or be part of a source noun phrase. */
export function isHeadWord(doc: Doc, word: Word): boolean {
  if (doc.lex.timeWords.has(word.norm)) return false
  if (isCapitalised(word)) return true
  const norm = bareNorm(word)
  return doc.lex.sourceNouns.has(norm) || doc.lex.titles.has(norm) || doc.lex.personRoles.has(norm)
}

function sameSentence(doc: Doc, a: number, b: number): boolean {
  return doc.words[a]!.sentence === doc.words[b]!.sentence
}

export interface Phrase {
  start: number
  end: number
  /** Where the scanned words ended, when a description after the name was cut off ("… of the Democratic Party"). */
  rawEnd?: number
}

/** Trim a phrase so that it starts and ends on a head word; undefined when nothing is left. */
function trimPhrase(doc: Doc, start: number, end: number, leftEdgeIsSentenceStart: boolean): Phrase | undefined {
  let from = start
  let to = end
  const {words, lex} = doc
  while (from < to) {
    const word = words[from]!
    if (connectors.has(word.norm) && !isCapitalised(word)) {
      from++
      continue
    }
    if (leftEdgeIsSentenceStart && from === start && isCapitalised(word) && lex.sentenceOpeners.has(word.norm) && !isDeterminer(word)) {
      from++
      continue
    }
    break
  }
  while (to > from) {
    const word = words[to - 1]!
    if (isHeadWord(doc, word)) break
    // "director of development", "KPK records": a closing lower-case noun after "of" or a head.
    const before = to - 2 >= from ? words[to - 2]! : undefined
    if (before && isPlainNoun(doc, word) && (before.norm === 'of' ? to - 3 >= from && isHeadWord(doc, words[to - 3]!) : isHeadWord(doc, before) && !isPossessive(before))) break
    // "a member of the assembly": a closing noun of a role's `of` phrase, after an article or modifiers.
    if (isPlainNoun(doc, word) && to - 1 > from && roleOfBefore(doc, to - 1)) break
    to--
  }
  if (to <= from) return undefined
  // A phrase cannot end on a possessive ("Korea's claims": the head was the cue's noun reading).
  if (isPossessive(words[to - 1]!)) return undefined
  // "Park Sun-won of the Democratic Party": the source is the person; the rest describes them. Not when a role opens
  // the phrase and a person's name closes it ("The professor of Ecology of the University of Valencia Elena Roig").
  const roleOpens = to - from >= 5 && words[from]!.norm === 'the' && (lex.titles.has(bareNorm(words[from + 1]!)) || lex.personRoles.has(bareNorm(words[from + 1]!)))
  if (roleOpens && isPersonNameWord(lex, words[to - 1]!) && isPersonNameWord(lex, words[to - 2]!)) return {start: from, end: to}
  for (let index = from + 1; index < to - 1; index++) {
    const preposition = words[index]!.norm
    if (preposition !== 'of' && preposition !== 'from') continue
    const article = ['the', 'a', 'an'].includes(words[index + 1]!.norm)
    // "Jens Albrecht of Port of Hamburg Marketing": without an article, only after a two-word name.
    const named = !article && isCapitalised(words[index + 1]!) && index - 2 >= from && isCapitalised(words[index - 2]!) && !lex.titles.has(bareNorm(words[index - 2]!)) && !lex.orgSuffixes.has(bareNorm(words[index - 2]!))
    if (!article && !named) continue
    const before = words[index - 1]!
    const norm = bareNorm(before)
    if (isCapitalised(before) && !isAcronym(before) && !lex.titles.has(norm) && !lex.orgSuffixes.has(norm) && !lex.sourceNouns.has(norm) && !lex.personRoles.has(norm) && !lex.notNames.has(norm)) {
      return {start: from, end: index, rawEnd: to}
    }
  }
  return {start: from, end: to}
}

/** A capitalised word that can be part of a person's name: not an acronym, title, body, place or source noun. */
function isPersonNameWord(lex: AttributionLexicon, word: Word): boolean {
  const norm = bareNorm(word)
  return isCapitalised(word) && !isAcronym(word) && !lex.orgSuffixes.has(norm) && !lex.titles.has(norm) && !lex.sourceNouns.has(norm) && !lex.placeNouns.has(norm) && !lex.notNames.has(norm)
}

/**
 * The source noun phrase that ends right before word `end` (exclusive), read
 * leftwards within the sentence: determiners, capitalised words, titles,
 * source nouns, known modifiers, possessives and name connectors. A lone
 * pronoun is a phrase too.
 */
export function scanLeft(doc: Doc, end: number, max = 12): Phrase | undefined {
  const {words} = doc
  if (end <= 0) return undefined
  const last = end - 1
  const lastWord = words[last]!
  if (doc.quoteOf[last] !== -1) return undefined
  if (isSubjectPronoun(lastWord)) return {start: last, end}
  let index = last
  let count = 0
  while (index >= 0 && count < max) {
    const word = words[index]!
    if (index < last && (phraseBreak(doc, index + 1) || !sameSentence(doc, index, index + 1))) break
    if (doc.quoteOf[index] !== -1) break
    if (doc.lex.timeWords.has(word.norm)) break
    if (isSubjectPronoun(word) || isObjectPronoun(word)) break
    if (doc.lex.cue.has(word.norm) && !isCapitalised(word) && !doc.lex.sourceNouns.has(word.norm)) break
    let ok = isHeadWord(doc, word) || isDeterminer(word) || isModifier(word) || isPossessive(word)
    // "the director of the syndicate", "the president of the union of traders": any noun ends a role's `of` phrase.
    if (!ok && index === last && isPlainNoun(doc, word) && roleOfBefore(doc, index)) ok = true
    if (!ok && index < last && isPlainNoun(doc, word)) {
      // "the port marketing company": lower-case nouns between a determiner (or possessive) and the head.
      for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
        const candidate = words[back]!
        if (phraseBreak(doc, back + 1) || !sameSentence(doc, back, back + 1)) break
        if (articles.has(candidate.norm) || isPossessive(candidate)) {
          ok = true
          break
        }
        if (!isPlainNoun(doc, candidate)) break
      }
    }
    const left = index > 0 ? words[index - 1]! : undefined
    const connector =
      index < last &&
      left !== undefined &&
      ((connectors.has(word.norm) && (isHeadWord(doc, left) || isModifier(left) || (surnameParticles.has(left.norm) && index - 2 >= 0 && isHeadWord(doc, words[index - 2]!)))) ||
        (placeConnectors.has(word.norm) && doc.lex.sourceNouns.has(left.norm) && !isCapitalised(left)) ||
        // "the Vienna University of Economics and Business", "Karin Steiner from the Vienna University": inside and after a name.
        (word.norm === 'and' && isCapitalised(left) && isCapitalised(words[index + 1]!) && !doc.lex.cue.has(left.norm)) ||
        // Portuguese *do* (of the) inside a name: "Santa Luzia do Itaré", "Folha do Itaré".
        (word.value === 'do' && isCapitalised(left) && isCapitalised(words[index + 1]!)) ||
        ((word.norm === 'from' || word.norm === 'at') && isCapitalised(left) && !isAcronym(left) && index - 2 >= 0 && isCapitalised(words[index - 2]!) && (isCapitalised(words[index + 1]!) || articles.has(words[index + 1]!.norm))))
    if (!ok && !connector) break
    index--
    count++
  }
  let start = index + 1
  if (start > last) return undefined
  // "van den Berg explained": lower-case particles opening a surname belong to it.
  const named = isCapitalised(words[start]!)
  while (named && start > 0 && surnameParticles.has(words[start - 1]!.norm) && doc.quoteOf[start - 1] === -1 && !phraseBreak(doc, start) && sameSentence(doc, start - 1, start)) start--
  const sentenceStart = doc.sentenceWordStart[words[start]!.sentence]!
  return trimPhrase(doc, start, end, start === sentenceStart || breakBefore(doc, start))
}

/** Whether a capitalised title (`Minister`) follows within two capitalised words from word `from`, with no break. */
function portfolioTitleAfter(doc: Doc, from: number): boolean {
  for (let at = from + 1; at <= from + 2 && at < doc.words.length; at++) {
    const word = doc.words[at]!
    if (breakBefore(doc, at) || !isCapitalised(word)) return false
    if (doc.lex.titles.has(word.norm)) return true
  }
  return false
}

/**
 * The noun phrase that starts at word `start`, read rightwards within the
 * sentence (sources after "according to", "citing", inverted "said X",
 * recipients after "told").
 */
export function scanRight(doc: Doc, start: number, options: {max?: number; allowBy?: boolean; pronoun?: 'subject' | 'object'} = {}): Phrase | undefined {
  const {words} = doc
  const max = options.max ?? 12
  if (start >= words.length) return undefined
  const first = words[start]!
  if (doc.quoteOf[start] !== -1) return undefined
  if (options.pronoun === 'subject' && isSubjectPronoun(first)) return {start, end: start + 1}
  if (options.pronoun === 'object' && isObjectPronoun(first)) return {start, end: start + 1}
  let index = start
  let count = 0
  while (index < words.length && count < max) {
    const word = words[index]!
    if (index > start && (phraseBreak(doc, index) || !sameSentence(doc, index - 1, index))) break
    if (doc.quoteOf[index] !== -1) break
    if (doc.lex.timeWords.has(word.norm)) break
    if (isSubjectPronoun(word) || isObjectPronoun(word)) break
    if (index > start && doc.lex.cue.has(word.norm) && !isCapitalised(word) && !doc.lex.sourceNouns.has(word.norm)) break
    let ok = isHeadWord(doc, word) || isDeterminer(word) || isModifier(word)
    if (!ok && isPlainNoun(doc, word)) {
      // "board member Jens Albrecht", "the port marketing company": a lower-case noun before the head.
      for (let ahead = index + 1; ahead < Math.min(words.length, index + 3); ahead++) {
        if (phraseBreak(doc, ahead) || !sameSentence(doc, ahead - 1, ahead)) break
        const candidate = words[ahead]!
        if (isHeadWord(doc, candidate)) {
          ok = true
          break
        }
        if (!isPlainNoun(doc, candidate)) break
      }
      // "director of development", "KPK records": one lower-case noun closing the phrase.
      const closes = index + 1 >= words.length || phraseBreak(doc, index + 1) || !sameSentence(doc, index, index + 1)
      if (!ok && index > start && closes && (words[index - 1]!.norm === 'of' || isHeadWord(doc, words[index - 1]!) || roleOfBefore(doc, index))) ok = true
    }
    let connector = false
    if (!ok && index > start && index + 1 < words.length && !breakBefore(doc, index + 1)) {
      const next = words[index + 1]!
      const previous = words[index - 1]!
      const joins = connectors.has(word.norm) || (options.allowBy === true && word.norm === 'by')
      // "Willem van den Berg": a particle may follow a particle, then the name.
      const particles = surnameParticles.has(next.norm) && index + 2 < words.length && isHeadWord(doc, words[index + 2]!) && !breakBefore(doc, index + 2)
      connector = joins && (isHeadWord(doc, previous) || (connectors.has(previous.norm) && index - 2 >= start)) && (isHeadWord(doc, next) || isDeterminer(next) || (word.norm === 'of' && isPlainNoun(doc, next)) || (particles && word.norm !== 'of' && word.norm !== 'for'))
      // "Head of the Data and Information Center of BPBD": `and` between capitalised words of a body's name, once the
      // phrase has its `of` (never between two names: "Budi and Ani said").
      if (!connector && word.norm === 'and' && isCapitalised(previous) && isCapitalised(next) && words.slice(start, index).some((candidate) => candidate.norm === 'of')) connector = true
      // "Water and Electricity Minister Samir Al-Haddad": `and` inside a portfolio, a capitalised title right after it.
      if (!connector && word.norm === 'and' && isCapitalised(previous) && isCapitalised(next) && portfolioTitleAfter(doc, index + 1)) connector = true
    }
    if (!ok && !connector) break
    index++
    count++
  }
  if (index === start) return undefined
  return trimPhrase(doc, start, index, false)
}

/** The cue at word `index`: a single-word form or a multiword cue starting there. */
export interface CueMatch {
  start: number
  /** Exclusive. */
  end: number
  lemma: string
  info?: CueInfo
  multi?: MultiwordCueData
}

/** French verb–subject inversion left untranslated: "a-t-il", "explique-t-elle", "dit-il", "ont-ils". */
const frenchInversion = /^[a-zàâçéèêëîïôûù]{1,14}-(?:t-)?(?:il|elle|ils|elles)$/
/** Auxiliaries and pronoun forms that "a-t-il" needs a participle after. */
const frenchAuxiliary = /^(?:a|ont|avait|avaient)-t?-?(?:il|elle|ils|elles)$/

/** A French inversion as a pronoun cue ("a-t-il déclaré": two words; "explique-t-elle": one). */
function frenchPronounCue(doc: Doc, index: number): MultiwordCueData | undefined {
  const norm = doc.words[index]!.norm
  if (!frenchInversion.test(norm)) return undefined
  const feminine = /-elles?$/.test(norm)
  const base = {lemma: 'say', class: 'neutral' as const, role: 'pronoun-cue' as const, gender: feminine ? ('f' as const) : ('m' as const), sourceLang: 'fr'}
  if (frenchAuxiliary.test(norm)) {
    const next = doc.words[index + 1]
    // A past participle: "déclaré", "dit", "fait" (savoir), "indiqué", "souligné".
    if (!next || breakBefore(doc, index + 1) || !/^[a-zàâçéèêëîïôûù]+$/.test(next.norm) || !/(?:é|ée|és|i|it|is|u|ut|t)$/.test(next.norm)) return undefined
    const words = [norm, next.norm]
    if (next.norm === 'fait' && doc.words[index + 2]?.norm === 'savoir' && !breakBefore(doc, index + 2)) words.push('savoir')
    return {...base, words}
  }
  return {...base, words: [norm]}
}

/** Auxiliaries between "as" and a calqued cue: "as has explained X" (Spanish "como ha explicado X"). */
const asAuxiliaries: ReadonlySet<string> = new Set(['has', 'have', 'had', 'it', 'was'])
/** Past forms that end neither in -ed nor -t but report speech. */
const irregularPast: ReadonlySet<string> = new Set(['said', 'told', 'written', 'wrote', 'shown', 'showed', 'made'])

/**
 * "as said the minister", "as has explained the director", "according to what has indicated X" (Spanish "como
 * dijo X", "según ha explicado X", Italian "come ha spiegato X", Arabic "كما قال X"): the inverted cue after "as".
 * Only past forms of cues that are not beliefs; the multiword sieve then needs a named source after it.
 */
function asInverted(doc: Doc, index: number): MultiwordCueData | undefined {
  const {words, lex} = doc
  if (words[index]!.norm !== 'as') return undefined
  const before = words[index - 1]
  if (before && !breakBefore(doc, index) && (before.norm === 'such' || before.norm === 'same' || before.norm === 'so' || before.norm === 'well' || before.norm === 'just')) return undefined
  let at = index + 1
  if (words[at] && asAuxiliaries.has(words[at]!.norm) && !breakBefore(doc, at)) at++
  const cue = words[at]
  if (!cue || breakBefore(doc, at) || doc.quoteOf[at] !== -1) return undefined
  const info = lex.cue.get(cue.norm)
  // "as reports TASS," (Russian *как сообщает*): a present tense only before a capitalised source.
  const present = /[^s]s$/.test(cue.norm) && words[at + 1] !== undefined && !breakBefore(doc, at + 1) && /^\p{Lu}/u.test(words[at + 1]!.value)
  if (!info || info.flags.has('cognitive') || info.flags.has('inverted-only') || !(cue.norm.endsWith('ed') || irregularPast.has(cue.norm) || present)) return undefined
  const list = [...words.slice(index, at + 1).map((word) => word.norm)]
  // "as reported by X", and "As reported in the press service of X" (Russian *как сообщили в пресс-службе*).
  if (['by', 'in', 'at'].includes(words[at + 1]?.norm ?? '') && !breakBefore(doc, at + 1)) list.push(words[at + 1]!.norm)
  return {words: list, lemma: info.lemma, class: info.class, role: 'according-to'}
}

export function multiwordAt(doc: Doc, index: number): MultiwordCueData | undefined {
  if ((doc.roles[index]! & wordRole.multiword) === 0) return undefined
  const {words, lex} = doc
  const candidates = lex.multiword.get(words[index]!.norm)
  if (!candidates) return frenchPronounCue(doc, index)
  const found = matchCandidates(doc, index, candidates)
  if (found && found.words.length > 2) return found
  return asInverted(doc, index) ?? found ?? frenchPronounCue(doc, index)
}

function matchCandidates(doc: Doc, index: number, candidates: readonly MultiwordCueData[]): MultiwordCueData | undefined {
  const {words} = doc
  for (const candidate of candidates) {
    let ok = true
    for (let offset = 1; offset < candidate.words.length; offset++) {
      const word = words[index + offset]
      if (!word || word.norm !== candidate.words[offset] || breakBefore(doc, index + offset) || doc.quoteOf[index + offset] !== -1) {
        ok = false
        break
      }
    }
    if (ok) return candidate
  }
  return undefined
}

export function hedgeAt(doc: Doc, index: number): number {
  if ((doc.roles[index]! & wordRole.hedge) === 0) return 0
  const {words, lex} = doc
  const candidates = lex.hedges.get(words[index]!.norm)
  if (!candidates) return 0
  for (const candidate of candidates) {
    let ok = true
    for (let offset = 1; offset < candidate.length; offset++) {
      const word = words[index + offset]
      if (!word || word.norm !== candidate[offset] || breakBefore(doc, index + offset)) {
        ok = false
        break
      }
    }
    if (ok && (candidate[0] !== 'would' || isRumourConditional(doc, index + candidate.length))) return candidate.length
  }
  return 0
}

// Past participles that do not end in -ed.
const irregularParticiples: ReadonlySet<string> = new Set(['been', 'made', 'paid', 'sold', 'sent', 'spent', 'given', 'done', 'left', 'lost', 'won', 'begun', 'brought', 'bought', 'held', 'kept', 'told', 'said', 'taken', 'met', 'put', 'set', 'cut', 'shut', 'seen', 'chosen', 'written', 'drawn', 'grown', 'known', 'struck', 'fled', 'led', 'built', 'fallen', 'risen', 'stolen', 'hidden', 'broken', 'gone', 'come', 'become', 'got', 'gotten', 'found', 'thrown', 'shown', 'withdrawn', 'undertaken', 'overtaken', 'forbidden'])
// Wishes and abilities: "would have liked", "would have been able to" are counterfactual, never hearsay.
const counterfactualParticiples: ReadonlySet<string> = new Set(['liked', 'loved', 'preferred', 'wanted', 'wished', 'hoped', 'needed', 'happened', 'helped', 'saved', 'avoided', 'prevented'])
// Words that make "would have" counterfactual in its sentence ("… would have flooded without the dike").
const counterfactualMarkers: ReadonlySet<string> = new Set(['if', 'unless', 'otherwise', 'without', 'instead', 'had', 'could', 'wish', 'hoped', 'imagine', 'perhaps', 'maybe', 'probably'])
const conditionalAdverbs: ReadonlySet<string> = new Set(['already', 'also', 'even', 'reportedly', 'allegedly', 'apparently', 'previously', 'once', 'still', 'just'])

/**
 * "The council would have already approved the plan" (French *aurait approuvé*, Spanish *habría aprobado*, Italian
 * *avrebbe approvato*, Portuguese *teria aprovado*): the conditional of unconfirmed news, rendered word for word. Only a
 * main clause's "would have" + past participle (after an optional adverb) with nothing counterfactual in the sentence.
 */
function isRumourConditional(doc: Doc, after: number): boolean {
  const {words} = doc
  let at = after
  if (words[at] && conditionalAdverbs.has(words[at]!.norm) && !breakBefore(doc, at)) at++
  const participle = words[at]
  if (!participle || breakBefore(doc, at) || counterfactualParticiples.has(participle.norm)) return false
  if (!(/[a-z]{2}ed$/.test(participle.norm) || irregularParticiples.has(participle.norm))) return false
  // "would have been able to", "would have been better": abilities and judgements.
  if (participle.norm === 'been' && ['able', 'better', 'worse', 'possible', 'impossible', 'easier', 'harder', 'difficult', 'enough', 'nice', 'good', 'wise'].includes(words[at + 1]?.norm ?? '')) return false
  const would = after - 2
  const {start, end} = sentenceWords(doc, would)
  // A subject before it, which is no relative pronoun or dummy subject ("which would have raised taxes", "it would have been").
  if (would <= start || ['which', 'that', 'who', 'it', 'this', 'i', 'we', 'you'].includes(words[would - 1]!.norm)) return false
  for (let index = start; index < end; index++) if (counterfactualMarkers.has(words[index]!.norm)) return false
  return true
}

/** First and last word index of the sentence of word `index`. */
export function sentenceWords(doc: Doc, index: number): {start: number; end: number} {
  const sentence = doc.words[index]!.sentence
  return {start: doc.sentenceWordStart[sentence]!, end: doc.sentenceWordEnd[sentence]!}
}
