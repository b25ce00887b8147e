/**
 * Public types of `translation-qa/metrics`: options (sacreBLEU 2.6.0 keyword
 * arguments in camelCase, with sacreBLEU's defaults) and results.
 */

/** BLEU tokenizers that are implemented (sacreBLEU names). */
export type BleuTokenizer = '13a' | 'intl' | 'char' | 'none'

/** BLEU smoothing methods (sacreBLEU names). */
export type SmoothMethod = 'exp' | 'floor' | 'add-k' | 'none'

/**
 * A reference corpus as sacreBLEU takes it: a list of reference STREAMS.
 * `references[k][i]` is the k-th reference of segment i. An entry may be
 * `null` when a segment has fewer references (signature `nrefs:var`).
 */
export type ReferenceStreams = ReadonlyArray<ReadonlyArray<string | null>>

export interface BleuOptions {
  /** Tokenizer, default `'13a'`. `zh`, `ja-mecab`, `ko-mecab`, `spm` and `flores*` are not supported. */
  tokenize?: BleuTokenizer
  /** Smoothing method, default `'exp'`. */
  smoothMethod?: SmoothMethod
  /** Smoothing value for `floor` (default 0.1) and `add-k` (default 1); ignored otherwise. */
  smoothValue?: number
  /** Stop at the first n-gram order the hypothesis has none of. Default: `false` for `bleu()`, `true` for `sentenceBleu()`. */
  effectiveOrder?: boolean
  /** Lowercase hypotheses and references first (`str.lower()`), default `false`. */
  lowercase?: boolean
  /** Maximum n-gram order, default 4. */
  maxNgramOrder?: number
}

export interface ChrfOptions {
  /** Character n-gram order, default 6. */
  charOrder?: number
  /** Word n-gram order, default 0 (chrF); 2 gives chrF++. */
  wordOrder?: number
  /** Recall weight β, default 2. */
  beta?: number
  /** Lowercase first, default `false`. */
  lowercase?: boolean
  /** Keep whitespace inside character n-grams, default `false`. */
  whitespace?: boolean
  /** Average per-order F scores with ε smoothing (chrF++.py, Moses, NLTK), default `false`. */
  epsSmoothing?: boolean
}

export interface TerOptions {
  /** tercom normalization (punctuation tokenization, entity unescaping), default `false`. */
  normalized?: boolean
  /** Remove punctuation, default `false`. */
  noPunct?: boolean
  /** Split CJK characters and Asian punctuation (with `normalized` / `noPunct`), default `false`. */
  asianSupport?: boolean
  /** Keep case; TER lowercases by default. Default `false`. */
  caseSensitive?: boolean
}

/** Options of `computeBleu()` (sacreBLEU's static `BLEU.compute_bleu`, smoothing `'none'` by default). */
export interface ComputeBleuOptions {
  smoothMethod?: SmoothMethod
  smoothValue?: number
  effectiveOrder?: boolean
}

/** The score part of BLEU, computed from sufficient statistics. */
export interface BleuScoreParts {
  /** BLEU on the 0–100 scale. */
  score: number
  /** Matching n-gram counts per order as sacreBLEU reports them (`add-k` adds k from order 2 on). */
  counts: number[]
  /** Hypothesis n-gram totals per order as sacreBLEU reports them (`add-k` adds k from order 2 on). */
  totals: number[]
  /** n-gram precisions (0–100) per order, after smoothing. */
  precisions: number[]
  /** Brevity penalty. */
  bp: number
  /** Hypothesis length in tokens (sacreBLEU `sys_len`). */
  sysLen: number
  /** Closest reference length in tokens (sacreBLEU `ref_len`). */
  refLen: number
  /** `sysLen / refLen`, or 0 when `refLen` is 0. */
  ratio: number
}

export interface BleuResult extends BleuScoreParts {
  name: 'BLEU'
  /** Unsmoothed matching n-gram counts per order (the sufficient statistics). */
  rawCounts: number[]
  /** Unsmoothed hypothesis n-gram totals per order (the sufficient statistics). */
  rawTotals: number[]
  /** sacreBLEU signature, e.g. `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0`. */
  signature: string
}

export interface ChrfResult {
  /** `chrF2`, `chrF2++`, `chrF3`, … */
  name: string
  /** chrF on the 0–100 scale. */
  score: number
  charOrder: number
  wordOrder: number
  beta: number
  /**
   * Summed statistics, sacreBLEU layout: for each order (character orders
   * 1..charOrder, then word orders 1..wordOrder) `[hypCount, refCount, matches]`.
   */
  stats: number[]
  /** sacreBLEU signature, e.g. `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0`. */
  signature: string
}

export interface TerResult {
  name: 'TER'
  /** TER on the 0–100 scale (can exceed 100). */
  score: number
  /** Total edits (insertions, deletions, substitutions and shifts), summed over segments. */
  numEdits: number
  /** Sum over segments of the average reference length. */
  refLength: number
  /** sacreBLEU signature, e.g. `nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0`. */
  signature: string
}
