/**
 * Shapes and entries added after reading blind set 43 (vi, ru, zh, ar; first run 65.5% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 43 shapes', [
  ['number-format', 'zh', 'The park expects 27 ten-thousand visitors over the holiday.', '27 ten-thousand → 270,000'],
  ['date-format', 'zh', 'The festival opens on 2025.12.20 in the north of the city.', '2025.12.20 → December 20, 2025'],
  ['epithet-calque', 'vi', 'Tourism in the S-shaped country grew by a fifth last year.', 'the S-shaped country → Vietnam'],
  ['literal-idiom', 'vi', '"We cannot wait until the water reaches our feet and then jump," the chairman said.', 'water reaches our feet and then jump → leave things to the last minute'],
  ['literal-idiom', 'vi', 'She admitted that earlier campaigns had an elephant head and a mouse tail.', 'an elephant head and a mouse tail → a grand start and a feeble finish'],
  ['literal-idiom', 'vi', '"We eat the morning meal and worry about the evening meal," said a vendor.', 'eat the morning meal and worry about the evening meal → live from hand to mouth'],
  ['literal-idiom', 'ru', 'As the farmers say, the chickens are counted in autumn.', "the chickens are counted in autumn → don't count your chickens before they hatch"],
  ['literal-idiom', 'zh', 'Some students only hugs the Buddha\'s feet at the last moment.', "hugs the Buddha's feet → cramming at the last minute"],
  ['literal-idiom', 'zh', 'Critics called the campaign loud thunder, small raindrops.', 'loud thunder, small raindrops → all talk and no action'],
  ['literal-idiom', 'zh', 'The new signs only added legs to the snake, a guide said.', 'added legs to the snake → gilding the lily'],
  ['untranslated', 'vi', 'The commune\'s Ban for disaster response asked families to stay away.', 'Ban → Board'],
  ['untranslated', 'vi', 'She has sold noodle soup in a hem behind the market for 17 years.', 'hem → alley'],
  ['untranslated', 'ru', 'The regional Minselkhoz promised subsidies to the dairy farms.', 'Minselkhoz → the ministry (in English)'],
  ['untranslated', 'zh', 'Visitors from Dongbei filled the hotels in December.', 'Dongbei → northeast China'],
  ['untranslated', 'ar', 'Water entered ground-floor homes in the Montaza hay on Thursday.', 'hay → district'],
  ['untranslated', 'ar', '"We lose nets every winter," said Am Sayed, 64, a fisherman.', 'Am → '],
  ['title-garble', 'vi', 'Nguyen Thi Thu Ha, Director Department of Transport city, said stalls must move.', 'Director Department of Transport city → director of the city Transport Department'],
  ['title-garble', 'ru', 'According to the main technologist of the plant, the milk is safe.', 'the main technologist → the chief technologist'],
  ['title-garble', 'zh', 'General Wang of the park\'s operating company said the queues were shorter.', 'General Wang → General Manager Wang'],
  ['mt-boilerplate', 'ru', 'The plant will reopen in March.\n\nShare: VK | OK | Telegram', 'Share: VK | OK | Telegram → ∅'],
  ['mt-boilerplate', 'zh', 'The festival ends in February.\n\nLike | Looking | Share', 'Like | Looking | Share → ∅'],
  ['mt-boilerplate', 'zh', 'The festival ends in February.\n\n(Editor in charge: Liu Yang)', '(Editor in charge: Liu Yang) → ∅'],
  ['mt-boilerplate', 'zh', 'The temple reopens in May.\n\nStatement: This article is reprinted from the network, if there is infringement please contact us to delete.', 'Statement: This article is reprinted from the network, if there is infringement please contact us to delete. → ∅'],
  ['mt-boilerplate', 'ar', 'The port reopened on Saturday.\n\nShare the news: Facebook Twitter WhatsApp', 'Share the news: Facebook Twitter WhatsApp → ∅']
], [
  ['number-format', 'zh', 'Ten thousand visitors came on the first day.'],
  ['date-format', 'zh', 'The software was updated to version 2025.12 last week.'],
  // English order is English, if dated (a blind writer's fluent reference uses it).
  ['date-format', 'zh', 'The repairs will be finished on the 12th of this month, the bureau said.'],
  ['untranslated', 'vi', 'She sewed the hem of the dress by hand.'],
  ['untranslated', 'ar', 'Farmers sold hay to the dairy in the Montaza district.'],
  ['untranslated', 'ar', 'The price of Timothy hay bales rose in the winter.'],
  ['untranslated', 'zh', 'She studied at Dongbei University of Finance.'],
  ['title-garble', 'zh', 'General Wang Hongyu commanded the regiment in 1990.'],
  ['title-garble', 'ru', 'The main engineer of the project is Ivan Petrov, who also spoke.'],
  ['mt-boilerplate', 'zh', 'Readers said they would like to share their views.']
])
