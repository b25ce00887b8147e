/**
 * Shapes and entries added after the first runs of blind sets 24 and 25 (id, de,
 * fr, es), with the English that must still pass.
 */
import {describe, expect, it} from 'vitest'
import {flagged} from './helpers.js'

describe('set 24 and 25 shapes', () => {
  it.each([
    ['title-garble', 'id', 'The chief judge of the panel sentenced him to four years.', 'The chief judge of the panel → the presiding judge'],
    ['title-garble', 'id', 'The Head of the Karang Sembung State Attorney said the case was closed.', 'The Head of the Karang Sembung State Attorney → the head of the Karang Sembung District Prosecutor’s Office'],
    ['title-garble', 'id', 'The Corps of Traffic Head of the National Police said roads were ready.', 'The Corps of Traffic Head → the head of the Corps of Traffic'],
    ['title-garble', 'de', 'Its faction chairman Jürgen Maaß voted against.', 'faction chairman → group leader'],
    ['title-garble', 'de', 'The Federal Ministress for Health defended the reform.', 'Federal Ministress → Federal Minister'],
    ['title-garble', 'de', 'The Federal Minister of the Finances spoke.', 'Minister of the Finances → Minister of Finance'],
    ['title-garble', 'fr', 'The Minister of the Europe and the Foreign Affairs arrived.', 'Minister of the Europe and the Foreign Affairs → Minister of Europe and Foreign Affairs'],
    ['title-garble', 'fr', 'The deputy mayor delegated to culture welcomed the figures.', 'deputy mayor delegated to → deputy mayor for'],
    ['title-garble', 'es', 'The opposition accused the president of the Government of breaking his promises.', 'the president of the Government → the prime minister'],
    ['title-garble', 'es', 'The selectioner named 26 players.', 'The selectioner → the national coach'],
    ['title-garble', 'es', 'The mister praised the squad.', 'The mister → the coach'],
    ['title-garble', 'es', 'The counsellors of Health of the regions met on Monday.', 'The counsellors of → the councillor for'],
    ['title-garble', 'es', 'The Real Spanish Football Federation confirmed the date.', 'Real → Royal'],
    ['epithet-calque', 'fr', 'The headliner, a rapper from the Flat Country, played on Saturday.', 'the Flat Country → Belgium'],
    ['epithet-calque', 'es', 'The white-green set won 2-0.', 'The white-green set → ∅'],
    ['epithet-calque', 'es', 'The Red One travels to Tbilisi on Thursday.', 'The Red One → Spain'],
    ['epithet-calque', 'de', 'The Frankfurt currency guardians kept rates unchanged.', 'The Frankfurt currency guardians → The European Central Bank'],
    ['literal-idiom', 'id', 'The defendant ate the money of the people for three years.', 'ate the money of the people → embezzled public money'],
    ['literal-idiom', 'id', '"For many families, their peg is bigger than their pillar," he said.', 'peg is bigger than their pillar → living beyond its means'],
    ['literal-idiom', 'de', 'According to the police, he came away with a blue eye.', 'came away with a blue eye → escape lightly'],
    ['literal-idiom', 'de', 'Many farmers now stand before the nothing.', 'stand before the nothing → face ruin'],
    ['literal-idiom', 'de', 'Households are turning every euro over twice.', 'turning every euro over twice → watch every cent'],
    ['literal-idiom', 'es', 'The players left the skin on the pitch.', 'left the skin on the pitch → gave their all'],
    ['literal-idiom', 'es', 'In the last meeting we had to turn the omelette in the second half.', 'turn the omelette → turn the tables'],
    ['literal-idiom', 'es', 'Those who pay the broken plates are the patients.', 'pay the broken plates → pay the price'],
    ['untranslated', 'id', '"If it goes up, every household feels it," kata Sulastri at her office.', 'kata Sulastri → Sulastri said'],
    ['untranslated', 'id', 'The Ministry of Transportation dan the state railway operator will run more trains.', 'dan → and'],
    ['untranslated', 'id', 'The police pun reported the case to the prosecutor.', 'pun → also'],
    ['untranslated', 'id', 'The Satgas Pangan inspected the market.', 'Satgas → task force'],
    ['untranslated', 'de', '"That is on the wrong path," so Bernd Kessler, chairman of the association.', 'so Bernd Kessler → Bernd Kessler said'],
    ['untranslated', 'de', 'Half will come from the Krankenkassen.', 'Krankenkassen → ∅'],
    ['untranslated', 'de', 'The council approved the renovation of the town’s only Gymnasium.', 'Gymnasium → grammar school'],
    ['untranslated', 'de', 'The Land will cover around 60 percent.', 'The Land → the state'],
    ['untranslated', 'es', 'The media stood at 126 days, nine more than in June.', 'The media → the average'],
    ['untranslated', 'es', 'He refused to reveal the once he plans to field.', 'the once → the starting eleven'],
    ['date-format', 'fr', 'His concert, scheduled for 22h, started late.', '22h → 10 p.m.'],
    ['date-format', 'id', 'The flow is expected to peak on H-3.', 'H-3 → 3 days before the holiday'],
    ['mt-boilerplate', 'id', 'Prices rose.\n\nAdvertisement. Scroll to continue with the content.\n\nTraders agreed.', 'Advertisement. Scroll to continue with the content. → ∅'],
    ['mt-boilerplate', 'de', 'The storm passed.\n\nDisplay\n\nThe festival was cancelled.', 'Display → ∅'],
    ['mt-boilerplate', 'es', 'The club was promoted.\n\nShare this news on your social networks\n', 'Share this news on your social networks → ∅']
  ] as const)('%s (%s): flags %j', (ruleId, sourceLang, text, expected) => {
    expect(flagged(ruleId, text, {sourceLang})).toEqual([expected])
  })

  it.each([
    ['title-garble', 'id', 'The chief judge of the district court retired.'],
    ['title-garble', 'es', 'The Real Madrid coach praised the squad.'],
    ['title-garble', 'es', 'The mister Smith case went to court.'],
    ['title-garble', 'fr', 'The Minister of the Interior arrived.'],
    ['epithet-calque', 'es', 'The white-green set of plates was sold.'],
    ['literal-idiom', 'es', 'Turn the omelette in the pan after two minutes with the eggs set.'],
    ['untranslated', 'id', 'He holds a third dan in karate.'],
    ['untranslated', 'id', 'That was a bad pun said in jest.'],
    ['untranslated', 'de', 'The Land of Smiles attracted tourists; the Land Rover stalled.'],
    ['untranslated', 'es', 'The media was told to wait outside.'],
    ['untranslated', 'es', 'I have only been there the once.'],
    ['date-format', 'fr', 'The race lasts 24h and the crew rested for 8h.'],
    ['date-format', 'id', 'Workers on H-1B visas were affected.'],
    ['mt-boilerplate', 'de', 'The display of paintings opened on Sunday.']
  ] as const)('%s (%s) passes %j', (ruleId, sourceLang, text) => {
    expect(flagged(ruleId, text, {sourceLang})).toEqual([])
  })
})
