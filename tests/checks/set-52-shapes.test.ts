/**
 * Shapes and entries added after reading blind set 52 (vi, ru, zh, ar; first run 68.2% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 52 shapes', [
  ['title-garble', 'vi', 'Le Minh Duc, Vice Chairman Permanent of the provincial People’s Committee, visited the dike.', 'Vice Chairman Permanent → Standing Vice Chairman'],
  ['epithet-calque', 'vi', 'Many growers in the land of red basalt say their warehouses are empty.', 'the land of red basalt → the Central Highlands'],
  ['literal-idiom', 'vi', 'Firms that signed at low prices are now like ants crawling in a hot pan.', 'like ants crawling in a hot pan → on tenterhooks'],
  ['literal-idiom', 'vi', 'Some companies are throwing stones to ask the way in the Middle East.', 'throwing stones to ask the way → testing the waters'],
  ['title-garble', 'ru', '"There is no other word for it," the head trainer of Energetik, Oleg Bratchikov, said.', 'the head trainer → the head coach'],
  ['mt-boilerplate', 'ru', 'The match ended 2-1.\n\nComments: 17', 'Comments: 17 → ∅'],
  ['epithet-calque', 'ru', 'A pipe burst in the south of the capital of the Urals on Tuesday.', 'the capital of the Urals → Yekaterinburg'],
  ['date-format', 'ru', 'The pipe burst on the night of 3 on 4 December, leaving 212 blocks without heat.', 'night of 3 on 4 December → night of December 3 to 4'],
  ['epithet-calque', 'ru', 'A team of engineers from the First-Throned arrived on Friday.', 'the First-Throned → Moscow'],
  ['date-format', 'zh', 'The railway opened to traffic at 9 o\'clock 30 minutes on December 26.', '9 o\'clock 30 minutes → 9:30'],
  ['literal-idiom', 'zh', '"We are building the nest to attract the phoenix," the deputy mayor said.', 'building the nest to attract the phoenix → create the conditions to attract investors'],
  ['literal-idiom', 'zh', '"The city must not be a tiger\'s head and a snake\'s tail," a professor said.', 'a tiger\'s head and a snake\'s tail → start strong and fizzle out'],
  ['literal-idiom', 'zh', '"I was like a mute eating coptis," the shop owner said.', 'a mute eating coptis → suffering in silence'],
  ['title-garble', 'zh', '"I did not know where the money went," said Boss Liu, who runs a noodle shop.', 'Boss → ∅'],
  ['title-garble', 'zh', 'Teacher Wang Lei, a lawyer who represented 40 restaurants, welcomed the fine.', 'Teacher → ∅'],
  ['mt-boilerplate', 'zh', 'Riders will keep their current pay.\n\nLike (326) | Share | Collect', 'Like (326) | Share | Collect → ∅'],
  ['untranslated', 'ar', 'In Hay Sharq, the water reached 60 centimetres.', 'Hay → district/street after the name'],
  ['title-garble', 'ar', 'Major General Doctor Hazem Abdel-Razek, the governor, said 40 pumps were working.', 'Major General Doctor → ∅'],
  ['epithet-calque', 'ar', 'The final was played in the City of Peace in front of 38,000 spectators.', 'the City of Peace → Baghdad'],
  ['epithet-calque', 'ar', 'The striker was called up to the squad of the Lions of the Two Rivers last month.', 'the Lions of the Two Rivers → the Iraq national team'],
  ['literal-idiom', 'ar', '"We controlled the game, but the winds blew with what the ships do not desire," he said.', 'the winds blew with what the ships do not desire → things do not always go to plan'],
  ['untranslated', 'ar', 'The Ittihad said the final brought in a record 760 million dinars.', 'The Ittihad → the federation']
], [
  ['title-garble', 'ru', 'The head trainer at the riding school checked the horses.'],
  ['untranslated', 'ar', 'The Ittihad Club won the league. Al-Ittihad fans celebrated.'],
  ['untranslated', 'ar', 'The writer John Hay visited Cairo.'],
  ['title-garble', 'zh', 'Teachers in Wang village went on strike.'],
  ['epithet-calque', 'ar', 'Pilgrims call Jerusalem the City of Peace.']
])
