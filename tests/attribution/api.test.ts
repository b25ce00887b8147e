import {describe, expect, it} from 'vitest'
import {analyzeAttributions, TranslationQaError} from '../../src/index.js'

describe('analyzeAttributions()', () => {
  it('takes the text itself', () => {
    const extraction = analyzeAttributions('"We will not wait," said Helena Correia, director of housing.')
    expect(extraction.attributions.map((attribution) => [attribution.kind, attribution.source?.text, attribution.cue?.text])).toEqual([['direct', 'Helena Correia, director of housing', 'said']])
    expect(extraction.model.text).toBe('"We will not wait," said Helena Correia, director of housing.')
  })

  it('explains bad input instead of crashing', () => {
    expect(() => analyzeAttributions(42 as unknown as string)).toThrow(TranslationQaError)
    expect(() => analyzeAttributions(42 as unknown as string)).toThrow('Unexpected number for `analyzeAttributions()`, expected the text to analyse (a string)')
    expect(() => analyzeAttributions('He said so.', 'xx' as 'en')).toThrow('Unexpected language "xx" for `analyzeAttributions()`')
  })
})

describe('calqued attribution constructions', () => {
  const shape = (text: string) => analyzeAttributions(text).attributions.map((attribution) => [attribution.kind, attribution.source?.text, attribution.cue?.text])
  it.each([
    ['"We have done the homework," declared to journalists the director of the port, Marta Llorens.', [['direct', 'the director of the port, Marta Llorens', 'declared']]],
    ['Ferran Pastor, in statements to EFE, said that the expansion is vital.', [['indirect', 'Ferran Pastor', 'said']]],
    ['Ferran Pastor, president of the Logistics Association (AVEL), in statements to EFE, said that it is vital.', [['indirect', 'Ferran Pastor, president of the Logistics Association (AVEL)', 'said']]],
    ['Correia, cited by Lusa, claimed that the first flats will be ready this year.', [['indirect', 'Correia', 'claimed']]],
    ['"We would rather act now," thus project manager Sanne de Vries at the presentation in the city hall.', [['direct', 'project manager Sanne de Vries', 'thus']]]
  ] as const)('%j', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})
