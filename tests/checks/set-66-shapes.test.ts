/**
 * Shapes and entries added after reading blind set 66 (id, zh, es, de; first run 80.6% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 66 shapes', [
  ['literal-idiom', 'id', '“They fled with only the clothes on their bodies,” he said.', 'only the clothes on their bodies → only the clothes on their backs'],
  ['date-format', 'id', 'The court sentenced him to five years in prison on Kamis (13/11).', 'Kamis (13/11) → Thursday, Nov. 13'],
  ['literal-idiom', 'zh', 'Prices rose by a fifth, and as the water rose, the boats went up.', 'as the water rose, the boats went up → rose in step'],
  ['untranslated', 'zh', 'Zhang Ayi, a retired teacher, said she had bought less.', 'Ayi → Ms. (before the surname)'],
  ['untranslated', 'zh', '“It took me a whole day,” said Xiao Chen, a nurse.', 'Xiao → '],
  ['literal-idiom', 'zh', 'The bureau will keep the vegetable basket of citizens stable.', 'vegetable basket of citizens → the food supply'],
  ['title-garble', 'zh', 'The in-charge vice mayor told the ceremony that the line was safe.', 'The in-charge vice mayor → the vice mayor in charge of …'],
  ['literal-idiom', 'zh', 'The city promised to solve the “last kilometre” problem with two bus routes.', 'last kilometre → last mile'],
  ['mt-boilerplate', 'zh', 'Children travel free.\n\n以上内容由AI翻译，仅供参考。', '以上内容由AI翻译，仅供参考。 → ∅'],
  ['title-garble', 'es', 'The president of the entity, Luis Ortega, said the board would decide.', 'The president of the entity → the club president'],
  ['literal-idiom', 'es', '“To the third goes the winner. This time we will get it right,” he said.', 'To the third goes the winner → Third time lucky'],
  ['title-garble', 'de', 'The spokeswoman of the house added that the emergency department stays open.', 'The spokeswoman of the house → the hospital\'s spokeswoman'],
  ['title-garble', 'de', 'The Intendant, Carola Wendt, defended the costs.', 'The Intendant → the artistic director'],
  ['literal-idiom', 'de', 'The new stage machinery was the point on the i.', 'the point on the i → the icing on the cake'],
  ['title-garble', 'de', 'The city’s culture mayor, Bernd Hoffmann, welcomed the reopening.', 'culture mayor → deputy mayor for …']
], [
  ['literal-idiom', 'zh', 'The last kilometre of the road is still unpaved.'],
  ['untranslated', 'zh', 'Xiao Chen Wei, a nurse, said the trip was shorter.'],
  ['title-garble', 'de', 'The mayor of the town opened the house.']
])
