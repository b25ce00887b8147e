import type {CalqueEntry} from '../types.js'

/**
 * Nicknames of countries, cities and regions used by the German-language
 * press (dpa, APA, SDA, regional dailies), as machine translation renders them.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'de-alpenrepublik',
    sourceLang: 'de',
    source: 'die Alpenrepublik',
    kind: 'country',
    literals: {
      en: ['alpine republic', 'alps republic', 'republic of the alps', 'alpine republic of'],
      fr: ['la république alpine', 'la république des alpes']
    },
    expected: {en: ['Austria'], fr: ["l'Autriche"]},
    meaning: 'Austria',
    confidence: 'high',
    note: 'German-language (especially Austrian) press calls Austria *die Alpenrepublik* to avoid repeating the name.'
  },
  {
    id: 'de-reich-der-mitte',
    sourceLang: 'de',
    source: 'das Reich der Mitte',
    kind: 'country',
    literals: {en: ['empire of the middle', 'realm of the middle', 'kingdom of the middle', 'reich of the middle', 'empire of the centre', 'empire of the center', 'realm of the center', 'realm of the centre']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'high'
  },
  {
    id: 'de-reich-der-mitte-middle-kingdom',
    sourceLang: 'de',
    source: 'das Reich der Mitte',
    kind: 'country',
    literals: {en: ['middle kingdom', 'middle empire', 'middle realm']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'low',
    guard: {unlessNear: ['egypt', 'egyptian', 'pharaoh', 'pharaohs', 'dynasty', 'pyramids']}
  },
  {
    id: 'de-grande-nation',
    sourceLang: 'de',
    source: 'die Grande Nation',
    kind: 'country',
    literals: {en: ['grande nation', 'grand nation']},
    expected: {en: ['France']},
    meaning: 'France',
    confidence: 'high',
    guard: {unlessNear: ['army', 'armée']}
  },
  {
    id: 'de-eidgenossenschaft',
    sourceLang: 'de',
    source: 'die Eidgenossenschaft',
    kind: 'country',
    literals: {en: ['oath confederation', 'oath confederacy', 'confederation of oaths', 'oath fellowship', 'oath comradeship', 'eidgenossenschaft'], fr: ['la confédération des serments']},
    expected: {en: ['Switzerland'], fr: ['la Suisse']},
    meaning: 'Switzerland (the Swiss Confederation)',
    confidence: 'high',
    note: 'Swiss and German papers call Switzerland *die Eidgenossenschaft* and the Swiss *die Eidgenossen*.'
  },
  {
    id: 'de-elbflorenz',
    sourceLang: 'de',
    source: 'Elbflorenz',
    kind: 'city',
    literals: {en: ['elbe florence', 'elb florence', 'elbflorenz', 'elbe-florence']},
    expected: {en: ['Dresden']},
    meaning: 'Dresden',
    confidence: 'high'
  },
  {
    id: 'de-elbflorenz-english',
    sourceLang: 'de',
    source: 'Elbflorenz',
    kind: 'city',
    literals: {en: ['florence on the elbe', 'florence of the elbe']},
    expected: {en: ['Dresden']},
    meaning: 'Dresden',
    confidence: 'low'
  },
  {
    id: 'de-hansestadt-hamburg',
    sourceLang: 'de',
    source: 'die Hansestadt',
    kind: 'city',
    literals: {en: ['hanseatic city', 'hanse city', 'hansa city', 'hanseatic town']},
    expected: {en: ['Hamburg']},
    meaning: 'Hamburg (the Hanseatic city)',
    confidence: 'low',
    guard: {onlyNear: ['hamburg', "hamburg's", 'hambourg', 'elbe', 'alster'], unlessNear: ['bremen', 'lübeck', 'rostock', 'free', 'libre'], window: 60}
  },
  {
    id: 'de-hansestadt-bremen',
    sourceLang: 'de',
    source: 'die Hansestadt',
    kind: 'city',
    literals: {en: ['hanseatic city', 'hanse city', 'hansa city', 'hanseatic town']},
    expected: {en: ['Bremen']},
    meaning: 'Bremen (the Hanseatic city)',
    confidence: 'low',
    guard: {onlyNear: ['bremen', "bremen's", 'brême', 'weser'], unlessNear: ['hamburg', 'lübeck', 'rostock', 'free', 'libre'], window: 60}
  },
  {
    id: 'de-mainmetropole',
    sourceLang: 'de',
    source: 'die Mainmetropole',
    kind: 'city',
    literals: {en: ['metropolis on the main', 'metropolis on the river main', 'main metropolis', 'main metropole', 'main-metropolis', 'metropolis of the main'], fr: ['la métropole du main', 'la métropole sur le main']},
    expected: {en: ['Frankfurt'], fr: ['Francfort']},
    meaning: 'Frankfurt am Main',
    confidence: 'high',
    guard: {onlyNear: ['frankfurt', "frankfurt's", 'francfort', 'hesse', 'hessian', 'ecb', 'bundesbank', 'bank', 'banks', 'banking', 'airport', 'fair', 'exchange', 'main', 'eintracht', 'financial'], window: 40}
  },
  {
    id: 'de-bankenmetropole',
    sourceLang: 'de',
    source: 'die Bankenmetropole / Bankenstadt',
    kind: 'city',
    literals: {en: ['banking metropolis', 'bank metropolis', 'banks metropolis', 'metropolis of banks', 'banking metropole', 'bank city', 'city of banks']},
    expected: {en: ['Frankfurt']},
    meaning: 'Frankfurt am Main',
    confidence: 'high',
    guard: {unlessNear: ['london', 'zurich', 'new', 'york', 'singapore', 'hong', 'kong', 'luxembourg']}
  },
  {
    id: 'de-domstadt',
    sourceLang: 'de',
    source: 'die Domstadt',
    kind: 'city',
    literals: {en: ['cathedral city', 'dom city', 'city of the cathedral', 'domstadt'], fr: ['la ville de la cathédrale', 'la ville du dôme']},
    expected: {en: ['Cologne'], fr: ['Cologne']},
    meaning: 'Cologne',
    confidence: 'low',
    guard: {onlyNear: ['cologne', "cologne's", 'köln', 'rhine', 'rhin', 'fc', 'carnival', 'carnaval'], window: 60}
  },
  {
    id: 'de-isarmetropole',
    sourceLang: 'de',
    source: 'die Isarmetropole',
    kind: 'city',
    literals: {en: ['isar metropolis', 'metropolis on the isar', 'isar metropole', 'metropolis of the isar', 'isar-metropolis'], fr: ["la métropole de l'isar", "la métropole sur l'isar"]},
    expected: {en: ['Munich'], fr: ['Munich']},
    meaning: 'Munich',
    confidence: 'high'
  },
  {
    id: 'de-spreemetropole',
    sourceLang: 'de',
    source: 'die Spreemetropole / die Spree-Metropole',
    kind: 'city',
    literals: {en: ['spree metropolis', 'metropolis on the spree', 'spree metropole', 'metropolis of the spree', 'spree-metropolis'], fr: ['la métropole de la spree', 'la métropole sur la spree']},
    expected: {en: ['Berlin'], fr: ['Berlin']},
    meaning: 'Berlin',
    confidence: 'high'
  },
  {
    id: 'de-donaumetropole',
    sourceLang: 'de',
    source: 'die Donaumetropole',
    kind: 'city',
    literals: {en: ['danube metropolis', 'metropolis on the danube', 'danube metropole', 'metropolis of the danube'], fr: ['la métropole du danube', 'la métropole sur le danube']},
    expected: {en: ['Vienna'], fr: ['Vienne']},
    meaning: 'Vienna (in Austrian papers; Budapest is also called so)',
    confidence: 'high',
    guard: {unlessNear: ['budapest', 'hungary', 'hungarian', 'orbán', 'orban']}
  },
  {
    id: 'de-mozartstadt',
    sourceLang: 'de',
    source: 'die Mozartstadt',
    kind: 'city',
    literals: {en: ['mozart city', 'mozart town', 'mozartstadt']},
    expected: {en: ['Salzburg']},
    meaning: 'Salzburg',
    confidence: 'high'
  },
  {
    id: 'de-fuggerstadt',
    sourceLang: 'de',
    source: 'die Fuggerstadt',
    kind: 'city',
    literals: {en: ['fugger city', 'fugger town', 'city of the fuggers'], fr: ['la ville des fugger']},
    expected: {en: ['Augsburg'], fr: ['Augsbourg']},
    meaning: 'Augsburg',
    confidence: 'high'
  },
  {
    id: 'de-ruhrpott',
    sourceLang: 'de',
    source: 'der Ruhrpott',
    kind: 'region',
    literals: {en: ['ruhr pot', 'ruhrpott', 'ruhr pott'], fr: ['le pot de la ruhr']},
    expected: {en: ['the Ruhr'], fr: ['la Ruhr']},
    meaning: 'the Ruhr area',
    confidence: 'high'
  },
  {
    id: 'de-land-der-aufgehenden-sonne',
    sourceLang: 'de',
    source: 'das Land der aufgehenden Sonne',
    kind: 'country',
    literals: {en: ['land of the rising sun', 'country of the rising sun']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'low'
  },
  {
    id: 'de-land-der-dichter-und-denker',
    sourceLang: 'de',
    source: 'das Land der Dichter und Denker',
    kind: 'country',
    literals: {en: ['land of poets and thinkers', 'country of poets and thinkers', 'land of poets and philosophers']},
    expected: {en: ['Germany']},
    meaning: 'Germany',
    confidence: 'low'
  }
]
