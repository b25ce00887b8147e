/** The checks that need no English grammar also run on French, Chinese, Japanese and Arabic MT. */
import {describe, expect, it} from 'vitest'
import {checkSync} from '../src/index.js'

const flagged = (text: string, targetLang: string, sourceLang = 'id') =>
  checkSync(text, {targetLang, sourceLang}).findings.map((finding) => `${finding.ruleId}:${finding.actual} → ${finding.expected[0] ?? '∅'}`)

describe('other target languages', () => {
  it('French: English-style and Indonesian-style numbers, untranslated words', () => {
    expect(flagged('Le soldat reçoit environ 2,000 dollars par mois. Il a dit que 3.500 travailleurs sont partis, ujarnya.', 'fr')).toEqual([
      'number-format:2,000 → 2\u202F000',
      'number-format:3.500 → 3\u202F500',
      'untranslated:ujarnya → ∅'
    ])
  })

  it.each([
    ['zh', '朝鲜士兵每月领取约2.000美元。'],
    ['ja', '北朝鮮の兵士は月に約2.000ドルを受け取る。'],
    ['ar', 'يتلقى الجندي حوالي 2.000 دولار شهريا.']
  ])('%s: numbers next to words of scripts without spaces', (targetLang, text) => {
    expect(flagged(text, targetLang)).toEqual(['number-format:2.000 → 2,000'])
  })

  it('segments Chinese into words and sentences with offsets into the text', () => {
    const text = '朝鲜士兵每月领取约2000美元。他说。'
    const report = checkSync(text, {targetLang: 'zh'})
    expect(report.words).toBeGreaterThan(4)
    expect(report.language.target).toBe('zh')
  })

  it('leaves English-grammar checks off for other targets', () => {
    expect(flagged('Mr. President Macron arrive jeudi (14/11).', 'fr', 'fr')).toEqual([])
  })
})
