/**
 * The comparison of an MT text with its reference, computed once per file
 * (`derived(context, 'alignment', …)`) and shared by every reference check
 * and the report section: tokens of both texts, the sentence alignment, and,
 * per aligned group on demand, a word alignment (LCS) and the bags of words
 * that tell what one side has and the other lacks.
 */
import {derived, type QaContext} from '../core/context.js'
import type {TextModel} from '../text/model.js'
import type {Span} from '../types.js'
import {alignSentences, type AlignedGroup} from './align.js'
import {mtReadings, referenceReadings, tokenize, type Token} from './tokens.js'

/** One text of the comparison. */
export interface Side {
  model: TextModel
  tokens: Token[]
  /** First token of each sentence, and one past the last (length: sentences + 1). */
  sentenceTokens: Int32Array
  /** Aligned group of each sentence. */
  groupOf: Int32Array
}

/** A word alignment of one group: matched token indexes (absolute), increasing on both sides. */
export interface GroupDiff {
  group: number
  /** Token ranges of the group, `[start, end)`. */
  mt: readonly [number, number]
  reference: readonly [number, number]
  pairs: ReadonlyArray<readonly [number, number]>
}

export interface Comparison {
  mt: Side
  reference: Side
  groups: AlignedGroup[]
  /**
   * Whether the reference is close enough to compare words (same language,
   * same article): the share of the smaller text's distinct content words the
   * other text has.
   */
  usable: boolean
  overlap: number
  /** Word alignment of group `index` (computed on first use). */
  diff: (index: number) => GroupDiff
  /** Keys of one side's tokens in groups `index - radius … index + radius`. */
  bag: (side: 'mt' | 'reference', index: number, radius: number) => ReadonlySet<string>
}

/** Comparison tokens of `context`'s MT text (computed once; shared with the comparison). */
export function mtTokensOf(context: QaContext): Token[] {
  return derived(context, 'mt-tokens', () => tokenize(context.model, mtReadings(context.targetNumbers, context.sourceNumbers)))
}

/** The comparison of `context`'s text with its reference, or `null` without one. */
export function comparisonOf(context: QaContext): Comparison | null {
  const {reference} = context
  if (!reference) return null
  return derived(context, 'alignment', () => compare(context.model, reference.model, context))
}

function compare(mtModel: TextModel, referenceModel: TextModel, context: QaContext): Comparison {
  const mtTokens = mtTokensOf(context)
  const referenceTokens = tokenize(referenceModel, referenceReadings(context.targetNumbers))
  const groups = alignSentences(sideInput(mtModel, mtTokens), sideInput(referenceModel, referenceTokens))
  const mt = side(mtModel, mtTokens, groups, 'mt')
  const reference = side(referenceModel, referenceTokens, groups, 'reference')
  const overlap = contentOverlap(mtTokens, referenceTokens)
  const diffs: Array<GroupDiff | undefined> = []
  // Bags by side, radius and group.
  const bags = {mt: [] as Array<Array<Set<string> | undefined>>, reference: [] as Array<Array<Set<string> | undefined>>}
  const tokenRange = (which: Side, sentences: readonly number[], at: number): [number, number] => {
    if (sentences.length === 0) {
      // An empty side sits between its neighbours' tokens.
      const position = tokenPosition(which, groups, at, which === mt ? 'mt' : 'reference')
      return [position, position]
    }
    return [which.sentenceTokens[sentences[0]!]!, which.sentenceTokens[sentences.at(-1)! + 1]!]
  }
  return {
    mt,
    reference,
    groups,
    usable: overlap >= 0.3,
    overlap,
    diff(index) {
      let diff = diffs[index]
      if (!diff) {
        const group = groups[index]!
        const mtRange = tokenRange(mt, group.mt, index)
        const referenceRange = tokenRange(reference, group.reference, index)
        diff = {group: index, mt: mtRange, reference: referenceRange, pairs: lcs(mtTokens, mtRange, referenceTokens, referenceRange)}
        diffs[index] = diff
      }
      return diff
    },
    bag(which, index, radius) {
      const cache = (bags[which][radius] ??= [])
      let bag = cache[index]
      if (!bag) {
        bag = new Set()
        const text = which === 'mt' ? mt : reference
        for (let at = Math.max(0, index - radius); at <= Math.min(groups.length - 1, index + radius); at++) {
          const sentences = groups[at]![which]
          for (const sentence of sentences) {
            for (let token = text.sentenceTokens[sentence]!; token < text.sentenceTokens[sentence + 1]!; token++) {
              const entry = text.tokens[token]!
              bag.add(entry.key)
              if (entry.alt) bag.add(entry.alt)
            }
          }
        }
        cache[index] = bag
      }
      return bag
    }
  }
}

function sideInput(model: TextModel, tokens: Token[]) {
  const lengths = new Float64Array(model.sentences.length)
  const paragraphs = new Int32Array(model.sentences.length)
  model.sentences.forEach((sentence, index) => {
    let length = 0
    for (let offset = sentence.start; offset < sentence.end; offset++) {
      const code = model.text.charCodeAt(offset)
      if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 0xa0) length++
    }
    lengths[index] = length
    paragraphs[index] = sentence.paragraph
  })
  return {lengths, paragraphs, tokens}
}

function side(model: TextModel, tokens: Token[], groups: readonly AlignedGroup[], which: 'mt' | 'reference'): Side {
  const count = model.sentences.length
  const sentenceTokens = new Int32Array(count + 1)
  let token = 0
  for (let sentence = 0; sentence < count; sentence++) {
    while (token < tokens.length && tokens[token]!.sentence < sentence) token++
    sentenceTokens[sentence] = token
  }
  sentenceTokens[count] = tokens.length
  const groupOf = new Int32Array(count).fill(-1)
  groups.forEach((group, index) => {
    for (const sentence of group[which]) groupOf[sentence] = index
  })
  return {model, tokens, sentenceTokens, groupOf}
}

/** Token index where an empty side of group `index` sits: after the tokens of the nearest earlier group that has some. */
function tokenPosition(which: Side, groups: readonly AlignedGroup[], index: number, key: 'mt' | 'reference'): number {
  for (let at = index - 1; at >= 0; at--) {
    const sentences = groups[at]![key]
    if (sentences.length > 0) return which.sentenceTokens[sentences.at(-1)! + 1]!
  }
  return 0
}

/** Share of the smaller text's distinct content keys that the other text has. */
function contentOverlap(mt: readonly Token[], reference: readonly Token[]): number {
  const mtKeys = new Set<string>()
  const mtAll = new Set<string>()
  for (const token of mt) {
    if (!token.content) continue
    mtKeys.add(token.key)
    mtAll.add(token.key)
    if (token.alt) mtAll.add(token.alt)
  }
  const referenceKeys = new Set<string>()
  for (const token of reference) if (token.content) referenceKeys.add(token.key)
  if (mtKeys.size === 0 || referenceKeys.size === 0) return mtKeys.size === referenceKeys.size ? 1 : 0
  let shared = 0
  for (const key of referenceKeys) if (mtAll.has(key)) shared++
  return shared / Math.min(mtKeys.size, referenceKeys.size)
}

/** Whether an MT token and a reference token are the same word or value. */
export function sameToken(mt: Token, reference: Token): boolean {
  return mt.key === reference.key || (mt.alt !== null && mt.alt === reference.key)
}

/** The LCS table, reused across groups. */
let lcsCells = new Uint16Array(4096)

/** A `(rows + 1) × width` table whose last row and column are 0: the program writes every other cell before reading it. */
function lcsTable(rows: number, width: number): Uint16Array {
  const size = (rows + 1) * width
  if (lcsCells.length < size) lcsCells = new Uint16Array(Math.max(size, lcsCells.length * 2))
  const table = lcsCells
  table.fill(0, rows * width, size)
  for (let row = 0; row < rows; row++) table[row * width + width - 1] = 0
  return table
}

/** Longest common subsequence of two token ranges; a bounded greedy match when the ranges are very long. */
function lcs(mt: readonly Token[], [mtStart, mtEnd]: readonly [number, number], reference: readonly Token[], [referenceStart, referenceEnd]: readonly [number, number]): Array<readonly [number, number]> {
  const head: Array<readonly [number, number]> = []
  const tail: Array<readonly [number, number]> = []
  let a = mtStart
  let b = referenceStart
  let c = mtEnd
  let d = referenceEnd
  while (a < c && b < d && sameToken(mt[a]!, reference[b]!)) head.push([a++, b++])
  while (a < c && b < d && sameToken(mt[c - 1]!, reference[d - 1]!)) tail.push([--c, --d])
  const rows = c - a
  const columns = d - b
  const middle: Array<readonly [number, number]> = []
  if (rows > 0 && columns > 0) {
    if (rows * columns <= 250_000) {
      const width = columns + 1
      const table = lcsTable(rows, width)
      for (let i = rows - 1; i >= 0; i--) {
        for (let j = columns - 1; j >= 0; j--) {
          table[i * width + j] = sameToken(mt[a + i]!, reference[b + j]!) ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!)
        }
      }
      let i = 0
      let j = 0
      while (i < rows && j < columns) {
        if (sameToken(mt[a + i]!, reference[b + j]!)) {
          middle.push([a + i, b + j])
          i++
          j++
        } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++
        else j++
      }
    } else {
      // Very long groups (text without sentence ends): match each token within a window ahead.
      let j = b
      for (let i = a; i < c && j < d; i++) {
        for (let k = j; k < Math.min(d, j + 64); k++) {
          if (sameToken(mt[i]!, reference[k]!)) {
            middle.push([i, k])
            j = k + 1
            break
          }
        }
      }
    }
  }
  return [...head, ...middle, ...tail.reverse()]
}

/** A span of the reference text. */
export function referenceSpan(comparison: Comparison, start: number, end: number): Span {
  const text = comparison.reference.model.text
  return {start, end, text: text.slice(start, end)}
}

/** Offsets of a group's sentences on one side, or `undefined` when it has none. */
export function groupSpan(which: Side, sentences: readonly number[]): {start: number; end: number} | undefined {
  if (sentences.length === 0) return undefined
  return {start: which.model.sentences[sentences[0]!]!.start, end: which.model.sentences[sentences.at(-1)!]!.end}
}

/**
 * The sentence of one side nearest to where group `index` sits: its own
 * first sentence, else the last sentence of an earlier group, else the first
 * of a later one.
 */
export function nearestSentence(comparison: Comparison, which: 'mt' | 'reference', index: number): number | undefined {
  const groups = comparison.groups
  const own = groups[index]?.[which]
  if (own && own.length > 0) return own[0]
  for (let at = index - 1; at >= 0; at--) {
    const sentences = groups[at]![which]
    if (sentences.length > 0) return sentences.at(-1)
  }
  for (let at = index + 1; at < groups.length; at++) {
    const sentences = groups[at]![which]
    if (sentences.length > 0) return sentences[0]
  }
  return undefined
}

/**
 * The token of the other side aligned nearest to token `index` of `from`
 * within its group: the matched token before it, else the one after, else
 * `undefined`.
 */
export function counterpart(diff: GroupDiff, from: 'mt' | 'reference', index: number): {before?: number; after?: number} {
  const mine = from === 'mt' ? 0 : 1
  const theirs = 1 - mine
  let before: number | undefined
  let after: number | undefined
  for (const pair of diff.pairs) {
    if (pair[mine]! < index) before = pair[theirs]
    else if (pair[mine]! > index) {
      after = pair[theirs]
      break
    }
  }
  const result: {before?: number; after?: number} = {}
  if (before !== undefined) result.before = before
  if (after !== undefined) result.after = after
  return result
}
