/**
 * Shapes and entries added after reading blind set 56 (pt, it, ja, tr; first run 65.4% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 56 shapes', [
  ['title-garble', 'pt', 'The Chamber of Vereadores of Porto Taquara approved the inquiry.', 'The Chamber of Vereadores → the city council'],
  ['date-format', 'pt', 'The river burst its banks in the early hours of Saturday, day 8.', 'Saturday, day 8 → Saturday, <month> 8'],
  ['title-garble', 'it', 'The investigation by the Finance Guard found the company paid bribes.', 'the Finance Guard → the Guardia di Finanza'],
  ['title-garble', 'it', '"They were moved to other offices," said the pm Giulia Sarti.', 'pm → prosecutor'],
  ['literal-idiom', 'it', '"Not all doughnuts come out with the hole: we lost two years," he said.', 'Not all doughnuts come out with the hole → Things do not always go to plan'],
  ['title-garble', 'it', 'The Superintendence required the frescoes to be cleaned.', 'The Superintendence → the heritage authority'],
  ['untranslated', 'it', 'The council expects circa 20,000 visitors by Christmas.', 'circa → about'],
  ['date-format', 'ja', 'The city recorded 39.4 degrees Celsius on July 14 (Mon.), a record.', 'July 14 (Mon.) → Monday, July 14'],
  ['title-garble', 'ja', 'Forty people were taken to hospital, according to the Fire Extinguishing Headquarters.', 'the Fire Extinguishing Headquarters → the fire department'],
  ['literal-idiom', 'ja', '"Once it passes the throat, the heat is forgotten," the mayor said.', 'Once it passes the throat, the heat is forgotten → People soon forget'],
  ['literal-idiom', 'ja', '"The back cannot be exchanged for the belly," the president said.', 'The back cannot be exchanged for the belly → Needs must'],
  ['untranslated', 'ja', 'The decision was painful, Takeda-shachō told a press conference.', '-shachō → '],
  ['date-format', 'ja', 'The first departure will leave at 5 hours 42 minutes.', 'at 5 hours 42 minutes → at 5:42'],
  ['title-garble', 'ja', 'The town head, Hideo Ueno, said the town agreed reluctantly.', 'The town head → the Mayor'],
  ['epithet-calque', 'ja', 'A similar conversion in the Northern Great Land cut journey times.', 'the Northern Great Land → Hokkaido'],
  ['literal-idiom', 'ja', 'The railway will hold explanation meetings in six districts.', 'explanation meetings → information session'],
  ['literal-idiom', 'ja', 'The company asked residents to carry their feet to the meetings.', 'carry their feet to → attend'],
  ['untranslated', 'tr', 'The Governorship announced the increase in a written statement.', 'The Governorship → the governor’s office'],
  ['title-garble', 'tr', 'The Ilıcaköprü Bakers Room said flour had become more expensive.', 'Bakers Room → Chamber'],
  ['literal-idiom', 'tr', '"Vegetables are already fire price, and now bread," a shopper said.', 'are already fire price → sky-high'],
  ['title-garble', 'tr', 'The Provincial Security Director said 31 fans had been detained.', 'The Provincial Security Director → the provincial police chief']
], [
  ['untranslated', 'it', 'The church was built circa 1450.'],
  ['date-format', 'ja', 'The flight took 5 hours 42 minutes.'],
  ['title-garble', 'tr', 'The governorship of the province passed to his son.'],
  ['literal-idiom', 'tr', 'The fire price of the insurance policy rose after the blaze.']
])
