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
