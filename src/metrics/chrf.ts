/**
 * chrF and chrF++, reproducing sacreBLEU 2.6.0 (`CHRF` / `corpus_chrf` /
 * `sentence_chrf`).
 *
 * Character n-grams are over code points, with all Python whitespace removed
 * unless `whitespace` is set; chrF++ adds word n-grams after splitting one
 * ASCII punctuation character off each word. For several references the
 * statistics of the reference with the best sentence-level F are kept (first
 * wins ties). The corpus sums the statistics and computes F once.
 */
import {chrfSignature} from './signature.js'
import type {ChrfOptions, ChrfResult} from './types.js'
import {Counts, NgramInterner, Vocabulary, type NgramIds} from './ngrams.js'
import {booleanOption, checkHypotheses, checkOptionKeys, checkReferenceStreams, checkSentence, integerOption, numberOption} from './validate.js'
import {isPyWhitespace, pySplit} from './whitespace.js'

const OPTION_KEYS = ['charOrder', 'wordOrder', 'beta', 'lowercase', 'whitespace', 'epsSmoothing'] as const
const EPS = 1e-16
// Python `string.punctuation`.
const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')

interface ResolvedChrfOptions {
  charOrder: number
  wordOrder: number
  beta: number
  lowercase: boolean
  whitespace: boolean
  epsSmoothing: boolean
}

function resolveOptions(fn: string, options: unknown): ResolvedChrfOptions {
  const record = checkOptionKeys(fn, options, OPTION_KEYS)
  const charOrder = integerOption(fn, record, 'charOrder', 6, 0, 100)
  const wordOrder = integerOption(fn, record, 'wordOrder', 0, 0, 100)
  if (charOrder + wordOrder === 0) {
    throw new TypeError(`Expected \`charOrder\` + \`wordOrder\` of ${fn}() to be at least 1, got 0; use charOrder 6 (chrF) and wordOrder 2 (chrF++)`)
  }
  return {
    charOrder,
    wordOrder,
    beta: numberOption(fn, record, 'beta', 2) ?? 2,
    lowercase: booleanOption(fn, record, 'lowercase', false),
    whitespace: booleanOption(fn, record, 'whitespace', false),
    epsSmoothing: booleanOption(fn, record, 'epsSmoothing', false)
  }
}

/** sacreBLEU `CHRF._remove_punctuation`: split off one ASCII punctuation character at the end, else at the start. */
export function chrfWords(sentence: string): string[] {
  const out: string[] = []
  for (const word of pySplit(sentence)) {
    // A one-code-point word is kept; longer words can only lose an ASCII
    // character, so UTF-16 slicing is exact here.
    if (word.length === 1) out.push(word)
    else if (PUNCTUATION.has(word[word.length - 1]!)) out.push(word.slice(0, -1), word[word.length - 1]!)
    else if (PUNCTUATION.has(word[0]!)) out.push(word[0]!, word.slice(1))
    else out.push(word)
  }
  return out
}

/** The code points of `text`. */
export function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length)
  for (let index = 0; index < text.length; index++) out[index] = text.charCodeAt(index)
  return joinSurrogates(out, text.length)
}

/**
 * `codePoints(pyRemoveWhitespace(text))` without the intermediate string:
 * the code units that are not Python whitespace, then surrogate pairs joined
 * (a pair split by whitespace joins too, as in the string).
 */
export function codePointsWithoutWhitespace(text: string, buffer?: Int32Array): Int32Array {
  // A caller's buffer, when large enough, saves an array per segment; the result is then a view of it.
  const out = buffer && buffer.length >= text.length ? buffer : new Int32Array(text.length)
  let units = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!isPyWhitespace(code)) out[units++] = code
  }
  return joinSurrogates(out, units)
}

/** The code points of the first `units` UTF-16 code units of `out`, written over them. */
function joinSurrogates(out: Int32Array, units: number): Int32Array {
  let length = 0
  for (let index = 0; index < units; index++) {
    const code = out[index]!
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < units) {
      const next = out[index + 1]!
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[length++] = ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000
        index++
        continue
      }
    }
    out[length++] = code
  }
  return length === out.length ? out : out.subarray(0, length)
}

/** Distinct hypothesis n-grams of one kind (characters or words) with their counts, per order. */
export interface HypothesisTable {
  ids: Int32Array
  counts: Int32Array
  /** Distinct entries of order n are `[offsets[n-1], offsets[n])`. */
  offsets: Int32Array
  /** Total n-grams of order n is `totals[n-1]`. */
  totals: Int32Array
}

export function hypothesisTable(ngrams: NgramIds, order: number, counts: Int32Array): HypothesisTable {
  const {ids, offsets} = ngrams
  for (let index = 0; index < ids.length; index++) counts[ids[index]!]!++
  const distinct = new Int32Array(ids.length)
  const distinctCounts = new Int32Array(ids.length)
  const distinctOffsets = new Int32Array(order + 1)
  const totals = new Int32Array(order)
  let position = 0
  for (let n = 1; n <= order; n++) {
    distinctOffsets[n - 1] = position
    const start = offsets[n - 1]!
    const end = offsets[n]!
    totals[n - 1] = end - start
    for (let index = start; index < end; index++) {
      const id = ids[index]!
      const count = counts[id]!
      if (count > 0) {
        distinct[position] = id
        distinctCounts[position++] = count
        counts[id] = 0
      }
    }
  }
  distinctOffsets[order] = position
  return {ids: distinct, counts: distinctCounts, offsets: distinctOffsets, totals}
}

/** Writes `[hyp, ref, match]` per order of one kind into `stats` from index `at`. */
export function matchStatistics(hyp: HypothesisTable, ref: NgramIds, order: number, refCounts: Int32Array, stats: number[], at: number): void {
  const refIds = ref.ids
  for (let index = 0; index < refIds.length; index++) refCounts[refIds[index]!]!++
  for (let n = 1; n <= order; n++) {
    const refTotal = ref.offsets[n]! - ref.offsets[n - 1]!
    let matches = 0
    for (let index = hyp.offsets[n - 1]!; index < hyp.offsets[n]!; index++) {
      const count = hyp.counts[index]!
      const reference = refCounts[hyp.ids[index]!]!
      matches += count < reference ? count : reference
    }
    const base = at + 3 * (n - 1)
    // The hypothesis count is 0 when the reference has no n-grams of this order.
    stats[base] = refTotal > 0 ? hyp.totals[n - 1]! : 0
    stats[base + 1] = refTotal
    stats[base + 2] = matches
  }
  for (let index = 0; index < refIds.length; index++) refCounts[refIds[index]!] = 0
}

/** sacreBLEU `CHRF._compute_f_score`, with its exact operation order. */
export function fScore(stats: readonly number[], order: number, beta: number, epsSmoothing: boolean): number {
  const factor = beta ** 2
  let score = 0.0
  let effectiveOrder = 0
  let avgPrec = 0.0
  let avgRec = 0.0
  for (let i = 0; i < order; i++) {
    const nHyp = stats[3 * i]!
    const nRef = stats[3 * i + 1]!
    const nMatch = stats[3 * i + 2]!
    const prec = nHyp > 0 ? nMatch / nHyp : EPS
    const rec = nRef > 0 ? nMatch / nRef : EPS
    const denom = factor * prec + rec
    score += denom > 0 ? ((1 + factor) * prec * rec) / denom : EPS
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec
      avgRec += rec
      effectiveOrder += 1
    }
  }
  if (epsSmoothing) return (100 * score) / order
  if (effectiveOrder === 0) {
    avgPrec = 0.0
    avgRec = 0.0
  } else {
    avgPrec /= effectiveOrder
    avgRec /= effectiveOrder
  }
  if (avgPrec + avgRec !== 0) {
    let f = (1 + factor) * avgPrec * avgRec
    f /= factor * avgPrec + avgRec
    return 100 * f
  }
  return 0.0
}

class ChrfWork {
  readonly chars = new NgramInterner()
  readonly words = new NgramInterner()
  readonly vocabulary = new Vocabulary()
  readonly charCounts = new Counts()
  readonly wordCounts = new Counts()
}

/** The best-reference statistics of one segment. */
function segmentStatistics(options: ResolvedChrfOptions, work: ChrfWork, hypothesis: string, references: readonly string[]): number[] {
  const {charOrder, wordOrder} = options
  const order = charOrder + wordOrder
  const prepare = (sentence: string): string => (options.lowercase ? sentence.toLowerCase() : sentence)
  const charCodes = (sentence: string): Int32Array => (options.whitespace ? codePoints(sentence) : codePointsWithoutWhitespace(sentence))
  const hyp = prepare(hypothesis)
  const refs = references.map(prepare)

  work.chars.reset()
  const [hypChars, ...refChars] = work.chars.internAll([hyp, ...refs].map(charCodes), charOrder) as [NgramIds, ...NgramIds[]]
  const charCounts = work.charCounts.prepare(work.chars.size)
  const hypCharTable = hypothesisTable(hypChars, charOrder, charCounts)

  let hypWordTable: HypothesisTable | undefined
  let refWords: NgramIds[] = []
  let wordCounts = charCounts
  if (wordOrder > 0) {
    const hypSymbols = work.vocabulary.encode(chrfWords(hyp))
    const refSymbols = refs.map((ref) => work.vocabulary.encode(chrfWords(ref)))
    work.words.reset()
    const [hypWords, ...others] = work.words.internAll([hypSymbols, ...refSymbols], wordOrder) as [NgramIds, ...NgramIds[]]
    refWords = others
    wordCounts = work.wordCounts.prepare(work.words.size)
    hypWordTable = hypothesisTable(hypWords, wordOrder, wordCounts)
  }

  let best: number[] = []
  let bestF = -1.0
  for (let r = 0; r < refs.length; r++) {
    const stats = new Array<number>(3 * order)
    matchStatistics(hypCharTable, refChars[r]!, charOrder, charCounts, stats, 0)
    if (hypWordTable) matchStatistics(hypWordTable, refWords[r]!, wordOrder, wordCounts, stats, 3 * charOrder)
    const f = fScore(stats, order, options.beta, options.epsSmoothing)
    if (f > bestF) {
      bestF = f
      best = stats
    }
  }
  return best
}

function score(options: ResolvedChrfOptions, hyps: readonly string[], perSegment: readonly string[][], nrefs: string): ChrfResult {
  const order = options.charOrder + options.wordOrder
  const total: number[] = new Array<number>(3 * order).fill(0)
  const work = new ChrfWork()
  for (let index = 0; index < hyps.length; index++) {
    const stats = segmentStatistics(options, work, hyps[index]!, perSegment[index]!)
    for (let k = 0; k < stats.length; k++) total[k] = total[k]! + stats[k]!
  }
  return {
    name: `chrF${String(options.beta)}${'+'.repeat(options.wordOrder)}`,
    score: fScore(total, order, options.beta, options.epsSmoothing),
    charOrder: options.charOrder,
    wordOrder: options.wordOrder,
    beta: options.beta,
    stats: total,
    signature: chrfSignature(nrefs, options.lowercase, options.epsSmoothing, options.charOrder, options.wordOrder, options.whitespace)
  }
}

/**
 * Corpus chrF / chrF++ (sacreBLEU `corpus_chrf` / `CHRF().corpus_score`).
 * `references[k][i]` is the k-th reference of segment i; entries may be null.
 * Defaults: charOrder 6, wordOrder 0 (2 = chrF++), beta 2, effective-order averaging.
 */
export function chrf(hypotheses: readonly string[], references: ReadonlyArray<ReadonlyArray<string | null>>, options?: ChrfOptions): ChrfResult {
  const fn = 'chrf'
  const resolved = resolveOptions(fn, options)
  const hyps = checkHypotheses(fn, hypotheses)
  const {perSegment, nrefs} = checkReferenceStreams(fn, references, hyps.length)
  return score(resolved, hyps, perSegment, nrefs)
}

/** Sentence chrF (sacreBLEU `sentence_chrf`): the corpus chrF of one segment. */
export function sentenceChrf(hypothesis: string, references: readonly string[], options?: ChrfOptions): ChrfResult {
  const fn = 'sentenceChrf'
  const resolved = resolveOptions(fn, options)
  const checked = checkSentence(fn, hypothesis, references)
  return score(resolved, [checked.hypothesis], [checked.references.slice()], String(checked.references.length))
}
