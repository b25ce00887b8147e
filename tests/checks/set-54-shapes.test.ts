/**
 * Shapes and entries added after reading blind set 54 (id, de, fr, es; first run 83.0% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 54 shapes', [
  ['untranslated', 'id', 'He embezzled Rp 1.2 billion from the Dana Desa programme.', 'Dana Desa → the Village Fund'],
  ['title-garble', 'id', '"Brother Defendant should have been an example," the judge said.', 'Brother Defendant → the defendant'],
  ['epithet-calque', 'de', 'The elevator team of recent years needed only a draw.', 'The elevator team → The yo-yo club'],
  ['untranslated', 'de', 'Supporters celebrated the Aufstieg with the players until late.', 'Aufstieg → ∅'],
  ['untranslated', 'fr', 'According to the Chambre d’agriculture of the department, 1,200 hectares were hit.', 'Chambre d’agriculture → Chamber of Agriculture'],
  ['literal-idiom', 'fr', 'Fly-half Mathieu Roussel had the fries all evening and scored 14 points.', 'had the fries → was in top form'],
  ['epithet-calque', 'fr', 'His father once played for France against the XV of the Rose.', 'the XV of the Rose → England'],
  ['untranslated', 'es', '"Every litre counts," dice the mayor, Rosa Ortega.', 'dice → says'],
  ['number-format', 'es', 'The town has 3.412 registered tourist flats, one for every nine homes.', '3.412 → 3,412'],
  ['untranslated', 'es', 'Rent has risen to 1,150 euros a month, sin counting bills.', 'sin → without']
], [
  ['epithet-calque', 'de', 'The elevator team carried out repairs in the building.'],
  ['literal-idiom', 'fr', 'He had the fries with his steak at the restaurant.'],
  ['untranslated', 'es', 'The dice were thrown. Greed is a sin, he said.'],
  ['number-format', 'es', 'The lake is 3.412 metres deep at its centre.']
])
