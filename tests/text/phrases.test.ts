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
