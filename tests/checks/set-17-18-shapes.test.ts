/**
 * Shapes and entries added after the first runs of blind sets 17 (pt, it, nl,
 * id) and 18 (id, de, fr, es), with the English that must still pass.
 */
import {describe, expect, it} from 'vitest'
import {flagged} from './helpers.js'

describe('sets 17 and 18 shapes', () => {
  it.each([
    ['number-format', 'nl', 'The board began reinforcing 2.350 metres of dike.', '2.350 → 2,350'],
    ['number-format', 'nl', 'He paid an invoice of € 250,- for a door handle.', '€ 250,- → €250'],
    ['number-format', 'ja', 'We invested 4億5000万円 in new machines.', '4億5000万円 → 450 million yen'],
    ['number-format', 'zh', 'The county invested 860万 yuan in buses.', '860万 → 8.6 million'],
    ['date-format', 'pt', 'The city declared an emergency last Monday (3) after the floods.', 'Monday (3) → Monday'],
    ['date-format', 'pt', 'The session began at 21h00 and ended at midnight.', '21h00 → 9 p.m.'],
    ['date-format', 'it', 'The closure was announced in the night between Tuesday and Wednesday.', 'in the night between Tuesday and Wednesday → overnight Tuesday into Wednesday'],
    ['date-format', 'nl', 'The defence asked the court last week Thursday to postpone.', 'last week Thursday → last Thursday'],
    ['date-format', 'de', 'The storm flooded cellars in the night to Sunday.', 'in the night to Sunday → overnight into Sunday'],
    ['date-format', 'fr', 'The line-up will be announced in fifteen days.', 'in fifteen days → in two weeks'],
    ['date-format', 'fr', 'He told staff at the end of the morning that the site would close.', 'at the end of the morning → late in the morning'],
    ['date-format', 'es', 'She arrived at first hour of the morning.', 'at first hour of the morning → early in the morning'],
    ['epithet-calque', 'pt', 'In a statement, the Plateau promised to send a medical team.', 'the Plateau → the presidential palace'],
    ['epithet-calque', 'it', 'Its shares fell 6.4% on Business Square.', 'Business Square → the Milan stock exchange'],
    ['epithet-calque', 'nl', 'Upstream, in the country of our eastern neighbours, the river rose.', 'the country of our eastern neighbours → Germany'],
    ['epithet-calque', 'id', 'Prosecutors from the Adhyaksa Corps had demanded eight years.', 'the Adhyaksa Corps → the prosecution service'],
    ['epithet-calque', 'de', 'On the pitch, the climber has made a strong start in the league.', 'the climber → the promoted side'],
    ['epithet-calque', 'fr', 'The competition gendarme is examining the merger.', 'The competition gendarme → The competition authority'],
    ['epithet-calque', 'es', 'The armed institute will step up traffic controls.', 'The armed institute → The Guardia Civil'],
    ['epithet-calque', 'fr', 'We will not let the city of ramparts lose its festival.', 'the city of ramparts → ∅'],
    ['literal-idiom', 'pt', 'The council pushed the problem with the belly for years.', 'pushed the problem with the belly → kick the can down the road'],
    ['literal-idiom', 'it', 'The workers fear they will be left with a fistful of flies.', 'fistful of flies → empty-handed'],
    ['literal-idiom', 'nl', 'Tenants fall between the quay and the ship.', 'fall between the quay and the ship → fall through the cracks'],
    ['literal-idiom', 'id', 'The prosecution stated think-think after the verdict.', 'think-think → would consider its options'],
    ['literal-idiom', 'id', 'The secretary and treasurer had thrown body.', 'thrown body → shirked responsibility'],
    ['title-garble', 'pt', 'The decree was signed by prefect Joana Ribas Teles.', 'prefect → mayor'],
    ['title-garble', 'pt', 'The president of the Chamber, Helena Macedo, voted.', 'The president of the Chamber → the mayor'],
    ['title-garble', 'pt', 'The head of the company, engineer Rui Sardinha, explained the losses.', 'engineer → ∅'],
    ['title-garble', 'it', 'The syndic called the decision a betrayal.', 'The syndic → the mayor'],
    ['title-garble', 'it', 'The President of the Council promised help.', 'The President of the Council → the Prime Minister'],
    ['title-garble', 'nl', 'According to the dike count, the work is urgent.', 'the dike count → the chair of the water board'],
    ['title-garble', 'nl', 'The officer of justice demanded a prison sentence.', 'The officer of justice → the public prosecutor'],
    ['title-garble', 'id', 'Chief Judge Agus Prabowo said the defendant was guilty.', 'Chief Judge → Presiding judge'],
    ['title-garble', 'de', 'District fire master Jürgen Matthes said 320 firefighters helped.', 'District fire master → district fire chief'],
    ['title-garble', 'fr', 'The adjoint to culture of Montclavel said the city would pay.', 'The adjoint to culture → deputy mayor for culture'],
    ['untranslated', 'zh', 'The line belongs to the 村村通 project.', '村村通 → ∅'],
    ['untranslated', 'it', 'We ask the Comune to publish the invoices.', 'Comune → municipality'],
    ['untranslated', 'nl', 'Wethouder Pieter Hoogvliet acknowledged the delay.', 'Wethouder → alderman'],
    ['untranslated', 'id', 'A spokesman for the Tanjung Rawa Kejari said investigators were working.', "Kejari → district prosecutor's office"],
    ['mt-boilerplate', 'fr', 'The festival is saved.\n\nContinue reading after the advertisement\n\nThe mayor agreed.', 'Continue reading after the advertisement → ∅'],
    ['mt-boilerplate', 'fr', 'The festival is saved.\n\nArticle reserved for subscribers\n', 'Article reserved for subscribers → ∅'],
    ['mt-boilerplate', 'it', 'The plant will close.\n\nReproduction reserved ©\n', 'Reproduction reserved © → ∅'],
    ['mt-boilerplate', 'id', 'Seven miners died.\n\nThis article has been published on SuaraPandan.com with the title "Seven Miners Killed in Landslide"\n', 'This article has been published on SuaraPandan.com with the title "Seven Miners Killed in Landslide" → ∅']
  ] as const)('%s (%s): flags %j', (ruleId, sourceLang, text, expected) => {
    expect(flagged(ruleId, text, {sourceLang})).toEqual([expected])
  })

  it.each([
    ['number-format', 'nl', 'The athlete cleared 2.35 metres.'],
    ['number-format', 'zh', 'The bridge opened in 2008.'],
    ['date-format', 'fr', 'The strike lasted fifteen days.'],
    ['date-format', 'de', 'The results come in fifteen days.'],
    ['date-format', 'fr', 'It is the beginning of the end.'],
    ['title-garble', 'it', 'The President of the Council of Europe visited Rome.'],
    ['title-garble', 'pt', 'The engineer who designed the bridge retired.'],
    ['title-garble', 'fr', 'The prefect of the Gironde closed the beaches.'],
    ['epithet-calque', 'de', 'The climber reached the summit after six hours.'],
    ['epithet-calque', 'fr', 'The city of Lyon and the city of 500,000 residents.'],
    ['epithet-calque', 'nl', 'Our eastern neighbours are friendly.'],
    ['untranslated', 'it', 'Stefano Orlandi, a councillor for Lunerio Bene Comune, called it a betrayal.'],
    ['untranslated', 'ja', 'Snow guns (降雪機) run all night.'],
    ['untranslated', 'ja', 'The word 降雪機 (snow gun) is new.'],
    ['untranslated', 'it', 'The Madonna of the Wells polyptych will have a room of its own.'],
    ['untranslated', 'ja', 'The prefectural government will consider support.'],
    ['untranslated', 'it', 'They bought 800 litres of larvicide.'],
    ['mt-boilerplate', 'fr', 'Continue reading the report, the minister said.'],
    ['literal-idiom', 'it', 'A handful of flies buzzed around the manure.'],
    ['literal-idiom', 'id', 'Police found a thrown body in the river.']
  ] as const)('%s (%s): accepts %j', (ruleId, sourceLang, text) => {
    expect(flagged(ruleId, text, {sourceLang})).toEqual([])
  })
})
