/**
 * `untranslated`: content nouns and acronyms of the press per source language,
 * and source words known by their form (accents, German compounds,
 * Indonesian affixes), with the guards that keep names and loanwords quiet.
 */
import {describe, expect, it} from 'vitest'
import type {SourceLanguage} from '../../src/types.js'
import {findingsOf, flagged} from './helpers.js'

const untranslated = (text: string, sourceLang?: SourceLanguage) => flagged('untranslated', text, {sourceLang}).map((line) => line.split(' → ')[0])

describe('press nouns and acronyms', () => {
  it('flags lower-case nouns of each language', () => {
    expect(untranslated('The farmers of the kelompok tani met the officials.', 'id')).toEqual(['kelompok tani'])
    expect(untranslated('Workers from the mairie cleaned the square.', 'fr')).toEqual(['mairie'])
    expect(untranslated('Many pymes and autónomos asked for aid.', 'es')).toEqual(['pymes', 'autónomos'])
    expect(untranslated('The prefeitura closed the road.', 'pt')).toEqual(['prefeitura'])
    expect(untranslated('The sindaco signed the order.', 'it')).toEqual(['sindaco'])
  })
  it('flags a lower-case noun after a place name, which modifies it', () => {
    expect(untranslated('The measure, approved by the Barcelona ayuntamiento, passed.', 'es')).toEqual(['ayuntamiento'])
    expect(untranslated('Staff of the Lyon mairie went on strike.', 'fr')).toEqual(['mairie'])
  })
  it('flags German nouns capitalised mid-sentence, and after a sentence-initial article', () => {
    expect(untranslated('The Kripo had been observing the group.', 'de')).toEqual(['Kripo'])
    expect(untranslated('Residents complained to the Ordnungsamt on Monday.', 'de')).toEqual(['Ordnungsamt'])
  })
  it('flags acronyms only as written', () => {
    expect(untranslated('Small PME in the region are struggling.', 'fr')).toEqual(['PME'])
    expect(untranslated('The IVA on energy will fall.', 'es')).toEqual(['IVA'])
    expect(untranslated('Iva Majoli won the title.', 'es')).toEqual([])
  })
  it('spares names, other capitalised nouns and other source languages', () => {
    expect(untranslated('She works for Polizei Berlin now.', 'de')).toEqual([])
    expect(untranslated('The Mairie de Paris published the plan.', 'fr')).toEqual([])
    expect(untranslated('Visitors met at the Alcaldía Mayor offices.', 'es')).toEqual([])
    // Not as a Spanish word; only as a word no English dictionary has.
    const [finding, ...others] = findingsOf('untranslated', 'Workers from the mairie cleaned the square.', {sourceLang: 'es'})
    expect(others).toEqual([])
    expect(finding?.subId).toBe('source-form-unknown')
    expect(finding?.message).toContain('no English dictionary has this word')
    expect(untranslated('The Deutschlandticket costs 58 euros.', 'de')).toEqual([])
  })
})

describe('source words known by their form', () => {
  it('flags lower-case words with letters English does not use', () => {
    expect(untranslated('Thousands of jóvenes marched in the capital.', 'es')).toEqual(['jóvenes'])
    expect(untranslated('The strike hit the cheminots hardest, and the sécurité staff too.', 'fr')).toEqual(['cheminots', 'sécurité'])
    expect(untranslated('The população of the city grew.', 'pt')).toEqual(['população'])
  })
  it('spares loanwords, names and quoted titles', () => {
    expect(untranslated('The café near the plaza served a crème brûlée to the fiancée.', 'fr')).toEqual([])
    expect(untranslated('José Mourinho met officials in São Paulo and Ciudad Juárez.', 'es')).toEqual([])
    expect(untranslated('She read "Misérables" twice.', 'fr')).toEqual([])
    expect(untranslated('Thousands of jóvenes marched in the capital.')).toEqual([])
  })
  it('flags German compound nouns mid-sentence, not names', () => {
    expect(untranslated('The company continues the so-called Lärmpausen in the morning.', 'de')).toEqual(['Lärmpausen'])
    expect(untranslated('Only the Sozialticket will be cheaper.', 'de')).toEqual(['Sozialticket'])
    expect(untranslated('Grid operators raise the Netzentgelte again.', 'de')).toEqual(['Netzentgelte'])
    expect(untranslated('The Bertelsmann Stiftung and Konrad Adenauer Stiftung published it.', 'de')).toEqual([])
    expect(untranslated('Regierung said nothing.', 'de')).toEqual([])
    expect(untranslated('Volkswagen and Lufthansa reported results.', 'de')).toEqual([])
  })
  it('flags Indonesian affixed words', () => {
    expect(untranslated('The pengendara were stuck for hours.', 'id')).toEqual(['pengendara'])
    expect(untranslated('Residents rely on the water from the kecamatannya office.', 'id')).toEqual(['kecamatannya'])
    expect(untranslated('The penguins at the zoo were fed.', 'id')).toEqual([])
  })
})

describe('press nouns of farming, fishing, weather, courts and transport', () => {
  it('flags the added nouns of each language', () => {
    expect(untranslated('The main reason was the Spätfrost at the end of April.', 'de')).toEqual(['Spätfrost'])
    expect(untranslated('Many family granjas in Huesca work with small margins.', 'es')).toEqual(['granjas'])
    expect(untranslated('The widow received her réversion after the ruling.', 'fr')).toEqual(['réversion'])
    expect(untranslated('Commuters waited at the fermata for an hour.', 'it')).toEqual(['fermata'])
    expect(untranslated('The geada destroyed the coffee crop.', 'pt')).toEqual(['geada'])
    expect(untranslated('A bidan helped the mother at the evacuation site.', 'id')).toEqual(['bidan'])
  })
  it('spares English words and names among them', () => {
    expect(untranslated('The earthquake measured 5.1 on the Richter scale.', 'de')).toEqual([])
    expect(untranslated('The meeting starts at 3 pm in the audience hall.', 'it')).toEqual([])
    expect(untranslated('A lahar swept down the slope after the eruption.', 'id')).toEqual([])
    expect(untranslated('Joschka Fischer spoke, then Fischer left.', 'de')).toEqual([])
  })
})

describe('words no English dictionary knows', () => {
  // Invented sentences with source words that no list of the project names.
  it('flags a lower-case word neither the American nor the British dictionary has', () => {
    expect(untranslated('The fishermen sold their catch at the pelelangan near the harbour.', 'id')).toEqual(['pelelangan'])
    expect(untranslated('The council will debate the ordenanza next week.', 'es')).toEqual(['ordenanza'])
    expect(untranslated('Parents queued outside the kinderkrippe before dawn.', 'de')).toEqual(['kinderkrippe'])
  })
  it('spares English formations: British spellings, compounds, coinages, diacritics, names', () => {
    const english = 'The neighbourhood councillors criticised the programme. Nearshoring and fintech firms, cybersecurity experts and the reindustrialisation plan were discussed at the café, as was bronchiolitis and styrofoam waste near the upfield stand. Influencers paid in forints and hryvnias livestreamed the pyroclastic flow.'
    expect(untranslated(english, 'es')).toEqual([])
    expect(untranslated('Mayor Ana del Río and Jan de Vries spoke.', 'es')).toEqual([])
  })
  it('needs a known source language', () => {
    expect(untranslated('The council will debate the ordenanza next week.')).toEqual([])
  })
})

describe('English formations the dictionaries lack (found on held-out set 8)', () => {
  it('spares agent nouns of -ate verbs and -ise verbs of adjectives, but not a source word ending in a short English word', () => {
    expect(untranslated('The vaccinator came, and they anonymise the data.', 'id')).toEqual([])
    expect(untranslated('The puskeswan staff came early.', 'id')).toEqual(['puskeswan'])
  })
})

describe('chemical names the dictionaries lack (a clean reference of batch 66)', () => {
  it('spares pesticide and compound names, not a source word that merely shares a prefix', () => {
    expect(untranslated('Traces of chlorothalonil, glyphosate and bromoform were found in the tap water.', 'fr')).toEqual([])
    expect(untranslated('The hydrographie office published the map.', 'fr')).toEqual(['hydrographie'])
  })
})

describe('medical words the dictionaries lack (a clean reference of batch 67)', () => {
  it('spares `serotype`', () => {
    expect(untranslated('Health officials detected a new dengue serotype and two arboviruses.', 'pt')).toEqual([])
  })
})
