/**
 * Shapes and lexicon entries added after the first run of blind set 9 and
 * attribution batch 7 (their misses, generalised), each with the English
 * that must still pass.
 */
import {describe, expect, it} from 'vitest'
import {flagged} from './helpers.js'

describe('number-format: a scale abbreviation carrying the euro sign', () => {
  it.each([
    ['fr', 'The regiment brings about 45 M€ a year into the town.', ['45 M€ → €45 million']],
    ['fr', 'The plan costs 3,2 Md€ in total.', ['3,2 Md€ → €3.2 billion']],
    ['de', 'Die Firma meldet 120 k€ Gewinn, the paper wrote.', ['120 k€ → €120 thousand']]
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('number-format', text, {sourceLang})).toEqual(expected)
  })

  it('leaves metres alone', () => {
    expect(flagged('number-format', 'The wall is 45 m long.', {sourceLang: 'fr'})).toEqual([])
  })
})

describe('date-format: day parts, 24-hour o’clock and Spanish past/next dates', () => {
  it.each([
    ['id', 'They arrived on Sunday evening (16/2).', ['Sunday evening (16/2) → Sunday evening, Feb. 16']],
    ['de', "A meeting is planned for Thursday at 19 o'clock.", ["19 o'clock → 7 p.m."]],
    ['es', 'It was first discussed on the past 14 of January.', ['the past 14 of January → Jan. 14']],
    ['es', 'The tax comes into force the next 1 of April.', ['the next 1 of April → April 1']]
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('date-format', text, {sourceLang})).toEqual(expected)
  })

  it("leaves a 12-hour o'clock alone", () => {
    expect(flagged('date-format', "We met at 10 o'clock and left at 12 o'clock.", {sourceLang: 'de'})).toEqual([])
  })
})

describe('epithet-calque: capitalised translations of nicknames, and a guard read over the article', () => {
  it('flags `the Neighbouring Country` capitalised, not in lower case', () => {
    expect(flagged('epithet-calque', 'Workers deported from the Neighbouring Country arrived on Sunday.', {sourceLang: 'id'})).toEqual(['the Neighbouring Country → Malaysia'])
    expect(flagged('epithet-calque', 'Workers deported from the neighbouring country arrived on Sunday.', {sourceLang: 'id'})).toEqual([])
  })

  it('flags `rice barn` (lumbung padi)', () => {
    expect(flagged('epithet-calque', 'The rice came from the Rice Barn of West Java.', {sourceLang: 'id'})).toEqual(['the Rice Barn → main rice-producing region'])
  })

  it('reads the cathedral city as Cologne when the article names Cologne anywhere', () => {
    const filler = 'The clinics will share one laboratory and one kitchen from next year. '.repeat(12)
    const text = `Three hospitals in Cologne will merge. ${filler}The director spoke in the cathedral city on Tuesday.`
    expect(flagged('epithet-calque', text, {sourceLang: 'de'})).toEqual(['the cathedral city → Cologne'])
    expect(flagged('epithet-calque', `Three hospitals in Salisbury will merge. ${filler}The director spoke in the cathedral city on Tuesday.`, {sourceLang: 'de'})).toEqual([])
  })
})

describe('literal-idiom: new entries', () => {
  it.each([
    ['id', 'Small traders were already fallen and then hit by the ladder this year.', 'fallen and then hit by the ladder'],
    ['de', '"The cow is not yet off the ice," he said.', 'The cow is not yet off the ice'],
    ['es', '"We have the water to the neck," Campos said.', 'the water to the neck'],
    ['it', 'Standing to the data of the observatory, births fell.', 'Standing to the data'],
    ['it', 'Always according to Tondelli, the staff will move.', 'Always according to']
  ] as const)('%s: flags %j', (sourceLang, text, actual) => {
    expect(flagged('literal-idiom', text, {sourceLang}).map((line) => line.split(' → ')[0])).toEqual([actual])
  })
})

describe('untranslated: Indonesian ranks and administrative terms', () => {
  it('flags a police rank before a name, and terms without a gloss', () => {
    expect(flagged('untranslated', 'The chief, AKBP Yusuf Pranata, spoke. Each kelurahan got a sembako package.', {sourceLang: 'id'})).toEqual([
      'AKBP → Adjunct Senior Commissioner',
      'kelurahan → urban village',
      'sembako → basic food staples'
    ])
  })

  it('leaves a glossed term alone', () => {
    expect(flagged('untranslated', 'The community health centre (puskesmas) was full.', {sourceLang: 'id'})).toEqual([])
  })
})

describe('title-garble: shapes found on blind set 9 and attribution batch 7', () => {
  it.each([
    ['id', 'Mother Vice Mayor opened the sale.', 'Mother → ∅'],
    ['id', 'The Police Resort Chief of Sanggau said so.', 'The Police Resort Chief → the district police chief'],
    ['de', 'The Press Speaker of the association said no.', 'The Press Speaker → the spokesperson'],
    ['fr', 'The deputy of Haute-Garonne met the management.', 'The deputy of → the MP for'],
    ['es', 'The President of the Government, asked about it, said no.', 'The President of the Government → the Prime Minister'],
    ['es', 'Ugarte, the also secretary general of the party, spoke.', 'the also → who is also the']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([expected])
  })

  it.each([
    ['id', 'Her father visited the mayor.'],
    ['fr', 'The deputy of Minister Dupont came.'],
    ['es', 'The president of the government commission spoke.']
  ] as const)('%s: accepts %j', (sourceLang, text) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([])
  })
})

describe('mt-boilerplate: link labels and copyright notices glued to a paragraph', () => {
  it('flags the label and its headline, not the paragraph', () => {
    expect(flagged('mt-boilerplate', 'She said it was hard. It may interest you: Heat wave hits the valley\n\nNext.', {})).toEqual(['It may interest you: Heat wave hits the valley → ∅'])
    expect(flagged('mt-boilerplate', '"Tomorrow the school." © REPRODUCTION RESERVED\n', {})).toEqual(['© REPRODUCTION RESERVED → ∅'])
  })

  it('leaves a © inside a sentence alone', () => {
    expect(flagged('mt-boilerplate', 'The logo © 2024 is shown on the cup, he said.', {})).toEqual([])
  })
})
