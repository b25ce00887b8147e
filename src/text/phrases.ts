/**
 * Phrase matching over the words of a text model: a trie of normalised
 * words, matched longest-first, left to right, never across sentences.
 * Phrases are split into words by the same parser as the text, so
 * "country-state" or "sam's" are one word in both. Linear in the number of
 * words times the longest phrase.
 */
import {modelText} from '../languages/index.js'
import {foldInflection} from './inflection.js'
import {normalizeWord, type TextModel} from './model.js'
import type {TargetLanguage} from '../types.js'

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>
  values: T[]
}

/** A match of a phrase in a text. */
export interface PhraseMatch<T> {
  start: number
  end: number
  /** Index of the first and one past the last matched word. */
  wordStart: number
  wordEnd: number
  /** Every value registered for the matched phrase. */
  values: readonly T[]
  /** Whether the last word carried a possessive `'s` the phrase does not have. */
  possessive: boolean
}

/** Split a phrase into normalised words with the parser of `target`. */
export function phraseWords(phrase: string, target: TargetLanguage): string[] {
  return modelText(phrase, target).words.map((word) => word.norm)
}

/** Languages whose words are not separated by spaces: phrases match as substrings. */
export function matchesAsSubstring(target: TargetLanguage): boolean {
  return target === 'zh' || target === 'ja'
}

const determiners = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its'])

/**
 * In a lexicon literal, `{someone}` stands for the object MT puts inside an idiom (`pour {someone} pure wine` matches
 * `pour the residents pure wine`): one to `slotMaxWords` words of the same sentence. Only for matchers that fold
 * inflections (lexicon literals).
 */
export const objectSlot = '{someone}'
const slotKey = '\u0000slot'
const slotMaxWords = 3

// Folded words per text model, computed once and shared by every folding matcher.
const foldedWords = new WeakMap<TextModel, string[]>()

/** The words of `model` folded by `foldInflection`, computed once per model. */
export function foldedWordsOf(model: TextModel): string[] {
  let folded = foldedWords.get(model)
  if (!folded) {
    folded = model.words.map((word) => foldInflection(word.norm))
    foldedWords.set(model, folded)
  }
  return folded
}

export interface PhraseMatcherOptions {
  /**
   * Match English inflections of the phrase words too (`threw`, `throws`
   * for `throw`), and skip determiners the phrase lacks inside a match
   * (`bite our fingers` for `bite fingers`), for lexicon literals written
   * once.
   */
  inflections?: boolean
}

/** The longest phrase found from one word: where it ends, its values, and how its last word was read. */
interface Longest<T> {
  end: number
  values: T[]
  possessive: boolean
  /** Characters of the last word left out (the period of `Sun.`). */
  trim?: number
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = {next: new Map(), values: []}
  private readonly substrings: Array<{phrase: string; value: T}> = []
  private readonly folds: boolean
  readonly target: TargetLanguage

  constructor(target: TargetLanguage, options: PhraseMatcherOptions = {}) {
    this.target = target
    this.folds = options.inflections === true && target === 'en'
  }

  /** Register `phrase` (any case) with `value`. */
  add(phrase: string, value: T): void {
    if (matchesAsSubstring(this.target)) {
      if (phrase.length > 0) this.substrings.push({phrase: phrase.toLowerCase(), value})
      return
    }
    const words = this.folds && phrase.includes(objectSlot) ? this.slottedWords(phrase) : phraseWords(phrase, this.target).map((word) => (this.folds ? foldInflection(word) : word))
    if (words.length === 0) return
    let node = this.root
    for (const word of words) {
      let child = node.next.get(word)
      if (!child) {
        child = {next: new Map(), values: []}
        node.next.set(word, child)
      }
      node = child
    }
    node.values.push(value)
  }

  /** The folded words of a literal with object slots, the slots as `slotKey` (never first or last). */
  private slottedWords(phrase: string): string[] {
    const parts = phrase.split(objectSlot).map((part) => phraseWords(part, this.target).map(foldInflection))
    if (parts[0]!.length === 0 || parts[parts.length - 1]!.length === 0) throw new TypeError(`Unexpected \`${phrase}\`: an object slot must stand between words`)
    return parts.flatMap((part, index) => (index === 0 ? part : [slotKey, ...part]))
  }

  /** All longest, non-overlapping matches in `model`, in text order. */
  match(model: TextModel): Array<PhraseMatch<T>> {
    return matchesAsSubstring(this.target) ? this.matchSubstrings(model) : this.matchWords(model)
  }

  /**
   * The longest phrase that starts on word `index`, or undefined; word-based targets only (`match` reads Chinese and
   * Japanese as substrings). Lexicon checks ask it for a reading inside a match whose entries their guards refused.
   */
  matchAt(model: TextModel, index: number): PhraseMatch<T> | undefined {
    if (matchesAsSubstring(this.target) || index < 0 || index >= model.words.length) return undefined
    const keys = this.folds ? foldedWordsOf(model) : undefined
    const best = this.longestAt(model, keys, index)
    return best && this.toMatch(model, index, best)
  }

  private toMatch(model: TextModel, index: number, best: Longest<T>): PhraseMatch<T> {
    const {words} = model
    return {start: words[index]!.start, end: words[best.end - 1]!.end - (best.trim ?? 0), wordStart: index, wordEnd: best.end, values: best.values, possessive: best.possessive}
  }

  private longestAt(model: TextModel, keys: readonly string[] | undefined, index: number): Longest<T> | undefined {
    return this.longestFrom(model, keys, index, this.root, index)
  }

  /** The longest phrase from trie `start` matched from word `from` on (a phrase that began on word `index`). */
  private longestFrom(model: TextModel, keys: readonly string[] | undefined, index: number, start: TrieNode<T>, from: number): Longest<T> | undefined {
    const {words} = model
    const fold = this.folds ? foldInflection : (word: string): string => word
    let node: TrieNode<T> | undefined = start
    let best: Longest<T> | undefined
    const sentence = words[index]!.sentence
    for (let cursor = from; cursor < words.length && words[cursor]!.sentence === sentence; cursor++) {
      // `pour {someone} pure wine`: one to three words for the slot, then the rest of the literal.
      const slot = cursor > index ? node.next.get(slotKey) : undefined
      if (slot) {
        for (let taken = 1; taken <= slotMaxWords && cursor + taken < words.length && words[cursor + taken]!.sentence === sentence; taken++) {
          const after = this.longestFrom(model, keys, index, slot, cursor + taken)
          if (after && (!best || after.end > best.end)) best = after
        }
      }
      const norm = words[cursor]!.norm
      const key = keys ? keys[cursor]! : norm
      // `Uncle Sam's country's economy`: the phrase may end in a possessive.
      const last = norm.charCodeAt(norm.length - 1)
      const bare = last === 115 /* s */ && norm.charCodeAt(norm.length - 2) === 39 ? norm.slice(0, -2) : last === 39 && norm.charCodeAt(norm.length - 2) === 115 ? norm.slice(0, -1) : undefined
      const possessive = bare === undefined ? undefined : node.next.get(fold(bare))
      if (possessive && possessive.values.length > 0) best = {end: cursor + 1, values: possessive.values, possessive: true}
      const exact: TrieNode<T> | undefined = node.next.get(key)
      // retext-english reads `Sun.` or `Wed.` before a capital as an abbreviation, period included:
      // such a word may end a phrase without its period.
      if (!exact && norm.length > 1 && norm.charCodeAt(norm.length - 1) === 46 /* . */) {
        const dotted = node.next.get(fold(norm.slice(0, -1)))
        if (dotted && dotted.values.length > 0) best = {end: cursor + 1, values: dotted.values, possessive: false, trim: 1}
        break
      }
      // `bite our fingers` for the literal `bite fingers`: inside a phrase, a determiner the phrase does not
      // have is skipped (MT adds them as the sentence needs; the idiom is the same).
      if (!exact && keys && cursor > index && determiners.has(norm)) continue
      node = exact
      if (!node) break
      if (node.values.length > 0) best = {end: cursor + 1, values: node.values, possessive: false}
    }
    return best
  }

  private matchWords(model: TextModel): Array<PhraseMatch<T>> {
    const matches: Array<PhraseMatch<T>> = []
    const keys = this.folds ? foldedWordsOf(model) : undefined
    let index = 0
    while (index < model.words.length) {
      const best = this.longestAt(model, keys, index)
      if (!best) {
        index++
        continue
      }
      matches.push(this.toMatch(model, index, best))
      index = best.end
    }
    return matches
  }

  private matchSubstrings(model: TextModel): Array<PhraseMatch<T>> {
    const lower = lowerSameLength(model.text)
    const found: Array<PhraseMatch<T>> = []
    for (const {phrase, value} of this.substrings) {
      for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + phrase.length)) {
        found.push({start: at, end: at + phrase.length, wordStart: -1, wordEnd: -1, values: [value], possessive: false})
      }
    }
    // Longest first at each start, then drop overlaps.
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    const matches: Array<PhraseMatch<T>> = []
    let reached = 0
    for (const match of found) {
      if (match.start < reached) continue
      matches.push(match)
      reached = match.end
    }
    return matches
  }
}

/** Lower-case `text` without changing its length, so offsets stay valid. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let result = ''
  for (const char of text) {
    const folded = char.toLowerCase()
    result += folded.length === char.length ? folded : char
  }
  return result
}

export {normalizeWord}
