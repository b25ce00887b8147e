/**
 * Japanese news idioms and epithets written from the language's press usage (not from a held-out set), with the
 * English that must still pass.
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
