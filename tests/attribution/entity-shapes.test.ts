/**
 * Names that are not people, and people with one name: the shapes behind the
 * clean references that used to raise attribution findings (batches 5 and 6).
 */
import {describe, expect, it} from 'vitest'
import {analyzeAttributions, checkSync} from '../../src/index.js'

const persons = (text: string) =>
  analyzeAttributions(text, 'en')
    .entities.filter((entity) => entity.type === 'person')
    .map((entity) => entity.canonical)

const attributionFindings = (text: string) =>
  checkSync(text, {sourceLang: 'id'})
    .findings.filter((finding) => finding.ruleId.startsWith('attribution-'))
    .map((finding) => `${finding.ruleId} ${finding.actual}`)

describe('places and titles are not people', () => {
  it.each([
    ['an Indonesian place word opening a name', 'Workers in Tanjung Batu stayed on strike. Siti Rahma said she was worried.', ['Siti Rahma']],
    ['a name after a place noun and `of`', 'Maria Peixoto, a grower in the parish of Souto Alto, said she was owed money.', ['Maria Peixoto']],
    ['a name ending in a bare capital letter', 'Hélène Marchetti said Line B taught the city a lesson.', ['Hélène Marchetti']],
    ['a foreign article opening a title', 'Monique Bellanger told Le Courrier de Valbrune that she was afraid.', ['Monique Bellanger']]
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected)
  })

  it('still reads a Vietnamese name opening with Le, and a surname after a given name that is a place word', () => {
    expect(persons('Le Minh Tuan said the line would open in May. Chairul Tanjung said he agreed.')).toEqual(['Le Minh Tuan', 'Chairul Tanjung'])
  })

  it('reads a lone capital after a lower-case noun as a label, not an initial', () => {
    const text = 'Thomas Verhaeghe spoke first. The two men clashed over line B. Verhaeghe called for an audit, he said.'
    expect(persons(text)).toEqual(['Thomas Verhaeghe'])
  })

  it('keeps `Sri` as a given name (`Sri Lanka` stays a country)', () => {
    expect(persons('Sri Wahyuningsih, chair of the union, said she had visited Sri Lanka.')).toEqual(['Sri Wahyuningsih'])
  })

  it('splits a person from a place the article states, named between the office and the name (batch 72)', () => {
    const text = 'Cases rose in Lembah Kanti Regency. Bupati Lembah Kanti Agus Santoso said the budget was ready. Health staff met in Lembah Kanti, he added.'
    expect(persons(text)).toEqual(['Agus Santoso'])
    expect(attributionFindings(text)).toEqual([])
  })

  it('reads an Indonesian body named by its head word before a place as no person (batch 72)', () => {
    const text = 'Bupati Agus Santoso, citing a report from Puskesmas Batu Ampar, said patients were fewer. He hopes the status will not be needed.'
    expect(persons(text)).toEqual(['Agus Santoso'])
    expect(attributionFindings(text)).toEqual([])
  })

  it('reads a lower-case Indonesian `dr.` and the name after a long title as one source (batch 72)', () => {
    const text = '“We act,” said the Head of the Health Office of Lembah Kanti Regency dr. Rina Kartika Sari when met in Lembah Kanti. According to her, cases rose.'
    const [quote, according] = analyzeAttributions(text, 'en').attributions
    expect(quote!.source!.text).toBe('the Head of the Health Office of Lembah Kanti Regency dr. Rina Kartika Sari')
    expect(according!.source!.resolution).toBe('pronoun-unique')
    expect(attributionFindings(text)).toEqual([])
  })

  it('splits a person from the place that ends the title before the name', () => {
    const text = 'Head of the Manpower Office (Disnaker) of Lengkong Islands Ratna Dewi Lubis asked the company to pay. “We will act,” said Ratna.'
    expect(persons(text)).toEqual(['Ratna Dewi Lubis'])
    expect(attributionFindings(text)).toEqual([])
  })
})

describe('a person with one name, introduced by a role', () => {
  it.each([
    ['age in brackets', '“We buy water every day,” said Maimunah (52), a fish seller in Kampung Baru. “It costs too much,” Maimunah added.'],
    ['age between commas', '“We buy water every day,” said Maimunah, 52, a fish seller in Kampung Baru.'],
    ['role after a comma', 'Maimunah, a fish seller in Kampung Baru, said the water had stopped.']
  ])('is introduced (%s)', (_, text) => {
    expect(attributionFindings(text)).toEqual([])
  })

  it('is not introduced without a role', () => {
    expect(attributionFindings('“We buy water every day,” said Maimunah.')).toEqual(['attribution-unintroduced Maimunah'])
  })

  it('an East-Asian surname with a role still lacks its given name', () => {
    const text = 'Zhou, a white-collar worker in Nanshan District, told the reporter that she orders lunch by drone.'
    expect(attributionFindings(text)).toEqual(['attribution-unintroduced Zhou, a white-collar worker in Nanshan District'])
  })
})
