/**
 * Shapes and entries added after reading blind set 45 (id, de, fr, es; first run 80.2% at 98.6% precision), with
 * the English that must still pass (`yoghurt`, its one false alarm, among them).
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 45 shapes', [
  ['title-garble', 'id', 'The Chairman of the Judge Assembly, Ratna Kusumawardani, opened the hearing.', 'The Chairman of the Judge Assembly → the presiding judge'],
  ['untranslated', 'id', '"Every day we buy water from trucks, Bang. Twenty litres cost Rp 5,000," said Yuliana.', 'Bang → '],
  ['untranslated', 'de', 'Before the session, fast 300 parents and midwives protested.', 'fast → almost'],
  ['title-garble', 'de', 'Chief Trainer Markus Feld praised the team.', 'Chief Trainer → head coach'],
  ['untranslated', 'de', 'Thousands of fans stormed the pitch after the Abpfiff.', 'Abpfiff → ∅'],
  ['untranslated', 'fr', 'The direction blamed the decision on a fall in sales.', 'The direction → the management'],
  ['untranslated', 'fr', 'A meeting between the direction and the unions will take place on Monday.', 'the direction → the management'],
  ['literal-idiom', 'es', 'The former president sat on the bench on Monday, accused of diverting millions from the club.', 'sat on the bench → stood trial'],
  ['title-garble', 'es', 'The trial opened at the Provincial Audience of Almenara.', 'the Provincial Audience → the Provincial Court'],
  ['epithet-calque', 'es', 'The money vanished when the white-blues played in the Second Division.', 'the white-blues → ∅'],
  ['literal-idiom', 'es', 'Ortega, who arrived at court with his lawyer, threw balls out during the questioning.', 'threw balls out → dodge the question'],
  ['mt-boilerplate', 'es', 'The trial resumes on Monday.\n\nComments (48) | Share | Report an error', 'Comments (48) | Share | Report an error → ∅']
], [
  ['untranslated', 'fr', 'The dairy group will close its yoghurt plant by the end of the year.'],
  ['untranslated', 'de', 'The train reached a top speed that is fast 300 km/h.'],
  ['untranslated', 'de', 'He ran a fast 400 metres in training.'],
  ['title-garble', 'fr', 'The wind changed direction and the fire spread.'],
  ['literal-idiom', 'es', 'The striker sat on the bench for the whole match.'],
  ['literal-idiom', 'es', 'The judge sat on the bench as the accused listened.'],
  ['epithet-calque', 'es', 'The white cliffs are a landmark.'],
  ['untranslated', 'id', '"We buy water from trucks, but it is expensive," said Bang Jaya.']
])

// `en masse` is English (a false alarm on a blind batch's MT, 2026-12-07).
shapeSuite('English kept from French', [], [['untranslated', 'vi', 'Thousands of fish died en masse on the morning of May 12.']])
