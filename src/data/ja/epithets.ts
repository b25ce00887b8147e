import type {CalqueEntry} from '../types.js'

/**
 * Metonyms and nicknames of the Japanese press (place names standing for
 * institutions, city nicknames) that machine translation keeps as they are.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'ja-nagatacho',
    sourceLang: 'ja',
    source: '永田町',
    kind: 'organisation',
    literals: {en: ['nagatacho', 'nagata-cho', 'nagata town', 'nagata-chō', 'nagatachō'], fr: ['nagatacho', 'nagata-cho']},
    expected: {en: ['national politics', 'the political establishment'], fr: ['le monde politique', 'la classe politique']},
    meaning: 'Japanese national politics (the Tokyo district of the Diet, party headquarters and the prime minister\'s office)',
    confidence: 'low',
    guard: {unlessNear: ['station', 'subway', 'metro', 'line', 'district', 'neighborhood', 'neighbourhood', 'address', 'chome']},
    note: 'Used in English coverage of Japan too, but opaque to general readers.'
  },
  {
    id: 'ja-kasumigaseki',
    sourceLang: 'ja',
    source: '霞が関',
    kind: 'organisation',
    literals: {en: ['kasumigaseki', 'kasumigaseki bureaucrats', 'kasumi-ga-seki', 'kasumigasekí', "the misty barrier", "misty barrier", "the barrier of mist", "the mist barrier"], fr: ['kasumigaseki']},
    expected: {en: ['the bureaucracy', 'the central government ministries'], fr: ['la haute administration', 'les ministères']},
    meaning: 'the central-government bureaucracy (the Tokyo district of the ministries)',
    confidence: 'low',
    guard: {unlessNear: ['station', 'subway', 'metro', 'line', 'building', 'tower', 'chome']}
  },
  {
    id: 'ja-kabutocho',
    sourceLang: 'ja',
    source: '兜町',
    kind: 'organisation',
    literals: {en: ['kabutocho', 'kabuto-cho', 'kabuto town', "helmet town", "the helmet town"], fr: ['kabutocho', 'kabuto-cho']},
    expected: {en: ['the Tokyo stock market', 'Tokyo\'s financial district'], fr: ['la Bourse de Tokyo']},
    meaning: 'the Tokyo Stock Exchange and the brokerages around it',
    confidence: 'low',
    guard: {unlessNear: ['station', 'subway', 'chome', 'address']}
  },
  {
    id: 'ja-tenka-no-daidokoro',
    sourceLang: 'ja',
    source: '天下の台所',
    kind: 'city',
    literals: {en: ['kitchen of the nation', 'nation\'s kitchen', 'kitchen of the country', 'kitchen under heaven', 'kitchen of the realm', 'kitchen of the world under heaven', 'kitchen of japan', 'japan\'s kitchen', "the kitchen of the world", "kitchen of the world"], fr: ['la cuisine de la nation', 'cuisine de la nation', 'la cuisine du pays', 'la cuisine du japon']},
    expected: {en: ['Osaka', 'the city'], fr: ['Osaka']},
    meaning: 'Osaka, the Edo-period hub of the rice and food trade',
    confidence: 'low',
    guard: {unlessNear: ['chef', 'chefs', 'recipe', 'restaurant', 'cookbook', 'hokkaido', 'kyushu']}
  },
  {
    id: 'ja-mori-no-miyako',
    sourceLang: 'ja',
    source: '杜の都',
    kind: 'city',
    literals: {en: ['capital of trees', 'city of trees', 'forest capital', 'capital of the forest', 'capital of forests', 'city of forests', 'grove capital', 'capital of groves'], fr: ['la capitale des arbres', 'capitale des arbres', 'la capitale de la forêt', 'la ville des arbres', 'ville des arbres']},
    expected: {en: ['Sendai', 'the city'], fr: ['Sendai']},
    meaning: 'Sendai, for its tree-lined avenues',
    confidence: 'low',
    guard: {unlessNear: ['boise', 'idaho', 'sacramento']}
  },
  {
    id: 'ja-hi-izuru-kuni',
    sourceLang: 'ja',
    source: '日出ずる国',
    kind: 'country',
    literals: {en: ['country where the sun rises', 'land where the sun rises', 'the country of the rising sun', 'country of sunrise', 'land of sunrise'], fr: ['le pays où le soleil se lève', 'pays du soleil levant']},
    expected: {en: ['Japan'], fr: ['le Japon']},
    meaning: 'Japan',
    confidence: 'low'
  },
  {
    id: 'ja-kantei',
    sourceLang: 'ja',
    source: '官邸',
    kind: 'organisation',
    literals: {en: ['the official residence', 'official residence side', 'kantei', 'the prime minister\'s official residence side'], fr: ['la résidence officielle', 'kantei']},
    expected: {en: ['the prime minister\'s office', 'the government'], fr: ['les services du Premier ministre']},
    meaning: 'the prime minister\'s office (官邸 stands for the premier and his staff)',
    confidence: 'low',
    guard: {onlyNear: ['prime', 'minister', 'premier', 'cabinet', 'government', 'secretary', 'ishiba', 'kishida', 'takaichi', 'suga', 'abe', 'ldp', 'policy'], window: 8}
  },
  {
    id: 'ja-hi-no-kuni',
    sourceLang: 'ja',
    source: "火の国",
    kind: 'city',
    literals: {en: ["the land of fire", "land of fire"]},
    expected: {en: ["Kumamoto"]},
    meaning: "Kumamoto (prefecture)",
    confidence: 'high',
    guard: {capitalised: true},
    note: "Japanese press calls Kumamoto *火の国* (the Land of Fire)."
  },
  {
    id: 'ja-kita-no-daichi',
    sourceLang: 'ja',
    source: "北の大地",
    kind: 'region',
    literals: {en: ["the great land of the north", "the northern land", "the great northern land", "the land of the north", "the northern great land", "northern great land", "great land of the north", "the northern great earth", "northern great earth", "the great northern earth", "the great earth of the north"]},
    expected: {en: ["Hokkaido"]},
    meaning: "Hokkaido",
    confidence: 'high',
    guard: {capitalised: true},
    note: "Japanese press calls Hokkaido *北の大地* (the great land of the north)."
  },
  {
    id: 'ja-michinoku',
    sourceLang: 'ja',
    source: "みちのく",
    kind: 'region',
    literals: {en: ["michinoku", "the deep road", "the land at the end of the road"]},
    expected: {en: ["the Tohoku region"]},
    meaning: "the Tohoku region",
    confidence: 'high',
    guard: {capitalised: 'first'},
    note: "Japanese press calls the Tohoku region *みちのく* (Michinoku)."
  },
  {
    id: 'ja-jidosha-oukoku',
    sourceLang: 'ja',
    source: "自動車王国",
    kind: 'region',
    literals: {en: ["automobile kingdom", "the automobile kingdom", "car kingdom", "the car kingdom", "kingdom of automobiles", "the kingdom of automobiles", "automotive kingdom", "the automotive kingdom"]},
    expected: {en: ["Aichi Prefecture", "Aichi"]},
    meaning: "Aichi Prefecture, home of Japan’s car industry",
    confidence: 'high'
  },
  {
    id: 'ja-sakkaa-oukoku',
    sourceLang: 'ja',
    source: "サッカー王国",
    kind: 'country',
    literals: {en: ["the football kingdom", "football kingdom", "the soccer kingdom", "soccer kingdom", "the kingdom of football", "the kingdom of soccer"]},
    expected: {en: ["Brazil"]},
    meaning: "Brazil, in Japanese sports pages",
    confidence: 'low',
    guard: {capitalised: true}
  },
  {
    id: 'ja-sennen-no-miyako',
    sourceLang: 'ja',
    source: "千年の都",
    kind: 'city',
    literals: {en: ["the thousand-year capital", "thousand-year capital", "the capital of a thousand years", "the millennial capital"]},
    expected: {en: ["Kyoto"]},
    meaning: "Kyoto, in Japanese press",
    confidence: 'low'
  },
  {
    id: 'ja-beikoku',
    sourceLang: 'ja',
    source: "米国",
    kind: 'country',
    literals: {en: ["the rice country", "rice country"]},
    expected: {en: ["the United States"]},
    meaning: "the United States (米国, the rice country, read character by character)",
    confidence: 'low',
    guard: {capitalised: true}
  },
  {
    id: 'ja-mizu-no-miyako',
    sourceLang: 'ja',
    source: '水の都',
    kind: 'city',
    literals: {en: ['the water capital', 'the capital of water', 'the water city']},
    expected: {en: ['Osaka']},
    meaning: 'Osaka, the city of canals',
    confidence: 'high',
    guard: {capitalised: true}
  },
  {
    id: 'ja-hana-no-miyako',
    sourceLang: 'ja',
    source: "花の都",
    kind: 'city',
    literals: {en: ["flower capital", "the flower capital", "capital of flowers", "city of flowers"]},
    expected: {en: ["Paris"]},
    meaning: "Paris (*花の都*, the flower capital)",
    confidence: 'low',
    guard: {capitalised: true}
  },
  {
    id: 'ja-futsukoku',
    sourceLang: 'ja',
    source: "仏国",
    kind: 'country',
    literals: {en: ["the buddha country", "buddha country", "the buddha nation", "the country of buddha"]},
    expected: {en: ["France"]},
    meaning: "France (仏 abbreviates France in Japanese, and is also the character for Buddha)",
    confidence: 'high'
  }
]
