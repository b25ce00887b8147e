/**
 * `franc(value, {minLength, only})` with the same data and the same answer, faster.
 *
 * franc scores a text against every language of its top script by walking
 * the text's trigrams once per language (`trigram in model`: about 126 × 700
 * dictionary lookups for a Latin-script article). Here each trigram is looked
 * up once, in an index from trigram to the languages that have it, and the
 * distances are summed per language. The distances are the same integers, and
 * the winner is chosen as franc's stable sort chooses it: the smallest
 * distance, the first language in franc's order on a tie.
 */
import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'

/** franc's constants. */
const maxLength = 2048
const maxDifference = 300

/**
 * Trigrams of the letters a–z and the space (nearly all of an English or
 * Indonesian text) are numbered `0 … 27³ - 1` and counted in a flat array;
 * any other trigram is keyed by its string.
 */
const alphabet = 27
const smallTrigrams = alphabet * alphabet * alphabet

/** `0` for a space, `1 … 26` for a–z, `-1` for anything else. */
function letterCode(code: number): number {
  if (code === 0x20) return 0
  return code >= 0x61 && code <= 0x7a ? code - 0x60 : -1
}

/** The number of the trigram at `at`, or -1 when it is not made of a–z and spaces. */
function smallTrigram(text: string, at: number): number {
  const a = letterCode(text.charCodeAt(at))
  const b = letterCode(text.charCodeAt(at + 1))
  const c = letterCode(text.charCodeAt(at + 2))
  return a < 0 || b < 0 || c < 0 ? -1 : (a * alphabet + b) * alphabet + c
}

/**
 * Pairs of (language index, weight) per trigram. Small trigrams' pairs lie in
 * one flat array (`smallEntries[smallStart[n] … smallStart[n + 1])`), so a
 * text's lookups touch two compact arrays: the index is read right after a
 * whole check has run, with a cold cache, where per-trigram arrays scattered
 * over the heap cost a cache miss each.
 */
interface ScriptIndex {
  languages: string[]
  smallStart: Int32Array
  smallEntries: Int32Array
  /** The pairs of every other trigram. */
  other: Map<string, Int32Array>
}

const indexes = new Map<string, ScriptIndex>()

/**
 * The trigram index of `script`'s languages (those of `only`, when given, in
 * franc's order), built on first use exactly as franc builds its models.
 */
function scriptIndex(script: string, only: readonly string[] | undefined): ScriptIndex {
  const key = only ? `${script}:${only.join(',')}` : script
  let index = indexes.get(key)
  if (index) return index
  const languages = Object.keys(data[script]!).filter((language) => !only || only.includes(language))
  const small: Array<number[] | undefined> = new Array<number[] | undefined>(smallTrigrams).fill(undefined)
  const other = new Map<string, number[]>()
  const listOf = (trigram: string): number[] => {
    const number = trigram.length === 3 ? smallTrigram(trigram, 0) : -1
    let list = number === -1 ? other.get(trigram) : small[number]
    if (!list) {
      list = []
      if (number === -1) other.set(trigram, list)
      else small[number] = list
    }
    return list
  }
  languages.forEach((language, position) => {
    // As franc: the weight of a trigram is its first position in the model list.
    const model = data[script]![language]!.split('|')
    const weights = new Map<string, number>()
    for (let weight = model.length - 1; weight >= 0; weight--) weights.set(model[weight]!, weight)
    for (const [trigram, weight] of weights) listOf(trigram).push(position, weight)
  })
  index = {languages, ...flatten(small), other: new Map([...other].map(([trigram, list]) => [trigram, Int32Array.from(list)]))}
  indexes.set(key, index)
  return index
}

function flatten(small: ReadonlyArray<number[] | undefined>): {smallStart: Int32Array; smallEntries: Int32Array} {
  const smallStart = new Int32Array(small.length + 1)
  for (let number = 0; number < small.length; number++) smallStart[number + 1] = smallStart[number]! + (small[number]?.length ?? 0)
  const smallEntries = new Int32Array(smallStart[small.length]!)
  small.forEach((list, number) => {
    if (list) smallEntries.set(list, smallStart[number]!)
  })
  return {smallStart, smallEntries}
}

/**
 * The script expression that matches most of `value` (franc's `getTopScript`), with its share.
 * No other expression matches a Latin character, and Latin matches each ASCII letter on its own
 * (tests/languages/detect.test.ts checks both), so a text more than half ASCII letters has Latin
 * as its top script whatever the others count. Only the script is used then, not its share.
 */
function topScript(value: string): [string | undefined, number] {
  if (asciiLetters(value) * 2 > value.length) return ['Latin', Number.NaN]
  let topCount = -1
  let top: string | undefined
  for (const script of Object.keys(expressions)) {
    const count = share(value, script)
    if (count > topCount) {
      topCount = count
      top = script
    }
  }
  return [top, topCount]
}

function asciiLetters(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index) | 0x20
    if (code >= 0x61 && code <= 0x7a) count++
  }
  return count
}

/** franc's `getOccurrence`: matches of the script's expression per UTF-16 unit. */
function share(value: string, script: string): number {
  return (value.match(expressions[script]!)?.length ?? 0) / value.length || 0
}

/** The trigrams of `value` as trigram-utils reads it (ASCII punctuation and digits dropped, spaces collapsed, lower case), with their counts. */
interface TrigramCounts {
  /** Small trigram numbers seen, and their counts in `smallCounts`. */
  small: number[]
  smallCounts: Uint16Array
  other: Map<string, number>
}

// A sample has at most 2,048 trigrams, so 16 bits count any of them (half the memory to touch).
const smallCounts = new Uint16Array(smallTrigrams)

function trigramCounts(value: string): TrigramCounts {
  const codes = cleanCodes(value)
  const small: number[] = []
  const other = new Map<string, number>()
  // The letter numbers of the trigram's first two units roll along.
  let a = codes.length > 0 ? letterNumber(codes[0]!) : -1
  let b = codes.length > 1 ? letterNumber(codes[1]!) : -1
  for (let at = 0; at + 3 <= codes.length; at++, a = b, b = letterNumber(codes[at + 1]!)) {
    const c = letterNumber(codes[at + 2]!)
    if (a < 0 || b < 0 || c < 0) {
      const trigram = String.fromCharCode(codes[at]!, codes[at + 1]!, codes[at + 2]!)
      other.set(trigram, (other.get(trigram) ?? 0) + 1)
    } else {
      const number = (a * alphabet + b) * alphabet + c
      if (smallCounts[number]!++ === 0) small.push(number)
    }
  }
  return {small, smallCounts, other}
}

/** `letterCode` of a code unit. */
function letterNumber(code: number): number {
  if (code === 0x20) return 0
  return code >= 0x61 && code <= 0x7a ? code - 0x60 : -1
}

/**
 * The code units of `` ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} ` ``
 * (trigram-utils' cleaning), in one pass without building the strings. Lower-casing is per code unit
 * except for a capital sigma (its lower case depends on the next letter), a surrogate, and a unit
 * whose lower case is longer (`İ`): text with one of those takes the string route.
 */
function cleanCodes(value: string): Uint16Array {
  const out = new Uint16Array(value.length + 2)
  let length = 0
  out[length++] = 0x20
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if ((code >= 0x21 && code <= 0x40) || isJsSpace(code)) {
      if (out[length - 1] !== 0x20) out[length++] = 0x20
      continue
    }
    const lower = lowerUnit(code)
    if (lower < 0) return stringCodes(value)
    out[length++] = lower
  }
  // ' ' + '' + ' ' when nothing is left: two spaces, no trigram either way.
  if (length === 1 || out[length - 1] !== 0x20) out[length++] = 0x20
  return out.subarray(0, length)
}

function stringCodes(value: string): Uint16Array {
  const clean = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const out = new Uint16Array(clean.length)
  for (let index = 0; index < clean.length; index++) out[index] = clean.charCodeAt(index)
  return out
}

/** JavaScript's `\s`. */
function isJsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Lower case of each BMP code unit (0: not computed yet; 0xffff: not one unit, see `cleanCodes`). */
const lowerUnits = new Uint16Array(0x10000)

function lowerUnit(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20
  if (code < 0x80) return code
  let lower = lowerUnits[code]!
  if (lower === 0) {
    const folded = String.fromCharCode(code).toLowerCase()
    lower = code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff) || folded.length !== 1 ? 0xffff : folded.charCodeAt(0)
    lowerUnits[code] = lower
  }
  return lower === 0xffff ? -1 : lower
}

/** Add the cost of one trigram seen `count` times to the distance of every language whose model has it (pairs `from … to` of `entries`). */
function addTrigram(distances: Float64Array, entries: Int32Array, from: number, to: number, count: number): void {
  for (let at = from; at < to; at += 2) distances[entries[at]!]! += Math.abs(count - entries[at + 1]! - 1) - maxDifference
}

/**
 * The language franc detects in `value` (ISO 639-3, or `und`):
 * `franc(value, {minLength, only})`. With `only`, the text's trigrams are
 * compared with those languages' models alone, which is much cheaper.
 */
export function detectLanguage(value: string, minLength = 10, only?: readonly string[]): string {
  if (!value || value.length < minLength) return 'und'
  const sample = value.slice(0, maxLength)
  const [script, share] = topScript(sample)
  if (!script) return 'und'
  // A script without trigram data names its one language (`cmn` for Han), if allowed.
  if (!(script in data)) return share === 0 || (only && !only.includes(script)) ? 'und' : script
  const index = scriptIndex(script, only)
  const {languages} = index
  if (languages.length === 0) return 'und'
  const counts = trigramCounts(sample)
  // Every trigram a language lacks costs `maxDifference`; the ones it has cost the difference in rank.
  const distances = new Float64Array(languages.length).fill((counts.small.length + counts.other.size) * maxDifference)
  const {smallStart, smallEntries} = index
  for (const number of counts.small) {
    addTrigram(distances, smallEntries, smallStart[number]!, smallStart[number + 1]!, counts.smallCounts[number]!)
    // Leave the shared table zeroed for the next text.
    counts.smallCounts[number] = 0
  }
  for (const [trigram, count] of counts.other) {
    const entries = index.other.get(trigram)
    if (entries) addTrigram(distances, entries, 0, entries.length, count)
  }
  let best = 0
  for (let position = 1; position < languages.length; position++) if (distances[position]! < distances[best]!) best = position
  return languages[best]!
}
