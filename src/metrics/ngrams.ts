/**
 * Integer-coded n-grams. Within one segment, every distinct n-gram (of any
 * order) gets a small dense id, so counting is array indexing instead of
 * building and hashing joined strings.
 *
 * The sentences of a segment are interned together, one order at a time.
 * Unigrams get ids 0..A-1 from a hash table of symbols. An n-gram (n ≥ 2) is
 * the pair (id of its first n-1 symbols, unigram id of its last symbol); all
 * prefixes come from the previous order, whose ids form one contiguous range,
 * so the pair indexes a small direct table (falling back to the hash table
 * for very long segments). Everything is exact integer bookkeeping.
 */

/** The n-gram ids of one sentence, grouped by order. */
export interface NgramIds {
  /** Ids of order 1, then order 2, … */
  ids: Int32Array
  /** `ids[offsets[n-1] .. offsets[n])` are the ids of order n; length maxOrder + 1. */
  offsets: Int32Array
}

/** Largest direct table (entries) before falling back to hashing. */
const DIRECT_LIMIT = 1 << 21

export class NgramInterner {
  private mask = 4095
  /** Hash slots of 4 integers: generation stamp, prefix id, symbol, value. */
  private table = new Int32Array(4096 * 4)
  private generation = 1
  private directStamps = new Int32Array(0)
  private directValues = new Int32Array(0)
  private directGeneration = 0
  /** Number of distinct n-grams interned since the last reset. */
  size = 0

  /** Starts a new segment: forgets every id. */
  reset(): void {
    this.size = 0
    this.generation++
    if (this.generation === 0x7fffffff) {
      this.table.fill(0)
      this.generation = 1
    }
  }

  private static slot(prefix: number, symbol: number, mask: number): number {
    let hash = (Math.imul(prefix + 1, 0x9e3779b1) + symbol) | 0
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
    return (hash ^ (hash >>> 13)) & mask
  }

  /** The id of the pair (prefix, symbol) in the hash table, assigning the next id if it is new. */
  private hashed(prefix: number, symbol: number): number {
    const {table, generation, mask} = this
    let slot = NgramInterner.slot(prefix, symbol, mask)
    for (;;) {
      const base = slot << 2
      if (table[base] !== generation) {
        table[base] = generation
        table[base + 1] = prefix
        table[base + 2] = symbol
        const id = this.size++
        table[base + 3] = id
        if (this.size * 2 > mask) this.grow()
        return id
      }
      if (table[base + 1] === prefix && table[base + 2] === symbol) return table[base + 3]!
      slot = (slot + 1) & mask
    }
  }

  private grow(): void {
    const {table, generation} = this
    const capacity = (this.mask + 1) * 2
    const mask = capacity - 1
    const next = new Int32Array(capacity * 4)
    for (let old = 0; old < table.length; old += 4) {
      if (table[old] !== generation) continue
      const prefix = table[old + 1]!
      const symbol = table[old + 2]!
      let slot = NgramInterner.slot(prefix, symbol, mask)
      while (next[slot << 2] === 1) slot = (slot + 1) & mask
      const base = slot << 2
      next[base] = 1
      next[base + 1] = prefix
      next[base + 2] = symbol
      next[base + 3] = table[old + 3]!
    }
    this.table = next
    this.mask = mask
    this.generation = 1
  }

  /** Prepares the direct table for `entries` keys and returns its generation. */
  private direct(entries: number): number {
    if (this.directStamps.length < entries) {
      let capacity = Math.max(4096, this.directStamps.length)
      while (capacity < entries) capacity *= 2
      this.directStamps = new Int32Array(capacity)
      this.directValues = new Int32Array(capacity)
      this.directGeneration = 0
    }
    this.directGeneration++
    if (this.directGeneration === 0x7fffffff) {
      this.directStamps.fill(0)
      this.directGeneration = 1
    }
    return this.directGeneration
  }

  /**
   * Interns all n-grams of orders 1..maxOrder of every sentence of one
   * segment (symbols are any 32-bit integers). Call `reset()` first.
   */
  internAll(sentences: readonly Int32Array[], maxOrder: number): NgramIds[] {
    const result: NgramIds[] = sentences.map((symbols) => {
      const length = symbols.length
      const offsets = new Int32Array(maxOrder + 1)
      let total = 0
      for (let n = 1; n <= maxOrder; n++) {
        offsets[n - 1] = total
        if (length - n + 1 > 0) total += length - n + 1
      }
      offsets[maxOrder] = total
      return {ids: new Int32Array(total), offsets}
    })
    if (maxOrder < 1) return result

    for (let s = 0; s < sentences.length; s++) {
      const symbols = sentences[s]!
      const ids = result[s]!.ids
      for (let index = 0; index < symbols.length; index++) ids[index] = this.hashed(-1, symbols[index]!)
    }
    // Unigram ids 0..alphabet-1 are the symbols of the higher orders.
    const alphabet = this.size
    let low = 0
    for (let n = 2; n <= maxOrder; n++) {
      const high = this.size
      const span = high - low
      const useDirect = span * alphabet <= DIRECT_LIMIT
      const generation = useDirect ? this.direct(span * alphabet) : 0
      const stamps = this.directStamps
      const values = this.directValues
      for (let s = 0; s < sentences.length; s++) {
        const {ids, offsets} = result[s]!
        const start = offsets[n - 1]!
        const count = offsets[n]! - start
        if (count <= 0) continue
        const previous = offsets[n - 2]!
        for (let index = 0; index < count; index++) {
          const prefix = ids[previous + index]!
          const symbol = ids[index + n - 1]!
          if (useDirect) {
            const key = (prefix - low) * alphabet + symbol
            if (stamps[key] !== generation) {
              stamps[key] = generation
              values[key] = this.size++
            }
            ids[start + index] = values[key]!
          } else {
            ids[start + index] = this.hashed(prefix, symbol)
          }
        }
      }
      low = high
    }
    return result
  }
}

/** A growable zero-initialised Int32Array, reused across segments. */
export class Counts {
  data = new Int32Array(1024)

  /** Makes sure ids `[0, size)` exist and are zero. */
  prepare(size: number): Int32Array {
    if (this.data.length < size) {
      let capacity = this.data.length
      while (capacity < size) capacity *= 2
      this.data = new Int32Array(capacity)
    } else {
      this.data.fill(0, 0, size)
    }
    return this.data
  }
}

/**
 * Maps strings to dense symbol ids. One vocabulary serves a whole corpus
 * call: clearing a `Map` per segment would reallocate and regrow it.
 */
export class Vocabulary {
  private readonly map = new Map<string, number>()

  encode(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length)
    const map = this.map
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      let id = map.get(token)
      if (id === undefined) {
        id = map.size
        map.set(token, id)
      }
      out[index] = id
    }
    return out
  }
}
