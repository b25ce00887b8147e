/**
 * Sentence alignment of an MT text with its reference, across the whole
 * article: 1–1, 1–2, 2–1, 1–0 and 0–1 groups, within and across paragraphs.
 *
 * A dynamic program (Gale & Church 1993) whose cost adds, to Gale–Church's
 * length cost and move priors, a lexical cost from weighted overlap of the
 * sentences' content words, names and numbers (numbers compared by value
 * after locale normalisation, so `$2.000` in Indonesian-source MT matches
 * `$2,000`). The program runs in a band around a path through rare shared
 * words (anchors); when the best path touches the band's edge the band is
 * re-centred on that path and doubled, so the cost stays
 * O(sentences × band) on long articles.
 */
import type {Token} from './tokens.js'

/** One aligned group: indexes into the sentences of each text (either may be empty). */
export interface AlignedGroup {
  mt: number[]
  reference: number[]
}

/** What the aligner needs to know about the sentences of one text. */
export interface SentenceSide {
  /** Non-space characters of each sentence. */
  lengths: ArrayLike<number>
  /** Paragraph of each sentence. */
  paragraphs: ArrayLike<number>
  /** Tokens of the whole text, in order, each with its sentence. */
  tokens: readonly Token[]
}

/** Move priors, as negative log probabilities (Gale & Church's estimates). */
const moves: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099 / 2)],
  [0, 1, -Math.log(0.0099 / 2)],
  [2, 1, -Math.log(0.089 / 2)],
  [1, 2, -Math.log(0.089 / 2)]
]
/** Weight of the lexical cost: a pair with nothing in common costs this much more than an identical pair. */
const lexicalWeight = 5
/** Weight of the length cost. */
const lengthWeight = 0.5
/** Variance of the length difference per character (Gale & Church's s²). */
const variance = 6.8
/** Extra cost of a group whose sentences span two paragraphs on one side. */
const paragraphCost = 1
/** Half-width of the first band, in sentences. */
const firstBand = 8
/** Most cells the program may visit (keeps even hostile input bounded). */
const maxCells = 30_000_000

/** Align the sentences of `mt` with those of `reference`. */
export function alignSentences(mt: SentenceSide, reference: SentenceSide): AlignedGroup[] {
  const n = mt.lengths.length
  const m = reference.lengths.length
  if (n === 0 || m === 0) {
    return [...Array.from({length: n}, (_, index) => ({mt: [index], reference: []})), ...Array.from({length: m}, (_, index) => ({mt: [], reference: [index]}))]
  }
  const features = buildFeatures(mt, reference)
  const cost = costModel(mt, reference, features)
  const center = anchorCenter(features, n, m)
  let low: ArrayLike<number> = center
  let high: ArrayLike<number> = center
  let width = firstBand
  for (;;) {
    const band = bandAround(low, high, width, n, m)
    const result = run(band, n, m, cost)
    const widen = result.touches && width < Math.max(n, m) && cellsOf(band.lo, band.hi) * 3 < maxCells
    if (!widen) return result.groups
    low = result.low
    high = result.high
    width *= 2
  }
}

interface Features {
  /** Unique token ids of each MT and reference sentence. */
  mt: Int32Array[]
  reference: Int32Array[]
  weights: Float64Array
  /** Sentences of each side that contain each token. */
  mtFrequency: Int32Array
  referenceFrequency: Int32Array
}

function buildFeatures(mt: SentenceSide, reference: SentenceSide): Features {
  const ids = new Map<string, number>()
  const capitals: number[] = []
  const seen: number[] = []
  const intern = (key: string, capitalized: boolean): number => {
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
      capitals.push(0)
      seen.push(0)
    }
    seen[id]!++
    if (capitalized) capitals[id]!++
    return id
  }
  // `lastIn[id]`: the last sentence (numbered across both sides) that listed `id`, to keep each id once per sentence.
  const lastIn: number[] = []
  let sentenceNumber = 0
  const sentencesOf = (side: SentenceSide): Int32Array[] => {
    const lists: number[][] = Array.from({length: side.lengths.length}, () => [])
    const base = sentenceNumber
    sentenceNumber += lists.length
    const add = (list: number[], sentence: number, id: number) => {
      if (lastIn[id] === sentence) return
      lastIn[id] = sentence
      list.push(id)
    }
    for (const token of side.tokens) {
      if (!token.content) continue
      const list = lists[token.sentence]
      if (!list) continue
      add(list, base + token.sentence, intern(token.key, token.capitalized))
      if (token.alt) add(list, base + token.sentence, intern(token.alt, false))
    }
    // Ids in order of first occurrence, as a Set would keep them (weights are summed in this order).
    return lists.map((list) => Int32Array.from(list))
  }
  const mtSentences = sentencesOf(mt)
  const referenceSentences = sentencesOf(reference)
  const size = ids.size
  const mtFrequency = new Int32Array(size)
  const referenceFrequency = new Int32Array(size)
  for (const list of mtSentences) for (const id of list) mtFrequency[id]!++
  for (const list of referenceSentences) for (const id of list) referenceFrequency[id]!++
  const total = mtSentences.length + referenceSentences.length
  const weights = new Float64Array(size)
  ids.forEach((id, key) => {
    const frequency = mtFrequency[id]! + referenceFrequency[id]!
    const kind = key.startsWith('#') ? 2.5 : capitals[id]! * 2 > seen[id]! ? 1.5 : 1
    weights[id] = kind * Math.log(1 + total / Math.max(1, frequency))
  })
  return {mt: mtSentences, reference: referenceSentences, weights, mtFrequency, referenceFrequency}
}

type MoveCost = (mtStart: number, mtCount: number, referenceStart: number, referenceCount: number) => number

function costModel(mt: SentenceSide, reference: SentenceSide, features: Features): MoveCost {
  const size = features.weights.length
  const referenceMark = new Int32Array(size)
  const mtMark = new Int32Array(size)
  const {weights} = features
  let stamp = 0
  const similarity = (mtStart: number, mtCount: number, referenceStart: number, referenceCount: number): number => {
    stamp++
    let referenceWeight = 0
    // Indexed loops: this runs for every cell and move of the band, and typed-array iterators allocate.
    for (let sentence = referenceStart; sentence < referenceStart + referenceCount; sentence++) {
      const ids = features.reference[sentence]!
      for (let at = 0; at < ids.length; at++) {
        const id = ids[at]!
        if (referenceMark[id] !== stamp) {
          referenceMark[id] = stamp
          referenceWeight += weights[id]!
        }
      }
    }
    let mtWeight = 0
    let shared = 0
    for (let sentence = mtStart; sentence < mtStart + mtCount; sentence++) {
      const ids = features.mt[sentence]!
      for (let at = 0; at < ids.length; at++) {
        const id = ids[at]!
        if (mtMark[id] !== stamp) {
          mtMark[id] = stamp
          mtWeight += weights[id]!
          if (referenceMark[id] === stamp) shared += weights[id]!
        }
      }
    }
    return mtWeight + referenceWeight > 0 ? (2 * shared) / (mtWeight + referenceWeight) : 0
  }
  const sum = (values: ArrayLike<number>, start: number, count: number): number => {
    let total = 0
    for (let index = start; index < start + count; index++) total += values[index]!
    return total
  }
  return (mtStart, mtCount, referenceStart, referenceCount) => {
    if (mtCount === 0 || referenceCount === 0) return 0
    const mtLength = sum(mt.lengths, mtStart, mtCount)
    const referenceLength = sum(reference.lengths, referenceStart, referenceCount)
    let cost = lengthWeight * lengthCost(mtLength, referenceLength) + lexicalWeight * (1 - similarity(mtStart, mtCount, referenceStart, referenceCount))
    if (mtCount > 1 && mt.paragraphs[mtStart] !== mt.paragraphs[mtStart + mtCount - 1]) cost += paragraphCost
    if (referenceCount > 1 && reference.paragraphs[referenceStart] !== reference.paragraphs[referenceStart + referenceCount - 1]) cost += paragraphCost
    return cost
  }
}

/** Gale–Church: −log of the probability of a length difference at least this large. */
export function lengthCost(a: number, b: number): number {
  const mean = (a + b) / 2
  if (mean === 0) return 0
  const delta = Math.abs(b - a) / Math.sqrt(variance * mean)
  const tail = 2 * (1 - normalCdf(delta))
  return Math.min(25, -Math.log(Math.max(tail, 1e-12)))
}

function normalCdf(x: number): number {
  // Abramowitz & Stegun 26.2.17, |error| < 7.5e-8.
  const t = 1 / (1 + 0.2316419 * x)
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  return 1 - density * poly
}

/**
 * Centre of the first band, per MT row: a piecewise-linear path through
 * anchors, pairs of sentences that share rare words (mutually best, in
 * increasing order), or the diagonal when there are none.
 */
function anchorCenter(features: Features, n: number, m: number): Float64Array {
  const scores = new Map<number, number>()
  const rareIn = (frequency: Int32Array, id: number) => frequency[id]! > 0 && frequency[id]! <= 2
  const referenceBy = new Map<number, number[]>()
  features.reference.forEach((ids, sentence) => {
    for (const id of ids) {
      if (!rareIn(features.referenceFrequency, id) || !rareIn(features.mtFrequency, id)) continue
      let list = referenceBy.get(id)
      if (!list) referenceBy.set(id, (list = []))
      list.push(sentence)
    }
  })
  features.mt.forEach((ids, sentence) => {
    for (const id of ids) {
      for (const other of referenceBy.get(id) ?? []) {
        const key = sentence * (m + 1) + other
        scores.set(key, (scores.get(key) ?? 0) + features.weights[id]!)
      }
    }
  })
  const bestOfMt = new Map<number, [number, number]>()
  const bestOfReference = new Map<number, [number, number]>()
  for (const [key, score] of scores) {
    const i = Math.floor(key / (m + 1))
    const j = key % (m + 1)
    if ((bestOfMt.get(i)?.[1] ?? 0) < score) bestOfMt.set(i, [j, score])
    if ((bestOfReference.get(j)?.[1] ?? 0) < score) bestOfReference.set(j, [i, score])
  }
  const pairs: Array<[number, number]> = []
  for (const [i, [j, score]] of bestOfMt) {
    if (score >= 4 && bestOfReference.get(j)?.[0] === i) pairs.push([i, j])
  }
  pairs.sort((a, b) => a[0] - b[0])
  const chain = increasingChain(pairs)
  const points: Array<[number, number]> = [[0, 0], ...chain.map(([i, j]): [number, number] => [i + 0.5, j + 0.5]), [n, m]]
  const center = new Float64Array(n + 1)
  let segment = 0
  for (let row = 0; row <= n; row++) {
    while (segment < points.length - 2 && points[segment + 1]![0] < row) segment++
    const [x0, y0] = points[segment]!
    const [x1, y1] = points[segment + 1]!
    center[row] = x1 === x0 ? y1 : y0 + ((row - x0) * (y1 - y0)) / (x1 - x0)
  }
  return center
}

/** Longest chain of pairs increasing in both coordinates (pairs sorted by the first), O(k log k). */
function increasingChain(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const tailIndex: number[] = []
  const previous: number[] = []
  pairs.forEach(([, j], index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (tails[mid]! < j) low = mid + 1
      else high = mid
    }
    tails[low] = j
    tailIndex[low] = index
    previous[index] = low > 0 ? tailIndex[low - 1]! : -1
  })
  const chain: Array<[number, number]> = []
  let index = tailIndex.length > 0 ? tailIndex[tailIndex.length - 1]! : -1
  while (index >= 0) {
    chain.push(pairs[index]!)
    index = previous[index]!
  }
  return chain.reverse()
}

interface Band {
  lo: Int32Array
  hi: Int32Array
}

/** Rows `0..n`, each allowed `lo..hi` (inclusive), both non-decreasing, covering `low - width … high + width` of the row and its neighbours. */
function bandAround(low: ArrayLike<number>, high: ArrayLike<number>, width: number, n: number, m: number): Band {
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let row = 0; row <= n; row++) {
    const before = Math.max(0, row - 1)
    const after = Math.min(n, row + 1)
    lo[row] = Math.max(0, Math.floor(Math.min(low[before]!, low[row]!, low[after]!)) - width)
    hi[row] = Math.min(m, Math.ceil(Math.max(high[before]!, high[row]!, high[after]!)) + width)
  }
  lo[0] = 0
  hi[n] = m
  for (let row = 1; row <= n; row++) if (hi[row]! < hi[row - 1]!) hi[row] = hi[row - 1]!
  for (let row = n - 1; row >= 0; row--) if (lo[row]! > lo[row + 1]!) lo[row] = lo[row + 1]!
  return {lo, hi}
}

function cellsOf(lo: Int32Array, hi: Int32Array): number {
  let cells = 0
  for (let row = 0; row < lo.length; row++) cells += hi[row]! - lo[row]! + 1
  return cells
}

function run(band: Band, n: number, m: number, cost: MoveCost): {groups: AlignedGroup[]; touches: boolean; low: Float64Array; high: Float64Array} {
  const {lo, hi} = band
  // All rows in one array each: row i's cell j is at `at[i] + j - lo[i]`.
  const at = new Int32Array(n + 2)
  for (let i = 0; i <= n; i++) at[i + 1] = at[i]! + hi[i]! - lo[i]! + 1
  const scores = new Float64Array(at[n + 1]!).fill(Infinity)
  const back = new Uint8Array(at[n + 1]!).fill(255)
  for (let i = 0; i <= n; i++) {
    const row = at[i]! - lo[i]!
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) {
        scores[0] = 0
        continue
      }
      let best = Infinity
      let bestMove = 255
      for (let move = 0; move < moves.length; move++) {
        const step = moves[move]!
        const di = step[0]
        const dj = step[1]
        const prior = step[2]
        const pi = i - di
        const pj = j - dj
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue
        const previous = scores[at[pi]! + pj - lo[pi]!]!
        if (previous === Infinity || previous + prior >= best) continue
        const total = previous + prior + cost(pi, di, pj, dj)
        if (total < best) {
          best = total
          bestMove = move
        }
      }
      scores[row + j] = best
      back[row + j] = bestMove
    }
  }
  const groups: AlignedGroup[] = []
  const low = new Float64Array(n + 1).fill(Infinity)
  const high = new Float64Array(n + 1).fill(-Infinity)
  let touches = false
  let i = n
  let j = m
  const visit = (row: number, column: number) => {
    low[row] = Math.min(low[row]!, column)
    high[row] = Math.max(high[row]!, column)
    if ((column === lo[row]! && lo[row]! > 0) || (column === hi[row]! && hi[row]! < m)) touches = true
  }
  visit(i, j)
  while (i > 0 || j > 0) {
    const move = back[at[i]! + j - lo[i]!]!
    /* c8 ignore next -- (n, m) is always reachable: the band is non-decreasing and covers both corners */
    if (move === 255) break
    const di = moves[move]![0]
    const dj = moves[move]![1]
    groups.push({mt: range(i - di, di), reference: range(j - dj, dj)})
    i -= di
    j -= dj
    visit(i, j)
  }
  groups.reverse()
  // Rows the path skipped (2–1 moves) take their neighbours' columns.
  for (let row = 1; row <= n; row++) {
    if (!Number.isFinite(low[row]!)) {
      low[row] = high[row - 1]!
      high[row] = high[row - 1]!
    }
  }
  return {groups, touches, low, high}
}

function range(start: number, count: number): number[] {
  return Array.from({length: count}, (_, index) => start + index)
}
