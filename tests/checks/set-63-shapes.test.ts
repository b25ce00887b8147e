/**
 * Shapes and entries added after reading blind set 63 (id, de, fr, es; first run 84.8% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 63 shapes', [
  ['title-garble', 'id', 'The Vice of the Regent, Siti Marlina, said a verification team would be formed.', 'The Vice of the Regent → the deputy regent'],
  ['untranslated', 'de', 'The presiding judge and the two Schöffen did not believe him.', 'Schöffen → lay judges'],
  ['title-garble', 'fr', 'The unit will close at night, the Regional Agency of Health announced on Tuesday.', 'the Regional Agency of Health → the regional health agency'],
  ['title-garble', 'fr', 'The deputy delegated to health, Martine Roussel, spoke of a scandal.', 'The deputy delegated to → the deputy mayor for'],
  ['mt-boilerplate', 'fr', '[Automatic translation from French]\n\nRecord year for the Ramparts Festival.', '[Automatic translation from French] → ∅'],
  ['title-garble', 'fr', 'The regional direction of cultural affairs has promised a one-off grant.', 'The regional direction of cultural affairs → the regional cultural affairs office'],
  ['literal-idiom', 'es', '"In the blacksmith\'s house, wooden knife: we produce the best oil in the world," he said.', 'In the blacksmith\'s house, wooden knife → The cobbler\'s children go barefoot'],
  ['title-garble', 'es', 'The Counselling of Agriculture has opened an inspection campaign.', 'The Counselling of → the regional department of'],
  ['untranslated', 'es', 'Lucena has promoted nine players from the cantera in three seasons.', 'cantera → youth academy']
], [
  ['title-garble', 'fr', 'The deputy mayor for health, Martine Roussel, spoke of a scandal.'],
  ['mt-boilerplate', 'fr', 'The company launched an automatic translation service for French and Spanish.'],
  ['title-garble', 'es', 'Counselling of young farmers is offered by the cooperative.']
])
