/**
 * Invariants over every check, remark-lint style: identity, positions,
 * `actual` equal to the text at the offsets, position-less trees, and
 * robustness on hostile input.
 */
import {existsSync, readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {allChecks, checkSync, type Report} from '../src/index.js'

const root = new URL('../', import.meta.url)
const seed = readFileSync(new URL('../corpus/000-seed-korea-troops/mt.txt', import.meta.url), 'utf8')
const severities = new Set(['neutral', 'minor', 'major', 'critical'])

function assertFindings(text: string, report: Report): void {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1)
  for (const finding of report.findings) {
    expect(finding.start).toBeGreaterThanOrEqual(0)
    expect(finding.end).toBeGreaterThan(finding.start)
    expect(finding.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(finding.start, finding.end)).toBe(finding.actual)
    expect(finding.line).toBeGreaterThan(0)
    expect(lineStarts[finding.line - 1]! + finding.column - 1).toBe(finding.start)
    expect(severities.has(finding.severity)).toBe(true)
    expect(finding.message.startsWith('Unexpected')).toBe(true)
    expect(finding.message.endsWith('.')).toBe(false)
    expect(() => new URL(finding.url)).not.toThrow()
    expect(finding.url.endsWith(`#${finding.ruleId}`)).toBe(true)
    expect(finding.confidence).toBeGreaterThan(0)
    expect(finding.confidence).toBeLessThanOrEqual(1)
    if (finding.reference) expect(finding.reference.text.length).toBeGreaterThan(0)
  }
  expect(JSON.parse(JSON.stringify(report))).toEqual(report)
}

describe('every check', () => {
  it.each(allChecks.map((check) => [check.meta.ruleId, check] as const))('%s has consistent metadata, a file and docs', (ruleId, check) => {
    expect(ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    expect(existsSync(new URL(`src/checks/${ruleId}.ts`, root))).toBe(true)
    expect(check.meta.description.length).toBeGreaterThan(10)
    const docs = readFileSync(new URL('docs/checks.md', root), 'utf8')
    expect(docs).toContain(`<a id="${ruleId}"></a>`)
  })

  it('reports only positions that point at the text they quote, on the seed', () => {
    for (const sourceLang of [undefined, 'id']) assertFindings(seed, checkSync(seed, {sourceLang}))
  })

  it.each(allChecks.map((check) => [check.meta.ruleId, check] as const))('%s neither throws on nor reports position-less nodes', (_, check) => {
    const processor = unified().use(retextEnglish)
    const tree = processor.parse(seed) as Root
    const strip = (node: {position?: unknown; children?: unknown[]}) => {
      delete node.position
      for (const child of (node.children ?? []) as Array<{position?: unknown; children?: unknown[]}>) strip(child)
    }
    strip(tree as unknown as {position?: unknown; children?: unknown[]})
    const file = new VFile({value: seed})
    unified().use(retextEnglish).use(check, {sourceLang: 'id'}).runSync(tree, file)
    expect(file.messages).toEqual([])
  })

  it('works as a plugin alone in a unified pipeline', () => {
    const check = allChecks.find((candidate) => candidate.meta.ruleId === 'number-format')!
    const processor = unified().use(retextEnglish).use(check, {sourceLang: 'id'})
    const file = new VFile({value: 'They paid $2.000 each.'})
    processor.runSync(processor.parse(file), file)
    expect(file.messages.map(String)).toEqual(['1:11-1:17: Unexpected `$2.000`, expected `$2,000`: `.` groups thousands in Indonesian'])
    expect(file.messages[0]?.source).toBe('translation-qa')
    expect(file.messages[0]?.ruleId).toBe('number-format')
    expect(file.messages[0]?.fatal).toBe(true)
  })

  it('can be switched off or re-weighted per check', () => {
    const off = checkSync(seed, {sourceLang: 'id', checks: {'number-format': 'off'}})
    expect(off.findings.some((finding) => finding.ruleId === 'number-format')).toBe(false)
    const minor = checkSync(seed, {sourceLang: 'id', checks: {'number-format': {severity: 'minor'}}})
    expect(minor.findings.filter((finding) => finding.ruleId === 'number-format').every((finding) => finding.severity === 'minor')).toBe(true)
  })
})

describe('hostile input', () => {
  // A deterministic generator (mulberry32) so failures reproduce.
  function random(seedValue: number): () => number {
    let state = seedValue
    return () => {
      state = (state + 0x6d2b79f5) | 0
      let t = Math.imul(state ^ (state >>> 15), 1 | state)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }
  const pieces = ['1', '2.000', ',', '.', ' ', '\u00A0', '\u202F', '$', 'Rp', '€', '"', '“', '”', "'", '’', '\n', '\n\n', '(', ')', '/', '14/11', 'WIB', '10.30', 'Uncle', "Sam's", 'country', 'It', "It's", 'empty', 'said', 'he', 'Mr.', 'President', 'Pak', 'Selasa', '🎉', '𝒳', 'é', 'ع', '中文', '\t', '-', 'Party', "'s", 'main', 'opposition', '%', 'million', '٢']

  it('never throws and keeps offsets exact on 400 random texts', () => {
    const next = random(42)
    for (let round = 0; round < 400; round++) {
      let text = ''
      const length = Math.floor(next() * 60)
      for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)]
      for (const sourceLang of [undefined, 'id', 'fr']) assertFindings(text, checkSync(text, {sourceLang}))
    }
  })

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n \t '],
    ['digit runs', '1.'.repeat(50_000)],
    ['separator runs', '1 000 '.repeat(20_000)],
    ['quotes', '"'.repeat(50_000)],
    ['brackets', '('.repeat(50_000)],
    ['one long word', 'a'.repeat(200_000)],
    ['BOM and controls', '\uFEFF\u0000\u0085\u001C text'],
    ['lone surrogates', '\uD800 2.000 \uDC00 $2.000']
  ])('handles %s quickly', (_, text) => {
    const started = performance.now()
    assertFindings(text, checkSync(text, {sourceLang: 'id'}))
    // Generous: linear work on 200k characters takes well under this on any machine.
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('rejects what is not text with a clear error', () => {
    expect(() => checkSync(42 as unknown as string)).toThrow('Expected `mt` to be a string, got number')
    expect(() => checkSync('x', {sourceLang: 'klingon'})).toThrow(/Unexpected `sourceLang` `klingon`: not supported; use one of id, ms, de/)
    expect(() => checkSync('x', {targetLang: 'de'})).toThrow(/use one of en, fr, zh, ja, ar/)
    expect(() => checkSync('x', {checks: {'no-such-check': 'minor'}})).toThrow(/Unexpected check `no-such-check` in `checks`, expected one of `number-format`/)
    expect(() => checkSync('x', {checks: {'number-format': 'loud' as 'minor'}})).toThrow('Unexpected severity "loud" for `number-format`, expected one of `off`, `neutral`, `minor`, `major`, `critical`')
    expect(() => checkSync('x', {scoring: {threshold: 120}})).toThrow('Unexpected `scoring.threshold` 120, expected a number from 0 to 100')
  })
})
