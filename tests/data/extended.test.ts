/**
 * The extended lexicon entries (more press idioms for id, de, fr, es, pt,
 * it and more epithets for id, de, fr, es): literal renderings are flagged
 * in realistic sentences with the right replacement, and guards keep
 * literal uses quiet.
 */
import {describe, expect, it} from 'vitest'
import type {SourceLanguage} from '../../src/types.js'
import {flagged} from '../checks/helpers.js'

const idiom = (text: string, sourceLang?: SourceLanguage) => flagged('literal-idiom', text, {sourceLang, targetLang: 'en'})
const epithet = (text: string, sourceLang?: SourceLanguage) => flagged('epithet-calque', text, {sourceLang, targetLang: 'en'})

describe('Indonesian idioms', () => {
  it('flags press idioms rendered word for word', () => {
    expect(idiom('The minister said there was a shrimp behind the stone in the proposal.', 'id')).toEqual(['shrimp behind the stone → a hidden agenda'])
    expect(idiom('Illegal online loan apps are growing like mushrooms in the rainy season.', 'id')).toEqual(['like mushrooms in the rainy season → mushrooming'])
    expect(idiom('Party officials were beards on fire after the survey results came out.', 'id')).toEqual(['beards on fire → up in arms'])
    expect(idiom('Bawaslu warned candidates against a dawn attack on the eve of the election.', 'id')).toEqual(['dawn attack → eve-of-poll vote buying'])
    expect(idiom('The two rival proposals are one string three money, analysts said.', 'id')).toEqual(['one string three money → six of one and half a dozen of the other'])
    expect(idiom('The former footballer slammed the steering wheel to become a rice farmer.', 'id')).toEqual(['slammed the steering wheel → change course'])
    expect(idiom('The regional budget is a bigger peg than pole, the auditor said.', 'id')).toEqual(['bigger peg than pole → living beyond its means'])
    expect(idiom('His love for the party turned out to be clapping with one hand.', 'id')).toEqual(['clapping with one hand → one-sided'])
    expect(idiom('The police officer was accused of being the fence that eats the plants.', 'id')).toEqual(['fence that eats the plants → a betrayal by the very people meant to protect'])
    expect(idiom('The hot ball keeps rolling in the House of Representatives.', 'id')).toEqual(['hot ball keeps rolling → political hot potato'])
    expect(idiom('The veteran politician has eaten a lot of sour salt in regional politics.', 'id')).toEqual(['eaten a lot of sour salt → have long experience'])
    expect(idiom("The minister's support was warm chicken shit and faded within weeks.", 'id')).toEqual(['warm chicken shit → a flash in the pan'])
  })

  it('keeps literal uses quiet', () => {
    expect(idiom('Troops mounted a dawn attack on the rebel positions.', 'id')).toEqual([])
    expect(idiom('Foragers found mushrooms in the rainy season but warned some were poisonous.', 'id')).toEqual([])
    expect(idiom('Divers photographed a shrimp behind the rock on the reef.', 'id')).toEqual([])
    expect(idiom('The driver slammed the steering wheel after the crash.', 'id')).toEqual([])
    expect(idiom('He rode a black horse in the parade.', 'id')).toEqual([])
    // Low confidence: only for Indonesian sources.
    expect(idiom('The black horse of the election won the most votes.')).toEqual([])
    expect(idiom('The black horse of the election won the most votes.', 'id')).toEqual(['black horse → dark horse'])
  })
})

describe('Indonesian epithets', () => {
  it('flags nicknames with the name they stand for', () => {
    expect(epithet('Investors from the Land of a Thousand and One Nights arrived in Jakarta.', 'id')).toEqual(['the Land of a Thousand and One Nights → Iraq'])
    expect(epithet('Exports to Panda Country rose 12 percent.', 'id')).toEqual(['Panda Country → China'])
    expect(epithet('The Rooster Team beat Belgium 2-1.', 'id')).toEqual(['The Rooster Team → France'])
    expect(epithet('Trade with the Country of Uncle Ho keeps growing.', 'id')).toEqual(['the Country of Uncle Ho → Vietnam'])
    expect(epithet('Tourists from the Samurai Country flocked to Bali.', 'id')).toEqual(['the Samurai Country → Japan'])
    expect(epithet('The Kemayoran Tigers won the derby on Sunday.', 'id')).toEqual(['The Kemayoran Tigers → Persija Jakarta'])
    expect(epithet('Fans of the Bandung Tigers filled the stadium.', 'id')).toEqual(['the Bandung Tigers → Persib Bandung'])
    expect(epithet('Tourists climbed to the Big Clock City in West Sumatra.', 'id')).toEqual(['the Big Clock City → Bukittinggi'])
    expect(epithet('The mayor of Balikpapan said the Faithful City was ready for the new capital.', 'id')).toEqual(['the Faithful City → Balikpapan'])
  })

  it('needs context for ambiguous nicknames', () => {
    expect(epithet('The Faithful City welcomed pilgrims from Rome.', 'id')).toEqual([])
    expect(epithet('Pandas in the Land of Pandas reserve eat bamboo all day.', 'id')).toEqual([])
    expect(epithet('The zoo keeper fed the Bandung tigers.', 'id')).toEqual([])
  })
})

describe('German idioms', () => {
  it('flags press idioms rendered word for word', () => {
    expect(idiom('The chancellor stepped into the fat bowl with his remark.', 'de')).toEqual(['stepped into the fat bowl → put their foot in it'])
    expect(idiom('The coalition finally made nails with heads on the budget.', 'de')).toEqual(['made nails with heads → do the job properly'])
    expect(idiom('The deal is now under roof and compartment.', 'de')).toEqual(['under roof and compartment → signed and sealed'])
    expect(idiom('The contract is in dry cloths, the club announced.', 'de')).toEqual(['in dry cloths → in the bag'])
    expect(idiom('For the opposition, the scandal is snow of yesterday.', 'de')).toEqual(['snow of yesterday → old news'])
    expect(idiom('The unions sit on the longer lever in these talks.', 'de')).toEqual(['sit on the longer lever → have the upper hand'])
    expect(idiom('Small businesses are pulling the shorter in this reform.', 'de')).toEqual(['pulling the shorter → lose out'])
    expect(idiom('Voters have the nose full of the constant quarrels.', 'de')).toEqual(['have the nose full → be fed up'])
    expect(idiom('The mayor wants to pluck a chicken with the minister.', 'de')).toEqual(['pluck a chicken with → have a bone to pick with'])
    expect(idiom('Costs are running out of the rudder at the new airport.', 'de')).toEqual(['running out of the rudder → get out of hand'])
    expect(idiom('There is still air upwards in the quality of the service.', 'de')).toEqual(['air upwards → room for improvement'])
    expect(idiom('The minister stepped on the tie of many party colleagues.', 'de')).toEqual(['stepped on the tie of → tread on their toes'])
    expect(idiom('The bank got away with a blue eye in the crisis.', 'de')).toEqual(['got away with a blue eye → escape lightly'])
  })

  it('keeps literal uses quiet', () => {
    expect(idiom('Heavy snow of yesterday blocked roads across Bavaria.', 'de')).toEqual([])
    expect(idiom('The chef said you could smell the roast from the kitchen.', 'de')).toEqual([])
    expect(idiom('Strikers must keep the ball flat when they shoot.', 'de')).toEqual([])
    expect(idiom('Wrapped in dry towels, the rescued swimmers were taken to hospital.', 'de')).toEqual([])
    expect(idiom('The boss smelled the roast and called the auditors.', 'de')).toEqual(['smelled the roast → smell a rat'])
    // Low confidence: only for German sources.
    expect(idiom('Berlin wants talks with Beijing at eye level.')).toEqual([])
    expect(idiom('Berlin wants talks with Beijing at eye level.', 'de')).toEqual(['at eye level → on an equal footing'])
    expect(idiom('Place the screen at eye level, the manual says.', 'de')).toEqual([])
  })
})

describe('German epithets', () => {
  it('flags nicknames with the name they stand for', () => {
    expect(epithet('Rents in the Swabian metropolis keep rising.', 'de')).toEqual(['the Swabian metropolis → Stuttgart'])
    expect(epithet('The Franconian metropolis hosts the toy fair.', 'de')).toEqual(['The Franconian metropolis → Nuremberg'])
    expect(epithet('Cruise ships are banned from the lagoon city.', 'de')).toEqual(['the lagoon city → Venice'])
    expect(epithet('Many emigrated to the land of unlimited possibilities.', 'de')).toEqual(['the land of unlimited possibilities → the United States'])
    expect(epithet('The works eleven won the title without a defeat.', 'de')).toEqual(['The works eleven → Bayer Leverkusen'])
    expect(epithet('The black and yellows lost the final at Wembley.', 'de')).toEqual(['The black and yellows → Borussia Dortmund'])
    expect(epithet('The Federal Constitutional Court sits in the fan city.', 'de')).toEqual(['the fan city → Karlsruhe'])
    expect(epithet('The record champion won the Bundesliga again with Kane scoring twice.', 'de')).toEqual(['The record champion → Bayern Munich'])
    expect(epithet('The Leine metropolis hosts the trade fair.', 'de')).toEqual(['The Leine metropolis → Hanover'])
  })

  it('needs context for ambiguous nicknames', () => {
    expect(epithet('The billy goats grazed on the mountain farm.', 'de')).toEqual([])
    expect(epithet('The billy goats lost again and coach Struber faces relegation in Cologne.', 'de')).toEqual(['The billy goats → FC Cologne'])
    expect(epithet('Fans gathered in the fan city for the tournament.', 'de')).toEqual([])
  })
})

describe('French idioms', () => {
  it('flags press idioms rendered word for word', () => {
    expect(idiom('The far right has the wind in the stern ahead of the elections.', 'fr')).toEqual(['wind in the stern → the wind in its sails'])
    expect(idiom('The minister threw a paving stone into the pond by questioning the reform.', 'fr')).toEqual(['paving stone into the pond → set the cat among the pigeons'])
    expect(idiom('The prefect is in the collimator of the unions.', 'fr')).toEqual(['in the collimator of → in the crosshairs'])
    expect(idiom('The government will have to review its copy on pensions.', 'fr')).toEqual(['review its copy → go back to the drawing board'])
    expect(idiom('Between the two leaders, the rag is burning.', 'fr')).toEqual(['rag is burning → relations are at breaking point'])
    expect(idiom('The bill will pass to the trapdoor after the vote.', 'fr')).toEqual(['pass to the trapdoor → be dropped'])
    expect(idiom('The textile industry is beating the wing in the north.', 'fr')).toEqual(['beating the wing → struggle'])
    expect(idiom('The new minister has long teeth and wants the presidency.', 'fr')).toEqual(['has long teeth → be hugely ambitious'])
    expect(idiom('Moscow continues to roll the mechanics on the border.', 'fr')).toEqual(['roll the mechanics → flex its muscles'])
    expect(idiom('The striker put down his suitcases in Marseille last summer.', 'fr')).toEqual(['put down his suitcases → settle'])
    expect(idiom('The opposition fired red cannonballs at the budget.', 'fr')).toEqual(['red cannonballs → lay into'])
    expect(idiom('The unions keep putting sticks in the wheels of the reform.', 'fr')).toEqual(['sticks in the wheels of → spokes in the wheel'])
  })

  it('keeps literal uses quiet', () => {
    expect(idiom('The baker put his hands in the dough before dawn.', 'fr')).toEqual([])
    expect(idiom('The door came out of its hinges in the storm.', 'fr')).toEqual([])
    expect(idiom('Sharks have long teeth that they replace constantly.', 'fr')).toEqual([])
    expect(idiom('The yacht sailed with the wind in the stern towards the finish.', 'fr')).toEqual([])
    expect(idiom('The Bundestag president came out of her hinges during the debate.', 'fr')).toEqual(['came out of her hinges → fly off the handle'])
  })
})

describe('French epithets', () => {
  it('flags nicknames with the name they stand for', () => {
    expect(epithet('The film festival opened in the city of the Doges.', 'fr')).toEqual(['the city of the Doges → Venice'])
    expect(epithet('Standard fans celebrated in the Ardent City.', 'fr')).toEqual(['the Ardent City → Liège'])
    expect(epithet('The Prime Minister of the country of the maple leaf arrived in Paris.', 'fr')).toEqual(['the country of the maple leaf → Canada'])
    expect(epithet('Israeli strikes on the Land of the Cedar continued.', 'fr')).toEqual(['the Land of the Cedar → Lebanon'])
    expect(epithet('Elections in the country of Teranga passed peacefully.', 'fr')).toEqual(['the country of Teranga → Senegal'])
    expect(epithet('The junta in the land of upright men expelled French troops.', 'fr')).toEqual(['the land of upright men → Burkina Faso'])
    expect(epithet('Fires broke out on the Isle of Beauty overnight.', 'fr')).toEqual(['the Isle of Beauty → Corsica'])
    expect(epithet('The Phocaeans won 3-1 at the Vélodrome.', 'fr')).toEqual(['The Phocaeans → Marseille'])
    expect(epithet('The Blood and Gold beat Lille in the derby.', 'fr')).toEqual(['The Blood and Gold → RC Lens'])
    expect(epithet('The city of coronations celebrates its cathedral.', 'fr')).toEqual(['The city of coronations → Reims'])
  })

  it('needs context for ambiguous nicknames', () => {
    expect(epithet('Climbers reached the top of the rock.', 'fr')).toEqual([])
    expect(epithet('Prince Albert returned to the Rock after the summit in Monaco.', 'fr')).toEqual(['the Rock → Monaco'])
    expect(epithet('Burkina Faso means land of upright men.', 'fr')).toEqual([])
  })
})

describe('Spanish idioms', () => {
  it('flags press idioms rendered word for word', () => {
    expect(idiom('The opposition put the cry in the sky after the announcement.', 'es')).toEqual(['put the cry in the sky → raise an outcry'])
    expect(idiom('Hotels made their August during the summit.', 'es')).toEqual(['made their August → make a killing'])
    expect(idiom('Tourism is the hen of the golden eggs for the islands.', 'es')).toEqual(['hen of the golden eggs → goose that lays the golden eggs'])
    expect(idiom('The city threw the house out the window for the royal visit.', 'es')).toEqual(['threw the house out the window → push the boat out'])
    expect(idiom('The reform stayed in borage water after the elections.', 'es')).toEqual(['borage water → come to nothing'])
    expect(idiom('The coach is on the slack rope after three defeats.', 'es')).toEqual(['on the slack rope → on thin ice'])
    expect(idiom('Nobody knows who cuts the cod in the new government.', 'es')).toEqual(['cuts the cod → call the shots'])
    expect(idiom('The minister refused to give the face after the scandal.', 'es')).toEqual(['give the face → face up to it'])
    expect(idiom('The news fell like a bomb in the party.', 'es')).toEqual(['fell like a bomb → come as a bombshell'])
    expect(idiom('I would put my hand in the fire for him, the mayor said.', 'es')).toEqual(['hand in the fire for → vouch for'])
    expect(idiom('The central bank moved token before the markets opened.', 'es')).toEqual(['moved token → make a move'])
    expect(idiom('The two leaders are nail and flesh.', 'es')).toEqual(['nail and flesh → inseparable'])
  })

  it('keeps literal uses quiet', () => {
    expect(idiom('The fishmonger cut the cod into fillets.', 'es')).toEqual([])
    expect(idiom('The acrobat danced on the slack rope at the circus.', 'es')).toEqual([])
    expect(idiom('The storm hit with winds of 200 km/h; in the eye of the hurricane the air was calm.', 'es')).toEqual([])
    expect(idiom('The minister is in the eye of the hurricane after the leak.', 'es')).toEqual(['in the eye of the hurricane → at the centre of the storm'])
    expect(idiom('The minister is in the eye of the hurricane after the leak.')).toEqual([])
  })
})

describe('Spanish epithets', () => {
  it('flags nicknames with the name they stand for', () => {
    expect(epithet('The transalpine country approved the budget.', 'es')).toEqual(['The transalpine country → Italy'])
    expect(epithet('The Hispalense capital celebrated its April Fair.', 'es')).toEqual(['The Hispalense capital → Seville'])
    expect(epithet('Flooding hit the city of the Turia.', 'es')).toEqual(['the city of the Turia → Valencia'])
    expect(epithet('Tourists packed the city of the Alhambra.', 'es')).toEqual(['the city of the Alhambra → Granada'])
    expect(epithet('The meringue team won the Champions League.', 'es')).toEqual(['The meringue team → Real Madrid'])
    expect(epithet('The mattress team beat Sevilla 2-0.', 'es')).toEqual(['The mattress team → Atlético Madrid'])
    expect(epithet('The azulgrana team signed a new striker.', 'es')).toEqual(['The azulgrana team → Barcelona'])
    expect(epithet('The Xeneize team lost the Superclásico.', 'es')).toEqual(['The Xeneize team → Boca Juniors'])
    expect(epithet('Workers cross into the Peñón every day.', 'es')).toEqual(['the Peñón → Gibraltar'])
    expect(epithet('The mayor of the Count City presented the plan.', 'es')).toEqual(['the Count City → Barcelona'])
  })

  it('keeps literal uses quiet', () => {
    expect(epithet('Bake the meringues in a low oven with sugar and egg whites.', 'es')).toEqual([])
    expect(epithet('The millionaire club bought a yacht and avoided taxes.', 'es')).toEqual([])
  })
})

describe('Portuguese idioms', () => {
  it('flags press idioms rendered word for word', () => {
    expect(idiom('The president refused to give the arm to twist on the tax reform.', 'pt')).toEqual(['give the arm to twist → back down'])
    expect(idiom('The senator stayed on top of the wall during the vote.', 'pt')).toEqual(['stayed on top of the wall → sit on the fence'])
    expect(idiom('The former director decided to put his mouth on the trombone.', 'pt')).toEqual(['mouth on the trombone → blow the whistle'])
    expect(idiom('The coach made the guts heart to save the team.', 'pt')).toEqual(['made the guts heart → do their utmost'])
    expect(idiom('The new stadium cost a black note to taxpayers.', 'pt')).toEqual(['cost a black note → cost a fortune'])
    expect(idiom('The opposition keeps crying the pitangas about the result.', 'pt')).toEqual(['crying the pitangas → whine'])
    expect(idiom('The minister talks through the elbows in interviews.', 'pt')).toEqual(['talks through the elbows → talk nonstop'])
    expect(idiom('The party tried to take the body out of the scandal.', 'pt')).toEqual(['take the body out → dodge responsibility'])
    expect(idiom('The team entered the year with the right foot.', 'pt')).toEqual(['entered the year with the right foot → get off to a good start'])
  })

  it('keeps literal uses quiet', () => {
    expect(idiom('Firefighters worked to take the body out of the river.', 'pt')).toEqual([])
    expect(idiom('The jazz musician put his mouth on the trombone and played.', 'pt')).toEqual([])
  })
})

describe('Italian idioms', () => {
  it('flags press idioms rendered word for word', () => {
    expect(idiom('The government is at the fruit, the opposition leader said.', 'it')).toEqual(['is at the fruit → be at the end of the line'])
    expect(idiom('The investigators made a hole in the water.', 'it')).toEqual(['made a hole in the water → draw a blank'])
    expect(idiom('The banks have the knife on the side of the handle.', 'it')).toEqual(['knife on the side of the handle → hold all the cards'])
    expect(idiom('The premier tried to save goat and cabbages with the compromise.', 'it')).toEqual(['save goat and cabbages → have it both ways'])
    expect(idiom('The minister took a crab on the figures.', 'it')).toEqual(['took a crab → make a blunder'])
    expect(idiom('The allies planted him in ace before the vote.', 'it')).toEqual(['planted him in ace → leave in the lurch'])
    expect(idiom('After the defeat the coach had a devil for every hair.', 'it')).toEqual(['a devil for every hair → be livid'])
    expect(idiom('Sales are going with swollen sails this year.', 'it')).toEqual(['with swollen sails → going swimmingly'])
    expect(idiom('The deputy made the shoes to the party leader.', 'it')).toEqual(['made the shoes to → stab in the back'])
    expect(idiom('The union leader has no hairs on the tongue.', 'it')).toEqual(['hairs on the tongue → not mince words'])
  })

  it('keeps literal uses quiet', () => {
    expect(idiom('Tourists were at the fruit stand in the market.', 'it')).toEqual([])
    expect(idiom('The fishermen took a crab from the trap.', 'it')).toEqual([])
  })
})
