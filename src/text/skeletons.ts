/**
 * Skeleton matching of idiom literals. Machine translation renders an idiom
 * word for word, so its content words survive in order (`mend`, `pen`,
 * `sheep`, `lost`), but what stands between them varies with the sentence:
 * tense and auxiliaries (`after the sheep had been lost`), an object inside
 * (`show the contractors where the crayfish spend the winter`). A literal's
 * skeleton is its content words, folded like the phrase matcher folds them;
 * it matches when all of them stand in order in one sentence, close together.
 * Only for literals with three or more distinct content words: fewer would
 * match ordinary English. Leaving one word out was tried and refused: the
 * calque and the English idiom often differ by one word (`kill the hen that
 * lays the golden eggs`), and a name in a literal matched plain news
 * (`North Korean soldiers` for `victims of North Korean soldiers`).
 */
import {englishFunctionWords} from '../data/en/common-words.js'
import {foldInflection} from './inflection.js'
import {type TextModel} from './model.js'
import {foldedWordsOf, objectSlot, phraseWords, type PhraseMatch} from './phrases.js'

interface Skeleton<T> {
  /** Content words of the literal, folded, in order. */
  words: string[]
  /** How many words the literal has: a match may spread over a few more. */
  length: number
  value: T
}

/** Words a match may spread over beyond the literal's own length (an object, an auxiliary, a determiner or two). */
const slack = 4
const minimumContentWords = 3

export class SkeletonMatcher<T> {
  // Skeletons by their first content word.
  private readonly byWord = new Map<string, Array<Skeleton<T>>>()

  /** Register an English literal; ignored when it has too few content words to be told from plain English. */
  add(literal: string, value: T): void {
    const all = phraseWords(literal.replace(objectSlot, ' '), 'en')
    const words = all.filter((word) => !englishFunctionWords.has(word) && /\p{L}/u.test(word) && word.length > 1).map(foldInflection)
    if (new Set(words).size < minimumContentWords) return
    const skeleton: Skeleton<T> = {words, length: all.length + (literal.includes(objectSlot) ? 3 : 0), value}
    let list = this.byWord.get(words[0]!)
    if (!list) this.byWord.set(words[0]!, (list = []))
    list.push(skeleton)
  }

  /** Non-overlapping matches in text order, longest skeleton first where two overlap. */
  match(model: TextModel): Array<PhraseMatch<T>> {
    const keys = foldedWordsOf(model)
    const found: Array<PhraseMatch<T> & {size: number}> = []
    for (let index = 0; index < keys.length; index++) {
      for (const skeleton of this.byWord.get(keys[index]!) ?? []) {
        const end = this.matchFrom(model, keys, index, skeleton)
        if (end !== undefined) {
          found.push({start: model.words[index]!.start, end: model.words[end - 1]!.end, wordStart: index, wordEnd: end, values: [skeleton.value], possessive: false, size: skeleton.words.length})
        }
      }
    }
    found.sort((a, b) => a.wordStart - b.wordStart || b.size - a.size || b.wordEnd - a.wordEnd)
    const matches: Array<PhraseMatch<T>> = []
    let reached = 0
    for (const {size: _size, ...match} of found) {
      if (match.wordStart < reached) continue
      matches.push(match)
      reached = match.wordEnd
    }
    return matches
  }

  /** Where the skeleton's match that starts on word `index` ends (one past its last word), or undefined. */
  private matchFrom(model: TextModel, keys: readonly string[], index: number, skeleton: Skeleton<T>): number | undefined {
    const {words} = skeleton
    const sentence = model.words[index]!.sentence
    const limit = Math.min(keys.length, index + skeleton.length + slack)
    let wanted = 1
    for (let cursor = index + 1; cursor < limit && model.words[cursor]!.sentence === sentence; cursor++) {
      if (keys[cursor] === words[wanted] && ++wanted === words.length) return cursor + 1
    }
    return undefined
  }
}
