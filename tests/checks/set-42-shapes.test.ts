/**
 * Shapes and entries added after reading blind set 42 (pt, it, ja, tr; the first with Japanese; first run 52.3% at
 * 100% precision), with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 42 shapes', [
  ['number-format', 'ja', 'Damage to rice fields is estimated at 4,500 man yen.', '4,500 man → 45 million'],
  ['number-format', 'ja', 'The city had announced 480 man visitors for the last fiscal year.', '480 man → 4.8 million'],
  ['date-format', 'ja', 'Typhoon No. 14 approached on the 14th (Fri), bringing heavy rain.', 'the 14th (Fri) → Friday, the 14th'],
  ['date-format', 'ja', 'The operator plans to resume services from p.m. 3:30 on Sunday.', 'p.m. 3:30 → 3:30 p.m.'],
  ['date-format', 'ja', 'The number of tourists was inflated every year since Reiwa 2.', 'Reiwa 2 → 2020'],
  ['date-format', 'tr', 'Around hour 03.00, a family of five was lifted from a roof.', 'Around hour 03.00 → Around 3 a.m.'],
  ['epithet-calque', 'ja', 'Typhoon No. 14 approached the Land of Fire on Friday.', 'the Land of Fire → Kumamoto'],
  ['epithet-calque', 'pt', 'The quota was set last week in the community capital, after a scientific opinion.', 'the community capital → Brussels'],
  ['epithet-calque', 'pt', 'The Lion estimates that the losses to the public treasury reach 300 million reais in unpaid tax.', 'The Lion → The Federal Revenue'],
  ['epithet-calque', 'it', 'The White-Reds have a new owner after the takeover.', 'The White-Reds → ∅'],
  ['epithet-calque', 'tr', 'The opposition asked the Exalted Assembly to set up an inquiry.', 'the Exalted Assembly → Parliament'],
  ['epithet-calque', 'tr', 'Prices have risen sharply in Green Bursa after the frost.', 'Green Bursa → Bursa'],
  ['literal-idiom', 'ja', '"Since the morning we want to borrow even the cat\'s hand," the stationmaster said.', "borrow even the cat's hand → be rushed off their feet"],
  ['literal-idiom', 'ja', 'A professor said that the division "read the mackerel" to keep a subsidy.', 'read the mackerel → fudged the figures'],
  ['literal-idiom', 'pt', 'The group controlled 14 companies registered in the name of oranges.', 'in the name of oranges → in the names of front men'],
  ['literal-idiom', 'tr', '"This disaster must be an earring in our ears," she said.', 'be an earring in our ears → a lesson we never forget'],
  ['literal-idiom', 'tr', 'The middlemen raise prices like pulling a hair out of butter.', 'pulling a hair out of butter → with ease'],
  ['literal-idiom', 'tr', '"It is pounding water in a mortar," said a retired teacher.', 'pounding water in a mortar → a waste of effort'],
  ['untranslated', 'pt', 'In Lisbon, the mesa of the Assembly of the Republic scheduled a debate.', 'mesa → bureau'],
  ['untranslated', 'it', 'The president asked for a fund for local businesses, come promised in 2024.', 'come → as'],
  ['untranslated', 'it', 'The outgoing patron, Vincenzo Albano, led the club for ten years.', 'patron → owner'],
  ['untranslated', 'ja', 'The governor of Kumamoto Ken asked the Self-Defense Forces for help.', 'Ken → Prefecture'],
  ['untranslated', 'ja', 'There, members of the Shōbōdan patrolled the riverbanks.', 'Shōbōdan → volunteer fire corps'],
  // A Japanese name suffix is an untranslated word since the ninth session (annotators: 21 of 24).
  ['untranslated', 'ja', 'At a press conference, Mayor Oda Masaru-shi bowed deeply and apologised.', 'Masaru-shi → Masaru'],
  ['title-garble', 'ja', '"We need help," said the Station Long Yamane Takeshi, 54.', 'Station Long → stationmaster'],
  ['title-garble', 'pt', 'The secretary of state of the Fisheries, Helena Cabral, visited the town.', 'secretary of state of the Fisheries → Secretary of State for Fisheries'],
  ['title-garble', 'pt', 'The federal delegate Márcia Albuquerque coordinates the operation.', 'federal delegate → Federal Police chief'],
  ['title-garble', 'it', 'The president of the Circumscription 4, Enrico Bussone, asked for a fund.', 'Circumscription → District'],
  ['title-garble', 'it', 'The new administrator delegate, the Texan manager Brian Holloway, promised investment.', 'administrator delegate → chief executive'],
  ['title-garble', 'it', 'For the mister Gennaro Ruocco, however, the priority remains staying up.', 'the mister → coach'],
  ['title-garble', 'tr', 'Our Governor Mr. Kemal Aydın, who visited the area, spoke to residents.', 'Our Governor → Governor'],
  ['title-garble', 'tr', 'Trade Province Director Selim Arslan said teams had inspected 40 shops.', 'Trade Province Director → Provincial Trade Director']
], [
  ['number-format', 'ja', 'An 11 man team from the fire brigade searched the hills.'],
  ['date-format', 'ja', 'The p.m. shift starts later.'],
  ['untranslated', 'ja', 'Watanabe Ken, a farmer, said the rice was lost.'],
  ['untranslated', 'it', 'Come and see the new promenade, the mayor said.'],
  ['epithet-calque', 'pt', 'The lion escaped from the zoo on Tuesday.'],
  ['epithet-calque', 'pt', 'Banks raised community capital for the new cooperative fund.'],
  ['literal-idiom', 'ja', 'Two climbers broke their bones in a fall on the ridge and were taken to hospital.'],
  ['literal-idiom', 'pt', 'Growers sold the harvest in the name of oranges from Algarve.']
])
