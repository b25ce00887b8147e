/**
 * Shapes and entries added after reading blind set 69 (pt, it, nl, tr; first run 67.6% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 69 shapes', [
  ['title-garble', 'pt', 'The councillor of the Finances defended the budget.', 'The councillor of the → the councillor for'],
  ['literal-idiom', 'pt', 'The council has been pushing the works with the belly for years.', 'pushing the works with the belly → kick the can down the road'],
  ['date-format', 'pt', 'The new rate applies on day 2 of January.', 'on day 2 of January → on January 2'],
  ['title-garble', 'pt', 'The club appealed to the Superior Tribunal of Sports Justice.', 'Superior Tribunal of → Superior Court of'],
  ['date-format', 'it', 'The frescoes date from the Seven Hundred.', 'the Seven Hundred → the 18th century'],
  ['literal-idiom', 'nl', '"The water stood at our lips," a farmer said.', 'The water stood at our lips → We were up to our necks'],
  ['literal-idiom', 'nl', 'The residents were left sitting with the baked pears.', 'left sitting with the baked pears → left to pick up the pieces'],
  ['mt-boilerplate', 'nl', 'The bridge reopens in May.\n\n[Automatically translated from Dutch]', '[Automatically translated from Dutch] → ∅'],
  ['epithet-calque', 'nl', 'Commuters to the Dom city face delays.', 'the Dom city → Utrecht'],
  ['title-garble', 'tr', 'The Public Health Presidency started the campaign.', 'The Public Health Presidency → the public health directorate'],
  ['literal-idiom', 'tr', '"We should not burn the quilt for a flea," he said.', 'burn the quilt for a flea → throw the baby out with the bathwater'],
  ['literal-idiom', 'tr', 'Some parents go to the fire with bellows.', 'go to the fire with bellows → add fuel to the fire'],
  ['literal-idiom', 'tr', 'Vaccinate before the work passes from the work.', 'before the work passes from the work → before it is too late']
], [
  ['date-format', 'pt', 'The second day of the festival was rainy.'],
  ['literal-idiom', 'nl', 'During the flood the water stood at our lips as we swam.'],
  ['title-garble', 'tr', 'The Turkish Presidency issued a statement.']
])
