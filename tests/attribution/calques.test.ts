/**
 * Calqued attribution constructions of machine translation into English, by
 * source language: invented sentences, one per construction, each of which
 * the extractor missed before its rule (docs/attribution.md, "Calques by
 * verb class"). The shape is [kind, source, cue, recipient?]. The second
 * block holds fluent English that looks like the calques and must stay
 * unattributed or keep its plain reading.
 */
import {describe, expect, it} from 'vitest'
import {analyzeAttributions} from '../../src/index.js'

const shape = (text: string) =>
  analyzeAttributions(text).attributions.map((attribution) => {
    const row: Array<string | undefined> = [attribution.kind, attribution.source?.text, attribution.cue?.text]
    if (attribution.recipient) row.push(attribution.recipient.text)
    return row
  })

describe('calqued attribution constructions by source language', () => {
  it.each([
    ["French", "\"We will not close the factory,\" has he declared.", [["direct","he","declared"]]],
    ["French", "\"The unions were heard,\" he hammered.", [["direct","he","hammered"]]],
    ["French", "\"The site has a future,\" she confided to Le Monde.", [["direct","she","confided","Le Monde"]]],
    ["French", "\"We are ready to negotiate,\" he let it be known.", [["direct","he","let it be known"]]],
    ["French", "The prefecture made it known that the road will stay closed until Friday.", [["indirect","The prefecture","made it known"]]],
    ["French", "The mayor held to recall that the project was voted in 2019.", [["indirect","The mayor","recall"]]],
    ["French", "The minister was keen to stress that no jobs will be lost.", [["indirect","The minister","stress"]]],
    ["French", "\"We have no choice,\" a-t-il déclaré.", [["direct","a-t-il déclaré","a-t-il déclaré"]]],
    ["French", "\"Le site sera fermé,\" explique-t-elle.", [["direct","explique-t-elle","explique-t-elle"]]],
    ["German", "The police shared with that two people were injured.", [["indirect","The police","shared with"]]],
    ["German", "The company communicated that production will resume on Monday.", [["indirect","The company","communicated"]]],
    ["German", "The managing director, Thomas Brandl, cleared in that the house has too few nurses.", [["indirect","The managing director, Thomas Brandl","cleared in"]]],
    ["German", "\"The situation is under control,\" it was called from the ministry.", [["direct","the ministry","it was called"]]],
    ["German", "\"The strike will continue,\" it says in a statement of the union.", [["direct","a statement of the union","it says"]]],
    ["German", "Clinics lack nurses, explained the health economist Andreas Kuhn of the Ludwig Maximilian University (LMU).", [["indirect","the health economist Andreas Kuhn of the Ludwig Maximilian University","explained"]]],
    ["German", "The mayor accused the operator of having ignored the warnings.", [["indirect","The mayor","accused","the operator"]]],
    ["German", "Loud the police, two people were arrested.", [["according-to","the police","Loud"]]],
    ["Arabic", "Added the minister that the negotiations would resume next week.", [["indirect","the minister","Added"]]],
    ["Arabic", "Said the spokesman of the ministry, Ahmed Hassan, in a statement, that the talks were constructive.", [["indirect","the spokesman of the ministry, Ahmed Hassan","Said"]]],
    ["Arabic", "The spokesman pointed to that the border crossing will reopen on Sunday.", [["indirect","The spokesman","pointed to"]]],
    ["Arabic", "He drew attention to that prices have risen by 20 percent.", [["indirect","He","drew attention to"]]],
    ["Arabic", "The director benefited that the shipment arrived on Tuesday.", [["indirect","The director","benefited"]]],
    ["Arabic", "The official Saudi Press Agency quoted from the minister that the project is on schedule.", [["indirect","the minister","quoted from"]]],
    ["Arabic", "As per the ministry, 300 families were affected.", [["according-to","the ministry","As per"]]],
    ["Arabic", "According to what the minister said, the plan will cost more.", [["according-to","the minister","According to"]]],
    ["Chinese", "The director expressed that the company will hire 500 workers this year.", [["indirect","The director","expressed"]]],
    ["Chinese", "Zhang Wei said when accepting an interview with reporters that the line will open in May.", [["indirect","Zhang Wei","said"]]],
    ["Japanese", "The committee made clear that the fares will not rise.", [["indirect","The committee","made clear"]]],
    ["Japanese", "The minister showed the view that the yen would stabilize.", [["indirect","The minister","showed the view"]]],
    ["Japanese", "\"We want the ferry back in service soon,\" Tanaka talked.", [["direct","Tanaka","talked"]]],
    ["Japanese", "\"Nobody listened to us\" and he said.", [["direct","he","said"]]],
    ["Turkish", "Governor Ali Kaya used the following expressions: \"The port will not stop.\"", [["direct","Governor Ali Kaya","used the following expressions"]]],
    ["Turkish", "The union leader recorded that 2,000 workers had joined the strike.", [["indirect","The union leader","recorded"]]],
    ["Russian", "\"The repairs will take two months,\" marked the head of the city administration, Ivan Petrov.", [["direct","the head of the city administration, Ivan Petrov","marked"]]],
    ["Russian", "In the words of the mayor, the bridge will reopen in October.", [["according-to","the mayor","In the words of"]]],
    ["Russian", "The agency reported, with reference to the regional ministry, that 12 people were injured.", [["indirect","The agency","reported"]]],
    ["Russian", "\"The bridge is safe,\" informs the press service of the ministry.", [["direct","the press service of the ministry","informs"]]],
    ["Russian", "\"The work continues,\" is said in the message of the ministry.", [["direct","the message of the ministry","is said"]]],
    ["Russian", "It has been reported from government circles that the minister will resign.", [["indirect","government circles","It has been reported"]]],
    ["Vietnamese", "Nguyen Van An shared that the station will open next year.", [["indirect","Nguyen Van An","shared"]]],
    ["Vietnamese", "Residents reflected that the noise lasted all night.", [["indirect","Residents","reflected"]]],
    ["Indonesian", "\"We have prepared 20 boats,\" sebutnya.", [["direct","sebutnya","sebutnya"]]],
    ["Indonesian", "\"The water has receded,\" lanjutnya.", [["direct","lanjutnya","lanjutnya"]]],
    ["Indonesian", "\"The refugees need clean water,\" kata Budi.", [["direct","Budi","kata"]]],
    ["Indonesian", "The agency delivered that 12,500 residents were evacuated.", [["indirect","The agency","delivered"]]],
    ["Indonesian", "The figure was 41 neighbourhoods, as quoted from Antara.", [["indirect","Antara","as quoted from"]]],
    ["Indonesian", "The death toll rose to 12, as launched from Kompas.", [["indirect","Kompas","as launched from"]]],
    ["Indonesian", "\"We need help,\" Budi said to reporters in Jakarta.", [["direct","Budi","said","reporters"]]],
    ["Indonesian", "Floods forced 12,500 residents to take refuge, said the Regional Disaster Management Agency (BPBD) of DKI Jakarta on Monday (3/2/2025).", [["indirect","the Regional Disaster Management Agency (BPBD) of DKI Jakarta","said"]]],
    ["Spanish", "The minister signalled that the tender will be published in May.", [["indirect","The minister","signalled"]]],
    ["Spanish", "\"We will not give up,\" pointed the spokesman of the platform.", [["direct","the spokesman of the platform","pointed"]]],
    ["Spanish", "Pastor stood out that the port generates wealth.", [["indirect","Pastor","stood out"]]],
    ["Spanish", "The director manifested that the works will start in April.", [["indirect","The director","manifested"]]],
    ["Spanish", "\"The traffic will triple,\" as has explained the president of the association, Joan Climent.", [["direct","the president of the association","as has explained"]]],
    ["Spanish", "According to what has explained the director, the plan will cost more.", [["according-to","the director","According to what has explained"]]],
    ["Spanish", "Pastor replied Climent that the port generates wealth.", [["indirect","Pastor","replied","Climent"]]],
    ["Spanish", "\"We will fight until the end,\" he assured to the press.", [["direct","he","assured","the press"]]],
    ["Portuguese", "Second the minister, the first houses will be delivered in 2026.", [["according-to","the minister","Second"]]],
    ["Italian", "Standing to what reported the newspaper, the strike will last 24 hours.", [["according-to","the newspaper","Standing to what reported"]]],
    ["Italian", "\"The service will be guaranteed,\" made known the company.", [["direct","the company","made known"]]],
    ["Dutch", "\"The dike is safe,\" lets know the water board.", [["direct","the water board","lets know"]]],
    ["Dutch", "\"It will take years,\" so says the project manager.", [["direct","the project manager","so says"]]],
    ["Dutch", "It was confirmed by Rijkswaterstaat that the dike no longer meets the standard.", [["indirect","Rijkswaterstaat","It was confirmed"]]]
  ] as const)('%s: %s', (_language, text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('fluent English that looks like a calque', () => {
  it.each([
    ['The band recorded that song in 2019.', []],
    ['Prices reflected that trend last year.', []],
    ['The company shared that video on its website.', []],
    ['He expressed that wish in 2019.', []],
    ['The ship delivered that cargo to Rotterdam.', []],
    ['The storm pointed to a wider problem.', []],
    ['The ruling party stood out in the polls.', []],
    ['The petition launched by the collective has 20,000 signatures.', []],
    ['Loud music played all night, and neighbours complained.', []],
    ['Standing to attention, the soldiers waited.', []],
    ['The agency, as per tradition, opened at dawn.', []],
    ['As expected, the council approved the plan.', []],
    ['He held to the rail as the ship rocked.', []],
    ['She wanted to say goodbye.', []],
    ['Said to be the oldest bridge in the city, it reopened on Monday.', []],
    ['Added to the list in 2020, the site attracts 1,000 visitors a day.', []],
    ['The city was called Batavia in 1900.', []],
    ['"It is a great day," it was called in the city.', []],
    ['It was expected that prices would rise.', []],
    ['A second official said the talks failed.', [['indirect', 'A second official', 'said']]]
  ] as const)('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})
