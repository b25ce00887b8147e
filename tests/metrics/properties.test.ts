/**
 * Property-style tests of translation-qa/metrics: sentence vs corpus
 * level, micro averaging, half-even formatting, Python whitespace, code
 * points, variable reference counts, option validation, bounded TER, and
 * cross-checks of the optimised implementations against naive ones.
 */
import {describe, expect, it} from 'vitest'
import {
  bleu,
  chrf,
  formatChrf,
  formatScore,
  formatTer,
  pyRstrip,
  pySplit,
  sentenceBleu,
  sentenceChrf,
  sentenceTer,
  ter,
  tokenize13a,
  tokenizeBleu,
  tokenizeChar,
  tokenizeTer
} from '../../src/metrics/index.js'

// A deterministic generator (mulberry32) so failures reproduce.
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['the', 'a', 'minister', 'said', 'on', 'Tuesday', 'that', 'prices', 'rose', '3.5%', 'in', 'Jakarta', '(AP)', 'U.S.', "don't", 'é', '😀', '𝒳', 'Zoë', '—', ',', '.', 'a', 'the', 'of']

function sentence(next: () => number, min: number, max: number, vocabulary = WORDS): string {
  const length = min + Math.floor(next() * (max - min + 1))
  const words: string[] = []
  for (let index = 0; index < length; index++) words.push(vocabulary[Math.floor(next() * vocabulary.length)]!)
  return words.join(' ')
}

function mutate(next: () => number, text: string, vocabulary = WORDS): string {
  const words = text.split(' ').filter((word) => word !== '')
  const edits = Math.floor(next() * 5)
  for (let edit = 0; edit < edits; edit++) {
    const kind = next()
    const at = Math.floor(next() * (words.length + 1))
    if (kind < 0.25 && words.length > 0) words.splice(Math.min(at, words.length - 1), 1)
    else if (kind < 0.5) words.splice(at, 0, vocabulary[Math.floor(next() * vocabulary.length)]!)
    else if (kind < 0.75 && words.length > 0) words[Math.min(at, words.length - 1)] = vocabulary[Math.floor(next() * vocabulary.length)]!
    else if (words.length > 3) {
      const start = Math.floor(next() * (words.length - 2))
      const moved = words.splice(start, 1 + Math.floor(next() * 3))
      words.splice(Math.floor(next() * (words.length + 1)), 0, ...moved)
    }
  }
  return words.join(' ')
}

// ---------------------------------------------------------------------------
// Naive reference implementations (strings, no interning, no row reuse).

function naiveBleuStats(hyp: string, refs: string[], order = 4): {correct: number[]; total: number[]; hypLen: number; refLen: number} {
  const tokens = (text: string) => pySplit(tokenizeBleu('13a', pyRstrip(text)))
  const ngrams = (words: string[]) => {
    const counts = new Map<string, number>()
    for (let n = 1; n <= order; n++) {
      for (let index = 0; index + n <= words.length; index++) {
        const key = `${n}\u0000${words.slice(index, index + n).join('\u0001')}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
    return counts
  }
  const hypWords = tokens(hyp)
  const max = new Map<string, number>()
  let refLen = -1
  let diff = -1
  for (const ref of refs) {
    const words = tokens(ref)
    const current = Math.abs(hypWords.length - words.length)
    if (diff === -1 || current < diff || (current === diff && words.length < refLen)) {
      diff = current
      refLen = words.length
    }
    for (const [key, count] of ngrams(words)) max.set(key, Math.max(max.get(key) ?? 0, count))
  }
  const correct = new Array<number>(order).fill(0)
  const total = new Array<number>(order).fill(0)
  for (const [key, count] of ngrams(hypWords)) {
    const n = Number(key.split('\u0000')[0])
    total[n - 1]! += count
    correct[n - 1]! += Math.min(count, max.get(key) ?? 0)
  }
  return {correct, total, hypLen: hypWords.length, refLen}
}

function naiveChrfStats(hyp: string, ref: string, charOrder: number, wordOrder: number): number[] {
  const chars = (text: string) => Array.from(pySplit(text).join(''))
  const punct = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
  const words = (text: string) =>
    pySplit(text).flatMap((word) => {
      const points = Array.from(word)
      if (points.length === 1) return [word]
      if (punct.includes(points.at(-1)!)) return [points.slice(0, -1).join(''), points.at(-1)!]
      if (punct.includes(points[0]!)) return [points[0]!, points.slice(1).join('')]
      return [word]
    })
  const count = (items: string[], n: number, glue: string) => {
    const counts = new Map<string, number>()
    for (let index = 0; index + n <= items.length; index++) {
      const key = items.slice(index, index + n).join(glue)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return counts
  }
  const stats: number[] = []
  const add = (h: Map<string, number>, r: Map<string, number>) => {
    let hypCount = 0
    let refCount = 0
    let match = 0
    for (const [key, value] of h) {
      hypCount += value
      match += Math.min(value, r.get(key) ?? 0)
    }
    for (const value of r.values()) refCount += value
    stats.push(refCount > 0 ? hypCount : 0, refCount, match)
  }
  for (let n = 1; n <= charOrder; n++) add(count(chars(hyp), n, ''), count(chars(ref), n, ''))
  for (let n = 1; n <= wordOrder; n++) add(count(words(hyp), n, ' '), count(words(ref), n, ' '))
  return stats
}

/** A direct, unoptimised transcription of sacreBLEU's TER (string lists, dict alignment, tuple ranking). */
function naiveTer(hypWords: string[], refWords: string[]): number {
  if (refWords.length === 0) return hypWords.length
  const nr = refWords.length
  const editDistance = (hyp: string[]): [number, string] => {
    const nh = hyp.length
    const ratio = nh > 0 ? nr / nh : 1
    const beam = 25 < ratio / 2 ? Math.ceil(ratio / 2 + 25) : 25
    const dist: Array<Array<[number, string]>> = [Array.from({length: nr + 1}, (_, j) => [j, 'i'] as [number, string])]
    for (let i = 1; i <= nh; i++) dist.push(Array.from({length: nr + 1}, () => [1e16, 'x'] as [number, string]))
    for (let i = 1; i <= nh; i++) {
      const diag = Math.floor(i * ratio)
      const minJ = Math.max(0, diag - beam)
      const maxJ = i === nh ? nr + 1 : Math.min(nr + 1, diag + beam)
      for (let j = minJ; j < maxJ; j++) {
        if (j === 0) {
          dist[i]![0] = [dist[i - 1]![0]![0] + 1, 'd']
          continue
        }
        const same = hyp[i - 1] === refWords[j - 1]
        const options: Array<[number, string]> = [
          [dist[i - 1]![j - 1]![0] + (same ? 0 : 1), same ? ' ' : 's'],
          [dist[i - 1]![j]![0] + 1, 'd'],
          [dist[i]![j - 1]![0] + 1, 'i']
        ]
        for (const option of options) if (dist[i]![j]![0] > option[0]) dist[i]![j] = option
      }
    }
    let trace = ''
    let i = nh
    let j = nr
    while (i > 0 || j > 0) {
      const op = dist[i]![j]![1]
      trace = op + trace
      if (op === ' ' || op === 's') {
        i--
        j--
      } else if (op === 'i') j--
      else if (op === 'd') i--
      else throw new Error('bad trace')
    }
    return [dist[nh]![nr]![0], trace]
  }
  const performShift = (words: string[], start: number, length: number, target: number): string[] => {
    if (target < start) return [...words.slice(0, target), ...words.slice(start, start + length), ...words.slice(target, start), ...words.slice(start + length)]
    if (target > start + length) return [...words.slice(0, start), ...words.slice(start + length, target), ...words.slice(start, start + length), ...words.slice(target)]
    return [...words.slice(0, start), ...words.slice(start + length, length + target), ...words.slice(start, start + length), ...words.slice(length + target)]
  }
  const shift = (words: string[], checkedIn: number): [number, string[], number] => {
    let checked = checkedIn
    const [preScore, inverse] = editDistance(words)
    const trace = [...inverse].map((op) => (op === 'i' ? 'd' : op === 'd' ? 'i' : op))
    const align = new Map<number, number>()
    const hypErr: number[] = []
    const refErr: number[] = []
    let posHyp = -1
    let posRef = -1
    for (const op of trace) {
      if (op === ' ' || op === 's') {
        posHyp++
        posRef++
        align.set(posRef, posHyp)
        hypErr.push(op === 's' ? 1 : 0)
        refErr.push(op === 's' ? 1 : 0)
      } else if (op === 'i') {
        posHyp++
        hypErr.push(1)
      } else {
        posRef++
        align.set(posRef, posHyp)
        refErr.push(1)
      }
    }
    const sum = (list: number[], from: number, to: number) => list.slice(from, to).reduce((a, b) => a + b, 0)
    let best: [number, number, number, number, string[]] | undefined
    const greater = (a: [number, number, number, number, string[]], b: [number, number, number, number, string[]]) => {
      for (let k = 0; k < 4; k++) if (a[k] !== b[k]) return (a[k] as number) > (b[k] as number)
      return a[4].join('\u0000') > b[4].join('\u0000')
    }
    outer: for (let sh = 0; sh < words.length; sh++) {
      for (let sr = 0; sr < nr; sr++) {
        if (Math.abs(sr - sh) > 50) continue
        let length = 0
        while (words[sh + length] === refWords[sr + length] && length < 10) {
          length++
          const skip = sum(hypErr, sh, sh + length) === 0 || sum(refErr, sr, sr + length) === 0 || (sh <= align.get(sr)! && align.get(sr)! < sh + length)
          if (!skip) {
            let previous = -1
            for (let offset = -1; offset < length; offset++) {
              let idx: number
              if (sr + offset === -1) idx = 0
              else if (align.has(sr + offset)) idx = align.get(sr + offset)! + 1
              else break
              if (idx === previous) continue
              previous = idx
              const shifted = performShift(words, sh, length, idx)
              const candidate: [number, number, number, number, string[]] = [preScore - editDistance(shifted)[0], length, -sh, -idx, shifted]
              checked++
              if (!best || greater(candidate, best)) best = candidate
            }
            if (checked >= 1000) break outer
          }
          if (words.length === sh + length || nr === sr + length) break
        }
      }
    }
    return best ? [best[0], best[4], checked] : [0, words, checked]
  }
  let words = hypWords
  let checked = 0
  let shifts = 0
  for (;;) {
    const [delta, next, count] = shift(words, checked)
    checked = count
    if (checked >= 1000 || delta <= 0) break
    shifts++
    words = next
  }
  return shifts + editDistance(words)[0]
}

// ---------------------------------------------------------------------------

describe('cross-checks against naive implementations', () => {
  const next = random(20251125)
  const pairs = Array.from({length: 150}, () => {
    const reference = sentence(next, 0, 30)
    return {hypothesis: next() < 0.1 ? sentence(next, 0, 10) : mutate(next, reference), references: [reference, mutate(next, reference)]}
  })

  it('BLEU statistics equal naive string-keyed counting', () => {
    for (const {hypothesis, references} of pairs) {
      const expected = naiveBleuStats(hypothesis, references)
      const result = sentenceBleu(hypothesis, references)
      expect(result.rawCounts, hypothesis).toEqual(expected.correct)
      expect(result.rawTotals, hypothesis).toEqual(expected.total)
      expect(result.sysLen).toBe(expected.hypLen)
      expect(result.refLen).toBe(expected.refLen)
    }
  })

  it('chrF++ statistics equal naive code-point counting', () => {
    for (const {hypothesis, references} of pairs) {
      const result = sentenceChrf(hypothesis, [references[0]!], {wordOrder: 2})
      expect(result.stats, hypothesis).toEqual(naiveChrfStats(hypothesis, references[0]!, 6, 2))
    }
  })

  it('BLEU and chrF++ statistics stay exact on very long segments (hashed n-gram path)', () => {
    const local = random(11)
    // ~3,000 distinct CJK characters / tokens: too many for the direct n-gram table.
    const alphabet = Array.from({length: 3000}, (_, index) => String.fromCodePoint(0x4e00 + index))
    const reference = Array.from({length: 6000}, () => alphabet[Math.floor(local() * alphabet.length)]!).join(' ')
    const hypothesis = mutate(local, mutate(local, reference, alphabet), alphabet)
    const expected = naiveBleuStats(hypothesis, [reference])
    const result = sentenceBleu(hypothesis, [reference])
    expect(result.rawCounts).toEqual(expected.correct)
    expect(result.rawTotals).toEqual(expected.total)
    expect(sentenceChrf(hypothesis, [reference], {wordOrder: 2}).stats).toEqual(naiveChrfStats(hypothesis, reference, 6, 2))
  })

  it('TER edits equal a naive transcription of sacreBLEU (random pairs)', () => {
    for (const {hypothesis, references} of pairs) {
      const expected = naiveTer(pySplit(hypothesis.toLowerCase()), pySplit(references[0]!.toLowerCase()))
      expect(sentenceTer(hypothesis, [references[0]!]).numEdits, `${hypothesis} | ${references[0]!}`).toBe(expected)
    }
  })

  it('TER edits equal the naive transcription where the beam and the candidate cap bind', () => {
    const local = random(7)
    const small = ['a', 'b', 'c', 'd']
    const cases: Array<[string, string]> = [
      // Long and repetitive: the 1000-candidate cap binds.
      [sentence(local, 60, 60, small), sentence(local, 60, 60, small)],
      [sentence(local, 90, 90, small), sentence(local, 40, 40, small)],
      // Far-displaced blocks: the beam of 25 around the diagonal binds.
      [Array.from({length: 70}, (_, index) => `w${(index + 35) % 70}`).join(' '), Array.from({length: 70}, (_, index) => `w${index}`).join(' ')],
      // Very unbalanced lengths: the beam widens (ratio / 2 > 25).
      ['w1 w5', Array.from({length: 120}, (_, index) => `w${index % 9}`).join(' ')]
    ]
    for (const [hypothesis, reference] of cases) {
      const expected = naiveTer(pySplit(hypothesis), pySplit(reference))
      expect(sentenceTer(hypothesis, [reference]).numEdits).toBe(expected)
    }
  })
})

describe('sentence level is corpus level of one segment', () => {
  const next = random(99)
  const pairs = Array.from({length: 40}, () => {
    const reference = sentence(next, 1, 25)
    return {hypothesis: mutate(next, reference), references: [reference, mutate(next, reference)]}
  })

  it.each([
    ['one reference', 1],
    ['two references', 2]
  ])('for BLEU, chrF, chrF++ and TER (%s)', (_, count) => {
    for (const {hypothesis, references} of pairs) {
      const refs = references.slice(0, count)
      const streams = refs.map((ref) => [ref])
      expect(sentenceBleu(hypothesis, refs)).toEqual(bleu([hypothesis], streams, {effectiveOrder: true}))
      expect(sentenceBleu(hypothesis, refs, {effectiveOrder: false})).toEqual(bleu([hypothesis], streams))
      expect(sentenceChrf(hypothesis, refs)).toEqual(chrf([hypothesis], streams))
      expect(sentenceChrf(hypothesis, refs, {wordOrder: 2})).toEqual(chrf([hypothesis], streams, {wordOrder: 2}))
      expect(sentenceTer(hypothesis, refs)).toEqual(ter([hypothesis], streams))
    }
  })

  it('sentenceBleu defaults to effective order, bleu() does not', () => {
    expect(sentenceBleu('a b', ['a b']).signature).toContain('|eff:yes|')
    expect(sentenceBleu('a b', ['a b']).score).toBeCloseTo(100, 9)
    expect(bleu(['a b'], [['a b']]).signature).toContain('|eff:no|')
    // Without effective order the missing 3- and 4-grams give my_log(0): exactly 0.
    expect(bleu(['a b'], [['a b']]).score).toBe(0)
  })
})

describe('corpus scores are micro averages, not means of sentence scores', () => {
  const hypotheses = ['the cat sat on the mat today', 'no']
  const references = [['the cat sat on the mat today', 'yes']]
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

  it('for BLEU', () => {
    const corpus = bleu(hypotheses, references)
    const sentences = hypotheses.map((hypothesis, index) => sentenceBleu(hypothesis, [references[0]![index]!], {effectiveOrder: false}).score)
    expect(corpus.rawCounts).toEqual([7, 6, 5, 4])
    expect(corpus.rawTotals).toEqual([8, 6, 5, 4])
    expect(Math.abs(corpus.score - mean(sentences))).toBeGreaterThan(1)
  })

  it('for chrF', () => {
    const corpus = chrf(hypotheses, references).score
    const sentences = hypotheses.map((hypothesis, index) => sentenceChrf(hypothesis, [references[0]![index]!]).score)
    expect(Math.abs(corpus - mean(sentences))).toBeGreaterThan(1)
  })

  it('for TER', () => {
    const corpus = ter(hypotheses, references)
    expect(corpus.numEdits).toBe(1)
    expect(corpus.refLength).toBe(8)
    expect(corpus.score).toBe(12.5)
    const sentences = hypotheses.map((hypothesis, index) => sentenceTer(hypothesis, [references[0]![index]!]).score)
    expect(mean(sentences)).toBe(50)
  })
})

describe('formatScore', () => {
  it.each([
    [6.25, 1, '6.2'],
    [0.125, 2, '0.12'],
    [0.375, 2, '0.38'],
    [2.5, 0, '2'],
    [3.5, 0, '4'],
    [-2.5, 0, '-2'],
    [6.35, 1, '6.3'], // 6.35 is below the tie in binary
    [1.005, 2, '1.00'], // 1.005 is below the tie in binary
    [48.530827009929865, 2, '48.53'],
    [100.00000000000004, 2, '100.00'],
    [0, 2, '0.00'],
    [-0, 2, '-0.00'],
    [-0.001, 2, '-0.00'],
    [1e22, 2, '10000000000000000000000.00'],
    [5e-324, 3, '0.000'],
    [0.5, 0, '0'],
    [1.5, 0, '2'],
    [Number.NaN, 2, 'nan'],
    [Infinity, 2, 'inf'],
    [-Infinity, 1, '-inf']
  ])('formatScore(%d, %d) is %s, like Python', (value, decimals, expected) => {
    expect(formatScore(value, decimals)).toBe(expected)
  })

  it('agrees with toFixed everywhere except exact ties', () => {
    const next = random(5)
    for (let round = 0; round < 5000; round++) {
      const value = next() * 200 - 50
      for (const decimals of [1, 2, 3, 4]) expect(formatScore(value, decimals)).toBe(value.toFixed(decimals))
    }
  })

  it('rejects a bad decimals count', () => {
    expect(() => formatScore(1, -1)).toThrow(TypeError)
    expect(() => formatScore(1, 1.5)).toThrow(/integer from 0 to 100/)
  })
})

describe('Python whitespace class', () => {
  it('splits on U+0085, U+001C–U+001F, NBSP and U+3000 but not on the BOM', () => {
    expect(pySplit('a\u0085b\u001Cc\u001Fd\u00A0e\u3000f\u2028g')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    expect(pySplit('\uFEFFa b')).toEqual(['\uFEFFa', 'b'])
    expect(pySplit('a\u200Bb')).toEqual(['a\u200Bb'])
    expect(pySplit('  ')).toEqual([])
    expect(pyRstrip('a \u0085\u001D')).toBe('a')
    expect(pyRstrip('a\uFEFF')).toBe('a\uFEFF')
  })

  it('a BOM stays part of the first token in BLEU and TER', () => {
    expect(sentenceBleu('\uFEFFthe cat sat', ['the cat sat']).rawCounts).toEqual([2, 1, 0, 0])
    expect(sentenceTer('\uFEFFthe cat sat', ['the cat sat']).numEdits).toBe(1)
  })

  it('U+0085 and U+001C separate tokens in BLEU and vanish from chrF n-grams', () => {
    expect(sentenceBleu('the\u0085cat\u001Csat', ['the cat sat']).score).toBeCloseTo(100, 9)
    expect(sentenceChrf('ab\u0085cd', ['abcd']).score).toBe(100)
    expect(sentenceChrf('ab\u00A0cd', ['ab cd']).score).toBe(100)
    // A BOM is not whitespace: it is a character n-gram.
    expect(sentenceChrf('\uFEFFabcd', ['abcd']).score).toBeLessThan(100)
  })

  it('13a joins `-\\n` but TER normalization joins `\\n-`', () => {
    expect(tokenize13a('hyphen-\nated')).toBe('hyphenated')
    expect(tokenize13a('line\n-break')).toBe('line -break')
    expect(tokenizeTer('line\n-break', {normalized: true})).toBe('linebreak')
    expect(tokenizeTer('hyphen-\nated', {normalized: true})).toBe('hyphen- ated')
  })

  it('13a unescapes entities only when `&` is present, in order', () => {
    expect(tokenize13a('&amp;lt;')).toBe('<')
    expect(tokenize13a('a &quot;b&quot;')).toBe('a " b "')
  })
})

describe('code points', () => {
  it('chrF counts astral characters once', () => {
    const result = sentenceChrf('𝒳𝒴😀', ['𝒳𝒴😀'])
    expect(result.stats.slice(0, 9)).toEqual([3, 3, 3, 2, 2, 2, 1, 1, 1])
    expect(result.score).toBe(100)
    const partial = sentenceChrf('😀😁', ['😀😂'])
    // 1-grams: 😀 matches, 😁 does not (a UTF-16 count would give 4 and share the high surrogate).
    expect(partial.stats.slice(0, 3)).toEqual([2, 2, 1])
  })

  it('does not normalize Unicode (NFC ≠ NFD)', () => {
    expect(sentenceChrf('caf\u00E9', ['cafe\u0301']).score).toBeLessThan(100)
    expect(sentenceBleu('caf\u00E9', ['cafe\u0301']).rawCounts[0]).toBe(0)
  })

  it('the char tokenizer makes every non-space code point a token', () => {
    expect(tokenizeChar('a b.😀')).toBe('a b . 😀')
  })
})

describe('BLEU details', () => {
  it('closest reference length ties go to the shorter reference', () => {
    expect(sentenceBleu('a b c', ['a b', 'a b c d']).refLen).toBe(2)
    expect(sentenceBleu('a b c', ['a b c d', 'a b']).refLen).toBe(2)
  })

  it('add-k gives 100% precision to orders beyond the hypothesis length', () => {
    const result = sentenceBleu('Yes', ['Yes.'], {smoothMethod: 'add-k'})
    expect(result.precisions).toEqual([100, 100, 100, 100])
    expect(result.score).toBeCloseTo(100 * Math.exp(-1), 12)
    expect(formatScore(result.score, 2)).toBe('36.79')
  })

  it('exp smoothing halves on successive zero-match orders', () => {
    const result = sentenceBleu('a x b y', ['a b'], {effectiveOrder: false})
    expect(result.rawCounts).toEqual([2, 0, 0, 0])
    expect(result.precisions).toEqual([50, 100 / (2 * 3), 100 / (4 * 2), 100 / (8 * 1)])
  })
})

describe('variable reference counts', () => {
  it('uses only the non-null references of each segment and signs nrefs:var', () => {
    const result = bleu(
      ['the cat sat', 'a dog ran'],
      [
        ['the cat sat', 'a dog ran'],
        ['the cat sat down', null]
      ]
    )
    expect(result.signature).toBe('nrefs:var|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0')
    expect(result.refLen).toBe(6)
    expect(chrf(['x'], [['x'], [null]]).signature).toMatch(/^nrefs:1\|/)
    expect(ter(['a b', 'c'], [['a b', 'c'], ['a b', null]]).signature).toMatch(/^nrefs:var\|/)
    expect(ter(['a b', 'c'], [['a b', 'c'], ['a b', null]]).refLength).toBe(3)
  })

  it('TER tokenizes references twice, like sacreBLEU 2.6.0 (visible with normalized)', () => {
    // The hypothesis is tokenized once: `jim's car`; the reference twice: `jim 's car`.
    const once = sentenceTer("Jim's\tcar", ["Jim's\tcar"], {normalized: true})
    expect([once.numEdits, once.refLength, once.score]).toEqual([2, 3, 66.66666666666666])
    expect(sentenceTer("jim 's car", ["Jim's\tcar"], {normalized: true}).numEdits).toBe(0)
    expect(sentenceTer("Jim's\tcar", ["Jim's\tcar"]).numEdits).toBe(0)
  })

  it('TER averages the reference length over all references of a segment', () => {
    const result = sentenceTer('a b c', ['a b c', 'a b c d e'])
    expect(result.numEdits).toBe(0)
    expect(result.refLength).toBe(4)
  })

  it('chrF keeps the statistics of the best reference, first on ties', () => {
    const best = sentenceChrf('abc', ['xyz', 'abc', 'abc'])
    expect(best.score).toBe(100)
    expect(best.stats.slice(0, 3)).toEqual([3, 3, 3])
  })

  it('rejects a segment without any reference', () => {
    expect(() => bleu(['a', 'b'], [['a', null]])).toThrow(/segment 1 of bleu\(\) to have at least one reference/)
  })
})

describe('formatters', () => {
  it('print sacreBLEU lines', () => {
    const chrfResult = sentenceChrf('abc', ['abd'])
    expect(formatChrf(chrfResult)).toBe(`chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = ${formatScore(chrfResult.score, 2)}`)
    expect(formatTer(ter(['d e f g h a b c'], [['a b c d e f g h']]))).toBe('TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0 = 12.50')
    expect(sentenceChrf('a', ['a'], {wordOrder: 2, beta: 3}).name).toBe('chrF3++')
  })
})

describe('validation', () => {
  it.each([
    ['a string for hypotheses', () => bleu('the cat' as unknown as string[], [['the cat']]), /Expected `hypotheses` of bleu\(\) to be an array of strings, got a string .*use sentenceBleu\(\)/],
    ['an empty corpus', () => chrf([], [[]]), /at least one segment/],
    ['a non-string hypothesis', () => ter(['a', 3 as unknown as string], [['a', 'b']]), /Expected `hypotheses\[1\]` of ter\(\) to be a string, got the number 3/],
    ['a stream length mismatch', () => bleu(['a', 'b', 'c'], [['a', 'b', 'c'], ['a', 'b']]), /Expected every reference stream to have 3 segments like `hypotheses`, stream 1 has 2/],
    ['references that are not streams', () => bleu(['a', 'b'], ['a', 'b'] as unknown as string[][]), /for one reference per segment pass \[references\]/],
    ['a non-string reference', () => bleu(['a'], [[1 as unknown as string]]), /`references\[0\]\[0\]` of bleu\(\) to be a string or null/],
    ['an unknown tokenizer', () => bleu(['a'], [['a']], {tokenize: 'moses' as '13a'}), /Unexpected `tokenize` 'moses' for bleu\(\); expected one of '13a', 'intl', 'char', 'none'/],
    ['an unknown smoothing', () => sentenceBleu('a', ['a'], {smoothMethod: 'add-one' as 'exp'}), /expected one of 'exp', 'floor', 'add-k', 'none'/],
    ['a negative smoothing value', () => bleu(['a'], [['a']], {smoothMethod: 'floor', smoothValue: -1}), /`smoothValue` of bleu\(\) to be a finite number/],
    ['an unknown option', () => chrf(['a'], [['a']], {order: 6} as never), /Unknown option `order` for chrf\(\); expected one of `charOrder`/],
    ['a bad order', () => chrf(['a'], [['a']], {charOrder: 0, wordOrder: 0}), /at least 1/],
    ['a non-boolean flag', () => ter(['a'], [['a']], {normalized: 'yes' as unknown as boolean}), /`normalized` of ter\(\) to be true or false/],
    ['a sentence reference string', () => sentenceChrf('a', 'a' as unknown as string[]), /wrap one reference in an array/],
    ['no sentence references', () => sentenceTer('a', []), /at least one reference string/]
  ])('throws a TypeError for %s', (_, run, message) => {
    expect(run).toThrow(TypeError)
    expect(run).toThrow(message)
  })
})

describe('bounded TER search', () => {
  it('finishes quickly on long repetitive segments (the candidate cap binds)', () => {
    const next = random(3)
    const hypothesis = sentence(next, 400, 400, ['a', 'b', 'c'])
    const reference = sentence(next, 400, 400, ['a', 'b', 'c'])
    const started = performance.now()
    const result = sentenceTer(hypothesis, [reference])
    expect(result.numEdits).toBeGreaterThan(0)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})

describe('13a tokenizer shortcuts', () => {
  // mteval-v13a as sacreBLEU writes it: four substitutions in turn, the first spacing out spaces too.
  const naive13a = (line: string): string =>
    pySplit(
      ` ${line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ').replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>')} `
        .replace(/([{-~[-` -&(-+:-@/])/gu, ' $1 ')
        .replace(/([^0-9])([.,])/gu, '$1 $2 ')
        .replace(/([.,])([^0-9])/gu, ' $1 $2')
        .replace(/([0-9])(-)/gu, '$1 $2 ')
    ).join(' ')

  it('gives the tokens of the four substitutions on random text of digits, periods, commas, dashes and spaces', () => {
    const next = random(13)
    const pieces = ['a', 'B', '1', '0', '.', ',', '-', ' ', '  ', '\t', '\n', '-\n', '&', '&amp;', '{', '~', '[', '`', '!', '"', '(', ':', '@', '/', "'", '😀', '\uD83D', '\u00a0', '\u0085', 'é', '...', '.5', '5-']
    for (let index = 0; index < 20000; index++) {
      let line = ''
      const length = 1 + Math.floor(next() * 14)
      for (let at = 0; at < length; at++) line += pieces[Math.floor(next() * pieces.length)]
      expect(tokenize13a(line), JSON.stringify(line)).toBe(naive13a(line))
    }
  })
})
