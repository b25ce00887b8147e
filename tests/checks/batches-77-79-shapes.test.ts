/**
 * Shapes and entries added after reading the artifacts of attribution batches 77–79 (cases 237–245), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('batches 77–79 artifact shapes', [
  ['date-format', 'ar', 'Residents should avoid the valleys until Wednesday 9-4 because of floods.', 'Wednesday 9-4 → Wednesday, April 9'],
  ['literal-idiom', 'id', '"Now we are like chicks that lost their mother," a trader said.', 'like chicks that lost their mother → completely lost'],
  ['literal-idiom', 'ja', '"The line is a lamp before the wind," the mayor said.', 'a lamp before the wind → hanging by a thread'],
  ['literal-idiom', 'zh', '"We will not draw a cake to satisfy hunger," the secretary said.', 'draw a cake to satisfy hunger → make empty promises'],
  ['literal-idiom', 'vi', 'If we wait for the storm, it will be losing the buffalo and then building the barn.', 'losing the buffalo and then building the barn → shutting the stable door after the horse has bolted'],
  ['literal-idiom', 'es', 'The report was "made to the measure" of the company.', 'made to the measure → tailor-made'],
  ['literal-idiom', 'de', 'We had no other choice. Safety goes before everything.', 'goes before everything → comes first'],
  ['title-garble', 'zh', 'The relevant person in charge of Hengda Paper told the daily that production had stopped.', 'The relevant person in charge → an official'],
  ['title-garble', 'ar', 'The Minister of Public Works, His Excellency Fadi Al-Zubaidi, confirmed it.', 'His Excellency → ∅']
], [
  ['date-format', 'ar', 'The team lost Wednesday 9-4 in overtime.'],
  ['date-format', 'es', 'The vote on Wednesday 9-4 passed.'],
  ['literal-idiom', 'es', 'The suit was made to measure in Madrid.'],
  ['title-garble', 'ar', 'His Excellency was greeted at the airport.'],
  ['title-garble', 'zh', 'The person in charge of the project, Wang Li, spoke.']
])
