/**
 * Shapes and entries added after the first run of blind set 31 (id, de, fr, es, topics away from municipal news),
 * with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 31 shapes', [
  ['date-format', 'es', 'The minister announced the past Monday in Madrid that the train returns.', 'the past Monday → last Monday'],
  ['epithet-calque', 'de', 'Outside the court building in the Gutenberg city, growers applauded.', 'the Gutenberg city → Mainz'],
  ['epithet-calque', 'es', 'One fragment fell in a banana plantation on the Columbian island.', 'the Columbian island → La Gomera'],
  ['literal-idiom', 'es', 'The team first marked out the fall zone by the eye of a good cooper.', 'by the eye of a good cooper → roughly'],
  ['untranslated', 'id', 'The final at GOR Bhaskara ended at night.', 'GOR → sports hall'],
  ['untranslated', 'de', 'The Förderverein of the minster collected 520,000 euros.', 'Förderverein → friends’ association'],
  ['untranslated', 'fr', 'The lack of snow has cost the small station of Val-Brune 12,000 day passes.', 'station → resort'],
  ['untranslated', 'fr', 'According to the ARS, vaccination coverage is falling.', 'ARS → ∅'],
  ['untranslated', 'es', "Andalusia's Consejería of Mobility welcomed the announcement.", 'Consejería → regional ministry'],
  ['title-garble', 'es', 'The Secretary of State of Transports announced the return of the train.', 'The Secretary of State of → the Secretary of State for'],
  ['title-garble', 'es', 'Carmen Ruiz, cathedratic of Astrophysics at the university, said so.', 'cathedratic → professor'],
  ['title-garble', 'de', '"It comes at the eleventh hour," said Bernd Ohler, the Wine Construction President of the region.', 'Wine Construction → wine-growing'],
  ['mt-boilerplate', 'id', 'The final ended late.\n\nShare: Facebook | X | WhatsApp | Copy link\n', 'Share: Facebook | X | WhatsApp | Copy link → ∅'],
  ['mt-boilerplate', 'fr', 'The resort stays closed.\n\nReact | 23 comments\n', 'React | 23 comments → ∅']
], [
  ['untranslated', 'es', 'The team believes the rock is an ordinary chondrite about 4.5 billion years old.'],
  ['untranslated', 'fr', 'The provincial weather station expects rain.'],
  ['untranslated', 'fr', 'The train stopped at the small station of Saint-Clair for ten minutes, said the station master.'],
  ['date-format', 'es', 'In the past, Monday was market day.'],
  ['epithet-calque', 'de', 'The main city of the region is Mainz.']
])
