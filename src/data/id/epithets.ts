/**
 * Indonesian press epithets (julukan) for countries, cities and regions, and
 * the word-for-word renderings machine translation makes of them
 * ("Negeri Paman Sam" → "Uncle Sam's country"). Written for translation-qa
 * from Indonesian newsroom usage; entries whose literal is also an
 * established nickname in the target language are `'low'`.
 */
import type {CalqueEntry} from '../types.js'

export const epithets: readonly CalqueEntry[] = [
  // ── Countries ─────────────────────────────────────────────────────────
  {
    id: 'negeri-paman-sam',
    sourceLang: 'id',
    source: 'Negeri Paman Sam',
    kind: 'country',
    literals: {
      en: [
        "uncle sam's country",
        'uncle sam country',
        'country of uncle sam',
        "uncle sam's land",
        'land of uncle sam',
        'uncle sam land',
        "uncle sam's state",
        'state of uncle sam',
        "uncle sam's nation",
        'nation of uncle sam',
        'uncle sam nation'
      ],
      zh: ['山姆大叔的国家', '山姆大叔之国', '山姆大叔国家'],
      ja: ['アンクル・サムの国', 'サムおじさんの国', 'アンクルサムの国'],
      ar: ['دولة العم سام']
    },
    expected: {en: ['the United States', 'the US'], fr: ['les États-Unis'], zh: ['美国'], ja: ['米国', 'アメリカ'], ar: ['الولايات المتحدة']},
    meaning: 'the United States',
    confidence: 'high',
    note: 'Indonesian news writing avoids repeating a country name by using a nickname (julukan); "Negeri Paman Sam" (the country of Uncle Sam) is the United States.'
  },
  {
    id: 'negeri-paman-sam-established',
    sourceLang: 'id',
    source: 'Negeri Paman Sam',
    kind: 'country',
    literals: {
      fr: ["pays de l'oncle sam"],
      ar: ['بلاد العم سام', 'بلد العم سام']
    },
    expected: {fr: ['les États-Unis'], ar: ['الولايات المتحدة']},
    meaning: 'the United States',
    confidence: 'low',
    note: 'French and Arabic journalists use this nickname too, so it is only worth a look in a translation from Indonesian.'
  },
  {
    id: 'mata-uang-paman-sam',
    sourceLang: 'id',
    source: 'mata uang Paman Sam',
    kind: 'country',
    literals: {
      en: ["uncle sam's currency", 'uncle sam currency', 'currency of uncle sam', "currency of uncle sam's country", "uncle sam's country's currency"],
      zh: ['山姆大叔的货币'],
      ja: ['アンクル・サムの通貨']
    },
    expected: {en: ['the US dollar', 'the dollar'], zh: ['美元'], ja: ['米ドル']},
    meaning: 'the US dollar',
    confidence: 'high'
  },
  {
    id: 'negeri-tirai-bambu',
    sourceLang: 'id',
    source: 'Negeri Tirai Bambu',
    kind: 'country',
    literals: {
      en: [
        'bamboo curtain country',
        "bamboo curtain's country",
        'country of the bamboo curtain',
        'country of bamboo curtain',
        'country of bamboo curtains',
        'land of the bamboo curtain',
        'land of bamboo curtains',
        'bamboo curtain land',
        'bamboo curtain state',
        'state of the bamboo curtain',
        'bamboo curtain nation'
      ],
      fr: ['pays du rideau de bambou', 'pays du rideau en bambou'],
      zh: ['竹幕之国', '竹帘之国', '竹幕国家', '竹帘国家'],
      ja: ['竹のカーテンの国', 'バンブーカーテンの国'],
      ar: ['بلد الستار الخيزراني', 'دولة الستار الخيزراني', 'بلاد الستار الخيزراني']
    },
    expected: {en: ['China'], fr: ['la Chine'], zh: ['中国'], ja: ['中国'], ar: ['الصين']},
    meaning: 'China',
    confidence: 'high',
    note: '"Negeri Tirai Bambu" (the country of the bamboo curtain) is China; English "the Bamboo Curtain" alone is a Cold War term and is not flagged.'
  },
  {
    id: 'negeri-sakura',
    sourceLang: 'id',
    source: 'Negeri Sakura',
    kind: 'country',
    literals: {
      en: [
        'sakura country',
        "sakura's country",
        'country of sakura',
        'land of sakura',
        'sakura land',
        'sakura state',
        'cherry blossom country',
        'country of cherry blossoms',
        'country of the cherry blossoms',
        'country of cherry blossom',
        'cherry blossom state'
      ],
      ja: ['サクラの国', 'さくらの国']
    },
    expected: {en: ['Japan'], fr: ['le Japon'], zh: ['日本'], ja: ['日本'], ar: ['اليابان']},
    meaning: 'Japan',
    confidence: 'high',
    note: '"Negeri Sakura" or "Negeri Bunga Sakura" (the cherry blossom country) is Japan.'
  },
  {
    id: 'negeri-matahari-terbit',
    sourceLang: 'id',
    source: 'Negeri Matahari Terbit',
    kind: 'country',
    literals: {
      en: ['country of the rising sun', 'rising sun country', "rising sun's country", 'state of the rising sun', 'country of rising sun', 'nation of the rising sun']
    },
    expected: {en: ['Japan'], zh: ['日本'], ja: ['日本'], ar: ['اليابان']},
    meaning: 'Japan',
    confidence: 'high'
  },
  {
    id: 'negeri-matahari-terbit-land',
    sourceLang: 'id',
    source: 'Negeri Matahari Terbit',
    kind: 'country',
    literals: {en: ['land of the rising sun'], fr: ['pays du soleil levant'], ar: ['بلاد الشمس المشرقة']},
    expected: {en: ['Japan'], fr: ['le Japon'], ar: ['اليابان']},
    meaning: 'Japan',
    confidence: 'low',
    note: '"The Land of the Rising Sun" is also an English nickname of Japan; in a translation from Indonesian it usually stands for plain "Japan".'
  },
  {
    id: 'negeri-ginseng',
    sourceLang: 'id',
    source: 'Negeri Ginseng',
    kind: 'country',
    literals: {
      en: [
        'ginseng country',
        "ginseng's country",
        'country of ginseng',
        'land of ginseng',
        'ginseng land',
        'ginseng state',
        'ginseng nation',
        'gingseng country',
        'country of gingseng',
        'land of gingseng'
      ],
      fr: ['pays du ginseng'],
      zh: ['人参之国', '人参国家'],
      ja: ['高麗人参の国', '朝鮮人参の国', 'ジンセンの国'],
      ar: ['بلد الجينسنغ', 'دولة الجينسنغ', 'بلاد الجينسنغ']
    },
    expected: {en: ['South Korea'], fr: ['la Corée du Sud'], zh: ['韩国'], ja: ['韓国'], ar: ['كوريا الجنوبية']},
    meaning: 'South Korea',
    confidence: 'high',
    guard: {unlessNear: ['wisconsin', 'marathon', 'growers', 'farmers', 'farm', 'farms', 'harvest', 'roots', 'root', 'wild']},
    note: '"Negeri Ginseng" (often misspelt "Gingseng") is South Korea.'
  },
  {
    id: 'negeri-kanguru',
    sourceLang: 'id',
    source: 'Negeri Kanguru',
    kind: 'country',
    literals: {
      en: ['kangaroo country', "kangaroo's country", 'country of kangaroos', 'country of the kangaroo', 'country of kangaroo', 'land of kangaroos', 'land of the kangaroo', 'kangaroo state', 'kangaroo nation'],
      zh: ['袋鼠的国家'],
      ja: ['カンガルーの国'],
      ar: ['بلد الكنغر', 'دولة الكنغر']
    },
    expected: {en: ['Australia'], fr: ["l'Australie"], zh: ['澳大利亚'], ja: ['オーストラリア'], ar: ['أستراليا']},
    meaning: 'Australia',
    confidence: 'high',
    guard: {unlessNear: ['wildlife', 'bush', 'outback', 'hunting', 'sanctuary', 'mob', 'roos', 'paddock', 'paddocks']},
    note: '"Negeri Kanguru" (also spelt "Kangguru") is Australia.'
  },
  {
    id: 'negeri-kanguru-established',
    sourceLang: 'id',
    source: 'Negeri Kanguru',
    kind: 'country',
    literals: {fr: ['pays des kangourous'], zh: ['袋鼠之国', '袋鼠国']},
    expected: {fr: ["l'Australie"], zh: ['澳大利亚']},
    meaning: 'Australia',
    confidence: 'low'
  },
  {
    id: 'negeri-jiran',
    sourceLang: 'id',
    source: 'Negeri Jiran',
    kind: 'country',
    literals: {
      en: ['jiran country', "jiran's country", 'country of jiran', 'jiran state', 'negeri jiran', 'land of jiran', 'jiran nation'],
      fr: ['pays jiran'],
      ar: ['بلد جيران', 'دولة جيران']
    },
    expected: {en: ['Malaysia', 'neighbouring Malaysia'], fr: ['la Malaisie'], zh: ['马来西亚'], ja: ['マレーシア'], ar: ['ماليزيا']},
    meaning: 'Malaysia',
    confidence: 'high',
    note: '"Negeri Jiran" (the neighbouring country, from Malay "jiran") is Malaysia in Indonesian news; MT that keeps "Jiran" leaves the reader guessing.'
  },
  {
    id: 'negeri-jiran-translated',
    sourceLang: 'id',
    source: 'Negeri Jiran',
    kind: 'country',
    literals: {en: ['the neighbouring country', 'the neighboring country', 'the neighbour country', 'the neighbor country', 'the neighbour nation', 'the neighbor nation']},
    expected: {en: ['Malaysia', 'neighbouring Malaysia']},
    meaning: 'Malaysia',
    confidence: 'high',
    guard: {capitalised: true},
    note: 'Capitalised, "the Neighbouring Country" is *Negeri Jiran* translated as a name: Malaysia. In lower case it is plain English.'
  },
  {
    id: 'lumbung-padi',
    sourceLang: 'id',
    source: 'lumbung padi / lumbung pangan',
    kind: 'region',
    literals: {en: ['rice barn', 'rice barns', 'barn of rice', 'food barn', 'food barns', 'barn of food', 'fish barn', 'barn of fish', 'rice shed', 'rice storehouse of']},
    expected: {en: ['main rice-producing region', 'breadbasket']},
    meaning: 'a main food-producing region (a *lumbung*, granary, of the nation or the province)',
    confidence: 'high',
    note: '*Lumbung padi* (rice barn) calls a region its country\'s or province\'s granary; English says rice bowl, breadbasket or main rice-producing region.'
  },
  {
    id: 'negeri-gajah-putih',
    sourceLang: 'id',
    source: 'Negeri Gajah Putih',
    kind: 'country',
    literals: {
      en: [
        'white elephant country',
        "white elephant's country",
        'country of the white elephant',
        'country of white elephants',
        'country of the white elephants',
        'land of the white elephant',
        'land of white elephants',
        'white elephant state',
        'white elephant nation'
      ],
      fr: ["pays de l'éléphant blanc", 'pays des éléphants blancs'],
      ja: ['白象の国', '白い象の国'],
      ar: ['بلد الفيل الأبيض', 'دولة الفيل الأبيض', 'بلاد الفيل الأبيض']
    },
    expected: {en: ['Thailand'], fr: ['la Thaïlande'], zh: ['泰国'], ja: ['タイ'], ar: ['تايلاند']},
    meaning: 'Thailand',
    confidence: 'high',
    guard: {unlessNear: ['project', 'projects', 'stadium', 'airport', 'costly', 'expensive', 'unused', 'gift', 'sale', 'club']},
    note: '"Negeri Gajah Putih" (the white elephant country) is Thailand.'
  },
  {
    id: 'negeri-kincir-angin',
    sourceLang: 'id',
    source: 'Negeri Kincir Angin',
    kind: 'country',
    literals: {
      en: ['windmill country', "windmill's country", 'country of windmills', 'country of the windmills', 'country of windmill', 'land of windmills', 'land of the windmills', 'windmill state', 'windmill nation', 'windmills country'],
      fr: ['pays des moulins à vent', 'pays des moulins'],
      ja: ['風車の国'],
      ar: ['بلد طواحين الهواء', 'دولة طواحين الهواء', 'بلاد طواحين الهواء']
    },
    expected: {en: ['the Netherlands'], fr: ['les Pays-Bas'], zh: ['荷兰'], ja: ['オランダ'], ar: ['هولندا']},
    meaning: 'the Netherlands',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farms', 'mill', 'miller', 'grain', 'turbines', 'texas', 'kansas', 'ranch', 'ranches']},
    note: '"Negeri Kincir Angin" (the windmill country) is the Netherlands.'
  },
  {
    id: 'negeri-tulip',
    sourceLang: 'id',
    source: 'Negeri Tulip',
    kind: 'country',
    literals: {
      en: ['tulip country', "tulip's country", 'country of tulips', 'country of the tulips', 'country of tulip', 'land of tulips', 'land of the tulips', 'tulip state', 'tulip nation'],
      ja: ['チューリップの国']
    },
    expected: {en: ['the Netherlands'], fr: ['les Pays-Bas'], zh: ['荷兰'], ja: ['オランダ'], ar: ['هولندا']},
    meaning: 'the Netherlands',
    confidence: 'high',
    guard: {unlessNear: ['skagit', 'washington', 'festival', 'bulbs', 'bulb', 'farm', 'farms', 'fields', 'bloom', 'michigan', 'holland']}
  },
  {
    id: 'negeri-beruang-merah',
    sourceLang: 'id',
    source: 'Negeri Beruang Merah',
    kind: 'country',
    literals: {
      en: ['red bear country', "red bear's country", 'country of the red bear', 'country of red bears', 'country of red bear', 'land of the red bear', 'land of red bears', 'red bear state', 'red bear nation', 'red bear land'],
      fr: ["pays de l'ours rouge", 'pays des ours rouges'],
      zh: ['红熊之国', '红熊国家', '红熊的国家'],
      ja: ['赤い熊の国', '赤熊の国'],
      ar: ['بلد الدب الأحمر', 'دولة الدب الأحمر', 'بلاد الدب الأحمر']
    },
    expected: {en: ['Russia'], fr: ['la Russie'], zh: ['俄罗斯'], ja: ['ロシア'], ar: ['روسيا']},
    meaning: 'Russia',
    confidence: 'high',
    note: '"Negeri Beruang Merah" (the red bear country) is Russia (in older texts the Soviet Union).'
  },
  {
    id: 'negeri-samba',
    sourceLang: 'id',
    source: 'Negeri Samba',
    kind: 'country',
    literals: {
      en: ['samba country', "samba's country", 'country of samba', 'country of the samba', 'land of samba', 'samba state', 'samba nation'],
      ja: ['サンバの国']
    },
    expected: {en: ['Brazil'], fr: ['le Brésil'], zh: ['巴西'], ja: ['ブラジル'], ar: ['البرازيل']},
    meaning: 'Brazil',
    sharedWith: ['pt', 'vi'],
    confidence: 'high',
    guard: {unlessNear: ['dance', 'dancers', 'dancing', 'school', 'schools', 'music', 'carnival', 'drums']},
    note: '"Negeri Samba" is Brazil; its football team is "Tim Samba".'
  },
  {
    id: 'negeri-tango',
    sourceLang: 'id',
    source: 'Negeri Tango',
    kind: 'country',
    literals: {
      en: ['tango country', "tango's country", 'country of tango', 'country of the tango', 'land of tango', 'tango state', 'tango nation'],
      ja: ['タンゴの国']
    },
    expected: {en: ['Argentina'], fr: ["l'Argentine"], zh: ['阿根廷'], ja: ['アルゼンチン'], ar: ['الأرجنتين']},
    meaning: 'Argentina',
    confidence: 'high',
    guard: {unlessNear: ['dance', 'dancers', 'dancing', 'music', 'milonga', 'orchestra', 'lessons']}
  },
  {
    id: 'negeri-matador',
    sourceLang: 'id',
    source: 'Negeri Matador',
    kind: 'country',
    literals: {
      en: ['matador country', "matador's country", 'country of matadors', 'country of the matadors', 'country of matador', 'land of matadors', 'land of the matadors', 'matador state', 'matador nation'],
      ja: ['マタドールの国', '闘牛士の国']
    },
    expected: {en: ['Spain'], fr: ["l'Espagne"], zh: ['西班牙'], ja: ['スペイン'], ar: ['إسبانيا']},
    meaning: 'Spain',
    confidence: 'high',
    guard: {unlessNear: ['bullfight', 'bullfighting', 'bullring', 'bull', 'bulls']},
    note: '"Negeri Matador" is Spain; its football team is "Tim Matador".'
  },
  {
    id: 'negeri-pizza',
    sourceLang: 'id',
    source: 'Negeri Pizza',
    kind: 'country',
    literals: {
      en: ['pizza country', "pizza's country", 'country of pizza', 'land of pizza', 'pizza state', 'pizza nation'],
      ja: ['ピザの国']
    },
    expected: {en: ['Italy'], fr: ["l'Italie"], zh: ['意大利'], ja: ['イタリア'], ar: ['إيطاليا']},
    meaning: 'Italy',
    confidence: 'high',
    guard: {unlessNear: ['restaurant', 'restaurants', 'slice', 'slices', 'oven', 'chain', 'delivery', 'cheese', 'dough', 'pizzeria', 'topping', 'toppings']}
  },
  {
    id: 'negeri-ratu-elizabeth',
    sourceLang: 'id',
    source: 'Negeri Ratu Elizabeth',
    kind: 'country',
    literals: {
      en: ["queen elizabeth's country", 'queen elizabeth country', 'country of queen elizabeth', "queen elizabeth's land", 'land of queen elizabeth', 'state of queen elizabeth', "queen elizabeth's nation"],
      ja: ['エリザベス女王の国'],
      zh: ['伊丽莎白女王的国家']
    },
    expected: {en: ['Britain', 'the United Kingdom'], fr: ['le Royaume-Uni'], zh: ['英国'], ja: ['英国'], ar: ['بريطانيا']},
    meaning: 'the United Kingdom',
    confidence: 'high',
    note: '"Negeri Ratu Elizabeth" (Queen Elizabeth\'s country) is the United Kingdom.'
  },
  {
    id: 'negeri-menara-eiffel',
    sourceLang: 'id',
    source: 'Negeri Menara Eiffel',
    kind: 'country',
    literals: {
      en: ['eiffel tower country', "eiffel tower's country", 'country of the eiffel tower', 'land of the eiffel tower', 'eiffel tower state', 'eiffel tower nation', 'country of eiffel tower'],
      ja: ['エッフェル塔の国'],
      zh: ['埃菲尔铁塔之国']
    },
    expected: {en: ['France'], fr: ['la France'], zh: ['法国'], ja: ['フランス'], ar: ['فرنسا']},
    meaning: 'France',
    confidence: 'high'
  },
  {
    id: 'negeri-onta',
    sourceLang: 'id',
    source: 'Negeri Onta',
    kind: 'country',
    literals: {
      en: ['camel country', "camel's country", 'country of camels', 'country of the camels', 'country of camel', 'land of camels', 'land of the camels', 'camel state', 'camel nation']
    },
    expected: {en: ['Saudi Arabia'], ar: ['السعودية']},
    meaning: 'Saudi Arabia (also Arab countries in general)',
    confidence: 'high',
    guard: {unlessNear: ['herders', 'herding', 'caravan', 'caravans', 'racing', 'milk', 'trek', 'trekking', 'desert', 'mongolia', 'gobi', 'outback']},
    note: '"Negeri Onta" (also "Unta", the camel country) mostly means Saudi Arabia; check the article for which Arab country is meant.'
  },
  {
    id: 'negeri-seribu-pagoda',
    sourceLang: 'id',
    source: 'Negeri Seribu Pagoda',
    kind: 'country',
    literals: {
      en: [
        'country of a thousand pagodas',
        'country of thousand pagodas',
        'land of a thousand pagodas',
        'land of thousand pagodas',
        'thousand pagoda country',
        'thousand pagodas country',
        'country of one thousand pagodas',
        'pagoda country',
        'country of pagodas'
      ],
      ja: ['千のパゴダの国']
    },
    expected: {en: ['Myanmar'], fr: ['la Birmanie'], zh: ['缅甸'], ja: ['ミャンマー'], ar: ['ميانمار']},
    meaning: 'Myanmar',
    confidence: 'high',
    guard: {unlessNear: ['bagan']}
  },
  {
    id: 'negeri-bollywood',
    sourceLang: 'id',
    source: 'Negeri Bollywood',
    kind: 'country',
    literals: {
      en: ['bollywood country', "bollywood's country", 'country of bollywood', 'land of bollywood', 'bollywood state', 'bollywood nation'],
      ja: ['ボリウッドの国']
    },
    expected: {en: ['India'], fr: ["l'Inde"], zh: ['印度'], ja: ['インド'], ar: ['الهند']},
    meaning: 'India',
    confidence: 'high',
    guard: {unlessNear: ['film', 'films', 'movie', 'movies', 'actor', 'actress', 'cinema', 'studio', 'studios']}
  },
  {
    id: 'negeri-hindustan',
    sourceLang: 'id',
    source: 'Negeri Hindustan',
    kind: 'country',
    literals: {
      en: ['hindustan country', "hindustan's country", 'country of hindustan', 'land of hindustan', 'hindustan state', 'hindustan nation']
    },
    expected: {en: ['India'], fr: ["l'Inde"], zh: ['印度'], ja: ['インド'], ar: ['الهند']},
    meaning: 'India',
    confidence: 'high'
  },
  {
    id: 'negeri-piramida',
    sourceLang: 'id',
    source: 'Negeri Piramida',
    kind: 'country',
    literals: {
      en: ['pyramid country', "pyramid's country", 'country of pyramids', 'country of the pyramids', 'country of pyramid', 'land of pyramids', 'pyramid state', 'pyramid nation', 'pyramids country'],
      ja: ['ピラミッドの国']
    },
    expected: {en: ['Egypt'], fr: ["l'Égypte"], zh: ['埃及'], ja: ['エジプト'], ar: ['مصر']},
    meaning: 'Egypt',
    confidence: 'high',
    guard: {unlessNear: ['scheme', 'schemes', 'ponzi', 'fraud', 'marketing', 'investors']}
  },
  {
    id: 'negeri-sungai-nil',
    sourceLang: 'id',
    source: 'Negeri Sungai Nil',
    kind: 'country',
    literals: {
      en: ['nile river country', "nile river's country", 'country of the nile river', 'country of the nile', 'land of the nile river', 'nile country', 'country of nile river', 'nile river state']
    },
    expected: {en: ['Egypt'], fr: ["l'Égypte"], zh: ['埃及'], ja: ['エジプト'], ar: ['مصر']},
    meaning: 'Egypt',
    confidence: 'high',
    guard: {unlessNear: ['sudan', 'ethiopia', 'uganda', 'basin']}
  },
  {
    id: 'negeri-singa',
    sourceLang: 'id',
    source: 'Negeri Singa',
    kind: 'country',
    literals: {
      en: ["lion's country", 'country of lions', 'country of the lion', 'country of lion', 'lion state', 'lion nation', 'lion country'],
      ja: ['ライオンの国', '獅子の国']
    },
    expected: {en: ['Singapore'], fr: ['Singapour'], zh: ['新加坡'], ja: ['シンガポール'], ar: ['سنغافورة']},
    meaning: 'Singapore',
    confidence: 'high',
    guard: {unlessNear: ['safari', 'savannah', 'savanna', 'africa', 'african', 'wildlife', 'kenya', 'tanzania', 'pride', 'hunting', 'serengeti', 'botswana', 'zambia', 'park']},
    note: '"Negeri Singa" (the lion country) is Singapore; the city-state is also "Kota Singa".'
  },
  {
    id: 'kota-singa',
    sourceLang: 'id',
    source: 'Kota Singa',
    kind: 'country',
    literals: {en: ['lion city'], fr: ['ville du lion', 'ville-lion'], ar: ['مدينة الأسد']},
    expected: {en: ['Singapore'], fr: ['Singapour'], zh: ['新加坡'], ar: ['سنغافورة']},
    meaning: 'Singapore',
    confidence: 'low',
    note: '"The Lion City" is also an English nickname of Singapore; in a translation from Indonesian it usually stands for plain "Singapore".'
  },
  {
    id: 'negeri-formosa',
    sourceLang: 'id',
    source: 'Negeri Formosa',
    kind: 'country',
    literals: {en: ['formosa country', "formosa's country", 'country of formosa', 'land of formosa', 'formosa state', 'formosa nation']},
    expected: {en: ['Taiwan'], fr: ['Taïwan'], zh: ['台湾'], ja: ['台湾'], ar: ['تايوان']},
    meaning: 'Taiwan',
    confidence: 'high',
    guard: {unlessNear: ['plastics', 'petrochemical', 'steel', 'company', 'group']}
  },
  {
    id: 'negeri-para-mullah',
    sourceLang: 'id',
    source: 'Negeri Para Mullah',
    kind: 'country',
    literals: {en: ['country of the mullahs', 'country of mullahs', "mullahs' country", 'mullah country', "mullah's country", 'mullahs country', 'state of the mullahs', 'nation of the mullahs']},
    expected: {en: ['Iran'], fr: ["l'Iran"], zh: ['伊朗'], ja: ['イラン'], ar: ['إيران']},
    meaning: 'Iran',
    confidence: 'high'
  },
  {
    id: 'negeri-zionis',
    sourceLang: 'id',
    source: 'Negeri Zionis',
    kind: 'country',
    literals: {en: ['zionist country', "zionist's country", 'country of zionists', 'country of the zionists', 'zionist state', 'zionist nation', 'zionist regime']},
    expected: {en: ['Israel'], fr: ['Israël'], zh: ['以色列'], ja: ['イスラエル'], ar: ['إسرائيل']},
    meaning: 'Israel',
    confidence: 'low',
    note: '"Negeri Zionis" / "rezim Zionis" is Israel; "the Zionist state" also appears in English opinion writing, so this is only flagged in translations from Indonesian. Neutral news English names the country.'
  },
  {
    id: 'negeri-kiwi',
    sourceLang: 'id',
    source: 'Negeri Kiwi',
    kind: 'country',
    literals: {en: ['kiwi country', "kiwi's country", 'country of kiwis', 'country of the kiwi', 'land of the kiwi', 'land of kiwis', 'kiwi state', 'kiwi nation']},
    expected: {en: ['New Zealand'], fr: ['la Nouvelle-Zélande'], zh: ['新西兰'], ja: ['ニュージーランド'], ar: ['نيوزيلندا']},
    meaning: 'New Zealand',
    confidence: 'low',
    guard: {unlessNear: ['fruit', 'orchard', 'orchards', 'growers', 'vines']},
    note: 'English speakers also say "Kiwi country" informally, so this is only flagged in translations from Indonesian.'
  },
  {
    id: 'negeri-garuda',
    sourceLang: 'id',
    source: 'Negeri Garuda',
    kind: 'country',
    literals: {
      en: ['garuda country', "garuda's country", 'country of garuda', 'country of the garuda', 'land of garuda', 'land of the garuda', 'garuda state', 'garuda nation', 'garuda land'],
      fr: ['pays de garuda', 'pays du garuda'],
      zh: ['迦楼罗之国'],
      ja: ['ガルーダの国']
    },
    expected: {en: ['Indonesia'], fr: ["l'Indonésie"], zh: ['印度尼西亚'], ja: ['インドネシア'], ar: ['إندونيسيا']},
    meaning: 'Indonesia',
    confidence: 'high',
    guard: {unlessNear: ['airline', 'airlines', 'flight', 'flights', 'aircraft', 'plane', 'planes', 'carrier']},
    note: '"Negeri Garuda" (after the Garuda Pancasila emblem) is Indonesia.'
  },
  {
    id: 'mata-uang-garuda',
    sourceLang: 'id',
    source: 'mata uang Garuda',
    kind: 'country',
    literals: {
      en: ['garuda currency', "garuda's currency", 'currency of garuda', 'currency of the garuda', 'garuda money', "garuda country's currency", 'currency of the garuda country'],
      fr: ['monnaie garuda', 'monnaie de garuda', 'devise garuda'],
      zh: ['迦楼罗货币', '嘉鲁达货币', '加鲁达货币'],
      ja: ['ガルーダ通貨', 'ガルーダの通貨'],
      ar: ['عملة غارودا', 'عملة جارودا']
    },
    expected: {en: ['the rupiah'], fr: ['la roupie'], zh: ['印尼盾'], ja: ['ルピア'], ar: ['الروبية']},
    meaning: 'the rupiah, Indonesia\'s currency',
    confidence: 'high',
    note: 'Indonesian market reports call the rupiah "mata uang Garuda" (the Garuda currency).'
  },
  {
    id: 'negeri-aztec',
    sourceLang: 'id',
    source: 'Negeri Aztec',
    kind: 'country',
    literals: {en: ['aztec country', "aztec's country", 'country of the aztecs', 'country of aztecs', 'aztec state', 'aztec nation', 'land of the aztec']},
    expected: {en: ['Mexico'], fr: ['le Mexique'], zh: ['墨西哥'], ja: ['メキシコ'], ar: ['المكسيك']},
    meaning: 'Mexico',
    confidence: 'high',
    guard: {unlessNear: ['empire', 'ruins', 'ancient', 'civilization', 'civilisation', 'archaeologists', 'archaeology', 'temple', 'temples', 'conquest', 'cortes', 'cortés', 'century']}
  },
  {
    id: 'tim-panser',
    sourceLang: 'id',
    source: 'Tim Panser',
    kind: 'organisation',
    literals: {en: ['panzer team', 'panser team', 'team panzer', 'team panser', 'panzer squad', 'panser squad', 'panzer country', 'panser country', 'country of panzers']},
    expected: {en: ['the German team', 'Germany'], fr: ["l'Allemagne"], zh: ['德国队'], ja: ['ドイツ代表'], ar: ['المنتخب الألماني']},
    meaning: 'Germany (its national football team)',
    confidence: 'high',
    guard: {unlessNear: ['tank', 'tanks', 'wehrmacht', 'division', 'army', 'armoured', 'armored', 'ww2', 'wwii']},
    note: 'Indonesian sports pages call Germany\'s national team "Tim Panser" (the Panzer team).'
  },
  {
    id: 'tim-samba',
    sourceLang: 'id',
    source: 'Tim Samba',
    kind: 'organisation',
    literals: {en: ['samba team', 'team samba', 'samba squad']},
    expected: {en: ['the Brazilian team', 'Brazil'], fr: ['le Brésil'], zh: ['巴西队'], ja: ['ブラジル代表'], ar: ['المنتخب البرازيلي']},
    meaning: 'Brazil (its national football team)',
    confidence: 'high',
    guard: {unlessNear: ['dance', 'dancers', 'dancing', 'carnival', 'parade', 'drums', 'school'], onlyNear: ['football', 'soccer', 'match', 'cup', 'goal', 'goals', 'coach', 'squad', 'win', 'beat', 'defeated', 'qualifier', 'striker', 'fifa', 'league']}
  },
  {
    id: 'tim-matador',
    sourceLang: 'id',
    source: 'Tim Matador',
    kind: 'organisation',
    literals: {en: ['matador team', 'team matador', 'matador squad', 'matadors team']},
    expected: {en: ['the Spanish team', 'Spain'], fr: ["l'Espagne"], zh: ['西班牙队'], ja: ['スペイン代表'], ar: ['المنتخب الإسباني']},
    meaning: 'Spain (its national football team)',
    confidence: 'high'
  },
  {
    id: 'tim-garuda',
    sourceLang: 'id',
    source: 'Tim Garuda',
    kind: 'organisation',
    literals: {en: ['garuda team', 'team garuda', 'garuda squad']},
    expected: {en: ['the Indonesian team', 'Indonesia'], fr: ["l'équipe d'Indonésie"], zh: ['印尼队'], ja: ['インドネシア代表'], ar: ['المنتخب الإندونيسي']},
    meaning: 'Indonesia (its national football team)',
    confidence: 'high',
    guard: {unlessNear: ['airline', 'airlines', 'flight', 'flights', 'aircraft', 'cabin', 'crew', 'maintenance']}
  },

  // ── Regions ───────────────────────────────────────────────────────────
  {
    id: 'bumi-cenderawasih',
    sourceLang: 'id',
    source: 'Bumi Cenderawasih / Tanah Cenderawasih',
    kind: 'region',
    literals: {
      en: [
        'cendrawasih country',
        'cenderawasih country',
        'land of cendrawasih',
        'land of cenderawasih',
        'land of the cendrawasih',
        'land of the cenderawasih',
        'cendrawasih land',
        'cenderawasih land',
        'earth of cendrawasih',
        'earth of cenderawasih',
        'cendrawasih earth',
        'cenderawasih earth',
        'bird of paradise country',
        'land of the bird of paradise',
        'land of the birds of paradise',
        'earth of the bird of paradise',
        'bird of paradise earth'
      ]
    },
    expected: {en: ['Papua'], fr: ['la Papouasie'], zh: ['巴布亚'], ja: ['パプア'], ar: ['بابوا']},
    meaning: 'Papua (the Indonesian provinces of New Guinea)',
    confidence: 'high',
    guard: {unlessNear: ['species', 'feathers', 'plumage', 'birdwatchers', 'birdwatching', 'ornithologists']},
    note: '"Bumi Cenderawasih" (the land of the bird of paradise) is Papua.'
  },
  {
    id: 'pulau-dewata',
    sourceLang: 'id',
    source: 'Pulau Dewata',
    kind: 'region',
    literals: {
      en: ['island of the gods', 'dewata island', 'island of dewata', 'island of gods', 'gods island', "gods' island", 'island of a thousand temples', 'thousand temples island'],
      fr: ['île des dieux'],
      zh: ['众神之岛', '神明之岛'],
      ja: ['神々の島'],
      ar: ['جزيرة الآلهة']
    },
    expected: {en: ['Bali'], fr: ['Bali'], zh: ['巴厘岛'], ja: ['バリ島'], ar: ['بالي']},
    meaning: 'Bali',
    confidence: 'low',
    note: '"The Island of the Gods" is also an English nickname of Bali; in a translation from Indonesian it usually stands for plain "Bali".'
  },
  {
    id: 'serambi-mekkah',
    sourceLang: 'id',
    source: 'Serambi Mekkah',
    kind: 'region',
    literals: {
      en: ['veranda of mecca', 'verandah of mecca', 'porch of mecca', 'terrace of mecca', "mecca's veranda", "mecca's porch", "mecca's terrace", 'mecca veranda', 'mecca porch', 'foyer of mecca', 'veranda of makkah', 'porch of makkah', 'serambi mecca', 'serambi mekkah'],
      zh: ['麦加的门廊', '麦加走廊', '麦加门廊'],
      ja: ['メッカのベランダ', 'メッカの縁側'],
      ar: ['شرفة مكة']
    },
    expected: {en: ['Aceh'], fr: ['Aceh'], zh: ['亚齐'], ja: ['アチェ'], ar: ['آتشيه']},
    meaning: 'Aceh (its capital Banda Aceh is "Kota Serambi Mekkah")',
    confidence: 'high',
    note: '"Serambi Mekkah" (the veranda of Mecca) is Aceh; "Kota Serambi Mekkah" is Banda Aceh.'
  },
  {
    id: 'pulau-seribu-masjid',
    sourceLang: 'id',
    source: 'Pulau Seribu Masjid',
    kind: 'region',
    literals: {en: ['island of a thousand mosques', 'island of thousand mosques', 'thousand mosque island', 'thousand mosques island', 'island of one thousand mosques']},
    expected: {en: ['Lombok'], fr: ['Lombok'], zh: ['龙目岛'], ja: ['ロンボク島'], ar: ['لومبوك']},
    meaning: 'Lombok',
    confidence: 'high'
  },
  {
    id: 'tanah-suci',
    sourceLang: 'id',
    source: 'Tanah Suci',
    kind: 'region',
    literals: {en: ['holy land'], fr: ['terre sainte'], ar: ['الأرض المقدسة', 'الديار المقدسة']},
    expected: {en: ['Saudi Arabia', 'Mecca'], fr: ["l'Arabie saoudite", 'La Mecque'], ar: ['السعودية', 'مكة']},
    meaning: 'Mecca and Medina (Saudi Arabia), in hajj and umrah news',
    confidence: 'low',
    guard: {onlyNear: ['hajj', 'haj', 'umrah', 'umroh', 'pilgrims', 'pilgrim', 'pilgrimage', 'mecca', 'makkah', 'medina', 'madinah', 'saudi', 'jemaah', 'jamaah', 'embarkation'], window: 12},
    note: 'Indonesian "Tanah Suci" in hajj news is Mecca (Saudi Arabia); English "the Holy Land" means Israel and Palestine.'
  },

  // ── Cities ────────────────────────────────────────────────────────────
  {
    id: 'kota-pahlawan',
    sourceLang: 'id',
    source: 'Kota Pahlawan',
    kind: 'city',
    literals: {
      en: ['city of heroes', 'heroes city', "heroes' city", 'heroes town', 'town of heroes', 'city of the heroes', 'city of hero'],
      fr: ['ville des héros', 'cité des héros'],
      zh: ['英雄之城'],
      ja: ['英雄の都市', '英雄の街', '英雄の町'],
      ar: ['مدينة الأبطال']
    },
    expected: {en: ['Surabaya', 'the city'], fr: ['Surabaya'], zh: ['泗水'], ja: ['スラバヤ'], ar: ['سورابايا']},
    meaning: 'Surabaya',
    confidence: 'high',
    guard: {unlessNear: ['game', 'games', 'gamers', 'online', 'players', 'server', 'servers', 'mmo', 'comic', 'comics', 'superhero', 'superheroes', 'soviet', 'ussr', 'stalingrad', 'volgograd', 'leningrad', 'odesa', 'odessa', 'sevastopol', 'kyiv', 'kiev']},
    note: '"Kota Pahlawan" (the City of Heroes, after the Battle of Surabaya in 1945) is Surabaya.'
  },
  {
    id: 'kota-kembang',
    sourceLang: 'id',
    source: 'Kota Kembang',
    kind: 'city',
    literals: {
      en: ['kembang city', 'city of kembang', 'city of flowers', 'flower city', 'flowers city', 'town of flowers', 'flower town'],
      fr: ['ville des fleurs'],
      ja: ['花の都市', '花の街'],
      zh: ['花之城', '鲜花之城']
    },
    expected: {en: ['Bandung'], fr: ['Bandung'], zh: ['万隆'], ja: ['バンドン'], ar: ['باندونغ']},
    meaning: 'Bandung',
    confidence: 'high',
    guard: {unlessNear: ['rochester', 'guangzhou', 'canton', 'kunming', 'tomohon', 'festival', 'bloom', 'blooms', 'florists', 'garden', 'gardens', 'parade']},
    note: '"Kota Kembang" (the city of flowers) is Bandung.'
  },
  {
    id: 'kota-gudeg',
    sourceLang: 'id',
    source: 'Kota Gudeg',
    kind: 'city',
    literals: {en: ['gudeg city', "gudeg's city", 'city of gudeg', 'gudeg town', 'town of gudeg'], ja: ['グドゥッの街', 'グデッグの街']},
    expected: {en: ['Yogyakarta'], fr: ['Yogyakarta'], zh: ['日惹'], ja: ['ジョグジャカルタ'], ar: ['يوغياكارتا']},
    meaning: 'Yogyakarta',
    confidence: 'high',
    note: '"Kota Gudeg" (after the jackfruit stew) is Yogyakarta.'
  },
  {
    id: 'kota-pelajar',
    sourceLang: 'id',
    source: 'Kota Pelajar',
    kind: 'city',
    literals: {en: ['city of students', 'student city', 'students city', "students' city", 'city of learners', 'city of pupils', 'pelajar city']},
    expected: {en: ['Yogyakarta'], fr: ['Yogyakarta'], zh: ['日惹'], ja: ['ジョグジャカルタ'], ar: ['يوغياكارتا']},
    meaning: 'Yogyakarta',
    confidence: 'low',
    guard: {unlessNear: ['accommodation', 'housing', 'dormitory', 'dormitories', 'leuven', 'bologna', 'oxford', 'cambridge']},
    note: '"Kota Pelajar" (the city of students) is Yogyakarta; "a student city" is also plain English, so this is only flagged in translations from Indonesian.'
  },
  {
    id: 'kota-hujan',
    sourceLang: 'id',
    source: 'Kota Hujan',
    kind: 'city',
    literals: {en: ['rain city', 'city of rain', "rain's city", 'hujan city', 'town of rain'], ja: ['雨の街', '雨の都市']},
    expected: {en: ['Bogor'], fr: ['Bogor'], zh: ['茂物'], ja: ['ボゴール'], ar: ['بوغور']},
    meaning: 'Bogor',
    confidence: 'high',
    guard: {unlessNear: ['seattle', 'manchester', 'vancouver', 'portland', 'bergen', 'glasgow', 'washington', 'oregon']},
    note: '"Kota Hujan" (the rain city) is Bogor.'
  },
  {
    id: 'kota-daeng',
    sourceLang: 'id',
    source: 'Kota Daeng',
    kind: 'city',
    literals: {en: ['daeng city', "daeng's city", 'city of daeng', 'city of the daeng', 'daeng town', 'town of daeng']},
    expected: {en: ['Makassar'], fr: ['Makassar'], zh: ['望加锡'], ja: ['マカッサル'], ar: ['ماكاسار']},
    meaning: 'Makassar',
    confidence: 'high'
  },
  {
    id: 'kota-angin-mamiri',
    sourceLang: 'id',
    source: 'Kota Angin Mamiri',
    kind: 'city',
    literals: {en: ['angin mamiri city', 'city of angin mamiri', 'mamiri wind city', 'city of mamiri wind', 'city of the mamiri wind', 'city of the angin mamiri']},
    expected: {en: ['Makassar'], fr: ['Makassar'], zh: ['望加锡'], ja: ['マカッサル'], ar: ['ماكاسار']},
    meaning: 'Makassar',
    confidence: 'high'
  },
  {
    id: 'kota-apel',
    sourceLang: 'id',
    source: 'Kota Apel',
    kind: 'city',
    literals: {en: ['apple city', "apple's city", 'city of apples', 'apple town', 'town of apples', 'city of apple']},
    expected: {en: ['Malang', 'Batu'], fr: ['Malang'], zh: ['玛琅'], ja: ['マラン'], ar: ['مالانغ']},
    meaning: 'Malang (and the neighbouring city of Batu)',
    confidence: 'high',
    guard: {unlessNear: ['iphone', 'ipad', 'mac', 'store', 'cupertino', 'cook', 'orchard', 'orchards', 'cider', 'big', 'washington', 'wenatchee']},
    note: '"Kota Apel" (the apple city) is Malang in older usage and neighbouring Batu today; check which the article means.'
  },
  {
    id: 'kota-batik',
    sourceLang: 'id',
    source: 'Kota Batik',
    kind: 'city',
    literals: {en: ['batik city', "batik's city", 'city of batik', 'batik town', 'town of batik']},
    expected: {en: ['Pekalongan'], fr: ['Pekalongan'], zh: ['北加浪岸'], ja: ['プカロンガン'], ar: ['بيكالونغان']},
    meaning: 'Pekalongan (Solo is also called a city of batik)',
    confidence: 'high',
    guard: {unlessNear: ['unesco', 'creative', 'network', 'world']},
    note: '"Kota Batik" is Pekalongan; UNESCO lists it as a "Creative City" of crafts, so English branding texts are spared.'
  },
  {
    id: 'kota-atlas',
    sourceLang: 'id',
    source: 'Kota Atlas',
    kind: 'city',
    literals: {en: ['atlas city', 'city of atlas', "atlas' city", 'atlas town']},
    expected: {en: ['Semarang'], fr: ['Semarang'], zh: ['三宝垄'], ja: ['スマラン'], ar: ['سيمارانغ']},
    meaning: 'Semarang',
    confidence: 'high',
    guard: {unlessNear: ['comics', 'comic', 'superman', 'dc', 'game', 'mountains', 'morocco']}
  },
  {
    id: 'kota-lumpia',
    sourceLang: 'id',
    source: 'Kota Lumpia',
    kind: 'city',
    literals: {en: ['lumpia city', 'city of lumpia', 'spring roll city', 'city of spring rolls', 'lumpia town', 'loenpia city']},
    expected: {en: ['Semarang'], fr: ['Semarang'], zh: ['三宝垄'], ja: ['スマラン'], ar: ['سيمارانغ']},
    meaning: 'Semarang',
    confidence: 'high'
  },
  {
    id: 'kota-bengawan',
    sourceLang: 'id',
    source: 'Kota Bengawan',
    kind: 'city',
    literals: {en: ['bengawan city', 'city of bengawan', 'city of the bengawan', 'bengawan town']},
    expected: {en: ['Solo', 'Surakarta'], fr: ['Solo'], zh: ['梭罗'], ja: ['ソロ'], ar: ['سولو']},
    meaning: 'Solo (Surakarta)',
    confidence: 'high'
  },
  {
    id: 'kota-minyak',
    sourceLang: 'id',
    source: 'Kota Minyak',
    kind: 'city',
    literals: {en: ['oil city', 'city of oil', 'minyak city']},
    expected: {en: ['Balikpapan'], fr: ['Balikpapan'], zh: ['巴厘巴板'], ja: ['バリクパパン'], ar: ['باليكبابان']},
    meaning: 'Balikpapan',
    confidence: 'low',
    guard: {unlessNear: ['pennsylvania', 'texas', 'louisiana', 'alberta', 'houston', 'aberdeen', 'venango']},
    note: '"Kota Minyak" (the oil city) is Balikpapan; Oil City is also a town in Pennsylvania.'
  },
  {
    id: 'kota-tepian',
    sourceLang: 'id',
    source: 'Kota Tepian',
    kind: 'city',
    literals: {en: ['tepian city', 'city of tepian']},
    expected: {en: ['Samarinda'], fr: ['Samarinda'], zh: ['三马林达'], ja: ['サマリンダ'], ar: ['ساماريندا']},
    meaning: 'Samarinda',
    confidence: 'high'
  },
  {
    id: 'kota-seribu-sungai',
    sourceLang: 'id',
    source: 'Kota Seribu Sungai',
    kind: 'city',
    literals: {
      en: ['city of a thousand rivers', 'city of thousand rivers', 'thousand rivers city', 'thousand river city', 'city of one thousand rivers', 'town of a thousand rivers'],
      fr: ['ville aux mille rivières', 'ville des mille rivières'],
      zh: ['千河之城'],
      ja: ['千の川の街', '千の川の都市']
    },
    expected: {en: ['Banjarmasin'], fr: ['Banjarmasin'], zh: ['马辰'], ja: ['バンジャルマシン'], ar: ['بانجارماسين']},
    meaning: 'Banjarmasin',
    confidence: 'high'
  },
  {
    id: 'kota-serambi-mekkah',
    sourceLang: 'id',
    source: 'Kota Serambi Mekkah',
    kind: 'city',
    literals: {en: ['city of the veranda of mecca', 'veranda of mecca city', 'porch of mecca city', 'city of the porch of mecca', 'serambi mekkah city', 'city of serambi mekkah', 'mecca veranda city', "mecca's veranda city"]},
    expected: {en: ['Banda Aceh'], fr: ['Banda Aceh'], zh: ['班达亚齐'], ja: ['バンダ・アチェ'], ar: ['باندا آتشيه']},
    meaning: 'Banda Aceh',
    confidence: 'high'
  },
  {
    id: 'kota-udang',
    sourceLang: 'id',
    source: 'Kota Udang',
    kind: 'city',
    literals: {en: ['shrimp city', "shrimp's city", 'city of shrimp', 'city of shrimps', 'prawn city', 'city of prawns', 'shrimp town', 'udang city']},
    expected: {en: ['Cirebon'], fr: ['Cirebon'], zh: ['井里汶'], ja: ['チルボン'], ar: ['شيربون']},
    meaning: 'Cirebon',
    confidence: 'high',
    guard: {unlessNear: ['restaurant', 'restaurants', 'seafood', 'menu', 'louisiana', 'festival']}
  },
  {
    id: 'kota-pempek',
    sourceLang: 'id',
    source: 'Kota Pempek / Kota Empek-empek',
    kind: 'city',
    literals: {en: ['pempek city', "pempek's city", 'city of pempek', 'empek-empek city', 'city of empek-empek', 'pempek town', 'fishcake city', 'city of fishcakes']},
    expected: {en: ['Palembang'], fr: ['Palembang'], zh: ['巨港'], ja: ['パレンバン'], ar: ['باليمبانغ']},
    meaning: 'Palembang',
    confidence: 'high'
  },
  {
    id: 'kota-khatulistiwa',
    sourceLang: 'id',
    source: 'Kota Khatulistiwa',
    kind: 'city',
    literals: {en: ['equator city', "equator's city", 'city of the equator', 'khatulistiwa city', 'city of khatulistiwa', 'equator town'], ja: ['赤道の街', '赤道の都市'], zh: ['赤道之城']},
    expected: {en: ['Pontianak'], fr: ['Pontianak'], zh: ['坤甸'], ja: ['ポンティアナック'], ar: ['بونتياناك']},
    meaning: 'Pontianak',
    confidence: 'high',
    guard: {unlessNear: ['ecuador', 'quito', 'mitad', 'kenya', 'uganda', 'kampala', 'nanyuki']}
  },
  {
    id: 'kota-kretek',
    sourceLang: 'id',
    source: 'Kota Kretek',
    kind: 'city',
    literals: {en: ['kretek city', "kretek's city", 'city of kretek', 'kretek town', 'clove cigarette city', 'city of clove cigarettes']},
    expected: {en: ['Kudus'], fr: ['Kudus'], zh: ['古突士'], ja: ['クドゥス'], ar: ['كودوس']},
    meaning: 'Kudus',
    confidence: 'high'
  },
  {
    id: 'kota-reog',
    sourceLang: 'id',
    source: 'Kota Reog',
    kind: 'city',
    literals: {en: ['reog city', "reog's city", 'city of reog', 'reog town']},
    expected: {en: ['Ponorogo'], fr: ['Ponorogo'], zh: ['波诺罗戈'], ja: ['ポノロゴ'], ar: ['بونوروغو']},
    meaning: 'Ponorogo',
    confidence: 'high'
  },
  {
    id: 'kota-ukir',
    sourceLang: 'id',
    source: 'Kota Ukir',
    kind: 'city',
    literals: {en: ['carving city', 'city of carving', 'city of carvings', 'ukir city', 'carving town', 'city of wood carving']},
    expected: {en: ['Jepara'], fr: ['Jepara'], zh: ['哲帕拉'], ja: ['ジュパラ'], ar: ['جيبارا']},
    meaning: 'Jepara',
    confidence: 'high'
  },
  {
    id: 'kota-patriot',
    sourceLang: 'id',
    source: 'Kota Patriot',
    kind: 'city',
    literals: {en: ['patriot city', "patriot's city", 'city of patriots', 'patriots city', 'patriot town']},
    expected: {en: ['Bekasi'], fr: ['Bekasi'], zh: ['勿加泗'], ja: ['ブカシ'], ar: ['بيكاسي']},
    meaning: 'Bekasi',
    confidence: 'high',
    guard: {unlessNear: ['missile', 'missiles', 'nfl', 'new', 'england', 'foxborough', 'gillette']}
  },
  {
    id: 'kota-seribu-industri',
    sourceLang: 'id',
    source: 'Kota Seribu Industri',
    kind: 'city',
    literals: {en: ['city of a thousand industries', 'city of thousand industries', 'thousand industries city', 'thousand industry city', 'city of one thousand industries']},
    expected: {en: ['Tangerang'], fr: ['Tangerang'], zh: ['唐格朗'], ja: ['タンゲラン'], ar: ['تانجيرانج']},
    meaning: 'Tangerang',
    confidence: 'high'
  },
  {
    id: 'kota-apel-besar',
    sourceLang: 'id',
    source: 'Kota Apel Besar / Big Apple',
    kind: 'city',
    literals: {en: ['big apple', 'big apple city', 'city of the big apple'], fr: ['grosse pomme'], zh: ['大苹果城'], ja: ['ビッグアップル']},
    expected: {en: ['New York'], fr: ['New York'], zh: ['纽约'], ja: ['ニューヨーク'], ar: ['نيويورك']},
    meaning: 'New York City',
    confidence: 'low',
    note: '"The Big Apple" is an English nickname of New York; in a translation from Indonesian it usually stands for plain "New York".'
  },
  {
    id: 'kota-abadi',
    sourceLang: 'id',
    source: 'Kota Abadi',
    kind: 'city',
    literals: {en: ['eternal city'], fr: ['ville éternelle'], zh: ['永恒之城'], ja: ['永遠の都']},
    expected: {en: ['Rome'], fr: ['Rome'], zh: ['罗马'], ja: ['ローマ'], ar: ['روما']},
    meaning: 'Rome',
    confidence: 'low',
    note: '"The Eternal City" is also an English nickname of Rome.'
  },
  {
    id: 'kota-mode',
    sourceLang: 'id',
    source: 'Kota Mode / Kota Cinta',
    kind: 'city',
    literals: {en: ['city of love', 'fashion city', 'city of fashion', 'mode city'], fr: ['ville de la mode']},
    expected: {en: ['Paris'], fr: ['Paris'], zh: ['巴黎'], ja: ['パリ'], ar: ['باريس']},
    meaning: 'Paris',
    confidence: 'low',
    guard: {onlyNear: ['paris', 'france', 'french', 'eiffel', 'seine', 'louvre', 'psg', 'parisian'], window: 20},
    note: '"Kota Mode" (the fashion city) and "Kota Cinta" (the city of love) are Paris; both are also loose English phrases, so this needs Paris nearby.'
  },
  {
    id: 'negeri-seribu-satu-malam',
    sourceLang: 'id',
    source: 'Negeri Seribu Satu Malam / Negeri 1001 Malam',
    kind: 'country',
    literals: {en: ['country of a thousand and one nights', 'land of a thousand and one nights', 'country of one thousand and one nights', 'land of one thousand and one nights', 'state of a thousand and one nights', 'country of 1001 nights', 'land of 1001 nights', 'state of 1001 nights', 'thousand and one nights country', '1001 nights country']},
    expected: {en: ['Iraq']},
    meaning: 'Iraq',
    confidence: 'high',
    guard: {unlessNear: ['scheherazade', 'shahrazad', 'tales', 'stories', 'book', 'novel', 'aladdin', 'sinbad', 'musical', 'theme', 'park']}
  },
  {
    id: 'negeri-panda',
    sourceLang: 'id',
    source: 'Negeri Panda',
    kind: 'country',
    literals: {en: ['panda country', 'country of pandas', 'country of the panda', 'country of the pandas', 'land of pandas', 'land of the pandas', 'panda nation', 'state of pandas', 'panda state', 'panda land']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'high',
    guard: {unlessNear: ['sichuan', 'chengdu', 'reserve', 'habitat', 'bamboo', 'wwf', 'conservation', 'species', 'cub', 'cubs', 'breeding']}
  },
  {
    id: 'negeri-ayam-jantan',
    sourceLang: 'id',
    source: 'Negeri Ayam Jantan',
    kind: 'country',
    literals: {en: ['rooster country', 'country of the rooster', 'country of roosters', 'land of the rooster', 'land of roosters', 'rooster nation', 'cock country', 'country of the cock', 'land of the cock', 'cockerel country', 'country of the cockerel']},
    expected: {en: ['France']},
    meaning: 'France',
    confidence: 'high',
    guard: {unlessNear: ['fighting', 'cockfighting', 'poultry', 'farm', 'farmers', 'chickens', 'bird', 'flu', 'zodiac', 'lunar', 'chinese']}
  },
  {
    id: 'tim-ayam-jantan',
    sourceLang: 'id',
    source: 'Tim Ayam Jantan / Les Bleus',
    kind: 'organisation',
    literals: {en: ['rooster team', 'team rooster', 'roosters team', 'the rooster squad', 'rooster squad', 'cock team', 'cockerel team', 'team of roosters', 'team of the rooster', 'rooster eleven']},
    expected: {en: ['France', 'Les Bleus']},
    meaning: 'the France national team',
    confidence: 'high'
  },
  {
    id: 'negeri-paman-ho',
    sourceLang: 'id',
    source: 'Negeri Paman Ho',
    kind: 'country',
    literals: {en: ['country of uncle ho', 'land of uncle ho', 'uncle ho country', 'uncle ho nation', 'nation of uncle ho', 'state of uncle ho', 'uncle ho land', 'uncle ho state', "uncle ho's country", "uncle ho's land", "uncle ho's nation", 'country of paman ho']},
    expected: {en: ['Vietnam']},
    meaning: 'Vietnam',
    confidence: 'high'
  },
  {
    id: 'negeri-samurai',
    sourceLang: 'id',
    source: 'Negeri Samurai',
    kind: 'country',
    literals: {en: ['samurai country', 'country of samurai', 'country of the samurai', 'land of samurai', 'land of the samurai', 'samurai nation', 'samurai state', 'samurai land', 'country of samurais', 'land of samurais']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'high',
    guard: {unlessNear: ['film', 'films', 'movie', 'movies', 'sword', 'swords', 'game', 'video', 'anime', 'manga', 'kurosawa', 'feudal', 'edo', 'shogun', 'century', 'museum']}
  },
  {
    id: 'kota-wali',
    sourceLang: 'id',
    source: 'Kota Wali',
    kind: 'city',
    literals: {en: ['city of saints', 'city of the saints', 'saints city', 'wali city', 'city of wali', 'city of the wali', 'city of guardians', 'guardian city', 'city of the guardians', 'city of walis']},
    expected: {en: ['Demak']},
    meaning: 'Demak',
    confidence: 'low',
    guard: {onlyNear: ['demak', 'java', 'javanese', 'central', 'indonesia', 'indonesian', 'mosque', 'wali', 'songo', 'regency'], unlessNear: ['rome', 'vatican', 'catholic', 'pope', 'ávila', 'avila', 'assisi', 'new', 'orleans', 'saints'], window: 30}
  },
  {
    id: 'kota-bertuah',
    sourceLang: 'id',
    source: 'Kota Bertuah',
    kind: 'city',
    literals: {en: ['lucky city', 'blessed city', 'fortunate city', 'auspicious city', 'city of luck', 'bertuah city', 'charmed city', 'magic city', 'city of blessings']},
    expected: {en: ['Pekanbaru']},
    meaning: 'Pekanbaru',
    confidence: 'low',
    guard: {onlyNear: ['pekanbaru', 'riau', 'sumatra', 'indonesia', 'indonesian', 'siak', 'regency', 'mayor', 'pemkot', 'walikota', 'dumai'], window: 30}
  },
  {
    id: 'kota-karang',
    sourceLang: 'id',
    source: 'Kota Karang',
    kind: 'city',
    literals: {en: ['coral city', 'city of coral', 'city of corals', 'rock city', 'reef city', 'coral town', 'karang city']},
    expected: {en: ['Kupang']},
    meaning: 'Kupang',
    confidence: 'low',
    guard: {onlyNear: ['kupang', 'ntt', 'timor', 'nusa', 'tenggara', 'indonesia', 'indonesian', 'rote', 'flores', 'mayor'], unlessNear: ['reef', 'reefs', 'diving', 'divers', 'marine', 'bleaching', 'florida', 'gables'], window: 30}
  },
  {
    id: 'kota-jam-gadang',
    sourceLang: 'id',
    source: 'Kota Jam Gadang',
    kind: 'city',
    literals: {en: ['big clock city', 'city of the big clock', 'jam gadang city', 'city of jam gadang', 'great clock city', 'city of the great clock', 'clock tower city', 'big hour city', 'city of the big hour']},
    expected: {en: ['Bukittinggi']},
    meaning: 'Bukittinggi',
    confidence: 'high',
    guard: {unlessNear: ['london', 'westminster', 'ben', 'parliament']}
  },
  {
    id: 'kota-manise',
    sourceLang: 'id',
    source: 'Kota Ambon Manise / Kota Manise',
    kind: 'city',
    literals: {en: ['manise city', 'city of manise', 'sweet city', 'sweet ambon city', 'city of sweet ambon', 'ambon manise city', 'city of ambon manise', 'sweet town', 'city of music ambon']},
    expected: {en: ['Ambon']},
    meaning: 'Ambon',
    confidence: 'low',
    guard: {onlyNear: ['ambon', 'maluku', 'moluccas', 'moluccan', 'indonesia', 'indonesian', 'seram', 'mayor', 'pemkot'], window: 30}
  },
  {
    id: 'kota-beriman',
    sourceLang: 'id',
    source: 'Kota Beriman',
    kind: 'city',
    literals: {en: ['faithful city', 'city of faith', 'believing city', 'beriman city', 'pious city', 'devout city', 'city of the faithful', 'faith city']},
    expected: {en: ['Balikpapan']},
    meaning: 'Balikpapan (motto: Bersih, Indah, Aman, Nyaman)',
    confidence: 'low',
    guard: {onlyNear: ['balikpapan', 'kalimantan', 'borneo', 'samarinda', 'nusantara', 'ikn', 'indonesia', 'indonesian', 'mayor', 'pemkot', 'pertamina'], unlessNear: ['jerusalem', 'mecca', 'vatican', 'medina', 'rome', 'church', 'pilgrims', 'pilgrimage'], window: 30}
  },
  {
    id: 'macan-kemayoran',
    sourceLang: 'id',
    source: 'Macan Kemayoran',
    kind: 'organisation',
    literals: {en: ['kemayoran tiger', 'kemayoran tigers', 'tiger of kemayoran', 'tigers of kemayoran', 'kemayoran panther', 'kemayoran panthers', 'kemayoran leopard', 'kemayoran leopards', 'kemayoran macan']},
    expected: {en: ['Persija Jakarta', 'Persija']},
    meaning: 'Persija Jakarta',
    confidence: 'high'
  },
  {
    id: 'maung-bandung',
    sourceLang: 'id',
    source: 'Maung Bandung / Pangeran Biru',
    kind: 'organisation',
    literals: {en: ['bandung tiger', 'bandung tigers', 'tiger of bandung', 'tigers of bandung', 'maung bandung', 'bandung maung', 'blue prince', 'blue princes', 'the blue prince team']},
    expected: {en: ['Persib Bandung', 'Persib']},
    meaning: 'Persib Bandung',
    confidence: 'high',
    guard: {unlessNear: ['zoo', 'zoos', 'animal', 'animals', 'wildlife', 'cage', 'caged', 'keeper', 'keepers', 'conservation', 'painting', 'fairy', 'tale', 'opera', 'royal', 'king', 'queen']}
  },
  {
    id: 'id-tanah-rencong',
    sourceLang: 'id',
    source: 'Tanah Rencong',
    kind: 'region',
    literals: {en: ['land of rencong', 'rencong land', 'land of the rencong', 'earth of rencong', 'tanah rencong']},
    expected: {en: ['Aceh']},
    meaning: 'Aceh (the rencong dagger)',
    confidence: 'high'
  },
  {
    id: 'id-ranah-minang',
    sourceLang: 'id',
    source: 'Ranah Minang',
    kind: 'region',
    literals: {en: ['minang realm', 'realm of minang', 'minang domain', 'domain of minang', 'ranah minang', 'minang land', 'land of minang']},
    expected: {en: ['West Sumatra']},
    meaning: 'West Sumatra (the Minangkabau homeland)',
    confidence: 'high'
  },
  {
    id: 'id-bumi-lancang-kuning',
    sourceLang: 'id',
    source: 'Bumi Lancang Kuning',
    kind: 'region',
    literals: {en: ['land of lancang kuning', 'earth of lancang kuning', 'lancang kuning earth', 'yellow canoe earth', 'land of the yellow canoe', 'bumi lancang kuning']},
    expected: {en: ['Riau']},
    meaning: 'Riau',
    confidence: 'high'
  },
  {
    id: 'id-bumi-sriwijaya',
    sourceLang: 'id',
    source: 'Bumi Sriwijaya',
    kind: 'region',
    literals: {en: ['earth of sriwijaya', 'sriwijaya earth', 'land of sriwijaya', 'bumi sriwijaya', 'sriwijaya land']},
    expected: {en: ['South Sumatra']},
    meaning: 'South Sumatra',
    confidence: 'high',
    guard: {unlessNear: ['kingdom', 'empire', 'century', 'ancient', 'airline', 'air', 'university', 'football', 'fc']}
  },
  {
    id: 'id-bumi-etam',
    sourceLang: 'id',
    source: 'Bumi Etam',
    kind: 'region',
    literals: {en: ['earth of etam', 'etam earth', 'land of etam', 'bumi etam']},
    expected: {en: ['East Kalimantan']},
    meaning: 'East Kalimantan',
    confidence: 'high'
  },
  {
    id: 'id-bumi-rafflesia',
    sourceLang: 'id',
    source: 'Bumi Rafflesia',
    kind: 'region',
    literals: {en: ['earth of rafflesia', 'rafflesia earth', 'land of rafflesia', 'bumi rafflesia', 'rafflesia land']},
    expected: {en: ['Bengkulu']},
    meaning: 'Bengkulu',
    confidence: 'high',
    guard: {unlessNear: ['flower', 'flowers', 'bloom', 'blooming', 'botanist', 'botanical', 'petals', 'parasitic']}
  },
  {
    id: 'id-bumi-anoa',
    sourceLang: 'id',
    source: 'Bumi Anoa',
    kind: 'region',
    literals: {en: ['earth of anoa', 'anoa earth', 'land of anoa', 'land of the anoa', 'bumi anoa']},
    expected: {en: ['Southeast Sulawesi']},
    meaning: 'Southeast Sulawesi (the anoa, a dwarf buffalo)',
    confidence: 'high',
    guard: {unlessNear: ['buffalo', 'species', 'wildlife', 'endangered', 'zoo', 'conservation']}
  },
  {
    id: 'id-bumi-tadulako',
    sourceLang: 'id',
    source: 'Bumi Tadulako',
    kind: 'region',
    literals: {en: ['earth of tadulako', 'tadulako earth', 'land of tadulako', 'bumi tadulako']},
    expected: {en: ['Central Sulawesi']},
    meaning: 'Central Sulawesi',
    confidence: 'high',
    guard: {unlessNear: ['university', 'universitas', 'campus', 'students']}
  },
  {
    id: 'id-bumi-flobamora',
    sourceLang: 'id',
    source: 'Bumi Flobamora / Flobamorata',
    kind: 'region',
    literals: {en: ['earth of flobamora', 'flobamora earth', 'land of flobamora', 'bumi flobamora']},
    expected: {en: ['East Nusa Tenggara']},
    meaning: 'East Nusa Tenggara (Flores, Sumba, Timor, Alor)',
    confidence: 'high'
  },
  {
    id: 'id-bumi-nyiur-melambai',
    sourceLang: 'id',
    source: 'Bumi Nyiur Melambai',
    kind: 'region',
    literals: {en: ['land of the waving coconut', 'land of waving coconuts', 'earth of the waving coconut', 'waving coconut land', 'land of waving palms', 'earth of waving coconuts']},
    expected: {en: ['North Sulawesi']},
    meaning: 'North Sulawesi',
    confidence: 'high'
  },
  {
    id: 'id-bumi-ruwa-jurai',
    sourceLang: 'id',
    source: 'Bumi Ruwa Jurai',
    kind: 'region',
    literals: {en: ['earth of ruwa jurai', 'ruwa jurai earth', 'land of ruwa jurai', 'bumi ruwa jurai']},
    expected: {en: ['Lampung']},
    meaning: 'Lampung',
    confidence: 'high'
  },
  {
    id: 'id-tanah-pasundan',
    sourceLang: 'id',
    source: 'Tanah Pasundan / Tatar Sunda',
    kind: 'region',
    literals: {en: ['pasundan land', 'land of pasundan', 'earth of pasundan', 'tatar sunda', 'land of sunda', 'sunda land']},
    expected: {en: ['West Java']},
    meaning: 'West Java (the Sundanese lands)',
    confidence: 'high',
    guard: {unlessNear: ['shelf', 'ice', 'age', 'glacial', 'sea', 'strait', 'prehistoric']}
  },
  {
    id: 'id-pulau-garam',
    sourceLang: 'id',
    source: 'Pulau Garam',
    kind: 'region',
    literals: {en: ['salt island', 'island of salt']},
    expected: {en: ['Madura']},
    meaning: 'Madura (its salt pans)',
    confidence: 'low',
    guard: {onlyNear: ['madura', 'madurese', 'sumenep', 'pamekasan', 'sampang', 'bangkalan', 'suramadu'], window: 40}
  },
  {
    id: 'id-negeri-beton',
    sourceLang: 'id',
    source: 'Negeri Beton',
    kind: 'country',
    literals: {en: ['concrete country', 'country of concrete', 'land of concrete', 'concrete state', 'concrete nation']},
    expected: {en: ['Hong Kong']},
    meaning: 'Hong Kong (its high-rises)',
    confidence: 'high',
    guard: {unlessNear: ['cement', 'construction', 'builders', 'paving', 'bridges', 'infrastructure']}
  },
  {
    id: 'id-negeri-panser',
    sourceLang: 'id',
    source: 'Negeri Panser',
    kind: 'country',
    literals: {en: ['panzer country', 'country of panzers', 'land of panzers', 'panzer nation', 'tank country']},
    expected: {en: ['Germany']},
    meaning: 'Germany',
    confidence: 'high',
    guard: {unlessNear: ['war', '1940', '1944', '1945', 'wehrmacht', 'history', 'museum']}
  },
  {
    id: 'id-kota-tahu',
    sourceLang: 'id',
    source: 'Kota Tahu',
    kind: 'city',
    literals: {en: ['tofu city', 'city of tofu', 'tahu city']},
    expected: {en: ['Kediri']},
    meaning: 'Kediri (its tofu)',
    confidence: 'low',
    guard: {onlyNear: ['kediri', 'east', 'java'], window: 40}
  },
  {
    id: 'id-kota-mangga',
    sourceLang: 'id',
    source: 'Kota Mangga',
    kind: 'city',
    literals: {en: ['mango city', 'city of mangoes', 'city of mango']},
    expected: {en: ['Indramayu']},
    meaning: 'Indramayu',
    confidence: 'low',
    guard: {onlyNear: ['indramayu', 'cirebon', 'west', 'java'], window: 40}
  },
  {
    id: 'id-korps-adhyaksa',
    sourceLang: 'id',
    source: 'Korps Adhyaksa',
    kind: 'organisation',
    literals: {en: ['adhyaksa corps', 'corps adhyaksa', 'korps adhyaksa']},
    expected: {en: ['the prosecution service']},
    meaning: 'the Indonesian prosecution service (named after the Majapahit title *adhyaksa*)',
    confidence: 'high'
  },
  {
    id: 'id-orang-nomor-satu',
    sourceLang: 'id',
    source: 'orang nomor satu',
    kind: 'person',
    literals: {en: ['number one person in', 'number one person of', 'number one man in', 'number one man of', 'number one woman in', 'number one woman of', 'number one person at']},
    expected: {en: ['the head of', 'the mayor of', 'the regent of']},
    meaning: 'the head of an administration (a regent, mayor or governor)',
    confidence: 'high',
    note: 'Indonesian press calls a regional head *orang nomor satu di* (the number one person in) a place.'
  },
  {
    id: 'id-korps-bhayangkara',
    sourceLang: 'id',
    source: "Korps Bhayangkara",
    kind: 'organisation',
    literals: {en: ["the bhayangkara corps", "bhayangkara corps", "the corps of bhayangkara", "corps bhayangkara"]},
    expected: {en: ["the police"]},
    meaning: "the Indonesian National Police",
    confidence: 'high',
    note: "Indonesian press calls the national police *Korps Bhayangkara* (the Bhayangkara Corps)."
  }
]
