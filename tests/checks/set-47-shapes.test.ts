/**
 * Shapes and entries added after reading blind set 47 (pt, it, ja, tr; first run 67.0% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 47 shapes', [
  ['untranslated', 'pt', 'The balsa that links the town to the island stopped running.', 'balsa → ferry'],
  ['title-garble', 'pt', 'The president of the direction, José Carlos Meireles, said the money was needed.', 'The president of the direction → the president'],
  ['literal-idiom', 'pt', '"We were with the water by the beard. Either we sold, or the club would close."', 'with the water by the beard → in deep water'],
  ['untranslated', 'pt', 'The junta of the parish of São Tiago has asked for guarantees.', 'junta of the parish → parish council'],
  ['title-garble', 'it', 'The assessor to the Infrastructures of the Region announced the works.', 'The assessor to the Infrastructures → the councillor for'],
  ['untranslated', 'it', 'The city council will present a new traffic piano on Monday.', 'piano → plan'],
  ['title-garble', 'it', '"The club thanks Mister Roncaglia for the work carried out," the statement said.', 'Mister → coach'],
  ['title-garble', 'it', 'The president, the Knight of Labour Franco Bellotti, had confirmed his trust.', 'the Knight of Labour → ∅'],
  ['literal-idiom', 'it', 'The derby was the drop that made the vase overflow, the president said.', 'the drop that made the vase overflow → the last straw'],
  ['untranslated', 'ja', 'A bear entered a supermarket in Kitakawa Town, Shirane Gun, on Thursday.', 'Gun → District'],
  ['date-format', 'ja', 'The bear was caught in a box trap at PM 3:45.', 'PM 3:45 → 3:45 p.m.'],
  ['title-garble', 'ja', 'The town long, Hiroshi Kameda, told a press conference that fences will be built.', 'town long → Mayor'],
  ['epithet-calque', 'ja', '"We will ask the Misty Barrier for more support," he said.', 'the Misty Barrier → the bureaucracy'],
  ['number-format', 'ja', 'The town plans to spend 3,500万 yen on electric fences.', '3,500万 → 35 million'],
  ['title-garble', 'ja', 'At a press conference, Representative Director President Takeshi Onodera apologised.', 'Representative Director President → President'],
  ['literal-idiom', 'ja', 'Asked whether the company had known, his mouth was heavy.', 'his mouth was heavy → he was tight-lipped'],
  ['epithet-calque', 'ja', 'In Helmet Town, Minato Seiki shares fell by the daily limit.', 'Helmet Town → the Tokyo stock market'],
  ['mt-boilerplate', 'ja', 'The recall covers 40,000 heaters.\n\nSend with LINE | Share on X | Copy link', 'Send with LINE | Share on X | Copy link → ∅'],
  ['title-garble', 'tr', 'Metropolitan Municipality Mayor Selin Aktaş visited the area.', 'Metropolitan Municipality Mayor → Metropolitan Mayor'],
  ['literal-idiom', 'tr', '"These works are just painting the eyes," said a council member.', 'painting the eyes → window dressing'],
  ['untranslated', 'tr', 'A member of the Kent Council said culverts were blocked.', 'Kent Council → City Council'],
  ['epithet-calque', 'tr', 'His first match in charge of the Green-Whites will be away.', 'the Green-Whites → ∅'],
  ['title-garble', 'tr', 'Board of Directors President Hakan Ergüven admitted the losses.', 'Board of Directors President → Chairman'],
  ['literal-idiom', 'tr', 'He admitted that the club is sunk in debt up to its throat.', 'debt up to its throat → up to its neck in debt'],
  ['literal-idiom', 'tr', '"The previous management brought water from forty streams for three years."', 'brought water from forty streams → made endless excuses']
], [
  ['untranslated', 'it', 'She played the piano at the concert.'],
  ['untranslated', 'pt', 'The model plane was built from balsa wood.'],
  ['title-garble', 'it', 'Mister Bean is a famous comedy character.'],
  ['literal-idiom', 'tr', 'The artist was painting the eyes of the portrait.'],
  ['literal-idiom', 'tr', 'Rescuers waded through water up to their throats.']
])
