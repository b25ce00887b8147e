/**
 * The reference-aware checks (`number-fidelity`, `name-fidelity`,
 * `omission`, `addition`, `pronoun-shift`, `reference-term`): tables of
 * positive and negative cases on a small article whose MT differs from its
 * reference in one place, and the invariants every finding keeps (both
 * spans slice to the quoted text).
 */
import {describe, expect, it} from 'vitest'
import {checkSync, type CheckOptions, type Finding} from '../../src/index.js'
import {expectSpans, referenceChecks} from './helpers.js'

/** The reference of the small cases: three paragraphs, six sentences. */
const base = `The government of Norland announced on Monday a new plan to cut electricity prices for households. Energy Minister Anna Berg said the plan would cost 3 billion crowns over two years.

Opposition leader Tomas Lind criticised the measure as too late. He said families had already paid too much during the winter, when prices rose by 40 percent.

The parliament will vote on the proposal next month, and the measure could take effect in March. Berg said she expected a large majority for the plan.`

/** Findings of `ruleId` when the MT is the base text with `from` replaced by `to`, and the reference the base text (with `referenceEdit` applied). */
function run(ruleId: string, from: string, to: string, options: CheckOptions = {}, referenceEdit?: readonly [string, string]): Finding[] {
  if (!base.includes(from)) throw new Error(`not in the base text: ${from}`)
  const reference = referenceEdit ? base.replace(referenceEdit[0], referenceEdit[1]) : base
  const mt = base.replace(from, to)
  const report = checkSync(mt, {...options, reference})
  expectSpans(report, mt, reference)
  return report.findings.filter((finding) => finding.ruleId === ruleId)
}

/** `subId actual → reference text`, for compact expectations. */
const shown = (finding: Finding) => `${finding.subId} ${finding.actual} → ${finding.reference?.text}`

type Positive = readonly [name: string, from: string, to: string, options: CheckOptions, expected: readonly string[], referenceEdit?: readonly [string, string]]
type Negative = readonly [name: string, from: string, to: string, options: CheckOptions, referenceEdit?: readonly [string, string]]

const glossary = [{term: 'parliament', preferred: 'parliament', forbidden: ['Storting hall']}]

const positives: Record<(typeof referenceChecks)[number], readonly Positive[]> = {
  'number-fidelity': [
    ['a different value', '3 billion crowns', '30 billion crowns', {}, ['value 30 billion → 3 billion']],
    ['a different scale word', '3 billion crowns', '3 million crowns', {}, ['scale 3 million → 3 billion']],
    ['a different percentage', '40 percent', '14 percent', {}, ['value 14 → 40']],
    ['a number missing', 'when prices rose by 40 percent', 'when prices rose sharply', {}, ['missing rose → 40']],
    ['a number added', 'The parliament will vote', 'The 349 members of parliament will vote', {}, ['added 349 → The']],
    ['a value written with the wrong grouping', '3 billion crowns', '3.5 billion crowns', {sourceLang: 'id'}, ['value 3.5 billion → 3 billion']]
  ],
  'name-fidelity': [
    ['a transliteration variant', 'Opposition leader Tomas Lind', 'Opposition leader Park Sun Won', {}, ['variant Park Sun Won → Park Sun-won'], ['Opposition leader Tomas Lind', 'Opposition leader Park Sun-won']],
    ['a misspelling', 'Tomas Lind', 'Tomas Lindt', {}, ['misspelled Lindt → Lind']],
    ['a surname alone on first mention', 'Opposition leader Tomas Lind criticised', 'Lind criticised', {}, ['surname-only Lind → Opposition leader Tomas Lind']],
    ['a full name given later only by surname', 'Energy Minister Anna Berg said', 'The minister said', {}, ['surname-only Berg → Energy Minister Anna Berg']]
  ],
  omission: [
    ['a sentence', ' He said families had already paid too much during the winter, when prices rose by 40 percent.', '', {}, ['sentence Opposition leader Tomas Lind criticised the measure as too late. → He said families had already paid too much during the winter, when prices rose by 40 percent.']],
    ['a clause', ', and the measure could take effect in March', '', {}, ['clause month → measure could take effect in March']],
    ['a paragraph', 'Opposition leader Tomas Lind criticised the measure as too late. He said families had already paid too much during the winter, when prices rose by 40 percent.\n\n', '', {}, ['paragraph Energy Minister Anna Berg said the plan would cost 3 billion crowns over two years. → Opposition leader Tomas Lind criticised the measure as too late. He said families had already paid too much during the winter, when prices rose by 40 percent.']],
    ['a name with its role', 'Opposition leader Tomas Lind criticised', 'He criticised', {}, ['clause criticised → Opposition leader Tomas Lind']]
  ],
  addition: [
    ['a sentence', 'as too late.', 'as too late. Critics of the government have organised protests in several cities since January.', {}, ['sentence Critics of the government have organised protests in several cities since January. → Opposition leader Tomas Lind criticised the measure as too late.']],
    ['a clause', 'prices for households.', 'prices for households, following weeks of angry protests in northern cities.', {}, ['clause following weeks of angry protests in northern cities → households']],
    ['a paragraph', 'The parliament will vote', 'Norland has one of the highest electricity prices in northern Europe. Its grid depends on imports from two neighbouring countries.\n\nThe parliament will vote', {}, ['paragraph Norland has one of the highest electricity prices in northern Europe. Its grid depends on imports from two neighbouring countries. → He said families had already paid too much during the winter, when prices rose by 40 percent.']]
  ],
  'pronoun-shift': [
    ['she → he', 'Berg said she expected', 'Berg said he expected', {}, ['masculine-feminine he → she']],
    ['he → she', 'He said families had', 'She said families had', {}, ['feminine-masculine She → He']],
    ['their → his', 'Berg said she expected a large majority for the plan.', 'Berg said he expected a large majority for his plan.', {}, ['masculine-plural his → their'], ['Berg said she expected a large majority for the plan.', 'Berg said he expected a large majority for their plan.']]
  ],
  'reference-term': [
    ['a forbidden rendering', 'The parliament will vote', 'The Storting hall will vote', {glossary}, ['forbidden Storting hall → parliament']],
    ['a forbidden rendering, inflected', 'The parliament will vote', "The Storting halls' members will vote", {glossary}, ["forbidden Storting halls' → parliament"]],
    ['a forbidden rendering, in capitals', 'The parliament will vote', 'The STORTING HALL will vote', {glossary}, ['forbidden STORTING HALL → parliament']],
    ['the preferred term rendered otherwise', 'The parliament will vote', 'The assembly will vote', {glossary: [{term: 'parliament', preferred: 'parliament'}]}, ['preferred assembly → parliament']],
    ['a forbidden phrase glued into one word (only the preferred term is missing)', 'The parliament will vote', 'The Stortinghall will vote', {glossary}, ['preferred Stortinghall → parliament']]
  ]
}

const negatives: Record<(typeof referenceChecks)[number], readonly Negative[]> = {
  'number-fidelity': [
    ['the same text', 'Monday', 'Monday', {}],
    ['`3.000 million` with Indonesian grouping', '3 billion crowns', '3.000 million crowns', {sourceLang: 'id'}],
    ['a French decimal comma', '3 billion crowns', '3,0 billion crowns', {sourceLang: 'fr'}],
    ['a number word for digits', 'over two years', 'over 2 years', {}],
    ['a rephrased sentence with the same numbers', 'said the plan would cost 3 billion crowns over two years', 'put the cost of the plan at 3 billion crowns over two years', {}],
    ['a number inside an omitted sentence (omission reports it)', ' He said families had already paid too much during the winter, when prices rose by 40 percent.', '', {}]
  ],
  'name-fidelity': [
    ['the same text', 'Monday', 'Monday', {}],
    ['the full name on first mention with another role word', 'Opposition leader Tomas Lind', 'Opposition chief Tomas Lind', {}],
    ['a surname alone where the reference also has it alone', 'Opposition leader Tomas Lind criticised', 'Lind criticised', {}, ['Opposition leader Tomas Lind criticised', 'Lind criticised']],
    ['the name written the same way', 'Opposition leader Tomas Lind', 'Opposition leader Park Sun-won', {}, ['Opposition leader Tomas Lind', 'Opposition leader Park Sun-won']]
  ],
  omission: [
    ['the same text', 'Monday', 'Monday', {}],
    ['a paraphrase', 'criticised the measure as too late', 'said the measure came far too late', {}],
    ['a word left out', 'a new plan to cut', 'a plan to cut', {}],
    ['sentences moved within a paragraph', 'Opposition leader Tomas Lind criticised the measure as too late. He said families had already paid too much during the winter, when prices rose by 40 percent.', 'He said families had already paid too much during the winter, when prices rose by 40 percent. Opposition leader Tomas Lind criticised the measure as too late.', {}]
  ],
  addition: [
    ['the same text', 'Monday', 'Monday', {}],
    ['a paraphrase', 'criticised the measure as too late', 'said the measure came far too late', {}],
    ['a word added', 'a new plan to cut', 'a new and ambitious plan to cut', {}],
    ['one sentence split in two', 'The parliament will vote on the proposal next month, and the measure could take effect in March.', 'The parliament will vote on the proposal next month. The measure could take effect in March.', {}]
  ],
  'pronoun-shift': [
    ['the same text', 'Monday', 'Monday', {}],
    ['the same pronoun in a rephrased sentence', 'Berg said she expected', 'Berg added that she expected', {}],
    ['a pronoun for a name (not a shift)', 'Berg said she expected', 'She said she expected', {}]
  ],
  'reference-term': [
    ['no glossary', 'The parliament will vote', 'The Storting hall will vote', {}],
    ['the preferred term', 'The parliament will vote', 'The parliament will vote', {glossary}]
  ]
}

for (const ruleId of referenceChecks) {
  describe(ruleId, () => {
    for (const [name, from, to, options, expected, referenceEdit] of positives[ruleId]) {
      it(`flags ${name}`, () => {
        expect(run(ruleId, from, to, options, referenceEdit).map(shown)).toEqual(expected)
      })
    }
    for (const [name, from, to, options, referenceEdit] of negatives[ruleId]) {
      it(`accepts ${name}`, () => {
        expect(run(ruleId, from, to, options, referenceEdit).map(shown)).toEqual([])
      })
    }
  })
}

describe('reference checks without a reference', () => {
  it('stay quiet and add no alignment', () => {
    const report = checkSync(base.replace('3 billion', '30 billion'), {glossary})
    expect(report.findings.filter((finding) => (referenceChecks as readonly string[]).includes(finding.ruleId))).toEqual([])
    expect(report.alignment).toBeUndefined()
    expect(report.score.metrics).toBeUndefined()
  })
})

describe('findings of the reference checks', () => {
  it('carry identity, severity by size and both spans', () => {
    const mt = base.replace(' He said families had already paid too much during the winter, when prices rose by 40 percent.', '').replace('3 billion', '30 billion')
    const report = checkSync(mt, {reference: base})
    expectSpans(report, mt, base)
    const omission = report.findings.find((finding) => finding.ruleId === 'omission')!
    expect(omission).toMatchObject({category: 'accuracy/omission', severity: 'major', subId: 'sentence', expected: [], fixable: false})
    expect(omission.url).toMatch(/#omission$/)
    const value = report.findings.find((finding) => finding.ruleId === 'number-fidelity')!
    expect(value).toMatchObject({category: 'accuracy/mistranslation', severity: 'major', subId: 'value', actual: '30 billion', expected: ['3 billion']})
    expect(value.message).toBe('Unexpected `30 billion`, expected `3 billion` as in the reference')
  })

  it('suggest the preferred term in the form the MT used', () => {
    const mt = base.replace('The parliament will vote', "The Storting halls' members will vote").replace('next month', 'next month in the Storting hall')
    const found = checkSync(mt, {reference: base, glossary}).findings.filter((finding) => finding.ruleId === 'reference-term')
    expect(found.map((finding) => [finding.actual, finding.expected, finding.fixable])).toEqual([
      ["Storting halls'", ["parliament's"], true],
      ['Storting hall', ['parliament'], true]
    ])
  })

  it('can be turned off and re-graded per check', () => {
    const mt = base.replace('3 billion', '30 billion')
    expect(checkSync(mt, {reference: base, checks: {'number-fidelity': 'off'}}).findings.filter((finding) => finding.ruleId === 'number-fidelity')).toEqual([])
    expect(checkSync(mt, {reference: base, checks: {'number-fidelity': 'critical'}}).findings.find((finding) => finding.ruleId === 'number-fidelity')?.severity).toBe('critical')
  })

  it('stay quiet when the reference is another article', () => {
    const other = 'Heavy rain flooded the old town of Brena on Sunday. Firefighters pumped water from 60 cellars, and the river reached its highest level in a decade.'
    const report = checkSync(base, {reference: other})
    expect(report.findings.filter((finding) => (referenceChecks as readonly string[]).includes(finding.ruleId))).toEqual([])
    expect(report.alignment!.length).toBeGreaterThan(0)
  })

  it('survive empty, one-sided and hostile references', () => {
    for (const [mt, reference] of [['', ''], [base, ''], ['', base], [base, '.'.repeat(5000)], ['“'.repeat(2000), base], [base, 'x '.repeat(20_000)]] as const) {
      const report = checkSync(mt, {reference, glossary})
      expectSpans(report, mt, reference)
    }
  })
})
