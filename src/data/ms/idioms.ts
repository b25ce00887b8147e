/**
 * Malaysian Malay news idioms that machine translation renders word for
 * word, with the English a reader expects. Written for translation-qa from
 * Malaysian newsroom usage.
 */
import type {CalqueEntry} from '../types.js'

export const idioms: readonly CalqueEntry[] = [
  {
    id: 'ms-kambing-hitam',
    sourceLang: 'ms',
    source: 'kambing hitam',
    kind: 'idiom',
    literals: {en: ['black goat', 'black goats'], fr: ['bouc noir', 'chèvre noire'], zh: ['黑山羊'], ja: ['黒いヤギ']},
    expected: {en: ['scapegoat', 'scapegoats'], fr: ['bouc émissaire'], zh: ['替罪羊'], ja: ['スケープゴート']},
    meaning: 'scapegoat',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'farmers', 'breed', 'breeds', 'livestock', 'herd', 'meat', 'milk', 'slaughter', 'qurban', 'korban', 'aidiladha', 'sheep', 'cattle', 'animal', 'animals', 'market', 'kg']}
  },
  {
    id: 'khabar-angin',
    sourceLang: 'ms',
    source: 'khabar angin',
    kind: 'idiom',
    literals: {en: ['wind news', 'news of the wind', "wind's news", 'windy news', 'news from the wind', 'wind rumours', 'wind rumors'], zh: ['风的消息'], ja: ['風のニュース']},
    expected: {en: ['rumours', 'rumors'], fr: ['des rumeurs'], zh: ['传闻'], ja: ['噂']},
    meaning: 'rumour',
    confidence: 'high',
    guard: {unlessNear: ['weather', 'forecast', 'storm', 'storms', 'typhoon', 'gusts', 'turbines', 'turbine', 'energy', 'farm', 'power', 'sailing']},
    note: '"Khabar angin" (news of the wind) is a rumour.'
  },
  {
    id: 'duit-kopi',
    sourceLang: 'ms',
    source: 'duit kopi',
    kind: 'idiom',
    literals: {en: ['coffee money', "coffee's money", 'money for coffee', 'coffee cash']},
    expected: {en: ['a bribe', 'bribes'], fr: ['un pot-de-vin']},
    meaning: 'a small bribe',
    confidence: 'high',
    guard: {unlessNear: ['cafe', 'café', 'cafes', 'barista', 'beans', 'starbucks', 'spent', 'spend', 'spends', 'spending', 'cup', 'cups', 'latte', 'espresso', 'budget', 'save', 'saving']},
    note: '"Duit kopi" (coffee money) is a petty bribe, typically to an enforcement officer.'
  },
  {
    id: 'ms-makan-gaji-buta',
    sourceLang: 'ms',
    source: 'makan gaji buta',
    kind: 'idiom',
    literals: {en: ['eat blind salary', 'eat blind salaries', 'eating blind salary', 'eating blind salaries', 'ate blind salary', 'eat a blind salary', 'eating a blind salary', 'blind salary', 'blind salaries', 'blind wages']},
    expected: {en: ['draw a salary for doing nothing', 'paid for doing nothing']},
    meaning: 'paid without doing the work',
    confidence: 'high'
  },
  {
    id: 'buah-mulut',
    sourceLang: 'ms',
    source: 'buah mulut',
    kind: 'idiom',
    literals: {en: ['fruit of the mouth', 'fruit of mouth', 'fruits of the mouth', 'mouth fruit', "mouth's fruit", 'fruit of the mouths', 'fruit of people\'s mouths', 'fruit of the lips']},
    expected: {en: ['the talk of the town', 'widely talked about'], fr: ['sur toutes les lèvres']},
    meaning: 'the talk of the town',
    confidence: 'high',
    guard: {unlessNear: ['bible', 'proverbs', 'scripture', 'psalm', 'god', 'lord', 'verse', 'dentist', 'dental']},
    note: '"Buah mulut" (fruit of the mouth) is what everyone is talking about.'
  },
  {
    id: 'mati-katak',
    sourceLang: 'ms',
    source: 'mati katak',
    kind: 'idiom',
    literals: {en: ['frog death', 'died a frog', 'die a frog', 'died like a frog', 'die like a frog', 'dies like a frog', 'dying like a frog', "frog's death", 'death of a frog', 'frog-like death', 'dead frog death']},
    expected: {en: ['died in vain', 'a pointless death']},
    meaning: 'died for nothing, in vain',
    confidence: 'high',
    guard: {unlessNear: ['pond', 'ponds', 'amphibian', 'amphibians', 'species', 'fungus', 'chytrid', 'toads', 'biologists', 'frogs']},
    note: '"Mati katak" (die like a frog) is a pointless death or failure.'
  },
  {
    id: 'kaki-botol',
    sourceLang: 'ms',
    source: 'kaki botol',
    kind: 'idiom',
    literals: {en: ['bottle leg', 'bottle legs', 'bottle foot', 'bottle feet', 'leg of the bottle', 'legs of bottles', 'bottle-legged']},
    expected: {en: ['heavy drinker', 'drunkard']},
    meaning: 'heavy drinker',
    confidence: 'high',
    note: '"Kaki botol" (bottle leg) is a heavy drinker; "kaki" + noun is someone addicted to it.'
  },
  {
    id: 'kaki-judi',
    sourceLang: 'ms',
    source: 'kaki judi',
    kind: 'idiom',
    literals: {en: ['gambling leg', 'gambling legs', 'gambling foot', 'gambling feet', 'gamble leg', 'gamble legs', 'leg of gambling', 'legs of gambling']},
    expected: {en: ['gambler', 'gambling addict']},
    meaning: 'compulsive gambler',
    confidence: 'high',
    note: '"Kaki judi" (gambling leg) is a compulsive gambler.'
  },
  {
    id: 'ms-lintah-darat',
    sourceLang: 'ms',
    source: 'lintah darat',
    kind: 'idiom',
    literals: {en: ['land leech', 'land leeches', 'ground leech', 'ground leeches', 'land bloodsucker', 'land bloodsuckers', 'land-leech', 'land-leeches']},
    expected: {en: ['loan shark', 'loan sharks']},
    meaning: 'loan shark (Ah Long)',
    confidence: 'high',
    guard: {unlessNear: ['rainforest', 'forest', 'forests', 'jungle', 'hikers', 'hiking', 'trekking', 'trek', 'trail', 'species', 'bite', 'bites', 'wildlife', 'haemadipsa', 'socks', 'rain', 'wet', 'biologists']}
  },
  {
    id: 'telur-di-hujung-tanduk',
    sourceLang: 'ms',
    source: 'bagai telur di hujung tanduk',
    kind: 'idiom',
    literals: {en: ['like an egg at the tip of a horn', 'like an egg on the tip of a horn', 'like an egg at the end of a horn', 'like an egg on the end of a horn', 'like an egg at the tip of the horn', 'like an egg on the tip of the horn', 'like eggs at the tip of a horn', 'like an egg on a horn']},
    expected: {en: ['in a precarious position', 'on a knife edge']},
    meaning: 'in a precarious position',
    confidence: 'high'
  },
  {
    id: 'tangkap-basah',
    sourceLang: 'ms',
    source: 'ditangkap basah',
    kind: 'idiom',
    literals: {en: ['caught wet', 'arrested wet', 'captured wet', 'wet caught', 'caught wet-handed', 'wet-caught', 'caught in the wet']},
    expected: {en: ['caught red-handed', 'caught in the act'], fr: ['pris en flagrant délit']},
    meaning: 'caught in the act',
    confidence: 'high',
    guard: {unlessNear: ['rain', 'raining', 'storm', 'umbrella', 'swimming', 'shower', 'showers', 'downpour', 'flood', 'soaked', 'weather', 'paint']},
    note: '"Ditangkap basah" (caught wet) is caught red-handed, often of khalwat raids.'
  },
  {
    id: 'ms-gulung-tikar',
    sourceLang: 'ms',
    source: 'gulung tikar',
    kind: 'idiom',
    literals: {en: ['rolled up mats', 'rolled up the mat', 'rolled up their mats', 'roll up mats', 'roll up the mat', 'rolling up mats', 'rolling up the mat', 'roll up their mats']},
    expected: {en: ['closed down', 'went out of business']},
    meaning: 'go out of business',
    confidence: 'high',
    guard: {unlessNear: ['yoga', 'prayer', 'prayers', 'picnic', 'beach', 'sleeping', 'camping', 'tent', 'gym', 'exercise', 'bed', 'welcome', 'carpet', 'rug']}
  },
  {
    id: 'ms-panjang-tangan',
    sourceLang: 'ms',
    source: 'panjang tangan',
    kind: 'idiom',
    literals: {en: ['long-handed', 'long handed', 'long hands', 'long-handed person', 'long-handed people']},
    expected: {en: ['light-fingered', 'a thief']},
    meaning: 'light-fingered, thieving',
    confidence: 'high',
    guard: {unlessNear: ['shovel', 'shovels', 'spoon', 'spoons', 'brush', 'brushes', 'tool', 'tools', 'axe', 'rake', 'clock', 'clocks', 'watch', 'dial', 'minute', 'hour', 'gloves', 'arms', 'legs', 'fingers', 'tennis', 'backhand']}
  },
  {
    id: 'ambil-angin',
    sourceLang: 'ms',
    source: 'ambil angin',
    kind: 'idiom',
    literals: {en: ['take the wind', 'taking the wind', 'took the wind', 'takes the wind', 'take wind', 'taking wind', 'took wind', 'to take the wind at', 'taking in the wind at']},
    expected: {en: ['get some fresh air', 'relax'], fr: ["prendre l'air"]},
    meaning: 'go out for fresh air, relax',
    confidence: 'high',
    guard: {unlessNear: ['sail', 'sails', 'sailing', 'sailor', 'sailors', 'yacht', 'kite', 'kites', 'turbine', 'turbines', 'out', 'surfers', 'windsurfing', 'energy']},
    note: '"Ambil angin" (take the wind) is to go out for some fresh air.'
  }
]
