/**
 * Shapes and entries added after reading blind set 68 (vi, ru, zh, ar; first run 75.2% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 68 shapes', [
  ['literal-idiom', 'vi', '"Only when the cow is lost do they build the barn," she said.', 'Only when the cow is lost do they build the barn → Shutting the stable door after the horse has bolted'],
  ['date-format', 'vi', 'Pork belly sold for 145,000 dong a kilogram on Thứ Hai (13/1).', 'Thứ Hai (13/1) → Monday, Jan. 13'],
  ['number-format', 'vi', 'Lean shoulder rose to 130 nghìn dong.', '130 nghìn → 130 thousand'],
  ['literal-idiom', 'vi', 'Economists say the support is like salt thrown into the sea.', 'like salt thrown into the sea → a drop in the ocean'],
  ['title-garble', 'ru', 'At the hearings, the senior helper of the prosecutor of the district showed the invoices.', 'senior helper of the prosecutor of the district → assistant prosecutor'],
  ['literal-idiom', 'ru', 'The coach called the two goalkeepers two boots of a pair.', 'two boots of a pair → two of a kind'],
  ['mt-boilerplate', 'ru', 'The team plays on Tuesday.\n\nThe material was translated into English using neural machine translation.', 'The material was translated into English using neural machine translation. → ∅'],
  ['number-format', 'zh', 'The city will spend 3.2 100 million yuan on feeder buses.', '3.2 100 million → 320 million'],
  ['date-format', 'zh', "As of 24 o'clock on Sunday, the hospitals had reported 300 cases.", "24 o'clock → midnight"],
  ['number-format', 'zh', 'A flu shot costs RMB 35 yuan at community centres.', 'RMB 35 yuan → 35 yuan'],
  ['epithet-calque', 'zh', 'Posts linked it to a variant first seen in the Island Country.', 'the Island Country → Japan'],
  ['literal-idiom', 'ar', 'The late payments were the drop that overflowed the cup for residents.', 'the drop that overflowed the cup → the last straw'],
  ['number-format', 'ar', 'The festival sold more than 35 thousands tickets.', '35 thousands → 35 thousand'],
  ['title-garble', 'ar', 'Her Excellency the Doctor Minister of Culture attended the ceremony.', 'Her Excellency → ∅'],
  ['literal-idiom', 'ar', 'She said the festival had become a difficult number in the region.', 'a difficult number → a force to be reckoned with'],
  ['literal-idiom', 'ar', 'The director described the row as a summer cloud.', 'a summer cloud → a passing storm']
], [
  ['number-format', 'zh', 'Thousands of people and 3 million tourists came.'],
  ['literal-idiom', 'ar', 'A summer cloud brought rain to the valley.'],
  ['epithet-calque', 'zh', 'Japan is an island country with many volcanoes.']
])
