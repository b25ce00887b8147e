import {describe, expect, it} from 'vitest'
import {applyFixes, checkSync, isSafeFix, type Finding} from '../../src/index.js'

/** A finding at `start..end` of `text` (only the fields applyFixes reads matter). */
function finding(text: string, start: number, end: number, expected: string[], fixable = true, ruleId = 'number-format'): Finding {
  return {
    ruleId,
    category: 'locale-convention/number-format',
    severity: 'major',
    message: 'test',
    actual: text.slice(start, end),
    expected,
    fixable,
    confidence: 1,
    start,
    end,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    url: ''
  }
}

describe('applyFixes', () => {
  it('applies safe fixes from the end backwards and keeps the text around them', () => {
    const text = 'Paid $2.000 in Uncle Sam country.'
    const a = finding(text, 5, 11, ['$2,000'])
    const b = finding(text, 15, 32, ['the United States'])
    const result = applyFixes(text, [a, b])
    expect(result.output).toBe('Paid $2,000 in the United States.')
    expect(result.applied).toEqual([a, b])
    expect(result.remaining).toEqual([])
  })

  it('applies the first suggestion of fixable findings; deletions and unsafe ones are left for an editor', () => {
    const text = 'Keep this. Delete this. Keep that.'
    const deletion = finding(text, 11, 24, [])
    const unsafe = finding(text, 0, 4, ['Hold'], false)
    const ranked = finding(text, 29, 33, ['this', 'it'])
    const result = applyFixes(text, [unsafe, deletion, ranked])
    expect(result.output).toBe('Keep this. Delete this. Keep this.')
    expect(result.applied).toEqual([ranked])
    expect(result.remaining).toEqual([unsafe, deletion])
    expect([unsafe, deletion, ranked].map(isSafeFix)).toEqual([false, false, true])
  })

  it('skips overlapping fixes (textlint: the later-ending one wins) and keeps them in `remaining`', () => {
    const text = 'abcdefghij'
    const outer = finding(text, 2, 8, ['X'])
    const inner = finding(text, 4, 6, ['Y'])
    const crossing = finding(text, 6, 10, ['Z'])
    const result = applyFixes(text, [outer, inner, crossing])
    // Sorted by end descending: crossing (6–10) first, then outer (2–8) overlaps it, inner (4–6) ends at its start.
    expect(result.output).toBe('abcdYZ')
    expect(result.applied).toEqual([inner, crossing])
    expect(result.remaining).toEqual([outer])
  })

  it('applies adjacent fixes (end equal to the next start) and is independent of input order', () => {
    const text = 'aaabbb'
    const first = finding(text, 0, 3, ['1'])
    const second = finding(text, 3, 6, ['2'])
    expect(applyFixes(text, [first, second]).output).toBe('12')
    expect(applyFixes(text, [second, first]).output).toBe('12')
  })

  it('keeps a byte-order mark, with offsets counted after it', () => {
    const body = 'Paid $2.000.'
    const result = applyFixes(`\uFEFF${body}`, [finding(body, 5, 11, ['$2,000'])])
    expect(result.output).toBe('\uFEFFPaid $2,000.')
    expect(result.applied).toHaveLength(1)
  })

  it('never applies a finding that no longer matches the text', () => {
    const stale = finding('Paid $2.000.', 5, 11, ['$2,000'])
    const result = applyFixes('Paid $3.000.', [stale])
    expect(result.output).toBe('Paid $3.000.')
    expect(result.remaining).toEqual([stale])
    const outside = {...stale, start: 50, end: 56}
    expect(applyFixes('short', [outside]).remaining).toEqual([outside])
  })

  it('handles astral characters (UTF-16 offsets)', () => {
    const text = '🙂 paid $2.000 🙂'
    const start = text.indexOf('$')
    const result = applyFixes(text, [finding(text, start, start + 6, ['$2,000'])])
    expect(result.output).toBe('🙂 paid $2,000 🙂')
  })

  it('fixes what check() finds, idempotently', () => {
    const text = "They paid $2.000 each in Uncle Sam's country."
    const first = applyFixes(text, checkSync(text, {sourceLang: 'id'}).findings)
    expect(first.output).toBe('They paid $2,000 each in the United States.')
    const second = applyFixes(first.output, checkSync(first.output, {sourceLang: 'id'}).findings)
    expect(second.output).toBe(first.output)
    expect(second.applied).toEqual([])
  })

  it('refuses bad arguments with a clear error', () => {
    expect(() => applyFixes(null as unknown as string, [])).toThrow(/Expected `text` of applyFixes\(\) to be a string/)
    expect(() => applyFixes('x', {} as unknown as Finding[])).toThrow(/report\.findings/)
  })
})
