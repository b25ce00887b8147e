/**
 * chrF and chrF++ statistics of many one-reference segments in one pass,
 * for the report's alignment (the sentence chrF of every aligned group) and
 * its document-level chrF and chrF++ (the sums of the same statistics).
 *
 * `translation-qa/metrics` gives the same numbers (`sentenceChrf` per group,
 * `chrf` and `chrf` with `wordOrder: 2` over all groups), but each call
 * starts from fresh n-gram tables, and three calls read every segment three
 * times. This reads each segment once, with sacreBLEU's default settings
 * (charOrder 6, wordOrder 2, beta 2, no lowercasing, whitespace removed),
 * reusing the metrics' n-gram interner; tests/compare/report.test.ts checks
 * the scores are identical to the metrics' to the last bit.
 */
import {chrfWords, codePointsWithoutWhitespace, fScore as chrfFScore, hypothesisTable, matchStatistics} from '../metrics/chrf.js'
import {Counts, NgramInterner, Vocabulary, type NgramIds} from '../metrics/ngrams.js'
import {chrfSignature} from '../metrics/signature.js'

const charOrder = 6
const wordOrder = 2
const beta = 2

/** Signatures of the document-level scores (one reference, default options). */
export const chrfSignatures = {
  chrf: chrfSignature('1', false, false, charOrder, 0, false),
  chrfPlusPlus: chrfSignature('1', false, false, charOrder, wordOrder, false)
}

/** Statistics of one segment: `[hyp, ref, match]` per character order 1–6, then per word order 1–2. */
export type SegmentStatistics = number[]

/** Reusable tables for many segments. */
export class ChrfCounter {
  private readonly chars = new NgramInterner()
  private readonly words = new NgramInterner()
  private readonly vocabulary = new Vocabulary()
  private readonly charCounts = new Counts()
  private readonly wordCounts = new Counts()
  /** Code points of the current segment's two sides (`internAll` reads them only during the call). */
  private hypothesisCodes = new Int32Array(1024)
  private referenceCodes = new Int32Array(1024)

  /** chrF++ statistics of `hypothesis` against one `reference`. */
  statistics(hypothesis: string, reference: string): SegmentStatistics {
    const stats = new Array<number>(3 * (charOrder + wordOrder))
    this.chars.reset()
    if (this.hypothesisCodes.length < hypothesis.length) this.hypothesisCodes = new Int32Array(hypothesis.length * 2)
    if (this.referenceCodes.length < reference.length) this.referenceCodes = new Int32Array(reference.length * 2)
    const hypothesisCodes = codePointsWithoutWhitespace(hypothesis, this.hypothesisCodes)
    const referenceCodes = codePointsWithoutWhitespace(reference, this.referenceCodes)
    const [hypChars, refChars] = this.chars.internAll([hypothesisCodes, referenceCodes], charOrder) as [NgramIds, NgramIds]
    const charCounts = this.charCounts.prepare(this.chars.size)
    matchStatistics(hypothesisTable(hypChars, charOrder, charCounts), refChars, charOrder, charCounts, stats, 0)
    const hypSymbols = this.vocabulary.encode(chrfWords(hypothesis))
    const refSymbols = this.vocabulary.encode(chrfWords(reference))
    this.words.reset()
    const [hypWords, refWords] = this.words.internAll([hypSymbols, refSymbols], wordOrder) as [NgramIds, NgramIds]
    const wordCounts = this.wordCounts.prepare(this.words.size)
    matchStatistics(hypothesisTable(hypWords, wordOrder, wordCounts), refWords, wordOrder, wordCounts, stats, 3 * charOrder)
    return stats
  }
}

/** Sentence chrF (character n-grams only) of one segment's statistics. */
export function chrfOf(stats: readonly number[]): number {
  return fScore(stats, charOrder)
}

/** Sentence chrF++ of one segment's statistics. */
export function chrfPlusPlusOf(stats: readonly number[]): number {
  return fScore(stats, charOrder + wordOrder)
}

/** sacreBLEU's F-score with the default beta and no eps smoothing. */
function fScore(stats: readonly number[], order: number): number {
  return chrfFScore(stats, order, beta, false)
}

/** Corpus statistics: the sums of the segments'. */
export function sumStatistics(segments: readonly SegmentStatistics[]): SegmentStatistics {
  const total = new Array<number>(3 * (charOrder + wordOrder)).fill(0)
  for (const stats of segments) for (let index = 0; index < total.length; index++) total[index]! += stats[index]!
  return total
}
