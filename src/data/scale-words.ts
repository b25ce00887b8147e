/**
 * Scale words of source languages that MT leaves in English text
 * (`Rp 5 juta`, `2 milliard euros`), with their English word and value.
 * Written for translation-qa from the languages' number vocabulary.
 */
import type {SourceLanguage} from '../types.js'

export interface ScaleWord {
  readonly english: 'thousand' | 'million' | 'billion' | 'trillion'
  readonly languages: readonly SourceLanguage[]
  /** A currency the abbreviation carries, written before the number in English (`45 M€` → `€45 million`). */
  readonly currency?: string
  /** Only after a currency amount (`Rp 2,4 M`): alone the letters are units (`5 m` is five metres). */
  readonly afterCurrency?: boolean
}

/** Lower-case word → its English scale word. Words that are English too (`million`) are not listed. */
export const foreignScaleWords: ReadonlyMap<string, ScaleWord> = new Map<string, ScaleWord>([
  ['ribu', {english: 'thousand', languages: ['id', 'ms']}],
  // Russian abbreviations left in Cyrillic (`38 тыс. rubles`).
  ['тыс', {english: 'thousand', languages: ['ru']}],
  ['млн', {english: 'million', languages: ['ru']}],
  ['млрд', {english: 'billion', languages: ['ru']}],
  ['трлн', {english: 'trillion', languages: ['ru']}],
  // … and transliterated (`480 thous. rubles`, `18 tys. spectators`, `1,2 mlrd rubles`).
  ['thous', {english: 'thousand', languages: ['ru']}],
  ['tys', {english: 'thousand', languages: ['ru']}],
  ['trln', {english: 'trillion', languages: ['ru']}],
  ['mln', {english: 'million', languages: ['ru', 'it']}],
  ['mlrd', {english: 'billion', languages: ['ru']}],
  // Italian abbreviations (`2 mld euros`, `3 mln`).
  ['mld', {english: 'billion', languages: ['it']}],
  ['juta', {english: 'million', languages: ['id', 'ms']}],
  ['miliar', {english: 'billion', languages: ['id']}],
  ['milyar', {english: 'billion', languages: ['id']}],
  ['triliun', {english: 'trillion', languages: ['id']}],
  ['bilion', {english: 'billion', languages: ['ms']}],
  ['trilion', {english: 'trillion', languages: ['ms']}],
  ['tausend', {english: 'thousand', languages: ['de']}],
  ['millionen', {english: 'million', languages: ['de']}],
  ['mio', {english: 'million', languages: ['de']}],
  ['milliarde', {english: 'billion', languages: ['de']}],
  ['milliarden', {english: 'billion', languages: ['de']}],
  ['mrd', {english: 'billion', languages: ['de']}],
  ['billionen', {english: 'trillion', languages: ['de']}],
  ['milliard', {english: 'billion', languages: ['fr', 'ru', 'ar']}],
  // Arabic *ألف* (thousand) transliterated: `150 alf pounds`.
  ['alf', {english: 'thousand', languages: ['ar']}],
  ['milliards', {english: 'billion', languages: ['fr', 'ar', 'ru']}],
  ['millones', {english: 'million', languages: ['es']}],
  ['millón', {english: 'million', languages: ['es']}],
  ['billones', {english: 'trillion', languages: ['es']}],
  ['milhões', {english: 'million', languages: ['pt']}],
  ['milhão', {english: 'million', languages: ['pt']}],
  ['bilhões', {english: 'billion', languages: ['pt']}],
  ['bilhão', {english: 'billion', languages: ['pt']}],
  ['milioni', {english: 'million', languages: ['it']}],
  ['miliardi', {english: 'billion', languages: ['it']}],
  ['miliardo', {english: 'billion', languages: ['it']}],
  // Italian *mila* (thousands), often glued to the digits: `12mila visitors`.
  ['mila', {english: 'thousand', languages: ['it']}],
  ['duizend', {english: 'thousand', languages: ['nl']}],
  ['miljoen', {english: 'million', languages: ['nl']}],
  ['miljard', {english: 'billion', languages: ['nl']}],
  // Turkish *bin* (thousand): `12 bin spectators`; only in Turkish-source text, where the English word is unlikely after a number.
  ['bin', {english: 'thousand', languages: ['tr']}],
  ['milyon', {english: 'million', languages: ['tr']}],
  ['milyar', {english: 'billion', languages: ['tr']}],
  // Arabic scale words left in Arabic script after Latin digits (`12 ألف residents`).
  ['ألف', {english: 'thousand', languages: ['ar']}],
  ['آلاف', {english: 'thousand', languages: ['ar']}],
  ['مليون', {english: 'million', languages: ['ar']}],
  ['ملايين', {english: 'million', languages: ['ar']}],
  ['مليار', {english: 'billion', languages: ['ar']}],
  ['nghìn', {english: 'thousand', languages: ['vi']}],
  ['ngàn', {english: 'thousand', languages: ['vi']}],
  ['triệu', {english: 'million', languages: ['vi']}],
  ['tỷ', {english: 'billion', languages: ['vi']}],
  // Indonesian abbreviations after a rupiah amount: `Rp 2,4 M` (miliar), `Rp 500 jt` (juta), `Rp 50 rb` (ribu).
  ['m', {english: 'billion', languages: ['id'], afterCurrency: true}],
  ['jt', {english: 'million', languages: ['id', 'ms'], afterCurrency: true}],
  ['rb', {english: 'thousand', languages: ['id', 'ms'], afterCurrency: true}],
  // Spanish and Portuguese *mil* (thousand): `250 mil euros`.
  ['mil', {english: 'thousand', languages: ['es', 'pt']}],
  // French press abbreviations with the euro sign: M€ (millions), Md€/Mds€ (milliards), k€ (milliers).
  ['m€', {english: 'million', languages: ['fr', 'es', 'it', 'pt', 'de'], currency: '€'}],
  ['md€', {english: 'billion', languages: ['fr'], currency: '€'}],
  ['mds€', {english: 'billion', languages: ['fr'], currency: '€'}],
  ['mrd€', {english: 'billion', languages: ['de'], currency: '€'}],
  ['k€', {english: 'thousand', languages: ['fr', 'de'], currency: '€'}]
])
