/**
 * Similarity measures for aligning attributions across two texts: content
 * token F1 (stopwords out, numbers normalised, light stemming), character
 * trigram Dice for direct quotes, and Jaro–Winkler for names.
 */
import {englishFunctionWords} from '../data/en/common-words.js'

/**
 * Token counts. A token is its bag key (stem) as a number from one shared
 * vocabulary: `ids` ascending, `counts[i]` how often `ids[i]` occurs.
 */
export interface Bag {
  ids: Int32Array
  counts: Int32Array
  /** Distinct tokens. */
  size: number
  /** All tokens (the sum of the counts). */
  total: number
}


function stem(token: string): string {
  if (/^\d/.test(token)) return token.replace(/[.,]/g, '')
  let value = token.replace(/['\u2019]s$/, '')
  if (value.length > 5 && value.endsWith('ing')) value = value.slice(0, -3)
  else if (value.length > 4 && value.endsWith('ied')) value = value.slice(0, -3) + 'y'
  else if (value.length > 4 && value.endsWith('ed')) value = value.slice(0, -2)
  else if (value.length > 4 && value.endsWith('ies')) value = value.slice(0, -3) + 'y'
  else if (value.length > 3 && value.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(value)) value = value.slice(0, -2)
  else if (value.length > 3 && value.endsWith('s') && !value.endsWith('ss')) value = value.slice(0, -1)
  if (value.length > 5 && value.endsWith('ly')) value = value.slice(0, -2)
  return value
}

/** Vocabulary id of each token seen (-1 for function words and empty stems). */
const tokenIds = new Map<string, number>()
/** Vocabulary id of each bag key (stem). */
const keyIds = new Map<string, number>()

function tokenId(token: string): number {
  let id = tokenIds.get(token)
  if (id === undefined) {
    const key = englishFunctionWords.has(token) ? '' : stem(token)
    if (key.length === 0) id = -1
    else {
      id = keyIds.get(key)
      if (id === undefined) {
        id = keyIds.size
        keyIds.set(key, id)
      }
    }
    tokenIds.set(token, id)
  }
  return id
}

/**
 * Bags are only comparable under one vocabulary: forget it (and so
 * invalidate every bag built so far) when it has grown large. Call only
 * when no bag is kept; says whether it was forgotten.
 */
export function resetVocabulary(limit = 200000): boolean {
  if (tokenIds.size < limit && keyIds.size < limit) return false
  tokenIds.clear()
  keyIds.clear()
  return true
}

const letterOrNumber = /^[\p{L}\p{N}]$/u
/** Whether each non-ASCII code point seen is a letter or number (`\p{L}`, `\p{N}`), bounded. */
const wordCharCache = new Map<number, boolean>()

/** Length (0, 1 or 2 code units) of the letter or number at `index` of `text`. */
function wordCharAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? 1 : 0
  if (Number.isNaN(code)) return 0
  const point = text.codePointAt(index)!
  let word = wordCharCache.get(point)
  if (word === undefined) {
    word = letterOrNumber.test(String.fromCodePoint(point))
    if (wordCharCache.size >= 20000) wordCharCache.clear()
    wordCharCache.set(point, word)
  }
  if (!word) return 0
  return point > 0xffff ? 2 : 1
}

/** Whether `code` joins two runs of letters and numbers into one token (`[.,'\u2019]`). */
function isJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x27 || code === 0x2019
}

/** The distinct values of a sorted array, ascending, with how often each occurs. */
function countSorted<Keys extends Int32Array | Float64Array>(
  sorted: Keys,
  Make: new (length: number) => Keys
): {keys: Keys; counts: Int32Array} {
  let distinct = 0
  for (let at = 0; at < sorted.length; at++) if (at === 0 || sorted[at] !== sorted[at - 1]) distinct++
  const keys = new Make(distinct)
  const counts = new Int32Array(distinct)
  let slot = -1
  for (let at = 0; at < sorted.length; at++) {
    if (at === 0 || sorted[at] !== sorted[at - 1]) keys[++slot] = sorted[at]!
    counts[slot]!++
  }
  return {keys, counts}
}

/** Token ids of the bag being built: tokens are separated, so at most one per two characters (rounded up). */
let scratch = new Int32Array(2048)

/** Content-word bag of `text` (at most `limit` characters are read). */
export function bagOf(text: string, limit = 4000): Bag {
  const value = text.length > limit ? text.slice(0, limit) : text
  const lower = value.toLowerCase()
  if (scratch.length < lower.length / 2 + 1) scratch = new Int32Array(Math.ceil(lower.length / 2) + 1)
  const found = scratch
  let total = 0
  // The tokens of `/[\p{L}\p{N}]+(?:[.,'\u2019][\p{L}\p{N}]+)*/gu`, scanned by hand: a run of letters and numbers, then `[.,'’]` + run, repeatedly.
  let index = 0
  const length = lower.length
  while (index < length) {
    let step = wordCharAt(lower, index)
    if (step === 0) {
      index++
      continue
    }
    const start = index
    index += step
    for (;;) {
      while (index < length && (step = wordCharAt(lower, index)) > 0) index += step
      if (index + 1 < length && isJoiner(lower.charCodeAt(index)) && (step = wordCharAt(lower, index + 1)) > 0) {
        index += 1 + step
        continue
      }
      break
    }
    const id = tokenId(lower.slice(start, index))
    if (id < 0) continue
    found[total++] = id
  }
  const {keys: ids, counts} = countSorted(found.subarray(0, total).sort(), Int32Array)
  const size = ids.length
  return {ids, counts, size, total}
}

export function bagSize(bag: Bag): number {
  return bag.total
}

/**
 * Σ min(count in a, count in b) over two sorted multisets: `keys` ascending
 * and distinct, `counts[i]` how often `keys[i]` occurs (bags and trigrams).
 */
function commonCount(
  left: ArrayLike<number>,
  countsLeft: ArrayLike<number>,
  right: ArrayLike<number>,
  countsRight: ArrayLike<number>
): number {
  let common = 0
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    const x = left[i]!
    const y = right[j]!
    if (x < y) i++
    else if (x > y) j++
    else {
      common += Math.min(countsLeft[i]!, countsRight[j]!)
      i++
      j++
    }
  }
  return common
}

/** Token F1 of two bags (0 when either is empty). */
export function tokenF1(a: Bag, b: Bag): number {
  const sizeA = bagSize(a)
  const sizeB = bagSize(b)
  if (sizeA === 0 || sizeB === 0) return 0
  const common = commonCount(a.ids, a.counts, b.ids, b.counts)
  if (common === 0) return 0
  const precision = common / sizeA
  const recall = common / sizeB
  return (2 * precision * recall) / (precision + recall)
}

/** Share of `inner`'s tokens found in `outer` (containment, for a quote inside a longer sentence). */
export function containment(inner: Bag, outer: Bag): number {
  const size = bagSize(inner)
  if (size === 0) return 0
  return commonCount(inner.ids, inner.counts, outer.ids, outer.counts) / size
}

/**
 * Character trigrams of a string (lower-cased, spaces collapsed, at most `limit` characters), with their total.
 * A trigram is its three UTF-16 code units packed into one number; `keys` are
 * the distinct trigrams in ascending order, `counts` how often each occurs.
 */
export interface Grams {
  keys: Float64Array
  counts: Int32Array
  total: number
}

export function gramsOf(value: string, limit = 1500): Grams {
  const text = ` ${value.slice(0, limit).toLowerCase().replace(/\s+/g, ' ')} `
  const total = Math.max(0, text.length - 2)
  const all = new Float64Array(total)
  for (let index = 0; index + 3 <= text.length; index++) {
    all[index] = (text.charCodeAt(index) * 65536 + text.charCodeAt(index + 1)) * 65536 + text.charCodeAt(index + 2)
  }
  const {keys, counts} = countSorted(all.sort(), Float64Array)
  return {keys, counts, total}
}

/** Dice coefficient of two trigram sets. */
export function gramDice(left: Grams, right: Grams): number {
  const total = left.total + right.total
  if (total === 0) return 0
  const common = commonCount(left.keys, left.counts, right.keys, right.counts)
  return (2 * common) / total
}

/** Character-trigram Dice of two strings (lower-cased, spaces collapsed, at most `limit` characters). */
export function trigramDice(a: string, b: string, limit = 1500): number {
  return gramDice(gramsOf(a, limit), gramsOf(b, limit))
}

/** Jaro–Winkler similarity of each pair of strings seen, bounded (names repeat across pairs). */
const jaroCache = new Map<string, number>()

/** Jaro–Winkler similarity of two strings. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  const key = `${a}\u0000${b}`
  let value = jaroCache.get(key)
  if (value === undefined) {
    value = jaroWinklerUncached(a, b)
    if (jaroCache.size >= 20000) jaroCache.clear()
    jaroCache.set(key, value)
  }
  return value
}

function jaroWinklerUncached(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const matchedA = new Uint8Array(a.length)
  const matchedB = new Uint8Array(b.length)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - range)
    const to = Math.min(b.length - 1, i + range)
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a[i] !== b[j]) continue
      matchedA[i] = 1
      matchedB[j] = 1
      matches++
      break
    }
  }
  if (matches === 0) return 0
  let transpositions = 0
  let k = 0
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue
    while (!matchedB[k]) k++
    if (a[i] !== b[k]) transpositions++
    k++
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3
  let prefix = 0
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}
