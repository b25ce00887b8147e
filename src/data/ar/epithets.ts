import type {CalqueEntry} from '../types.js'

/**
 * Periphrases of the Arabic press for countries and cities (بلاد …, أرض …)
 * that machine translation renders word for word.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'ar-bilad-al-am-sam',
    sourceLang: 'ar',
    source: 'بلاد العم سام',
    kind: 'country',
    literals: {en: ['the country of uncle sam', 'country of uncle sam', 'land of uncle sam', 'the land of uncle sam', 'uncle sam\'s country', 'uncle sam\'s land', 'uncle sam country', 'lands of uncle sam', 'the countries of uncle sam', 'uncle sam\'s homeland']},
    expected: {en: ['the United States', 'the US']},
    meaning: 'the United States',
    confidence: 'high'
  },
  {
    id: 'ar-bilad-al-rafidayn',
    sourceLang: 'ar',
    source: 'بلاد الرافدين',
    kind: 'country',
    literals: {en: ['land of the two rivers', 'the land of the two rivers', 'country of the two rivers', 'land of two rivers', 'country of two rivers', 'land of the rafidain', 'land of al-rafidain', 'bilad al-rafidain', 'land of the rafidayn', 'the two rivers country', 'land between the two rivers'], fr: ['la terre des deux rivières']},
    expected: {en: ['Iraq'], fr: ['l\'Irak']},
    meaning: 'Iraq (Mesopotamia)',
    confidence: 'high',
    guard: {unlessNear: ['ancient', 'sumer', 'sumerian', 'sumerians', 'babylon', 'babylonian', 'assyrian', 'civilization', 'civilisation', 'civilizations', 'archaeologists', 'archaeological', 'bc', 'bce', 'mesopotamian', 'cuneiform', 'millennium', 'akkadian']}
  },
  {
    id: 'ar-ard-al-kinana',
    sourceLang: 'ar',
    source: 'أرض الكنانة',
    kind: 'country',
    literals: {en: ['land of kinana', 'the land of kinana', 'land of al-kinana', 'land of the kinana', 'kinana land', 'ard al-kinana', 'land of the quiver', 'the land of the quiver', 'country of kinana', 'land of kenana', 'the land of kenana', 'land of al-kenana'], fr: ['la terre de kinana', 'terre de la kinana', 'le pays de kinana', 'la terre du carquois']},
    expected: {en: ['Egypt'], fr: ['l\'Égypte']},
    meaning: 'Egypt (كنانة, "quiver")',
    confidence: 'high'
  },
  {
    id: 'ar-umm-al-dunya',
    sourceLang: 'ar',
    source: 'أم الدنيا',
    kind: 'country',
    literals: {en: ['mother of the world', 'the mother of the world', 'mother of the earth', 'mother of the universe', 'umm al-dunya', 'om el donia', 'umm al-donia', 'mother of all the world'], fr: ['la mère du monde', 'mère du monde', 'la mère de l\'univers']},
    expected: {en: ['Egypt'], fr: ['l\'Égypte']},
    meaning: 'Egypt (popular Egyptian nickname)',
    confidence: 'high',
    guard: {unlessNear: ['mary', 'virgin', 'church', 'catholic', 'pope', 'goddess', 'gaia', 'hymn', 'prayer', 'nature', 'earth']}
  },
  {
    id: 'ar-al-mahrousa',
    sourceLang: 'ar',
    source: 'المحروسة',
    kind: 'country',
    literals: {en: ['al-mahrousa', 'al mahrousa', 'el-mahrousa', 'el mahrousa', 'mahrousa', 'the well-guarded one', 'the god-protected'], fr: ['al-mahroussa', 'la bien gardée']},
    expected: {en: ['Egypt', 'Cairo'], fr: ['l\'Égypte', 'Le Caire']},
    meaning: 'Egypt or Cairo ("the well-guarded")',
    confidence: 'high',
    guard: {unlessNear: ['yacht', 'ship', 'vessel', 'royal', 'king', 'farouk', 'navy']}
  },
  {
    id: 'ar-bilad-al-sham',
    sourceLang: 'ar',
    source: 'بلاد الشام',
    kind: 'region',
    literals: {en: ['bilad al-sham', 'bilad al sham', 'land of al-sham', 'the land of al-sham', 'land of sham', 'the land of sham', 'lands of al-sham', 'countries of al-sham', 'al-sham countries', 'the sham countries', 'sham countries', 'levant countries of al-sham', 'greater sham'], fr: ['le pays de cham', 'pays de cham', 'bilad al-cham', 'les pays du cham']},
    expected: {en: ['the Levant'], fr: ['le Levant']},
    meaning: 'the Levant (Syria, Lebanon, Jordan, Palestine)',
    confidence: 'high'
  },
  {
    id: 'ar-al-mamlaka',
    sourceLang: 'ar',
    source: 'المملكة',
    kind: 'country',
    literals: {en: ['the kingdom'], fr: ['le royaume']},
    expected: {en: ['Saudi Arabia'], fr: ['l\'Arabie saoudite']},
    meaning: 'Saudi Arabia (Saudi media say "the Kingdom" for the country)',
    confidence: 'low',
    guard: {onlyNear: ['saudi', 'riyadh', 'jeddah', 'aramco', 'salman', 'mbs', 'neom', 'mecca', 'makkah', 'medina', 'hajj'], window: 40},
    note: 'Correct English once the country is named; flagged in Arabic-source text for a reviewer to check the country was named first.'
  },
  {
    id: 'ar-bilad-al-haramayn',
    sourceLang: 'ar',
    source: 'بلاد الحرمين',
    kind: 'country',
    literals: {en: ['land of the two holy mosques', 'the land of the two holy mosques', 'country of the two holy mosques', 'land of the two sanctuaries', 'country of the two sanctuaries', 'land of the two holy sanctuaries', 'land of the two harams', 'bilad al-haramain', 'land of the haramain', 'country of the two holy shrines', 'land of the two holy shrines'], fr: ['le pays des deux saintes mosquées', 'pays des deux lieux saints', 'la terre des deux saintes mosquées']},
    expected: {en: ['Saudi Arabia'], fr: ['l\'Arabie saoudite']},
    meaning: 'Saudi Arabia',
    confidence: 'high'
  },
  {
    id: 'ar-bilad-al-arz',
    sourceLang: 'ar',
    source: 'بلاد الأرز',
    kind: 'country',
    literals: {en: ['land of the cedars', 'the land of the cedars', 'country of the cedars', 'land of cedars', 'country of cedars', 'land of the cedar', 'the land of cedar', 'land of cedar', 'cedar country', 'the cedar country', 'land of rice', 'the land of rice', 'country of rice'], fr: ['le pays du riz', 'pays du riz']},
    expected: {en: ['Lebanon'], fr: ['le Liban']},
    meaning: 'Lebanon (الأرز "the cedars", which MT also reads as "rice")',
    confidence: 'high',
    guard: {unlessNear: ['harvest', 'paddy', 'paddies', 'farmers', 'crop', 'crops', 'vietnam', 'thailand', 'asia', 'forests', 'forest', 'timber', 'lumber', 'oregon', 'washington', 'tree', 'trees']}
  },
  {
    id: 'ar-bilad-faris',
    sourceLang: 'ar',
    source: 'بلاد فارس',
    kind: 'country',
    literals: {en: ['land of persia', 'the land of persia', 'country of persia', 'the country of persia', 'lands of persia', 'bilad faris'], fr: ['le pays de perse', 'pays de perse', 'la terre de perse']},
    expected: {en: ['Iran'], fr: ['l\'Iran']},
    meaning: 'Iran',
    confidence: 'high',
    guard: {unlessNear: ['ancient', 'empire', 'achaemenid', 'sassanid', 'cyrus', 'darius', 'xerxes', 'century', 'centuries', 'medieval', 'shah', 'poet', 'poetry', 'carpet', 'carpets']}
  },
  {
    id: 'ar-asimat-al-dabab',
    sourceLang: 'ar',
    source: 'عاصمة الضباب',
    kind: 'city',
    literals: {en: ['capital of fog', 'the capital of fog', 'fog capital', 'the fog capital', 'capital of the fog', 'capital of mist', 'the misty capital', 'foggy capital', 'the foggy capital'], fr: ['la capitale du brouillard', 'capitale du brouillard', 'la capitale brumeuse']},
    expected: {en: ['London'], fr: ['Londres']},
    meaning: 'London',
    confidence: 'high',
    guard: {unlessNear: ['san', 'francisco', 'chongqing', 'newfoundland', 'grand', 'banks', 'lima', 'peru']}
  },
  {
    id: 'ar-madinat-al-nur',
    sourceLang: 'ar',
    source: 'عاصمة النور / مدينة النور',
    kind: 'city',
    literals: {en: ['city of light', 'the city of light', 'capital of light', 'the capital of light', 'city of lights', 'the city of lights', 'capital of lights'], fr: ['la ville lumière', 'ville lumière', 'la capitale des lumières']},
    expected: {en: ['Paris'], fr: ['Paris']},
    meaning: 'Paris',
    confidence: 'low',
    guard: {unlessNear: ['medina', 'madinah', 'prophet', 'mosque', 'holy', 'lyon', 'festival', 'christmas', 'diwali', 'vegas', 'jaipur', 'varanasi']}
  },
  {
    id: 'ar-tunis-al-khadra',
    sourceLang: 'ar',
    source: 'تونس الخضراء',
    kind: 'country',
    literals: {en: ['green tunisia', 'the green tunisia', 'tunisia the green', 'green country of tunisia', 'al-khadra', 'the green one tunisia'], fr: ['la tunisie verte', 'tunisie la verte', 'la verte tunisie']},
    expected: {en: ['Tunisia'], fr: ['la Tunisie']},
    meaning: 'Tunisia ("Tunisia the green")',
    confidence: 'high',
    guard: {unlessNear: ['energy', 'hydrogen', 'solar', 'renewable', 'renewables', 'climate', 'transition', 'emissions', 'recycling', 'forest', 'reforestation', 'party', 'initiative', 'campaign']}
  },
  {
    id: 'ar-al-shaqiqa-al-kubra',
    sourceLang: 'ar',
    source: 'الشقيقة الكبرى',
    kind: 'country',
    literals: {en: ['the big sister', 'the elder sister', 'the older sister', 'the big sister country', 'the elder sister state', 'big sister egypt', 'the eldest sister'], fr: ['la grande sœur', 'la sœur aînée']},
    expected: {en: ['Egypt'], fr: ['l\'Égypte']},
    meaning: 'Egypt, as Arab leaders call it ("the big sister")',
    confidence: 'low',
    guard: {onlyNear: ['egypt', 'egyptian', 'egypt\'s', 'cairo', 'sisi', 'arab', 'arabs'], window: 15}
  },
  {
    id: 'ar-al-zaeem',
    sourceLang: 'ar',
    source: "الزعيم",
    kind: 'organisation',
    literals: {en: ["the leader"]},
    expected: {en: ["the club’s name"]},
    meaning: "a leading club (its nickname, *al-Zaeem*)",
    confidence: 'low',
    guard: {capitalised: true, onlyNear: ['minute', 'minutes', 'goal', 'goals', 'match', 'league', 'scored', 'coach', 'penalty', 'striker', 'fans', 'stadium', 'behind', 'equaliser', 'equalizer'], window: 12},
    note: "Arab sports press calls leading clubs *al-Zaeem* (the Leader)."
  },
  {
    id: 'ar-sitt-al-dunya',
    sourceLang: 'ar',
    source: "ست الدنيا",
    kind: 'city',
    literals: {en: ["the lady of the world", "lady of the world", "the mistress of the world"]},
    expected: {en: ["Beirut"]},
    meaning: "Beirut",
    confidence: 'high',
    guard: {capitalised: true},
    note: "Lebanese press calls Beirut *ست الدنيا* (the Lady of the World)."
  },
  {
    id: 'ar-asimat-al-rashid',
    sourceLang: 'ar',
    source: "عاصمة الرشيد",
    kind: 'city',
    literals: {en: ["the capital of al-rashid", "capital of al-rashid", "capital of rashid", "the capital of harun al-rashid", "capital of harun al-rashid", "al-rashid capital", "al-rashid's capital", "the city of al-rashid", "city of al-rashid", "rashid's capital"]},
    expected: {en: ["Baghdad"]},
    meaning: "Baghdad, the capital of the caliph Harun al-Rashid",
    confidence: 'high'
  },
  {
    id: 'ar-umm-al-rabiayn',
    sourceLang: 'ar',
    source: "أم الربيعين",
    kind: 'city',
    literals: {en: ["mother of the two springs", "the mother of the two springs", "mother of two springs", "umm al-rabiain", "umm al-rabi'ain", "umm al-rabiayn", "the mother of the two spring seasons", "mother of the two spring seasons", "mother of springs", "the city of two springs", "city of the two springs"]},
    expected: {en: ["Mosul"]},
    meaning: "Mosul, after its two spring-like seasons",
    confidence: 'high'
  },
  {
    id: 'ar-usud-al-rafidayn',
    sourceLang: 'ar',
    source: "أسود الرافدين",
    kind: 'organisation',
    literals: {en: ["the lions of the two rivers", "lions of the two rivers", "lions of mesopotamia", "the lions of mesopotamia", "lions of al-rafidain", "the lions of al-rafidain"]},
    expected: {en: ["the Iraq national team", "Iraq"]},
    meaning: "the Iraq national football team",
    confidence: 'high'
  },
  {
    id: 'ar-madinat-al-salam',
    sourceLang: 'ar',
    source: "مدينة السلام",
    kind: 'city',
    literals: {en: ["the city of peace", "city of peace"]},
    expected: {en: ["Baghdad"]},
    meaning: "Baghdad, founded as Madinat al-Salam",
    confidence: 'low',
    guard: {unlessNear: ["jerusalem", "religious", "pilgrims", "pilgrimage", "church", "mosque", "prayer"]}
  },
  {
    id: 'ar-balad-al-milyun-shahid',
    sourceLang: 'ar',
    source: 'بلد المليون شهيد',
    kind: 'country',
    literals: {en: ['the land of a million martyrs', 'land of a million martyrs', 'the country of a million martyrs', 'country of a million martyrs', 'the land of the million martyrs', 'the country of the million martyrs', 'the land of one million martyrs', 'the country of million martyrs', 'the land of a million and a half martyrs', 'the country of a million and a half martyrs', 'the country of the million and a half martyrs']},
    expected: {en: ['Algeria']},
    meaning: 'Algeria, after the dead of its war of independence',
    confidence: 'high'
  },
  {
    id: 'ar-al-qarra-al-ajuz',
    sourceLang: 'ar',
    source: 'القارة العجوز',
    kind: 'region',
    literals: {en: ['the elderly continent', 'elderly continent', 'the aged continent', 'the old lady continent']},
    expected: {en: ['Europe']},
    meaning: 'Europe (the old continent)',
    confidence: 'high'
  }
]
