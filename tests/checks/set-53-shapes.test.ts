/**
 * Shapes and entries added after reading blind set 53 (pt, it, ja, tr; first run 73.9% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 53 shapes', [
  ['title-garble', 'pt', 'The deputy federal Otávio Rezende, who represents the region, spoke.', 'The deputy federal → federal deputy'],
  ['untranslated', 'pt', 'He said the Infrastructure pasta had been informed.', 'pasta → portfolio'],
  ['title-garble', 'pt', 'The Minister of the Infrastructures said the government would pay.', 'The Minister of the Infrastructures → ∅'],
  ['untranslated', 'pt', 'The president of the junta of Vilar de Baixo, Filomena Sarmento, spoke.', 'junta → parish council'],
  ['date-format', 'it', 'Supply will be restored at the hours 6 on Mondays.', 'at the hours 6 → at 6:00'],
  ['epithet-calque', 'it', 'From Palace Chigi, a government spokesman said the cabinet would meet.', "Palace Chigi → the prime minister's office"],
  ['untranslated', 'ja', 'He said the dia would return to normal by Sunday.', 'dia → the timetable'],
  ['epithet-calque', 'ja', 'The company, one of the larger suppliers in the Automobile Kingdom, employs 2,400 people.', 'the Automobile Kingdom → Aichi Prefecture'],
  ['literal-idiom', 'ja', 'The president said the company would wash its feet of the practice.', 'wash its feet of → quit'],
  ['title-garble', 'ja', 'The Quality Assurance Division Division Director, Haruka Someya, apologised.', 'Division Division → ∅'],
  ['literal-idiom', 'ja', 'The instruction had come as a single cry of the crane from a former manager.', 'a single cry of the crane → an order from the top'],
  ['untranslated', 'ja', 'The Kokkōshō has ordered on-site inspections at three plants.', 'Kokkōshō → the transport ministry'],
  ['untranslated', 'ja', 'An OB of the company, who asked not to be named, said the practice was old.', 'An OB → a former employee'],
  ['literal-idiom', 'tr', '"These hikes have given the taste of zucchini," a commuter said.', 'given the taste of zucchini → become tiresome'],
  ['literal-idiom', 'tr', 'Shopkeepers near the pier say they have been hunting flies since October.', 'been hunting flies → have had no customers'],
  ['title-garble', 'tr', 'The Respected Mayor defended the decision.', 'The Respected → the'],
  ['title-garble', 'tr', 'Economist Prof. Dr. Levent Sezer said the fares were too high.', 'Prof. Dr. → Professor'],
  ['untranslated', 'tr', 'The match started at 8 p.m. at the Yeşilvadi Sports Salon.', 'Sports Salon → Sports Hall'],
  ['untranslated', 'tr', '"At the break the Hoca told us not to celebrate," he said.', 'Hoca → the coach']
], [
  ['untranslated', 'ja', 'Elena Dia, a Spanish tourist, was on the train.'],
  ['literal-idiom', 'ja', 'The pope washed their feet of mud in a basin of water.'],
  ['literal-idiom', 'tr', 'Swallows were hunting flies over the river.'],
  ['date-format', 'it', 'The shop is open at the hours posted on the door.'],
  ['title-garble', 'tr', 'The respected economist Levent Sezer spoke.']
])
