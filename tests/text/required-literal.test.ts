import {describe, expect, it} from 'vitest'
import {titleShapes} from '../../src/checks/title-structures.js'
import {matchAllRequired, requiredLiteral} from '../../src/text/required-literal.js'

describe('requiredLiteral', () => {
  it.each([
    [/\b(?:[Tt]he\s+)?Federal Chancellor\s+(?=\p{Lu}\p{Ll})/gu, 'Federal Chancellor'],
    [/\b(?:[Tt]he\s+)?((?:[A-Z][\p{L}-]*\s+){1,4}Party)['’]s\s+(main|largest)\s+opposition\b/gu, 'opposition'],
    [/\b[Cc]ounsel+or of (?=\p{Lu})/gu, 'or of '],
    [/abcde{2,3}f/g, 'abcd'],
    [/x\.yzzy/g, 'yzzy']
  ])('reads a literal every match of %s contains', (pattern, literal) => {
    expect(requiredLiteral(pattern)).toBe(literal)
  })

  it.each([/Head|Chief/g, /\bHead of Village\b/gi, /abcd?e/g, /(?:Keeper|Guard)s?/g])('knows none for %s', (pattern) => {
    expect(requiredLiteral(pattern)).toBe('')
  })

  it('never skips a title shape that matches', () => {
    const text = 'The Upper Mayor of the town and the Minister Coordinator for the economy met Mr. the President.'
    for (const {pattern} of titleShapes) {
      expect([...matchAllRequired(text, pattern)].map((match) => match.index)).toEqual([...text.matchAll(pattern)].map((match) => match.index))
    }
  })
})
