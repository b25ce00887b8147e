/**
 * Shapes and entries added after reading the artifacts of attribution batches 80–82 (cases 246–254), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('batches 80–82 artifact shapes', [
  ['literal-idiom', 'it', 'The putting in safety of the slope will take a year.', 'The putting in safety → Making safe'],
  ['literal-idiom', 'it', '"We are not citizens of series B," the mayor said.', 'citizens of series B → second-class citizens'],
  ['literal-idiom', 'it', 'Who will pay the account for the closure?', 'will pay the account → foot the bill'],
  ['literal-idiom', 'fr', 'The centre will stay open seven days on seven.', 'seven days on seven → seven days a week'],
  ['literal-idiom', 'fr', '"We will not lower the arms," the midwife said.', 'will not lower the arms → give up'],
  ['literal-idiom', 'nl', 'The lifeguard lands on the street.', 'lands on the street → loses their job'],
  ['literal-idiom', 'nl', 'The subsidy is a drop on a hot plate.', 'a drop on a hot plate → a drop in the ocean'],
  ['literal-idiom', 'nl', 'The old pool is a bottomless well.', 'a bottomless well → a bottomless pit'],
  ['literal-idiom', 'pt', 'The city has no money in box for the dredging.', 'no money in box → money available'],
  ['literal-idiom', 'ja', 'The talks ended in parallel lines.', 'ended in parallel lines → ended in deadlock'],
  ['literal-idiom', 'ja', 'The plan exists only on the desk.', 'only on the desk → on paper'],
  ['literal-idiom', 'tr', 'The governor invited the farmers to common sense.', 'invited the farmers to common sense → called for calm'],
  ['date-format', 'nl', 'The club must train from september in Zevenhoven.', 'from september → from September'],
  ['title-garble', 'nl', 'The portfolio holder defended the plan.', 'The portfolio holder → the alderman'],
  ['title-garble', 'pt', 'The prefecture will pay for the dredging.', 'The prefecture → city hall'],
  ['title-garble', 'fr', 'The ministry of the Health validated the closure.', 'The ministry of the Health → The ministry of Health'],
  ['title-garble', 'it', 'The assessor to the road network spoke.', 'The assessor to the road network → the councillor for']
], [
  ['literal-idiom', 'it', 'Serie B football clubs and the citizens of series B towns met.'],
  ['literal-idiom', 'it', 'The waiter brought the bill and we paid the account at the restaurant.'],
  ['literal-idiom', 'nl', 'They drilled a bottomless well for water.'],
  ['literal-idiom', 'fr', 'The police told the men to lower their arms and surrender.'],
  ['date-format', 'nl', 'The pool opened in May and closes in September.'],
  ['title-garble', 'pt', 'The festival is held in Chiba Prefecture.'],
  ['title-garble', 'fr', 'The Ministry of the Economy published the figures.']
])
