/**
 * The gold itself: every source and cue span resolves to whole words. A short span (`he`) counted by plain
 * substring occurrence can land inside another word (`they`, `either`), which silently turns a correct
 * extraction into a miss and a false alarm; this keeps such annotation slips out of the measurements.
 */
import {describe, expect, it} from 'vitest'
import {loadCorpus, locate} from './gold.js'

const letter = /\p{L}/u

describe('gold attribution spans', () => {
  it('start and end at word boundaries', () => {
    const inside: string[] = []
    for (const article of loadCorpus()) {
      for (const which of ['mt', 'reference'] as const) {
        const text = which === 'mt' ? article.mt : article.reference
        for (const attribution of article.gold?.attributions?.[which] ?? []) {
          for (const span of [attribution.source, attribution.cue]) {
            const range = locate(text, span)
            if (!range) continue
            if (letter.test(text[range.start - 1] ?? '') || letter.test(text[range.end] ?? '')) inside.push(`${article.id}/${which}: ${span!.text} #${span!.occurrence}`)
          }
        }
      }
    }
    expect(inside).toEqual([])
  })
})
