/** The phrase matcher behind the lexicon checks: leftmost-longest matches, and the longest reading from any word. */
import {describe, expect, it} from 'vitest'
import {modelText} from '../../src/languages/index.js'
import {PhraseMatcher} from '../../src/text/phrases.js'

function matcherOf(phrases: readonly string[]): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>('en', {inflections: true})
  for (const phrase of phrases) matcher.add(phrase, phrase)
  return matcher
}

describe('PhraseMatcher', () => {
  const text = 'He moved to the Unvanquished City last year.'
  const matcher = matcherOf(['the unvanquished', 'unvanquished city'])
  const model = modelText(text, 'en')

  it('matches leftmost first, without overlaps', () => {
    expect(matcher.match(model).map((match) => text.slice(match.start, match.end))).toEqual(['the Unvanquished'])
  })

  it('reads the longest phrase from any word with `matchAt`', () => {
    const from = model.words.findIndex((word) => word.norm === 'unvanquished')
    const found = matcher.matchAt(model, from)
    expect(found && text.slice(found.start, found.end)).toBe('Unvanquished City')
    expect(matcher.matchAt(model, 0)).toBeUndefined()
    expect(matcher.matchAt(model, model.words.length)).toBeUndefined()
  })
})

describe('PhraseMatcher object slots', () => {
  const matcher = matcherOf(['pour {someone} pure wine', 'pour pure wine'])
  const found = (text: string) => matcher.match(modelText(text, 'en')).map((match) => text.slice(match.start, match.end))

  it('matches one to three words in the slot, inflected verbs too', () => {
    expect(found('We must pour the residents pure wine.')).toEqual(['pour the residents pure wine'])
    expect(found('The board poured its own workers pure wine.')).toEqual(['poured its own workers pure wine'])
    expect(found('We pour pure wine.')).toEqual(['pour pure wine'])
  })

  it('takes no more than three words, and never crosses a sentence', () => {
    expect(found('They pour the local residents of the town pure wine.')).toEqual([])
    expect(found('They pour it. Pure wine is sold.')).toEqual([])
  })

  it('refuses a slot at either end of a literal', () => {
    expect(() => matcherOf(['{someone} pure wine'])).toThrow(/slot/)
  })
})
