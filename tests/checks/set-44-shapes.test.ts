/**
 * Shapes and entries added after reading blind set 44 (pt, it, ja, tr; first run 75.0% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 44 shapes', [
  ['title-garble', 'pt', 'The prefect called the stoppage illegal on Monday.', 'The prefect → the mayor'],
  ['untranslated', 'pt', 'The PM reinforced policing at the main terminals.', 'PM → military police'],
  ['literal-idiom', 'pt', '"We have been making a heart out of our guts since the summer," the nurse said.', 'making a heart out of our guts → do their utmost'],
  ['title-garble', 'pt', 'The Secretary of State Adjunct and of Health visited Porto on Friday.', 'Secretary of State Adjunct and of Health → Deputy Secretary of State for Health'],
  ['untranslated', 'pt', 'The government has held the pasta of Health with three ministers since 2022.', 'pasta → portfolio'],
  ['title-garble', 'it', '"The Mister gave everything, but the results are poor," said the president.', 'The Mister → the coach'],
  ['literal-idiom', 'it', 'The results are under the eyes of all, the president said.', 'under the eyes of all → there for all to see'],
  ['untranslated', 'it', 'The council will assess the results at the end of the estate.', 'estate → summer'],
  ['title-garble', 'ja', '"We want help," said Town Long Kenji Nishida of Sagiri.', 'Town Long → Mayor'],
  ['title-garble', 'ja', 'At a briefing, the Section Long of the disaster division said the damage was large.', 'Section Long → section chief'],
  ['untranslated', 'ja', 'Kumamoto Ken set up a disaster headquarters in the evening.', 'Ken → Prefecture'],
  ['epithet-calque', 'ja', 'Minato Shokuhin, a food maker based in the Kitchen of the World, recalled rice balls.', 'the Kitchen of the World → Osaka'],
  ['date-format', 'ja', 'The packs carry best-before dates up to 2025/11/24.', '2025/11/24 → November 24, 2025'],
  ['untranslated', 'ja', 'The sake rice balls and the tuna sandwiches are the main items affected.', 'sake → salmon'],
  ['untranslated', 'ja', 'The city\'s Hokenjo received complaints from two families.', 'Hokenjo → public health centre'],
  ['mt-boilerplate', 'ja', 'The recall covers 320,000 packs.\n\nFollow us on LINE for the latest news', 'Follow us on LINE for the latest news → ∅'],
  ['literal-idiom', 'tr', '"We have been warning for two years, but nobody hung an ear," the headman said.', 'hung an ear → listened'],
  ['literal-idiom', 'tr', '"Even if they catch a bird with their mouth, the dams will not fill."', 'catch a bird with their mouth → whatever they do'],
  ['epithet-calque', 'tr', 'Farmers demanded a higher purchase price for the white gold after a poor cotton harvest.', 'the white gold → cotton'],
  ['untranslated', 'tr', 'The Ziraat Odası estimates that production fell this year.', 'Ziraat Odası → Chamber of …'],
  ['mt-boilerplate', 'tr', 'The dams are at 12 percent.\n\nTurn on notifications so you don\'t miss the latest news', 'Turn on notifications so you don\'t miss the latest news → ∅']
], [
  ['title-garble', 'pt', 'The prefect of police in Paris spoke in French.'],
  ['untranslated', 'pt', 'The PM said the budget would pass.'],
  ['untranslated', 'it', 'The family sold the estate at the end of the year.'],
  ['untranslated', 'ja', 'The brewery sells sake and rice crackers.'],
  ['epithet-calque', 'tr', 'She wore a ring of white gold to the wedding.'],
  ['title-garble', 'ja', 'It took a long time for the town to recover.'],
  ['date-format', 'ja', 'The standard was revised in 2025/26 by the ministry.']
])
