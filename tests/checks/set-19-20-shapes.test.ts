/**
 * Shapes and entries added after the first runs of blind sets 19 and 20 (id,
 * de, fr, es) and of attribution batches 14–15 (their numbers and words left
 * untranslated), with the English that must still pass.
 */
import {describe, expect, it} from 'vitest'
import {flagged} from './helpers.js'

describe('sets 19 and 20 shapes', () => {
  it.each([
    ['date-format', 'es', 'The estimate was published by the sector on Tuesday day 4.', 'Tuesday day 4 → Tuesday, the 4th'],
    ['date-format', 'de', 'The train hit the lorry on 17.10 near Cologne.', '17.10 → Oct. 17'],
    ['epithet-calque', 'de', 'The guardians of order had recently stepped up checks.', 'The guardians of order → The police'],
    ['epithet-calque', 'es', 'The Consistory of Puerto Alcaraz on Tuesday approved a freeze.', 'The Consistory → The town council'],
    ['epithet-calque', 'es', 'The transalpine group offered 12 euros a share.', 'The transalpine group → The Italian group'],
    ['literal-idiom', 'id', 'We only ask that there is no selective logging in the payments.', 'selective logging → selective enforcement'],
    ['literal-idiom', 'de', 'For the bank, the attacks have long been a thorn in the eye.', 'thorn in the eye → a thorn in the side'],
    ['literal-idiom', 'es', 'Prices touched roof after two years of drought.', 'touched roof → peak'],
    ['literal-idiom', 'es', 'The rains were like water in May for the olive groves.', 'like water in May → a godsend'],
    ['literal-idiom', 'es', 'The team gave a blow on top of the table with the win.', 'blow on top of the table → send a message'],
    ['literal-idiom', 'es', 'There is no bad that does not come for good, the chairman said.', 'no bad that does not come for good → every cloud has a silver lining'],
    ['literal-idiom', 'de', 'The driver had more luck than understanding.', 'more luck than understanding → more luck than judgement'],
    ['literal-idiom', 'id', 'The results are still far roast from the fire.', 'far roast from the fire → far from the mark'],
    ['untranslated', 'id', 'Work to extend the runway of Bandara Watu Rawa will begin.', 'Bandara → airport'],
    ['untranslated', 'de', 'He called for a larger Landarztquote for students.', 'Landarztquote → ∅'],
    ['untranslated', 'es', 'A kilo of AOVE now sells for 4.15 euros.', 'AOVE → ∅'],
    ['untranslated', 'es', 'The group launched an OPA on the tile maker.', 'OPA → ∅'],
    ['untranslated', 'vi', 'Mrs. Hoa, director of the hợp tác xã Tân Lộc, spoke.', 'hợp tác xã → ∅'],
    ['untranslated', 'de', 'The gang struck in three districts, u. a. in Lindenau.', 'u. a. → ∅'],
    ['untranslated', 'tr', 'Kuşpınarı Village Muhtar Hüseyin Tokgöz spoke.', 'Muhtar → neighbourhood headman'],
    ['title-garble', 'de', 'The First Chairman of the doctors association, Klaus Roth, agreed.', 'The First Chairman → the chair'],
    ['title-garble', 'fr', 'The academic director of the services of National Education defended the closures.', 'The academic director of the services of National Education → the head of the local education authority'],
    ['title-garble', 'fr', 'The under-prefect received the mayors on Friday.', 'The under-prefect → the sub-prefect'],
    ['title-garble', 'es', 'On Wednesday, the president of the Board announced aid for farmers.', 'the president of the Board → the regional president'],
    ['title-garble', 'es', 'The president of the council of administration backed the bid.', 'The president of the council of administration → the chairman of the board'],
    ['title-garble', 'fr', 'The procurer of the Republic appealed.', 'The procurer of the Republic → the public prosecutor'],
    ['title-garble', 'de', 'According to the country election leader, turnout was 71 percent.', 'the country election leader → the returning officer'],
    ['title-garble', 'de', 'The police presidium said two people were hurt.', 'police presidium → police headquarters'],
    ['title-garble', 'de', 'The operation leader said the line stays closed.', 'The operation leader → the incident commander'],
    ['number-format', 'ru', 'The average debt makes 38 тыс. rubles.', '38 тыс → 38 thousand'],
    ['mt-boilerplate', 'de', 'Waiting times rise.\n\nRead more on the topic: Waiting times at the emergency room increase\n\nThe minister agreed.', 'Read more on the topic: Waiting times at the emergency room increase → ∅'],
    ['mt-boilerplate', 'de', 'The machine was blown up.\n\nRead more after the advertisement\n\nPolice said.', 'Read more after the advertisement → ∅'],
    ['mt-boilerplate', 'fr', 'The beaches closed.\n\nThis article is reserved for subscribers. Already a subscriber? Log in\n', 'This article is reserved for subscribers. Already a subscriber? Log in → ∅'],
    ['mt-boilerplate', 'de', 'The train hit a lorry.\n\nNote: This article was created with the support of artificial intelligence and checked by the editorial team.\n', 'Note: This article was created with the support of artificial intelligence and checked by the editorial team. → ∅'],
    ['mt-boilerplate', 'id', 'Chili prices rose.\n\nI hope this translation is useful. Let me know if you would like me to adjust the tone or the length.\n', 'I hope this translation is useful. Let me know if you would like me to adjust the tone or the length. → ∅']
  ] as const)('%s (%s): flags %j', (ruleId, sourceLang, text, expected) => {
    expect(flagged(ruleId, text, {sourceLang})).toEqual([expected])
  })

  it('reads a decimal comma before a range whose other end is an amount', () => {
    expect(flagged('number-format', 'The price will pass from 2,60 to 2,85 euros.', {sourceLang: 'fr'})).toEqual(['2,60 → 2.60', '2,85 → 2.85'])
  })

  it.each([
    ['date-format', 'de', 'Residents were woken at around 3.40 a.m. by a bang.'],
    ['date-format', 'de', 'Version 2.1 was installed on 3.4 million devices.'],
    ['literal-idiom', 'id', 'The firm practises selective logging in the forest concession.'],
    ['literal-idiom', 'de', 'More luck than sense saved him.'],
    ['title-garble', 'de', "Hamburg's First Mayor opened the port festival."],
    ['title-garble', 'es', 'The president of the Board of Trustees resigned.'],
    ['title-garble', 'ru', 'Pavel Korovin, general director of Solonskugol, said the mine will stay open.'],
    ['untranslated', 'it', 'Stefano Orlandi, a councillor for Lunerio Bene Comune, spoke.'],
    ['number-format', 'fr', 'Scores went from 2,5 to 3,1 in the test.'],
    ['mt-boilerplate', 'de', 'Police say.\n\n"I hope this translation of the law helps," she said.\n']
  ] as const)('%s (%s): accepts %j', (ruleId, sourceLang, text) => {
    expect(flagged(ruleId, text, {sourceLang})).toEqual([])
  })
})
