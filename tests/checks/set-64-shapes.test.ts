/**
 * Shapes and entries added after reading blind set 64 (pt, it, ja, tr; first run 70.8% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 64 shapes', [
  ['literal-idiom', 'pt', 'The independent members admitted they had swallowed several toads to let the budget pass.', 'swallowed several toads → swallow their pride'],
  ['title-garble', 'pt', 'The document now goes to the Tribunal of Accounts for prior review.', 'the Tribunal of Accounts → the Court of Auditors'],
  ['title-garble', 'pt', '"Today they have their answer," said the promoter of Justice Carla Menezes Abreu.', 'the promoter of Justice → the prosecutor'],
  ['title-garble', 'pt', 'The defence said it will appeal to the Tribunal of Justice.', 'the Tribunal of Justice → the state Court of Justice'],
  ['literal-idiom', 'ja', '"We are tapping the stone bridge before we cross it," the president said.', 'tapping the stone bridge before we cross it → erring on the side of caution'],
  ['epithet-calque', 'ja', 'A student caught the virus from a relative returning from the Rice Country.', 'the Rice Country → the United States'],
  ['title-garble', 'ja', '"Nobody had seen measles for years," said the hospital long of Sakuraoka Municipal Hospital.', 'hospital long → hospital director'],
  ['literal-idiom', 'ja', '"If families wait until a classmate is sick, it will be after the festival," she said.', 'it will be after the festival → it will be too late'],
  ['title-garble', 'ja', 'The Infection Countermeasures Room Chief, Yuko Hirano, told reporters.', 'The Infection Countermeasures Room Chief → ∅'],
  ['literal-idiom', 'tr', '"Fire burns where it falls. A family of five eats three loaves a day," she said.', 'Fire burns where it falls → Only those who suffer it feel the pain'],
  ['literal-idiom', 'tr', '"The municipality is smearing a finger of honey on our mouths," a shopper said.', 'smearing a finger of honey on our mouths → offering us a token gesture'],
  ['literal-idiom', 'tr', '"The one who took the horse has passed Üsküdar," a fan said.', 'The one who took the horse has passed Üsküdar → The horse has already bolted'],
  ['epithet-calque', 'tr', 'The striker signed from the land of samba in January has scored once.', 'the land of samba → Brazil'],
  ['literal-idiom', 'tr', 'He recalled that such a win "comes once in forty years".', 'comes once in forty years → once in a blue moon']
], [
  ['literal-idiom', 'pt', 'Biologists counted several toads in the pond.'],
  ['epithet-calque', 'ja', 'Farmers in the rice country of Niigata harvested early.'],
  ['title-garble', 'ja', 'The hospital is long and narrow.'],
  ['literal-idiom', 'tr', 'The festival returns once in four years.']
])

shapeSuite('idioms from read attribution batches (192, 195, 198, 201, 205, 206, 209), which kept the tuned corpus above its literal-idiom floor', [
  ['literal-idiom', 'tr', '"Our hands and arms are tied," the farmer said.', 'Our hands and arms are tied → Our hands are tied'],
  ['literal-idiom', 'tr', 'The state must put its hand under the stone, the chamber said.', 'put its hand under the stone → take responsibility'],
  ['literal-idiom', 'fr', 'The ban was decided by principle of precaution.', 'principle of precaution → the precautionary principle'],
  ['literal-idiom', 'it', '"We will not hide behind a finger," the assessor said.', 'hide behind a finger → make excuses'],
  ['literal-idiom', 'zh', 'The farmers are used to eating bitterness.', 'eating bitterness → enduring hardship'],
  ['literal-idiom', 'ar', 'The city flooded after the rains of goodness exceeded 85 millimetres.', 'the rains of goodness → the welcome rains'],
  ['literal-idiom', 'nl', 'The action group goes to the judge if the council approves the plan.', 'goes to the judge → goes to court']
], [])
