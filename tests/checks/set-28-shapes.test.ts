/**
 * Shapes and entries added after the first run of blind set 28 (id, de, fr,
 * es regional wire mix), with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 28 shapes', [
  ['number-format', 'de', 'Around 12 000 households were without power on Tuesday.', '12 000 → 12,000'],
  ['date-format', 'fr', 'The festival takes place on the 18 and 19 October.', 'the 18 and 19 October → October 18 and 19'],
  ['untranslated', 'id', 'The injured were taken to the RSUD in the district capital.', 'RSUD → regional hospital'],
  ['untranslated', 'de', 'The DWD warned of hail.', 'DWD → ∅'],
  ['untranslated', 'de', 'Company Chef Jürgen Wolf spoke to the staff.', 'Company Chef → boss'],
  ['untranslated', 'es', 'The ZBE will start in January.', 'ZBE → ∅'],
  ['title-garble', 'fr', 'The deputy of the constituency asked the minister to act.', 'The deputy of the constituency → the local MP'],
  ['epithet-calque', 'fr', 'Visitors came from beyond the Rhine.', 'from beyond the Rhine → from Germany'],
  ['literal-idiom', 'id', 'The crash ate three victims on the descent.', 'ate three victims → claimed lives'],
  ['literal-idiom', 'id', '"Every time, the officials just raise their hands," he said.', 'just raise their hands → given up'],
  ['literal-idiom', 'de', 'The board poured the workforce pure wine on Monday.', 'poured the workforce pure wine → tell the plain truth'],
  ['literal-idiom', 'de', 'For the club it is about the sausage now.', 'it is about the sausage → it is make or break'],
  ['mt-boilerplate', 'es', 'The council approved the plan.\n\nComments (14)\n', 'Comments (14) → ∅']
], [
  ['number-format', 'de', 'In 2019 500 people came to the fair.'],
  ['untranslated', 'de', 'The chef cooked for 200 guests.'],
  ['date-format', 'fr', 'Between the 18 and the 19th century, the town grew.'],
  ['literal-idiom', 'de', 'At the butcher competition it is about the sausage and its spices.']
])
