/**
 * BLEU, reproducing sacreBLEU 2.6.0 (`BLEU` / `corpus_bleu` / `sentence_bleu`).
 *
 * Per segment: lowercase (optional), right-strip, tokenize, count n-grams of
 * orders 1..N; the reference n-gram table is the per-n-gram maximum over the
 * references; matches are clipped; the reference length is the one closest
 * to the hypothesis length (ties: shorter). The corpus sums these statistics
 * and scores once.
 */
import {bleuSignature} from './signature.js'
import {bleuTokens} from './tokenizers.js'
import type {BleuOptions, BleuResult, BleuScoreParts, BleuTokenizer, ComputeBleuOptions, SmoothMethod} from './types.js'
import {Counts, NgramInterner, Vocabulary, type NgramIds} from './ngrams.js'
import {
  booleanOption,
  checkHypotheses,
  checkOptionKeys,
  checkReferenceStreams,
  checkSentence,
  choiceOption,
  describe,
  integerOption,
  numberOption
} from './validate.js'
import {pyRstrip} from './whitespace.js'

const TOKENIZERS: readonly BleuTokenizer[] = ['13a', 'intl', 'char', 'none']
const UNSUPPORTED_TOKENIZERS: Readonly<Record<string, string>> = {
  zh: 'the Chinese tokenizer is not implemented in translation-qa/metrics',
  'ja-mecab': 'it needs MeCab, which a pure TypeScript library cannot run',
  'ko-mecab': 'it needs MeCab, which a pure TypeScript library cannot run',
  spm: 'it needs a downloaded SentencePiece model',
  flores101: 'it needs a downloaded SentencePiece model',
  flores200: 'it needs a downloaded SentencePiece model',
  'spBLEU-1K': 'it needs a downloaded SentencePiece model'
}
const SMOOTH_METHODS: readonly SmoothMethod[] = ['exp', 'floor', 'add-k', 'none']
const SMOOTH_DEFAULTS: Readonly<Record<SmoothMethod, number>> = {exp: 0, none: 0, floor: 0.1, 'add-k': 1}
const OPTION_KEYS = ['tokenize', 'smoothMethod', 'smoothValue', 'effectiveOrder', 'lowercase', 'maxNgramOrder'] as const

/** sacreBLEU's `my_log`: log, with log(0) = -9999999999. */
function myLog(value: number): number {
  return value === 0 ? -9999999999 : Math.log(value)
}

interface ResolvedBleuOptions {
  tokenize: BleuTokenizer
  smoothMethod: SmoothMethod
  smoothValue: number
  effectiveOrder: boolean
  lowercase: boolean
  maxNgramOrder: number
}

function resolveOptions(fn: string, options: unknown, effectiveDefault: boolean): ResolvedBleuOptions {
  const record = checkOptionKeys(fn, options, OPTION_KEYS)
  const smoothMethod = choiceOption(fn, record, 'smoothMethod', 'exp', SMOOTH_METHODS)
  return {
    tokenize: choiceOption(fn, record, 'tokenize', '13a', TOKENIZERS, UNSUPPORTED_TOKENIZERS),
    smoothMethod,
    smoothValue: numberOption(fn, record, 'smoothValue', undefined) ?? SMOOTH_DEFAULTS[smoothMethod],
    effectiveOrder: booleanOption(fn, record, 'effectiveOrder', effectiveDefault),
    lowercase: booleanOption(fn, record, 'lowercase', false),
    maxNgramOrder: integerOption(fn, record, 'maxNgramOrder', 4, 1, 100)
  }
}

/**
 * BLEU from sufficient statistics: sacreBLEU's static `BLEU.compute_bleu`,
 * with the same operation order. Like sacreBLEU it defaults to smoothing
 * `'none'` (the `BLEU` class and `bleu()` default to `'exp'`).
 */
export function computeBleu(
  correct: readonly number[],
  total: readonly number[],
  sysLen: number,
  refLen: number,
  options: ComputeBleuOptions = {}
): BleuScoreParts {
  const fn = 'computeBleu'
  if (!Array.isArray(correct) || !Array.isArray(total) || correct.length === 0 || correct.length !== total.length) {
    throw new TypeError(`Expected \`correct\` and \`total\` of ${fn}() to be non-empty arrays of the same length (one entry per n-gram order), got ${describe(correct)} and ${describe(total)}`)
  }
  for (const [name, list] of [['correct', correct], ['total', total]] as const) {
    for (let index = 0; index < list.length; index++) {
      const value: unknown = list[index]
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new TypeError(`Expected \`${name}[${index}]\` of ${fn}() to be a count ≥ 0, got ${describe(value)}`)
      }
    }
  }
  for (const [name, value] of [['sysLen', sysLen], ['refLen', refLen]] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new TypeError(`Expected \`${name}\` of ${fn}() to be a length ≥ 0, got ${describe(value)}`)
    }
  }
  const record = checkOptionKeys(fn, options, ['smoothMethod', 'smoothValue', 'effectiveOrder'])
  const smoothMethod = choiceOption(fn, record, 'smoothMethod', 'none', SMOOTH_METHODS)
  const smoothValue = numberOption(fn, record, 'smoothValue', undefined) ?? SMOOTH_DEFAULTS[smoothMethod]
  const effectiveOrder = booleanOption(fn, record, 'effectiveOrder', false)
  return scoreBleu(correct, total, sysLen, refLen, smoothMethod, smoothValue, effectiveOrder)
}

function scoreBleu(
  correctIn: readonly number[],
  totalIn: readonly number[],
  sysLen: number,
  refLen: number,
  smoothMethod: SmoothMethod,
  smoothValue: number,
  effectiveOrder: boolean
): BleuScoreParts {
  const order = correctIn.length
  const counts = correctIn.slice()
  const totals = totalIn.slice()
  let bp = 1.0
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0.0
  const precisions: number[] = new Array<number>(order).fill(0)
  const ratio = refLen !== 0 ? sysLen / refLen : 0
  // No matches at all: 0.0 for every smoothing method (sacreBLEU #141).
  if (!counts.some((count) => count !== 0)) {
    return {score: 0, counts, totals, precisions, bp, sysLen, refLen, ratio}
  }
  let smoothMteval = 1.0
  let effOrder = order
  for (let n = 1; n <= order; n++) {
    if (smoothMethod === 'add-k' && n > 1) {
      counts[n - 1] = counts[n - 1]! + smoothValue
      totals[n - 1] = totals[n - 1]! + smoothValue
    }
    const correct = counts[n - 1]!
    const total = totals[n - 1]!
    if (total === 0) break
    if (effectiveOrder) effOrder = n
    if (correct === 0) {
      if (smoothMethod === 'exp') {
        smoothMteval *= 2
        precisions[n - 1] = 100 / (smoothMteval * total)
      } else if (smoothMethod === 'floor') {
        precisions[n - 1] = (100 * smoothValue) / total
      }
    } else {
      precisions[n - 1] = (100 * correct) / total
    }
  }
  let sum = 0
  for (let index = 0; index < effOrder; index++) sum += myLog(precisions[index]!)
  const score = bp * Math.exp(sum / effOrder)
  return {score, counts, totals, precisions, bp, sysLen, refLen, ratio}
}

/** Reused buffers for segment statistics. */
class BleuWork {
  readonly vocabulary = new Vocabulary()
  readonly interner = new NgramInterner()
  readonly refMax = new Counts()
  readonly scratch = new Counts()
  readonly hyp = new Counts()
}

function preprocess(options: ResolvedBleuOptions, sentence: string): string[] {
  return bleuTokens(options.tokenize, pyRstrip(options.lowercase ? sentence.toLowerCase() : sentence))
}

/** Adds one segment's statistics to `correct`, `total`; returns [hypLen, closestRefLen]. */
function segmentStatistics(
  options: ResolvedBleuOptions,
  work: BleuWork,
  hypothesis: string,
  references: readonly string[],
  correct: number[],
  total: number[]
): [number, number] {
  const order = options.maxNgramOrder
  const hypTokens = preprocess(options, hypothesis)
  const refTokens = references.map((reference) => preprocess(options, reference))

  const hypSymbols = work.vocabulary.encode(hypTokens)
  const refSymbols = refTokens.map((tokens) => work.vocabulary.encode(tokens))
  work.interner.reset()
  const [hypIds, ...refIds] = work.interner.internAll([hypSymbols, ...refSymbols], order) as [NgramIds, ...NgramIds[]]
  const size = work.interner.size
  const refMax = work.refMax.prepare(size)
  const scratch = work.scratch.prepare(size)
  const hypCounts = work.hyp.prepare(size)

  const hypLen = hypTokens.length
  let closestDiff = -1
  let closestLen = -1
  for (let r = 0; r < refIds.length; r++) {
    const refLen = refTokens[r]!.length
    const diff = Math.abs(hypLen - refLen)
    if (closestDiff === -1 || diff < closestDiff) {
      closestDiff = diff
      closestLen = refLen
    } else if (diff === closestDiff && refLen < closestLen) {
      closestLen = refLen
    }
    const ids = refIds[r]!.ids
    for (let index = 0; index < ids.length; index++) scratch[ids[index]!]!++
    for (let index = 0; index < ids.length; index++) {
      const id = ids[index]!
      const count = scratch[id]!
      if (count > refMax[id]!) refMax[id] = count
    }
    for (let index = 0; index < ids.length; index++) scratch[ids[index]!] = 0
  }

  const {ids, offsets} = hypIds
  for (let index = 0; index < ids.length; index++) hypCounts[ids[index]!]!++
  for (let n = 1; n <= order; n++) {
    const start = offsets[n - 1]!
    const end = offsets[n]!
    let matches = 0
    for (let index = start; index < end; index++) {
      const id = ids[index]!
      const count = hypCounts[id]!
      if (count > 0) {
        const reference = refMax[id]!
        matches += count < reference ? count : reference
        hypCounts[id] = 0
      }
    }
    correct[n - 1] = correct[n - 1]! + matches
    total[n - 1] = total[n - 1]! + (end - start)
  }
  return [hypLen, closestLen]
}

function run(fn: string, hypotheses: unknown, references: unknown, options: unknown, effectiveDefault: boolean): BleuResult {
  const resolved = resolveOptions(fn, options, effectiveDefault)
  const hyps = checkHypotheses(fn, hypotheses)
  const {perSegment, nrefs} = checkReferenceStreams(fn, references, hyps.length)
  return score(resolved, hyps, perSegment, nrefs)
}

function score(options: ResolvedBleuOptions, hyps: readonly string[], perSegment: readonly string[][], nrefs: string): BleuResult {
  const order = options.maxNgramOrder
  const correct: number[] = new Array<number>(order).fill(0)
  const total: number[] = new Array<number>(order).fill(0)
  let sysLen = 0
  let refLen = 0
  const work = new BleuWork()
  for (let index = 0; index < hyps.length; index++) {
    const [hypLen, closest] = segmentStatistics(options, work, hyps[index]!, perSegment[index]!, correct, total)
    sysLen += hypLen
    refLen += closest
  }
  const parts = scoreBleu(correct, total, sysLen, refLen, options.smoothMethod, options.smoothValue, options.effectiveOrder)
  return {
    name: 'BLEU',
    ...parts,
    rawCounts: correct,
    rawTotals: total,
    signature: bleuSignature(nrefs, options.lowercase, options.effectiveOrder, options.tokenize, options.smoothMethod, options.smoothValue)
  }
}

/**
 * Corpus BLEU (sacreBLEU `corpus_bleu` / `BLEU().corpus_score`).
 * `references[k][i]` is the k-th reference of segment i; entries may be null.
 * Defaults: 13a tokenizer, exp smoothing, no effective order, mixed case.
 */
export function bleu(hypotheses: readonly string[], references: ReadonlyArray<ReadonlyArray<string | null>>, options?: BleuOptions): BleuResult {
  return run('bleu', hypotheses, references, options, false)
}

/**
 * Sentence BLEU (sacreBLEU `sentence_bleu`): the corpus BLEU of one segment,
 * with effective order on by default.
 */
export function sentenceBleu(hypothesis: string, references: readonly string[], options?: BleuOptions): BleuResult {
  const fn = 'sentenceBleu'
  const resolved = resolveOptions(fn, options, true)
  const checked = checkSentence(fn, hypothesis, references)
  return score(resolved, [checked.hypothesis], [checked.references.slice()], String(checked.references.length))
}
