import {describe, expect, it} from 'vitest'
import {findingsOf, flagged} from './helpers.js'

describe('number-format', () => {
  it.each([
    ['A soldier receives about $2.000 per month.', {}, ['$2.000 → $2,000']],
    ['A soldier receives about $2.000 per month.', {sourceLang: 'id'}, ['$2.000 → $2,000']],
    ['The plant laid off 3.500 workers last year.', {}, ['3.500 → 3,500']],
    ['The rupiah weakened to Rp 15.870 per dollar.', {sourceLang: 'id'}, ['Rp 15.870 → Rp 15,870']],
    ['The rupiah weakened to Rp15.870 per dollar.', {}, ['Rp15.870 → Rp15,870']],
    ['Inflation rose 2,5 percent in October.', {sourceLang: 'de'}, ['2,5 → 2.5']],
    ['The board will reinforce a 3,2 kilometer stretch of dike.', {sourceLang: 'nl'}, ['3,2 → 3.2']],
    ['The loan was worth US$1,2 billion.', {sourceLang: 'es'}, ['US$1,2 → US$1.2']],
    ['The city spent 2\u202F000 euros on it.', {sourceLang: 'fr'}, ['2\u202F000 → 2,000']],
    ['The city spent 2\u00A0000 euros on it.', {}, ['2\u00A0000 → 2,000']],
    ['The city spent 2 000 euros on it.', {sourceLang: 'fr'}, ['2 000 → 2,000']],
    ['The bill came to €1.200,50 in total.', {}, ['€1.200,50 → €1,200.50']],
    ['The debt reached 1.234.567 dollars.', {}, ['1.234.567 → 1,234,567']],
    ['The deal is worth 1.500 million dollars.', {sourceLang: 'es'}, ['1.500 million → 1.5 billion']],
    ['Turnout was ٢٠٠٠ voters.', {}, ['٢٠٠٠ → 2000']]
  ] as const)('flags %j (%j)', (text, options, expected) => {
    expect(flagged('number-format', text, options)).toEqual(expected)
  })

  it.each([
    'About 2,000 North Korean troops moved west.',
    'The economy grew 2.5 million jobs, or 1.8% higher than in 2023.',
    'Pi is 3.14, and the fee is $2,000.50 per year.',
    'Install version 2.000 of the tool, as section 2.000 says.',
    'The server at 192.168.1.1 runs release 1.2.3.',
    'Liverpool won 3-1 on Saturday, 1,200 fans watched.',
    'The deal is worth 1,500 million dollars.',
    'On March 5 200 people gathered outside.',
    'The bottle holds 0.500 litres.',
    'A COVID-19 wave and the A320 jet.',
    'Revenue was 2.345 percent higher.'
  ])('accepts %j', (text) => {
    expect(flagged('number-format', text)).toEqual([])
  })

  it('accepts ambiguous dot-grouped numbers without evidence, flags them once the source is known', () => {
    expect(flagged('number-format', 'The index stood at 1.234 points.')).toEqual([])
    expect(flagged('number-format', 'About 2.000 people came.', {sourceLang: 'id'})).toEqual(['2.000 → 2,000'])
  })

  it('uses other numbers in the article as evidence', () => {
    const text = 'Last week 1,500 troops arrived. This week 1.250 more came.'
    expect(flagged('number-format', text, {sourceLang: 'id'})).toEqual(['1.250 → 1,250'])
  })

  it('explains why in the note and the message', () => {
    const [finding] = findingsOf('number-format', 'A soldier receives about $2.000 per month.', {sourceLang: 'id'})
    expect(finding?.message).toBe('Unexpected `$2.000`, expected `$2,000`: `.` groups thousands in Indonesian')
    expect(finding?.note).toMatch(/decimal digits/)
    expect(finding?.severity).toBe('major')
    expect(finding?.category).toBe('locale-convention/number-format')
  })
})

describe('number-format: source scale words', () => {
  it.each([
    ['The bonus is Rp 5 juta per worker.', 'id', ['Rp 5 juta → Rp 5 million']],
    ['Debt rose to 2 milliard euros.', 'fr', ['2 milliard → 2 billion']],
    ['The fund holds 3,5 Mrd. euros.', 'de', ['3,5 Mrd → 3.5 billion']],
    ['Exports reached 12 miliar dollars.', null, ['12 miliar → 12 billion']]
  ] as const)('flags %j', (text, sourceLang, expected) => {
    expect(flagged('number-format', text, sourceLang ? {sourceLang} : {})).toEqual(expected)
  })

  it('accepts English scale words and words of other languages', () => {
    expect(flagged('number-format', 'Exports reached 12 million dollars and 3 billion euros.', {sourceLang: 'id'})).toEqual([])
    expect(flagged('number-format', 'The 5 juta figure.', {sourceLang: 'de'})).toEqual([])
  })
})

describe('number-format: what follows the number, and written-out scales', () => {
  it.each([
    ['fr', 'Of the 98 412 registered voters, only 37.9% voted.', '98 412 → 98,412'],
    ['es', 'The reservoir fell to just 12,4 cubic hectometres, less than 8%.', '12,4 → 12.4'],
    ['es', 'The offer was almost a thousand million dollars.', 'a thousand million → a billion'],
    ['pt', 'The state will invest 2,5 thousand million reais.', '2,5 → 2.5', 'thousand million → billion']
  ] as const)('%s: flags %j', (sourceLang, text, ...expected) => {
    expect(flagged('number-format', text, {sourceLang})).toEqual(expected)
  })
  it('leaves a list of numbers alone', () => {
    expect(flagged('number-format', 'See chapters 3,4 and 5 of the report.', {sourceLang: 'es'})).toEqual([])
  })
})

describe('number-format: a decimal-comma score', () => {
  it('flags `8,5 out of 20`', () => {
    expect(flagged('number-format', 'They obtained an average of 8,5 out of 20 in the test.', {sourceLang: 'fr'})).toEqual(['8,5 → 8.5'])
  })
})
