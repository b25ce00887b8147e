/** Skeleton matching of idiom literals: the content words in order, close together, in one sentence. */
import {describe, expect, it} from 'vitest'
import {modelText} from '../../src/languages/index.js'
import {SkeletonMatcher} from '../../src/text/skeletons.js'
import {shapeSuite} from '../checks/helpers.js'

function found(literals: readonly string[], text: string): string[] {
  const matcher = new SkeletonMatcher<string>()
  for (const literal of literals) matcher.add(literal, literal)
  return matcher.match(modelText(text, 'en')).map((match) => text.slice(match.start, match.end))
}

describe('SkeletonMatcher', () => {
  it('matches inflected words with words between them', () => {
    expect(found(['mend the pen after the sheep is lost'], 'The apology was mending the pen after the sheep had been lost.')).toEqual(['mending the pen after the sheep had been lost'])
    expect(found(['show where the crayfish spend the winter'], 'He promised to show the contractors where the crayfish spend the winter.')).toEqual(['show the contractors where the crayfish spend the winter'])
  })

  it('needs every content word, in order', () => {
    // The English idiom differs by one word from the calque: no match.
    expect(found(['kill the hen that lays the golden eggs'], 'Do not kill the goose that lays the golden eggs.')).toEqual([])
    expect(found(['mend the pen after the sheep is lost'], 'The sheep were lost after they mended the pen.')).toEqual([])
  })

  it('ignores literals of fewer than three content words', () => {
    expect(found(['back to our sheep', 'green table'], 'We went back to the sheep at the green table.')).toEqual([])
  })

  it('stays within a sentence and a few words of the literal’s length', () => {
    expect(found(['mend the pen after the sheep is lost'], 'They mend the pen. After that the sheep were lost.')).toEqual([])
    expect(found(['mend the pen after the sheep is lost'], 'They mend the old wooden pen every spring, long after the last of their many sheep were lost.')).toEqual([])
  })

  it('keeps the longest skeleton where two overlap', () => {
    expect(found(['water reaches the feet', 'wait until the water reaches the feet to jump'], 'We did not wait for the water to reach our feet before jumping.')).toEqual(['wait for the water to reach our feet before jumping'])
  })
})

shapeSuite('literal-idiom skeletons', [
  ['literal-idiom', 'vi', '"This year we did not wait for the water to reach our feet before jumping," he said.', 'wait for the water to reach our feet before jumping → leave things to the last minute'],
  ['literal-idiom', 'zh', 'Consumer groups said the apology was mending the pen after the sheep had been lost.', 'mending the pen after the sheep had been lost → better late than never']
], [
  ['literal-idiom', 'es', 'Tourism is the goose that lays the golden eggs, and nobody wants to kill it.'],
  ['literal-idiom', 'id', 'Three North Korean soldiers were captured, officials said.']
])
