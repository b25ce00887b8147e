import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {findingsOf, flagged} from './helpers.js'

const lexicon = [
  {check: 'literal-idiom' as const, id: 'test-hands', phrases: ['washed his hands'], expected: ['disowned it'], meaning: 'disowned'},
  {check: 'epithet-calque' as const, id: 'test-land', phrases: ['land of the morning calm'], expected: ['South Korea'], meaning: 'South Korea'}
]

describe('lexicon checks', () => {
  it('matches custom entries case-insensitively on word boundaries, with article and possessive', () => {
    expect(flagged('epithet-calque', 'The Land of the Morning Calm\'s exports grew.', {lexicon})).toEqual(["The Land of the Morning Calm's → South Korea's"])
    expect(flagged('epithet-calque', 'Exports of the land of the morning calm grew.', {lexicon})).toEqual(['the land of the morning calm → South Korea'])
    expect(flagged('epithet-calque', 'A landmark of the morning calm.', {lexicon})).toEqual([])
    expect(flagged('literal-idiom', 'The minister washed his hands of the affair.', {lexicon})).toEqual(['washed his hands → disowned it'])
  })

  it('never matches across sentences', () => {
    expect(flagged('epithet-calque', 'This is the land of the. Morning calm came.', {lexicon})).toEqual([])
  })

  it('keeps every offset on the text it quotes', () => {
    const text = '🎉 Émigrés in the land of the morning calm 🎉 washed his hands.'
    for (const finding of checkSync(text, {lexicon}).findings) expect(text.slice(finding.start, finding.end)).toBe(finding.actual)
  })
})

describe('untranslated with the source text', () => {
  it('flags lower-case words copied from the source, and spares names and English words', () => {
    const source = 'Menurut pejabat itu, sumbangan akan tiba besok, ujarnya kepada wartawan di Jakarta.'
    const mt = 'According to the official, the sumbangan will arrive tomorrow, he told reporters in Jakarta.'
    expect(flagged('untranslated', mt, {source, sourceLang: 'id'})).toEqual(['sumbangan → ∅'])
    // Without the source it is still no English word, and said so.
    expect(findingsOf('untranslated', mt, {sourceLang: 'id'}).map((finding) => finding.subId)).toEqual(['source-form-unknown'])
    expect(findingsOf('untranslated', mt, {source, sourceLang: 'id'}).map((finding) => finding.subId)).toEqual(['source-copy'])
  })
})

describe('phrases ending in a word the parser reads as an abbreviation', () => {
  it('matches `Rising Sun.` at the end of a sentence, without the period', () => {
    const custom = [{check: 'epithet-calque' as const, id: 'test-sun', phrases: ['land of the rising sun'], expected: ['Japan'], meaning: 'Japan'}]
    expect(flagged('epithet-calque', 'He flew to the Land of the Rising Sun. Then he left.', {lexicon: custom})).toEqual(['the Land of the Rising Sun → Japan'])
  })
})

describe('untranslated: German quotative and missed sentence starts', () => {
  it('flags `so` + speaker after a quote or at the end of a sentence', () => {
    expect(flagged('untranslated', '"We were lucky," so Brenner.', {sourceLang: 'de'})).toEqual(['so Brenner → Brenner said'])
    expect(flagged('untranslated', 'The fees will rise, so Minister Huber.', {sourceLang: 'de'})).toEqual(['so Minister Huber → Minister Huber said'])
    expect(flagged('untranslated', 'It rained, so Berlin closed the parks.', {sourceLang: 'de'})).toEqual([])
    expect(flagged('untranslated', '"We were lucky," so Brenner.', {sourceLang: 'fr'})).toEqual([])
  })
  it('treats a capital after a sentence-final mark as a sentence start', () => {
    expect(flagged('untranslated', 'The city declared alarm level 2. Laut the weather service, rain continues.', {sourceLang: 'de'})).toEqual(['Laut → ∅'])
  })
})

describe('guards: unlessFollowedBy', () => {
  it('spares the English idiom "wash one\'s hands of" but flags the bare calque', () => {
    expect(flagged('literal-idiom', 'The minister washed his hands of the corruption case.', {sourceLang: 'id'})).toEqual([])
    expect(flagged('literal-idiom', 'In the corruption case, the minister washed his hands.', {sourceLang: 'id'})).toHaveLength(1)
  })
})
