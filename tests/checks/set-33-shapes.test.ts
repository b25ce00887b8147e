/**
 * Shapes and entries added after the first run of blind set 33 (id, de, fr, es; economy, science, religion, food,
 * weather, sport, law and culture desks), with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 33 shapes', [
  ['number-format', 'de', 'Talbach won the final, beating Ellerbrook 31:29 in front of the home crowd.', '31:29 → 31-29'],
  ['date-format', 'de', 'First results are expected in calendar week 38.', 'calendar week 38 → the week of <dates> (week 38)'],
  ['epithet-calque', 'de', 'Talbach beat the record cup winner on Sunday.', 'the record cup winner → the most successful club'],
  ['epithet-calque', 'fr', 'Investigators from the consumer gendarme uncovered the scheme.', 'the consumer gendarme → the consumer protection agency'],
  ['epithet-calque', 'es', 'Hotel owners said the Little Silver Cup had its busiest week.', 'the Little Silver Cup → Cádiz'],
  ['epithet-calque', 'es', 'High prices drew imports from the Alawite kingdom and Tunisia.', 'the Alawite kingdom → Morocco'],
  ['literal-idiom', 'fr', '"It would put butter in the spinach for the small dairies," she said.', 'put butter in the spinach → make life easier'],
  ['literal-idiom', 'fr', 'Farmers accuse the board of making a whole cheese of a single alert.', 'making a whole cheese of → make a fuss about'],
  ['literal-idiom', 'fr', 'The prefect suggested they cut the pear in two.', 'cut the pear in two → split the difference'],
  ['literal-idiom', 'fr', '"Thousands of consumers were rolled in the flour," the prosecutor said.', 'rolled in the flour → taken for a ride'],
  ['literal-idiom', 'fr', 'The merchant managed to pass between the drops during three inspections.', 'pass between the drops → slip through the net'],
  ['literal-idiom', 'es', '"The shot came out through the butt for us," he said.', 'shot came out through the butt → backfired'],
  ['untranslated', 'id', 'The head of Kemenag Tanjung Wangi said 14,280 pilgrims are waiting.', 'Kemenag → the religious affairs ministry'],
  ['untranslated', 'id', 'Residents woke up to knee-deep water as rob flooding pushed into four districts.', 'rob → tidal'],
  ['untranslated', 'de', 'Thorsen scored nine times, including a Siebenmeter four seconds from time.', 'Siebenmeter → seven-metre throw'],
  ['untranslated', 'fr', 'It is one of the oldest AOP cheeses in the country.', 'AOP → ∅'],
  ['untranslated', 'fr', '"It is no longer a tomme, car the flavour comes from the raw milk," he said.', 'car → because'],
  ['untranslated', 'es', 'The festival is in dispute with the Junta over the tax.', 'Junta → regional government'],
  ['title-garble', 'id', 'Head of Section of Organizing of Hajj, Abdul Rofiq, said 14,280 are waiting.', 'Head of Section of → head of the … section'],
  ['title-garble', 'de', 'The federal coach watched from the stands.', 'federal coach → expedition leader / national coach'],
  ['title-garble', 'es', 'The rector magnificent of the University of Villamar spoke.', 'rector magnificent → the head of the industry body / the rector / the minister responsible'],
  ['mt-boilerplate', 'de', 'Talbach won.\n\nAll games, all goals: to the live ticker\n', 'All games, all goals: to the live ticker → ∅']
], [
  ['epithet-calque', 'fr', 'Visitors flocked to the City of Light for the fair.'],
  ['untranslated', 'id', 'Some 2,000 pilgrims left for the umrah in January.'],
  ['untranslated', 'fr', 'A tomme is a small round cheese from the Alps.'],
  ['number-format', 'de', 'The match started at 18:30 in the capital.'],
  ['number-format', 'de', 'The ratio of 3:2 held.'],
  ['untranslated', 'es', 'The Junta de Andalucía recalled that it approved a plan in 2023.']
])
