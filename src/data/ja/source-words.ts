import type {SourceWordList} from '../types.js'

/**
 * Japanese left in English or French text: romanised set phrases and
 * particles, and kana or kanji reporting formulas. Japanese honorifics
 * (-san, -sama, -kun, -chan) follow the name and are written as one word
 * with it ("Tanaka-san"), so none is listed as coming before a name; bare
 * "san" and "sama" are names or place-name parts in English text.
 */
export const sourceWords: SourceWordList = {
  sourceLang: 'ja',
  words: [
    'desu', 'masu', 'deshita', 'mashita', 'arigato', 'arigatou', 'gozaimasu', 'gozaimashita', 'sumimasen', 'onegaishimasu', 'yoroshiku', 'kudasai', 'dozo', 'douzo', 'gambatte',
    'ganbatte', 'ganbarimasu', 'otsukaresama', 'itadakimasu', 'gochisousama', 'shitsurei', 'moushiwake', 'gomennasai', 'nado', 'toiu', 'to iu', 'ni tsuite',
    'ni yoru to', 'shacho', 'shachō', 'bucho', 'buchō', 'kacho', 'kachō', 'daijin', 'chiji', 'shicho', 'shichō', 'kaicho', 'kaichō', 'senpai', 'sempai', 'kohai', 'kōhai',
    'によると', 'と述べた', 'と話した', 'と語った', 'と説明した', 'と強調した', 'という', 'について', 'などの', 'しかし', 'また', 'です', 'ます', 'でした', 'ました', '氏', 'さん', '様',
    '円', '億円', '万円', '首相', '大臣', '知事', '市長', '社長'
  ],
  // Offices MT leaves in romaji (*保健所*, *市役所*, *町役場*): English names them.
  terms: {hokenjo: 'public health centre', shiyakusho: 'city hall', yakuba: 'town office', kencho: 'prefectural government', kenchō: 'prefectural government', shobosho: 'fire station', shōbōsho: 'fire station',
    // Ministries by their romanised short names (*国交省*, *厚労省*, *経産省*, *文科省*, *財務省*, *環境省*, *農水省*).
    kokkōshō: 'the transport ministry', kokkosho: 'the transport ministry', kōrōshō: 'the health ministry', korosho: 'the health ministry',
    keisanshō: 'the industry ministry', keisansho: 'the industry ministry', monkashō: 'the education ministry', monkasho: 'the education ministry',
    zaimushō: 'the finance ministry', zaimusho: 'the finance ministry', kankyōshō: 'the environment ministry', kankyosho: 'the environment ministry',
    nōsuishō: 'the agriculture ministry', nosuisho: 'the agriculture ministry'},
  honorifics: [],
  spared: [
    'tsunami', 'karaoke', 'sushi', 'sashimi', 'ramen', 'anime', 'manga', 'emoji', 'kaizen', 'keiretsu', 'zaibatsu', 'shinkansen', 'sake', 'tofu', 'miso', 'wasabi', 'samurai',
    'shogun', 'kimono', 'judo', 'karate', 'sumo', 'origami', 'bonsai', 'haiku', 'geisha', 'yen', 'tempura', 'teriyaki', 'umami', 'yakuza', 'otaku', 'kawaii', 'ikebana', 'futon',
    'tycoon', 'honcho', 'rickshaw', 'izakaya', 'onsen', 'ryokan', 'omakase', 'udon', 'soba', 'matcha', 'nemawashi', 'amakudari', 'shunto', 'karoshi', 'hikikomori', 'sontaku',
    'abenomics', 'kabuki', 'noh', 'kanji', 'hiragana', 'katakana', 'yakitori', 'edamame', 'wagyu', 'dashi', 'bento', 'tatami', 'dojo', 'zen', 'reiki', 'sudoku', 'pachinko',
    'kamikaze', 'hibakusha', 'ninja', 'ninjas', 'shiba', 'akita', 'nori', 'yuzu', 'mochi', 'tonkatsu', 'gyoza', 'okonomiyaki', 'takoyaki', 'sensei', 'kami', 'torii', 'shinto',
    'kendo', 'aikido', 'jujitsu', 'jiu-jitsu', 'mangaka', 'cosplay', 'kabukicho', 'keidanren', 'rengo', 'koban', 'tanuki', 'kombini', 'konbini', 'kotatsu', 'shochu', 'hanami',
    'ekiden', 'yokozuna', 'ozeki', 'dohyo'
  ]
}
