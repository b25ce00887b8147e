/** The text model's sentences where the parser's differ from English usage. */
import {describe, expect, it} from 'vitest'
import {modelText} from '../../src/languages/index.js'

const sentences = (text: string) => modelText(text, 'en').sentences.map((sentence) => text.slice(sentence.start, sentence.end))

describe('text model sentences', () => {
  it('ends a sentence at a number’s full stop before a capitalised word', () => {
    expect(sentences('The loss is €410,000. According to the board, it is high.')).toEqual(['The loss is €410,000.', 'According to the board, it is high.'])
    expect(sentences('The threshold is 500. The closure will save money.')).toEqual(['The threshold is 500.', 'The closure will save money.'])
  })

  it('keeps an ordinal day before its month, a number sign before its number, and a decimal', () => {
    expect(sentences('The bridge closes on 14. November 2024 for repairs.')).toHaveLength(1)
    expect(sentences('She teaches at school No. 2 in the centre.')).toHaveLength(1)
    expect(sentences('Prices rose 3.5 percent in May.')).toHaveLength(1)
  })

  it('gives every word the index of its sentence', () => {
    const model = modelText('It cost 500. Then it cost 600.', 'en')
    expect(model.words.map((word) => word.sentence)).toEqual([0, 0, 0, 1, 1, 1, 1])
  })
})
