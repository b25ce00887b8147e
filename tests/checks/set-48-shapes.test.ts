/**
 * Shapes and entries added after reading blind set 48 (id, de, fr, es; first run 87.5% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 48 shapes', [
  ['epithet-calque', 'id', 'Members of the Bhayangkara Corps from the local precinct helped carry elderly residents.', 'the Bhayangkara Corps → the police'],
  ['title-garble', 'de', 'City Chamberlain Markus Brandt had warned that the pool was losing money.', 'City Chamberlain → City treasurer'],
  ['literal-idiom', 'de', 'The opposition accused the mayor of pushing the black Peter back and forth with the district.', 'pushing the black Peter → passing the buck'],
  ['mt-boilerplate', 'fr', 'The line stays closed until Friday.\n\nTranslated from French by an automatic translation tool.', 'Translated from French by an automatic translation tool. → ∅'],
  ['untranslated', 'fr', 'Forty pupils of the Les Tilleuls collège fell ill on Thursday.', 'collège → secondary school'],
  ['title-garble', 'fr', 'The procurer of the Republic of Vauclair has opened an investigation.', 'The procurer of the Republic of Vauclair → the public prosecutor in Vauclair'],
  ['untranslated', 'es', 'The cuts were announced after a meeting of the mesa of the drought.', 'mesa → committee']
], [
  ['title-garble', 'fr', 'The prosecutor of the Republic of Korea visited Paris.'],
  ['untranslated', 'es', 'Hikers climbed the mesa of the desert at dawn.'],
  ['literal-idiom', 'de', 'Black Peter figures were removed from the parade.'],
  ['untranslated', 'fr', 'She studied at Imperial College in London.']
])
