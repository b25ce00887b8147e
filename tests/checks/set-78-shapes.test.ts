/**
 * Shapes and entries added after reading held-out set 78, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 78 artifact shapes', [
  ['literal-idiom', 'ja', '"After the rain, the ground hardens," the mayor said.', 'After the rain, the ground hardens → Adversity makes us stronger'],
  ['epithet-calque', 'ja', 'The champions of the Northern Great Earth won again.', 'the Northern Great Earth → Hokkaido'],
  ['title-garble', 'ja', 'The Disaster Countermeasures Main Headquarters met at noon.', 'Disaster Countermeasures Main Headquarters → disaster response headquarters'],
  ['title-garble', 'ru', 'He was sentenced to six years in a colony of general regime.', 'a colony of general regime → a general-regime penal colony'],
  ['title-garble', 'ru', 'The chairman of the government of the region promised help.', 'The chairman of the government of the region → the regional prime minister'],
  ['untranslated', 'ru', 'The director of the MUP was arrested.', 'MUP → ∅'],
  ['untranslated', 'ru', 'He remains in SIZO until the trial.', 'SIZO → ∅'],
  ['untranslated', 'ru', 'Prices at the kolkhoz market rose.', 'kolkhoz market → farmers\' market'],
  ['literal-idiom', 'ru', 'Small farms will fly into the pipe.', 'will fly into the pipe → go bust'],
  ['literal-idiom', 'ru', 'As they say, the stingy pays twice.', 'the stingy pays twice → buy cheap, buy twice'],
  ['literal-idiom', 'ar', '"The eye sees, but the hand is short," the director said.', 'The eye sees, but the hand is short → We know what is needed but lack the means'],
  ['literal-idiom', 'ar', '"Every delay has good in it," the mayor said.', 'Every delay has good in it → Every cloud has a silver lining'],
  ['untranslated', 'ar', 'The Amanah of Ras al-Nakhil opened the line.', 'Amanah → municipality'],
  ['untranslated', 'ar', 'Officers of the Muroor closed the road.', 'Muroor → traffic police'],
  ['number-format', 'nl', 'The province will contribute 2 ton, and the town the rest.', '2 ton → €200,000'],
  ['literal-idiom', 'nl', 'There are still a few bears on the road.', 'a few bears on the road → a few obstacles'],
  ['literal-idiom', 'nl', 'The choir is now putting the dots on the i.', 'putting the dots on the i → putting the finishing touches'],
  ['literal-idiom', 'nl', 'She needed a year to get the instrument under the knee.', 'get the instrument under the knee → master it'],
  ['literal-idiom', 'nl', 'Since the restoration it is running like a train.', 'is running like a train → going like clockwork'],
  ['untranslated', 'nl', 'The church is a rijksmonument.', 'rijksmonument → listed building'],
  ['mt-boilerplate', 'nl', 'The organ was restored.\n\nNo rights can be derived from this automatic translation.', 'No rights can be derived from this automatic translation. → ∅']
], [
  ['literal-idiom', 'nl', 'Rangers reported bears on the road near the park.'],
  ['literal-idiom', 'nl', 'The freight locomotive was running like a train on the old track.'],
  ['mt-boilerplate', 'nl', 'The court ruled that no rights can be derived from the contract.']
])
