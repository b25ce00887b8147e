import {readdirSync, readFileSync, statSync} from 'node:fs'
import {franc} from 'franc'
import {expressions} from 'franc/expressions.js'
import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/languages/detect.js'
import {detectableLanguages, francCodes} from '../../src/languages/index.js'
import {iso6393} from '../../src/checks/untranslated.js'

/** Every `.txt` file of the corpus folders. */
function corpusTexts(): string[] {
  const root = new URL('../../', import.meta.url)
  const texts: string[] = []
  const walk = (folder: URL) => {
    for (const name of readdirSync(folder)) {
      const entry = new URL(name, folder)
      if (statSync(entry).isDirectory()) walk(new URL(`${name}/`, folder))
      else if (name.endsWith('.txt')) texts.push(readFileSync(entry, 'utf8'))
    }
  }
  for (const name of readdirSync(root)) if (name.startsWith('corpus')) walk(new URL(`${name}/`, root))
  return texts
}

const samples = [
  '',
  'short',
  '1234567890 12345',
  '!!! ??? ... ,,, ;;;',
  'The rupiah weakened on Monday as investors waited for the Fed.',
  'Rupiah melemah pada hari Senin karena investor menunggu keputusan The Fed.',
  'Der Hafen Hamburg meldet einen Rückgang beim Containerumschlag.',
  'Москва объявила о новых мерах поддержки экономики.',
  '哈尔滨冰雪大世界今天开园，游客人数创新高。',
  '大阪のフェリーが運航を再開した。',
  'أعلنت الحكومة عن خطة جديدة لدعم الاقتصاد.',
  'שלום עולם, זהו טקסט בעברית לבדיקה.',
  'नई दिल्ली में आज भारी बारिश हुई।',
  'Hà Nội khai trương tuyến metro mới vào sáng nay.',
  'aaaaaaaaaaaa bbbbbbbbbbbb',
  'ÇA ÉTÉ UNE JOURNÉE DIFFICILE POUR LES MARCHÉS',
  // Half Latin, half Cyrillic, and mostly Cyrillic: the top script is decided by counting every script.
  'abcdef абвгде',
  'Moscow Москва объявила о мерах',
  'straße café naïve façade déjà vu',
  // Text the one-pass cleaning hands to the string route: capital sigma, a longer lower case, surrogates.
  'ΟΔΟΣ ΑΘΗΝΑΣ είναι ΚΛΕΙΣΤΗ σήμερα λόγω έργων',
  'İstanbul’da bugün yoğun yağmur bekleniyor',
  'Emoji 😀 in a sentence about the weather today',
  'Tab\tand\u00a0no-break\ufeffspaces, “quotes” — and 12,5 numbers\u2028here'
]

describe('detectLanguage', () => {
  it('answers as franc on hand-picked samples', () => {
    for (const sample of samples) {
      for (const minLength of [0, 10, 25]) expect(detectLanguage(sample, minLength), sample).toBe(franc(sample, {minLength}))
    }
  })

  it('may take Latin as the top script of a text more than half Latin: no other script expression shares a character with it', () => {
    const single = (script: string) => new RegExp(expressions[script]!.source)
    const others = Object.keys(expressions).filter((script) => script !== 'Latin').map(single)
    const all = [single('Latin'), ...others]
    // Every match is a whole character (a BMP character or a surrogate pair), never a lone surrogate.
    for (let unit = 0xd800; unit <= 0xdfff; unit++) for (const expression of all) expect(expression.test(String.fromCharCode(unit))).toBe(false)
    const latin = all[0]!
    let shared = 0
    let latinCharacters = 0
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
      const character = String.fromCodePoint(codePoint)
      if (!latin.test(character)) continue
      latinCharacters++
      for (const expression of others) if (expression.test(character)) shared++
    }
    expect(latinCharacters).toBeGreaterThan(1000)
    expect(shared).toBe(0)
    // Each ASCII letter is one Latin match, so ASCII letters count towards the Latin share one for one.
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
    expect(letters.match(expressions['Latin']!)).toHaveLength(letters.length)
  })

  it('answers as franc on every corpus text, its paragraphs and its 4,000-character openings', () => {
    let compared = 0
    for (const text of corpusTexts()) {
      const pieces = [text, text.slice(0, 4000), ...text.split(/\n\s*\n/)]
      for (const piece of pieces) {
        expect(detectLanguage(piece, 10), piece.slice(0, 80)).toBe(franc(piece, {minLength: 10}))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(500)
  })

  it('answers as franc with `only` the languages translation-qa knows, on every corpus text, paragraph and sample', () => {
    const only = [...detectableLanguages]
    let compared = 0
    for (const text of [...corpusTexts(), ...samples]) {
      for (const piece of [text, text.slice(0, 4000), ...text.split(/\n\s*\n/)]) {
        expect(detectLanguage(piece, 10, only), piece.slice(0, 80)).toBe(franc(piece, {minLength: 10, only}))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(500)
    // A script outside the list (Hebrew, Devanagari) and a list without the script's languages give `und`, as in franc.
    for (const sample of samples) expect(detectLanguage(sample, 10, ['eng', 'fra']), sample).toBe(franc(sample, {minLength: 10, only: ['eng', 'fra']}))
  })

  it('knows the languages translation-qa supports under the codes `untranslated` uses', () => {
    expect(francCodes).toEqual(iso6393)
    expect(detectableLanguages).toHaveLength(16)
  })
})
