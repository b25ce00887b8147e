/**
 * Shapes and entries added after reading blind set 55 (vi, ru, zh, ar; first run 71.3% at 100% precision), with the
 * English that must still pass.
 */
import {describe, expect, it} from 'vitest'
import {flagged, shapeSuite} from './helpers.js'

shapeSuite('set 55 shapes', [
  ['epithet-calque', 'vi', 'Volunteers from the thousand-year-old capital arrived on Friday.', 'the thousand-year-old capital → Hanoi'],
  ['title-garble', 'vi', 'On Friday the Council of Trial of the provincial court opened the case.', 'the Council of Trial → the trial panel'],
  ['epithet-calque', 'vi', 'The money was moved to accounts in the lion island nation.', 'the lion island nation → Singapore'],
  ['title-garble', 'vi', 'The representative of the Institute of Control said the defendant had planned it.', 'the Institute of Control → the procuracy'],
  ['literal-idiom', 'vi', 'The judge said one worm had spoiled the whole pot of soup.', 'one worm had spoiled the whole pot of soup → one bad apple spoils the barrel'],
  ['untranslated', 'ru', 'The i.o. head of the committee, Irina Sablina, spoke.', 'i.o. → acting'],
  ['literal-idiom', 'ru', '"We are not raising tariffs out of a good life," she said.', 'out of a good life → not because we want to'],
  ['title-garble', 'ru', 'A deputy of the city duma, Oleg Tarasov, criticised the plan.', 'A deputy of the city duma → a member of the city council'],
  ['untranslated', 'ru', 'Season ticket holders in g. Zarechensk were told on Tuesday.', 'g. → '],
  ['mt-boilerplate', 'ru', 'Prices will stay the same.\n\nTranslated by machine. The editorial staff has not checked this text.', 'Translated by machine. The editorial staff has not checked this text. → ∅'],
  ['literal-idiom', 'zh', '"Many families only come when the fire is burning their eyebrows," he said.', 'the fire is burning their eyebrows → it is already an emergency'],
  ['title-garble', 'zh', '"Do not wait," said the Dean of the hospital, Xu Jianguo.', 'the Dean of the hospital → the hospital director'],
  ['untranslated', 'zh', 'Wang Nüshi, a mother of two, said she waited for hours.', 'Nüshi → Ms. (before the surname)'],
  ['number-format', 'zh', 'The price of a flu test fell from 86元 to 40 yuan.', '86元 → 86 yuan'],
  ['date-format', 'ar', 'The plan was presented at the session of 18/2.', '18/2 → Feb. 18'],
  ['title-garble', 'ar', 'The museum opened under the patronage of the Head of the Council of Ministers.', 'the Head of the Council of Ministers → the Prime Minister'],
  ['number-format', 'ar', 'The restoration cost 3٫5 million dinars.', '3٫5 → 3.5'],
  ['number-format', 'ar', 'The museum holds a thousand and 200 manuscripts.', 'a thousand and 200 → 1,200'],
  ['number-format', 'ar', 'Organisers expect dozens of thousands of visitors.', 'dozens of thousands → tens of thousands'],
  ['untranslated', 'ar', 'Guided tours run every al-Khamis evening.', 'al-Khamis → ∅']
], [
  ['epithet-calque', 'ja', 'Kyoto, the thousand-year-old capital, welcomed tourists.'],
  ['number-format', 'ru', 'Pages 2 870 to 2 900 of the report are missing.'],
  ['title-garble', 'ru', 'The deputy of the mayor answered questions.'],
  ['date-format', 'zh', 'The score was 18/2 after the first round.']
])

describe('set 55: a space-grouped range', () => {
  it('reads both ends when the other end names what is counted', () => {
    expect(flagged('number-format', 'The price will rise from 2 870 to 3 208,40 rubles next year.', {sourceLang: 'ru'})).toEqual(['2 870 → 2,870', '3 208,40 → 3,208.40'])
  })
})
