/**
 * `franc(value, {minLength})` with the same data and the same answer, faster.
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
 * A trigram as a map key: an ASCII trigram as one small integer (no string
 * to slice and hash), any other as its string.
 */
type TrigramKey = number | string

function trigramKey(text: string, at: number): TrigramKey {
  const a = text.charCodeAt(at)
  const b = text.charCodeAt(at + 1)
  const c = text.charCodeAt(at + 2)
  return (a | b | c) < 0x80 ? (a << 14) | (b << 7) | c : text.slice(at, at + 3)
}

interface ScriptIndex {
  languages: string[]
  /** Per trigram: pairs of (language index, weight), flattened. */
  trigrams: Map<TrigramKey, number[]>
}

const indexes = new Map<string, ScriptIndex>()

/** The trigram index of `script`, built on first use exactly as franc builds its models. */
function scriptIndex(script: string): ScriptIndex {
  let index = indexes.get(script)
  if (index) return index
  const languages = Object.keys(data[script]!)
  const trigrams = new Map<TrigramKey, number[]>()
  languages.forEach((language, position) => {
    // As franc: the weight of a trigram is its first position in the model list.
    const model = data[script]![language]!.split('|')
    const weights = new Map<string, number>()
    for (let weight = model.length - 1; weight >= 0; weight--) weights.set(model[weight]!, weight)
    for (const [trigram, weight] of weights) {
      // Model entries are three characters, as the text's trigrams.
      const key = trigram.length === 3 ? trigramKey(trigram, 0) : trigram
      let list = trigrams.get(key)
      if (!list) trigrams.set(key, (list = []))
      list.push(position, weight)
    }
  })
  index = {languages, trigrams}
  indexes.set(script, index)
  return index
}

/** The script expression that matches most of `value` (franc's `getTopScript`), with its share. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1
  let top: string | undefined
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0
    if (count > topCount) {
      topCount = count
      top = script
    }
  }
  return [top, topCount]
}

/** Trigram counts of `value` as trigram-utils reads it (ASCII punctuation and digits dropped, spaces collapsed, lower case). */
function trigramCounts(value: string): Map<TrigramKey, number> {
  const clean = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const counts = new Map<TrigramKey, number>()
  for (let at = 0; at + 3 <= clean.length; at++) {
    const key = trigramKey(clean, at)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** The language franc detects in `value` (ISO 639-3, or `und`). */
export function detectLanguage(value: string, minLength = 10): string {
  if (!value || value.length < minLength) return 'und'
  const sample = value.slice(0, maxLength)
  const [script, share] = topScript(sample)
  if (!script) return 'und'
  if (!(script in data)) return share === 0 ? 'und' : script
  const {languages, trigrams} = scriptIndex(script)
  const counts = trigramCounts(sample)
  // Every trigram a language lacks costs `maxDifference`; the ones it has cost the difference in rank.
  const distances = new Float64Array(languages.length).fill(counts.size * maxDifference)
  for (const [trigram, count] of counts) {
    const list = trigrams.get(trigram)
    if (!list) continue
    for (let at = 0; at < list.length; at += 2) distances[list[at]!]! += Math.abs(count - list[at + 1]! - 1) - maxDifference
  }
  let best = 0
  for (let position = 1; position < languages.length; position++) if (distances[position]! < distances[best]!) best = position
  return languages[best]!
}
