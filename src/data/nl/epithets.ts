import type {CalqueEntry} from '../types.js'

/**
 * Nicknames and metonyms of the Dutch and Flemish press (ANP, Belga, NOS),
 * as machine translation renders them.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'nl-lage-landen',
    sourceLang: 'nl',
    source: 'de Lage Landen',
    kind: 'region',
    literals: {en: ['low lands', 'lowlands', 'low countries'], fr: ['les terres basses']},
    expected: {en: ['the Netherlands and Belgium', 'the Netherlands'], fr: ['le Benelux', 'les Pays-Bas']},
    meaning: 'the Netherlands (and Flanders/Belgium)',
    confidence: 'low',
    guard: {unlessNear: ['scotland', 'scottish', 'highlands', 'medieval', 'century', 'history', 'habsburg', 'spanish']}
  },
  {
    id: 'nl-mokum',
    sourceLang: 'nl',
    source: 'Mokum',
    kind: 'city',
    literals: {en: ['mokum'], fr: ['mokum']},
    expected: {en: ['Amsterdam'], fr: ['Amsterdam']},
    meaning: 'Amsterdam (colloquial, from Yiddish)',
    confidence: 'high'
  },
  {
    id: 'nl-hofstad',
    sourceLang: 'nl',
    source: 'de Hofstad / de Residentie',
    kind: 'city',
    literals: {en: ['court city', 'court town', 'city of the court', 'hofstad', 'the residence city', 'residence city'], fr: ['la ville de la cour', 'la ville-résidence']},
    expected: {en: ['The Hague'], fr: ['La Haye']},
    meaning: 'The Hague',
    confidence: 'high',
    guard: {unlessNear: ['judge', 'judges', 'trial', 'ruling', 'lawyers', 'lawyer', 'jury', 'verdict', 'versailles', 'royal', 'courtiers']}
  },
  {
    id: 'nl-maasstad',
    sourceLang: 'nl',
    source: 'de Maasstad',
    kind: 'city',
    literals: {en: ['maas city', 'meuse city', 'maasstad', 'city on the maas', 'city on the meuse', 'maas town', 'city of the maas'], fr: ['la ville de la meuse', 'la ville sur la meuse']},
    expected: {en: ['Rotterdam'], fr: ['Rotterdam']},
    meaning: 'Rotterdam',
    confidence: 'high',
    guard: {unlessNear: ['liège', 'liege', 'namur', 'maastricht', 'verdun', 'sedan', 'dinant']}
  },
  {
    id: 'nl-domstad',
    sourceLang: 'nl',
    source: 'de Domstad',
    kind: 'city',
    literals: {en: ['cathedral city', 'city of the dom', 'dome city'], fr: ['la ville du dom', 'la ville de la cathédrale']},
    expected: {en: ['Utrecht'], fr: ['Utrecht']},
    meaning: 'Utrecht',
    confidence: 'low',
    guard: {onlyNear: ['utrecht', "utrecht's"], window: 60}
  },
  {
    id: 'nl-lichtstad',
    sourceLang: 'nl',
    source: 'de Lichtstad',
    kind: 'city',
    literals: {en: ['light city', 'lichtstad', 'city of light', 'city of lights']},
    expected: {en: ['Eindhoven']},
    meaning: 'Eindhoven',
    confidence: 'low',
    guard: {onlyNear: ['eindhoven', "eindhoven's", 'philips', 'psv', 'brabant', 'asml'], window: 60}
  },
  {
    id: 'nl-torentje',
    sourceLang: 'nl',
    source: 'het Torentje',
    kind: 'organisation',
    literals: {en: ['the little tower', 'the torentje', 'torentje', 'the small tower', 'the turret'], fr: ['la petite tour', 'le torentje']},
    expected: {en: ["the prime minister's office"], fr: ['le bureau du Premier ministre']},
    meaning: "the Dutch prime minister's office (metonym)",
    confidence: 'high',
    guard: {onlyNear: ['prime', 'minister', 'premier', 'rutte', 'schoof', 'cabinet', 'binnenhof', 'hague', 'coalition', 'ministre'], window: 30}
  },
  {
    id: 'nl-binnenhof',
    sourceLang: 'nl',
    source: 'het Binnenhof / Den Haag',
    kind: 'organisation',
    literals: {en: ['inner court', 'the inner courtyard', 'binnenhof']},
    expected: {en: ['Dutch politics', 'parliament']},
    meaning: 'Dutch national politics, the parliament and government (metonym)',
    confidence: 'low',
    guard: {onlyNear: ['hague', 'parliament', 'cabinet', 'coalition', 'mps', 'dutch', 'politicians', 'minister', 'ministers', 'néerlandais'], window: 20}
  },
  {
    id: 'nl-zuiderburen',
    sourceLang: 'nl',
    source: 'de zuiderburen',
    kind: 'country',
    literals: {en: ['southern neighbours', 'southern neighbors', 'south neighbours', 'south neighbors']},
    expected: {en: ['the Belgians', 'Belgium']},
    meaning: 'the Belgians (seen from the Netherlands)',
    confidence: 'low',
    guard: {onlyNear: ['belgium', 'belgian', 'belgians', 'flanders', 'flemish', 'brussels', 'antwerp', 'belgique', 'belges'], window: 40}
  },
  {
    id: 'nl-oosterburen',
    sourceLang: 'nl',
    source: 'de oosterburen',
    kind: 'country',
    literals: {en: ['eastern neighbours', 'eastern neighbors', 'east neighbours', 'east neighbors']},
    expected: {en: ['the Germans', 'Germany']},
    meaning: 'the Germans (seen from the Netherlands)',
    confidence: 'low',
    guard: {onlyNear: ['germany', 'german', 'germans', 'berlin', 'bundesliga', 'allemagne', 'allemands'], window: 40}
  },
  {
    id: 'nl-noorderburen',
    sourceLang: 'nl',
    source: 'de noorderburen',
    kind: 'country',
    literals: {en: ['northern neighbours', 'northern neighbors', 'north neighbours', 'north neighbors']},
    expected: {en: ['the Dutch', 'the Netherlands']},
    meaning: 'the Dutch (seen from Flanders)',
    confidence: 'low',
    guard: {onlyNear: ['netherlands', 'dutch', 'holland', 'amsterdam', 'hague', 'rotterdam', 'néerlandais', 'pays-bas'], window: 40}
  },
  {
    id: 'nl-land-oosterburen',
    sourceLang: 'nl',
    source: 'het land van onze oosterburen',
    kind: 'country',
    literals: {en: ['country of our eastern neighbours', 'country of our eastern neighbors', 'land of our eastern neighbours', 'land of our eastern neighbors']},
    expected: {en: ['Germany']},
    meaning: 'Germany (seen from the Netherlands)',
    confidence: 'high',
    note: 'With `country of our`, the eastern neighbours are a country named by its place on the map, not described.'
  },
  {
    id: 'nl-land-zuiderburen',
    sourceLang: 'nl',
    source: 'het land van onze zuiderburen',
    kind: 'country',
    literals: {en: ['country of our southern neighbours', 'country of our southern neighbors', 'land of our southern neighbours', 'land of our southern neighbors']},
    expected: {en: ['Belgium']},
    meaning: 'Belgium (seen from the Netherlands)',
    confidence: 'high'
  },
  {
    id: 'nl-domstad-capitalised',
    sourceLang: 'nl',
    source: "de Domstad",
    kind: 'city',
    literals: {en: ["dom city", "domstad"]},
    expected: {en: ["Utrecht"]},
    meaning: "Utrecht",
    confidence: 'high',
    guard: {capitalised: 'first'},
    note: "Capitalised mid-sentence (`the Dom City`), *de Domstad* needs no nearby mention of Utrecht."
  },
  {
    id: 'nl-kikkerland',
    sourceLang: 'nl',
    source: "ons kikkerlandje",
    kind: 'country',
    literals: {en: ["our frog country", "our little frog country", "our frog land", "the frog country", "frogland", "our frogland", "little frog country"]},
    expected: {en: ["the Netherlands", "the country"]},
    meaning: "the Netherlands",
    confidence: 'high',
    note: "Dutch press calls the Netherlands *ons kikkerlandje* (our little frog country)."
  },
  {
    id: 'nl-lichtstad-capitalised',
    sourceLang: 'nl',
    source: 'de Lichtstad',
    kind: 'city',
    literals: {en: ['the light city']},
    expected: {en: ['Eindhoven']},
    meaning: 'Eindhoven (the nickname capitalised as a name)',
    confidence: 'high',
    guard: {capitalised: true}
  }
]
