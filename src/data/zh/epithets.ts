import type {CalqueEntry} from '../types.js'

/**
 * Nicknames of Chinese cities, regions and countries used by the
 * mainland press (Xinhua, People's Daily, city papers, Weibo-era headlines)
 * that machine translation renders word for word.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'zh-bingcheng-harbin',
    sourceLang: 'zh',
    source: '冰城',
    kind: 'city',
    literals: {
      en: ['ice city', 'city of ice', 'ice town', 'bingcheng'],
      fr: ['la ville de glace', 'ville de glace', 'la ville des glaces', 'ville des glaces'],
      ar: ['مدينة الجليد', 'مدينة الثلج والجليد']
    },
    expected: {en: ['Harbin', 'the city'], fr: ['Harbin'], ar: ['هاربين']},
    meaning: 'Harbin, capital of Heilongjiang, known for its ice festival',
    confidence: 'high',
    guard: {unlessNear: ['sculpture', 'sculptures', 'sculpted', 'carved', 'miniature', 'replica', 'igloo', 'igloos']}
  },
  {
    id: 'zh-erbin-harbin',
    sourceLang: 'zh',
    source: '尔滨',
    kind: 'city',
    literals: {en: ['erbin', 'er bin', "er'bin"], fr: ['erbin']},
    expected: {en: ['Harbin'], fr: ['Harbin']},
    meaning: 'Harbin; an affectionate internet nickname coined in the 2023-24 tourism boom',
    confidence: 'high'
  },
  {
    id: 'zh-shancheng-chongqing',
    sourceLang: 'zh',
    source: '山城',
    kind: 'city',
    literals: {en: ['mountain city', 'city of mountains', 'hill city', 'shancheng'], fr: ['la ville de montagne', 'ville de montagne', 'la ville des montagnes']},
    expected: {en: ['Chongqing', 'the city'], fr: ['Chongqing']},
    meaning: 'Chongqing, built on hills above the Yangtze and Jialing',
    confidence: 'low',
    guard: {unlessNear: ['colorado', 'nevada', 'resort', 'alpine', 'andes', 'himalayan']}
  },
  {
    id: 'zh-quancheng-jinan',
    sourceLang: 'zh',
    source: '泉城',
    kind: 'city',
    literals: {en: ['spring city', 'city of springs', 'springs city', 'city of spring', 'quancheng'], fr: ['la ville des sources', 'ville des sources']},
    expected: {en: ['Jinan', 'the city'], fr: ['Jinan']},
    meaning: 'Jinan, capital of Shandong, famous for its 72 artesian springs (泉 = water spring)',
    confidence: 'low',
    guard: {onlyNear: ['jinan', 'shandong', 'baotu', 'daming', 'licheng', 'shandong\'s', 'jinan\'s'], window: 60},
    note: '“Spring City” is also the press nickname of Kunming (春城, spring the season); this entry only applies near Jinan or Shandong.'
  },
  {
    id: 'zh-chuncheng-kunming',
    sourceLang: 'zh',
    source: '春城',
    kind: 'city',
    literals: {en: ['spring city', 'city of spring', 'city of eternal spring', 'city of everlasting spring', 'spring town', 'chuncheng'], fr: ['la ville du printemps', 'ville du printemps', 'la ville de l\'éternel printemps', 'ville de l\'éternel printemps']},
    expected: {en: ['Kunming', 'the city'], fr: ['Kunming']},
    meaning: 'Kunming, capital of Yunnan, mild all year',
    confidence: 'high',
    guard: {unlessNear: ['pennsylvania', 'tennessee', 'utah', 'pa', 'tenn', 'changchun', 'jinan', 'shandong', 'borough']}
  },
  {
    id: 'zh-yangcheng-guangzhou',
    sourceLang: 'zh',
    source: '羊城',
    kind: 'city',
    literals: {en: ['goat city', 'ram city', 'sheep city', 'city of goats', 'city of sheep', 'city of five rams', 'five rams city', 'five goats city', 'city of the five goats'], fr: ['la ville des chèvres', 'ville des chèvres', 'la ville des béliers', 'ville des béliers', 'ville des moutons']},
    expected: {en: ['Guangzhou', 'the city'], fr: ['Canton', 'Guangzhou']},
    meaning: 'Guangzhou, after the legend of five immortals riding rams',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmers', 'herd', 'herds', 'flock', 'livestock', 'dodge', 'nfl', 'football']}
  },
  {
    id: 'zh-huacheng-guangzhou',
    sourceLang: 'zh',
    source: '花城',
    kind: 'city',
    literals: {en: ['flower city', 'city of flowers', 'huacheng'], fr: ['la ville des fleurs', 'ville des fleurs', 'ville fleurie']},
    expected: {en: ['Guangzhou', 'the city'], fr: ['Canton', 'Guangzhou']},
    meaning: 'Guangzhou, after its year-round flower markets',
    confidence: 'low',
    guard: {unlessNear: ['rochester', 'york', 'kunming', 'show', 'festival']}
  },
  {
    id: 'zh-pengcheng-shenzhen',
    sourceLang: 'zh',
    source: '鹏城',
    kind: 'city',
    literals: {en: ['peng city', 'roc city', 'city of peng', 'city of the roc'], fr: ['la ville de peng', 'ville de peng']},
    expected: {en: ['Shenzhen', 'the city'], fr: ['Shenzhen']},
    meaning: 'Shenzhen, after Dapeng, the fort that gave the area its old name',
    confidence: 'high'
  },
  {
    id: 'zh-rongcheng-chengdu',
    sourceLang: 'zh',
    source: '蓉城',
    kind: 'city',
    literals: {en: ['rong city', 'hibiscus city', 'city of hibiscus', 'city of hibiscuses', 'cotton rose city'], fr: ['la ville des hibiscus', 'ville des hibiscus', 'la ville de rong']},
    expected: {en: ['Chengdu', 'the city'], fr: ['Chengdu']},
    meaning: 'Chengdu, after the hibiscus planted on its walls in the Five Dynasties',
    confidence: 'high'
  },
  {
    id: 'zh-modu-shanghai',
    sourceLang: 'zh',
    source: '魔都',
    kind: 'city',
    literals: {en: ['magic capital', 'magical capital', 'demon capital', 'devil capital', 'demonic capital', 'modu'], fr: ['la capitale magique', 'capitale magique', 'la capitale démoniaque'], ar: ['العاصمة السحرية', 'عاصمة السحر']},
    expected: {en: ['Shanghai', 'the city'], fr: ['Shanghai'], ar: ['شنغهاي']},
    meaning: 'Shanghai; a nickname from a 1920s Japanese travel book, now internet slang',
    confidence: 'high'
  },
  {
    id: 'zh-modu-shanghai-magic-city',
    sourceLang: 'zh',
    source: '魔都',
    kind: 'city',
    literals: {en: ['magic city', 'city of magic'], fr: ['la ville magique', 'ville magique']},
    expected: {en: ['Shanghai', 'the city'], fr: ['Shanghai']},
    meaning: 'Shanghai; internet nickname',
    confidence: 'low',
    guard: {unlessNear: ['miami', 'florida', 'birmingham', 'alabama', 'roanoke', 'minot', 'disney', 'orlando', 'heat']},
    note: '“Magic City” is Miami\'s nickname in English; only flagged in Chinese-source text.'
  },
  {
    id: 'zh-didu-beijing',
    sourceLang: 'zh',
    source: '帝都',
    kind: 'city',
    literals: {en: ['imperial capital', 'emperor capital', 'emperor\'s capital', 'imperial city of beijing', 'didu'], fr: ['la capitale impériale', 'capitale impériale']},
    expected: {en: ['Beijing', 'the capital'], fr: ['Pékin']},
    meaning: 'Beijing; tongue-in-cheek internet nickname',
    confidence: 'low',
    guard: {unlessNear: ['former', 'ancient', 'old', 'dynasty', 'dynasties', 'ming', 'qing', 'tang', 'song', 'yuan', 'kyoto', 'nara', 'hue', 'xi\'an', 'luoyang', 'kaifeng', 'nanjing', 'vienna', 'istanbul', 'constantinople', 'rome', 'historic', 'historical', 'century', 'centuries']}
  },
  {
    id: 'zh-baodao-taiwan',
    sourceLang: 'zh',
    source: '宝岛',
    kind: 'region',
    literals: {en: ['treasured island', 'precious island', 'treasure isle', 'baodao', 'baodao island', 'bao island'], fr: ['l\'île au trésor', 'île précieuse', 'l\'île précieuse']},
    expected: {en: ['Taiwan', 'the island'], fr: ['Taïwan']},
    meaning: 'Taiwan',
    confidence: 'high'
  },
  {
    id: 'zh-baodao-taiwan-treasure-island',
    sourceLang: 'zh',
    source: '宝岛',
    kind: 'region',
    literals: {en: ['treasure island']},
    expected: {en: ['Taiwan', 'the island']},
    meaning: 'Taiwan',
    confidence: 'low',
    guard: {unlessNear: ['stevenson', 'novel', 'book', 'film', 'movie', 'pirate', 'pirates', 'francisco', 'san', 'florida', 'casino', 'hotel', 'las', 'vegas', 'musical', 'disney', 'silver']},
    note: '“Treasure Island” is Stevenson\'s novel and a San Francisco neighbourhood; only flagged in Chinese-source text.'
  },
  {
    id: 'zh-shicheng-singapore',
    sourceLang: 'zh',
    source: '狮城',
    kind: 'country',
    literals: {en: ['lion city', 'city of lions', 'shicheng'], fr: ['la ville du lion', 'ville du lion', 'la cité du lion']},
    expected: {en: ['Singapore', 'the city-state'], fr: ['Singapour']},
    meaning: 'Singapore (Singapura, "lion city" in Malay)',
    confidence: 'low',
    note: '“The Lion City” is an established English nickname; only flagged in Chinese-source text.'
  },
  {
    id: 'zh-xiangjiang-hong-kong',
    sourceLang: 'zh',
    source: '香江',
    kind: 'city',
    literals: {en: ['fragrant river', 'fragrance river', 'fragrant harbour river', 'fragrant stream'], fr: ['la rivière parfumée', 'rivière parfumée', 'le fleuve parfumé']},
    expected: {en: ['Hong Kong'], fr: ['Hong Kong']},
    meaning: 'Hong Kong (literally "fragrant river")',
    confidence: 'high',
    guard: {unlessNear: ['hue', 'vietnam', 'vietnamese', 'perfume', 'hunan']}
  },
  {
    id: 'zh-dongfangzhizhu-hong-kong',
    sourceLang: 'zh',
    source: '东方之珠',
    kind: 'city',
    literals: {en: ['pearl of the orient', 'oriental pearl', 'pearl of the east', 'eastern pearl'], fr: ['la perle de l\'orient', 'perle de l\'orient']},
    expected: {en: ['Hong Kong'], fr: ['Hong Kong']},
    meaning: 'Hong Kong',
    confidence: 'low',
    guard: {unlessNear: ['tower', 'tv', 'television', 'manila', 'penang', 'philippines', 'cruise', 'ship']}
  },
  {
    id: 'zh-ludao-xiamen',
    sourceLang: 'zh',
    source: '鹭岛',
    kind: 'city',
    literals: {en: ['egret island', 'island of egrets', 'heron island of xiamen'], fr: ['l\'île aux aigrettes', 'île aux aigrettes']},
    expected: {en: ['Xiamen', 'the city'], fr: ['Xiamen']},
    meaning: 'Xiamen, after the egrets of its island',
    confidence: 'high',
    guard: {unlessNear: ['bird', 'birds', 'birdwatchers', 'nesting', 'wetland', 'reserve', 'mauritius']}
  },
  {
    id: 'zh-rongcheng-fuzhou',
    sourceLang: 'zh',
    source: '榕城',
    kind: 'city',
    literals: {en: ['banyan city', 'city of banyans', 'city of banyan trees', 'banyan tree city'], fr: ['la ville des banians', 'ville des banians']},
    expected: {en: ['Fuzhou', 'the city'], fr: ['Fuzhou']},
    meaning: 'Fuzhou, capital of Fujian, after its banyan trees',
    confidence: 'high'
  },
  {
    id: 'zh-jiangcheng-wuhan',
    sourceLang: 'zh',
    source: '江城',
    kind: 'city',
    literals: {en: ['jiang city', 'jiangcheng city', 'river city'], fr: ['la ville du fleuve', 'ville du fleuve']},
    expected: {en: ['Wuhan', 'the city'], fr: ['Wuhan']},
    meaning: 'Wuhan, on the Yangtze',
    confidence: 'low',
    guard: {onlyNear: ['wuhan', 'hubei', 'yangtze', 'wuhan\'s', 'hankou', 'wuchang'], window: 60}
  },
  {
    id: 'zh-xingcheng-changsha',
    sourceLang: 'zh',
    source: '星城',
    kind: 'city',
    literals: {en: ['star city', 'city of stars'], fr: ['la ville des étoiles', 'ville des étoiles']},
    expected: {en: ['Changsha', 'the city'], fr: ['Changsha']},
    meaning: 'Changsha, capital of Hunan',
    confidence: 'low',
    guard: {onlyNear: ['changsha', 'hunan', 'changsha\'s', 'xiang', 'yuelu'], window: 60}
  },
  {
    id: 'zh-beishangguang',
    sourceLang: 'zh',
    source: '北上广',
    kind: 'region',
    literals: {en: ['beishangguang', 'bei shang guang', 'north shanghai guangzhou', 'north-shanghai-guangzhou'], fr: ['beishangguang']},
    expected: {en: ['Beijing, Shanghai and Guangzhou'], fr: ['Pékin, Shanghai et Canton']},
    meaning: 'Beijing, Shanghai and Guangzhou, China\'s first-tier cities',
    confidence: 'high'
  },
  {
    id: 'zh-woguo-our-country',
    sourceLang: 'zh',
    source: '我国',
    kind: 'country',
    literals: {en: ['our country', 'our nation'], fr: ['notre pays']},
    expected: {en: ['China'], fr: ['la Chine']},
    meaning: 'China; Chinese news copy says 我国 "our country" in the narrative voice',
    confidence: 'low',
    guard: {unlessNear: ['said', 'says', 'told', 'we', 'i', 'us']},
    note: 'Fine inside a quotation; in the article\'s own voice an English news text names the country.'
  },
  {
    id: 'zh-daishu-guo',
    sourceLang: 'zh',
    source: "袋鼠国",
    kind: 'country',
    literals: {en: ["the kangaroo country", "kangaroo country", "the land of kangaroos"]},
    expected: {en: ["Australia"]},
    meaning: "Australia",
    confidence: 'high',
    guard: {capitalised: 'first'},
    note: "Chinese press calls Australia *袋鼠国* (the kangaroo country)."
  },
  {
    id: 'zh-dou-niu-zhi-guo',
    sourceLang: 'zh',
    source: "斗牛之国",
    kind: 'country',
    literals: {en: ["the country of bullfighting", "country of bullfighting", "the land of bullfighting", "the kingdom of bullfighting", "the bullfighting country"]},
    expected: {en: ["Spain"]},
    meaning: "Spain, in Chinese press",
    confidence: 'low'
  },
  {
    id: 'zh-dao-guo',
    sourceLang: 'zh',
    source: '岛国',
    kind: 'country',
    literals: {en: ['the island country', 'the island nation']},
    expected: {en: ['Japan']},
    meaning: 'Japan (岛国, the island country, in Chinese press)',
    confidence: 'low',
    guard: {capitalised: true}
  },
  {
    id: 'zh-meiguo',
    sourceLang: 'zh',
    source: "美国",
    kind: 'country',
    literals: {en: ["beautiful country", "the beautiful country", "beautiful nation"]},
    expected: {en: ["the United States"]},
    meaning: "the United States (*美国*, literally \"beautiful country\")",
    confidence: 'high',
    guard: {capitalised: true}
  }
]
