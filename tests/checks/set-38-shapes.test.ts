/**
 * Shapes and entries added after reading blind set 38 (id, de, fr, es; first run 86.2% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 38 shapes', [
  ['date-format', 'de', 'The employees learned of the plans at a staff meeting at 14:30 clock.', '14:30 clock → 2:30 p.m.'],
  ['epithet-calque', 'fr', 'The tenant of the rue de Varenne is expected to visit the area on Monday.', 'The tenant of the rue de Varenne → The minister'],
  ['literal-idiom', 'id', '"For the farmers here it is already fallen, then struck by the ladder," he said.', 'already fallen, then struck by the ladder → hit by one misfortune after another'],
  ['literal-idiom', 'fr', '"We are not going to throw the money through the windows," said the mayor.', 'throw the money through the windows → waste money'],
  ['untranslated', 'id', 'Police asked residents to stay away from the riverbank agar they are not caught off guard.', 'agar → so that'],
  ['untranslated', 'de', '"We will not push the decision back," Brenninger Chef Tobias Kühnle said.', 'Chef → boss'],
  ['untranslated', 'de', 'Residents had been warned via Handy in the afternoon to stay indoors.', 'via Handy → the mobile phone'],
  ['untranslated', 'es', 'The Pleno of Barcelona City Council on Friday approved the tax.', 'Pleno → full council'],
  ['title-garble', 'de', '"We got off lightly," said the Leading Fire Director, Jörg Hammelrath.', 'Leading Fire Director → fire chief']
], [
  ['untranslated', 'de', 'Celebrity Chef Tim Mälzer opened a restaurant in the old mill.'],
  ['untranslated', 'de', 'The Head Chef Anna Weber left the hotel.'],
  ['untranslated', 'id', 'Plates of agar were prepared in the laboratory.'],
  ['date-format', 'de', 'The clock showed 14:30 when the alarm went off.'],
  ['literal-idiom', 'fr', 'The robbers threw money through the windows of the bank as police arrived.']
])
