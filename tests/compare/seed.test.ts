/**
 * The seed article with its reference (corpus/000-seed-korea-troops): the
 * cases the issue names, omissions and additions planted in a copy, and
 * every corpus case checked against itself.
 */
import {readdirSync, readFileSync, existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkSync, type Finding} from '../../src/index.js'
import {expectSpans, referenceChecks} from './helpers.js'

const folder = new URL('../../corpus/000-seed-korea-troops/', import.meta.url)
const mt = readFileSync(new URL('mt.txt', folder), 'utf8')
const reference = readFileSync(new URL('reference.txt', folder), 'utf8')
const options = {sourceLang: 'id', reference} as const
const seed = checkSync(mt, options)

const overlaps = (finding: Finding, start: number, end: number) => finding.start < end && start < finding.end
const ofRule = (findings: readonly Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId)

describe('the seed article with its reference', () => {
  it('keeps every offset on the quoted text, in both texts', () => {
    expectSpans(seed, mt, reference)
  })

  it('reports `$2.000` as a number format, not as a different value', () => {
    const start = mt.indexOf('$2.000')
    const format = seed.findings.find((finding) => finding.ruleId === 'number-format' && finding.start === start)
    expect(format).toMatchObject({actual: '$2.000', expected: ['$2,000']})
    expect(ofRule(seed.findings, 'number-fidelity').filter((finding) => overlaps(finding, start, start + 6))).toEqual([])
  })

  it('reports the surname-only first mention of Kirby, pointing at the reference’s full name and role', () => {
    const finding = ofRule(seed.findings, 'name-fidelity').find((item) => item.actual === 'Kirby')!
    expect(finding).toMatchObject({subId: 'surname-only', start: mt.indexOf('Kirby'), expected: ['White House national security spokesman John Kirby']})
    expect(finding.reference).toEqual({start: reference.indexOf('White House national security spokesman John Kirby'), end: reference.indexOf('John Kirby') + 'John Kirby'.length, text: 'White House national security spokesman John Kirby'})
    // The reference introduces him there, before any other mention.
    expect(reference.indexOf('Kirby')).toBe(reference.indexOf('John Kirby') + 5)
  })

  it('aligns the MT with the reference and scores it', () => {
    expect(seed.alignment).toHaveLength(29)
    expect(seed.alignment!.find((entry) => entry.reference.length === 2)).toMatchObject({mt: [expect.any(Number)]})
    expect(seed.alignment!.filter((entry) => entry.reference.length === 0)).toHaveLength(3)
    expect(seed.score.metrics!.bleu).toBeGreaterThan(30)
    expect(seed.score.metrics!.chrf).toBeGreaterThan(60)
  })
})

describe('omissions and additions planted in a copy of the seed', () => {
  /** The reference-check findings a planted edit adds to those of the unedited seed. */
  function planted(edited: string, ruleId: 'omission' | 'addition'): Finding[] {
    const report = checkSync(edited, options)
    expectSpans(report, edited, reference)
    const before = new Set(ofRule(seed.findings, ruleId).map((finding) => finding.reference!.text))
    return ofRule(report.findings, ruleId).filter((finding) => !before.has(finding.reference!.text))
  }

  it('finds a deleted sentence, with its text in the reference and its place in the MT', () => {
    const sentence = 'Ukrainian authorities identified the movement of North Korean soldiers through satellite data, intercepted communications and intelligence from within the Russian military.\n\n'
    const edited = mt.replace(sentence, '')
    const found = planted(edited, 'omission')
    expect(found).toHaveLength(1)
    const [finding] = found
    expect(finding!.reference!.text).toMatch(/^Ukrainian authorities tracked .*Russian military\.$/)
    expect(['sentence', 'paragraph']).toContain(finding!.subId)
    expect(finding!.severity).not.toBe('minor')
    // In the MT: the text where it is missing, next to the deletion.
    const at = mt.indexOf(sentence)
    expect(Math.abs(finding!.end - at) < 200 || Math.abs(finding!.start - at) < 200).toBe(true)
    expect(edited.slice(finding!.start, finding!.end)).toBe(finding!.actual)
  })

  it('finds a deleted clause', () => {
    const clause = ', set up communication networks and inspected the security of the surrounding area'
    const found = planted(mt.replace(clause, ''), 'omission')
    expect(found).toHaveLength(1)
    expect(found[0]!.subId).toBe('clause')
    expect(found[0]!.reference!.text).toMatch(/communication networks and (?:checked|inspected) the security/)
  })

  it('finds an added sentence, with its place in the reference', () => {
    const added = ' Seoul has summoned the ambassador in protest twice since Monday.'
    const anchor = 'The troops have not been deployed to the battlefield.'
    const edited = mt.replace(anchor, anchor + added)
    const found = planted(edited, 'addition')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({subId: 'sentence', actual: added.trim(), start: edited.indexOf(added) + 1})
    expect(found[0]!.reference!.text).toMatch(/^(?:The troops have not yet been deployed|Instead, they are stationed)/)
  })

  it('finds an added clause', () => {
    const added = ', which has been sealed off by police for weeks'
    const anchor = 'near the Ukrainian border'
    const edited = mt.replace(anchor, anchor + added)
    const found = planted(edited, 'addition')
    expect(found.map((finding) => [finding.subId, finding.actual])).toEqual([['clause', 'sealed off by police for weeks']])
  })
})

describe('a clean reference checked against itself', () => {
  const corpus = new URL('../../corpus/', import.meta.url)
  const cases = readdirSync(corpus, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/reference.txt`, corpus)))
    .map((entry) => entry.name)
    .sort()

  it('covers every corpus case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
  })

  it.each(cases)('%s: no reference-aware findings', (id) => {
    const text = readFileSync(new URL(`${id}/reference.txt`, corpus), 'utf8')
    const gold = JSON.parse(readFileSync(new URL(`${id}/gold.json`, corpus), 'utf8')) as {sourceLang?: string}
    const report = checkSync(text, {reference: text, sourceLang: gold.sourceLang ?? null, glossary: [{term: 'United States', preferred: 'the United States', forbidden: ["Uncle Sam's country"]}]})
    expect(report.findings.filter((finding) => (referenceChecks as readonly string[]).includes(finding.ruleId)).map((finding) => `${finding.ruleId} ${finding.actual}`)).toEqual([])
    // One-to-one, and perfect scores.
    expect(report.alignment!.every((entry) => entry.mt.length === 1 && entry.reference.length === 1 && entry.mt[0] === entry.reference[0] && entry.chrf === 100)).toBe(true)
    const metrics = report.score.metrics!
    for (const value of [metrics.bleu, metrics.chrf, metrics.chrfPlusPlus]) expect(value).toBeCloseTo(100, 9)
    expect(metrics.ter).toBe(0)
  })
})
