/**
 * Indonesian news idioms and set phrases that machine translation renders
 * word for word ("meja hijau" → "the green table"), with the English a
 * reader expects. Written for translation-qa from Indonesian newsroom usage.
 * Idiom spans never take in a preceding article, so replacements are
 * written to fit after whatever article the text has.
 */
import type {CalqueEntry} from '../types.js'

/** Words that show a hand-washing phrase is about hygiene. */
const hygiene = ['soap', 'water', 'hygiene', 'hygienic', 'covid', 'covid-19', 'virus', 'germs', 'sanitiser', 'sanitizer', 'toilet', 'eating', 'eat', 'meal', 'meals', 'food', 'disease', 'diseases', 'diarrhea', 'diarrhoea', 'clean', 'health', 'pandemic', 'infection', 'cooking', 'cook', 'cooks', 'kitchen', 'sink', 'basin', 'tap']

/** Words that show a military or conflict context (for "victims" = casualties). */
const military = ['troops', 'soldiers', 'soldier', 'war', 'fighting', 'fight', 'military', 'battlefield', 'combat', 'army', 'armies', 'frontline', 'front', 'deployed', 'deployment', 'offensive', 'battle', 'battles']

export const idioms: readonly CalqueEntry[] = [
  {
    id: 'akrab-disapa',
    sourceLang: 'id',
    source: 'yang akrab disapa',
    kind: 'phrase',
    literals: {en: ['who is familiarly called', 'who is familiarly greeted', 'who is intimately called', 'who is fondly greeted', 'familiarly greeted', 'is familiarly called', 'who is affectionately greeted']},
    expected: {en: ['known as']},
    meaning: 'known as (a nickname)',
    confidence: 'high',
    note: '*Yang akrab disapa* (who is familiarly greeted) introduces a nickname: `known as`.'
  },
  {
    id: 'menarik-rambut-dalam-tepung',
    sourceLang: 'id',
    source: 'seperti menarik rambut dalam tepung',
    kind: 'idiom',
    literals: {en: ['pulling a hair out of flour', 'pulling hair out of flour', 'pull a hair out of flour', 'pulling a hair from flour', 'pulling a hair from the flour', 'drawing a hair out of flour']},
    expected: {en: ['handling it with great care', 'treading carefully']},
    meaning: 'to solve a delicate matter without damage',
    confidence: 'high',
    note: '*Seperti menarik rambut dalam tepung* (like pulling a hair out of flour): the hair must not break, the flour must not scatter.'
  },
  {
    id: 'pihaknya-his',
    sourceLang: 'id',
    source: 'pihaknya',
    kind: 'phrase',
    literals: {en: ['his party']},
    expected: {en: ['his office']},
    meaning: 'his office, team or side (*pihaknya*), not a political party',
    confidence: 'low',
    guard: {followedBy: ['has', 'had', 'will', 'is', 'was', 'would', 'can', 'could', 'also', 'already', 'still'], unlessNear: ['election', 'elections', 'vote', 'votes', 'voters', 'coalition', 'parliament', 'seats', 'seat', 'campaign', 'candidate', 'candidates', 'ballot', 'leader', 'chairman', 'chairwoman', 'congress', 'members', 'faction', "party's", 'politics', 'political', 'won', 'lost', 'opposition', 'parliamentary', 'lawmaker', 'lawmakers', 'mp', 'mps', 'motion', 'bundestag', 'senate', 'legislature', 'legislative'], window: 60},
    note: '*Pihaknya* (his or her side: the speaker\'s office or team) rendered `his party`.'
  },
  {
    id: 'pihaknya-her',
    sourceLang: 'id',
    source: 'pihaknya',
    kind: 'phrase',
    literals: {en: ['her party']},
    expected: {en: ['her office']},
    meaning: 'her office, team or side (*pihaknya*), not a political party',
    confidence: 'low',
    guard: {followedBy: ['has', 'had', 'will', 'is', 'was', 'would', 'can', 'could', 'also', 'already', 'still'], unlessNear: ['election', 'elections', 'vote', 'votes', 'voters', 'coalition', 'parliament', 'seats', 'seat', 'campaign', 'candidate', 'candidates', 'ballot', 'leader', 'chairman', 'chairwoman', 'congress', 'members', 'faction', "party's", 'politics', 'political', 'won', 'lost', 'opposition', 'parliamentary', 'lawmaker', 'lawmakers', 'mp', 'mps', 'motion', 'bundestag', 'senate', 'legislature', 'legislative'], window: 60},
    note: '*Pihaknya* (his or her side: the speaker\'s office or team) rendered `her party`.'
  },
  {
    id: 'membenarkan',
    sourceLang: 'id',
    source: 'membenarkan',
    kind: 'phrase',
    literals: {en: ['justified that', 'justified the report', 'justified the news', 'justified the incident']},
    expected: {en: ['confirmed that']},
    meaning: 'confirmed',
    confidence: 'high',
    note: '*Membenarkan* (to confirm as true) rendered `justified`.'
  },
  {
    id: 'kepala-dingin',
    sourceLang: 'id',
    source: 'berkepala dingin',
    kind: 'idiom',
    literals: {en: ['keep a cold head', 'with a cold head', 'keep cold heads', 'cold-headed', 'a cold head']},
    expected: {en: ['keep a cool head', 'stay calm']},
    meaning: 'to stay calm',
    confidence: 'high',
    note: '*Kepala dingin* (cold head): English says a cool head.'
  },
  {
    id: 'makan-hati',
    sourceLang: 'id',
    source: 'makan hati',
    kind: 'idiom',
    literals: {en: ['eating liver', 'eat liver', 'ate liver', 'eaten liver', 'eats liver', 'eating the liver', 'eating our liver', 'eating their liver', 'eating heart', 'eat heart']},
    expected: {en: ['suffering in silence', 'heartbroken']},
    meaning: 'to suffer inwardly, be hurt and resentful',
    confidence: 'high',
    guard: {unlessNear: ['chicken', 'beef', 'goat', 'cow', 'cooked', 'fried', 'dish', 'recipe', 'menu', 'iron', 'vitamin', 'diet', 'restaurant', 'calf', 'pork', 'duck', 'organ', 'organs']},
    note: '*Makan hati* (to eat [one\'s] liver): to suffer in silence, to be hurt.'
  },
  {
    id: 'sudah-jatuh-tertimpa-tangga',
    sourceLang: 'id',
    source: 'sudah jatuh tertimpa tangga',
    kind: 'idiom',
    literals: {
      en: [
        'fallen and hit by the ladder', 'fallen, then struck by the ladder', 'already fallen, then struck by the ladder', 'fallen then struck by the ladder', 'fallen and then hit by the ladder', 'fallen, then hit by the ladder', 'fallen and struck by the ladder',
        'fallen and crushed by the ladder', 'fallen and hit by a ladder', 'fallen and then hit by a ladder', 'fell and hit by the ladder',
        'fell and then hit by the ladder', 'fell and was hit by the ladder', 'fell and got hit by the ladder', 'fell, then hit by the ladder',
        'fall and be hit by the ladder', 'fall and hit by the ladder', 'fell and was struck by the ladder', 'fell down and was hit by the ladder',
        'already fallen, hit by the ladder', 'already fell, hit by the ladder', 'hit by the ladder after falling', 'falling and hit by the ladder', 'fallen and then been hit by the ladder', 'fallen and been hit by the ladder', 'then been hit by the ladder'
      ]
    },
    expected: {en: ['hit by one misfortune after another', 'going from bad to worse']},
    meaning: 'one misfortune on top of another',
    confidence: 'high',
    note: '*Sudah jatuh tertimpa tangga* (having fallen, then hit by the ladder): one blow after another.'
  },
  {
    id: 'omong-kosong',
    sourceLang: 'id',
    source: 'omong kosong',
    kind: 'idiom',
    literals: {en: ["it's empty", 'it is empty', "that's empty", 'that is empty', "it's all empty", 'it is all empty', "that's all empty", 'empty talk only'], fr: ["c'est vide"]},
    expected: {en: ['Nonsense', 'That is nonsense'], fr: ['Foutaises', "C'est absurde"]},
    meaning: 'nonsense',
    confidence: 'high',
    guard: {position: 'utterance'},
    note: '"Omong kosong!" (empty talk) is a flat denial: "Nonsense!" Only flagged when it is the whole quotation or sentence, so "the street was empty" passes.'
  },
  {
    id: 'omong-kosong-talk',
    sourceLang: 'id',
    source: 'omong kosong',
    kind: 'idiom',
    literals: {en: ['empty chatter', 'empty chat', 'empty chatting', 'empty talking', 'talking empty', 'talk empty', 'empty nonsense']},
    expected: {en: ['nonsense'], fr: ['des foutaises']},
    meaning: 'nonsense',
    confidence: 'high'
  },
  {
    id: 'meja-hijau-brought',
    sourceLang: 'id',
    source: 'dibawa ke meja hijau',
    kind: 'idiom',
    literals: {
      en: ['brought to the green table', 'taken to the green table', 'dragged to the green table', 'carried to the green table', 'brought before the green table', 'brought into the green table', 'brought to a green table'],
      fr: ['porté devant la table verte', 'porté à la table verte', 'amené à la table verte', 'traduit devant la table verte']
    },
    expected: {en: ['brought to court', 'taken to court'], fr: ['porté devant la justice', 'jugé']},
    meaning: 'taken to court',
    confidence: 'high',
    note: '"Meja hijau" (the green table) is the courtroom; "dibawa ke meja hijau" is "taken to court".'
  },
  {
    id: 'meja-hijau-bring',
    sourceLang: 'id',
    source: 'membawa ke meja hijau',
    kind: 'idiom',
    literals: {en: ['bring to the green table', 'bring it to the green table', 'bring the case to the green table', 'take to the green table', 'bringing to the green table', 'take it to the green table']},
    expected: {en: ['take to court', 'bring to court']},
    meaning: 'take to court',
    confidence: 'high'
  },
  {
    id: 'meja-hijau',
    sourceLang: 'id',
    source: 'meja hijau',
    kind: 'idiom',
    literals: {en: ['green table'], fr: ['table verte'], zh: ['绿桌'], ja: ['緑のテーブル'], ar: ['الطاولة الخضراء']},
    expected: {en: ['court'], fr: ['tribunal'], zh: ['法庭'], ja: ['法廷'], ar: ['المحكمة']},
    meaning: 'court',
    confidence: 'high',
    guard: {unlessNear: ['painted', 'paint', 'billiard', 'billiards', 'snooker', 'pool', 'casino', 'roulette', 'cloth', 'felt', 'wooden', 'garden', 'kitchen', 'furniture', 'chairs', 'chair', 'tablecloth', 'ping-pong', 'tennis', 'poker', 'cards'], onlyNear: ['case', 'cases', 'trial', 'suspect', 'suspects', 'defendant', 'defendants', 'prosecutor', 'prosecutors', 'prosecution', 'court', 'judge', 'judges', 'lawsuit', 'sue', 'sued', 'charges', 'charged', 'police', 'investigators', 'corruption', 'kpk', 'legal', 'law', 'brought', 'taken', 'dragged', 'bring', 'take'], window: 10}
  },
  {
    id: 'uang-pelicin',
    sourceLang: 'id',
    source: 'uang pelicin',
    kind: 'idiom',
    literals: {
      en: ['lubricant money', 'lubricating money', 'lubrication money', 'grease money', 'greasing money', 'slick money', 'smoothing money', 'smoother money', 'slippery money', 'lubricant funds', 'lubricating funds'],
      fr: ['argent lubrifiant', 'argent de graissage'],
      zh: ['润滑钱', '润滑费', '润滑金'],
      ja: ['潤滑油のお金', '潤滑金']
    },
    expected: {en: ['bribes', 'kickbacks'], fr: ['des pots-de-vin'], zh: ['贿赂'], ja: ['賄賂'], ar: ['رشوة']},
    meaning: 'bribe money',
    confidence: 'high',
    note: '"Uang pelicin" (money that greases the wheels) is a bribe.'
  },
  {
    id: 'kabar-burung',
    sourceLang: 'id',
    source: 'kabar burung',
    kind: 'idiom',
    literals: {en: ['bird news', "bird's news", 'birds news', 'news of birds', 'bird rumors', 'bird rumours'], fr: ["nouvelles d'oiseaux", 'nouvelle d\'oiseau'], zh: ['鸟消息', '鸟的消息'], ja: ['鳥のニュース', '鳥の知らせ']},
    expected: {en: ['rumors', 'rumours'], fr: ['des rumeurs'], zh: ['传闻'], ja: ['噂'], ar: ['شائعات']},
    meaning: 'rumours, hearsay',
    confidence: 'high',
    guard: {unlessNear: ['birdwatchers', 'birdwatching', 'birders', 'birding', 'species', 'ornithology', 'ornithologists', 'migratory', 'sightings', 'sighting', 'rspb', 'audubon', 'feathers', 'nest', 'nests', 'wildlife', 'flu', 'avian']},
    note: '"Kabar burung" (bird news) is an unconfirmed rumour.'
  },
  {
    id: 'angkat-kaki-past',
    sourceLang: 'id',
    source: 'angkat kaki',
    kind: 'idiom',
    literals: {en: ['lifted their feet from', 'lifted his feet from', 'lifted her feet from', 'lifted its feet from', 'lifted their legs from', 'lifted his legs from', 'lifted the feet from', 'lifted the legs from', 'raised their feet from', 'raised their legs from', 'lifted their feet out of', 'lifted their legs out of', 'lifted feet from', 'lifted legs from']},
    expected: {en: ['left', 'pulled out of']},
    meaning: 'left, pulled out',
    confidence: 'high',
    note: '"Angkat kaki" (lift the feet) is to leave or pull out.'
  },
  {
    id: 'angkat-kaki',
    sourceLang: 'id',
    source: 'angkat kaki',
    kind: 'idiom',
    literals: {en: ['lift their feet from', 'lift his feet from', 'lift her feet from', 'lift its feet from', 'lift their legs from', 'lift his legs from', 'lift the feet from', 'lift the legs from', 'lift their feet out of', 'lift their legs out of', 'lift feet from', 'lift legs from', 'lift your feet from', 'lift your legs from', 'lifting their feet from', 'lifting their legs from']},
    expected: {en: ['leave', 'pull out of']},
    meaning: 'leave, pull out',
    confidence: 'high'
  },
  {
    id: 'jalan-tikus',
    sourceLang: 'id',
    source: 'jalan tikus',
    kind: 'idiom',
    literals: {
      en: ['rat road', 'rat roads', 'mouse road', 'mouse roads', 'rat path', 'rat paths', 'mouse path', 'mouse paths', 'rat lane', 'rat lanes', 'mouse lane', 'mouse lanes', 'rat street', 'rat streets', 'rat trail', 'rat trails', 'mouse trail', 'mouse trails', 'rat route', 'rat routes', 'mouse route', 'mouse routes', "rats' roads", "mice's roads"],
      fr: ['route des rats', 'chemin de souris', 'chemins de rats', 'routes de rats', 'route de souris'],
      zh: ['老鼠路', '鼠路', '老鼠道'],
      ja: ['ネズミ道', 'ねずみ道', 'ネズミの道']
    },
    expected: {en: ['back roads', 'smuggling routes', 'illegal crossings'], fr: ['des chemins détournés', 'des routes de contrebande'], zh: ['小道', '走私通道'], ja: ['抜け道', '密輸ルート']},
    meaning: 'back roads, illegal border crossings or smuggling routes',
    confidence: 'high',
    guard: {unlessNear: ['rodent', 'rodents', 'droppings', 'pest', 'pests', 'traps', 'trap', 'laboratory', 'lab', 'maze', 'experiment', 'cheese']},
    note: '"Jalan tikus" (rat road) is a back road used to dodge checkpoints, often a smuggling route.'
  },
  {
    id: 'angkat-bicara-past',
    sourceLang: 'id',
    source: 'angkat bicara',
    kind: 'idiom',
    literals: {en: ['lifted the talk', 'lifted talk', 'lifted his talk', 'lifted her talk', 'lifted their talk', 'raised the talk', 'raised talk', 'lifted speaking', 'lifted the speech', 'lifted speech', 'has lifted the talk', 'lifted to speak', 'lifted the conversation']},
    expected: {en: ['spoke out', 'spoke up']},
    meaning: 'spoke out, broke the silence',
    confidence: 'high',
    note: '"Angkat bicara" (lift speaking) is to speak out or comment publicly.'
  },
  {
    id: 'angkat-bicara',
    sourceLang: 'id',
    source: 'angkat bicara',
    kind: 'idiom',
    literals: {en: ['lift the talk', 'lift talk', 'lifts the talk', 'lifts talk', 'lifting the talk', 'lifting talk', 'raise the talk', 'raises the talk', 'lift speaking', 'lift the speech', 'lift to speak']},
    expected: {en: ['speak out', 'speak up']},
    meaning: 'speak out, comment publicly',
    confidence: 'high'
  },
  {
    id: 'buka-suara-past',
    sourceLang: 'id',
    source: 'buka suara',
    kind: 'idiom',
    literals: {en: ['opened his voice', 'opened her voice', 'opened their voice', 'opened the voice', 'opened voice', 'opened its voice', 'has opened his voice', 'has opened her voice', 'opened his sound', 'opened the sound']},
    expected: {en: ['spoke up', 'spoke out']},
    meaning: 'spoke up, commented',
    confidence: 'high',
    note: '"Buka suara" (open the voice) is to speak up or break one\'s silence.'
  },
  {
    id: 'buka-suara',
    sourceLang: 'id',
    source: 'buka suara',
    kind: 'idiom',
    literals: {en: ['open his voice', 'open her voice', 'open their voice', 'open the voice', 'open voice', 'opens his voice', 'opens her voice', 'opening his voice', 'opening her voice', 'opening their voice']},
    expected: {en: ['speak up', 'speak out']},
    meaning: 'speak up, comment',
    confidence: 'high',
    guard: {unlessNear: ['singing', 'singer', 'singers', 'vocal', 'vocals', 'choir', 'lessons', 'exercises']}
  },
  {
    id: 'naik-daun',
    sourceLang: 'id',
    source: 'naik daun',
    kind: 'idiom',
    literals: {en: ['rising leaves', 'rising leaf', 'up the leaf', 'up the leaves', 'climbing the leaves', 'climbed the leaves', 'went up the leaf', 'went up the leaves', 'going up the leaf', 'go up the leaf', 'rises leaves']},
    expected: {en: ['rising in popularity', 'in the spotlight'], fr: ['en vogue']},
    meaning: 'rising in popularity, in the limelight',
    confidence: 'high',
    guard: {unlessNear: ['tree', 'trees', 'plant', 'plants', 'caterpillar', 'caterpillars', 'insects', 'insect', 'ants', 'wind', 'autumn', 'fall', 'garden', 'branches', 'branch', 'stem', 'climbed', 'gecko', 'snail', 'snails', 'aphids', 'smoke', 'steam']},
    note: '"Naik daun" (climb onto the leaves) is to become popular or prominent.'
  },
  {
    id: 'gigit-jari',
    sourceLang: 'id',
    source: 'gigit jari',
    kind: 'idiom',
    literals: {en: ['bite fingers', 'bite their fingers', 'bite his fingers', 'bite her fingers', 'biting fingers', 'biting their fingers', 'bit their fingers', 'bit his fingers', 'bit fingers', 'bites fingers', 'bitten fingers', 'had to bite their fingers', 'only bite their fingers', 'can only bite their fingers']},
    expected: {en: ['be left empty-handed', 'go away empty-handed']},
    meaning: 'left empty-handed, disappointed',
    confidence: 'high',
    guard: {unlessNear: ['nails', 'nail', 'nervous', 'nervously', 'anxious', 'dog', 'dogs', 'cat', 'child', 'children', 'baby', 'toddler', 'teeth', 'snake', 'bitten', 'monkey', 'horse', 'fish', 'shark', 'crocodile', 'pain', 'bleeding', 'blood', 'habit']},
    note: '"Gigit jari" (bite one\'s fingers) is to be left with nothing, disappointed.'
  },
  {
    id: 'cuci-tangan',
    sourceLang: 'id',
    source: 'cuci tangan',
    kind: 'idiom',
    literals: {en: ['wash hands', 'washing hands', 'washed hands', 'washes hands']},
    expected: {en: ['evade responsibility', 'wash their hands of it']},
    meaning: 'disown responsibility',
    confidence: 'high',
    guard: {unlessNear: hygiene, onlyNear: ['responsibility', 'responsible', 'blame', 'accountable', 'accountability', 'scandal', 'corruption', 'case', 'problem', 'officials', 'authorities', 'government', 'minister', 'party', 'company', 'management', 'leaders', 'deny', 'denied'], window: 8, unlessFollowedBy: ['of']},
    note: '"Cuci tangan" (wash hands) is to deny responsibility; English says "wash one\'s hands of" something.'
  },
  {
    id: 'kambing-hitam',
    sourceLang: 'id',
    source: 'kambing hitam',
    kind: 'idiom',
    literals: {en: ['black goat', 'black goats', 'black-goat', 'black goated'], fr: ['bouc noir', 'chèvre noire', 'boucs noirs', 'chèvres noires'], zh: ['黑山羊'], ja: ['黒いヤギ', '黒ヤギ', '黒山羊'], ar: ['الماعز الأسود', 'ماعز أسود', 'العنزة السوداء']},
    expected: {en: ['scapegoat', 'scapegoats'], fr: ['bouc émissaire'], zh: ['替罪羊'], ja: ['スケープゴート', '身代わり'], ar: ['كبش فداء']},
    meaning: 'scapegoat',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'farmers', 'breed', 'breeds', 'livestock', 'herd', 'herds', 'meat', 'milk', 'slaughter', 'slaughtered', 'qurban', 'eid', 'sheep', 'cattle', 'cow', 'cows', 'animal', 'animals', 'market', 'kilograms', 'kg', 'fur', 'horns']},
    note: '"Kambing hitam" (black goat) is a scapegoat.'
  },
  {
    id: 'buah-bibir',
    sourceLang: 'id',
    source: 'buah bibir',
    kind: 'idiom',
    literals: {en: ['fruit of the lips', 'fruit of lips', 'fruits of the lips', 'fruits of lips', 'lip fruit', 'lips fruit', "lips' fruit", 'fruit of the lip', 'fruit of the mouth'], fr: ['fruit des lèvres'], zh: ['嘴唇的果实', '唇果'], ja: ['唇の果実']},
    expected: {en: ['the talk of the town', 'widely talked about'], fr: ['sur toutes les lèvres'], zh: ['热议话题'], ja: ['話題の的']},
    meaning: 'the talk of the town',
    confidence: 'high',
    guard: {unlessNear: ['bible', 'hebrews', 'praise', 'scripture', 'god', 'lord', 'psalm', 'verse']},
    note: '"Buah bibir" (fruit of the lips) is what everyone is talking about. ("The fruit of the lips" is also a Bible phrase, which the guard spares.)'
  },
  {
    id: 'panjang-tangan',
    sourceLang: 'id',
    source: 'panjang tangan',
    kind: 'idiom',
    literals: {en: ['long-handed', 'long handed', 'long hands', 'long-armed person', 'long hand person', 'long-handed person', 'long-handed people']},
    expected: {en: ['light-fingered', 'a thief']},
    meaning: 'light-fingered, thieving',
    confidence: 'high',
    guard: {unlessNear: ['shovel', 'shovels', 'spoon', 'spoons', 'brush', 'brushes', 'tool', 'tools', 'axe', 'rake', 'pruner', 'pruners', 'clock', 'clocks', 'watch', 'dial', 'minute', 'hour', 'gloves', 'arms', 'legs', 'fingers', 'tennis', 'backhand']},
    note: '"Panjang tangan" (long-handed) is light-fingered, given to stealing.'
  },
  {
    id: 'tebal-muka',
    sourceLang: 'id',
    source: 'tebal muka',
    kind: 'idiom',
    literals: {en: ['thick face', 'thick-faced', 'thick faced', 'thick-skinned face', 'thick faces']},
    expected: {en: ['shameless', 'brazen']},
    meaning: 'shameless',
    confidence: 'high',
    guard: {unlessNear: ['makeup', 'make-up', 'cream', 'skin', 'mask', 'masks', 'cosmetics', 'foundation', 'powder', 'beard', 'glass', 'watch', 'dial', 'clock']}
  },
  {
    id: 'makan-gaji-buta',
    sourceLang: 'id',
    source: 'makan gaji buta',
    kind: 'idiom',
    literals: {en: ['eat blind salary', 'eat blind salaries', 'eating blind salary', 'eating blind salaries', 'ate blind salary', 'ate blind salaries', 'eats blind salary', 'eat a blind salary', 'eating a blind salary', 'eat the blind salary', 'eat blind wages', 'eating blind wages', 'blind salary', 'blind salaries', 'blind wages']},
    expected: {en: ['draw a salary for doing nothing', 'paid for doing nothing']},
    meaning: 'paid without doing the work',
    confidence: 'high',
    note: '"Makan gaji buta" (eat a blind salary) is drawing pay without working.'
  },
  {
    id: 'mata-keranjang',
    sourceLang: 'id',
    source: 'mata keranjang',
    kind: 'idiom',
    literals: {en: ['basket eyes', 'basket eye', 'basket-eyed', 'basket eyed', 'eye basket', 'eyes basket', 'basket-eyes']},
    expected: {en: ['a womaniser', 'lecherous']},
    meaning: 'womaniser, lecherous',
    confidence: 'high'
  },
  {
    id: 'korban-north-korea',
    sourceLang: 'id',
    source: 'korban (Korea Utara)',
    kind: 'phrase',
    literals: {en: ['potential victims of north korea', 'victims of north korea', 'victims of north korean troops', 'victims of north korean soldiers', 'north korean victims']},
    expected: {en: ['potential North Korean casualties', 'North Korean casualties']},
    meaning: 'casualties (Indonesian "korban" covers both victims and casualties)',
    confidence: 'high',
    guard: {onlyNear: military},
    note: '"Korban" is both "victims" and "casualties"; soldiers killed or wounded in fighting are casualties.'
  },
  {
    id: 'korban-military',
    sourceLang: 'id',
    source: 'korban',
    kind: 'phrase',
    literals: {en: ['potential victims', 'military victims', 'soldier victims', 'troop victims', 'troops victims', 'victims among soldiers', 'victims among the soldiers', 'victims among troops', 'victims among the troops', 'victims from the troops', 'victims of soldiers', 'army victims', 'victims on the battlefield', 'battlefield victims', 'combat victims']},
    expected: {en: ['casualties', 'potential casualties']},
    meaning: 'casualties',
    confidence: 'high',
    guard: {onlyNear: military, unlessNear: ['civilian', 'civilians', 'abuse', 'abused', 'sexual', 'rape', 'trafficking', 'scam', 'fraud', 'crime', 'crimes', 'hospital']},
    note: '"Korban" is both "victims" and "casualties"; in reports on fighting, soldiers killed or wounded are casualties.'
  },
  {
    id: 'kelompok-negara-negara',
    sourceLang: 'id',
    source: 'kelompok negara-negara',
    kind: 'phrase',
    literals: {en: ['country-state group', 'country-state groups', 'country-country group', 'countries-countries group', 'state-state group', 'group of country-countries', 'group of countries-countries', 'group of country-states', 'country-countries group', 'nation-nations group', 'countries-state group'], fr: ['groupe pays-états', 'groupe des pays-pays']},
    expected: {en: ['group of countries', 'group'], fr: ['groupe de pays']},
    meaning: 'group of countries',
    confidence: 'high',
    note: 'Indonesian marks the plural by doubling ("negara-negara"); MT that renders the doubling word for word produces "country-state group".'
  },
  {
    id: 'negara-negara',
    sourceLang: 'id',
    source: 'negara-negara',
    kind: 'phrase',
    literals: {en: ['country-countries', 'countries-countries', 'country-country', 'state-states', 'states-states', 'nation-nations', 'nations-nations']},
    expected: {en: ['countries'], fr: ['pays']},
    meaning: 'countries (Indonesian plural by doubling)',
    confidence: 'high'
  },
  {
    id: 'telur-di-ujung-tanduk',
    sourceLang: 'id',
    source: 'bagai telur di ujung tanduk',
    kind: 'idiom',
    literals: {
      en: [
        'like an egg at the tip of a horn',
        'like an egg at the tip of the horn',
        'like an egg on the tip of a horn',
        'like an egg on the tip of the horn',
        'like an egg at the end of a horn',
        'like an egg at the end of the horn',
        'like an egg on the end of a horn',
        'like an egg on the end of the horn',
        'like eggs at the tip of a horn',
        'like eggs on the tip of a horn',
        'like eggs at the end of a horn',
        'like an egg on a horn',
        'as an egg at the tip of a horn',
        'as an egg on the tip of a horn',
        'as if an egg at the tip of a horn',
        'as if on the tip of a horn',
        'like an egg at the horn tip',
        'like an egg on the horn tip',
        "like an egg on a horn's tip",
        "like an egg at a horn's tip"
      ],
      fr: ["comme un œuf au bout d'une corne", "comme un oeuf au bout d'une corne", "comme un œuf sur le bout d'une corne"],
      zh: ['如同角尖上的蛋', '犹如牛角尖上的鸡蛋', '像角尖上的鸡蛋', '角尖上的蛋'],
      ja: ['角の先の卵', '角の先にある卵']
    },
    expected: {en: ['in a precarious position', 'on a knife edge'], fr: ['sur le fil du rasoir'], zh: ['岌岌可危'], ja: ['風前の灯火'], ar: ['في وضع حرج']},
    meaning: 'in a precarious position',
    confidence: 'high',
    note: '"Bagai telur di ujung tanduk" (like an egg on the tip of a horn) is to be in a precarious position.'
  },
  {
    id: 'telur-di-ujung-tanduk-bare',
    sourceLang: 'id',
    source: 'telur di ujung tanduk',
    kind: 'idiom',
    literals: {en: ['egg at the tip of a horn', 'egg at the tip of the horn', 'egg on the tip of a horn', 'egg on the tip of the horn', 'egg at the end of a horn', 'egg on the end of a horn', 'eggs at the tip of a horn', 'eggs on the tip of a horn', "egg on a horn's tip"]},
    expected: {en: ['precarious position'], fr: ['situation précaire']},
    meaning: 'a precarious position',
    confidence: 'high'
  },
  {
    id: 'operasi-tangkap-tangan',
    sourceLang: 'id',
    source: 'operasi tangkap tangan (OTT)',
    kind: 'idiom',
    literals: {
      en: ['hand catching operation', 'hand-catching operation', 'hand catch operation', 'hand-catch operation', 'hand capture operation', 'hand-capture operation', 'catch hand operation', 'catching hand operation', 'catching hands operation', 'hand arrest operation', 'hand-arrest operation', 'arrest hand operation', 'hand catching operations', 'hand-catching operations', 'catch-hand operation', 'caught hand operation', 'hand grab operation', 'hand grabbing operation', 'hand-held capture operation', 'hand-held arrest operation'],
      fr: ['opération de capture de la main', 'opération de capture à la main', 'opération main attrapée'],
      zh: ['抓手行动', '手抓行动', '捉手行动'],
      ja: ['手捕り作戦', '手を捕まえる作戦']
    },
    expected: {en: ['sting operation', 'arrest in the act'], fr: ['coup de filet', 'flagrant délit'], zh: ['当场抓捕行动'], ja: ['現行犯逮捕'], ar: ['عملية ضبط متلبس']},
    meaning: 'a sting operation (arrest in the act)',
    confidence: 'high',
    note: 'The KPK\'s "operasi tangkap tangan" (OTT, catch-hand operation) is a sting that arrests suspects in the act.'
  },
  {
    id: 'tertangkap-tangan',
    sourceLang: 'id',
    source: 'tertangkap tangan',
    kind: 'idiom',
    literals: {en: ['caught hands', 'caught hand', 'caught by hand', 'hand caught', 'arrested by hand', 'captured by hand', 'caught-handed']},
    expected: {en: ['caught red-handed', 'caught in the act'], fr: ['pris en flagrant délit']},
    meaning: 'caught in the act',
    confidence: 'high',
    guard: {onlyNear: ['kpk', 'bribe', 'bribes', 'bribery', 'suspect', 'suspects', 'police', 'arrested', 'corruption', 'investigators', 'officials', 'official', 'regent', 'mayor', 'governor', 'cash', 'money', 'rp', 'stealing', 'theft', 'thief', 'drugs', 'smuggling', 'sting', 'operation'], unlessNear: ['fish', 'fishing', 'trout', 'net', 'door', 'machine', 'trap', 'glove', 'gloves', 'injured', 'injury']}
  },
  {
    id: 'main-hakim-sendiri',
    sourceLang: 'id',
    source: 'main hakim sendiri',
    kind: 'idiom',
    literals: {en: ['play judge alone', 'playing judge alone', 'played judge alone', 'play judge themselves', 'playing judge themselves', 'played judge themselves', 'play their own judge', 'playing their own judge', 'played their own judge', 'play the judge alone', 'playing the judge alone', 'play judge by themselves', 'playing judge by themselves', 'play own judge', 'playing own judge', 'play self-judge', 'playing self-judge', 'play judges themselves', 'playing judges themselves', 'play judge on their own', 'playing judge on their own', 'play the judge themselves', 'playing the judge themselves']},
    expected: {en: ['take the law into their own hands', 'resort to vigilante justice']},
    meaning: 'take the law into one\'s own hands',
    confidence: 'high',
    note: '"Main hakim sendiri" (play judge oneself) is vigilante justice, usually a mob beating a suspect.'
  },
  {
    id: 'gulung-tikar-past',
    sourceLang: 'id',
    source: 'gulung tikar',
    kind: 'idiom',
    literals: {en: ['rolled up mats', 'rolled up the mat', 'rolled up the mats', 'rolled up their mats', 'rolled up their mat', 'rolled up its mat', 'rolled up his mat', 'rolled the mat', 'rolled mats', 'has rolled up the mat', 'have rolled up the mat', 'rolled out the mat', 'rolled up mat']},
    expected: {en: ['went out of business', 'closed down']},
    meaning: 'went out of business',
    confidence: 'high',
    guard: {unlessNear: ['yoga', 'prayer', 'prayers', 'picnic', 'beach', 'sleeping', 'camping', 'tent', 'gym', 'exercise', 'bed', 'welcome', 'carpet', 'rug']},
    note: '"Gulung tikar" (roll up the mat) is to go out of business.'
  },
  {
    id: 'gulung-tikar',
    sourceLang: 'id',
    source: 'gulung tikar',
    kind: 'idiom',
    literals: {en: ['roll up mats', 'roll up the mat', 'roll up the mats', 'roll up their mats', 'roll up their mat', 'roll up its mat', 'rolling up mats', 'rolling up the mat', 'rolling up the mats', 'rolling up their mats', 'rolling up their mat', 'rolls up the mat', 'roll the mat', 'roll up mat', 'rolling mats', 'rolling the mat']},
    expected: {en: ['go out of business', 'close down']},
    meaning: 'go out of business',
    confidence: 'high',
    guard: {unlessNear: ['yoga', 'prayer', 'prayers', 'picnic', 'beach', 'sleeping', 'camping', 'tent', 'gym', 'exercise', 'bed', 'welcome', 'carpet', 'rug']}
  },
  {
    id: 'banting-tulang',
    sourceLang: 'id',
    source: 'banting tulang',
    kind: 'idiom',
    literals: {en: ['slam bones', 'slamming bones', 'slammed bones', 'slams bones', 'slamming the bones', 'slam the bones', 'slamming their bones', 'slam their bones', 'slammed their bones', 'banging bones', 'bang bones', 'banging their bones', 'throw bones', 'throwing bones', 'slamming his bones', 'slamming her bones', 'slamming my bones']},
    expected: {en: ['work hard', 'working hard', 'toil']},
    meaning: 'work very hard',
    confidence: 'high',
    guard: {unlessNear: ['dog', 'dogs', 'skeleton', 'skeletons', 'fossil', 'fossils', 'archaeologists', 'dice', 'fortune', 'shaman']},
    note: '"Banting tulang" (slam one\'s bones) is to work oneself to the bone.'
  },
  {
    id: 'putar-otak',
    sourceLang: 'id',
    source: 'putar otak',
    kind: 'idiom',
    literals: {en: ['turn the brain', 'turning the brain', 'turned the brain', 'turn their brains', 'turning their brains', 'turned their brains', 'turn their brain', 'turning their brain', 'turned their brain', 'rotate the brain', 'rotating the brain', 'rotate their brains', 'rotating their brains', 'spin the brain', 'spinning the brain', 'spin their brains', 'spinning their brains', 'spun their brains', 'turn his brain', 'turning his brain', 'turned his brain', 'twist the brain', 'twisting the brain', 'turn brains', 'turning brains', 'rotate brains', 'rotating brains']},
    expected: {en: ['rack their brains', 'think hard']},
    meaning: 'rack one\'s brains',
    confidence: 'high',
    guard: {unlessNear: ['surgery', 'surgeon', 'surgeons', 'scan', 'scans', 'mri', 'neurons', 'neurologists', 'injury', 'tumour', 'tumor', 'mice', 'rats']},
    note: '"Putar otak" (turn the brain) is to rack one\'s brains for a solution.'
  },
  {
    id: 'turun-tangan',
    sourceLang: 'id',
    source: 'turun tangan',
    kind: 'idiom',
    literals: {en: ['came down hand', 'came down hands', 'come down hand', 'come down hands', 'comes down hand', 'coming down hand', 'went down hand', 'go down hand', 'goes down hand', 'going down hand', 'descended hands', 'descend hands', 'descending hands', 'get down hands', 'got down hands']},
    expected: {en: ['stepped in', 'intervened', 'step in']},
    meaning: 'step in, intervene personally',
    confidence: 'high',
    note: '"Turun tangan" (bring the hands down) is to step in personally.'
  },
  {
    id: 'lepas-tangan',
    sourceLang: 'id',
    source: 'lepas tangan',
    kind: 'idiom',
    literals: {en: ['release hands', 'released hands', 'releasing hands', 'release their hands', 'released their hands', 'releasing their hands', 'release its hands', 'released its hands', 'let go of hands', 'take off hands', 'took off hands', 'remove hands', 'removed hands', 'removing hands', 'remove their hands', 'removed their hands', 'take their hands off', 'took their hands off']},
    expected: {en: ['refuse responsibility', 'wash their hands of it']},
    meaning: 'disown responsibility',
    confidence: 'high',
    guard: {onlyNear: ['responsibility', 'responsible', 'blame', 'accountable', 'accountability', 'problem', 'case', 'issue', 'victims', 'compensation', 'government', 'officials', 'authorities', 'company', 'management'], unlessNear: hygiene.concat(['steering', 'wheel', 'handlebars', 'bike', 'bicycle', 'rope', 'dancing', 'dance', 'partner', 'hostage', 'hostages', 'cuffs', 'handcuffs', 'grip'])},
    note: '"Lepas tangan" (let go with the hands) is to refuse responsibility.'
  },
  {
    id: 'adu-domba',
    sourceLang: 'id',
    source: 'adu domba',
    kind: 'idiom',
    literals: {en: ['sheep fight', 'sheep fighting', 'sheep-fighting', 'fighting sheep', 'pitting sheep', 'sheep pitting', 'pit sheep', 'sheep fights', 'fight sheep', 'sheep contest', 'pitted sheep', 'sheep-pitting', 'fight like sheep', 'fighting like sheep', 'sheep against sheep']},
    expected: {en: ['divide-and-rule tactics', 'pitting people against each other'], fr: ['diviser pour régner']},
    meaning: 'pitting groups against each other (divide and rule)',
    confidence: 'high',
    guard: {unlessNear: ['rams', 'ram', 'arena', 'garut', 'festival', 'tradition', 'traditional', 'contest', 'animal', 'animals', 'livestock', 'farmers', 'breeders', 'spectators', 'horns', 'wool']},
    note: '"Adu domba" (set sheep to fight) is provocation that sets groups against each other; West Java also has literal ram fights (the guard spares those).'
  },
  {
    id: 'cari-muka',
    sourceLang: 'id',
    source: 'cari muka',
    kind: 'idiom',
    literals: {en: ['looking for face', 'look for face', 'looked for face', 'looks for face', 'seeking face', 'seek face', 'sought face', 'searching for face', 'search for face', 'searched for face', 'finding face', 'find face', 'looking for a face', 'looking for faces', 'seeking faces']},
    expected: {en: ['currying favour', 'curry favour']},
    meaning: 'curry favour, ingratiate oneself',
    confidence: 'high',
    guard: {unlessNear: ['recognition', 'camera', 'cameras', 'database', 'photo', 'photos', 'software', 'algorithm', 'biometric', 'masks', 'mask', 'crowd']},
    note: '"Cari muka" (look for face) is to curry favour with superiors.'
  },
  {
    id: 'kutu-loncat',
    sourceLang: 'id',
    source: 'kutu loncat',
    kind: 'idiom',
    literals: {en: ['jumping flea', 'jumping fleas', 'jumping lice', 'jumping louse', 'jump flea', 'jump fleas', 'flea jumping', 'hopping flea', 'hopping fleas', 'flea jumper', 'flea jumpers', 'jumping ticks', 'jumping tick', 'jump lice', 'lice jumping', 'politician flea', 'politician fleas']},
    expected: {en: ['party hopper', 'party hoppers'], fr: ['transfuge']},
    meaning: 'politician who keeps switching parties',
    confidence: 'high',
    guard: {unlessNear: ['dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'insect', 'insects', 'infestation', 'infested', 'bite', 'bites', 'beetle', 'beetles', 'circus', 'market', 'crops', 'pest', 'pests', 'plants', 'vet', 'veterinarian']},
    note: '"Kutu loncat" (jumping flea) is a politician who hops from party to party.'
  },
  {
    id: 'pesta-demokrasi',
    sourceLang: 'id',
    source: 'pesta demokrasi',
    kind: 'idiom',
    literals: {en: ['feast of democracy', 'democracy feast', 'democratic feast', 'democratic festival', 'democracy festival', 'democracy fiesta', 'democratic fiesta', 'five-yearly democracy party', 'five-year democracy party', 'five-yearly democratic party', 'five-year democratic party'], fr: ['fête de la démocratie', 'festin de la démocratie'], zh: ['民主盛宴', '民主派对'], ja: ['民主主義の祭典', '民主主義の宴']},
    expected: {en: ['election', 'elections'], fr: ['élection'], zh: ['选举'], ja: ['選挙'], ar: ['الانتخابات']},
    meaning: 'the election',
    confidence: 'high',
    note: '"Pesta demokrasi" (the party/feast of democracy) is Indonesian officialese for an election.'
  },
  {
    id: 'tikus-berdasi',
    sourceLang: 'id',
    source: 'tikus berdasi',
    kind: 'idiom',
    literals: {en: ['rats in ties', 'rat in a tie', 'rats in neckties', 'tie-wearing rats', 'tie wearing rats', 'rats wearing ties', 'rat wearing a tie', 'tied rats', 'necktie rats', 'rats with ties', 'rat with a tie', 'tie rats', 'tied mice', 'mice in ties', 'neck-tied rats'], zh: ['打领带的老鼠', '戴领带的老鼠']},
    expected: {en: ['corrupt officials', 'white-collar thieves'], zh: ['贪官']},
    meaning: 'corrupt officials',
    confidence: 'high',
    guard: {unlessNear: ['laboratory', 'lab', 'experiment', 'experiments', 'costume', 'costumes', 'cartoon', 'illustration', 'toy', 'toys']},
    note: '"Tikus berdasi" (rats in ties) are corrupt officials.'
  },
  {
    id: 'lintah-darat',
    sourceLang: 'id',
    source: 'lintah darat',
    kind: 'idiom',
    literals: {en: ['land leech', 'land leeches', 'ground leech', 'ground leeches', 'land bloodsucker', 'land bloodsuckers', 'leech of land', 'leeches of land', 'land-leech', 'land-leeches']},
    expected: {en: ['loan shark', 'loan sharks']},
    meaning: 'loan shark',
    confidence: 'high',
    guard: {unlessNear: ['rainforest', 'forest', 'forests', 'jungle', 'hikers', 'hiking', 'trekking', 'trek', 'trail', 'species', 'bite', 'bites', 'wildlife', 'haemadipsa', 'socks', 'leeches', 'rain', 'wet', 'biologists']},
    note: '"Lintah darat" (land leech) is a loan shark; real land leeches live in Indonesian forests, which the guard spares.'
  },
  {
    id: 'uang-tutup-mulut',
    sourceLang: 'id',
    source: 'uang tutup mulut',
    kind: 'idiom',
    literals: {en: ['shut mouth money', 'shut-mouth money', 'mouth-shutting money', 'mouth shutting money', 'money to shut mouth', 'money to shut mouths', 'close mouth money', 'closed mouth money', 'mouth closing money', 'mouth-closing money', 'mouth shut money', 'cover mouth money', 'mouth cover money', 'silence money'], zh: ['闭嘴钱', '封嘴钱'], ja: ['口止め料金']},
    expected: {en: ['hush money'], fr: ['argent pour acheter le silence'], zh: ['封口费'], ja: ['口止め料'], ar: ['أموال إسكات']},
    meaning: 'hush money',
    confidence: 'high',
    note: '"Uang tutup mulut" (close-the-mouth money) is hush money.'
  },
  {
    id: 'uang-rokok',
    sourceLang: 'id',
    source: 'uang rokok',
    kind: 'idiom',
    literals: {en: ['cigarette money', 'money for cigarettes', 'cigarettes money']},
    expected: {en: ['a small tip', 'a small bribe']},
    meaning: 'a small tip or petty bribe',
    confidence: 'high',
    guard: {unlessNear: ['smoking', 'smoker', 'smokers', 'smoke', 'tax', 'taxes', 'excise', 'pack', 'packs', 'spent', 'spend', 'spends', 'spending', 'addiction', 'quit', 'quitting', 'budget', 'household', 'households', 'poverty', 'poor', 'tobacco', 'lung']},
    note: '"Uang rokok" (cigarette money) is a small tip or petty bribe to an official or helper.'
  },
  {
    id: 'tutup-usia',
    sourceLang: 'id',
    source: 'tutup usia',
    kind: 'idiom',
    literals: {en: ['closed his age', 'closed her age', 'closed their age', 'closed the age', 'closed age', 'close his age', 'close her age', 'close the age', 'closes his age', 'closes her age', 'closing his age', 'closing her age', 'closed his life age', 'closed his lifespan', 'closed her lifespan', 'shut his age', 'shut her age']},
    expected: {en: ['died', 'passed away'], fr: ['est décédé']},
    meaning: 'died',
    confidence: 'high',
    note: '"Tutup usia" (close one\'s age) is to die.'
  },
  {
    id: 'meninggal-dunia',
    sourceLang: 'id',
    source: 'meninggal dunia',
    kind: 'idiom',
    literals: {en: ['left the world', 'has left the world', 'have left the world', 'leaving the world', 'leave the world', 'leaves the world', 'left this world', 'leaving this world']},
    expected: {en: ['died', 'passed away']},
    meaning: 'died',
    confidence: 'low',
    guard: {unlessNear: ['better', 'place', 'stunned', 'shocked', 'wondering', 'legacy', 'richer', 'poorer', 'stage', 'behind', 'changed', 'shaped', 'gift', 'music', 'songs', 'books', 'mark'], onlyNear: ['died', 'death', 'age', 'aged', 'hospital', 'funeral', 'buried', 'burial', 'illness', 'ill', 'condolences', 'mourning', 'mourned', 'family', 'victim', 'victims', 'accident', 'years', 'old', 'passed'], window: 10},
    note: '"Meninggal dunia" (leave the world) is simply "die"; English "left the world" is poetic, not news style.'
  },
  {
    id: 'cuci-gudang',
    sourceLang: 'id',
    source: 'cuci gudang',
    kind: 'idiom',
    literals: {en: ['warehouse washing', 'warehouse wash', 'wash the warehouse', 'washing the warehouse', 'washes the warehouse', 'washed the warehouse', 'wash warehouse', 'washing warehouse', 'warehouse-washing', 'washing warehouses', 'wash warehouses', 'warehouse cleaning sale', 'warehouse washing sale']},
    expected: {en: ['clearance sale', 'clearance sales'], fr: ['liquidation des stocks']},
    meaning: 'clearance sale',
    confidence: 'high',
    guard: {unlessNear: ['floor', 'floors', 'cleaning', 'cleaners', 'cleaner', 'hose', 'hoses', 'detergent', 'pressure', 'disinfect', 'disinfected', 'disinfectant', 'flood', 'mud']},
    note: '"Cuci gudang" (wash the warehouse) is a clearance sale.'
  },
  {
    id: 'tangan-dingin',
    sourceLang: 'id',
    source: 'tangan dingin',
    kind: 'idiom',
    literals: {en: ['cold hands of coach', 'cold hands of the coach', 'cold hand of coach', 'cold hand of the coach', 'cold-handed coach', 'cold hands of trainer', 'cold hands of manager', 'cold hands of the manager', "coach's cold hands", "coach's cold hand"]},
    expected: {en: ['the guidance of', 'the skilled touch of']},
    meaning: 'the skilled touch (of a coach or leader)',
    confidence: 'high',
    guard: {unlessNear: ['weather', 'winter', 'gloves', 'frostbite', 'circulation', 'temperature', 'freezing', 'snow', 'ice', 'raynaud', 'blood', 'death']},
    note: '"Tangan dingin" (cold hands) is a gift for success: "di tangan dingin pelatih X" is "under coach X".'
  },
  {
    id: 'tebang-pilih',
    sourceLang: 'id',
    source: 'tebang pilih',
    kind: 'idiom',
    literals: {en: ['selective logging', 'selective cutting', 'cut selectively', 'selectively cut', 'cut and choose', 'cut-and-choose', 'choose-and-cut', 'pick and cut', 'pick-and-cut', 'cutting selectively', 'selective felling', 'cut choose', 'choosy cutting']},
    expected: {en: ['selective enforcement', 'selective'], fr: ['application sélective']},
    meaning: 'selective law enforcement',
    confidence: 'high',
    guard: {onlyNear: ['kpk', 'graft', 'corruption', 'enforcement', 'prosecutors', 'prosecutor', 'attorney', 'justice', 'legal', 'suspects', 'suspect', 'handling', 'eradication', 'impunity', 'accused'], unlessNear: ['forest', 'forests', 'timber', 'trees', 'tree', 'logs', 'forestry', 'concession', 'concessions', 'hectares', 'plantation', 'rainforest', 'illegal', 'cake', 'pizza']},
    note: '"Tebang pilih" (selective felling) in law enforcement means prosecuting some and sparing others.'
  },
  {
    id: 'kucing-dalam-karung',
    sourceLang: 'id',
    source: 'membeli kucing dalam karung',
    kind: 'idiom',
    literals: {en: ['buy a cat in a sack', 'buying a cat in a sack', 'bought a cat in a sack', 'buy a cat in the sack', 'buying a cat in the sack', 'like buying a cat in a sack', 'cat in a sack', 'cat in the sack', 'cats in a sack', 'cat in a bag', 'buy cats in sacks', 'buying cats in sacks', 'cat in sack']},
    expected: {en: ['a pig in a poke'], fr: ['chat en poche']},
    meaning: 'something bought or chosen sight unseen',
    confidence: 'high',
    guard: {unlessNear: ['kitten', 'kittens', 'rescued', 'rescue', 'shelter', 'abandoned', 'animal', 'animals', 'cruelty', 'dumped', 'drowned', 'vet']},
    note: '"Membeli kucing dalam karung" (buy a cat in a sack) is the English "buy a pig in a poke".'
  },
  {
    id: 'buah-tangan',
    sourceLang: 'id',
    source: 'buah tangan',
    kind: 'idiom',
    literals: {en: ['hand fruit', 'hand fruits', 'fruit of the hand', 'fruits of the hand', 'fruit of hand', 'fruits of hand', 'handfruit', 'hand-fruit', 'hand-fruits']},
    expected: {en: ['souvenirs', 'gifts'], fr: ['des souvenirs']},
    meaning: 'souvenirs or small gifts brought back for others',
    confidence: 'high',
    guard: {unlessNear: ['bible', 'scripture', 'proverbs', 'psalm', 'labour', 'labor', 'god', 'lord']},
    note: '"Buah tangan" (fruit of the hand) is a gift or souvenir brought for someone. ("The fruit of her hands" is a Bible phrase, which the guard spares.)'
  },
  {
    id: 'panjang-lebar',
    sourceLang: 'id',
    source: 'panjang lebar',
    kind: 'idiom',
    literals: {en: ['explained long and wide', 'explain long and wide', 'explaining long and wide', 'talked long and wide', 'spoke long and wide', 'long and wide about', 'told long and wide', 'described long and wide', 'long-wide explanation', 'long and wide explanation', 'long wide explanation']},
    expected: {en: ['explained at length', 'at length']},
    meaning: 'at length',
    confidence: 'high',
    note: '"Panjang lebar" (long and wide) is "at length".'
  },
  {
    id: 'makan-korban',
    sourceLang: 'id',
    source: 'memakan korban',
    kind: 'idiom',
    literals: {en: ['ate victims', 'ate casualties', 'ate lives', 'ate a victim', 'eaten victims', 'has eaten victims', 'have eaten victims', 'had eaten victims', 'eat victims', 'eating victims', 'eats victims', 'eat casualties', 'eating casualties', 'eats casualties', 'eating lives', 'eats lives', 'ate many victims', 'eating many victims', 'ate dozens of victims']},
    expected: {en: ['claimed lives', 'caused casualties']},
    meaning: 'claimed lives, caused casualties',
    confidence: 'high',
    guard: {unlessNear: ['crocodile', 'crocodiles', 'shark', 'sharks', 'tiger', 'tigers', 'cannibal', 'cannibals', 'cannibalism', 'zombie', 'zombies', 'python', 'bear', 'lion', 'monster', 'film', 'movie', 'novel']},
    note: '"Memakan korban" (eat victims) is to claim lives or cause casualties.'
  },
  {
    id: 'turun-gunung',
    sourceLang: 'id',
    source: 'turun gunung',
    kind: 'idiom',
    literals: {en: ['came down the mountain', 'came down from the mountain', 'descended the mountain', 'descended from the mountain', 'went down the mountain', 'come down the mountain', 'come down from the mountain', 'descend the mountain', 'descend from the mountain', 'coming down the mountain', 'comes down the mountain', 'down the mountain to campaign', 'went down the mountain to']},
    expected: {en: ['stepped in', 'stepped in personally']},
    meaning: '(a senior figure) stepped in personally',
    confidence: 'high',
    guard: {onlyNear: ['election', 'elections', 'campaign', 'campaigning', 'campaigns', 'party', 'candidate', 'candidates', 'politics', 'political', 'chairman', 'chairwoman', 'chairperson', 'votes', 'voters', 'coalition', 'pilkada', 'regional', 'cadres'], unlessNear: ['climbers', 'climber', 'hikers', 'hiker', 'summit', 'trail', 'avalanche', 'rescue', 'rescuers', 'volcano', 'eruption', 'lava', 'skiers', 'ski', 'helicopter', 'snow']},
    note: '"Turun gunung" (come down the mountain) is a senior figure stepping in personally, as a party elder joining a campaign.'
  },
  {
    id: 'angin-segar',
    sourceLang: 'id',
    source: 'angin segar',
    kind: 'idiom',
    literals: {en: ['a fresh wind for', 'fresh wind for', 'fresh winds for', 'giving fresh wind', 'gives fresh wind', 'gave fresh wind', 'give fresh wind', 'bring fresh wind', 'brings fresh wind', 'brought fresh wind', 'bringing fresh wind', 'become a fresh wind', 'became a fresh wind', 'becomes a fresh wind', 'is a fresh wind', 'was a fresh wind', 'be a fresh wind']},
    expected: {en: ['good news for', 'a boost for'], fr: ['une bonne nouvelle pour']},
    meaning: 'good news, a boost',
    confidence: 'high',
    guard: {unlessNear: ['weather', 'sailing', 'sail', 'sails', 'sailors', 'coast', 'beach', 'forecast', 'temperatures', 'temperature', 'storm', 'gusts', 'knots', 'breeze', 'window', 'windows', 'air', 'heat', 'humid', 'cool', 'cooling']},
    note: '"Angin segar" (a fresh wind) is good news or a welcome boost.'
  },
  {
    id: 'buang-muka',
    sourceLang: 'id',
    source: 'buang muka',
    kind: 'idiom',
    literals: {en: ['threw his face', 'threw her face', 'threw their face', 'threw their faces', 'threw face', 'throw face', 'throw his face', 'throw her face', 'throwing face', 'throwing his face', 'throwing her face', 'throws his face', 'throws her face', 'discarded his face', 'discard face', 'threw away his face', 'threw away her face', 'throw away face']},
    expected: {en: ['looked away', 'turned away']},
    meaning: 'looked away (a snub)',
    confidence: 'high',
    guard: {unlessNear: ['pillow', 'pillows', 'hands', 'water', 'pie', 'cake', 'mud', 'acid', 'paint', 'sink']},
    note: '"Buang muka" (throw the face) is to look away, a snub.'
  },
  {
    id: 'kuda-hitam',
    sourceLang: 'id',
    source: 'kuda hitam',
    kind: 'idiom',
    literals: {en: ['black horse', 'black horses']},
    expected: {en: ['dark horse']},
    meaning: 'an outsider who may win',
    confidence: 'low',
    guard: {unlessNear: ['rode', 'ride', 'riding', 'rider', 'stable', 'saddle', 'stallion', 'mare', 'horseback', 'cavalry', 'carriage', 'painting', 'statue', 'breed']},
    note: '"Kuda hitam" (black horse) is the English "dark horse".'
  },
  {
    id: 'kaki-tangan',
    sourceLang: 'id',
    source: 'kaki tangan',
    kind: 'idiom',
    literals: {en: ['foot and hand of', 'feet and hands of', 'leg and hand of', 'legs and hands of', 'foot hands of', 'leg hands of', 'foot-hand of']},
    expected: {en: ['accomplice of', 'henchman of']},
    meaning: 'an accomplice, a henchman',
    confidence: 'high',
    guard: {unlessNear: ['tied', 'bound', 'body', 'corpse', 'injuries', 'injured', 'wounds', 'swollen', 'fingers', 'toes', 'amputated']}
  },
  {
    id: 'banting-setir',
    sourceLang: 'id',
    source: 'banting setir',
    kind: 'idiom',
    literals: {en: ['slam the steering wheel', 'slam the steering', 'slam the wheel', 'turn the steering wheel sharply', 'slam steering', 'slam the steer']},
    expected: {en: ['change course', 'switch careers']},
    meaning: 'to change course abruptly, especially to switch careers',
    confidence: 'high',
    guard: {unlessNear: ['car', 'vehicle', 'crash', 'fist', 'fists', 'angrily', 'accident', 'collided', 'collision', 'brakes', 'swerve', 'swerved', 'truck', 'bus']}
  },
  {
    id: 'lempar-batu-sembunyi-tangan',
    sourceLang: 'id',
    source: 'lempar batu sembunyi tangan',
    kind: 'idiom',
    literals: {
      en: ['throw stones hide hands', 'throw stones and hide hands', 'thrown the stone and hidden his hand', 'thrown the stone and hidden their hand', 'thrown stones and hidden their hands', 'throw the stone and hide his hand', 'throw the stone and hide her hand', 'throw the stone and hide their hand', 'throw a stone and hide his hand', 'throw a stone and hide the hand', 'throw a stone hide the hand', 'throw stones and hide their hands', 'throw stones and hide his hands', 'throw the stone and hide the hand', 'throw stones hiding hands', 'throw a stone and hide your hand', 'throw a stone and hide his hand', 'throw a stone and hide their hand', 'throw the stone and hide its hand', 'throw a stone and hide its hand', 'throw stones and hide its hands']
    },
    expected: {en: ['strike and then deny responsibility', 'act and then hide behind others']},
    meaning: 'to do harm and then deny responsibility',
    confidence: 'high'
  },
  {
    id: 'nasi-sudah-menjadi-bubur',
    sourceLang: 'id',
    source: 'nasi sudah menjadi bubur',
    kind: 'idiom',
    literals: {en: ['rice has become porridge', 'rice has already become porridge', 'rice has turned into porridge', 'rice has turned to porridge', 'rice is already porridge', 'rice has become mush', 'rice has already turned into porridge', 'rice already become porridge', 'rice has become rice porridge']},
    expected: {en: ['what is done cannot be undone', 'there is no use crying over spilt milk']},
    meaning: 'what is done is done',
    confidence: 'high',
    guard: {unlessNear: ['cook', 'cooking', 'cooked', 'recipe', 'boil', 'boiled', 'overcooked', 'pot', 'stove', 'cooker', 'kitchen']}
  },
  {
    id: 'pinang-dibelah-dua',
    sourceLang: 'id',
    source: 'bagai pinang dibelah dua',
    kind: 'idiom',
    literals: {en: ['betel nut split in two', 'areca nut split in two', 'betel nut split in half', 'areca nut split in half', 'betel nut divided in two', 'areca nut divided in two', 'betel nut cut in two', 'areca nut cut in two', 'pinang split in two', 'betel nut split into two', 'areca nut split into two']},
    expected: {en: ['like two peas in a pod']},
    meaning: 'strikingly alike',
    confidence: 'high'
  },
  {
    id: 'katak-dalam-tempurung',
    sourceLang: 'id',
    source: 'seperti katak dalam tempurung',
    kind: 'idiom',
    literals: {en: ['frog in a coconut shell', 'frog under a coconut shell', 'frog in the coconut shell', 'frog under the coconut shell', 'frogs in a coconut shell', 'frog in a shell', 'frog inside a coconut shell', 'frog in a skull']},
    expected: {en: ['blinkered', 'narrow-minded']},
    meaning: 'narrow-minded, knowing nothing of the wider world',
    confidence: 'high'
  },
  {
    id: 'besar-pasak-daripada-tiang',
    sourceLang: 'id',
    source: 'besar pasak daripada tiang',
    kind: 'idiom',
    literals: {en: ['bigger peg than pole', 'bigger peg than pillar', 'bigger pegs than poles', 'bigger pegs than pillars', 'larger peg than pillar', 'larger peg than pole', 'peg is bigger than the pole', 'peg is bigger than the pillar', 'peg bigger than the pillar', 'peg bigger than the pole', 'the peg is greater than the pillar', 'bigger the peg than the pole', 'bigger the peg than the pillar', 'peg is bigger than their pillar', 'peg is bigger than its pillar', 'peg is bigger than his pillar', 'peg is bigger than our pillar', 'peg is bigger than the pillar', 'pegs are bigger than their pillars', 'peg is larger than their pillar', 'peg is bigger than their pole']},
    expected: {en: ['living beyond its means', 'spending more than it earns']},
    meaning: 'spending more than one earns',
    confidence: 'high'
  },
  {
    id: 'air-susu-dibalas-air-tuba',
    sourceLang: 'id',
    source: 'air susu dibalas air tuba',
    kind: 'idiom',
    literals: {en: ['milk is repaid with poison', 'milk repaid with poison', 'milk is returned with poison', 'milk returned with poison', 'milk water repaid with tuba water', 'milk water is repaid with tuba water', 'milk is repaid with tuba', 'milk repaid with tuba', 'milk is replied with poison', 'milk is paid with poison', 'milk is rewarded with poison', 'breast milk repaid with poison']},
    expected: {en: ['biting the hand that feeds', 'kindness repaid with betrayal']},
    meaning: 'kindness repaid with treachery',
    confidence: 'high'
  },
  {
    id: 'tong-kosong-nyaring-bunyinya',
    sourceLang: 'id',
    source: 'tong kosong nyaring bunyinya',
    kind: 'idiom',
    literals: {en: ['empty barrels sound loud', 'empty barrel sounds loud', 'empty barrels are noisy', 'empty barrel is noisy', 'empty drums sound loud', 'empty drum sounds loud', 'empty barrel sounds the loudest', 'empty barrels sound the loudest', 'empty barrels make the loudest noise', 'empty barrel makes the loudest noise', 'empty barrels make loud sounds', 'empty barrel has a loud sound', 'empty barrels sound loudest', 'empty barrel rings loud']},
    expected: {en: ['empty vessels make the most noise']},
    meaning: 'those who know least talk most',
    confidence: 'high'
  },
  {
    id: 'udang-di-balik-batu',
    sourceLang: 'id',
    source: 'ada udang di balik batu',
    kind: 'idiom',
    literals: {en: ['shrimp behind the stone', 'shrimp behind the rock', 'shrimp behind a stone', 'shrimp behind a rock', 'prawn behind the stone', 'prawn behind the rock', 'prawns behind the stone', 'shrimp under the rock', 'shrimp under the stone', 'shrimp behind the stones', 'shrimp behind the rocks']},
    expected: {en: ['a hidden agenda', 'an ulterior motive']},
    meaning: 'a hidden agenda',
    confidence: 'high',
    guard: {unlessNear: ['aquarium', 'reef', 'diver', 'divers', 'diving', 'snorkelling', 'snorkeling', 'fishermen', 'fisherman', 'marine', 'species', 'tank']}
  },
  {
    id: 'jamur-di-musim-hujan',
    sourceLang: 'id',
    source: 'bak jamur di musim hujan',
    kind: 'idiom',
    literals: {en: ['like mushrooms in the rainy season', 'mushrooms in the rainy season', 'mushrooms during the rainy season', 'mushrooms in rainy season', 'like mushrooms during the rainy season', 'mushroom in the rainy season']},
    expected: {en: ['mushrooming', 'springing up everywhere']},
    meaning: 'springing up everywhere',
    confidence: 'high',
    guard: {unlessNear: ['harvest', 'forage', 'foraging', 'edible', 'poisonous', 'poisoning', 'fungi', 'picking', 'picked', 'cultivation', 'grow', 'growers', 'ate', 'eat', 'eating', 'cooked', 'soup']}
  },
  {
    id: 'kebakaran-jenggot',
    sourceLang: 'id',
    source: 'kebakaran jenggot',
    kind: 'idiom',
    literals: {en: ['beard on fire', 'beards on fire', 'burning beard', 'burning beards', 'beard burned', 'beards burned', 'beard burning', 'beards burning', 'beard caught fire', 'beards caught fire', 'bearded fire', 'burnt beard', 'burned beards']},
    expected: {en: ['up in arms', 'in a panic']},
    meaning: 'panicked, up in arms',
    confidence: 'high',
    guard: {unlessNear: ['flames', 'candle', 'candles', 'burns', 'hospital', 'lighter', 'stove', 'barbecue', 'grill', 'injured', 'injuries', 'firefighters', 'torch', 'explosion']}
  },
  {
    id: 'hangat-hangat-tahi-ayam',
    sourceLang: 'id',
    source: 'hangat-hangat tahi ayam',
    kind: 'idiom',
    literals: {en: ['warm chicken shit', 'warm chicken poop', 'warm chicken dung', 'warm chicken droppings', 'warm like chicken shit', 'warm like chicken dung', 'warm like chicken droppings', 'warm like chicken poop', 'warm as chicken droppings', 'warm as chicken dung', 'warm warm chicken shit', 'hot chicken shit', 'hot chicken dung', 'hot like chicken droppings']},
    expected: {en: ['a flash in the pan', 'short-lived']},
    meaning: 'enthusiasm that quickly fades',
    confidence: 'high',
    guard: {unlessNear: ['fertiliser', 'fertilizer', 'compost', 'manure', 'farm', 'farmer', 'farmers', 'coop', 'poultry', 'soil']}
  },
  {
    id: 'makan-asam-garam',
    sourceLang: 'id',
    source: 'makan asam garam',
    kind: 'idiom',
    literals: {en: ['eat sour salt', 'eat a lot of sour salt', 'eat much sour salt', 'eat the sour salt', 'eat enough sour salt', 'eat plenty of sour salt', 'sour salt of life', 'sour and salt of life', 'sour and salty of life', 'eat sour and salt', 'eat acid salt', 'eat a lot of acid salt', 'acid salt of life']},
    expected: {en: ['have long experience', 'be seasoned']},
    meaning: 'to be seasoned, long experienced',
    confidence: 'high',
    guard: {unlessNear: ['recipe', 'cooking', 'citric', 'lemon', 'soup', 'teaspoon', 'tablespoon', 'kitchen', 'bake', 'baking', 'chemistry', 'chemical']}
  },
  {
    id: 'setali-tiga-uang',
    sourceLang: 'id',
    source: 'setali tiga uang',
    kind: 'idiom',
    literals: {en: ['one string three money', 'one rope three money', 'a string of three money', 'setali three money', 'one tali three money', 'one string three coins', 'one rope three coins', 'one string of three money', 'one strap three money']},
    expected: {en: ['six of one and half a dozen of the other', 'no different']},
    meaning: 'no different, the same thing',
    confidence: 'high'
  },
  {
    id: 'sambil-menyelam-minum-air',
    sourceLang: 'id',
    source: 'sambil menyelam minum air',
    kind: 'idiom',
    literals: {en: ['diving while drinking water', 'while diving drink water', 'while diving drinking water', 'dive while drinking water', 'dive and drink water', 'diving and drinking water', 'while diving also drinking water', 'while diving also drink water', 'drinking water while diving']},
    expected: {en: ['killing two birds with one stone']},
    meaning: 'achieving two aims at once',
    confidence: 'high',
    guard: {unlessNear: ['scuba', 'dehydration', 'dehydrated', 'oxygen', 'snorkel', 'snorkeling', 'snorkelling', 'underwater', 'hydrated', 'hydration', 'divers', 'tank', 'pool']}
  },
  {
    id: 'bola-panas',
    sourceLang: 'id',
    source: 'bola panas',
    kind: 'idiom',
    literals: {en: ['hot ball rolling', 'hot ball roll', 'hot ball keep rolling', 'hot ball continue to roll', 'hot ball continues rolling', 'rolling hot ball', 'hot ball of the case', 'hot ball issue', 'hot ball of the issue', 'hot ball in the hands of', 'hot ball into the hands of', 'throw the hot ball', 'the hot ball is now']},
    expected: {en: ['political hot potato', 'controversy']},
    meaning: 'a controversial issue that keeps developing (a political hot potato)',
    confidence: 'high',
    guard: {unlessNear: ['baseball', 'cricket', 'softball', 'pitch', 'pitcher', 'oven', 'golf', 'bowling', 'tennis']}
  },
  {
    id: 'serangan-fajar',
    sourceLang: 'id',
    source: 'serangan fajar',
    kind: 'idiom',
    literals: {en: ['dawn attack', 'dawn attacks', 'dawn strike', 'dawn strikes', 'dawn assault']},
    expected: {en: ['eve-of-poll vote buying', 'vote buying']},
    meaning: 'handing out cash to voters just before polling day',
    confidence: 'low',
    guard: {onlyNear: ['election', 'elections', 'vote', 'votes', 'voter', 'voters', 'voting', 'polling', 'polls', 'candidate', 'candidates', 'bawaslu', 'ballot', 'pilkada', 'pemilu', 'campaign', 'envelopes', 'envelope'], window: 15},
    note: '"Serangan fajar" (dawn attack) is the Indonesian press term for cash handed out to voters on the eve of polling.'
  },
  {
    id: 'main-mata',
    sourceLang: 'id',
    source: 'main mata',
    kind: 'idiom',
    literals: {en: ['play eyes with', 'playing eyes with', 'play eye with', 'eye playing with', 'eye-playing with', 'play the eyes with', 'play eyes to']},
    expected: {en: ['collude with', 'make eyes at']},
    meaning: 'to collude secretly with, or to flirt with',
    confidence: 'high'
  },
  {
    id: 'di-atas-angin',
    sourceLang: 'id',
    source: 'di atas angin',
    kind: 'idiom',
    literals: {en: ['above the wind', 'on top of the wind', 'over the wind', 'above wind', 'on the wind above']},
    expected: {en: ['having the upper hand', 'in the ascendancy']},
    meaning: 'having the upper hand',
    confidence: 'high',
    guard: {unlessNear: ['sailing', 'sail', 'yacht', 'kite', 'bird', 'birds', 'noise', 'heard', 'hear', 'voice', 'shout', 'shouted', 'shouting', 'turbine', 'turbines', 'altitude', 'aircraft', 'drone']}
  },
  {
    id: 'bertepuk-sebelah-tangan',
    sourceLang: 'id',
    source: 'bertepuk sebelah tangan',
    kind: 'idiom',
    literals: {en: ['clapping with one hand', 'clap with one hand', 'clapping one hand', 'clap one hand', 'clapping on one side', 'clap on one side', 'clapping half a hand', 'clapping with one side of the hand', 'clapping with half a hand', 'clapped with one hand', 'clap with half a hand']},
    expected: {en: ['one-sided', 'unrequited']},
    meaning: 'one-sided, unreciprocated',
    confidence: 'high',
    guard: {unlessNear: ['zen', 'koan', 'sound']}
  },
  {
    id: 'pagar-makan-tanaman',
    sourceLang: 'id',
    source: 'pagar makan tanaman',
    kind: 'idiom',
    literals: {en: ['fence eat the plant', 'fence eat plant', 'fence eat the crop', 'fence eat crop', 'fence eat its plant', 'fence eat the plants', 'fences eat the plants', 'fence that eats the plants', 'fence eating the plants', 'fence eat the plant it guards', 'fence eats the plants']},
    expected: {en: ['a betrayal by the very people meant to protect', 'the guardian turned predator']},
    meaning: 'a guardian who harms those in their charge',
    confidence: 'high'
  },
  {
    id: 'tebar-pesona',
    sourceLang: 'id',
    source: 'tebar pesona',
    kind: 'idiom',
    literals: {en: ['spread charm', 'spreading charm', 'spread his charm', 'spread her charm', 'spread their charm', 'spreading his charm', 'spreading their charm', 'spread enchantment', 'sow charm', 'sowing charm', 'scatter charm', 'scattering charm', 'spread charms']},
    expected: {en: ['charm offensive', 'turn on the charm']},
    meaning: 'a charm offensive, courting favour',
    confidence: 'low'
  },
  {
    id: 'tak-kenal-maka-tak-sayang',
    sourceLang: 'id',
    source: "tak kenal maka tak sayang",
    kind: 'idiom',
    literals: {en: ["do not know, then do not love", "do not know then do not love", "don't know, then don't love", "not know, then not love", "if you do not know, you do not love", "no knowing, no loving", "not acquainted, then not loved"]},
    expected: {en: ["you cannot love what you do not know"]},
    meaning: "you come to love something only once you know it",
    confidence: 'high'
  },
  {
    id: 'id-anak-ayam-kehilangan-induk',
    sourceLang: 'id',
    source: "seperti anak ayam kehilangan induk",
    kind: 'idiom',
    literals: {en: ["like chicks that lost their mother", "like chicks who lost their mother", "like chicks that have lost their mother", "like chicks losing their mother", "like chicks without their mother", "like chicks that lost their mother hen", "like chickens that lost their mother", "like chickens who lost their mother", "like chicks that lost their hen", "like a chick that lost its mother", "like chicks that lost their parent"]},
    expected: {en: ["completely lost", "at a loss"]},
    meaning: "helpless and without direction, scattered for want of a leader",
    confidence: 'high'
  },
  {
    id: 'id-sedia-payung-sebelum-hujan',
    sourceLang: 'id',
    source: "sedia payung sebelum hujan",
    kind: 'idiom',
    literals: {en: ["prepare the umbrella before it rains", "prepare an umbrella before it rains", "prepare umbrellas before it rains", "preparing the umbrella before it rains", "prepare the umbrella before the rain", "provide an umbrella before it rains", "have an umbrella ready before it rains", "prepare umbrella before rain"]},
    expected: {en: ["be prepared in advance"]},
    meaning: "take precautions in good time",
    confidence: 'high'
  },
  {
    id: 'id-korban-jiwa',
    sourceLang: 'id',
    source: "korban jiwa",
    kind: 'phrase',
    literals: {en: ["victims of soul", "victim of soul", "soul victims", "soul victim", "victims of souls", "casualties of soul"]},
    expected: {en: ["fatalities", "deaths"]},
    meaning: "people killed",
    confidence: 'high'
  }
]
