/**
 * Content one text has and the other lacks: runs of content words of the
 * reference absent from the aligned MT (omissions) and of the MT absent from
 * the aligned reference (additions), as clause, sentence or paragraph.
 * Computed once per file and shared, so the name and number checks can leave
 * alone what an omission or addition already reports.
 */
import {derived, type QaContext} from '../core/context.js'
import type {Token} from './tokens.js'
import {isRole} from './names.js'
import {nearestSentence, type Comparison, type Side} from './comparison.js'

export type GapSize = 'clause' | 'sentence' | 'paragraph'

/** Content of one side (`side`) that the other side lacks. */
export interface ContentGap {
  side: 'mt' | 'reference'
  /** First aligned group it lies in. */
  group: number
  /** Offsets on `side`. */
  start: number
  end: number
  /** Words and content words in it. */
  words: number
  content: number
  /** Sentences of `side` it covers whole. */
  sentences: number[]
  size: GapSize
  hasNumber: boolean
  hasName: boolean
  /** Where it sits on the other side: the nearest text there (a word for clauses, a sentence otherwise). */
  other: {start: number; end: number} | null
}

/** Content runs of `side` absent from the other side (computed once per file). */
export function contentGaps(context: QaContext, comparison: Comparison, side: 'mt' | 'reference'): ContentGap[] {
  return derived(context, `compare:gaps:${side}`, () => (comparison.usable ? findGaps(comparison, side) : []))
}

/** Minimum content words of a clause gap. */
const minContent = 3

interface Run {
  group: number
  first: number
  last: number
}

function findGaps(comparison: Comparison, which: 'mt' | 'reference'): ContentGap[] {
  const mine = comparison[which]
  const otherKey = which === 'mt' ? 'reference' : 'mt'
  const other = comparison[otherKey]
  const runs: Run[] = []
  comparison.groups.forEach((group, index) => {
    if (group[which].length === 0) return
    const diff = comparison.diff(index)
    const [start, end] = diff[which]
    const groupBag = comparison.bag(otherKey, index, 0)
    const covered = (token: Token) => !token.content || groupBag.has(token.key) || (token.alt !== null && groupBag.has(token.alt))
    let first = -1
    const close = (last: number) => {
      if (first < 0) return
      let from = first
      let to = last
      while (from <= to && !mine.tokens[from]!.content) from++
      while (to >= from && !mine.tokens[to]!.content) to--
      if (from <= to) runs.push({group: index, first: from, last: to})
      first = -1
    }
    for (let token = start; token < end; token++) {
      const entry = mine.tokens[token]!
      if (entry.content && covered(entry)) close(token - 1)
      else if (first < 0) first = token
    }
    close(end - 1)
  })
  const kept: Array<Run & {sentences: number[]}> = []
  for (const run of runs) {
    const sentences = wholeSentences(mine, run)
    const content = countContent(mine, run)
    if (content < minContent && sentences.length === 0) continue
    if (sentences.length > 0 && content < 2) continue
    if (movedNearby(comparison, mine, run, otherKey, content)) continue
    if (paraphrased(comparison, which, run, content)) continue
    if (which === 'reference' && introducesName(comparison, run)) continue
    kept.push({...run, sentences})
  }
  // Whole sentences in a row, across groups, are one gap.
  const merged: Array<Run & {sentences: number[]}> = []
  for (const run of kept) {
    const previous = merged.at(-1)
    const firstSentence = mine.tokens[run.first]!.sentence
    if (previous && previous.sentences.length > 0 && run.sentences[0] === firstSentence && previous.sentences.at(-1) === firstSentence - 1 && mine.tokens[previous.last]!.sentence === firstSentence - 1) {
      previous.last = run.last
      previous.sentences.push(...run.sentences)
      continue
    }
    merged.push({...run, sentences: [...run.sentences]})
  }
  return merged.map((run) => toGap(comparison, which, run))
}

function countContent(side: Side, run: Run): number {
  let count = 0
  for (let token = run.first; token <= run.last; token++) if (side.tokens[token]!.content) count++
  return count
}

/** Sentences whose every content token lies in the run. */
function wholeSentences(side: Side, run: Run): number[] {
  const sentences: number[] = []
  const firstSentence = side.tokens[run.first]!.sentence
  const lastSentence = side.tokens[run.last]!.sentence
  for (let sentence = firstSentence; sentence <= lastSentence; sentence++) {
    let from = side.sentenceTokens[sentence]!
    let to = side.sentenceTokens[sentence + 1]! - 1
    while (from <= to && !side.tokens[from]!.content) from++
    while (to >= from && !side.tokens[to]!.content) to--
    if (from > to) continue
    if (from >= run.first && to <= run.last) sentences.push(sentence)
  }
  return sentences
}

/**
 * Most of the run's content is in the neighbouring groups of the other side:
 * moved, not lost. Two groups either way, as two swapped sentences align as
 * 0–1, 1–1, 1–0.
 */
function movedNearby(comparison: Comparison, side: Side, run: Run, otherKey: 'mt' | 'reference', content: number): boolean {
  const nearby = comparison.bag(otherKey, run.group, 2)
  let moved = 0
  for (let token = run.first; token <= run.last; token++) {
    const entry = side.tokens[token]!
    if (entry.content && (nearby.has(entry.key) || (entry.alt !== null && nearby.has(entry.alt)))) moved++
  }
  return moved >= 0.6 * content
}

/**
 * The other side has its own unmatched content at about the same place (two
 * shared words either way, as rephrasing moves words): a rephrasing, not an
 * omission or addition.
 */
function paraphrased(comparison: Comparison, which: 'mt' | 'reference', run: Run, content: number): boolean {
  const otherKey = which === 'mt' ? 'reference' : 'mt'
  const diff = comparison.diff(run.group)
  const mine = which === 'mt' ? 0 : 1
  const {pairs} = diff
  let before = -1
  while (before + 1 < pairs.length && pairs[before + 1]![mine]! < run.first) before++
  let after = before + 1
  while (after < pairs.length && pairs[after]![mine]! <= run.last) after++
  const from = before - 2 >= 0 ? pairs[before - 2]![1 - mine]! + 1 : diff[otherKey][0]
  const to = after + 2 < pairs.length ? pairs[after + 2]![1 - mine]! : diff[otherKey][1]
  const other = comparison[otherKey]
  const bag = comparison.bag(which, run.group, 0)
  let unmatched = 0
  for (let token = from; token < to; token++) {
    const entry = other.tokens[token]!
    if (entry.content && !bag.has(entry.key) && !(entry.alt !== null && bag.has(entry.alt))) unmatched++
  }
  // Any unmatched content word there for a short run, a quarter as many for a long one.
  return unmatched >= Math.max(1, Math.ceil(content * 0.25))
}

/**
 * A name introduction the MT lacks around a name it has: the role before
 * (`White House national security spokesman John` before `Kirby`) or an
 * appositive after (`, a spokesman for E-Control,` after `Wolfgang Huber`).
 * name-fidelity reports those.
 */
function introducesName(comparison: Comparison, run: Run): boolean {
  const {tokens} = comparison.reference
  const text = comparison.reference.model.text
  const bag = comparison.bag('mt', run.group, 1)
  const last = tokens[run.last]!
  const after = tokens[run.last + 1]
  if (after && after.sentence === last.sentence && last.capitalized && after.capitalized && bag.has(after.key)) return true
  // The rest of a name the MT gives in part: `Hongbo, vice president of …` after `Zhang`.
  const before = tokens[run.first - 1]
  const first = tokens[run.first]!
  if (before && before.sentence === first.sentence && before.capitalized && first.capitalized && bag.has(before.key) && /^\s+$/.test(text.slice(before.end, first.start))) return true
  // Appositive: `Name, (a|the) role …` right after a name the MT has.
  let previous = run.first - 1
  while (previous >= 0 && !tokens[previous]!.content && tokens[previous]!.sentence === tokens[run.first]!.sentence) previous--
  const name = tokens[previous]
  if (!name || name.sentence !== tokens[run.first]!.sentence || !name.capitalized || !bag.has(name.key)) return false
  return /^['’]?s?\s*,\s/.test(text.slice(name.end, tokens[run.first]!.start)) && isRole(tokens[run.first]!.key)
}

function toGap(comparison: Comparison, which: 'mt' | 'reference', run: Run & {sentences: number[]}): ContentGap {
  const side = comparison[which]
  const otherKey = which === 'mt' ? 'reference' : 'mt'
  const other = comparison[otherKey]
  const {tokens} = side
  let hasNumber = false
  let hasName = false
  let words = 0
  for (let token = run.first; token <= run.last; token++) {
    const entry = tokens[token]!
    words++
    if (entry.number) hasNumber = true
    if (entry.capitalized && entry.content && token > side.sentenceTokens[entry.sentence]!) hasName = true
  }
  let start = tokens[run.first]!.start
  let end = tokens[run.last]!.end
  if (run.sentences.length > 0) {
    // Whole sentences: take their punctuation too.
    const sentences = side.model.sentences
    if (run.sentences[0] === tokens[run.first]!.sentence) start = Math.min(start, sentences[run.sentences[0]!]!.start)
    if (run.sentences.at(-1) === tokens[run.last]!.sentence) end = Math.max(end, sentences[run.sentences.at(-1)!]!.end)
  }
  const paragraphWords = run.sentences.length > 0 ? paragraphCovered(side, run.sentences) : false
  const size: GapSize = run.sentences.length >= 2 || (paragraphWords && words >= 25) ? 'paragraph' : run.sentences.length === 1 ? 'sentence' : 'clause'
  return {
    side: which,
    group: run.group,
    start,
    end,
    words,
    content: countContent(side, run),
    sentences: run.sentences,
    size,
    hasNumber,
    hasName,
    other: otherPosition(comparison, which, run, size, other, otherKey)
  }
}

/** Whether `sentences` are a whole paragraph. */
function paragraphCovered(side: Side, sentences: readonly number[]): boolean {
  const paragraph = side.model.paragraphs[side.model.sentences[sentences[0]!]!.paragraph]!
  return paragraph.sentenceStart === sentences[0] && paragraph.sentenceEnd === sentences.at(-1)! + 1
}

function otherPosition(comparison: Comparison, which: 'mt' | 'reference', run: Run, size: GapSize, other: Side, otherKey: 'mt' | 'reference'): {start: number; end: number} | null {
  const diff = comparison.diff(run.group)
  const mine = which === 'mt' ? 0 : 1
  let before: number | undefined
  let after: number | undefined
  for (const pair of diff.pairs) {
    if (pair[mine]! < run.first) before = pair[1 - mine]
    else if (pair[mine]! > run.last) {
      after = pair[1 - mine]
      break
    }
  }
  const token = before ?? after
  // A clause points at the word next to where it is missing; a sentence or more at the sentence there.
  if (token !== undefined && size === 'clause') return {start: other.tokens[token]!.start, end: other.tokens[token]!.end}
  const group = comparison.groups[run.group]!
  const sentence = token !== undefined ? other.tokens[token]!.sentence : group[otherKey].length > 0 ? group[otherKey][0] : nearestSentence(comparison, otherKey, run.group)
  if (sentence === undefined) return null
  const range = other.model.sentences[sentence]!
  return {start: range.start, end: range.end}
}
