/**
 * sacreBLEU 2.6.0's own public test vectors (with full-precision `actual`
 * values), read at test time from the shared references folder beside the
 * repository. Exactness: integer statistics and tokenizer output identical,
 * chrF and TER scores identical, BLEU within 1e-9 (V8's Math.log/Math.exp
 * differ from glibc in the last bit).
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  bleu,
  chrf,
  computeBleu,
  formatBleu,
  formatScore,
  sentenceBleu,
  sentenceChrf,
  sentenceTer,
  ter,
  tokenize13a,
  tokenizeIntl,
  tokenizeTer,
  type BleuOptions,
  type BleuScoreParts,
  type ChrfOptions,
  type SmoothMethod,
  type TerOptions
} from '../../src/metrics/index.js'

const vectorsPath = path.resolve(import.meta.dirname, '../../../shared/references/sacrebleu-public-vectors.json')
if (!existsSync(vectorsPath)) {
  throw new Error(
    `sacreBLEU test vectors not found at ${vectorsPath}. The metrics tests need the shared references folder ` +
      '(shared/references/sacrebleu-public-vectors.json) next to the repository checkout; clone the repository beside shared/.'
  )
}

interface BleuActual {
  score: number
  counts: number[]
  totals: number[]
  sys_len: number
  ref_len: number
  bp: number
  precisions: number[]
}

interface PythonBleuParams {
  tokenize?: string
  smooth_method?: string
  smooth_value?: number | null
  effective_order?: boolean
  lowercase?: boolean
  max_ngram_order?: number
}

interface BleuVector {
  test: string
  call: string
  note?: string
  kwargs?: PythonBleuParams
  equivalent_params?: PythonBleuParams & {level?: string}
  hyps?: string[]
  refs?: Array<Array<string | null>>
  stats?: {correct: number[]; total: number[]; sys_len: number; ref_len: number; smooth_method: string; smooth_value?: number}
  expected: unknown
  expected_formatted_2dp?: string
  actual: BleuActual | number
  signature?: string
  formatted?: string
}

interface SentenceBleuVector {
  test: string
  kwargs: PythonBleuParams
  hyp: string
  refs: string[]
  actual: BleuActual
  signature?: string
}

interface ChrfVector {
  test: string
  params: {char_order: number; word_order: number; beta: number; whitespace: boolean; eps_smoothing: boolean; level: 'sentence' | 'corpus'}
  hyp?: string
  hyps?: string[]
  refs: string[] | string[][]
  actual: number
  actual_default_eff_order?: number
  actual_chrfpp_default?: number
}

interface TerScoreVector {
  score: number
  num_edits: number
  ref_length: number
}

interface TerVector {
  test: string
  params: {normalized: boolean; no_punct: boolean; asian_support: boolean; case_sensitive: boolean}
  hyps: string[]
  refs: string[][]
  actual: TerScoreVector
  actual_per_segment: TerScoreVector[]
  signature?: string
}

interface TerTokenizerVector {
  params: {normalized?: boolean; no_punct?: boolean; asian_support?: boolean; case_sensitive?: boolean}
  input: string
  expected: string
  actual: string
}

interface TokenizerExample {
  input: string
  '13a': string
  intl: string
}

interface Vectors {
  meta: {sacrebleu_version: string; counts: Record<string, number>}
  bleu: BleuVector[]
  sentence_bleu: SentenceBleuVector[]
  chrf: ChrfVector[]
  ter: TerVector[]
  ter_tokenizer: TerTokenizerVector[]
  tokenizer_13a_intl_examples: TokenizerExample[]
  not_portable: Record<string, string>
  test_sh_external: Record<string, unknown>
}

const vectors = JSON.parse(readFileSync(vectorsPath, 'utf8')) as Vectors

const BLEU_TOLERANCE = 1e-9

function bleuOptions(params: PythonBleuParams): BleuOptions {
  const options: BleuOptions = {}
  if (params.tokenize !== undefined) options.tokenize = params.tokenize as NonNullable<BleuOptions['tokenize']>
  if (params.smooth_method !== undefined) options.smoothMethod = params.smooth_method as SmoothMethod
  if (params.smooth_value !== undefined && params.smooth_value !== null) options.smoothValue = params.smooth_value
  if (params.effective_order !== undefined) options.effectiveOrder = params.effective_order
  if (params.lowercase !== undefined) options.lowercase = params.lowercase
  if (params.max_ngram_order !== undefined) options.maxNgramOrder = params.max_ngram_order
  return options
}

// `raw_corpus_bleu(h, r, smooth_value)` = tokenize none, floor, effective order.
const RAW_CORPUS_BLEU: PythonBleuParams = {tokenize: 'none', smooth_method: 'floor', smooth_value: 0.1, effective_order: true}

function expectBleu(result: BleuScoreParts, actual: BleuActual): void {
  expect(result.counts).toEqual(actual.counts)
  expect(result.totals).toEqual(actual.totals)
  expect(result.sysLen).toBe(actual.sys_len)
  expect(result.refLen).toBe(actual.ref_len)
  expect(Math.abs(result.bp - actual.bp)).toBeLessThanOrEqual(BLEU_TOLERANCE)
  expect(result.precisions).toEqual(actual.precisions)
  expect(Math.abs(result.score - actual.score)).toBeLessThanOrEqual(BLEU_TOLERANCE)
  expect(formatScore(result.score, 2)).toBe(formatScore(actual.score, 2))
}

function label(index: number, test: string, extra: string): string {
  return `#${index} ${test}${extra ? ` (${extra})` : ''}`
}

describe('the vectors file', () => {
  it('is the sacreBLEU 2.6.0 set with every section present', () => {
    expect(vectors.meta.sacrebleu_version).toBe('2.6.0')
    for (const [section, count] of Object.entries(vectors.meta.counts)) {
      expect((vectors as unknown as Record<string, unknown[]>)[section], section).toHaveLength(count)
    }
    expect(Object.keys(vectors.not_portable).length).toBeGreaterThan(0)
    expect(Object.keys(vectors.test_sh_external).length).toBeGreaterThan(0)
  })
})

describe('bleu vectors', () => {
  const corpusCases = vectors.bleu
    .map((vector, index) => [label(index, vector.test, vector.note ?? JSON.stringify(vector.kwargs ?? vector.equivalent_params ?? {})), vector] as const)
    .filter(([, vector]) => vector.hyps !== undefined)
  const statsCases = vectors.bleu
    .map((vector, index) => [label(index, vector.test, JSON.stringify(vector.stats)), vector] as const)
    .filter(([, vector]) => vector.stats !== undefined)

  it('covers every bleu vector', () => {
    expect(corpusCases.length + statsCases.length).toBe(vectors.bleu.length)
  })

  it.each(corpusCases)('%s', (_, vector) => {
    let params: PythonBleuParams
    if (vector.equivalent_params) params = vector.equivalent_params
    else if (vector.call.startsWith('raw_corpus_bleu')) {
      const value = /smooth_value=([0-9.]+)/.exec(vector.call)
      params = {...RAW_CORPUS_BLEU, smooth_value: value ? Number(value[1]) : 0.1}
    }
    else params = vector.kwargs ?? {}
    const result = bleu(vector.hyps!, vector.refs!, bleuOptions(params))
    const actual = vector.actual as BleuActual
    expectBleu(result, actual)
    if (vector.signature !== undefined) expect(result.signature).toBe(vector.signature)
    if (vector.formatted !== undefined) expect(formatBleu(result)).toBe(vector.formatted)
    if (vector.expected_formatted_2dp !== undefined) expect(formatScore(result.score, 2)).toBe(vector.expected_formatted_2dp)
    if (typeof vector.expected === 'number') {
      const scale = (vector as {expected_scale?: string}).expected_scale === '0-1 (score/100)' ? 100 : 1
      expect(Math.abs(result.score / scale - vector.expected)).toBeLessThanOrEqual(1e-8)
    }
    if (vector.test === 'test_statistics') {
      const expected = vector.expected as {counts: number[]; totals: number[]}
      expect(result.counts).toEqual(expected.counts)
      expect(result.totals).toEqual(expected.totals)
    }
  })

  it.each(statsCases)('%s', (_, vector) => {
    const stats = vector.stats!
    const options: {smoothMethod: SmoothMethod; smoothValue?: number} = {smoothMethod: stats.smooth_method as SmoothMethod}
    if (stats.smooth_value !== undefined) options.smoothValue = stats.smooth_value
    const result = computeBleu(stats.correct, stats.total, stats.sys_len, stats.ref_len, options)
    const actual = vector.actual as number
    if ((vector as {exact?: boolean}).exact === true) expect(result.score).toBe(actual)
    else expect(Math.abs(result.score - actual)).toBeLessThanOrEqual(BLEU_TOLERANCE)
  })

  it('computeBleu defaults to smoothing none, like BLEU.compute_bleu', () => {
    const vector = vectors.bleu.find((candidate) => candidate.test === 'test_scoring')!
    const stats = vector.stats!
    expect(Math.abs(computeBleu(stats.correct, stats.total, stats.sys_len, stats.ref_len).score - (vector.actual as number))).toBeLessThanOrEqual(BLEU_TOLERANCE)
  })
})

describe('sentence_bleu vectors', () => {
  it.each(vectors.sentence_bleu.map((vector, index) => [label(index, vector.test, JSON.stringify(vector.kwargs)), vector] as const))('%s', (_, vector) => {
    const result = sentenceBleu(vector.hyp, vector.refs, bleuOptions(vector.kwargs))
    expectBleu(result, vector.actual)
    if (vector.signature !== undefined) expect(result.signature).toBe(vector.signature)
    // sentence_score(h, refs) is corpus_score([h], [[r] for r in refs]).
    const corpus = bleu([vector.hyp], vector.refs.map((ref) => [ref]), bleuOptions(vector.kwargs))
    expect(corpus.score).toBe(result.score)
  })
})

function chrfOptions(params: ChrfVector['params'], overrides: ChrfOptions = {}): ChrfOptions {
  return {
    charOrder: params.char_order,
    wordOrder: params.word_order,
    beta: params.beta,
    whitespace: params.whitespace,
    epsSmoothing: params.eps_smoothing,
    ...overrides
  }
}

describe('chrf vectors', () => {
  const cases = vectors.chrf.map((vector, index) => [label(index, vector.test, JSON.stringify(vector.hyp ?? vector.hyps)), vector] as const)

  it.each(cases)('%s', (_, vector) => {
    const options = chrfOptions(vector.params)
    const result =
      vector.params.level === 'sentence' ? sentenceChrf(vector.hyp!, vector.refs as string[], options) : chrf(vector.hyps!, vector.refs as string[][], options)
    expect(result.score).toBe(vector.actual)
    expect(result.name).toBe(`chrF${vector.params.beta}`)
  })

  const extra = vectors.chrf.filter((vector) => vector.actual_default_eff_order !== undefined || vector.actual_chrfpp_default !== undefined)
  it.each(extra.map((vector, index) => [label(index, vector.test, JSON.stringify(vector.hyp)), vector] as const))('%s, default smoothing and chrF++', (_, vector) => {
    if (vector.actual_default_eff_order !== undefined) {
      const result = sentenceChrf(vector.hyp!, vector.refs as string[], chrfOptions(vector.params, {epsSmoothing: false}))
      expect(result.score).toBe(vector.actual_default_eff_order)
      expect(result.signature).toBe('nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0')
    }
    if (vector.actual_chrfpp_default !== undefined) {
      const result = sentenceChrf(vector.hyp!, vector.refs as string[], {wordOrder: 2})
      expect(result.score).toBe(vector.actual_chrfpp_default)
      expect(result.name).toBe('chrF2++')
      expect(result.signature).toBe('nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0')
    }
  })
})

function terOptions(params: {normalized?: boolean; no_punct?: boolean; asian_support?: boolean; case_sensitive?: boolean}): TerOptions {
  const options: TerOptions = {}
  if (params.normalized !== undefined) options.normalized = params.normalized
  if (params.no_punct !== undefined) options.noPunct = params.no_punct
  if (params.asian_support !== undefined) options.asianSupport = params.asian_support
  if (params.case_sensitive !== undefined) options.caseSensitive = params.case_sensitive
  return options
}

describe('ter vectors', () => {
  it.each(vectors.ter.map((vector, index) => [label(index, vector.test, JSON.stringify(vector.hyps).slice(0, 60)), vector] as const))('%s', (_, vector) => {
    const result = ter(vector.hyps, vector.refs, terOptions(vector.params))
    expect(result.numEdits).toBe(vector.actual.num_edits)
    expect(result.refLength).toBe(vector.actual.ref_length)
    expect(result.score).toBe(vector.actual.score)
    if (vector.signature !== undefined) expect(result.signature).toBe(vector.signature)
    vector.actual_per_segment.forEach((segment, index) => {
      const sentence = sentenceTer(
        vector.hyps[index]!,
        vector.refs.map((stream) => stream[index]!),
        terOptions(vector.params)
      )
      expect(sentence.numEdits, `segment ${index}`).toBe(segment.num_edits)
      expect(sentence.refLength, `segment ${index}`).toBe(segment.ref_length)
      expect(sentence.score, `segment ${index}`).toBe(segment.score)
    })
  })
})

describe('ter_tokenizer vectors', () => {
  it.each(vectors.ter_tokenizer.map((vector, index) => [label(index, JSON.stringify(vector.input), JSON.stringify(vector.params)), vector] as const))('%s', (_, vector) => {
    expect(tokenizeTer(vector.input, terOptions(vector.params))).toBe(vector.actual)
    expect(vector.actual).toBe(vector.expected)
  })
})

describe('tokenizer_13a_intl_examples vectors', () => {
  it.each(vectors.tokenizer_13a_intl_examples.map((vector, index) => [label(index, JSON.stringify(vector.input), ''), vector] as const))('%s', (_, vector) => {
    expect(tokenize13a(vector.input)).toBe(vector['13a'])
    expect(tokenizeIntl(vector.input)).toBe(vector.intl)
  })
})

describe('not_portable', () => {
  // sacreBLEU's tests in not_portable need downloads, MeCab or SentencePiece;
  // their tokenizers are out of scope and must be rejected clearly.
  it.each([
    ['ja-mecab', /needs MeCab/],
    ['ko-mecab', /needs MeCab/],
    ['spm', /SentencePiece/],
    ['flores101', /SentencePiece/],
    ['flores200', /SentencePiece/],
    ['spBLEU-1K', /SentencePiece/],
    ['zh', /not implemented/]
  ])('rejects tokenize %s', (tokenizer, reason) => {
    const run = () => bleu(['a'], [['a']], {tokenize: tokenizer as '13a'})
    expect(run).toThrow(TypeError)
    expect(run).toThrow(reason)
    expect(run).toThrow(/use one of '13a', 'intl', 'char', 'none'/)
  })
})

describe('test_sh_external', () => {
  // The WMT17 regression numbers need system outputs that are not shipped;
  // the control-character case is self-contained.
  it('CLI_control_char: \\r inside a reference is whitespace for str.split()', () => {
    expect(String(vectors.test_sh_external.CLI_control_char)).toContain('\\r')
    const hypothesis = 'Hello! How are you doing today?'
    const clean = sentenceBleu(hypothesis, ['Hello! How are you doing today?'])
    const withCr = sentenceBleu(hypothesis, ['Hello! How are you \r doing today?'])
    expect(withCr.score).toBe(clean.score)
    expect(withCr.counts).toEqual(clean.counts)
    expect(bleu([hypothesis], [['Hello! How are you \r doing today?']]).score).toBe(bleu([hypothesis], [[hypothesis]]).score)
  })
})
