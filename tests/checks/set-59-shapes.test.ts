/**
 * Shapes and entries added after reading blind set 59 (vi, zh, ja, id; first run 71.1% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 59 shapes', [
  ['title-garble', 'vi', 'Dang Thi Hoa, Chairwoman of the People\'s Council of the province, said the decision could not wait.', 'Chairwoman of the People\'s Council of the province → ∅'],
  ['date-format', 'vi', 'The city recorded 2,146 cases from the beginning of the year to 15/8.', '15/8 → Aug. 15'],
  ['date-format', 'vi', 'Teams will spray insecticide from the evening of 20-8.', '20-8 → Aug. 20'],
  ['title-garble', 'vi', 'Specialist Doctor Level II Tran Thi Mai said the wards were full.', 'Specialist Doctor Level II → Dr.'],
  ['title-garble', 'vi', 'Master Doctor Le Van Nam, head of the ward, said staff were tired.', 'Master Doctor → Dr.'],
  ['literal-idiom', 'vi', '"Spraying alone is like far water that cannot save a near fire," Dr. Mai said.', 'far water that cannot save a near fire → help that comes too late'],
  ['literal-idiom', 'zh', '"Releasing reserves alone is a cup of water on a burning cart," he said.', 'a cup of water on a burning cart → a drop in the ocean'],
  ['title-garble', 'zh', 'According to the indictment read by the public prosecution organ, the defendant sold fake products.', 'the public prosecution organ → the prosecution'],
  ['untranslated', 'zh', 'The firm sold so-called "licai" products promising high returns.', 'licai → ∅'],
  ['title-garble', 'zh', 'The trial chief judge repeatedly interrupted the defence.', 'The trial chief judge → the presiding judge'],
  ['literal-idiom', 'zh', '"Paper cannot wrap fire, and now everyone can see what they did," she said.', 'Paper cannot wrap fire → The truth will out'],
  ['date-format', 'ja', 'A powerful typhoon made landfall near Kitase on 9/14 (Sun), bringing torrential rain.', '9/14 (Sun) → Sunday, September 14'],
  ['date-format', 'ja', 'The club won 2-1 at home on 11/3 (Mon/Holiday), in front of 23,000 fans.', '11/3 (Mon/Holiday) → Monday, November 3'],
  ['title-garble', 'ja', 'The river overflowed, and Sakamoto Mayor told reporters that staff were ready.', 'Sakamoto Mayor → Mayor Sakamoto'],
  ['literal-idiom', 'ja', '"If there is preparation, there is no worry, but this rain was beyond anything," he said.', 'If there is preparation, there is no worry → Better safe than sorry'],
  ['epithet-calque', 'ja', 'Rezende, who arrived from the Football Kingdom in January, scored twice.', 'the Football Kingdom → Brazil'],
  ['title-garble', 'ja', 'Supervisor Kimura, who took over three seasons ago, praised the players.', 'Supervisor → Manager'],
  ['literal-idiom', 'ja', '"Even on a stone, three years. We suffered, but we never gave up," he said.', 'Even on a stone, three years → Perseverance pays off'],
  ['literal-idiom', 'ja', 'He said the players must not relax: "After winning, tighten the cord of your helmet."', 'After winning, tighten the cord of your helmet → don\'t rest on your laurels'],
  ['title-garble', 'ja', 'The club\'s representative director president, Hiroshi Nagase, said the club would expand.', 'representative director president → president'],
  ['untranslated', 'id', 'He added that Dishub would open feeder routes to each station.', 'Dishub → the transport agency'],
  ['untranslated', 'id', 'The dancers came from 48 sanggar across the regency.', 'sanggar → arts studio'],
  ['literal-idiom', 'id', '"Do not know, then do not love. Young people must first get to know their culture," she said.', 'Do not know, then do not love → You cannot love what you do not know']
], [
  ['date-format', 'ja', 'Turnout was 9/14 of the registered members.'],
  ['title-garble', 'ja', 'Deputy Mayor told nobody about the plan.'],
  ['title-garble', 'ja', 'Town Supervisor John Smith said the budget was balanced.'],
  ['literal-idiom', 'ja', 'Riders must tighten the cord of your helmet before every ride, the cycling club said.'],
  ['epithet-calque', 'ja', 'The club plays in a football kingdom of its own making.'],
  ['date-format', 'vi', 'The home side won 20-8 on the night.']
])
