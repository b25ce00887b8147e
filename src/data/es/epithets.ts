import type {CalqueEntry} from '../types.js'

/**
 * Nicknames of countries and cities used by the Spanish-language press
 * (EFE, Spanish and Latin American dailies), as machine translation renders them.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'es-santo-reino',
    sourceLang: 'es',
    source: 'el Santo Reino',
    kind: 'region',
    literals: {en: ['the holy kingdom']},
    expected: {en: ['Jaén province']},
    meaning: 'the province of Jaén',
    confidence: 'low',
    guard: {capitalised: true},
    note: 'Jaén is *el Santo Reino* (the Holy Kingdom) in Spanish press.'
  },
  {
    id: 'es-piel-de-toro',
    sourceLang: 'es',
    source: 'la piel de toro',
    kind: 'country',
    literals: {en: ["the bull's skin", 'the skin of the bull', 'the bull skin', "the bull's hide", 'the bullskin']},
    expected: {en: ['Spain']},
    meaning: 'Spain (the Iberian peninsula, shaped like a bull\'s hide)',
    confidence: 'high',
    guard: {unlessNear: ['leather', 'tannery', 'rug', 'bullfight', 'bullfighting', 'matador', 'arena']},
    note: '*La piel de toro* (the bull\'s hide) is Spain in Spanish press.'
  },
  {
    id: 'es-islas-afortunadas',
    sourceLang: 'es',
    source: 'las islas Afortunadas',
    kind: 'region',
    literals: {en: ['the fortunate islands', 'the fortunate isles', 'the lucky islands']},
    expected: {en: ['the Canary Islands']},
    meaning: 'the Canary Islands',
    confidence: 'high',
    note: '*Las Afortunadas* (the Fortunate Isles) are the Canary Islands.'
  },
  {
    id: 'es-isla-majorera',
    sourceLang: 'es',
    source: 'la isla majorera / conejera / colombina / bonita',
    kind: 'region',
    literals: {en: ['the majorero island', 'the majorera island', 'the conejera island', 'the colombina island', 'the pretty island', 'the beautiful island', 'the round island']},
    expected: {en: ['Fuerteventura', 'the island']},
    meaning: 'a Canary island named by its nickname (Fuerteventura, Lanzarote, La Gomera, La Palma, Gran Canaria)',
    confidence: 'low',
    guard: {onlyNear: ['canary', 'canaries', 'canarias', 'fuerteventura', 'lanzarote', 'gomera', 'palma', 'tenerife', 'gran', 'hierro'], window: 1000},
    note: 'Canary press names each island by a nickname (*la isla majorera*, Fuerteventura; *la isla bonita*, La Palma).'
  },
  {
    id: 'es-la-peninsula',
    sourceLang: 'es',
    source: 'la Península',
    kind: 'region',
    literals: {en: ['the peninsula']},
    expected: {en: ['mainland Spain']},
    meaning: 'mainland Spain (seen from the Canary or Balearic Islands)',
    confidence: 'low',
    guard: {capitalised: true, onlyNear: ['canary', 'canaries', 'canarias', 'fuerteventura', 'lanzarote', 'tenerife', 'gomera', 'balearic', 'balearics', 'mallorca', 'majorca', 'menorca', 'ibiza', 'ceuta', 'melilla'], window: 1000},
    note: 'In the islands, *la Península* is mainland Spain.'
  },
  {
    id: 'es-principado',
    sourceLang: 'es',
    source: 'el Principado (Asturias)',
    kind: 'region',
    literals: {en: ['the principality']},
    expected: {en: ['Asturias']},
    meaning: 'Asturias',
    confidence: 'low',
    guard: {onlyNear: ['asturias', 'asturian', 'oviedo', 'gijón', 'gijon', 'avilés', 'aviles', 'cangas', 'langreo', 'mieres', 'llanes'], window: 1000},
    note: 'Asturias is *el Principado* in Spanish press; English readers think of Monaco or Wales.'
  },
  {
    id: 'es-capital-mana',
    sourceLang: 'es',
    source: 'la capital maña',
    kind: 'city',
    literals: {en: ['the maño capital', 'the maña capital', 'the mañica capital', 'the maño city', 'the maña city']},
    expected: {en: ['Zaragoza']},
    meaning: 'Zaragoza',
    confidence: 'high',
    note: '*Maño* is the colloquial name for the people of Aragon; *la capital maña* is Zaragoza.'
  },
  {
    id: 'es-ruta-jacobea',
    sourceLang: 'es',
    source: 'la ruta jacobea / el camino jacobeo',
    kind: 'region',
    literals: {en: ['the jacobean route', 'the jacobean way', 'the jacobean road', 'the jacobean path', 'the jacobean camino', 'the jacobean pilgrimage route']},
    expected: {en: ['the Camino de Santiago', 'the Way of St. James']},
    meaning: 'the Camino de Santiago',
    confidence: 'high',
    note: 'Spanish *jacobeo* (of St. James) is not English *Jacobean* (of King James I).'
  },
  {
    id: 'es-ciudad-del-apostol',
    sourceLang: 'es',
    source: 'la ciudad del Apóstol',
    kind: 'city',
    literals: {en: ['the city of the apostle', "the apostle's city", 'the apostle city']},
    expected: {en: ['Santiago de Compostela']},
    meaning: 'Santiago de Compostela',
    confidence: 'high',
    note: 'Santiago de Compostela, where St. James the Apostle is said to be buried, is *la ciudad del Apóstol*.'
  },
  {
    id: 'es-cuadro-colores',
    sourceLang: 'es',
    source: 'el cuadro blanquiazul / azulgrana / rojiblanco / verdiblanco',
    kind: 'organisation',
    literals: {en: ['the white-blue set', 'the blue-white set', 'the white-blue team', 'the blue-and-white set', 'the red-and-white set', 'the blue-and-white picture', 'the white-and-blue picture', 'the blue and white picture', 'the red-and-white picture', 'the red and white picture', 'the green-and-white picture', 'the blue-and-claret picture', 'the blaugrana picture', 'the white picture', 'the merengue picture', 'the red-and-white box', 'the blue-and-white box']},
    expected: {en: ['the team', 'the club']},
    meaning: 'the team (named by its colours)',
    confidence: 'high',
    note: 'Spanish sports writing calls a team *el cuadro* (the squad) with its colours; `picture` is the wrong sense of *cuadro*.'
  },
  {
    id: 'es-pais-azteca',
    sourceLang: 'es',
    source: 'el país azteca',
    kind: 'country',
    literals: {en: ['aztec country', 'aztec nation', 'aztec republic', 'aztec land', 'aztec state']},
    expected: {en: ['Mexico']},
    meaning: 'Mexico',
    confidence: 'high',
    guard: {unlessNear: ['empire', 'ancient', 'tenochtitlan', 'pre-hispanic', 'moctezuma', 'montezuma', 'ruins', 'conquest', 'cortés', 'cortes', 'archaeologists', 'century']}
  },
  {
    id: 'es-madre-patria',
    sourceLang: 'es',
    source: 'la Madre Patria',
    kind: 'country',
    literals: {en: ['madre patria', 'mother patria', 'mother homeland', 'mother fatherland', 'mother motherland']},
    expected: {en: ['Spain']},
    meaning: 'Spain (in Latin American papers)',
    confidence: 'high'
  },
  {
    id: 'es-madre-patria-english',
    sourceLang: 'es',
    source: 'la Madre Patria',
    kind: 'country',
    literals: {en: ['mother country', 'motherland']},
    expected: {en: ['Spain']},
    meaning: 'Spain (in Latin American papers)',
    confidence: 'low',
    guard: {onlyNear: ['spain', 'spanish', 'madrid', 'spaniards', 'iberoamerican', 'ibero-american', 'colonial', 'king', 'felipe'], window: 30}
  },
  {
    id: 'es-gigante-asiatico',
    sourceLang: 'es',
    source: 'el gigante asiático',
    kind: 'country',
    literals: {en: ['asiatic giant', 'asian giant']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'low',
    guard: {unlessNear: ['india', 'indian', 'japan', 'japanese', 'korea', 'korean', 'samsung', 'hyundai', 'toyota', 'hornet', 'hornets', 'panda']}
  },
  {
    id: 'es-pais-galo',
    sourceLang: 'es',
    source: 'el país galo',
    kind: 'country',
    literals: {en: ['gallic country', 'gaul country', 'gallic nation', 'gaulish country', 'gallic neighbour', 'gallic neighbor']},
    expected: {en: ['France']},
    meaning: 'France',
    confidence: 'high'
  },
  {
    id: 'es-ciudad-condal',
    sourceLang: 'es',
    source: 'la Ciudad Condal',
    kind: 'city',
    literals: {en: ['county city', 'condal city', 'city of the counts', 'countal city', 'comital city', "count's city", 'ciudad condal', 'city of counts', 'count city', 'city of the count', 'counts city', 'earldom city', 'city of the earls', 'condal capital']},
    expected: {en: ['Barcelona']},
    meaning: 'Barcelona',
    confidence: 'high',
    guard: {unlessNear: ['carcassonne', 'toulouse']}
  },
  {
    id: 'es-sultana-del-norte',
    sourceLang: 'es',
    source: 'la Sultana del Norte',
    kind: 'city',
    literals: {en: ['sultana of the north', 'sultaness of the north', 'northern sultana', 'sultana del norte'], fr: ['la sultane du nord']},
    expected: {en: ['Monterrey'], fr: ['Monterrey']},
    meaning: 'Monterrey',
    confidence: 'high'
  },
  {
    id: 'es-viejo-continente',
    sourceLang: 'es',
    source: 'el Viejo Continente',
    kind: 'region',
    literals: {en: ['old continent', 'viejo continente']},
    expected: {en: ['Europe']},
    meaning: 'Europe',
    confidence: 'low',
    guard: {unlessNear: ['africa', 'african', 'gondwana', 'geologists', 'geological', 'tectonic']}
  },
  {
    id: 'es-coloso-del-norte',
    sourceLang: 'es',
    source: 'el coloso del norte',
    kind: 'country',
    literals: {en: ['colossus of the north', 'northern colossus', 'colossus to the north', 'colossus from the north'], fr: ['le colosse du nord']},
    expected: {en: ['the United States'], fr: ['les États-Unis']},
    meaning: 'the United States (in Latin American papers)',
    confidence: 'high',
    guard: {unlessNear: ['statue', 'rhodes', 'ancient']}
  },
  {
    id: 'es-pais-del-sol-naciente',
    sourceLang: 'es',
    source: 'el país del sol naciente',
    kind: 'country',
    literals: {en: ['country of the rising sun', 'land of the rising sun']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'low'
  },
  {
    id: 'es-pais-nipon',
    sourceLang: 'es',
    source: 'el país nipón',
    kind: 'country',
    literals: {en: ['nipponese country', 'nippon country', 'nipponic country', 'nipponese nation', 'nippon nation']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'high'
  },
  {
    id: 'es-pais-helvetico',
    sourceLang: 'es',
    source: 'el país helvético',
    kind: 'country',
    literals: {en: ['helvetic country', 'helvetian country', 'helvetic nation', 'helvetian nation', 'helvetic confederation country']},
    expected: {en: ['Switzerland']},
    meaning: 'Switzerland',
    confidence: 'high'
  },
  {
    id: 'es-pais-cafetero',
    sourceLang: 'es',
    source: 'el país cafetero',
    kind: 'country',
    literals: {en: ['coffee country', 'coffee-growing country', 'coffee nation', 'coffee-producing country'], fr: ['le pays caféier', 'le pays du café']},
    expected: {en: ['Colombia'], fr: ['la Colombie']},
    meaning: 'Colombia',
    confidence: 'high',
    guard: {onlyNear: ['colombia', "colombia's", 'colombian', 'colombians', 'bogotá', 'bogota', 'medellín', 'medellin', 'petro', 'cali', 'colombie'], unlessNear: ['brazil', 'vietnam', 'ethiopia', 'honduras', 'kenya'], window: 40}
  },
  {
    id: 'es-pais-inca',
    sourceLang: 'es',
    source: 'el país inca',
    kind: 'country',
    literals: {en: ['inca country', 'incan country', 'inca nation', 'country of the incas', 'inca republic']},
    expected: {en: ['Peru']},
    meaning: 'Peru',
    confidence: 'high',
    guard: {unlessNear: ['empire', 'ancient', 'machu', 'picchu', 'ruins', 'archaeologists', 'century', 'conquest', 'pizarro']}
  },
  {
    id: 'es-pais-charrua',
    sourceLang: 'es',
    source: 'el país charrúa',
    kind: 'country',
    literals: {en: ['charrua country', 'charrúa country', 'charrua nation', 'charrúa nation'], fr: ['le pays charrúa', 'le pays charrua']},
    expected: {en: ['Uruguay'], fr: ["l'Uruguay"]},
    meaning: 'Uruguay',
    confidence: 'high'
  },
  {
    id: 'es-villa-y-corte',
    sourceLang: 'es',
    source: 'la Villa y Corte',
    kind: 'city',
    literals: {en: ['town and court', 'villa and court', 'town and the court', 'villa y corte'], fr: ['la ville et cour']},
    expected: {en: ['Madrid'], fr: ['Madrid']},
    meaning: 'Madrid',
    confidence: 'high',
    guard: {unlessNear: ['judge', 'judges', 'ruling', 'trial', 'lawsuit', 'tennis']}
  },
  {
    id: 'es-pais-germano',
    sourceLang: 'es',
    source: 'el país germano',
    kind: 'country',
    literals: {en: ['germanic country', 'germanic nation'], fr: ['le pays germanique']},
    expected: {en: ['Germany'], fr: ["l'Allemagne"]},
    meaning: 'Germany',
    confidence: 'high',
    guard: {unlessNear: ['languages', 'language', 'tribes', 'scandinavian', 'norse', 'austria', 'switzerland']}
  },
  {
    id: 'es-gigante-sudamericano',
    sourceLang: 'es',
    source: 'el gigante sudamericano',
    kind: 'country',
    literals: {en: ['south american giant', 'southamerican giant']},
    expected: {en: ['Brazil']},
    meaning: 'Brazil',
    confidence: 'low',
    guard: {unlessNear: ['argentina', 'company', 'firm', 'airline', 'bank', 'oil', 'miner', 'mining', 'petrobras', 'vale']}
  },
  {
    id: 'es-pais-transalpino',
    sourceLang: 'es',
    source: 'el país transalpino',
    kind: 'country',
    literals: {en: ['transalpine country', 'transalpine nation', 'transalpine state', 'transalpine republic', 'transalpine government', 'transalpine neighbour', 'transalpine neighbor']},
    expected: {en: ['Italy']},
    meaning: 'Italy',
    confidence: 'high',
    guard: {unlessNear: ['pipeline', 'railway', 'tunnel', 'gaul', 'roman', 'romans', 'ancient']}
  },
  {
    id: 'es-capital-hispalense',
    sourceLang: 'es',
    source: 'la capital hispalense',
    kind: 'city',
    literals: {en: ['hispalense capital', 'hispalis capital', 'hispalense city', 'hispalian capital', 'hispalic capital', 'hispalense', 'capital of hispalis']},
    expected: {en: ['Seville']},
    meaning: 'Seville',
    confidence: 'high'
  },
  {
    id: 'es-ciudad-del-turia',
    sourceLang: 'es',
    source: 'la ciudad del Turia / el cap i casal',
    kind: 'city',
    literals: {en: ['city of the turia', 'turia city', 'city on the turia', 'capital of the turia', 'turia capital', 'city of turia']},
    expected: {en: ['Valencia']},
    meaning: 'Valencia',
    confidence: 'high'
  },
  {
    id: 'es-ciudad-de-la-alhambra',
    sourceLang: 'es',
    source: 'la ciudad de la Alhambra / la ciudad nazarí',
    kind: 'city',
    literals: {en: ['city of the alhambra', 'alhambra city', 'nasrid city', 'nazari city', 'city of the alhambra palace']},
    expected: {en: ['Granada']},
    meaning: 'Granada',
    confidence: 'high',
    guard: {unlessNear: ['california', 'los', 'angeles', 'century', 'sultan', 'sultans', 'dynasty', 'emirate', 'kingdom', 'medieval', 'moorish']}
  },
  {
    id: 'es-el-penon',
    sourceLang: 'es',
    source: 'el Peñón',
    kind: 'region',
    literals: {en: ['peñón', 'penon', 'peñon']},
    expected: {en: ['Gibraltar']},
    meaning: 'Gibraltar',
    confidence: 'high',
    guard: {unlessNear: ['vélez', 'velez', 'alhucemas', 'ifach', 'calpe', 'mexico', 'acapulco', 'baños']}
  },
  {
    id: 'es-pais-del-tio-sam',
    sourceLang: 'es',
    source: 'el país del Tío Sam',
    kind: 'country',
    literals: {en: ['country of uncle sam', "uncle sam's country", 'land of uncle sam', "uncle sam's land", 'country of the uncle sam', 'country of tío sam', 'country of tio sam', 'land of tío sam', 'land of tio sam']},
    expected: {en: ['the United States']},
    meaning: 'the United States',
    confidence: 'high'
  },
  {
    id: 'es-conjunto-merengue',
    sourceLang: 'es',
    source: 'el conjunto merengue / los merengues / el conjunto blanco',
    kind: 'organisation',
    literals: {en: ['meringues', 'meringue team', 'meringue club', 'meringue side', 'meringue ensemble', 'meringue squad', 'meringue set', 'white ensemble', 'merengue ensemble', 'merengue set']},
    expected: {en: ['Real Madrid']},
    meaning: 'Real Madrid',
    confidence: 'high',
    guard: {unlessNear: ['cake', 'cakes', 'dessert', 'desserts', 'recipe', 'bake', 'baking', 'lemon', 'pie', 'sugar', 'egg', 'eggs', 'dance', 'dancing', 'music', 'dominican', 'bakery', 'pastry', 'oven']}
  },
  {
    id: 'es-conjunto-colchonero',
    sourceLang: 'es',
    source: 'el conjunto colchonero / los colchoneros',
    kind: 'organisation',
    literals: {en: ['mattress team', 'mattress makers', 'mattress club', 'mattress side', 'mattress ensemble', 'mattress set', 'mattress squad', 'mattress eleven', 'mattressmakers', 'colchoneros', 'colchonero team', 'colchonero side', 'mattress-makers']},
    expected: {en: ['Atlético Madrid', 'Atlético']},
    meaning: 'Atlético Madrid',
    confidence: 'high',
    guard: {unlessNear: ['ikea', 'furniture', 'bed', 'beds', 'sleep', 'sleeping', 'factory', 'retailer', 'retailers', 'foam', 'springs', 'bedroom', 'casper', 'manufacturer', 'manufacturers', 'sale', 'sales', 'shop', 'store']}
  },
  {
    id: 'es-conjunto-azulgrana',
    sourceLang: 'es',
    source: 'el conjunto azulgrana / el club culé',
    kind: 'organisation',
    literals: {en: ['azulgrana ensemble', 'azulgrana team', 'azulgrana club', 'azulgrana side', 'azulgrana set', 'blue-garnet team', 'blue and garnet team', 'blue and garnet ensemble', 'blue-garnet ensemble', 'blue-maroon team', 'blue and maroon team', 'culé team', 'cule team', 'culé club', 'cule club', 'culé side', 'culé ensemble', 'culé set', 'culés', 'cules']},
    expected: {en: ['Barcelona', 'FC Barcelona']},
    meaning: 'FC Barcelona',
    confidence: 'high'
  },
  {
    id: 'es-cuadro-xeneize',
    sourceLang: 'es',
    source: 'el cuadro xeneize / el Xeneize',
    kind: 'organisation',
    literals: {en: ['xeneize team', 'xeneize box', 'xeneize picture', 'xeneize frame', 'xeneize squad', 'xeneize club', 'xeneize side', 'xeneize ensemble', 'genoese team', 'genoese box', 'genoese squad', 'genoese club', 'xeneizes']},
    expected: {en: ['Boca Juniors', 'Boca']},
    meaning: 'Boca Juniors',
    confidence: 'high',
    guard: {unlessNear: ['genoa', 'italy', 'italian', 'sampdoria']}
  },
  {
    id: 'es-cuadro-millonario',
    sourceLang: 'es',
    source: 'el Millonario / el cuadro millonario',
    kind: 'organisation',
    literals: {en: ['millionaire team', 'millionaire box', 'millionaire squad', 'millionaire club', 'millionaire side', 'millionaire picture', 'millionaire frame', 'millionaire ensemble', 'millionaires team', 'millionaires club']},
    expected: {en: ['River Plate', 'River']},
    meaning: 'River Plate',
    confidence: 'high',
    guard: {onlyNear: ['river', 'plate', 'boca', 'superclásico', 'superclasico', 'monumental', 'buenos', 'aires', 'argentina', 'argentine', 'libertadores', 'gallardo', 'coach', 'goal', 'goals', 'match', 'football', 'striker'], unlessNear: ['tax', 'taxes', 'wealth', 'billionaire', 'billionaires', 'investors', 'golf', 'yacht'], window: 20}
  },
  {
    id: 'es-pais-de-los-tulipanes',
    sourceLang: 'es',
    source: 'el país de los tulipanes',
    kind: 'country',
    literals: {en: ['country of tulips', 'country of the tulips', 'land of tulips', 'land of the tulips', 'tulip country', 'tulips country']},
    expected: {en: ['the Netherlands']},
    meaning: 'the Netherlands',
    confidence: 'high',
    guard: {unlessNear: ['turkey', 'turkish', 'ottoman', 'skagit', 'michigan', 'holland', 'festival', 'bulbs', 'growers']}
  },
  {
    id: 'es-ciudad-del-paraiso',
    sourceLang: 'es',
    source: 'la Ciudad del Paraíso',
    kind: 'city',
    literals: {en: ['city of paradise', 'paradise city', 'city of the paradise']},
    expected: {en: ['Málaga']},
    meaning: 'Málaga (after Vicente Aleixandre)',
    confidence: 'low',
    guard: {onlyNear: ['málaga', 'malaga', 'andalusia', 'andalucía', 'costa del sol', 'axarquía', 'axarquia', 'spain', 'spanish'], window: 60}
  },
  {
    id: 'es-ciudad-olivica',
    sourceLang: 'es',
    source: 'la ciudad olívica',
    kind: 'city',
    literals: {en: ['olive city', 'olivic city', 'city of the olive', 'olive-tree city']},
    expected: {en: ['Vigo']},
    meaning: 'Vigo',
    confidence: 'high'
  },
  {
    id: 'es-pais-luso',
    sourceLang: 'es',
    source: 'el país luso / el país lusitano',
    kind: 'country',
    literals: {en: ['luso country', 'lusitanian country', 'lusitan country', 'luso nation', 'lusitanian nation', 'the lusitanian neighbour', 'the lusitanian neighbor']},
    expected: {en: ['Portugal']},
    meaning: 'Portugal',
    confidence: 'high'
  },
  {
    id: 'es-pais-heleno',
    sourceLang: 'es',
    source: 'el país heleno',
    kind: 'country',
    literals: {en: ['hellenic country', 'hellenic nation', 'helleno country']},
    expected: {en: ['Greece']},
    meaning: 'Greece',
    confidence: 'high'
  },
  {
    id: 'es-pais-teuton',
    sourceLang: 'es',
    source: 'el país teutón',
    kind: 'country',
    literals: {en: ['teutonic country', 'teuton country', 'teutonic nation']},
    expected: {en: ['Germany']},
    meaning: 'Germany',
    confidence: 'high',
    guard: {unlessNear: ['knights', 'order', 'medieval', 'crusade']}
  },
  {
    id: 'es-capital-malacitana',
    sourceLang: 'es',
    source: 'la capital malacitana',
    kind: 'city',
    literals: {en: ['malacitan capital', 'malacitana capital', 'malaguenan capital', 'malagueña capital']},
    expected: {en: ['Málaga']},
    meaning: 'Málaga',
    confidence: 'high'
  },
  {
    id: 'es-capital-gaditana',
    sourceLang: 'es',
    source: 'la capital gaditana',
    kind: 'city',
    literals: {en: ['gaditan capital', 'gaditana capital', 'gaditano capital', 'gaditan city']},
    expected: {en: ['Cádiz']},
    meaning: 'Cádiz',
    confidence: 'high'
  },
  {
    id: 'es-ciudad-herculina',
    sourceLang: 'es',
    source: 'la ciudad herculina',
    kind: 'city',
    literals: {en: ['herculean city', 'herculine city', 'herculina city', 'city of hercules']},
    expected: {en: ['A Coruña']},
    meaning: 'A Coruña (the Tower of Hercules)',
    confidence: 'high',
    guard: {unlessNear: ['myth', 'mythology', 'ancient', 'labours', 'labors', 'greek']}
  },
  {
    id: 'es-capital-del-pisuerga',
    sourceLang: 'es',
    source: 'la capital del Pisuerga',
    kind: 'city',
    literals: {en: ['capital of the pisuerga', 'pisuerga capital', 'city of the pisuerga']},
    expected: {en: ['Valladolid']},
    meaning: 'Valladolid (on the Pisuerga)',
    confidence: 'high'
  },
  {
    id: 'es-capital-portena',
    sourceLang: 'es',
    source: 'la capital porteña / la ciudad porteña',
    kind: 'city',
    literals: {en: ['porteña capital', 'porteño capital', 'porteña city', 'porteno capital', 'portena capital']},
    expected: {en: ['Buenos Aires']},
    meaning: 'Buenos Aires',
    confidence: 'high'
  },
  {
    id: 'es-capital-tapatia',
    sourceLang: 'es',
    source: 'la capital tapatía / la Perla Tapatía',
    kind: 'city',
    literals: {en: ['tapatía capital', 'tapatia capital', 'tapatío capital', 'tapatian capital', 'tapatía pearl', 'tapatia pearl']},
    expected: {en: ['Guadalajara']},
    meaning: 'Guadalajara (Mexico)',
    confidence: 'high'
  },
  {
    id: 'es-benemerita',
    sourceLang: 'es',
    source: 'la Benemérita',
    kind: 'organisation',
    literals: {en: ['the meritorious', 'the benemérita', 'the benemerita', 'the well-deserving']},
    expected: {en: ['the Civil Guard']},
    meaning: 'the Guardia Civil',
    confidence: 'low',
    guard: {onlyNear: ['guard', 'guards', 'guardia', 'civil', 'agents', 'officers', 'police', 'arrested', 'operation', 'spain', 'spanish'], window: 25}
  },
  {
    id: 'es-moncloa',
    sourceLang: 'es',
    source: 'la Moncloa',
    kind: 'organisation',
    literals: {en: ['the moncloa']},
    expected: {en: ['the prime minister\'s office', 'the government']},
    meaning: 'the Spanish prime minister\'s office (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['district', 'neighbourhood', 'neighborhood', 'metro', 'station', 'campus']}
  },
  {
    id: 'es-zarzuela',
    sourceLang: 'es',
    source: 'la Zarzuela / la Casa Real',
    kind: 'organisation',
    literals: {en: ['the zarzuela', 'the zarzuela palace', 'the royal house']},
    expected: {en: ['the royal household', 'the palace']},
    meaning: 'the Spanish royal household (metonym)',
    confidence: 'low',
    guard: {onlyNear: ['king', 'queen', 'felipe', 'letizia', 'juan', 'carlos', 'monarch', 'monarchy', 'royal', 'spain', 'spanish'], unlessNear: ['opera', 'operetta', 'music', 'theatre', 'theater', 'singer', 'song', 'seafood', 'stew'], window: 25}
  },
  {
    id: 'es-capital-califal',
    sourceLang: 'es',
    source: 'la capital califal',
    kind: 'city',
    literals: {en: ['caliphal capital', 'capital of the caliphate', 'caliphate capital']},
    expected: {en: ['Córdoba']},
    meaning: 'Córdoba',
    confidence: 'high'
  }
]
