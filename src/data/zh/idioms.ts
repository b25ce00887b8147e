import type {CalqueEntry} from '../types.js'

/**
 * Chinese set phrases, measure words, slogans and internet slang of the
 * mainland press that machine translation renders word for word.
 */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'zh-laobaixing',
    sourceLang: 'zh',
    source: '老百姓',
    kind: 'phrase',
    literals: {
      en: ['old hundred surnames', 'old hundred names', 'old one hundred surnames', 'common hundred surnames', 'the hundred surnames', 'old common people'],
      fr: ['vieux cent noms', 'vieilles cent familles', 'les cent noms de famille']
    },
    expected: {en: ['ordinary people', 'residents'], fr: ['les gens ordinaires', 'la population']},
    meaning: 'ordinary people, the general public',
    confidence: 'high'
  },
  {
    id: 'zh-renci-tourists',
    sourceLang: 'zh',
    source: '人次 (游客)',
    kind: 'phrase',
    literals: {
      en: ['person-times of tourists', 'person times of tourists', 'person-time of tourists', 'man-times of tourists', 'person-times of visitors', 'person times of visitors', 'tourist person-times', 'visitor person-times', 'person-times of tourist visits'],
      fr: ['personnes-fois de touristes', 'fois-personnes de touristes']
    },
    expected: {en: ['tourist visits', 'visits'], fr: ['visites de touristes']},
    meaning: 'tourist visits: 人次 counts each visit, not each person',
    confidence: 'high'
  },
  {
    id: 'zh-renci-passengers',
    sourceLang: 'zh',
    source: '人次 (旅客)',
    kind: 'phrase',
    literals: {
      en: ['person-times of passengers', 'person times of passengers', 'passenger-times', 'passenger times', 'passenger person-times'],
      fr: ['personnes-fois de voyageurs', 'voyageurs-fois']
    },
    expected: {en: ['passenger trips', 'trips'], fr: ['voyages']},
    meaning: 'passenger trips: 人次 counts each trip, not each person',
    confidence: 'high'
  },
  {
    id: 'zh-renci',
    sourceLang: 'zh',
    source: '人次',
    kind: 'phrase',
    literals: {en: ['person-times', 'person times', 'person-time', 'man-times', 'people-times', 'person-visits', 'renci'], fr: ['personnes-fois', 'fois-personnes']},
    expected: {en: ['visits', 'trips', 'times'], fr: ['visites', 'passages']},
    meaning: 'visits or trips: 人次 counts each occurrence, not each person',
    confidence: 'high'
  },
  {
    id: 'zh-nanfang-xiaotudou',
    sourceLang: 'zh',
    source: '南方小土豆',
    kind: 'phrase',
    literals: {
      en: [
        'the southern little potatoes', 'southern little potatoes', 'southern little potato', 'little southern potatoes', 'southern small potatoes', 'small southern potatoes',
        'the little potatoes from the south', 'little potatoes from the south', 'small potatoes from the south', 'little potatoes from southern china', 'nanfang xiaotudou'
      ],
      fr: ['les petites pommes de terre du sud', 'petites pommes de terre du sud', 'petites patates du sud']
    },
    expected: {en: ['tourists from southern China'], fr: ['les touristes du sud de la Chine']},
    meaning: 'tourists from southern China; a teasing internet nickname (from their winter hats and short stature in the snow)',
    confidence: 'high'
  },
  {
    id: 'zh-yidai-yilu',
    sourceLang: 'zh',
    source: '一带一路',
    kind: 'phrase',
    literals: {en: ['one belt one road', 'one belt, one road', 'one belt and one road', 'one belt-one road', 'obor initiative', 'yidai yilu'], fr: ['une ceinture une route', 'une ceinture, une route']},
    expected: {en: ['Belt and Road Initiative'], fr: ['les nouvelles routes de la soie', 'l\'initiative « la Ceinture et la Route »']},
    meaning: 'the Belt and Road Initiative; "One Belt, One Road" was dropped as the official English name in 2015',
    confidence: 'high',
    guard: {unlessNear: ['formerly', 'originally', 'renamed', 'known', 'dubbed', 'called', 'initially', 'once']}
  },
  {
    id: 'zh-lianghui',
    sourceLang: 'zh',
    source: '两会',
    kind: 'phrase',
    literals: {en: ['two sessions', 'two meetings', 'lianghui'], fr: ['deux sessions', 'les deux sessions', 'deux réunions']},
    expected: {en: ['the annual sessions of the National People\'s Congress and the CPPCC', 'the annual legislative sessions'], fr: ['les sessions annuelles de l\'APN et de la CCPPC']},
    meaning: 'the annual plenary sessions of the National People\'s Congress and the Chinese People\'s Political Consultative Conference',
    confidence: 'low',
    guard: {onlyNear: ['npc', 'cppcc', 'congress', 'lawmakers', 'legislators', 'deputies', 'political', 'advisers', 'advisors', 'consultative', 'legislature', 'annual', 'national', 'beijing', 'premier'], window: 25},
    note: '“The two sessions” is common in China Daily English; spelled out for a general readership.'
  },
  {
    id: 'zh-mozhe-shitou-guohe',
    sourceLang: 'zh',
    source: '摸着石头过河',
    kind: 'idiom',
    literals: {
      en: [
        'crossing the river by feeling the stones', 'cross the river by feeling the stones', 'crossed the river by feeling the stones', 'crossing the river by touching the stones',
        'cross the river by touching the stones', 'crossing the river by feeling for stones', 'cross the river by feeling for stones', 'feeling the stones to cross the river',
        'touching the stones to cross the river', 'groping for stones to cross the river', 'feel the stones to cross the river'
      ],
      fr: ['traverser la rivière en tâtant les pierres', 'traverser la rivière en tâtonnant les pierres', 'traverser le fleuve en tâtant les pierres']
    },
    expected: {en: ['proceeding by trial and error', 'feeling their way'], fr: ['avancer à tâtons', 'procéder par essais et erreurs']},
    meaning: 'proceeding cautiously by trial and error (Deng Xiaoping\'s description of reform)',
    confidence: 'low'
  },
  {
    id: 'zh-dagongren',
    sourceLang: 'zh',
    source: '打工人',
    kind: 'phrase',
    literals: {en: ['dagongren', 'da gong ren', 'dagong people', 'dagong person', 'worker people', 'working-people person', 'labor people', 'part-time people'], fr: ['dagongren', 'les gens du travail']},
    expected: {en: ['working people', 'wage earners', 'office workers'], fr: ['les salariés', 'les travailleurs']},
    meaning: 'working people, wage earners (self-mocking internet term)',
    confidence: 'high'
  },
  {
    id: 'zh-neijuan',
    sourceLang: 'zh',
    source: '内卷',
    kind: 'phrase',
    literals: {en: ['neijuan', 'nei juan', 'inner rolling', 'internal rolling', 'inward rolling', 'inner curling', 'internal involution'], fr: ['neijuan', 'roulement intérieur']},
    expected: {en: ['cutthroat competition', 'rat race'], fr: ['la concurrence acharnée', 'la course effrénée']},
    meaning: 'wasteful, cutthroat competition that gains no one anything',
    confidence: 'high'
  },
  {
    id: 'zh-neijuan-involution',
    sourceLang: 'zh',
    source: '内卷',
    kind: 'phrase',
    literals: {en: ['involution', 'involutionary competition', 'involution-style competition', 'involuted competition'], fr: ['involution', 'concurrence involutive']},
    expected: {en: ['cutthroat competition', 'rat race', 'price war'], fr: ['la concurrence acharnée', 'la guerre des prix']},
    meaning: 'wasteful, cutthroat competition (internet term adopted in official rhetoric)',
    confidence: 'low',
    guard: {unlessNear: ['uterus', 'uterine', 'postpartum', 'thymus', 'tissue', 'cells', 'cell', 'algebra', 'matrix', 'mathematics', 'mathematical', 'geertz', 'agricultural', 'anthropologist']}
  },
  {
    id: 'zh-gaozhiliang-fazhan',
    sourceLang: 'zh',
    source: '高质量发展',
    kind: 'phrase',
    literals: {en: ['high-quality development', 'high quality development'], fr: ['développement de haute qualité']},
    expected: {en: ['sustainable, quality-focused growth', 'higher-quality growth'], fr: ['une croissance de meilleure qualité']},
    meaning: 'the Party slogan for growth that prizes efficiency, innovation and sustainability over speed',
    confidence: 'low',
    note: 'Official English of the slogan; opaque to general readers when not explained.'
  },
  {
    id: 'zh-wanghong',
    sourceLang: 'zh',
    source: '网红',
    kind: 'phrase',
    literals: {en: ['net red', 'net-red', 'internet red', 'online red', 'web red', 'net reds', 'internet reds'], fr: ['rouge du net', 'rouge d\'internet', 'net rouge']},
    expected: {en: ['influencer', 'viral'], fr: ['influenceur', 'star des réseaux sociaux']},
    meaning: 'internet celebrity, influencer; as an adjective, viral or trendy',
    confidence: 'high',
    guard: {unlessNear: ['ink', 'profit', 'profits', 'loss', 'losses', 'balance', 'wine', 'fishing']}
  },
  {
    id: 'zh-wanghong-daka',
    sourceLang: 'zh',
    source: '网红打卡地',
    kind: 'phrase',
    literals: {
      en: [
        'net red check-in place', 'net red check-in spot', 'net-red check-in spot', 'internet celebrity check-in place', 'internet celebrity check-in spot', 'internet celebrity punch-in spot',
        'punch-in place', 'punch-in spot', 'punch card place', 'punch card spot', 'clock-in spot', 'clock-in place', 'check-in place for internet celebrities', 'check-in hotspot'
      ],
      fr: ['lieu de pointage', 'lieu de pointage des célébrités d\'internet', 'spot de check-in']
    },
    expected: {en: ['popular photo spot', 'must-visit spot'], fr: ['lieu très prisé sur les réseaux sociaux']},
    meaning: 'a place people visit to post photos of it online (打卡 "clock in")',
    confidence: 'high',
    guard: {unlessNear: ['hotel', 'airport', 'flight', 'flights', 'luggage', 'baggage', 'terminal', 'counter', 'boarding', 'factory', 'employees', 'shift']}
  },
  {
    id: 'zh-tangping',
    sourceLang: 'zh',
    source: '躺平',
    kind: 'phrase',
    literals: {en: ['lying flat', 'lie flat', 'lay flat', 'tang ping', 'tangping'], fr: ['rester allongé', 's\'allonger à plat', 'tang ping']},
    expected: {en: ['opting out of the rat race', 'dropping out'], fr: ['renoncer à la course à la réussite']},
    meaning: 'opting out of the rat race, doing the bare minimum (youth movement, 2021)',
    confidence: 'low',
    guard: {onlyNear: ['youth', 'young', 'generation', 'movement', 'trend', 'work', 'jobs', 'job', 'career', 'culture', 'rat', 'race', 'pressure', 'competition', 'graduates', 'millennials', 'gen', 'workers', 'employees', 'philosophy', 'attitude'], window: 10}
  },
  {
    id: 'zh-chigua-qunzhong',
    sourceLang: 'zh',
    source: '吃瓜群众',
    kind: 'phrase',
    literals: {
      en: ['melon-eating masses', 'melon eating masses', 'melon-eating crowd', 'melon-eating crowds', 'melon-eating people', 'melon-eating public', 'melon-eating netizens', 'melon eaters', 'masses eating melons', 'eat melon masses'],
      fr: ['les masses mangeuses de melon', 'masses mangeuses de melon', 'mangeurs de melon', 'mangeurs de pastèque']
    },
    expected: {en: ['onlookers', 'bystanders'], fr: ['les badauds', 'les spectateurs']},
    meaning: 'onlookers who follow a scandal for entertainment without taking part',
    confidence: 'high'
  },
  {
    id: 'zh-dianzan',
    sourceLang: 'zh',
    source: '点赞',
    kind: 'phrase',
    literals: {en: ['point praise', 'point praises', 'points praise', 'pointed praise', 'click praise', 'clicked praise', 'dot praise', 'point like', 'point likes', 'pointed like', 'dianzan'], fr: ['point d\'éloge', 'cliquer éloge']},
    expected: {en: ['like', 'praise'], fr: ['aimer', 'saluer']},
    meaning: 'to "like" a post; by extension, to praise or applaud',
    confidence: 'high'
  },
  {
    id: 'zh-renshan-renhai',
    sourceLang: 'zh',
    source: '人山人海',
    kind: 'idiom',
    literals: {en: ['people mountain people sea', 'people mountain, people sea', 'mountain of people and sea of people', 'a mountain of people and a sea of people', 'mountains of people and seas of people', 'people mountains and people seas', 'a sea of people and a mountain of people'], fr: ['montagne de gens et mer de gens', 'une montagne de gens et une mer de gens']},
    expected: {en: ['huge crowds', 'packed'], fr: ['une foule immense', 'noir de monde']},
    meaning: 'huge crowds',
    confidence: 'high'
  },
  {
    id: 'zh-huanbi',
    sourceLang: 'zh',
    source: '环比',
    kind: 'phrase',
    literals: {en: ['ring ratio', 'ring-ratio', 'ring on ring', 'ring-on-ring', 'chain ratio', 'link relative ratio', 'link relative', 'month-on-month ring ratio', 'ring comparison', 'ring growth'], fr: ['rapport en anneau', 'ratio en chaîne', 'en glissement annulaire']},
    expected: {en: ['month on month', 'from the previous period', 'quarter on quarter'], fr: ['par rapport au mois précédent', 'sur un mois']},
    meaning: 'compared with the previous period (month or quarter)',
    confidence: 'high',
    guard: {unlessNear: ['benzene', 'chemistry', 'chemical', 'molecule', 'molecules', 'gear', 'gears', 'lord', 'rings']}
  },
  {
    id: 'zh-youguan-bumen',
    sourceLang: 'zh',
    source: '有关部门',
    kind: 'phrase',
    literals: {en: ['relevant departments', 'the relevant departments', 'relevant department', 'concerned departments', 'relevant competent departments', 'the competent departments', 'relevant functional departments'], fr: ['les services concernés', 'départements concernés', 'les départements compétents']},
    expected: {en: ['the authorities', 'officials'], fr: ['les autorités']},
    meaning: 'the authorities (deliberately unspecified)',
    confidence: 'low'
  },
  {
    id: 'zh-xiangguan-fuzeren',
    sourceLang: 'zh',
    source: '相关负责人',
    kind: 'phrase',
    // The English renderings are a title shape (`title-garble`, src/checks/title-structures.ts): blind annotators class
    // them as a garbled title 10 times of 13.
    literals: {fr: ['la personne responsable concernée', 'le responsable concerné', 'responsable compétent']},
    expected: {fr: ['un responsable']},
    meaning: 'an (unnamed) official of the body concerned',
    confidence: 'high'
  },
  {
    id: 'zh-chunyun',
    sourceLang: 'zh',
    source: '春运',
    kind: 'phrase',
    literals: {en: ['spring transport', 'spring festival transport', 'spring festival transportation', 'spring transportation', 'spring festival transport season', 'spring transport season', 'spring festival transport period', 'chunyun'], fr: ['le transport du printemps', 'transport de la fête du printemps', 'transport printanier']},
    expected: {en: ['the Spring Festival travel rush', 'Lunar New Year travel season'], fr: ['la migration du Nouvel An chinois', 'les grands départs du Nouvel An chinois']},
    meaning: 'the 40-day travel rush around the Lunar New Year',
    confidence: 'high',
    guard: {unlessNear: ['livestock', 'cattle', 'migratory', 'birds']}
  },
  {
    id: 'zh-xiao-changjia',
    sourceLang: 'zh',
    source: '小长假',
    kind: 'phrase',
    literals: {en: ['small long holiday', 'small long holidays', 'small long vacation', 'mini long holiday', 'mini-long holiday', 'small long break', 'short long holiday', 'little long holiday', 'little long vacation'], fr: ['petites longues vacances', 'petit long congé', 'petit congé long']},
    expected: {en: ['long weekend', 'three-day holiday'], fr: ['long week-end', 'pont']},
    meaning: 'a three-day public holiday',
    confidence: 'high'
  },
  {
    id: 'zh-shuang-shiyi',
    sourceLang: 'zh',
    source: '双十一',
    kind: 'phrase',
    literals: {en: ['double eleven', 'double 11', 'double-eleven', 'shuang shiyi'], fr: ['double onze', 'double 11']},
    expected: {en: ['Singles\' Day', 'the Nov. 11 shopping festival'], fr: ['la fête des célibataires']},
    meaning: 'Singles\' Day, the Nov. 11 online shopping festival',
    confidence: 'low'
  },
  {
    id: 'zh-ge-jiucai',
    sourceLang: 'zh',
    source: '割韭菜',
    kind: 'idiom',
    literals: {
      en: ['cutting leeks', 'cut leeks', 'cut the leeks', 'cutting the leeks', 'harvesting leeks', 'harvest leeks', 'harvest the leeks', 'harvesting the leeks', 'cutting chives', 'cut chives', 'harvesting chives', 'cutting the chives', 'harvesting the chives', 'leek-cutting', 'chive-cutting'],
      fr: ['couper les poireaux', 'couper des poireaux', 'récolter les poireaux', 'couper la ciboulette']
    },
    expected: {en: ['fleecing small investors', 'fleecing retail investors'], fr: ['plumer les petits porteurs']},
    meaning: 'fleecing naive retail investors (who grow back like chives)',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farms', 'farmer', 'farmers', 'garden', 'gardeners', 'vegetable', 'vegetables', 'soup', 'recipe', 'kitchen', 'knife', 'chef', 'cook', 'cooking', 'field', 'fields', 'crop', 'crops', 'dumplings', 'onions', 'garlic']}
  },
  {
    id: 'zh-jiucai-investors',
    sourceLang: 'zh',
    source: '韭菜',
    kind: 'phrase',
    literals: {en: ['retail leeks', 'leek investors', 'chive investors', 'investor leeks', 'investor chives', 'leeks of the stock market', 'stock market leeks', 'stock-market leeks'], fr: ['investisseurs poireaux', 'poireaux de la bourse']},
    expected: {en: ['small investors', 'retail investors'], fr: ['les petits porteurs']},
    meaning: 'naive retail investors, fleeced again and again',
    confidence: 'high'
  },
  {
    id: 'zh-chao-gu',
    sourceLang: 'zh',
    source: '炒股 / 炒房',
    kind: 'phrase',
    literals: {
      en: ['stir-fry stocks', 'stir-frying stocks', 'stir-fried stocks', 'stir fry stocks', 'stir frying stocks', 'fry stocks', 'frying stocks', 'stir-fry houses', 'stir-frying houses', 'stir-frying real estate', 'stir-fry real estate', 'stir-frying property', 'fry houses', 'frying houses', 'stir-frying housing', 'stir-fry housing'],
      fr: ['faire sauter les actions', 'sauter des actions', 'faire sauter des maisons']
    },
    expected: {en: ['speculate', 'speculating'], fr: ['spéculer', 'spéculation']},
    meaning: 'to speculate (in stocks or property)',
    confidence: 'high'
  },
  {
    id: 'zh-baicai-jia',
    sourceLang: 'zh',
    source: '白菜价',
    kind: 'phrase',
    literals: {en: ['cabbage price', 'cabbage prices', 'chinese cabbage price', 'chinese cabbage prices', 'cabbage-price'], fr: ['prix du chou', 'prix de chou']},
    expected: {en: ['rock-bottom prices', 'dirt-cheap prices'], fr: ['prix cassés', 'prix sacrifiés']},
    meaning: 'rock-bottom prices',
    confidence: 'high',
    guard: {unlessNear: ['vegetable', 'vegetables', 'farmers', 'farmer', 'kimchi', 'harvest', 'kilogram', 'kilograms', 'kg', 'jin', 'wholesale', 'crop', 'crops', 'produce', 'onion', 'onions', 'radish', 'lettuce', 'tomatoes', 'potatoes', 'food', 'inflation', 'cpi', 'per', 'pork']}
  },
  {
    id: 'zh-tie-fanwan',
    sourceLang: 'zh',
    source: '铁饭碗',
    kind: 'idiom',
    literals: {en: ['iron rice bowl', 'iron rice bowls', 'iron bowl'], fr: ['bol de riz en fer', 'bol de riz de fer', 'le bol de riz en fer']},
    expected: {en: ['job for life', 'secure government job'], fr: ['emploi à vie', 'emploi garanti']},
    meaning: 'a secure job for life, typically in the state sector',
    confidence: 'low'
  },
  {
    id: 'zh-kaimen-hong',
    sourceLang: 'zh',
    source: '开门红',
    kind: 'idiom',
    literals: {en: ['open door red', 'opening door red', 'open-door red', 'door-opening red'], fr: ['rouge d\'ouverture', 'ouverture rouge', 'porte ouverte rouge']},
    expected: {en: ['a strong start', 'a good start'], fr: ['un bon départ', 'un démarrage en trombe']},
    meaning: 'a strong start (to the year, season or trading)',
    confidence: 'high',
    guard: {unlessNear: ['wine', 'wines', 'paint', 'painted', 'lipstick', 'carpet', 'ribbon', 'chess']}
  },
  {
    id: 'zh-laowai',
    sourceLang: 'zh',
    source: '老外',
    kind: 'phrase',
    literals: {en: ['old foreigner', 'old foreigners', 'laowai', 'lao wai', 'old outsiders'], fr: ['vieux étranger', 'vieux étrangers', 'laowai']},
    expected: {en: ['foreigners', 'foreign visitors'], fr: ['étrangers']},
    meaning: 'foreigners (colloquial)',
    confidence: 'high',
    guard: {unlessNear: ['aged', 'elderly', 'pensioners', 'retirees', 'young']}
  },
  {
    id: 'zh-jiayou',
    sourceLang: 'zh',
    source: '加油',
    kind: 'phrase',
    literals: {en: ['add oil', 'add oil!', 'jiayou', 'jia you'], fr: ['ajoutez de l\'huile', 'ajoute de l\'huile']},
    expected: {en: ['Come on!', 'Keep going!'], fr: ['Allez !', 'Courage !']},
    meaning: 'a cheer: come on, keep it up',
    confidence: 'low',
    guard: {position: 'utterance'}
  },
  {
    id: 'zh-zheng-nengliang',
    sourceLang: 'zh',
    source: '正能量',
    kind: 'phrase',
    literals: {en: ['positive energy', 'transmit positive energy', 'spread positive energy', 'full of positive energy'], fr: ['énergie positive', 'transmettre une énergie positive']},
    expected: {en: ['uplifting messages', 'positivity'], fr: ['des messages positifs']},
    meaning: 'uplifting, officially approved content and attitudes',
    confidence: 'low',
    guard: {unlessNear: ['ions', 'electrons', 'charge', 'physics', 'battery', 'yoga', 'meditation', 'crystals']}
  },
  {
    id: 'zh-yidaoqie',
    sourceLang: 'zh',
    source: '一刀切',
    kind: 'idiom',
    literals: {en: ['one-knife cut', 'one knife cut', 'one-knife-cut', 'cut with one knife', 'one cut of the knife', 'one-knife-cuts-all', 'one knife cuts all', 'one-size-cut'], fr: ['coupe d\'un seul couteau', 'un seul coup de couteau']},
    expected: {en: ['one-size-fits-all', 'blanket'], fr: ['uniforme', 'indifférencié']},
    meaning: 'a one-size-fits-all (blanket) measure',
    confidence: 'high',
    guard: {unlessNear: ['stabbing', 'stabbed', 'wound', 'wounds', 'knife-wielding', 'attacker', 'surgeon', 'butcher', 'chef']}
  },
  {
    id: 'zh-huashe-tianzu',
    sourceLang: 'zh',
    source: '画蛇添足',
    kind: 'idiom',
    literals: {en: ['drawing legs on a snake', 'draw legs on a snake', 'drew legs on a snake', 'adding feet to a snake', 'add feet to a snake', 'adding legs to a snake', 'add legs to a snake', 'drawing a snake and adding feet', 'draw a snake and add feet', 'painting legs on a snake', "added legs to the snake", "add legs to the snake", "adding legs to the snake", "added legs to a snake", "added feet to the snake", "drew legs on the snake", "drawing legs on the snake"], fr: ['dessiner des pattes au serpent', 'ajouter des pattes au serpent', 'ajouter des pieds à un serpent']},
    expected: {en: ['gilding the lily', 'overdoing it'], fr: ['en faire trop', 'le mieux est l\'ennemi du bien']},
    meaning: 'ruining something by adding what is not needed',
    confidence: 'high'
  },
  {
    id: 'zh-duiniu-tanqin',
    sourceLang: 'zh',
    source: '对牛弹琴',
    kind: 'idiom',
    literals: {en: ['playing the lute to a cow', 'play the lute to a cow', 'playing the zither to a cow', 'playing the piano to a cow', 'play the piano to a cow', 'playing the lute to cattle', 'playing music to a cow', 'playing the qin to a cow', 'playing a lute to a cow', 'playing the harp to a cow'], fr: ['jouer du luth à une vache', 'jouer du luth devant une vache', 'jouer de la musique à une vache']},
    expected: {en: ['preaching to deaf ears', 'wasting their breath'], fr: ['prêcher dans le désert', 'donner de la confiture aux cochons']},
    meaning: 'addressing an audience that cannot or will not understand',
    confidence: 'high',
    guard: {unlessNear: ['dairy', 'farm', 'farmer', 'farmers', 'milk', 'yield', 'yields', 'study', 'experiment', 'barn']}
  },
  {
    id: 'zh-wangyang-bulao',
    sourceLang: 'zh',
    source: '亡羊补牢',
    kind: 'idiom',
    literals: {en: ['mending the pen after the sheep is lost', 'mend the pen after the sheep are lost', 'mending the fold after the sheep are lost', 'mend the fold after a sheep is lost', 'mending the sheepfold after the sheep is lost', 'repairing the pen after losing the sheep', 'repair the pen after the sheep is lost', 'mending the pen after losing sheep', 'mend the pen after losing the sheep', "wait to mend the pen until the sheep are lost", "mend the pen until the sheep are lost", "wait until the sheep are lost to mend the pen", "mending the pen until the sheep are lost"], fr: ['réparer l\'enclos après la perte du mouton', 'réparer la bergerie après avoir perdu le mouton']},
    expected: {en: ['better late than never', 'learning from a loss'], fr: ['mieux vaut tard que jamais']},
    meaning: 'fixing a problem after a loss, so it does not happen again',
    confidence: 'high'
  },
  {
    id: 'zh-jingdi-zhiwa',
    sourceLang: 'zh',
    source: '井底之蛙',
    kind: 'idiom',
    literals: {en: ['frog at the bottom of the well', 'frog at the bottom of a well', 'frogs at the bottom of the well', 'frog in the bottom of the well', 'frog in the bottom of a well', 'the frog in the well', 'a frog in a well', 'frog sitting at the bottom of a well'], fr: ['grenouille au fond du puits', 'la grenouille au fond du puits']},
    expected: {en: ['narrow-minded', 'parochial'], fr: ['avoir des œillères']},
    meaning: 'someone with a narrow view of the world',
    confidence: 'high',
    guard: {unlessNear: ['species', 'amphibian', 'amphibians', 'biologists', 'toads', 'pond', 'rescued', 'wildlife']}
  },
  {
    id: 'zh-zouma-guanhua',
    sourceLang: 'zh',
    source: '走马观花',
    kind: 'idiom',
    literals: {en: ['watching flowers on horseback', 'looking at flowers on horseback', 'viewing flowers on horseback', 'view flowers on horseback', 'look at flowers on horseback', 'watch flowers on horseback', 'glancing at flowers while riding a horse', 'looking at flowers while riding a horse', 'riding a horse to look at flowers'], fr: ['regarder les fleurs à cheval', 'admirer les fleurs à cheval']},
    expected: {en: ['a cursory look', 'superficially'], fr: ['superficiellement', 'au pas de course']},
    meaning: 'taking a hurried, superficial look',
    confidence: 'high'
  },
  {
    id: 'zh-pai-naodai',
    sourceLang: 'zh',
    source: '拍脑袋 (决策)',
    kind: 'idiom',
    literals: {en: ['head-slapping decision', 'head-slapping decisions', 'slapping the head decision', 'slap-the-head decision', 'slap-the-head decisions', 'patting the head decision', 'head-patting decision', 'head-patting decisions', 'decisions made by slapping the head', 'decided by slapping their heads', 'slapping their heads to make decisions'], fr: ['décision en se tapant la tête', 'décisions prises en se tapant la tête']},
    expected: {en: ['snap decision', 'off-the-cuff decision'], fr: ['décision prise à la légère']},
    meaning: 'a decision made on a whim, without research',
    confidence: 'high'
  },
  {
    id: 'zh-sha-ji-jing-hou',
    sourceLang: 'zh',
    source: "杀鸡儆猴",
    kind: 'idiom',
    literals: {en: ["kill the chicken to warn the monkey", "kill the chicken to warn the monkeys", "killing the chicken to warn the monkeys", "killing the chicken to warn the monkey", "killed the chicken to warn the monkeys", "kill a chicken to warn the monkeys", "kill the chicken to scare the monkey", "kill the chicken to scare the monkeys", "kill a chicken to scare the monkeys"]},
    expected: {en: ["make an example of someone"]},
    meaning: "to punish one as a warning to others",
    confidence: 'high'
  },
  {
    id: 'zh-da-cao-jing-she',
    sourceLang: 'zh',
    source: "打草惊蛇",
    kind: 'idiom',
    literals: {en: ["beat the grass and startle the snake", "beat the grass to startle the snake", "beating the grass and startling the snake", "beat the grass and scare the snake", "beat the grass to scare the snake", "hit the grass and startle the snake", "beating the grass to startle the snake"]},
    expected: {en: ["tip them off", "alert the culprits"]},
    meaning: "to alert a wrongdoer by acting too soon",
    confidence: 'high'
  },
  {
    id: 'zh-xue-shang-jia-shuang',
    sourceLang: 'zh',
    source: "雪上加霜",
    kind: 'idiom',
    literals: {en: ["adding frost to snow", "add frost to snow", "frost on top of snow", "frost added to snow", "like adding frost to snow", "adds frost to the snow"]},
    expected: {en: ["adding insult to injury", "making matters worse"]},
    meaning: "to make a bad situation worse",
    confidence: 'high',
    guard: {unlessNear: ['weather', 'temperature', 'temperatures', 'forecast', 'degrees', 'roads', 'icy']}
  },
  {
    id: 'zh-ban-jin-ba-liang',
    sourceLang: 'zh',
    source: "半斤八两",
    kind: 'idiom',
    literals: {en: ["half a catty and eight taels", "half a jin and eight liang", "half a catty, eight taels", "half a jin, eight liang"]},
    expected: {en: ["six of one and half a dozen of the other"]},
    meaning: "much the same",
    confidence: 'high'
  },
  {
    id: 'zh-qi-shang-ba-xia',
    sourceLang: 'zh',
    source: "七上八下",
    kind: 'idiom',
    literals: {en: ["seven up and eight down", "seven up eight down", "seven up, eight down", "seven ups and eight downs"]},
    expected: {en: ["on edge", "anxious"]},
    meaning: "anxious, unsettled",
    confidence: 'high'
  },
  {
    id: 'zh-shou-zhu-dai-tu',
    sourceLang: 'zh',
    source: "守株待兔",
    kind: 'idiom',
    literals: {en: ["guarding the stump waiting for the rabbit", "guard the stump and wait for the rabbit", "waiting by the stump for a rabbit", "waiting by a tree stump for rabbits", "guard a tree stump waiting for rabbits", "guarding a tree stump to wait for rabbits"]},
    expected: {en: ["waiting for windfalls", "waiting passively for luck"]},
    meaning: "to wait passively for good luck",
    confidence: 'high'
  },
  {
    id: 'zh-bei-shui-che-xin',
    sourceLang: 'zh',
    source: "杯水车薪",
    kind: 'idiom',
    literals: {en: ["a cup of water for a cart of firewood", "a cup of water on a cartload of firewood", "a cup of water to a cart of firewood", "a cup of water on a cart of burning firewood", "cup of water for a cartload of firewood", "a cup of water on a burning cart", "a cup of water for a burning cart", "a cup of water to put out a burning cart"]},
    expected: {en: ["a drop in the ocean", "a drop in the bucket"]},
    meaning: "far too little to help",
    confidence: 'high'
  },
  {
    id: 'zh-zhi-shang-tan-bing',
    sourceLang: 'zh',
    source: "纸上谈兵",
    kind: 'idiom',
    literals: {en: ["talking about war on paper", "talk about war on paper", "military talk on paper", "discussing war on paper", "fighting battles on paper", "war talk on paper"]},
    expected: {en: ["armchair theorising", "all theory and no practice"]},
    meaning: "empty theorising",
    confidence: 'high'
  },
  {
    id: 'zh-chi-da-guo-fan',
    sourceLang: 'zh',
    source: "吃大锅饭",
    kind: 'idiom',
    literals: {en: ["eat from the big pot", "eating from the big pot", "eat from one big pot", "eating from the same big pot", "eat rice from the big pot", "big-pot rice"]},
    expected: {en: ["equal pay regardless of performance"]},
    meaning: "egalitarian pay regardless of work",
    confidence: 'high',
    guard: {unlessNear: ['recipe', 'restaurant', 'cook', 'cooking', 'kitchen', 'dinner', 'festival']}
  },
  {
    id: 'zh-ji-ya-gao',
    sourceLang: 'zh',
    source: "挤牙膏",
    kind: 'idiom',
    literals: {en: ["like squeezing toothpaste", "squeezing toothpaste", "squeeze toothpaste", "squeezed out like toothpaste", "squeezing out toothpaste"]},
    expected: {en: ["revealing it bit by bit", "dragging it out"]},
    meaning: "to release something little by little",
    confidence: 'high',
    guard: {unlessNear: ['dental', 'dentist', 'tube', 'brush', 'teeth', 'brand', 'factory']}
  },
  {
    id: 'zh-da-tai-ji',
    sourceLang: 'zh',
    source: "打太极",
    kind: 'idiom',
    literals: {en: ["playing tai chi with", "play tai chi with", "played tai chi with", "playing tai chi on the issue", "play tai chi on"]},
    expected: {en: ["stonewalling", "passing the buck"]},
    meaning: "to dodge responsibility",
    confidence: 'high',
    guard: {unlessNear: ['park', 'exercise', 'morning', 'elderly', 'class', 'classes', 'martial', 'health']}
  },
  {
    id: 'zh-linshi-bao-fojiao',
    sourceLang: 'zh',
    source: "临时抱佛脚",
    kind: 'idiom',
    literals: {en: ["hugs the buddha's feet", "hug the buddha's feet", "hugging the buddha's feet", "hugged the buddha's feet", "embrace the buddha's feet", "embracing the buddha's feet", "embraced the buddha's feet", "clasp the buddha's feet", "clasping the buddha's feet", "hold the buddha's feet", "holding the buddha's feet", "hugs buddha's feet", "hug buddha's feet"]},
    expected: {en: ["cramming at the last minute", "a last-minute scramble"]},
    meaning: "to make a frantic effort at the last moment",
    confidence: 'high'
  },
  {
    id: 'zh-leisheng-da-yudian-xiao',
    sourceLang: 'zh',
    source: "雷声大雨点小",
    kind: 'idiom',
    literals: {en: ["loud thunder, small raindrops", "loud thunder but small raindrops", "loud thunder and small raindrops", "loud thunder, little rain", "big thunder, small raindrops", "the thunder is loud but the raindrops are small", "much thunder but little rain", "much thunder, little rain"]},
    expected: {en: ["all talk and no action", "much ado about nothing"]},
    meaning: "much noise, little action",
    confidence: 'high'
  },
  {
    id: 'zh-jinshang-tianhua',
    sourceLang: 'zh',
    source: "锦上添花",
    kind: 'idiom',
    literals: {en: ["adding flowers on brocade", "add flowers on brocade", "adding flowers to brocade", "add flowers to brocade", "adds flowers to the brocade", "adding flowers to the brocade", "flowers on brocade", "flowers on the brocade", "flowers added to brocade"]},
    expected: {en: ["the icing on the cake"]},
    meaning: "an extra touch on something already good",
    confidence: 'high'
  },
  {
    id: 'zh-xia-jiaozi',
    sourceLang: 'zh',
    source: "下饺子",
    kind: 'idiom',
    literals: {en: ["like dumplings being dropped into a pot", "like dumplings dropped into a pot", "like dumplings dropping into a pot", "like dumplings into a pot", "like dumplings in a pot", "like dropping dumplings", "like boiling dumplings"]},
    expected: {en: ["packed shoulder to shoulder"]},
    meaning: "extremely crowded (of water or a place)",
    confidence: 'high',
    guard: {unlessNear: ['restaurant', 'recipe', 'chef', 'cook', 'cooking', 'kitchen', 'flour', 'filling']}
  },
  {
    id: 'zh-xue-zhong-song-tan',
    sourceLang: 'zh',
    source: "雪中送炭",
    kind: 'idiom',
    literals: {en: ["charcoal sent in the snow", "sending charcoal in the snow", "send charcoal in the snow", "sent charcoal in the snow", "charcoal in the snow", "delivering charcoal in the snow", "delivering charcoal in snowy weather", "providing charcoal in the snow", "giving charcoal in the snow", "sending charcoal in snowy weather", "send charcoal in snowy weather", "sent charcoal in snowy weather", "charcoal in snowy weather"]},
    expected: {en: ["timely help", "a lifeline"]},
    meaning: "help given exactly when it is most needed",
    confidence: 'high'
  },
  {
    id: 'zh-yi-cha-dao-di',
    sourceLang: 'zh',
    source: "一查到底",
    kind: 'idiom',
    literals: {en: ["investigate to the end", "investigated to the end", "investigating to the end", "check to the end", "checked to the end", "investigate it to the end", "investigate to the bottom"]},
    expected: {en: ["get to the bottom of it", "investigate thoroughly"]},
    meaning: "to investigate until everything is known",
    confidence: 'high'
  },
  {
    id: 'zh-lishi-yiliu-wenti',
    sourceLang: 'zh',
    source: "历史遗留问题",
    kind: 'phrase',
    literals: {en: ["problem left over by history", "problems left over by history", "problem left over from history", "problems left over from history", "problem left by history", "historical leftover problem", "historical leftover problems", "historically left-over problem"]},
    expected: {en: ["a legacy problem", "a long-standing problem"]},
    meaning: "a problem inherited from the past",
    confidence: 'high'
  },
  {
    id: 'zh-zhu-chao-yin-feng',
    sourceLang: 'zh',
    source: "筑巢引凤",
    kind: 'idiom',
    literals: {en: ["build the nest to attract the phoenix", "building the nest to attract the phoenix", "build a nest to attract the phoenix", "build nests to attract phoenixes", "building nests to attract phoenixes", "build a nest to attract phoenixes", "nest to attract the phoenix", "nests to attract phoenixes", "build the nest and attract the phoenix"]},
    expected: {en: ["create the conditions to attract investors"]},
    meaning: "to build facilities that draw investment and talent",
    confidence: 'high'
  },
  {
    id: 'zh-hu-tou-she-wei',
    sourceLang: 'zh',
    source: "虎头蛇尾",
    kind: 'idiom',
    literals: {en: ["tiger's head and snake's tail", "tiger head and snake tail", "tiger's head, snake's tail", "head of a tiger and tail of a snake", "tiger head, snake tail", "a tiger's head and a snake's tail"]},
    expected: {en: ["start strong and fizzle out"]},
    meaning: "a strong start and a weak finish",
    confidence: 'high'
  },
  {
    id: 'zh-yaba-chi-huanglian',
    sourceLang: 'zh',
    source: "哑巴吃黄连",
    kind: 'idiom',
    literals: {en: ["a mute eating coptis", "mute eating coptis", "a mute eats coptis", "a dumb person eating coptis", "a mute eating bitter herbs", "a mute eating huanglian", "mute eating huanglian", "a dumb man eating coptis"]},
    expected: {en: ["suffering in silence"]},
    meaning: "to suffer without being able to complain",
    confidence: 'high'
  },
  {
    id: 'zh-huo-shao-mei-mao',
    sourceLang: 'zh',
    source: "火烧眉毛",
    kind: 'idiom',
    literals: {en: ["the fire is burning their eyebrows", "fire is burning the eyebrows", "fire burning the eyebrows", "the fire burns the eyebrows", "fire burns the eyebrows", "fire singes the eyebrows", "fire has reached the eyebrows", "the fire is burning my eyebrows", "the fire is burning our eyebrows"]},
    expected: {en: ["it is already an emergency"]},
    meaning: "an extremely urgent situation",
    confidence: 'high'
  },
  {
    id: 'zh-yuan-shui-jin-huo',
    sourceLang: 'zh',
    source: "远水救不了近火",
    kind: 'idiom',
    literals: {en: ["far water cannot save a near fire", "far water cannot put out a near fire", "distant water cannot save a near fire", "distant water cannot put out a nearby fire", "water far away cannot save a fire nearby"]},
    expected: {en: ["help that comes too late"]},
    meaning: "help from far away comes too late for an urgent need",
    confidence: 'high'
  },
  {
    id: 'zh-zhi-bao-bu-zhu-huo',
    sourceLang: 'zh',
    source: "纸包不住火",
    kind: 'idiom',
    literals: {en: ["paper cannot wrap fire", "paper can't wrap fire", "paper cannot wrap up fire", "paper cannot contain fire", "paper cannot hold fire"]},
    expected: {en: ["the truth will out"]},
    meaning: "the truth cannot be hidden for long",
    confidence: 'high'
  },
  {
    id: 'zh-zhi-ma-kai-hua',
    sourceLang: 'zh',
    source: "芝麻开花节节高",
    kind: 'idiom',
    literals: {en: ["like sesame flowers blooming", "sesame flowers blooming, one section higher", "sesame blossoms, each section higher", "like sesame flowering", "sesame flowers bloom higher and higher", "sesame blooms joint by joint"]},
    expected: {en: ["rising steadily"]},
    meaning: "rising step by step",
    confidence: 'high'
  },
  {
    id: 'zh-lin-ke-jue-jing',
    sourceLang: 'zh',
    source: "临渴掘井",
    kind: 'idiom',
    literals: {en: ["thirsty to dig a well", "dig a well when thirsty", "digging a well when thirsty", "dig a well only when thirsty", "waiting until thirsty to dig a well", "dig the well when thirsty"]},
    expected: {en: ["leaving it until the last minute"]},
    meaning: "acting only when it is too late",
    confidence: 'high'
  },
  {
    id: 'zh-chi-ku',
    sourceLang: 'zh',
    source: "吃苦",
    kind: 'idiom',
    literals: {en: ["eating bitterness", "eat bitterness", "ate bitterness", "eaten bitterness", "eats bitterness"]},
    expected: {en: ["enduring hardship"]},
    meaning: "to endure hardship",
    confidence: 'high'
  },
  {
    id: 'zh-kao-tian-chi-fan',
    sourceLang: 'zh',
    source: '靠天吃饭',
    kind: 'idiom',
    literals: {en: ['depend on the sky to eat', 'depends on the sky to eat', 'rely on the sky to eat', 'relies on the sky to eat', 'depend on heaven to eat', 'rely on heaven to eat', 'rely on heaven for food', 'depend on the sky for food', 'rely on the sky for food', 'eat by relying on the sky']},
    expected: {en: ['be at the mercy of the weather']},
    meaning: 'to live at the mercy of the weather',
    confidence: 'high'
  },
  {
    id: 'zh-shui-zhang-chuan-gao',
    sourceLang: 'zh',
    source: '水涨船高',
    kind: 'idiom',
    literals: {en: ['as the water rose, the boats went up', 'as the water rises, the boats go up', 'the water rose and the boats went up', 'the water rises and the boats rise', 'when the water rises the boat rises', 'the water rises, the boat rises', 'water rises, boats rise', 'the boat rises with the water']},
    expected: {en: ['rose in step', 'rose accordingly']},
    meaning: 'rising together with something else',
    confidence: 'high'
  },
  {
    id: 'zh-cai-lan-zi',
    sourceLang: 'zh',
    source: '菜篮子',
    kind: 'phrase',
    literals: {en: ['vegetable basket of citizens', 'vegetable basket of the citizens', 'vegetable basket of residents', 'vegetable basket of the people', "citizens' vegetable basket", 'vegetable basket project']},
    expected: {en: ['the food supply']},
    meaning: "residents' food supply (the 菜篮子 policy)",
    confidence: 'high'
  },
  {
    id: 'zh-zui-hou-yi-gong-li',
    sourceLang: 'zh',
    source: '最后一公里',
    kind: 'phrase',
    literals: {en: ['last kilometre', 'last kilometer', 'last one kilometre', 'last one kilometer']},
    expected: {en: ['last mile']},
    meaning: 'the final stretch of a service to the user',
    confidence: 'high',
    guard: {followedBy: ['problem', 'problems', 'issue', 'issues', 'gap', 'challenge', 'bottleneck', 'service', 'services', 'delivery', 'connectivity', 'connection', 'connections']}
  },
  {
    id: 'zh-tou-tong-yi-tou',
    sourceLang: 'zh',
    source: '头痛医头，脚痛医脚',
    kind: 'idiom',
    literals: {en: ['treat the head when the head hurts and the foot when the foot hurts', 'treating the head when the head hurts and the foot when the foot hurts', 'treat the head when the head hurts', 'treat the head when the head aches', 'treating the head when the head aches', 'the head hurts, treat the head', 'head aches, treat the head; foot aches, treat the foot']},
    expected: {en: ['just treating the symptoms']},
    meaning: 'dealing with symptoms, not causes',
    confidence: 'high'
  },
  {
    id: 'zh-yuan-shui-jiu-bu-liao-jin-huo',
    sourceLang: 'zh',
    source: "远水救不了近火",
    kind: 'idiom',
    literals: {en: ["distant water cannot put out a near fire", "distant water that cannot put out a near fire", "distant water cannot save a near fire", "far water cannot put out a near fire", "distant water cannot quench a nearby fire", "distant water does not put out a near fire", "distant water cannot put out a nearby fire", "water from afar cannot put out a fire nearby"]},
    expected: {en: ["help that comes too late", "too little, too late"]},
    meaning: "help that comes too late to be of use",
    confidence: 'high'
  },
  {
    id: 'zh-hua-bing-chong-ji',
    sourceLang: 'zh',
    source: "画饼充饥",
    kind: 'idiom',
    literals: {en: ["draw a cake to satisfy hunger", "drawing a cake to satisfy hunger", "drew a cake to satisfy hunger", "draw a cake to satisfy our hunger", "draw cakes to satisfy hunger", "drawing cakes to satisfy hunger", "draw a pie to satisfy hunger", "paint a cake to satisfy hunger", "painting a cake to satisfy hunger", "draw a cake to allay hunger", "draw a cake to fill the stomach"]},
    expected: {en: ["make empty promises"]},
    meaning: "feed people with promises that cannot be eaten",
    confidence: 'high'
  },
  {
    id: 'zh-mama-huhu',
    sourceLang: 'zh',
    source: "马马虎虎",
    kind: 'idiom',
    literals: {en: ["horse horse tiger tiger", "horse-horse tiger-tiger", "horses and tigers", "horse horse, tiger tiger", "half horse half tiger", "horse and tiger"]},
    expected: {en: ["so-so"]},
    meaning: "mediocre, careless",
    confidence: 'high'
  }
]
