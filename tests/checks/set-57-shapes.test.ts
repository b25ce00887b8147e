/**
 * Shapes and entries added after reading blind set 57 (id, de, nl, es; first run 68.8% at 98.7% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 57 shapes', [
  ['title-garble', 'id', 'Chairman of the Honourable Council Hendra Wiratama admitted the dispute.', 'Chairman of the Honourable Council → Speaker of the regional legislature'],
  ['literal-idiom', 'id', '"Let us take the wisdom from this disaster," the regent said.', 'take the wisdom from → learn a lesson from'],
  ['untranslated', 'de', 'The Landgericht Kesselbach on Tuesday sentenced the site manager.', 'Landgericht → the court (in English)'],
  ['untranslated', 'de', '"He had ignored the reports for months," so the presiding judge in her verdict.', 'so the presiding judge → the presiding judge said'],
  ['literal-idiom', 'de', 'The defendant had pulled the town over the table, the prosecutor said.', 'pulled the town over the table → rip off'],
  ['literal-idiom', 'de', 'His client had put everything on one card and trusted the engineer.', 'put everything on one card → put all his eggs in one basket'],
  ['date-format', 'de', 'The operator closed the bridge to all trains ab Monday.', 'ab → from'],
  ['literal-idiom', 'de', '"It is the highest railway that the government releases the money," he said.', 'It is the highest railway → It is high time'],
  ['title-garble', 'de', 'The money must come soon, said the Traffic Minister of the state.', 'the Traffic Minister of the state → the state minister'],
  ['literal-idiom', 'de', '"Now we have the salad," said a nurse who commutes daily.', 'Now we have the salad → Now we\'re in a mess'],
  ['literal-idiom', 'de', '"They have been throwing sticks between our legs for years."', 'throwing sticks between our legs → put obstacles in our way'],
  ['title-garble', 'nl', 'Prices rose, the Central Bureau for the Statistics reported on Tuesday.', 'the Central Bureau for the Statistics → Statistics Netherlands'],
  ['literal-idiom', 'nl', 'That does not cut wood, according to the consumer organisation.', 'That does not cut wood → That does not hold water'],
  ['literal-idiom', 'nl', '"The investigation has been pushed onto the long track three times," she said.', 'pushed onto the long track → shelved'],
  ['date-format', 'nl', 'The pass gives 10% off at local shops per 1 April.', 'per → from'],
  ['literal-idiom', 'nl', '"That was a shot in the rose," said the director.', 'a shot in the rose → a bull\'s-eye'],
  ['literal-idiom', 'nl', '"That would be carrying owls to Athens," the director said.', 'carrying owls to Athens → carrying coals to Newcastle'],
  ['title-garble', 'nl', 'The deputy of Culture of the province, Erik Boersma, spoke.', 'The deputy of Culture of the province → the provincial executive'],
  ['literal-idiom', 'nl', 'Erik Boersma fell with the door into the house at the presentation.', 'fell with the door into the house → got straight to the point'],
  ['title-garble', 'nl', 'On the opening day, the Commissioner of the King will cut the ribbon.', 'the Commissioner of the King → the King’s Commissioner'],
  ['date-format', 'es', 'The club sealed its promotion this Sunday 11 of May after a 2-0 win.', 'this Sunday 11 of May → on Sunday, May 11'],
  ['literal-idiom', 'es', 'They won 2-0 in a stadium full to the flag.', 'full to the flag → packed to the rafters'],
  ['title-garble', 'es', '"We are overwhelmed," admitted the head of service of Pneumology, Dr. Elena Cuadrado.', 'the head of service of → the head of'],
  ['literal-idiom', 'es', 'The union accused the ministry of passing the ball to the hospitals.', 'passing the ball to the → passing the buck to the']
], [
  ['title-garble', 'es', 'The winner came from the academy graduate Iker Salvatierra.'],
  ['literal-idiom', 'es', 'The midfielder was passing the ball to the striker all match.'],
  ['date-format', 'nl', 'Tickets cost 12 euros per person.'],
  ['literal-idiom', 'nl', 'The skater set a record on the long track in Heerenveen.'],
  ['untranslated', 'de', '"It is fine," so the story goes.']
])
