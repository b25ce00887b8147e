/**
 * A role's `of` phrase ends in any noun, not only one the lexicons know:
 * `the director of the syndicate`, `the head of the cooperative` (found on
 * attribution batch 5, where such sources were dropped).
 */
import {describe, expect, it} from 'vitest'
import {analyzeAttributions} from '../../src/index.js'

const sources = (text: string) => analyzeAttributions(text, 'en').attributions.map((attribution) => [attribution.kind, attribution.source?.text, attribution.cue?.text])

describe('sources headed by a role with an `of` phrase', () => {
  it.each([
    ['The director of the syndicate said no building would be exposed.', [['indirect', 'The director of the syndicate', 'said']]],
    ['The director general of the syndicate, Karim Oussedik, indicated that “no building will be exposed to a risk”.', [['direct', 'The director general of the syndicate, Karim Oussedik', 'indicated']]],
    ['According to the head of the cooperative, prices fell.', [['according-to', 'the head of the cooperative', 'According to']]],
    ['The director of the Mobility Syndicate (SVM), Karim Oussedik, said no building would be exposed.', [['indirect', 'The director of the Mobility Syndicate (SVM), Karim Oussedik', 'said']]],
    ['Jürgen Holtkamp (62) told reporters: "The hospital knows that the staff is leaving."', [['direct', 'Jürgen Holtkamp (62)', 'told']]],
    ['In the opposition, Thomas Verhaeghe (Valbrune in Common) spoke of “a choice made under pressure”.', [['mixed', 'Thomas Verhaeghe (Valbrune in Common)', 'spoke']]]
  ] as const)('%j', (text, expected) => {
    expect(sources(text)).toEqual(expected)
  })
  it.each(['According to the rules of the game, prices fell.', 'The increase of the price said nothing about demand.'])('leaves %j without a source', (text) => {
    expect(sources(text)).toEqual([])
  })
})

describe('a source with `citing` or `quoting` between commas', () => {
  it.each([
    ['Dedi Kurniawan, citing a police report, said the strike was orderly.', 'Dedi Kurniawan', 'a police report'],
    ['The spokesman, quoting the minister, said talks would resume.', 'The spokesman', 'the minister']
  ])('%j', (text, speaker, cited) => {
    const [attribution, ...others] = analyzeAttributions(text, 'en').attributions
    expect(others).toEqual([])
    expect(attribution?.source?.text).toBe(speaker)
    expect(attribution?.chain?.map((link) => [link.role, link.source?.text])).toEqual([['speaker', speaker], ['cited', cited]])
  })
})

describe('a cue followed by a comma and the reported clause', () => {
  it('credits the subject with the clause (Indonesian "Dia mengatakan, …")', () => {
    const [attribution, ...others] = analyzeAttributions('Siregar spoke. He claimed, the payment was delayed because the regency had not paid.', 'en').attributions
    expect(others).toEqual([])
    expect([attribution?.source?.text, attribution?.cue?.text, attribution?.content[0]?.text]).toEqual(['He', 'claimed', 'the payment was delayed because the regency had not paid'])
  })
  it('leaves a participle after the comma alone', () => {
    expect(analyzeAttributions('He said, smiling.', 'en').attributions).toEqual([])
  })
})

describe('a reporting verb in the passive with its agent', () => {
  const rows = (text: string) => analyzeAttributions(text, 'en').attributions.map((attribution) => [attribution.kind, attribution.cue?.text, attribution.source?.text ?? null, attribution.content.map((range) => range.text)])
  it('credits the agent, and keeps a hedge in the clause before as its own', () => {
    expect(rows('The claim was denied by the ministry.')).toEqual([['indirect', 'was denied', 'the ministry', ['The claim']]])
    expect(rows('There was reportedly a plan to bring workers from Batam, but this was denied by Siregar.')).toEqual([
      ['unattributed-hedge', 'reportedly', null, ['There was reportedly a plan to bring workers from Batam']],
      ['indirect', 'was denied', 'Siregar', ['this']]
    ])
  })
  it('leaves passives of other verbs alone', () => {
    expect(rows('The road was blocked by protesters.')).toEqual([])
  })
})

describe('asides between source, cue and clause (found on attribution batch 6)', () => {
  const rows = (text: string) => analyzeAttributions(text, 'en').attributions.map((attribution) => [attribution.source?.text, attribution.cue?.text, attribution.content.map((range) => range.text), attribution.chain?.map((link) => link.role) ?? null])
  it.each([
    ['Union chairman Agus Prasetyo, however, considered that the management had made the crew a scapegoat.', ['Union chairman Agus Prasetyo', 'considered', ['the management had made the crew a scapegoat'], null]],
    ['Fish trader Yusuf Harahap said, citing the harbourmaster, only one of the two boats has passed the test.', ['Fish trader Yusuf Harahap', 'said', ['only one of the two boats has passed the test'], ['speaker', 'cited']]],
    ['The former treasurer of the cooperative, Rui Baptista, claimed that the board knew of the losses.', ['The former treasurer of the cooperative, Rui Baptista', 'claimed', ['the board knew of the losses'], null]]
  ])('%j', (text, expected) => {
    expect(rows(text)).toEqual([expected])
  })
  it('leaves a sentence adverb after a plain noun alone', () => {
    expect(rows('Prices, however, rose sharply.')).toEqual([])
  })
})

describe('Indonesian place words open a place, not a person', () => {
  it('keeps `Kampung Baru` out of a pronoun’s candidates', () => {
    const text = 'Siti Rahma, a fish seller in Kampung Baru, said the water had stopped. She said her family now buys water every day.'
    const sources = analyzeAttributions(text, 'en').attributions.map((attribution) => [attribution.source?.text, attribution.source?.resolution])
    expect(sources).toEqual([['Siti Rahma, a fish seller in Kampung Baru', 'full-name'], ['She', 'pronoun-unique']])
  })
})
