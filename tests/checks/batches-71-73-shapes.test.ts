/**
 * Shapes and entries added after reading the artifacts of attribution batches 71–73 (cases 219–227), with the
 * English that must still pass. (`the councillor of the opposition` and `village branch secretary` were tried and
 * dropped: the tuned corpus's annotators left them unlisted in 037, 072 and 177.)
 */
import {shapeSuite} from './helpers.js'

shapeSuite('batches 71–73 artifact shapes', [
  ['literal-idiom', 'es', '"They are starting the house by the roof," the biologist said.', 'starting the house by the roof → putting the cart before the horse'],
  ['title-garble', 'ar', 'Engineer Al-Rashidi said the dredging would start in May.', 'Engineer → ∅'],
  ['literal-idiom', 'it', '"These decisions are taken in the palaces," a mother said.', 'taken in the palaces → taken in the corridors of power'],
  ['title-garble', 'it', '"The road is long," warned the doctor Grimaldi.', 'the doctor → Dr.'],
  ['literal-idiom', 'pt', 'The service works in the limit since January.', 'works in the limit → is at breaking point'],
  ['literal-idiom', 'pt', '"The interior is not a country of second," she said.', 'a country of second → a second-class country'],
  ['title-garble', 'tr', 'Dereboyu Municipality Mayor Kemal Aydın visited the bridge.', 'Dereboyu Municipality Mayor → Dereboyu Mayor'],
  ['literal-idiom', 'tr', 'For years the institutions threw the ball to each other.', 'threw the ball to each other → passed the buck'],
  ['number-format', 'tr', 'He estimated that % 40 of the crop was lost.', '% 40 → 40%'],
  // A number before the sign: only the space before it is wrong, no sign before a number.
  ['number-format', 'tr', 'The poll gave 50 % 40 votes, a typo.', '50 % → 50%'],
  ['literal-idiom', 'id', 'The key is the eradication of mosquito nests in each house.', 'mosquito nests → mosquito breeding sites'],
  ['literal-idiom', 'fr', '"They take us for pigeons," a resident said.', 'take us for pigeons → take … for fools'],
  ['untranslated', 'fr', 'Claire Aubertin, sage-femme at the hospital, signed the petition.', 'sage-femme → midwife'],
  ['literal-idiom', 'de', '"This was a disaster with announcement," the engineer said.', 'a disaster with announcement → a disaster waiting to happen'],
  ['untranslated', 'de', 'The Wirtschaftsvereinigung warned of losses.', 'Wirtschaftsvereinigung → business association'],
  ['literal-idiom', 'zh', 'We cannot treat the head when the head hurts and the foot when the foot hurts.', 'treat the head when the head hurts and the foot when the foot hurts → just treating the symptoms']
], [
  ['literal-idiom', 'tr', 'At the beach the children threw the ball to each other.'],
  ['literal-idiom', 'it', 'Tourists admired the frescoes taken in the palaces of Rome.'],
  ['title-garble', 'it', 'The doctor Who fans met in Rome.']
])
