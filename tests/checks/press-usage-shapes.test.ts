/**
 * News idioms and epithets written from the languages' press usage (not from a held-out set): Japanese first, then
 * Chinese, Russian, Arabic, Vietnamese and Turkish, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('Japanese idioms and epithets', [
  ['literal-idiom', 'ja', 'The support payment is only sparrow\'s tears for the farmers.', "sparrow's tears → a pittance"],
  ['literal-idiom', 'ja', 'Residents stroked down their chests when the river fell.', 'stroked down their chests → breathed a sigh of relief'],
  ['literal-idiom', 'ja', 'The subsidy is water on a burning stone, the mayor said.', 'water on a burning stone → a drop in the ocean'],
  ['literal-idiom', 'ja', 'Experts tilted their necks at the figures.', 'tilted their necks → were puzzled'],
  ['epithet-calque', 'ja', 'Snow fell across the Great Land of the North on Sunday.', 'the Great Land of the North → Hokkaido']
], [
  ['literal-idiom', 'ja', 'The sauna master poured water on a hot stone.'],
  ['literal-idiom', 'ja', 'Exports of crude were selling oil at a loss, the refinery said.'],
  ['epithet-calque', 'ja', 'Reindeer roam the great land of the north in winter.']
])

shapeSuite('Chinese, Russian, Arabic, Vietnamese and Turkish idioms', [
  ['literal-idiom', 'zh', 'The new fees are like adding frost to snow for small traders.', 'like adding frost to snow → adding insult to injury'],
  ['literal-idiom', 'zh', 'The subsidy is a cup of water for a cart of firewood, one farmer said.', 'a cup of water for a cart of firewood → a drop in the ocean'],
  ['literal-idiom', 'ru', 'The reform was put into the long box again.', 'put into the long box → shelved'],
  ['literal-idiom', 'ru', 'The closure came like snow on the head for the workers.', 'like snow on the head → out of the blue'],
  ['literal-idiom', 'ar', 'The company struck the ruling with the width of the wall.', 'with the width of the wall → ignored'],
  ['literal-idiom', 'vi', 'Some officials eat the porridge and kick the bowl, he said.', 'eat the porridge and kick the bowl → bite the hand that feeds you'],
  ['literal-idiom', 'tr', 'The rain fell as if pouring from a glass all night.', 'as if pouring from a glass → pouring with rain']
], [
  ['literal-idiom', 'zh', 'Icy roads and heavy snow, with frost added to snow overnight, slowed traffic, the weather service said.'],
  ['literal-idiom', 'zh', 'Elderly residents were playing tai chi with friends in the park.']
])
