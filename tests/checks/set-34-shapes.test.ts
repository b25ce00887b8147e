/**
 * Shapes and entries added after reading blind set 34 (id, de, fr, es; first run 79.5% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 34 shapes', [
  ['literal-idiom', 'id', '"Drivers who stop on the hard shoulder are just looking for disease," he said.', 'looking for disease → asking for trouble'],
  ['literal-idiom', 'id', 'Some vendors were taking the chance in the narrowness, selling water at three times the price.', 'taking the chance in the narrowness → taking advantage of the situation'],
  ['title-garble', 'de', 'The court sentenced the former chamberlain of the small town of Wertingen-Au to three years.', 'the former chamberlain → the former treasurer'],
  ['literal-idiom', 'de', '"From now on we look closely on everyone\'s fingers, including mine," she said.', 'look closely on everyone\'s fingers → keep a close eye on'],
  ['literal-idiom', 'de', '"The cow is not off the ice yet," said the district fire master.', 'The cow is not off the ice → The problem solved'],
  ['epithet-calque', 'de', 'She said that Father State must not leave the small towns alone.', 'Father State → the state'],
  ['untranslated', 'fr', 'A school car carrying 37 pupils skidded on the ice.', 'school car → school bus'],
  ['literal-idiom', 'fr', '"We were very hot. Two more metres and the bus went into the ravine," said the driver.', 'We were very hot → That was a close call'],
  ['title-garble', 'fr', 'Said the first adjunct of Montclar-sur-Volane, Éric Vidal.', 'the first adjunct → the deputy mayor'],
  ['title-garble', 'fr', 'The rector of the academy of Grenoble visited the school.', 'The rector of the academy of Grenoble → the head of the Grenoble education authority'],
  ['epithet-calque', 'fr', 'The council has written to Ségur Avenue to ask for an emergency inspection of the hospital.', 'Ségur Avenue → the Health Ministry'],
  ['untranslated', 'es', 'Unions accuse the government of delay. A real decree that would fund the ponds has stalled.', 'real → Royal'],
  ['number-format', 'es', 'Emergency services attended to 46 runners along the 21,097 kilometres of the course.', '21,097 → 21.097'],
  ['literal-idiom', 'es', '"The heat gave war from the first kilometre," a runner said.', 'gave war → took its toll'],
  ['untranslated', 'es', 'The first woman across the meta was a local athlete.', 'meta → finish line']
], [
  ['literal-idiom', 'fr', '"We were very hot in the sun all afternoon," said a spectator.'],
  ['untranslated', 'es', 'The meta-analysis covered 40 studies.'],
  ['title-garble', 'de', 'The Lord Chamberlain opened the session.'],
  ['literal-idiom', 'es', 'Give war a chance, said nobody.'],
  ['literal-idiom', 'id', 'Doctors are looking for disease markers in the samples.']
])
