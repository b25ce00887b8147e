/**
 * TER (translation edit rate), reproducing sacreBLEU 2.6.0's tercom-compatible
 * implementation (`TER` / `corpus_ter` / `sentence_ter`, "Copyright 2020
 * Memsource", Apache-2.0), including its search limits: shifts of at most 10
 * words over at most 50 positions, a beam of 25 around the length-scaled
 * diagonal, and at most 1000 shift candidates per segment and reference.
 *
 * Speed: every candidate is a shift of the current hypothesis, so its
 * edit-distance rows before the first changed position equal the current
 * hypothesis' rows; only the rest is recomputed (sacreBLEU uses a prefix trie
 * for the same effect; results do not depend on it).
 */
import {terSignature} from './signature.js'
import {tokenizeTer, type TerTokenizerOptions} from './tokenizers.js'
import type {TerOptions, TerResult} from './types.js'
import {Vocabulary} from './ngrams.js'
import {booleanOption, checkHypotheses, checkOptionKeys, checkReferenceStreams, checkSentence} from './validate.js'
import {pyRstrip, pySplit} from './whitespace.js'

const MAX_SHIFT_SIZE = 10
const MAX_SHIFT_DIST = 50
const BEAM_WIDTH = 25
const MAX_SHIFT_CANDIDATES = 1000
// Any cell value ≥ INF is "unreachable"; INF + 1 still fits in an Int32.
const INF = 0x3fffffff

const OP_NOP = 0
const OP_SUB = 1
const OP_INS = 2
const OP_DEL = 3
const OP_UNDEF = 4

const OPTION_KEYS = ['normalized', 'noPunct', 'asianSupport', 'caseSensitive'] as const

/** Beam edit distance between a fixed reference and hypotheses of one fixed length. */
class BeamEditDistance {
  private readonly ref: Int32Array
  private readonly nRef: number
  private readonly nHyp: number
  private readonly width: number
  private readonly minJ: Int32Array
  private readonly maxJ: Int32Array
  /** Full matrix (costs and operations) of the last hypothesis passed to `full()`. */
  readonly cost: Int32Array
  private readonly ops: Uint8Array
  private rowA: Int32Array
  private rowB: Int32Array
  /** Buffers of `bestShift()`, one per segment pair: the trace, and the alignment and error sums read from it. */
  readonly traceOps: Uint8Array
  readonly align: Int32Array
  readonly hypErrSum: Int32Array
  readonly refErrSum: Int32Array

  constructor(ref: Int32Array, nHyp: number) {
    this.ref = ref
    this.nRef = ref.length
    this.nHyp = nHyp
    const width = this.nRef + 1
    this.width = width
    const ratio = nHyp > 0 ? this.nRef / nHyp : 1
    // In very unbalanced pairs the beam widens so rows still overlap.
    const beam = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH
    this.minJ = new Int32Array(nHyp + 1)
    this.maxJ = new Int32Array(nHyp + 1)
    this.maxJ[0] = width
    for (let i = 1; i <= nHyp; i++) {
      const diagonal = Math.floor(i * ratio)
      this.minJ[i] = Math.max(0, diagonal - beam)
      this.maxJ[i] = i === nHyp ? width : Math.min(width, diagonal + beam)
    }
    this.cost = new Int32Array((nHyp + 1) * width)
    this.ops = new Uint8Array((nHyp + 1) * width)
    for (let j = 0; j < width; j++) {
      this.cost[j] = j
      this.ops[j] = OP_INS
    }
    this.rowA = new Int32Array(width)
    this.rowB = new Int32Array(width)
    this.traceOps = new Uint8Array(nHyp + this.nRef)
    this.align = new Int32Array(this.nRef)
    this.hypErrSum = new Int32Array(nHyp + 1)
    this.refErrSum = new Int32Array(this.nRef + 1)
  }

  /** Rows `0 … validRows` of the matrix are those of the current hypothesis. */
  private validRows = 0

  /** The current hypothesis changed from word `prefix` on: earlier rows stay valid. */
  changed(prefix: number): void {
    if (prefix < this.validRows) this.validRows = prefix
  }

  /** Computes the full matrix for `words` (kept for `trace()`), returns the distance. */
  full(words: Int32Array): number {
    const {ref, width, cost, ops, minJ, maxJ, nHyp} = this
    for (let i = this.validRows + 1; i <= nHyp; i++) {
      const row = i * width
      const above = row - width
      cost.fill(INF, row, row + width)
      ops.fill(OP_UNDEF, row, row + width)
      const word = words[i - 1]!
      const end = maxJ[i]!
      for (let j = minJ[i]!; j < end; j++) {
        if (j === 0) {
          cost[row] = cost[above]! + 1
          ops[row] = OP_DEL
          continue
        }
        let best = INF
        let op = OP_UNDEF
        const diagonal = word === ref[j - 1] ? cost[above + j - 1]! : cost[above + j - 1]! + 1
        if (best > diagonal) {
          best = diagonal
          op = word === ref[j - 1] ? OP_NOP : OP_SUB
        }
        const deletion = cost[above + j]! + 1
        if (best > deletion) {
          best = deletion
          op = OP_DEL
        }
        const insertion = cost[row + j - 1]! + 1
        if (best > insertion) {
          best = insertion
          op = OP_INS
        }
        cost[row + j] = best
        ops[row + j] = op
      }
    }
    this.validRows = nHyp
    return cost[nHyp * width + this.nRef]!
  }

  /**
   * The distance of `words`, whose first `prefix` words equal those of the
   * last `full()` hypothesis; or, as soon as it is certain to exceed `limit`,
   * some value above `limit`. From cell (i, j) the last cell is at least
   * |(nHyp − i) − (nRef − j)| edits away and costs never decrease along a
   * path, so a row where every cell plus that distance exceeds `limit` proves it.
   */
  fromPrefix(words: Int32Array, prefix: number, limit: number): number {
    const {ref, width, cost, minJ, maxJ, nHyp, nRef} = this
    if (prefix >= nHyp) return cost[nHyp * width + nRef]!
    let previous = this.rowA
    let current = this.rowB
    previous.set(cost.subarray(prefix * width, prefix * width + width))
    for (let i = prefix + 1; i <= nHyp; i++) {
      current.fill(INF)
      const word = words[i - 1]!
      const end = maxJ[i]!
      // The remaining length difference at column j is |shift − j|.
      const shift = nRef - (nHyp - i)
      let bound = INF
      for (let j = minJ[i]!; j < end; j++) {
        let best = INF
        if (j === 0) {
          best = previous[0]! + 1
        } else {
          const diagonal = word === ref[j - 1] ? previous[j - 1]! : previous[j - 1]! + 1
          if (best > diagonal) best = diagonal
          const deletion = previous[j]! + 1
          if (best > deletion) best = deletion
          const insertion = current[j - 1]! + 1
          if (best > insertion) best = insertion
        }
        current[j] = best
        const least = best + (shift > j ? shift - j : j - shift)
        if (bound > least) bound = least
      }
      if (bound > limit) return bound
      const swap = previous
      previous = current
      current = swap
    }
    this.rowA = previous
    this.rowB = current
    return previous[nRef]!
  }

  /**
   * The operations of the last `full()` matrix, from the start (hypothesis →
   * reference): `traceOps[start …]`, where `start` is returned. A trace has at
   * most nHyp + nRef operations, so it is written backwards into one buffer.
   */
  trace(): number {
    const {width, ops, traceOps} = this
    let start = traceOps.length
    let i = this.nHyp
    let j = this.nRef
    while (i > 0 || j > 0) {
      const op = ops[i * width + j]!
      traceOps[--start] = op
      if (op === OP_NOP || op === OP_SUB) {
        i--
        j--
      } else if (op === OP_INS) {
        j--
      } else if (op === OP_DEL) {
        i--
      } else {
        throw new Error('TER: unreachable cell on the edit-distance trace (please report this input)')
      }
    }
    return start
  }
}

/** Python slice `words[from:to]` appended to `out` at `at`; returns the new end. */
function copySlice(words: Int32Array, from: number, to: number, out: Int32Array, at: number): number {
  const n = words.length
  const start = Math.min(from, n)
  const end = Math.min(to, n)
  // A loop, not `set(subarray())`: slices are a few words, and a subarray is an allocation.
  let position = at
  for (let index = start; index < end; index++) out[position++] = words[index]!
  return position
}

/** sacreBLEU `_perform_shift`: move `words[start:start+length]` before index `target`. */
function performShift(words: Int32Array, start: number, length: number, target: number, out: Int32Array): void {
  const n = words.length
  let at = 0
  if (target < start) {
    at = copySlice(words, 0, target, out, at)
    at = copySlice(words, start, start + length, out, at)
    at = copySlice(words, target, start, out, at)
    copySlice(words, start + length, n, out, at)
  } else if (target > start + length) {
    at = copySlice(words, 0, start, out, at)
    at = copySlice(words, start + length, target, out, at)
    at = copySlice(words, start, start + length, out, at)
    copySlice(words, target, n, out, at)
  } else {
    at = copySlice(words, 0, start, out, at)
    at = copySlice(words, start + length, length + target, out, at)
    at = copySlice(words, start, start + length, out, at)
    copySlice(words, length + target, n, out, at)
  }
}

interface ShiftResult {
  /** Edit distance of the hypothesis the search started from. */
  preScore: number
  delta: number
  words: Int32Array
  checked: number
}

/** sacreBLEU `_shift`: the best shift of `words` (by edit-distance gain, then length, then earliest start, then earliest target). */
function bestShift(words: Int32Array, ref: Int32Array, positions: WordPositions, ed: BeamEditDistance, checkedIn: number, scratch: Int32Array): ShiftResult {
  let checked = checkedIn
  const nHyp = words.length
  const nRef = ref.length
  const preScore = ed.full(words)
  const traceStart = ed.trace()

  // Alignment of the flipped trace (reference rewritten into the hypothesis):
  // align[refPos] = hypPos, plus error flags on both sides (as prefix sums).
  // Every entry but the first (0) of each is written below, so the buffers are reused as they are.
  const {align, hypErrSum, refErrSum, traceOps: trace} = ed
  let posHyp = -1
  let posRef = -1
  for (let index = traceStart; index < trace.length; index++) {
    const op = trace[index]!
    if (op === OP_NOP || op === OP_SUB) {
      posHyp++
      posRef++
      align[posRef] = posHyp
      const error = op === OP_SUB ? 1 : 0
      hypErrSum[posHyp + 1] = hypErrSum[posHyp]! + error
      refErrSum[posRef + 1] = refErrSum[posRef]! + error
    } else if (op === OP_DEL) {
      // A deleted hypothesis word: an insertion after the flip.
      posHyp++
      hypErrSum[posHyp + 1] = hypErrSum[posHyp]! + 1
    } else {
      // An inserted reference word: a deletion after the flip.
      posRef++
      align[posRef] = posHyp
      refErrSum[posRef + 1] = refErrSum[posRef]! + 1
    }
  }

  let found = false
  let bestDelta = 0
  let bestLength = 0
  let bestStart = 0
  let bestTarget = 0

  search: for (let startH = 0; startH < nHyp; startH++) {
    const fromR = Math.max(0, startH - MAX_SHIFT_DIST)
    const toR = Math.min(nRef, startH + MAX_SHIFT_DIST + 1)
    // Only reference positions holding this word can start a shift: visit them in increasing order.
    for (let startR = positions.first.get(words[startH]!) ?? -1; startR !== -1 && startR < toR; startR = positions.next[startR]!) {
      if (startR < fromR) continue
      let length = 0
      while (length < MAX_SHIFT_SIZE && words[startH + length] === ref[startR + length]) {
        length++
        // Candidate (startH, startR, length).
        if (hypErrSum[startH + length]! - hypErrSum[startH]! !== 0 && refErrSum[startR + length]! - refErrSum[startR]! !== 0) {
          const aligned = align[startR]!
          if (!(startH <= aligned && aligned < startH + length)) {
            let previousTarget = -1
            for (let offset = -1; offset < length; offset++) {
              const target = startR + offset === -1 ? 0 : align[startR + offset]! + 1
              if (target === previousTarget) continue
              previousTarget = target
              performShift(words, startH, length, target, scratch)
              // Only a candidate that gains at least as much as the best so far (and at least one
              // edit: a best shift without gain is not applied) can change the result.
              const delta = preScore - ed.fromPrefix(scratch, Math.min(startH, target), preScore - (found && bestDelta > 1 ? bestDelta : 1))
              checked++
              if (
                !found ||
                delta > bestDelta ||
                (delta === bestDelta &&
                  (length > bestLength || (length === bestLength && (startH < bestStart || (startH === bestStart && target < bestTarget)))))
              ) {
                found = true
                bestDelta = delta
                bestLength = length
                bestStart = startH
                bestTarget = target
              }
            }
            if (checked >= MAX_SHIFT_CANDIDATES) break search
          }
        }
        if (startH + length === nHyp || startR + length === nRef) break
      }
    }
  }

  if (!found) return {preScore, delta: 0, words, checked}
  const shifted = new Int32Array(nHyp)
  performShift(words, bestStart, bestLength, bestTarget, shifted)
  ed.changed(Math.min(bestStart, bestTarget))
  return {preScore, delta: bestDelta, words: shifted, checked}
}

/** Where each word occurs in the reference: its first position, and from each position the next one with the same word (-1: none). */
interface WordPositions {
  first: Map<number, number>
  next: Int32Array
}

function wordPositions(ref: Int32Array): WordPositions {
  const first = new Map<number, number>()
  const next = new Int32Array(ref.length)
  for (let position = ref.length - 1; position >= 0; position--) {
    next[position] = first.get(ref[position]!) ?? -1
    first.set(ref[position]!, position)
  }
  return {first, next}
}

/** sacreBLEU `translation_edit_rate`: [edits, reference length] for token-id sequences. */
function translationEditRate(hyp: Int32Array, ref: Int32Array): number {
  if (ref.length === 0) return hyp.length
  const ed = new BeamEditDistance(ref, hyp.length)
  const positions = wordPositions(ref)
  const scratch = new Int32Array(hyp.length)
  let words = hyp
  let checked = 0
  let shifts = 0
  for (;;) {
    const result = bestShift(words, ref, positions, ed, checked, scratch)
    checked = result.checked
    // The cap is checked before the gain: the best shift of the iteration
    // that reached it is not applied.
    if (checked >= MAX_SHIFT_CANDIDATES || result.delta <= 0) return shifts + result.preScore
    shifts++
    words = result.words
  }
}

function resolveOptions(fn: string, options: unknown): Required<TerOptions> {
  const record = checkOptionKeys(fn, options, OPTION_KEYS)
  return {
    normalized: booleanOption(fn, record, 'normalized', false),
    noPunct: booleanOption(fn, record, 'noPunct', false),
    asianSupport: booleanOption(fn, record, 'asianSupport', false),
    caseSensitive: booleanOption(fn, record, 'caseSensitive', false)
  }
}

/**
 * Whether the tokenizer only folds case (and collapses spaces): then its
 * words are those of the case-folded text, as no whitespace has a case.
 */
function foldsOnly(tokenizer: TerTokenizerOptions): boolean {
  return tokenizer.normalized !== true && tokenizer.noPunct !== true
}

function fold(text: string, tokenizer: TerTokenizerOptions): string {
  return tokenizer.caseSensitive === true ? text : text.toLowerCase()
}

/** The words of a hypothesis: the tokenized, right-stripped segment split on whitespace. */
function terWords(segment: string, tokenizer: TerTokenizerOptions): string[] {
  if (foldsOnly(tokenizer)) return pySplit(fold(segment, tokenizer))
  return pySplit(tokenizeTer(pyRstrip(segment), tokenizer))
}

/**
 * The words of a reference. sacreBLEU 2.6.0 tokenizes references twice (once
 * when caching them, once more when extracting their words). It matters with
 * `normalized`: `Jim's\tcar` becomes `jim's car` and then `jim 's car`;
 * otherwise the second pass folds the case of each word again.
 */
function terReferenceWords(reference: string, tokenizer: TerTokenizerOptions): string[] {
  if (foldsOnly(tokenizer)) return pySplit(fold(reference, tokenizer)).map((word) => fold(word, tokenizer))
  return terWords(tokenizeTer(pyRstrip(reference), tokenizer), tokenizer)
}

function score(options: Required<TerOptions>, hyps: readonly string[], perSegment: readonly string[][], nrefs: string): TerResult {
  const tokenizer: TerTokenizerOptions = options
  const vocabulary = new Vocabulary()
  let totalEdits = 0
  let sumRefLengths = 0.0
  for (let index = 0; index < hyps.length; index++) {
    const refs = perSegment[index]!
    const hyp = vocabulary.encode(terWords(hyps[index]!, tokenizer))
    let best = Infinity
    let refLengths = 0
    for (const reference of refs) {
      const ref = vocabulary.encode(terReferenceWords(reference, tokenizer))
      const edits = translationEditRate(hyp, ref)
      refLengths += ref.length
      if (edits < best) best = edits
    }
    totalEdits += best
    sumRefLengths += refLengths / refs.length
  }
  let value: number
  if (sumRefLengths > 0) value = totalEdits / sumRefLengths
  else value = totalEdits > 0 ? 1.0 : 0.0
  return {
    name: 'TER',
    score: 100 * value,
    numEdits: totalEdits,
    refLength: sumRefLengths,
    signature: terSignature(nrefs, options.caseSensitive, options.normalized, options.noPunct, options.asianSupport)
  }
}

/**
 * Corpus TER (sacreBLEU `corpus_ter` / `TER().corpus_score`).
 * `references[k][i]` is the k-th reference of segment i; entries may be null.
 * Per segment: the fewest edits over the references, divided (corpus-wide)
 * by the summed average reference length. Lowercases unless `caseSensitive`.
 */
export function ter(hypotheses: readonly string[], references: ReadonlyArray<ReadonlyArray<string | null>>, options?: TerOptions): TerResult {
  const fn = 'ter'
  const resolved = resolveOptions(fn, options)
  const hyps = checkHypotheses(fn, hypotheses)
  const {perSegment, nrefs} = checkReferenceStreams(fn, references, hyps.length)
  return score(resolved, hyps, perSegment, nrefs)
}

/** Sentence TER (sacreBLEU `sentence_ter`): the corpus TER of one segment. */
export function sentenceTer(hypothesis: string, references: readonly string[], options?: TerOptions): TerResult {
  const fn = 'sentenceTer'
  const resolved = resolveOptions(fn, options)
  const checked = checkSentence(fn, hypothesis, references)
  return score(resolved, [checked.hypothesis], [checked.references.slice()], String(checked.references.length))
}
