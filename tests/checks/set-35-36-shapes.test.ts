/**
 * Shapes and entries added after the first runs of blind sets 35 (pt, it, nl, tr) and 36 (id, de, fr, es) and of
 * attribution batches 35–41, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('sets 35–36 shapes', [
  ['number-format', 'nl', 'Young farmers can apply for a subsidy of up to 2 ton.', '2 ton → €200,000'],
  ['number-format', 'ar', 'The cinema was built in 1948 with 1.200 seats.', '1.200 → 1,200'],
  ['number-format', 'zh', 'Last year the walkway received 4,2万 visits.', '4,2万 → 42,000'],
  ['date-format', 'it', 'The traders have called an assembly for Monday at 21 in a theatre.', 'at 21 → at 9 p.m.'],
  ['date-format', 'nl', 'A government mediator will meet both parties on 17-5 in The Hague.', '17-5 → May 17'],
  ['date-format', 'tr', 'Water will be cut every night between the hours 23.00 and 05.00.', 'between the hours 23.00 → between 11 p.m.'],
  ['date-format', 'tr', 'Turkey play their next match at hour 21.45 local time.', 'at hour 21.45 → at 9:45 p.m.'],
  ['epithet-calque', 'pt', 'Heavy rain fell in Rio de Janeiro state on Sunday night, and the mountain towns were hit worst. Rescue teams from the Marvellous City arrived before dawn.', 'the Marvellous City → Rio de Janeiro'],
  ['epithet-calque', 'it', 'Bologna has waited for a tram since 1963. The Learned One will get two lines.', 'The Learned One → Bologna'],
  ['epithet-calque', 'de', '"I have already asked the father of the state for a meeting," she said.', 'the father of the state → the state premier'],
  ['epithet-calque', 'fr', 'The aedile, Gérard Peyrol, has called a rally for Saturday.', 'The aedile → The mayor'],
  ['epithet-calque', 'fr', 'The town will host a stage finish of the Big Loop next summer.', 'the Big Loop → the Tour de France'],
  ['epithet-calque', 'es', 'The best chance fell to the coffee grower Yeison Arango, whose shot hit the post.', 'the coffee grower → the Colombian'],
  ['epithet-calque', 'id', 'The number one person in Bukit Lebak said the regency would ask for help.', 'The number one person in → The head of'],
  ['literal-idiom', 'pt', '"We will have to swallow this toad," the union leader said.', 'swallow this toad → swallow their pride'],
  ['literal-idiom', 'it', '"We must not make of all the grass one bundle," the assessor said.', 'make of all the grass one bundle → lump everyone together'],
  ['literal-idiom', 'nl', 'The cabinet finally hacked through the knot on Friday.', 'hacked through the knot → made the decision'],
  ['literal-idiom', 'tr', 'The fans left the stadium with their mouths at their ears.', 'with their mouths at their ears → grinning from ear to ear'],
  ['literal-idiom', 'tr', '"We won this match by attaching our teeth to our nails," he said.', 'teeth to our nails → with great effort'],
  ['literal-idiom', 'id', 'Traders said their income was at the tip of the horn.', 'at the tip of the horn → on the brink'],
  ['untranslated', 'pt', 'The economy minister, whose pasta also covers industry, promised to meet them.', 'pasta → portfolio'],
  ['untranslated', 'it', 'She also sits in the Camera as a deputy for Bologna.', 'Camera → the Chamber of Deputies'],
  ['untranslated', 'nl', 'On Tuesday night a small brand broke out on board one of the ships.', 'brand → fire'],
  ['untranslated', 'nl', 'Young farmers die want to switch to grazing can apply.', 'die → who'],
  ['untranslated', 'nl', 'The gedeputeerde Marleen Visscher said the study was clear.', 'gedeputeerde → ∅'],
  ['untranslated', 'tr', 'Water will be cut in 21 districts, Karşıyaka ve Bornova among them.', 've → and'],
  ['untranslated', 'tr', 'A shot from Kerem Aksoy went just wide of the kale before half-time.', 'kale → goal'],
  ['untranslated', 'de', "After five hours of debate, the town's Rat approved the extension.", 'Rat → council'],
  ['untranslated', 'fr', 'Its lawyer, Me Sandrine Ollier, argues that the agency did not consult.', 'Me → '],
  ['untranslated', 'es', 'Its president, Don Ernesto Vidal, accused the coalition of lying.', 'Don → '],
  ['untranslated', 'vi', 'The landslide swallowed 14 houses in Hòa Lạc huyện on Monday.', 'huyện → ∅'],
  ['title-garble', 'tr', '"The boys never gave up," the Technical Director Selim Ocak said.', 'the Technical Director → the head coach'],
  ['title-garble', 'es', 'The second trainer, Luis Calvo, will lead the team on an interim basis.', 'The second trainer → the assistant coach'],
  ['title-garble', 'de', 'The First Town Councillor, Martin Vogt, admitted the route was longer.', 'The First Town Councillor → the deputy mayor'],
  ['title-garble', 'fr', 'The first adjoint, Karine Delmas, led the talks.', 'The first adjoint → the deputy mayor'],
  ['title-garble', 'id', 'Head of the Industry and Trade Service of Tanah Merah Regency, Sri Wahyuningsih, said prices fell.', 'Head of the Industry and Trade Service of Tanah Merah Regency → the head of the city’s … office']
], [
  ['untranslated', 'pt', 'Heavy rain fell in the mountain region of Rio de Janeiro state on Monday.'],
  ['untranslated', 'tr', '"We are back in the race," the head coach Selim Ocak said after the match.'],
  ['untranslated', 'it', 'Every euro goes to cleaning and to vaporetto services for residents.'],
  ['untranslated', 'fr', 'The Socialist Party, the Ecologists and La France insoumise won 36.7% of the votes.'],
  ['untranslated', 'id', 'Dengue is spread by the Aedes aegypti mosquito.'],
  ['title-garble', 'it', 'She also sits in the Chamber as a deputy for Bologna.'],
  ['number-format', 'nl', 'The ship carried 2 ton of steel.'],
  ['date-format', 'nl', 'Ajax won on 3-1 aggregate.'],
  ['date-format', 'it', 'He became mayor at 21 and served two terms.'],
  ['literal-idiom', 'id', 'The buffalo broke the tip of the horn on the fence.'],
  ['epithet-calque', 'fr', 'In ancient Rome, the aedile looked after the temples.'],
  ['untranslated', 'tr', 'She added kale to the salad.']
])
