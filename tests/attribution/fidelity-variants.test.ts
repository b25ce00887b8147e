/**
 * Reference comparison: wording that differs between MT and reference without
 * changing who said what must raise no fidelity error, while a different
 * speaker still does.
 */
import {describe, expect, it} from 'vitest'
import {analyzeAttributions, checkSync} from '../../src/index.js'

const fidelity = (mt: string, reference: string) =>
  checkSync(mt, {sourceLang: 'it', reference}).findings.filter((finding) => finding.ruleId === 'attribution-fidelity').map((finding) => finding.subId)

describe('attribution fidelity: variants that keep the speaker', () => {
  it('one body under two generic names', () => {
    const reference = 'The City of Milan said that the trams will run on Sunday.'
    expect(fidelity('The Municipality of Milan said that the trams will run on Sunday.', reference)).toEqual([])
    expect(fidelity('The Region of Lombardy said that the trams will run on Sunday.', reference)).toEqual(['speaker-changed'])
  })

  it('a person on one side, the body named in their phrase on the other', () => {
    const reference = 'Giorgio Rossi, regional secretary of the Milan Transport Union, said that the strike would go ahead.'
    expect(fidelity('The Milan Transport Union said that the strike would go ahead.', reference)).toEqual([])
    expect(fidelity('The Turin Bus Company said that the strike would go ahead.', reference)).toEqual(['speaker-changed'])
  })

  it('a channel named as the recipient on one side and as an intermediary on the other', () => {
    const reference = 'Union leader Marta Correia told Lusa that the strike would continue.'
    expect(fidelity('Union leader Marta Correia, cited by Lusa, said that the strike would continue.', reference)).not.toContain('intermediary-added')
  })
})

describe('attribution fidelity: readings fixed on batches 3–4 (2026-12-07)', () => {
  it('a speaker and the one addressed swapped is a changed speaker, not a recipient turned source', () => {
    const reference = 'Andreu Climent, spokesman of the platform, replied to Ferran Pastor that the port generates wealth.'
    expect(fidelity('Andreu Climent, spokesman of the platform, and Ferran Pastor met. Pastor replied Climent that the port generates wealth.', reference)).toContain('speaker-changed')
    expect(fidelity('Andreu Climent, spokesman of the platform, and Ferran Pastor met. Pastor replied Climent that the port generates wealth.', reference)).not.toContain('recipient-as-source')
  })

  it('`thundered against` is criticism (assertive, as `criticized`), not a denial that could flip polarity', () => {
    const [attribution] = analyzeAttributions('The City of Milan thundered against the strike, saying that it hurts commuters.', 'en').attributions
    expect(attribution?.cue?.text).toBe('thundered against')
    expect(attribution?.cue?.class).toBe('assertive')
  })
})
