/**
 * Shapes and entries added after the first run of blind set 39, the first in Vietnamese, Russian, Chinese and
 * Arabic (41.4% at 100% precision), with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 39 shapes', [
  ['number-format', 'ru', 'Wage arrears for some players have reached 480 thous. rubles.', '480 thous → 480 thousand'],
  ['date-format', 'vi', 'At 14h30, the reservoir began to discharge water.', '14h30 → 2:30 p.m.'],
  ['date-format', 'zh', 'The site received 86,400 visits during the “5·1” holiday.', '“5·1” → May 1'],
  ['date-format', 'zh', 'Forty pupils fell ill on this month 14th.', 'this month 14th → <month> 14'],
  ['date-format', 'ar', 'The main pipe broke on Tuesday, 11 Tishreen al-Thani.', '11 Tishreen al-Thani → November 11'],
  ['date-format', 'ar', 'The final will be played at the hour nine in the evening.', 'at the hour nine in the evening → at 9 p.m.'],
  ['epithet-calque', 'vi', "Charity groups from the city bearing Uncle Ho's name sent 30 tonnes of rice.", "the city bearing Uncle Ho's name → Ho Chi Minh City"],
  ['epithet-calque', 'zh', 'The beef, labelled as imported from the Kangaroo Country, was kept for two days.', 'the Kangaroo Country → Australia'],
  ['literal-idiom', 'vi', '"An elephant\'s head with a mouse\'s tail," the fans complained.', "An elephant's head with a mouse's tail → A grand start and a feeble finish"],
  ['literal-idiom', 'ru', 'The defending champions sat in a puddle against the league’s last team.', 'sat in a puddle → made fools of themselves'],
  ['literal-idiom', 'zh', 'Parents said the fine was meant to kill the chicken to warn the monkeys.', 'kill the chicken to warn the monkeys → make an example of someone'],
  ['literal-idiom', 'zh', 'Inspectors arrived unannounced so as not to beat the grass and startle the snake.', 'beat the grass and startle the snake → tip them off'],
  ['literal-idiom', 'ar', '"The water belies the diver," the minister said of the new pumps.', 'The water belies the diver → The proof of the pudding is in the eating'],
  ['literal-idiom', 'ar', 'Fans called the coach’s plan plowing in the sea.', 'plowing in the sea → a waste of effort'],
  ['untranslated', 'vi', 'Families moved to offices on higher ground, said the provincial Ban for Natural Disaster Prevention.', 'Ban → Board'],
  ['untranslated', 'vi', '"We waited seven years for this," said chị Mai, a season-ticket holder.', 'chị → '],
  ['untranslated', 'ru', '"They tell us, mol, everything will be fixed by morning," a resident said.', 'mol → '],
  ['untranslated', 'ru', 'The title sponsor, OOO Sevneftegaz, halved its contribution.', 'OOO → LLC'],
  ['untranslated', 'zh', 'Local peaches sold for 12 yuan per jin on Sunday.', 'per jin → per half kilogram'],
  ['untranslated', 'zh', 'Chengguan were sent to keep order among the stalls.', 'Chengguan → the bureau (in English)'],
  ['untranslated', 'zh', 'Lao Zhou, whose daughter is in the eighth grade, was angry.', 'Lao → '],
  ['untranslated', 'ar', 'The Amin of Amman sent 20 more tankers from the capital.', 'Amin of → the Mayor of'],
  ['untranslated', 'ar', 'Al-Shurouq are second in the Dawri, three points off the top.', 'the Dawri → the league'],
  ['title-garble', 'vi', 'Tran Minh Duc, Vice Chairman Standing of the provincial People’s Committee, said the dyke held.', 'Vice Chairman Standing → Standing Vice Chairman'],
  ['title-garble', 'vi', '"It was hard," said teacher Hoang Van Loc, who took charge of the team in May.', 'teacher → coach'],
  ['title-garble', 'ru', 'The temporarily performing duties of governor ordered an inquiry.', 'The temporarily performing duties of → the acting'],
  ['title-garble', 'ru', '"We played badly," the main coach of the team, Oleg Zhuravin, told reporters.', 'the main coach → the head coach'],
  ['title-garble', 'ar', 'Engineer Omar al-Rawashdeh, the company’s director, apologised.', 'Engineer → ∅'],
  ['title-garble', 'ar', 'The technical director of Sahel, Mourad Ben Hamid, was sent off.', 'The technical director → the head coach'],
  ['mt-boilerplate', 'vi', 'The team won 2-1.\n\nShare: Facebook | Zalo | Copy link\n', 'Share: Facebook | Zalo | Copy link → ∅'],
  ['mt-boilerplate', 'zh', 'The scenic area was full.\n\nResponsible editor: Zhou Yiming\n', 'Responsible editor: Zhou Yiming → ∅']
], [
  ['title-garble', 'ru', 'The head of the city council said the pipes would be replaced.'],
  ['title-garble', 'tr', '"The dam holds water for 40 days," said Murat Ersoy, general director of the water board.'],
  ['literal-idiom', 'ru', 'The toddler sat in a puddle after the rain.'],
  ['epithet-calque', 'zh', 'Kangaroos are common in the country’s south.'],
  ['untranslated', 'zh', 'The Lao government signed the deal in Vientiane.']
])
