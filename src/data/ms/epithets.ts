/**
 * Malaysian Malay press epithets (gelaran) for countries and states, and the
 * word-for-word renderings machine translation makes of them. Written for
 * translation-qa from Malaysian newsroom usage. Malay shares many nicknames
 * with Indonesian but says "negara" (country) where Indonesian says "negeri",
 * and "negeri" for a Malaysian state.
 */
import type {CalqueEntry} from '../types.js'

export const epithets: readonly CalqueEntry[] = [
  {
    id: 'negara-uncle-sam',
    sourceLang: 'ms',
    source: 'negara Uncle Sam / negara Pak Sam',
    kind: 'country',
    literals: {
      en: ["uncle sam's country", 'uncle sam country', 'country of uncle sam', "uncle sam's land", 'land of uncle sam', "uncle sam's nation", 'nation of uncle sam', "pak sam's country", 'pak sam country', 'country of pak sam'],
      zh: ['山姆大叔的国家'],
      ja: ['アンクル・サムの国']
    },
    expected: {en: ['the United States', 'the US'], zh: ['美国'], ja: ['米国']},
    meaning: 'the United States',
    confidence: 'high'
  },
  {
    id: 'negara-tirai-buluh',
    sourceLang: 'ms',
    source: 'negara Tirai Buluh',
    kind: 'country',
    literals: {en: ['bamboo curtain country', 'country of the bamboo curtain', 'land of the bamboo curtain', 'bamboo curtain state', 'bamboo curtain nation'], zh: ['竹幕之国', '竹帘之国'], ja: ['竹のカーテンの国']},
    expected: {en: ['China'], fr: ['la Chine'], zh: ['中国'], ja: ['中国'], ar: ['الصين']},
    meaning: 'China',
    confidence: 'high'
  },
  {
    id: 'negara-matahari-terbit',
    sourceLang: 'ms',
    source: 'Negara Matahari Terbit',
    kind: 'country',
    literals: {en: ['country of the rising sun', 'rising sun country', "rising sun's country", 'state of the rising sun', 'nation of the rising sun']},
    expected: {en: ['Japan'], zh: ['日本'], ja: ['日本'], ar: ['اليابان']},
    meaning: 'Japan',
    confidence: 'high'
  },
  {
    id: 'negara-kanggaru',
    sourceLang: 'ms',
    source: 'Negara Kanggaru',
    kind: 'country',
    literals: {en: ['kangaroo country', "kangaroo's country", 'country of kangaroos', 'country of the kangaroo', 'land of kangaroos', 'kangaroo nation']},
    expected: {en: ['Australia'], fr: ["l'Australie"], zh: ['澳大利亚'], ja: ['オーストラリア'], ar: ['أستراليا']},
    meaning: 'Australia',
    confidence: 'high',
    guard: {unlessNear: ['wildlife', 'bush', 'outback', 'hunting', 'sanctuary', 'mob', 'roos', 'paddock', 'paddocks']}
  },
  {
    id: 'negara-gajah-putih',
    sourceLang: 'ms',
    source: 'Negara Gajah Putih',
    kind: 'country',
    literals: {en: ['white elephant country', "white elephant's country", 'country of the white elephant', 'country of white elephants', 'land of the white elephant', 'white elephant nation']},
    expected: {en: ['Thailand'], fr: ['la Thaïlande'], zh: ['泰国'], ja: ['タイ'], ar: ['تايلاند']},
    meaning: 'Thailand',
    confidence: 'high',
    guard: {unlessNear: ['project', 'projects', 'stadium', 'airport', 'costly', 'expensive', 'unused', 'gift', 'sale', 'club']}
  },
  {
    id: 'negara-ginseng',
    sourceLang: 'ms',
    source: 'Negara Ginseng',
    kind: 'country',
    literals: {en: ['ginseng country', "ginseng's country", 'country of ginseng', 'land of ginseng', 'ginseng nation', 'ginseng state']},
    expected: {en: ['South Korea'], fr: ['la Corée du Sud'], zh: ['韩国'], ja: ['韓国'], ar: ['كوريا الجنوبية']},
    meaning: 'South Korea',
    confidence: 'high',
    guard: {unlessNear: ['wisconsin', 'marathon', 'growers', 'farmers', 'farm', 'farms', 'harvest', 'roots', 'root', 'wild']}
  },
  {
    id: 'negara-beruang-merah',
    sourceLang: 'ms',
    source: 'Negara Beruang Merah',
    kind: 'country',
    literals: {en: ['red bear country', "red bear's country", 'country of the red bear', 'land of the red bear', 'red bear nation', 'red bear state']},
    expected: {en: ['Russia'], fr: ['la Russie'], zh: ['俄罗斯'], ja: ['ロシア'], ar: ['روسيا']},
    meaning: 'Russia',
    confidence: 'high'
  },
  {
    id: 'negara-kincir-angin',
    sourceLang: 'ms',
    source: 'Negara Kincir Angin',
    kind: 'country',
    literals: {en: ['windmill country', "windmill's country", 'country of windmills', 'land of windmills', 'windmill nation', 'windmills country']},
    expected: {en: ['the Netherlands'], fr: ['les Pays-Bas'], zh: ['荷兰'], ja: ['オランダ'], ar: ['هولندا']},
    meaning: 'the Netherlands',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farms', 'mill', 'miller', 'grain', 'turbines', 'texas', 'kansas', 'ranch', 'ranches']}
  },
  {
    id: 'negara-samba',
    sourceLang: 'ms',
    source: 'Negara Samba',
    kind: 'country',
    literals: {en: ['samba country', "samba's country", 'country of samba', 'land of samba', 'samba nation']},
    expected: {en: ['Brazil'], fr: ['le Brésil'], zh: ['巴西'], ja: ['ブラジル'], ar: ['البرازيل']},
    meaning: 'Brazil',
    confidence: 'high',
    guard: {unlessNear: ['dance', 'dancers', 'dancing', 'school', 'schools', 'music', 'carnival', 'drums']}
  },
  {
    id: 'skuad-matador',
    sourceLang: 'ms',
    source: 'skuad Matador / negara Matador',
    kind: 'country',
    literals: {en: ['matador squad', 'matador team', 'matador country', "matador's country", 'country of matadors', 'land of the matadors']},
    expected: {en: ['Spain'], fr: ["l'Espagne"], zh: ['西班牙'], ja: ['スペイン'], ar: ['إسبانيا']},
    meaning: 'Spain (and its national football team)',
    confidence: 'high',
    guard: {unlessNear: ['bullfight', 'bullfighting', 'bullring', 'bull', 'bulls']}
  },
  {
    id: 'bumi-kenyalang',
    sourceLang: 'ms',
    source: 'Bumi Kenyalang',
    kind: 'region',
    literals: {en: ['kenyalang earth', 'earth of kenyalang', 'kenyalang land', 'land of kenyalang', 'hornbill earth', 'earth of the hornbill', 'earth of hornbills', 'earth of the hornbills', 'hornbill land']},
    expected: {en: ['Sarawak'], fr: ['Sarawak'], zh: ['砂拉越'], ja: ['サラワク'], ar: ['ساراواك']},
    meaning: 'Sarawak',
    confidence: 'high',
    note: '"Bumi Kenyalang" (the land of the hornbill) is Sarawak.'
  },
  {
    id: 'bumi-kenyalang-land',
    sourceLang: 'ms',
    source: 'Bumi Kenyalang',
    kind: 'region',
    literals: {en: ['land of the hornbills', 'land of the hornbill', 'land of hornbills']},
    expected: {en: ['Sarawak']},
    meaning: 'Sarawak',
    confidence: 'low',
    note: '"The Land of the Hornbills" is also Sarawak\'s English tourism nickname.'
  },
  {
    id: 'negeri-di-bawah-bayu',
    sourceLang: 'ms',
    source: 'Negeri di Bawah Bayu',
    kind: 'region',
    literals: {en: ['state below the wind', 'state under the wind', 'country below the wind', 'country under the wind', 'land under the wind', 'state beneath the wind', 'country beneath the wind']},
    expected: {en: ['Sabah'], fr: ['Sabah'], zh: ['沙巴'], ja: ['サバ'], ar: ['صباح']},
    meaning: 'Sabah',
    confidence: 'high',
    note: '"Negeri di Bawah Bayu" (the land below the wind, south of the typhoon belt) is Sabah.'
  },
  {
    id: 'negeri-di-bawah-bayu-land',
    sourceLang: 'ms',
    source: 'Negeri di Bawah Bayu',
    kind: 'region',
    literals: {en: ['land below the wind']},
    expected: {en: ['Sabah']},
    meaning: 'Sabah',
    confidence: 'low',
    note: '"The Land Below the Wind" is also Sabah\'s English nickname.'
  },
  {
    id: 'serambi-mekah',
    sourceLang: 'ms',
    source: 'Serambi Mekah',
    kind: 'region',
    literals: {en: ['veranda of mecca', 'verandah of mecca', 'porch of mecca', 'terrace of mecca', "mecca's veranda", "mecca's porch", 'mecca veranda', 'foyer of mecca', 'serambi mekah']},
    expected: {en: ['Kelantan'], fr: ['Kelantan'], zh: ['吉兰丹'], ja: ['クランタン'], ar: ['كلنتن']},
    meaning: 'Kelantan',
    confidence: 'high',
    note: 'In Malaysian usage "Serambi Mekah" (the veranda of Mecca) is Kelantan (in Indonesia it is Aceh).'
  },
  {
    id: 'negeri-cik-siti-wan-kembang',
    sourceLang: 'ms',
    source: 'Negeri Cik Siti Wan Kembang',
    kind: 'region',
    literals: {en: ['state of cik siti wan kembang', 'cik siti wan kembang state', "cik siti wan kembang's state", 'country of cik siti wan kembang', 'land of cik siti wan kembang', "cik siti wan kembang's country"]},
    expected: {en: ['Kelantan'], fr: ['Kelantan'], zh: ['吉兰丹'], ja: ['クランタン'], ar: ['كلنتن']},
    meaning: 'Kelantan',
    confidence: 'high',
    note: 'Kelantan is named after its legendary queen Cik Siti Wan Kembang.'
  },
  {
    id: 'negeri-jelapang-padi',
    sourceLang: 'ms',
    source: 'Negeri Jelapang Padi',
    kind: 'region',
    literals: {en: ['rice granary state', 'state of the rice granary', 'paddy granary state', 'state of the paddy granary', 'rice barn state', 'granary state', 'paddy barn state', 'state of rice granary', 'jelapang padi state']},
    expected: {en: ['Kedah'], fr: ['Kedah'], zh: ['吉打'], ja: ['クダ'], ar: ['قدح']},
    meaning: 'Kedah',
    confidence: 'high',
    note: '"Negeri Jelapang Padi" (the rice granary state) is Kedah.'
  },
  {
    id: 'pulau-mutiara',
    sourceLang: 'ms',
    source: 'Pulau Mutiara',
    kind: 'region',
    literals: {en: ['pearl island', 'island of pearls', 'island of pearl', 'pearl of an island', 'mutiara island', 'island of mutiara']},
    expected: {en: ['Penang'], fr: ['Penang'], zh: ['槟城'], ja: ['ペナン'], ar: ['بينانغ']},
    meaning: 'Penang',
    confidence: 'high',
    guard: {unlessNear: ['oyster', 'oysters', 'diving', 'divers', 'panama', 'hainan', 'qatar', 'doha', 'resort', 'harbour', 'harbor', 'hawaii']},
    note: '"Pulau Mutiara" (the pearl island, from "Pearl of the Orient") is Penang.'
  }
]
