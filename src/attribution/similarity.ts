/**
 * Similarity measures for aligning attributions across two texts: content
 * token F1 (stopwords out, numbers normalised, light stemming), character
 * trigram Dice for direct quotes, and Jaro–Winkler for names.
 */
import {englishFunctionWords} from '../data/en/common-words.js'

export type Bag = Map<string, number>

const tokenPattern = /[\p{L}\p{N}]+(?:[.,'\u2019][\p{L}\p{N}]+)*/gu

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

/** Content-word bag of `text` (at most `limit` characters are read). */
export function bagOf(text: string, limit = 4000): Bag {
  const bag: Bag = new Map()
  const value = text.length > limit ? text.slice(0, limit) : text
  for (const match of value.toLowerCase().matchAll(tokenPattern)) {
    const token = match[0]
    if (englishFunctionWords.has(token)) continue
    const key = stem(token)
    if (key.length === 0) continue
    bag.set(key, (bag.get(key) ?? 0) + 1)
  }
  return bag
}

export function bagSize(bag: Bag): number {
  let total = 0
  for (const count of bag.values()) total += count
  return total
}

/** Token F1 of two bags (0 when either is empty). */
export function tokenF1(a: Bag, b: Bag): number {
  const sizeA = bagSize(a)
  const sizeB = bagSize(b)
  if (sizeA === 0 || sizeB === 0) return 0
  let common = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const [token, count] of small) common += Math.min(count, large.get(token) ?? 0)
  if (common === 0) return 0
  const precision = common / sizeA
  const recall = common / sizeB
  return (2 * precision * recall) / (precision + recall)
}

/** Share of `inner`'s tokens found in `outer` (containment, for a quote inside a longer sentence). */
export function containment(inner: Bag, outer: Bag): number {
  const size = bagSize(inner)
  if (size === 0) return 0
  let common = 0
  for (const [token, count] of inner) common += Math.min(count, outer.get(token) ?? 0)
  return common / size
}

/** Character trigrams of a string (lower-cased, spaces collapsed, at most `limit` characters), with their total. */
export interface Grams {
  map: Map<string, number>
  total: number
}

export function gramsOf(value: string, limit = 1500): Grams {
  const text = ` ${value.slice(0, limit).toLowerCase().replace(/\s+/g, ' ')} `
  const map = new Map<string, number>()
  for (let index = 0; index + 3 <= text.length; index++) {
    const gram = text.slice(index, index + 3)
    map.set(gram, (map.get(gram) ?? 0) + 1)
  }
  return {map, total: Math.max(0, text.length - 2)}
}

/** Dice coefficient of two trigram sets. */
export function gramDice(left: Grams, right: Grams): number {
  const total = left.total + right.total
  if (total === 0) return 0
  const [small, large] = left.map.size <= right.map.size ? [left.map, right.map] : [right.map, left.map]
  let common = 0
  for (const [gram, count] of small) common += Math.min(count, large.get(gram) ?? 0)
  return (2 * common) / total
}

/** Character-trigram Dice of two strings (lower-cased, spaces collapsed, at most `limit` characters). */
export function trigramDice(a: string, b: string, limit = 1500): number {
  return gramDice(gramsOf(a, limit), gramsOf(b, limit))
}

/** Jaro–Winkler similarity of two strings. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  if (a.length === 0 || b.length === 0) return 0
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const matchedA = new Array<boolean>(a.length).fill(false)
  const matchedB = new Array<boolean>(b.length).fill(false)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - range)
    const to = Math.min(b.length - 1, i + range)
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a[i] !== b[j]) continue
      matchedA[i] = true
      matchedB[j] = true
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
