import type {CalqueEntry} from '../types.js'

/**
 * Nicknames of countries and cities used by the Spanish-language press
 * (EFE, Spanish and Latin American dailies), as machine translation renders them.
 */
export const epithets: readonly CalqueEntry[] = [
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
    literals: {en: ['county city', 'condal city', 'city of the counts', 'countal city', 'comital city', "count's city", 'ciudad condal', 'city of counts']},
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
  }
]
