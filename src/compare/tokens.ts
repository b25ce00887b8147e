/**
 * Comparison tokens of one text: its words (light-stemmed) and its numbers
 * (one token per number, read under the locale conventions), in text order.
 * Built once per text and shared by the alignment and the reference checks.
 */
import {englishFunctionWords} from '../data/en/common-words.js'
import {scaleWords} from '../data/en/numbers.js'
import {calendarNames, numberConventions, type NumberConventions} from '../locales/conventions.js'
import {currencyOfWord, readNumber, numberRunsOf, type NumberRun} from '../locales/numbers.js'
import {sentenceAt, type TextModel} from '../text/model.js'

/** A word or a number of a text. */
export interface Token {
  start: number
  end: number
  /** Comparison key: a stem for words, `#value` for numbers. */
  key: string
  /** Another key the token may match: the source-locale reading of an MT number (`$2.000` → `#2000`). */
  alt: string | null
  /** Index into `TextModel.sentences`. */
  sentence: number
  /** Not a function word. */
  content: boolean
  /** Starts with a capital letter (or is an acronym), and is not a sentence-initial common word. */
  capitalized: boolean
  /** The number it is, for number tokens. */
  number: NumberMention | null
}

/** A number of a text with its possible values. */
export interface NumberMention {
  /** From the currency mark (if any) to the scale word (if any). */
  start: number
  end: number
  /** Canonical values: the first is the preferred reading, others are readings under other conventions. */
  values: string[]
  /** ISO currency code written with it, if any. */
  currency: string | null
  /** Value without the scale word, e.g. `2` in `2 billion`; used to pair `2 billion` with `2 million`. */
  digits: string
  /** Scale word (`million`), lower-case, or ''. */
  scale: string
  /** The word after the number (after the scale word when there is one), lower-case. */
  next: string
}

/** How numbers of a text are read. */
export interface Readings {
  /** The conventions of the text's language. */
  primary: NumberConventions
  /** Other conventions a number may have been written in (source locale of an MT text). */
  others: readonly NumberConventions[]
}

// Number words news copy writes for small counts; `one` is left out (`no one`, `one of`).
const numberWords: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12], ['hundred', 100],
  // Ordinals from `third` (`first` and `second` have other senses): `every third container` is `one in three`.
  ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12]
])

const scales: ReadonlyMap<string, number> = new Map([...[...scaleWords].map(([word, value]) => [word, Math.round(Math.log10(value))] as const), ['bn', 9], ['tn', 12]])

/** Light English stemmer: possessive, plural, `-ing`, `-ed`. Enough to match inflected forms of one word. */
export function stem(norm: string): string {
  let word = norm
  if (word.endsWith("'s")) word = word.slice(0, -2)
  else if (word.endsWith("'")) word = word.slice(0, -1)
  if (word.length > 4) {
    if (word.endsWith('ies')) word = `${word.slice(0, -3)}y`
    else if (word.endsWith('sses')) word = word.slice(0, -2)
    else if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('zes')) word = word.slice(0, -2)
    else if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) word = word.slice(0, -1)
  }
  if (word.length > 5 && word.endsWith('ing')) word = word.slice(0, -3)
  else if (word.length > 4 && word.endsWith('ed')) word = word.slice(0, -2)
  return word
}

/** Decimal string of `integer.fraction × 10^exponent`, without leading or trailing zeros. */
export function canonicalValue(integer: string, fraction: string, exponent: number): string {
  let digits = integer + fraction
  let point = integer.length + exponent
  if (point > digits.length) digits = digits.padEnd(point, '0')
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  let whole = digits.slice(0, point).replace(/^0+/, '')
  const rest = digits.slice(point).replace(/0+$/, '')
  if (whole === '') whole = '0'
  return rest ? `${whole}.${rest}` : whole
}

const hasLetter = /\p{L}/u
const isCapital = /^\p{Lu}/u

/** Tokens of `model`, in text order. */
export function tokenize(model: TextModel, readings: Readings): Token[] {
  const {text} = model
  const numbers = numberMentions(text, model, readings)
  const tokens: Token[] = []
  let next = 0
  const pushNumber = (mention: NumberMention & {sentence: number}) => {
    tokens.push({start: mention.start, end: mention.end, key: `#${mention.values[0]!}`, alt: mention.values.length > 1 ? `#${mention.values[1]!}` : null, sentence: mention.sentence, content: true, capitalized: false, number: mention})
  }
  for (let index = 0; index < model.words.length; index++) {
    const word = model.words[index]!
    while (next < numbers.length && numbers[next]!.start <= word.start) pushNumber(numbers[next++]!)
    // Digits are read as numbers; words inside a number mention (currency code, scale word) belong to it.
    const last = tokens.at(-1)
    if (last?.number && word.start < last.end && word.start >= last.start) continue
    const first = word.value.charCodeAt(0)
    // An ASCII letter first answers both tests without a regular expression.
    const asciiUpper = first >= 0x41 && first <= 0x5a
    const asciiLetter = asciiUpper || (first >= 0x61 && first <= 0x7a)
    if (!asciiLetter && !hasLetter.test(word.value)) continue
    const sentence = model.sentences[word.sentence]!
    const opensSentence = sentence.wordStart === index
    const norm = word.norm
    // An acronym is content even when it spells a function word (`US`, `IT`, `WHO`).
    const content = !englishFunctionWords.has(norm) || (word.value.length > 1 && word.value === word.value.toUpperCase() && word.value !== norm)
    // A capital at the start of a sentence is only a name when the word is not a function word.
    const capitalized = (asciiLetter ? asciiUpper : isCapital.test(word.value)) && !(opensSentence && !content)
    tokens.push({start: word.start, end: word.end, key: stem(norm), alt: null, sentence: word.sentence, content, capitalized, number: null})
  }
  while (next < numbers.length) pushNumber(numbers[next++]!)
  return tokens
}

/** Numbers of `text` (digits, times, dates, month names next to digits, number words), with their sentence. */
function numberMentions(text: string, model: TextModel, readings: Readings): Array<NumberMention & {sentence: number}> {
  const found: NumberMention[] = timesAndDates(text)
  // Spans already read (times, dates, then numbers with their scale words), swept in text order.
  const special = found.map((mention) => [mention.start, mention.end] as const).sort((a, b) => a[0] - b[0])
  let at = 0
  for (const run of numberRunsOf(model)) {
    while (at < special.length && special[at]![1] <= run.start) at++
    if (run.glued || (at < special.length && special[at]![0] < run.end)) continue
    const mention = digitMention(text, run, readings)
    if (mention) found.push(mention)
  }
  const taken = found.map((mention) => [mention.start, mention.end] as const).sort((a, b) => a[0] - b[0])
  let next = 0
  const overlaps = (start: number, end: number) => {
    while (next < taken.length && taken[next]![1] <= start) next++
    return next < taken.length && taken[next]![0] < end
  }
  for (const word of model.words) {
    if (overlaps(word.start, word.end)) continue
    const norm = word.norm
    // `Nov.`: the month without its period (`/\.$/` without a regular expression; this runs for every word).
    const month = months.get(norm.charCodeAt(norm.length - 1) === 0x2e ? norm.slice(0, -1) : norm)
    if (month !== undefined) {
      // A month is a number only next to one (`Nov. 14`, `14 November`, `October 8-13`).
      if (!/^\p{Lu}/u.test(word.value) || !(/\d/.test(text.slice(word.end, word.end + 3)) || /\d[\s.,]{0,2}$/.test(text.slice(Math.max(0, word.start - 3), word.start)))) continue
      found.push({start: word.start, end: word.end, values: [String(month)], currency: null, digits: String(month), scale: '', next: ''})
      continue
    }
    const value = numberWords.get(word.norm)
    if (value === undefined) continue
    const scale = wordAfterIs(text, word.end)
    const exponent = scale ? scale.exponent : 0
    const end = scale ? scale.end : word.end
    const after = followingWord(text, end)
    found.push({start: word.start, end, values: [canonicalValue(String(value), '', exponent)], currency: currencyOfWord(after) ?? null, digits: String(value), scale: scale?.word ?? '', next: after})
  }
  found.sort((a, b) => a.start - b.start)
  const mentions: Array<NumberMention & {sentence: number}> = []
  for (const mention of found) {
    const sentence = sentenceAt(model, mention.start)
    if (sentence >= 0) mentions.push({...mention, sentence})
  }
  return mentions
}

const months: ReadonlyMap<string, number> = (() => {
  const names = calendarNames('en')
  const map = new Map<string, number>()
  names.months.forEach((name, index) => map.set(name, index + 1))
  names.monthsShort.forEach((name, index) => map.set(name, index + 1))
  map.set('sept', 9)
  return map
})()

// Clock times and numeric dates. Each pattern is linear: bounded digit counts, no nested repetition.
const twelveHour = /(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?/giu
const clock = /(?<![\d.,:])(\d{1,2})(?:[:h](\d{2})|\.(\d{2})(?=\s?(?:WIB|WITA|WIT|local|hrs|h\b)|[,;]?\s)|\s?(?:Uhr|o'clock)\b)(?![\d.,]\d)/gu
const numericDate = /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d.,/]\d)/gu
const timeCue = /\b(?:at|around|about|until|till|from|since|by|before|after|pukul|jam|to|between|and|um|vers|à)\s$/i

function timesAndDates(text: string): NumberMention[] {
  const found: NumberMention[] = []
  // Characters already read as a time or date (spans are short, so checking them is cheap).
  const used = new Uint8Array(text.length)
  const free = (start: number, end: number) => {
    for (let index = start; index < end; index++) if (used[index]) return false
    return true
  }
  const push = (start: number, end: number, values: string[], digits: string) => {
    if (!free(start, end)) return
    used.fill(1, start, end)
    found.push({start, end, values, currency: null, digits, scale: '', next: ''})
  }
  const time = (hour: number, minute: number) => `t${hour}:${String(minute).padStart(2, '0')}`
  for (const match of text.matchAll(twelveHour)) {
    const hour = Number(match[1])
    const minute = Number(match[2] ?? 0)
    if (hour < 1 || hour > 12 || minute > 59) continue
    const pm = match[3]!.toLowerCase() === 'p'
    push(match.index, match.index + match[0].length, [time((hour % 12) + (pm ? 12 : 0), minute)], match[1]!)
  }
  for (const match of text.matchAll(clock)) {
    const hour = Number(match[1])
    const dotted = match[3] !== undefined
    const minute = Number(match[2] ?? match[3] ?? 0)
    if (hour > 24 || minute > 59) continue
    // `14.00` is a time only after a word that introduces one (`at around 14.00 WIB`).
    if (dotted && !timeCue.test(text.slice(Math.max(0, match.index - 12), match.index)) && !/^\s?(?:WIB|WITA|WIT)/.test(text.slice(match.index + match[0].length - 1, match.index + match[0].length + 5))) continue
    const end = match.index + match[0].length
    const values = [time(hour, minute)]
    // `by 2.10` may still be a decimal: keep that reading too.
    if (dotted) values.push(canonicalValue(match[1]!, match[3]!, 0))
    if (hour <= 12 && !dotted && match[2] === undefined) values.push(time(hour + 12, minute))
    else if (hour < 12 && match[2] !== undefined && text[match.index + match[1]!.length] === ':') values.push(time(hour + 12, minute))
    push(match.index, end, values, match[1]!)
  }
  for (const match of text.matchAll(numericDate)) {
    const first = Number(match[1])
    const second = Number(match[3])
    if (first < 1 || second < 1 || (first > 31 || second > 12) && (first > 12 || second > 31)) continue
    // Day, month and year as three numbers, so they match `Nov. 14, 2024` in any order.
    const at = match.index
    const parts: Array<[number, string]> = [[at, match[1]!], [at + match[1]!.length + 1, match[3]!], [at + match[1]!.length + match[3]!.length + 2, match[4]!]]
    if (!free(at, at + match[0].length)) continue
    for (const [start, digits] of parts) push(start, start + digits.length, [String(Number(digits))], String(Number(digits)))
  }
  return found
}

function digitMention(text: string, run: NumberRun, readings: Readings): NumberMention | undefined {
  const values: string[] = []
  const scale = scales.has(run.next) || run.next === 'hundred' ? wordAfterIs(text, run.end) : undefined
  const exponent = scale ? scale.exponent : 0
  let digits = ''
  for (const conventions of [readings.primary, ...readings.others]) {
    const value = readNumber(run, conventions)
    if (!value) continue
    const canonical = canonicalValue(value.integer, value.fraction, exponent)
    if (!digits) digits = canonicalValue(value.integer, value.fraction, 0)
    if (!values.includes(canonical)) values.push(canonical)
  }
  if (values.length === 0) return undefined
  const end = scale ? scale.end : run.end
  const after = scale ? followingWord(text, end) : run.next
  return {
    start: run.currency ? run.currency.start : run.start,
    end,
    values,
    currency: run.currency?.code ?? currencyOfWord(after) ?? null,
    digits,
    scale: scale?.word ?? '',
    next: after
  }
}

/**
 * The scale words right after `end` (one space or hyphen before each):
 * `million`, `bn`, and `hundred million` (the calque of Chinese 亿), with
 * their power of ten.
 */
function wordAfterIs(text: string, end: number): {word: string; end: number; exponent: number} | undefined {
  let at = end
  let exponent = 0
  const words: string[] = []
  for (let step = 0; step < 2; step++) {
    const match = /^[ \u00A0-]?([A-Za-z]{2,9})/.exec(text.slice(at, at + 12))
    if (!match) break
    const word = match[1]!.toLowerCase()
    if (step === 0 && word === 'hundred') exponent += 2
    else if (scales.has(word)) exponent += scales.get(word)!
    else break
    words.push(word)
    at += match[0].length
    if (word !== 'hundred') break
  }
  // `five hundred` alone is a number word, not a scale.
  if (words.length === 0 || (words.length === 1 && words[0] === 'hundred')) return undefined
  return {word: words.join(' '), end: at, exponent}
}

function followingWord(text: string, end: number): string {
  const match = /^[\s\u00A0]{0,3}([\p{L}%][\p{L}'’-]{0,30})/u.exec(text.slice(end, end + 40))
  return match ? match[1]!.toLowerCase() : ''
}

/** Number readings of the reference (its own language only). */
export function referenceReadings(target: NumberConventions): Readings {
  return {primary: target, others: []}
}

/**
 * Number readings of an MT text: the target's conventions first, then the
 * source locale's (or, when unknown, the usual candidates), because number-format
 * reports the format and the value may still be right.
 */
export function mtReadings(target: NumberConventions, source: NumberConventions | null): Readings {
  const candidates = source ? [source] : [numberConventions('id'), numberConventions('fr'), numberConventions('en')]
  const others = candidates.filter((conventions) => conventions.group !== target.group || conventions.decimal !== target.decimal)
  return {primary: target, others}
}
