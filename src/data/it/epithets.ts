import type {CalqueEntry} from '../types.js'

/**
 * Nicknames and metonyms of the Italian press (ANSA, Corriere, Repubblica),
 * as machine translation renders them.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'it-belpaese',
    sourceLang: 'it',
    source: 'il Belpaese',
    kind: 'country',
    literals: {en: ['belpaese', 'bel paese', 'the belpaese', 'beautiful country'], fr: ['le beau pays', 'le belpaese']},
    expected: {en: ['Italy'], fr: ["l'Italie"]},
    meaning: 'Italy',
    confidence: 'low',
    guard: {onlyNear: ['italy', "italy's", 'italian', 'italians', 'rome', 'meloni', 'istat', 'italie', 'italiens', 'italienne'], window: 40}
  },
  {
    id: 'it-citta-eterna',
    sourceLang: 'it',
    source: 'la Città Eterna',
    kind: 'city',
    // Only the Italian left in: `the Eternal City` is English's own name for Rome.
    literals: {en: ['città eterna']},
    expected: {en: ['Rome']},
    meaning: 'Rome',
    confidence: 'low'
  },
  {
    id: 'it-oltralpe',
    sourceLang: 'it',
    source: 'Oltralpe / d’Oltralpe',
    kind: 'country',
    literals: {en: ['oltralpe', 'over-alps', 'beyond-alps', 'ultra-alps', 'transalpine cousins', 'transalpine neighbours', 'transalpine neighbors'], fr: ["d'oltralpe", 'oltralpe']},
    expected: {en: ['France', 'in France'], fr: ['en France', 'la France']},
    meaning: 'France (beyond the Alps; sometimes Switzerland or Austria)',
    confidence: 'high'
  },
  {
    id: 'it-oltralpe-beyond',
    sourceLang: 'it',
    source: 'Oltralpe',
    kind: 'country',
    literals: {en: ['beyond the alps', 'across the alps', 'over the alps', 'from beyond the alps', 'from across the alps'], fr: ['au-delà des alpes', "de l'autre côté des alpes"]},
    expected: {en: ['in France', 'France'], fr: ['en France']},
    meaning: 'France (beyond the Alps)',
    confidence: 'low',
    guard: {unlessNear: ['hike', 'hiking', 'hikers', 'climbers', 'mountain', 'mountains', 'tunnel', 'pass', 'snow', 'ski', 'skiing', 'brenner', 'gotthard', 'hannibal', 'flight', 'flew', 'flying', 'route', 'train', 'rail', 'trucks', 'lorries', 'motorway']}
  },
  {
    id: 'it-oltreoceano',
    sourceLang: 'it',
    source: 'Oltreoceano / d’Oltreoceano',
    kind: 'country',
    literals: {en: ['oltreoceano', 'over-ocean', 'beyond-ocean', 'ultra-ocean', 'across-ocean'], fr: ["d'oltreoceano", 'oltreoceano']},
    expected: {en: ['in the United States', 'American'], fr: ['outre-Atlantique', 'aux États-Unis']},
    meaning: 'the United States (across the ocean)',
    confidence: 'high'
  },
  {
    id: 'it-oltremanica',
    sourceLang: 'it',
    source: 'Oltremanica / d’Oltremanica',
    kind: 'country',
    literals: {en: ['oltremanica', 'over-channel', 'beyond-channel', 'ultra-channel', 'overmanica', 'oltre-manica'], fr: ["d'oltremanica", 'oltremanica']},
    expected: {en: ['in Britain', 'British'], fr: ['outre-Manche', 'au Royaume-Uni']},
    meaning: 'Britain (across the Channel)',
    confidence: 'high'
  },
  {
    id: 'it-dragone',
    sourceLang: 'it',
    source: 'il Dragone',
    kind: 'country',
    literals: {en: ['the dragon', 'the dragone', 'the great dragon']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'low',
    guard: {onlyNear: ['china', "china's", 'chinese', 'beijing', 'xi', 'jinping', 'chine', 'pékin', 'chinois'], unlessNear: ['boat', 'dance', 'festival', 'year', 'lunar', 'spacex', 'capsule', 'komodo'], window: 20}
  },
  {
    id: 'it-sol-levante',
    sourceLang: 'it',
    source: 'il Paese del Sol Levante',
    kind: 'country',
    literals: {en: ['country of the rising sun', 'land of the rising sun']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'low'
  },
  {
    id: 'it-citta-della-madonnina',
    sourceLang: 'it',
    source: 'la città della Madonnina / il capoluogo lombardo',
    kind: 'city',
    literals: {en: ['city of the madonnina', 'city of the little madonna', 'madonnina city', 'lombard chief town', 'chief town of lombardy', 'lombard county seat', 'lombard regional capital'], fr: ['la ville de la madonnina']},
    expected: {en: ['Milan'], fr: ['Milan']},
    meaning: 'Milan',
    confidence: 'high',
    guard: {unlessNear: ['medieval', 'century', 'pavia', 'monza', 'league', 'kingdom', 'longobard']}
  },
  {
    id: 'it-capoluogo-piemontese',
    sourceLang: 'it',
    source: 'il capoluogo piemontese / la città della Mole',
    kind: 'city',
    literals: {en: ['piedmontese chief town', 'piedmont chief town', 'chief town of piedmont', 'city of the mole', 'piedmontese county seat'], fr: ['la ville de la mole']},
    expected: {en: ['Turin'], fr: ['Turin']},
    meaning: 'Turin',
    confidence: 'high',
    guard: {unlessNear: ['kingdom', 'savoy', 'century', 'sardinia']}
  },
  {
    id: 'it-capoluogo-campano',
    sourceLang: 'it',
    source: 'il capoluogo campano / la città partenopea',
    kind: 'city',
    literals: {en: ['campanian chief town', 'chief town of campania', 'parthenopean city', 'partenopean city', 'parthenopean capital', 'partenopea city']},
    expected: {en: ['Naples']},
    meaning: 'Naples',
    confidence: 'high',
    guard: {unlessNear: ['ancient', 'greek', 'greeks', 'republic', '1799', 'archaeologists']}
  },
  {
    id: 'it-capoluogo-ligure',
    sourceLang: 'it',
    source: 'il capoluogo ligure / la Superba',
    kind: 'city',
    literals: {en: ['ligurian chief town', 'ligurian capital', 'chief town of liguria', 'the superba', 'la superba']},
    expected: {en: ['Genoa']},
    meaning: 'Genoa',
    confidence: 'low',
    guard: {onlyNear: ['genoa', 'genova', 'gênes', 'liguria', 'ligurian', 'ligure', 'morandi'], window: 40}
  },
  {
    id: 'it-capoluogo-siciliano',
    sourceLang: 'it',
    source: 'il capoluogo siciliano',
    kind: 'city',
    literals: {en: ['sicilian chief town', 'chief town of sicily', 'sicilian county seat', 'sicilian regional capital']},
    expected: {en: ['Palermo']},
    meaning: 'Palermo',
    confidence: 'high'
  },
  {
    id: 'it-palazzo-chigi',
    sourceLang: 'it',
    source: 'Palazzo Chigi',
    kind: 'organisation',
    literals: {en: ['chigi palace', 'palazzo chigi', 'the chigi building', "palace chigi", "the palace chigi"]},
    expected: {en: ["the prime minister's office", 'the government']},
    meaning: "the Italian prime minister's office (metonym)",
    confidence: 'low'
  },
  {
    id: 'it-quirinale',
    sourceLang: 'it',
    source: 'il Quirinale / il Colle',
    kind: 'organisation',
    literals: {en: ['quirinale', 'quirinal', 'the quirinal palace', 'the hill']},
    expected: {en: ['the presidency', 'the president']},
    meaning: 'the Italian presidency (metonym)',
    confidence: 'low',
    guard: {onlyNear: ['president', 'presidency', 'mattarella', 'italy', 'italian', 'government', 'decree', 'quirinale', 'quirinal', 'président'], unlessNear: ['capitol', 'congress', 'senate', 'washington', 'climbed', 'hiking', 'top', 'farm'], window: 20}
  },
  {
    id: 'it-farnesina',
    sourceLang: 'it',
    source: 'la Farnesina',
    kind: 'organisation',
    literals: {en: ['farnesina', 'the farnesina palace']},
    expected: {en: ['the foreign ministry']},
    meaning: 'the Italian foreign ministry (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['villa', 'raphael', 'frescoes', 'fresco', 'museum']}
  },
  {
    id: 'it-viminale',
    sourceLang: 'it',
    source: 'il Viminale',
    kind: 'organisation',
    literals: {en: ['viminale', 'viminal', 'the viminal palace']},
    expected: {en: ['the interior ministry']},
    meaning: 'the Italian interior ministry (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['hill', 'hills', 'ancient', 'seven']}
  },
  {
    id: 'it-capoluogo-lombardo-capital',
    sourceLang: 'it',
    source: 'il capoluogo lombardo',
    kind: 'city',
    literals: {en: ['lombard capital', 'lombardy capital', 'the lombardian capital']},
    expected: {en: ['Milan']},
    meaning: 'Milan',
    confidence: 'low',
    guard: {unlessNear: ['pavia', 'monza', 'kingdom', 'longobard', 'century', 'medieval']}
  },
  {
    id: 'it-capoluogo-toscano',
    sourceLang: 'it',
    source: 'il capoluogo toscano / la città del Giglio',
    kind: 'city',
    literals: {en: ['tuscan chief town', 'chief town of tuscany', 'tuscany chief town', 'tuscan county seat', 'city of the lily', 'tuscan regional capital']},
    expected: {en: ['Florence']},
    meaning: 'Florence',
    confidence: 'high'
  },
  {
    id: 'it-capoluogo-emiliano',
    sourceLang: 'it',
    source: 'il capoluogo emiliano / la città delle Due Torri / la Dotta',
    kind: 'city',
    literals: {en: ['emilian chief town', 'chief town of emilia', 'emilia chief town', 'emilian capital', 'city of the two towers', 'felsinean city', 'felsina city']},
    expected: {en: ['Bologna']},
    meaning: 'Bologna',
    confidence: 'high',
    guard: {unlessNear: ['tolkien', 'ring', 'rings', 'frodo', 'film', 'book']}
  },
  {
    id: 'it-capoluogo-veneto',
    sourceLang: 'it',
    source: 'il capoluogo veneto / la città lagunare',
    kind: 'city',
    literals: {en: ['venetian chief town', 'veneto chief town', 'chief town of veneto']},
    expected: {en: ['Venice']},
    meaning: 'Venice',
    confidence: 'low',
    guard: {unlessNear: ['lagos', 'jakarta']}
  },
  {
    id: 'it-capoluogo-pugliese',
    sourceLang: 'it',
    source: 'il capoluogo pugliese',
    kind: 'city',
    literals: {en: ['apulian chief town', 'chief town of apulia', 'chief town of puglia', 'puglia chief town', 'apulian capital', 'pugliese capital']},
    expected: {en: ['Bari']},
    meaning: 'Bari',
    confidence: 'high'
  },
  {
    id: 'it-capoluogo-sardo',
    sourceLang: 'it',
    source: 'il capoluogo sardo',
    kind: 'city',
    literals: {en: ['sardinian chief town', 'chief town of sardinia', 'sardinian county seat', 'sardinian regional capital']},
    expected: {en: ['Cagliari']},
    meaning: 'Cagliari',
    confidence: 'high'
  },
  {
    id: 'it-citta-scaligera',
    sourceLang: 'it',
    source: 'la città scaligera',
    kind: 'city',
    literals: {en: ['scaliger city', 'scaligera city', 'scaligeri city', 'city of the scaligers']},
    expected: {en: ['Verona']},
    meaning: 'Verona (ruled by the Scaligeri)',
    confidence: 'high',
    guard: {unlessNear: ['medieval', 'century', 'dynasty', 'della', 'scala']}
  },
  {
    id: 'it-citta-della-lanterna',
    sourceLang: 'it',
    source: 'la città della Lanterna',
    kind: 'city',
    literals: {en: ['city of the lantern', 'lantern city', 'city of the lanterna']},
    expected: {en: ['Genoa']},
    meaning: 'Genoa (its lighthouse, the Lanterna)',
    confidence: 'low',
    guard: {onlyNear: ['genoa', 'genova', 'liguria', 'ligurian', 'port', 'morandi', 'sampdoria'], window: 40}
  },
  {
    id: 'it-paese-a-stelle-e-strisce',
    sourceLang: 'it',
    source: 'il Paese a stelle e strisce',
    kind: 'country',
    literals: {en: ['stars and stripes country', 'country of the stars and stripes', 'star-spangled country', 'stars-and-stripes country', 'stars and stripes nation']},
    expected: {en: ['the United States']},
    meaning: 'the United States',
    confidence: 'high'
  },
  {
    id: 'it-montecitorio',
    sourceLang: 'it',
    source: 'Montecitorio',
    kind: 'organisation',
    literals: {en: ['montecitorio', 'the montecitorio palace', 'palazzo montecitorio']},
    expected: {en: ['the Chamber of Deputies', 'parliament']},
    meaning: 'the Italian Chamber of Deputies (metonym)',
    confidence: 'low'
  },
  {
    id: 'it-palazzo-madama',
    sourceLang: 'it',
    source: 'Palazzo Madama',
    kind: 'organisation',
    literals: {en: ['palazzo madama', 'madama palace', 'the madama palace']},
    expected: {en: ['the Senate']},
    meaning: 'the Italian Senate (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['turin', 'torino', 'museum', 'art', 'gallery']}
  },
  {
    id: 'it-pirellone',
    sourceLang: 'it',
    source: 'il Pirellone',
    kind: 'organisation',
    literals: {en: ['pirellone', 'the big pirelli', 'pirelli skyscraper', 'the pirelli tower']},
    expected: {en: ['the Lombardy regional government']},
    meaning: 'the Lombardy regional council (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['architect', 'architecture', 'ponti', 'skyscraper', 'tyres', 'tires', 'built', 'tallest']}
  },
  {
    id: 'it-piazza-affari',
    sourceLang: 'it',
    source: 'Piazza Affari',
    kind: 'organisation',
    literals: {en: ['business square', 'affairs square', 'square of affairs', 'business plaza', 'piazza affari']},
    expected: {en: ['the Milan stock exchange']},
    meaning: 'the Milan stock exchange',
    confidence: 'low',
    guard: {capitalised: true},
    note: 'Italian press names the Milan stock exchange by its square, *Piazza Affari*.'
  },
  {
    id: 'it-serenissima',
    sourceLang: 'it',
    source: 'la Serenissima',
    kind: 'city',
    literals: {en: ['the most serene', 'the serenissima', 'most serene one']},
    expected: {en: ['Venice']},
    meaning: 'Venice (after the Most Serene Republic of Venice)',
    confidence: 'high',
    guard: {capitalised: true, onlyNear: ['venice', 'venetian', 'venezia', 'lagoon', 'canal', 'canals', 'gondola', 'gondolas', 'rialto', 'murano', 'lido', 'veneto'], unlessFollowedBy: ['republic', 'highness', 'prince', 'princess', 'majesty'], window: 300},
    note: 'Italian press calls Venice *la Serenissima*, after its old republic; English readers need the name.'
  },
  {
    id: 'it-superba',
    sourceLang: 'it',
    source: 'la Superba',
    kind: 'city',
    literals: {en: ['the superb', 'the proud one']},
    expected: {en: ['Genoa']},
    meaning: 'Genoa',
    confidence: 'high',
    guard: {capitalised: true, onlyNear: ['genoa', 'genova', 'liguria', 'ligurian', 'ligure', 'sampdoria'], window: 80}
  },
  {
    id: 'it-dotta',
    sourceLang: 'it',
    source: 'la Dotta',
    kind: 'city',
    literals: {en: ['the learned one', 'the learned', 'the erudite one', 'the erudite']},
    expected: {en: ['Bologna']},
    meaning: 'Bologna (after its ancient university)',
    confidence: 'high',
    guard: {capitalised: true, onlyNear: ['bologna', 'bolognese', 'emilia', 'romagna', 'emilian', 'bologna\'s'], window: 300},
    note: 'Italian press calls Bologna *la Dotta* (the learned one), after its university.'
  },
  {
    id: 'it-lo-stivale',
    sourceLang: 'it',
    source: "lo Stivale",
    kind: 'country',
    literals: {en: ["the boot"]},
    expected: {en: ["Italy"]},
    meaning: "Italy",
    confidence: 'low',
    guard: {capitalised: true, unlessNear: ['car', 'boots', 'shoe', 'shoes', 'luggage', 'trunk', 'vehicle', 'football']},
    note: "Italian press calls Italy *lo Stivale* (the Boot), after its shape."
  },
  {
    id: 'it-belpaese-capitalised',
    sourceLang: 'it',
    source: "il Bel Paese",
    kind: 'country',
    literals: {en: ["the beautiful country", "beautiful country"]},
    expected: {en: ["Italy"]},
    meaning: "Italy",
    confidence: 'high',
    guard: {capitalised: true},
    note: "Capitalised mid-sentence (`the Beautiful Country`), *il Bel Paese* needs no nearby mention of Italy."
  },
  {
    id: 'it-oltretevere',
    sourceLang: 'it',
    source: "Oltretevere",
    kind: 'organisation',
    literals: {en: ["beyond the tiber", "from beyond the tiber", "across the tiber"]},
    expected: {en: ["the Vatican"]},
    meaning: "the Vatican (the Holy See)",
    confidence: 'low',
    guard: {onlyNear: ['vatican', 'holy', 'sacred', 'pope', 'church', 'cardinal', 'cardinals', 'bishop', 'religious', 'apse', 'fresco', 'chapel'], window: 20},
    note: "Italian press calls the Vatican *Oltretevere* (beyond the Tiber)."
  }
]
