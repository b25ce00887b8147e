/**
 * Shapes and entries added for the artifacts of attribution cases 183–191 (tuned corpus) and the calques the checks
 * then found unannotated in earlier cases, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('cases 183–191 shapes', [
  ['date-format', 'ar', 'Residents entered on Sunday corresponding to 9 March their tenth day without water.', 'Sunday corresponding to 9 March → Sunday, 9 March'],
  ['number-format', 'ar', 'The station must produce 45 thousand cubic meters of water a day.', '45 thousand → 45,000'],
  // One finding, the Arabic compound's, not a second for its `23 thousand`.
  ['number-format', 'ar', 'The total reached 23 thousand and 500 dinars.', '23 thousand and 500 → 23,500'],
  ['title-garble', 'ar', 'The official spokeswoman in the name of the ministry said teams were sent.', 'official spokeswoman in the name of → spokesperson for'],
  ['literal-idiom', 'ar', 'The ministry called on residents to rationalise the consumption of water.', 'rationalise the consumption → use water sparingly'],
  ['literal-idiom', 'fr', 'The director declared during a press point that the unit would close.', 'a press point → press briefing'],
  ['title-garble', 'fr', 'The maternity of the hospital centre of Vionne will close.', 'hospital centre → hospital'],
  ['title-garble', 'nl', 'Burgomaster Anja de Wit called the closure a blow.', 'Burgomaster → the Mayor'],
  ['literal-idiom', 'nl', 'On the market square the mood was below zero.', 'mood was below zero → the mood was gloomy'],
  ['literal-idiom', 'nl', '"Safety goes before everything," the alderman said.', 'goes before everything → comes first'],
  ['literal-idiom', 'nl', 'The shopkeepers get the bill presented for years of neglect.', 'get the bill presented → foot the bill'],
  ['title-garble', 'pt', 'The director-president of the water company admitted the delay.', 'The director-president → the chief executive'],
  ['title-garble', 'pt', 'The Public Ministry opened an inquiry into the contract.', 'The Public Ministry → the public prosecutor’s office'],
  ['literal-idiom', 'pt', 'The reservoir is already using the dead volume, the utility said.', 'the dead volume → dead storage'],
  ['literal-idiom', 'pt', 'The drought hurts above all the man of the field.', 'the man of the field → farmers'],
  ['literal-idiom', 'es', 'The union left the table of negotiation on Friday.', 'the table of negotiation → the negotiating table'],
  ['title-garble', 'es', 'The director-manager of the bus company did not attend.', 'The director-manager → the managing director'],
  ['literal-idiom', 'ru', 'The repairs will be done in the shortest terms, the mayor promised.', 'in the shortest terms → as soon as possible'],
  ['literal-idiom', 'ru', 'The heaters knock out the plugs every evening, residents said.', 'knock out the plugs → trip the fuses'],
  ['title-garble', 'ru', 'The Ministry of Housing and Communal Economy sent a commission.', 'Housing and Communal Economy → housing and utilities'],
  ['title-garble', 'ru', 'Senior assistant of the prosecutor Olga Lebedeva confirmed the check.', 'Senior assistant of the prosecutor → assistant prosecutor'],
  ['literal-idiom', 'zh', 'The county promised to investigate to the end and punish those responsible.', 'investigate to the end → get to the bottom of it'],
  ['literal-idiom', 'zh', 'The official called the pipe a problem left over by history.', 'problem left over by history → a legacy problem'],
  ['literal-idiom', 'ja', 'The president called it a decision of bitter juice.', 'decision of bitter juice → a painful decision'],
  ['literal-idiom', 'ja', '"We want to stand on the position of the residents," he said.', 'stand on the position of → see things from the point of view of'],
  ['literal-idiom', 'ja', 'For elderly residents the train is the only foot to the hospital.', 'the only foot → the only means of transport'],
  ['title-garble', 'ja', 'Town Chief Kenji Hirano said he would keep talking to the company.', 'Town Chief → the Mayor']
], [
  ['number-format', 'ar', 'Two thousand people attended, and tens of thousands watched online.'],
  ['literal-idiom', 'pt', 'In a note to staff, the director explained the cuts.'],
  ['literal-idiom', 'pt', 'The chromatography column has a small dead volume.'],
  ['literal-idiom', 'ja', 'He injured the only foot he could still stand on.'],
  ['title-garble', 'fr', 'The Montreal University Hospital Centre opened a new wing.'],
  ['title-garble', 'es', 'The Pope summoned a consistory of cardinals.']
])
