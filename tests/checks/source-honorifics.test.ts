import {describe, expect, it} from 'vitest'
import {flagged} from './helpers.js'

// A source-language honorific left before (or, in Turkish, after) a name is an untranslated word; `title-garble`
// keeps honorifics rendered as English words.
describe('untranslated: source honorifics', () => {
  it.each([
    ['id', 'Pak Budi said the bridge was closed.', 'Pak → Mr.'],
    ['de', 'Herr Huber said the fees would rise.', 'Herr → Mr.'],
    ['fr', 'Mme Fabienne Roux, the mayor, said so.', 'Mme → Ms.'],
    ['id', 'Saudara Rudi, you signed every payment order.', 'Saudara → Mr.'],
    ['it', 'Dott.ssa Laura Neri said.', 'Dott.ssa → Dr.'],
    ['id', 'Mas Gibran said.', 'Mas → Mr.'],
    ['es', 'Don Aurelio Pazos said so.', 'Don → Mr.'],
    ['es', 'Don Ernesto has always denied the accusations.', 'Don → Mr.'],
    ['es', 'For don Anselmo Ruiz, 74, the harvest failed.', 'don → Mr.'],
    ['es', 'The mayor, Sra. López, opened the plant.', 'Sra. → Ms.'],
    ['it', 'Sig. Rossi spoke first.', 'Sig. → Mr.'],
    ['tr', 'Club president Hakan Özer announced a bonus. Hakan Bey also criticised prices.', 'Hakan Bey → Hakan'],
    ['tr', '"We will not rest on our laurels," Ferit Hoca said.', 'Ferit Hoca → Ferit']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('untranslated', text, {sourceLang})).toEqual([expected])
    expect(flagged('title-garble', text, {sourceLang})).toEqual([])
  })

  it('spares acronyms, honorifics not followed by a name, and Don before a surname', () => {
    expect(flagged('untranslated', 'PAK Budi Holdings said the bridge was closed.', {sourceLang: 'id'})).toEqual([])
    expect(flagged('untranslated', 'The word pak means father.', {sourceLang: 'id'})).toEqual([])
    expect(flagged('untranslated', 'Don Johnson said so.', {sourceLang: 'es'})).toEqual([])
  })

  it('reports a word once when another reading of the check took it', () => {
    // The Vietnamese kinship reading and the honorific list both know `ông`.
    expect(flagged('untranslated', 'The metro will open this month, ông Thanh told reporters.', {sourceLang: 'vi'})).toHaveLength(1)
  })

  it('leaves honorifics rendered as English words to title-garble', () => {
    expect(flagged('title-garble', '"We thank Süleyman Teacher for his efforts," the club said.', {sourceLang: 'tr'})).toEqual(['Süleyman Teacher → Süleyman'])
    expect(flagged('untranslated', '"We thank Süleyman Teacher for his efforts," the club said.', {sourceLang: 'tr'})).toEqual([])
  })
})
