/**
 * Shapes and entries added after reading blind set 72 (ar, pt, it, tr; first run 68.2% at 98.6% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 72 shapes', [
  ['number-format', 'ar', 'The losses reached 3 milliards dinars.', '3 milliards → 3 billion'],
  ['number-format', 'tr', 'The budget is 2 billion 450 million liras.', '2 billion 450 million → 2.45 billion'],
  ['number-format', 'tr', 'It cost 3 million 200 thousand liras.', '3 million 200 thousand → 3.2 million'],
  ['number-format', 'tr', 'Spending rose percent 18 this year.', 'percent 18 → 18%'],
  ['date-format', 'pt', 'Ribamar, 28 of April – Académico reached the final.', '28 of April → April 28'],
  ['literal-idiom', 'ar', 'The torrent ate the green and the dry.', 'ate the green and the dry → destroyed everything in its path'],
  ['literal-idiom', 'ar', 'The court will strike with a hand of iron.', 'strike with a hand of iron → crack down hard'],
  ['literal-idiom', 'ar', '"The rope of lies is short," the judge said.', 'The rope of lies is short → Lies do not last'],
  ['literal-idiom', 'ar', 'The report put the finger on the wound.', 'put the finger on the wound → hit a nerve'],
  ['literal-idiom', 'pt', 'Who does not have a dog hunts with a cat, the coach said.', 'Who does not have a dog hunts with a cat → You make do with what you have'],
  ['literal-idiom', 'it', '"Rome was not made in a day," the mayor said.', 'Rome was not made in a day → Rome wasn\'t built in a day'],
  ['literal-idiom', 'it', 'The restorers will not draw the oars into the boat.', 'draw the oars into the boat → give up'],
  ['literal-idiom', 'tr', '"Drop by drop a lake is formed," the doctor said.', 'Drop by drop a lake is formed → Every little helps'],
  ['epithet-calque', 'pt', 'About 1,200 fans made the trip from the Invincible City.', 'the Invincible City → Porto'],
  ['title-garble', 'tr', 'Provincial doctor Op. Dr. Hakan Yücel told reporters.', 'Op. Dr. → Dr.'],
  ['title-garble', 'pt', 'The club appealed to the Council of Discipline of the Federation.', 'the Council of Discipline → the disciplinary committee']
], [
  ['number-format', 'tr', 'A 2.5 percent 10-year bond was sold.'],
  ['literal-idiom', 'it', 'The rowers draw the oars into the boat at the end of the race on the lake.'],
  ['epithet-calque', 'pt', 'No army could take the invincible city, legend says.']
])
