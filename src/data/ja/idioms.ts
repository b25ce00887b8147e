import type {CalqueEntry} from '../types.js'

/**
 * Japanese set phrases, political formulas and proverbs that machine
 * translation renders word for word.
 */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'ja-yoroshiku-onegaishimasu',
    sourceLang: 'ja',
    source: 'よろしくお願いします',
    kind: 'phrase',
    literals: {
      en: ['please treat me well', 'please treat me kindly', 'please treat me favorably', 'please treat us well', 'please treat us kindly', 'please take care of me', 'please take care of us', 'please be kind to me', 'please be good to me', 'i humbly ask for your favor', 'i ask for your kind regards', 'best regards please', 'please regard me well', 'yoroshiku onegaishimasu', 'yoroshiku'],
      fr: ['veuillez bien me traiter', 's\'il vous plaît, prenez soin de moi', 'prenez soin de moi', 'je vous prie de bien me traiter', 'merci de votre bienveillance']
    },
    expected: {en: ['I look forward to working with you', 'Thank you'], fr: ['Au plaisir de travailler avec vous', 'Merci']},
    meaning: 'a set greeting: "I look forward to working with you" / "thank you in advance"',
    confidence: 'high',
    guard: {position: 'utterance'}
  },
  {
    id: 'ja-maemuki-ni-kento',
    sourceLang: 'ja',
    source: '前向きに検討',
    kind: 'phrase',
    literals: {
      en: ['consider positively', 'considered positively', 'considering positively', 'positively consider', 'positively considering', 'positively considered', 'consider it positively', 'consider this positively', 'consider the matter positively', 'forward-looking consideration', 'consider in a forward-looking manner', 'considering in a forward-looking manner', 'consider in a forward-looking way', 'examine positively', 'positively examine', 'consider in a positive direction', 'considering in a positive direction', 'study positively', 'positively study'],
      fr: ['examiner positivement', 'envisager positivement', 'examiner de manière positive', 'considération tournée vers l\'avenir']
    },
    expected: {en: ['consider', 'look into'], fr: ['examiner', 'étudier']},
    meaning: 'a noncommittal promise to consider something (often a polite refusal)',
    confidence: 'high'
  },
  {
    id: 'ja-zenshoshimasu',
    sourceLang: 'ja',
    source: '善処します',
    kind: 'phrase',
    literals: {en: ['i will deal with it appropriately', 'we will deal with it appropriately', 'we will handle it appropriately', 'will take appropriate measures in good faith', 'deal with it in a good way'], fr: ['nous traiterons cela de manière appropriée']},
    expected: {en: ['we will look into it'], fr: ['nous allons examiner la question']},
    meaning: 'a bureaucratic non-answer: "we will see what we can do"',
    confidence: 'high',
    guard: {position: 'utterance'}
  },
  {
    id: 'ja-ikan',
    sourceLang: 'ja',
    source: '遺憾',
    kind: 'phrase',
    // Not `very regrettable`, `extremely regrettable` and the like: fluent English (a blind writer's clean reference).
    literals: {en: ['a regrettable thing', 'expressed regrettable feelings', 'expressed a feeling of regret', 'expressed feelings of regret', 'expressed its regret feeling'], fr: ['extrêmement regrettable', 'très regrettable', 'profondément regrettable']},
    expected: {en: ['deplorable', 'unacceptable'], fr: ['déplorable', 'inacceptable']},
    meaning: 'diplomatic protest (遺憾 is stronger than English "regrettable")',
    confidence: 'low'
  },
  {
    id: 'ja-otsukaresama',
    sourceLang: 'ja',
    source: 'お疲れ様です',
    kind: 'phrase',
    literals: {en: ['you must be tired', 'thank you for being tired', 'good tiredness', 'otsukaresama', 'otsukaresama desu', 'honorable tiredness'], fr: ['vous devez être fatigué', 'bonne fatigue']},
    expected: {en: ['Thank you for your hard work', 'Good work'], fr: ['Merci pour votre travail', 'Bon travail']},
    meaning: 'a greeting acknowledging someone\'s work',
    confidence: 'high',
    guard: {position: 'utterance'}
  },
  {
    id: 'ja-kuuki-wo-yomu',
    sourceLang: 'ja',
    source: '空気を読む',
    kind: 'idiom',
    literals: {en: ['read the air', 'reads the air', 'reading the air', 'read the atmosphere', 'reading the atmosphere', 'cannot read the air', 'can\'t read the air', 'unable to read the air', 'kuuki wo yomu', 'kuki wo yomu'], fr: ['lire l\'air', 'lire l\'atmosphère', 'lisent l\'air']},
    expected: {en: ['read the room', 'reading the room'], fr: ['sentir l\'ambiance', 'lire entre les lignes']},
    meaning: 'to sense what is expected without being told',
    confidence: 'high',
    guard: {unlessNear: ['sensor', 'sensors', 'quality', 'pollution', 'monitor', 'monitors', 'meter', 'pressure', 'thermometer', 'pilot', 'pilots']}
  },
  {
    id: 'ja-neko-no-te',
    sourceLang: 'ja',
    source: '猫の手も借りたい',
    kind: 'idiom',
    literals: {en: ['borrow even the cat\'s hand', 'borrow even the cat\'s paw', 'borrow even the cat\'s paws', 'borrow the cat\'s hand', 'borrow even a cat\'s paws', 'borrow even a cat\'s paw', 'borrow even a cat\'s hand', 'borrow even a cat\'s hands', 'borrow a cat\'s paws', 'borrow a cat\'s hand', 'borrow the paws of a cat', 'borrow even the paws of a cat', 'borrow the cat\'s hand', 'borrow the cat\'s paws', "borrow even the hands of a cat", "would borrow even the hands of a cat", "borrow even a cat's hands", "borrow even the cat's hands"], fr: ['emprunter même les pattes d\'un chat', 'emprunter la patte du chat', 'emprunter même la main d\'un chat']},
    expected: {en: ['be rushed off their feet', 'be extremely busy'], fr: ['être débordé']},
    meaning: 'to be so busy that any help would do',
    confidence: 'high'
  },
  {
    id: 'ja-nemimi-ni-mizu',
    sourceLang: 'ja',
    source: '寝耳に水',
    kind: 'idiom',
    literals: {en: ['water in a sleeping ear', 'water in the sleeping ear', 'water in one\'s sleeping ear', 'water into a sleeping ear', 'water poured into a sleeping ear', 'water in the ear while sleeping', 'water in the ear of a sleeping person', 'like water in a sleeping ear'], fr: ['de l\'eau dans une oreille endormie', 'eau dans l\'oreille endormie']},
    expected: {en: ['a bolt from the blue', 'a complete surprise'], fr: ['un coup de tonnerre', 'une surprise totale']},
    meaning: 'a complete surprise',
    confidence: 'high'
  },
  {
    id: 'ja-hana-yori-dango',
    sourceLang: 'ja',
    source: '花より団子',
    kind: 'idiom',
    literals: {en: ['dumplings over flowers', 'dumplings rather than flowers', 'dumplings before flowers', 'dumplings more than flowers', 'rice dumplings rather than flowers', 'dango over flowers', 'dango rather than flowers'], fr: ['des boulettes plutôt que des fleurs', 'les boulettes avant les fleurs']},
    expected: {en: ['substance over style', 'practical things first'], fr: ['l\'utile avant l\'agréable']},
    meaning: 'preferring the practical to the aesthetic',
    confidence: 'high'
  },
  {
    id: 'ja-saru-mo-ki-kara',
    sourceLang: 'ja',
    source: '猿も木から落ちる',
    kind: 'idiom',
    literals: {en: ['even monkeys fall from trees', 'even a monkey falls from a tree', 'even monkeys fall out of trees', 'even a monkey falls from trees', 'even monkeys can fall from trees'], fr: ['même les singes tombent des arbres', 'même un singe tombe de l\'arbre']},
    expected: {en: ['even experts make mistakes', 'nobody is perfect'], fr: ['personne n\'est infaillible']},
    meaning: 'even experts make mistakes',
    confidence: 'high'
  },
  {
    id: 'ja-deru-kui',
    sourceLang: 'ja',
    source: '出る杭は打たれる',
    kind: 'idiom',
    literals: {en: ['the stake that sticks out gets hammered', 'the stake that sticks out is hammered', 'the protruding stake gets hammered', 'the protruding stake is hammered down', 'a protruding stake gets hammered', 'the post that sticks out gets hammered', 'stakes that stick out get hammered'], fr: ['le pieu qui dépasse se fait taper dessus', 'le clou qui dépasse appelle le marteau']},
    expected: {en: ['those who stand out get cut down', 'conformity is rewarded'], fr: ['celui qui dépasse se fait remettre à sa place']},
    meaning: 'people who stand out are pressured to conform',
    confidence: 'high'
  },
  {
    id: 'ja-amakudari',
    sourceLang: 'ja',
    source: '天下り',
    kind: 'phrase',
    literals: {en: ['descent from heaven', 'descending from heaven', 'descend from heaven', 'descended from heaven', 'descents from heaven', 'heavenly descent', 'heaven-descent'], fr: ['descente du ciel', 'descente des cieux']},
    expected: {en: ['cushy post-retirement jobs for bureaucrats', 'amakudari'], fr: ['le pantouflage']},
    meaning: 'retired bureaucrats taking well-paid posts in industries they regulated',
    confidence: 'high',
    guard: {onlyNear: ['ministry', 'ministries', 'bureaucrats', 'bureaucrat', 'officials', 'official', 'retired', 'retirement', 'retiring', 'jobs', 'job', 'post', 'posts', 'companies', 'company', 'agency', 'agencies', 'regulator', 'regulators', 'corporations', 'practice', 'former'], window: 12}
  },
  {
    id: 'ja-nemawashi',
    sourceLang: 'ja',
    source: '根回し',
    kind: 'phrase',
    literals: {en: ['root-turning', 'root turning', 'turning the roots', 'going around the roots', 'going round the roots', 'root binding', 'root-binding', 'digging around the roots'], fr: ['tourner les racines', 'tour des racines']},
    expected: {en: ['behind-the-scenes lobbying', 'groundwork'], fr: ['des tractations en coulisses']},
    meaning: 'informal consensus-building behind the scenes before a decision',
    confidence: 'high',
    guard: {unlessNear: ['tree', 'trees', 'garden', 'gardening', 'gardener', 'bonsai', 'plant', 'plants', 'soil', 'pot']}
  },
  {
    id: 'ja-honebuto',
    sourceLang: 'ja',
    source: '骨太の方針',
    kind: 'phrase',
    literals: {en: ['big-boned policy', 'thick-boned policy', 'big-boned policies', 'thick-boned policies', 'big bone policy', 'thick bone policy', 'policy with thick bones', 'policy with big bones', 'sturdy-boned policy', 'honebuto policy', 'honebuto no hoshin', 'basic policy with thick bones'], fr: ['politique aux gros os', 'politique à l\'ossature solide']},
    expected: {en: ['the government\'s annual economic and fiscal policy guidelines'], fr: ['les grandes orientations annuelles de la politique économique et budgétaire']},
    meaning: 'the cabinet\'s annual basic policy on economic and fiscal management',
    confidence: 'high'
  },
  {
    id: 'ja-shunto',
    sourceLang: 'ja',
    source: '春闘',
    kind: 'phrase',
    literals: {en: ['spring struggle', 'spring struggles', 'spring fight', 'spring battle', 'spring labor struggle', 'spring labour struggle', 'spring wage struggle', 'spring struggle wage talks'], fr: ['la lutte du printemps', 'lutte de printemps', 'combat du printemps']},
    expected: {en: ['the annual spring wage negotiations', 'spring wage talks'], fr: ['les négociations salariales de printemps']},
    meaning: 'the annual spring wage negotiations between unions and employers',
    confidence: 'high',
    guard: {onlyNear: ['wage', 'wages', 'union', 'unions', 'pay', 'labor', 'labour', 'rengo', 'negotiations', 'talks', 'workers', 'employers', 'raise', 'raises', 'hike', 'hikes', 'salary', 'salaries', 'companies', 'boj'], window: 20}
  },
  {
    id: 'ja-gomeifuku',
    sourceLang: 'ja',
    source: 'ご冥福をお祈りします',
    kind: 'phrase',
    literals: {en: ['happiness in the next world', 'happiness in the afterlife', 'happiness in the other world', 'pray for his happiness in the afterlife', 'pray for her happiness in the afterlife', 'pray for the happiness of the deceased', 'pray for the soul\'s happiness', 'happiness of the soul in the underworld', 'pray for the underworld happiness'], fr: ['bonheur dans l\'autre monde', 'bonheur dans l\'au-delà']},
    expected: {en: ['may he rest in peace', 'offer condolences'], fr: ['qu\'il repose en paix']},
    meaning: 'a condolence formula: "may they rest in peace"',
    confidence: 'high'
  },
  {
    id: 'ja-heisha',
    sourceLang: 'ja',
    source: '弊社 / 御社',
    kind: 'phrase',
    literals: {en: ['our humble company', 'our humble firm', 'our lowly company', 'your honorable company', 'your honourable company', 'your esteemed company', 'your noble company'], fr: ['notre humble société', 'notre humble entreprise', 'votre honorable société']},
    expected: {en: ['our company', 'your company'], fr: ['notre société', 'votre société']},
    meaning: 'business-Japanese humble/honorific words for "our" and "your" company',
    confidence: 'high'
  },
  {
    id: 'ja-ushinawareta',
    sourceLang: 'ja',
    source: '失われた30年',
    kind: 'phrase',
    literals: {en: ['lost 30 years', 'the lost 30 years', 'lost thirty years', 'the lost thirty years', 'lost 20 years', 'the lost 20 years'], fr: ['les 30 années perdues', 'trente années perdues']},
    expected: {en: ['the lost decades', 'three decades of stagnation'], fr: ['les décennies perdues']},
    meaning: 'Japan\'s decades of economic stagnation since the early 1990s',
    confidence: 'low',
    guard: {onlyNear: ['japan', 'japan\'s', 'economy', 'economic', 'deflation', 'stagnation', 'growth', 'bubble', 'wages', 'yen', 'boj'], window: 15}
  },
  {
    id: 'ja-saba-wo-yomu',
    sourceLang: 'ja',
    source: "鯖を読む",
    kind: 'idiom',
    literals: {en: ["read the mackerel", "reading the mackerel", "reads the mackerel", "count the mackerel", "counted the mackerel", "counting the mackerel"]},
    expected: {en: ["fudged the figures", "padded the numbers"]},
    meaning: "to fudge numbers",
    confidence: 'high',
    guard: {unlessNear: ['fish', 'fishing', 'market', 'catch', 'boat', 'sushi', 'restaurant']}
  },
  {
    id: 'ja-hone-wo-oru',
    sourceLang: 'ja',
    source: "骨を折る",
    kind: 'idiom',
    literals: {en: ["broke their bones to", "break their bones to", "broke our bones to", "broke his bones to", "breaking their bones to", "broke her bones to"]},
    expected: {en: ["went to great lengths to", "took great pains to"]},
    meaning: "to take great pains",
    confidence: 'low',
    guard: {unlessNear: ['hospital', 'fell', 'fall', 'fracture', 'fractured', 'injured', 'injury', 'accident', 'crash']}
  },
  {
    id: 'ja-mimi-ga-itai',
    sourceLang: 'ja',
    source: "耳が痛い",
    kind: 'idiom',
    literals: {en: ["my ears hurt", "our ears hurt", "his ears hurt", "ears are painful"]},
    expected: {en: ["the criticism hits home", "that criticism stings"]},
    meaning: "a criticism that hits home",
    confidence: 'low',
    guard: {position: 'utterance', unlessNear: ['loud', 'noise', 'music', 'concert', 'infection', 'doctor', 'ache', 'headphones', 'siren', 'explosion']}
  },
  {
    id: 'ja-kao-ga-hiroi',
    sourceLang: 'ja',
    source: "顔が広い",
    kind: 'idiom',
    literals: {en: ["his face is wide", "her face is wide", "has a wide face", "have a wide face", "with a wide face", "face is wide"]},
    expected: {en: ["well connected", "knows everyone"]},
    meaning: "well connected",
    confidence: 'high'
  },
  {
    id: 'ja-te-wo-yaku',
    sourceLang: 'ja',
    source: "手を焼く",
    kind: 'idiom',
    literals: {en: ["burned their hands", "burned our hands", "burn their hands on", "burning their hands on", "burned its hands on", "burnt their hands on", "have burned our hands with"]},
    expected: {en: ["had a hard time with", "struggled with"]},
    meaning: "to have great trouble with",
    confidence: 'low',
    guard: {unlessNear: ['fire', 'stove', 'oven', 'hot', 'boiling', 'flames', 'burns', 'hospital', 'treated', 'injured']}
  },
  {
    id: 'ja-ashi-wo-arau',
    sourceLang: 'ja',
    source: "足を洗う",
    kind: 'idiom',
    literals: {en: ["washed his feet of", "wash their feet of", "washed their feet of", "wash his feet of", "washing his feet of", 'wash its feet of', 'washed its feet of', 'washing its feet of', 'wash our feet of']},
    expected: {en: ["quit", "left"]},
    meaning: "to quit a shady trade or job",
    confidence: 'high',
    guard: {unlessNear: ['pope', 'water', 'basin', 'mud', 'sand', 'priest', 'pilgrims', 'maundy', 'ritual', 'soap', 'bath']}
  },
  {
    id: 'ja-kata-wo-otosu',
    sourceLang: 'ja',
    source: "肩を落とす",
    kind: 'idiom',
    literals: {en: ["dropped his shoulders", "dropped her shoulders", "dropped their shoulders", "dropping their shoulders", "drop their shoulders", "lowered his shoulders in", "lowered their shoulders in"]},
    expected: {en: ["was downcast", "looked dejected"]},
    meaning: "to be disappointed",
    confidence: 'low'
  },
  {
    id: 'ja-mune-wo-nadeorosu',
    sourceLang: 'ja',
    source: "胸をなでおろす",
    kind: 'idiom',
    literals: {en: ["stroked down their chests", "stroked down his chest", "stroked down her chest", "stroke down their chests", "stroked their chests in relief", "patted down their chests"]},
    expected: {en: ["breathed a sigh of relief", "were relieved"]},
    meaning: "to be relieved",
    confidence: 'high'
  },
  {
    id: 'ja-kubi-wo-kashigeru',
    sourceLang: 'ja',
    source: "首をかしげる",
    kind: 'idiom',
    literals: {en: ["tilted their necks", "tilted his neck", "tilted her neck", "tilting their necks", "tilt their necks"]},
    expected: {en: ["were puzzled", "were sceptical"]},
    meaning: "to be puzzled or doubtful",
    confidence: 'high'
  },
  {
    id: 'ja-mizu-ni-nagasu',
    sourceLang: 'ja',
    source: "水に流す",
    kind: 'idiom',
    literals: {en: ["flush it in the water", "flush it down the water", "let it flow in the water", "let it flow with the water", "wash it away in the water", "flow it to the water"]},
    expected: {en: ["let bygones be bygones", "forgive and forget"]},
    meaning: "to forgive and forget",
    confidence: 'high',
    guard: {unlessNear: ['toilet', 'sewage', 'pipe', 'drain', 'river', 'pollution']}
  },
  {
    id: 'ja-abura-wo-uru',
    sourceLang: 'ja',
    source: "油を売る",
    kind: 'idiom',
    literals: {en: ["selling oil", "sell oil instead of", "sold oil instead of", "were selling oil instead of", "selling oil during working hours"]},
    expected: {en: ["slacking off", "idling"]},
    meaning: "to slack off at work",
    confidence: 'low',
    guard: {unlessNear: ['petrol', 'gasoline', 'fuel', 'crude', 'barrels', 'barrel', 'olive', 'cooking', 'refinery', 'station', 'exports', 'price']}
  },
  {
    id: 'ja-hana-ga-takai',
    sourceLang: 'ja',
    source: "鼻が高い",
    kind: 'idiom',
    literals: {en: ["my nose is high", "our nose is high", "his nose is high", "her nose is high", "our noses are high", "their noses are high"]},
    expected: {en: ["I am proud", "we are proud"]},
    meaning: "to be proud",
    confidence: 'high'
  },
  {
    id: 'ja-suzume-no-namida',
    sourceLang: 'ja',
    source: "雀の涙",
    kind: 'idiom',
    literals: {en: ["sparrow's tears", "a sparrow's tears", "the tears of a sparrow", "tears of a sparrow", "like sparrow's tears"]},
    expected: {en: ["a pittance", "a tiny amount"]},
    meaning: "a tiny amount",
    confidence: 'high'
  },
  {
    id: 'ja-yakeishi-ni-mizu',
    sourceLang: 'ja',
    source: "焼け石に水",
    kind: 'idiom',
    literals: {en: ["water on a burning stone", "water on a hot stone", "water on burning stones", "water on hot stones", "water poured on a hot stone", "water on a heated stone"]},
    expected: {en: ["a drop in the ocean", "a drop in the bucket"]},
    meaning: "too little to make a difference",
    confidence: 'high',
    guard: {unlessNear: ['sauna', 'massage', 'spa', 'bath']}
  },
  {
    id: 'ja-tana-kara-botamochi',
    sourceLang: 'ja',
    source: "棚からぼた餅",
    kind: 'idiom',
    literals: {en: ["rice cake from the shelf", "rice cake falling from the shelf", "a rice cake from the shelf", "botamochi from the shelf", "rice cakes from the shelf"]},
    expected: {en: ["a windfall", "a stroke of luck"]},
    meaning: "an unexpected windfall",
    confidence: 'high'
  },
  {
    id: 'ja-hara-wo-watte',
    sourceLang: 'ja',
    source: "腹を割って話す",
    kind: 'idiom',
    literals: {en: ["split our bellies", "split their bellies", "splitting our bellies", "with split bellies", "split open our bellies and talk", "talk with split bellies", "split the belly and talk"]},
    expected: {en: ["talk frankly", "speak openly"]},
    meaning: "to talk frankly",
    confidence: 'high'
  },
  {
    id: 'ja-kuchi-wo-soroeru',
    sourceLang: 'ja',
    source: "口を揃える",
    kind: 'idiom',
    literals: {en: ["aligned their mouths", "align their mouths", "with aligned mouths", "lined up their mouths", "lining up their mouths"]},
    expected: {en: ["said with one voice", "agreed"]},
    meaning: "to say in unison",
    confidence: 'high'
  },
  {
    id: 'ja-me-wo-hikaraseru',
    sourceLang: 'ja',
    source: "目を光らせる",
    kind: 'idiom',
    literals: {en: ["make their eyes shine on", "making their eyes shine on", "made their eyes shine on", "shining their eyes on", "keep their eyes shining on"]},
    expected: {en: ["keep a close watch on", "keep an eye on"]},
    meaning: "to keep a close watch",
    confidence: 'high'
  },
  {
    id: 'ja-ni-no-ashi',
    sourceLang: 'ja',
    source: "二の足を踏む",
    kind: 'idiom',
    literals: {en: ["step the second foot", "stepped the second foot", "stepping the second foot", "tread the second foot", "treading the second foot"]},
    expected: {en: ["hesitate", "have second thoughts"]},
    meaning: "to hesitate",
    confidence: 'high'
  },
  {
    id: 'ja-koshi-ga-omoi',
    sourceLang: 'ja',
    source: "腰が重い",
    kind: 'idiom',
    literals: {en: ["their hips are heavy", "his hips are heavy", "hips are heavy", "heavy hips"]},
    expected: {en: ["slow to act", "reluctant"]},
    meaning: "slow to act",
    confidence: 'low',
    guard: {unlessNear: ['weight', 'pain', 'doctor', 'exercise', 'surgery']}
  },
  {
    id: 'ja-me-ga-mawaru',
    sourceLang: 'ja',
    source: "目が回る",
    kind: 'idiom',
    literals: {en: ["eyes spinning busy", "our eyes are spinning", "my eyes are spinning", "eyes spin from being busy", "busy enough to make the eyes spin", "so busy our eyes spin"]},
    expected: {en: ["rushed off our feet", "extremely busy"]},
    meaning: "extremely busy",
    confidence: 'low',
    guard: {unlessNear: ['dizzy', 'dizziness', 'doctor', 'ride', 'roller', 'coaster']}
  },
  {
    id: 'ja-kuchi-ga-omoi',
    sourceLang: 'ja',
    source: "口が重い",
    kind: 'idiom',
    literals: {en: ["his mouth was heavy", "her mouth was heavy", "their mouths were heavy", "his mouth is heavy", "her mouth is heavy", "their mouth was heavy", "mouth was heavy", "mouths were heavy", "mouth is heavy"]},
    expected: {en: ["he was tight-lipped", "reluctant to talk"]},
    meaning: "reluctant to speak",
    confidence: 'high'
  },
  {
    id: 'ja-kujuu-no-ketsudan',
    sourceLang: 'ja',
    source: "苦渋の決断",
    kind: 'idiom',
    literals: {en: ["decision of bitter juice", "bitter juice decision", "decision of bitter juices", "a bitter-juice decision", "bitter-juice decision", "decision full of bitter juice"]},
    expected: {en: ["a painful decision", "an agonising decision"]},
    meaning: "a painful decision taken reluctantly",
    confidence: 'high'
  },
  {
    id: 'ja-tachiba-ni-tatte',
    sourceLang: 'ja',
    source: "…の立場に立って",
    kind: 'phrase',
    literals: {en: ["stand on the position of", "standing on the position of", "stood on the position of", "stand on the standpoint of", "standing on the standpoint of", "stand on the side of the position of"]},
    expected: {en: ["see things from the point of view of", "put ourselves in the shoes of"]},
    meaning: "from someone’s point of view",
    confidence: 'high'
  },
  {
    id: 'ja-yuiitsu-no-ashi',
    sourceLang: 'ja',
    source: "唯一の足",
    kind: 'phrase',
    literals: {en: ["the only foot", "only foot of the residents", "only foot for the residents", "the residents' only foot", "the only legs", "only legs they have", "their only legs", "the only legs of the residents"]},
    expected: {en: ["the only means of transport", "the only way to get around"]},
    meaning: "the only means of transport",
    confidence: 'high',
    guard: {unlessNear: ["injured", "injury", "broke", "broken", "amputated", "shoe", "shoes", "left", "right", "sock", "socks", "toe", "toes"]}
  },
  {
    id: 'ja-tsuru-no-hitokoe',
    sourceLang: 'ja',
    source: "鶴の一声",
    kind: 'idiom',
    literals: {en: ["a single cry of the crane", "single cry of the crane", "one cry of the crane", "a single cry of a crane", "the crane's single cry", "a crane's single cry", "one voice of the crane", "a single voice of the crane", "the voice of the crane"]},
    expected: {en: ["an order from the top"]},
    meaning: "a decision imposed by someone in authority",
    confidence: 'high'
  },
  {
    id: 'ja-nodomoto-sugireba',
    sourceLang: 'ja',
    source: "喉元過ぎれば熱さを忘れる",
    kind: 'idiom',
    literals: {en: ["once it passes the throat, the heat is forgotten", "once it passes the throat the heat is forgotten", "passes the throat, the heat is forgotten", "past the throat, the heat is forgotten", "when it passes the throat, one forgets the heat", "once past the throat, the heat is forgotten", "passing the throat, the heat is forgotten", "once it passes the throat, you forget the heat"]},
    expected: {en: ["people soon forget"]},
    meaning: "danger past, lessons are forgotten",
    confidence: 'high'
  },
  {
    id: 'ja-se-ni-hara-wa',
    sourceLang: 'ja',
    source: "背に腹は代えられない",
    kind: 'idiom',
    literals: {en: ["the back cannot be exchanged for the belly", "cannot exchange the back for the belly", "the back can't be exchanged for the belly", "the back cannot be traded for the belly", "the back cannot be replaced by the belly", "you cannot exchange your back for your belly"]},
    expected: {en: ["needs must", "we had no choice"]},
    meaning: "a sacrifice forced by necessity",
    confidence: 'high'
  },
  {
    id: 'ja-ashi-wo-hakobu',
    sourceLang: 'ja',
    source: "足を運ぶ",
    kind: 'idiom',
    literals: {en: ["carry their feet to", "carry your feet to", "carry our feet to", "carried their feet to", "carry one's feet to", "carrying their feet to", "carry their feet"]},
    expected: {en: ["attend", "come to"]},
    meaning: "to go, to attend",
    confidence: 'high'
  },
  {
    id: 'ja-setsumeikai',
    sourceLang: 'ja',
    source: "説明会",
    kind: 'phrase',
    literals: {en: ["explanation meeting", "explanation meetings", "explanation session", "explanation sessions", "explanatory meeting", "explanatory meetings"]},
    expected: {en: ["information session", "public meeting"]},
    meaning: "a briefing held to explain a plan",
    confidence: 'high'
  },
  {
    id: 'ja-sonae-areba-urei-nashi',
    sourceLang: 'ja',
    source: "備えあれば憂いなし",
    kind: 'idiom',
    literals: {en: ["if there is preparation, there is no worry", "if there is preparation there is no worry", "if you are prepared, there is no worry", "with preparation, there is no worry", "if there is preparation, there is no anxiety"]},
    expected: {en: ["better safe than sorry"]},
    meaning: "being prepared removes the cause for worry",
    confidence: 'high'
  },
  {
    id: 'ja-ishi-no-ue-ni-mo-sannen',
    sourceLang: 'ja',
    source: "石の上にも三年",
    kind: 'idiom',
    literals: {en: ["even on a stone, three years", "even on a stone three years", "three years even on a stone", "three years on a stone", "even a cold stone warms after three years"]},
    expected: {en: ["perseverance pays off"]},
    meaning: "patience and perseverance win in the end",
    confidence: 'high'
  },
  {
    id: 'ja-katte-kabuto-no-o-o-shimeyo',
    sourceLang: 'ja',
    source: "勝って兜の緒を締めよ",
    kind: 'idiom',
    literals: {en: ["after winning, tighten the cord of your helmet", "after winning tighten the cord of your helmet", "tighten the cord of your helmet after winning", "after a victory, tighten the strings of your helmet", "tighten the strings of your helmet after victory", "after winning, tighten your helmet strings"]},
    expected: {en: ["don't rest on your laurels"]},
    meaning: "do not relax after a victory",
    confidence: 'high',
    guard: {unlessNear: ["bicycle", "cycling", "cyclist", "motorcycle", "construction", "rider", "riders"]}
  },
  {
    id: 'ja-keizoku-wa-chikara',
    sourceLang: 'ja',
    source: "継続は力なり",
    kind: 'idiom',
    literals: {en: ["continuation is power", "continuing is power", "continuity is power", "continuation is strength", "persistence is power"]},
    expected: {en: ["perseverance pays off"]},
    meaning: "perseverance brings results",
    confidence: 'high'
  },
  {
    id: 'ja-nakittsura-ni-hachi',
    sourceLang: 'ja',
    source: "泣きっ面に蜂",
    kind: 'idiom',
    literals: {en: ["a bee on a crying face", "bee on a crying face", "a bee stings a crying face", "a wasp on a crying face", "bees on a crying face"]},
    expected: {en: ["adding insult to injury"]},
    meaning: "one misfortune after another",
    confidence: 'high'
  },
  {
    id: 'ja-ishibashi-o-tataite-wataru',
    sourceLang: 'ja',
    source: "石橋を叩いて渡る",
    kind: 'idiom',
    literals: {en: ["tapping the stone bridge before we cross it", "tap the stone bridge before crossing", "tapping the stone bridge before crossing", "tap the stone bridge before you cross", "knock on the stone bridge before crossing", "tapping a stone bridge before crossing it"]},
    expected: {en: ["erring on the side of caution"]},
    meaning: "to be extremely cautious",
    confidence: 'high'
  },
  {
    id: 'ja-ato-no-matsuri',
    sourceLang: 'ja',
    source: "後の祭り",
    kind: 'idiom',
    literals: {en: ["it will be after the festival", "it is after the festival", "it was after the festival", "will be after the festival", "already after the festival"]},
    expected: {en: ["it will be too late"]},
    meaning: "too late to do anything",
    confidence: 'high'
  },
  {
    id: 'ja-mi-wo-kiru',
    sourceLang: 'ja',
    source: '身を切る',
    kind: 'idiom',
    literals: {en: ['cut its own body', 'cut their own body', 'cut our own body', "cut one's own body", 'cut his own body', 'cut her own body', 'cutting its own body', 'cutting their own body']},
    expected: {en: ['make sacrifices of its own']},
    meaning: 'to make sacrifices oneself (of a body or an official)',
    confidence: 'high'
  },
  {
    id: 'ja-kubi-wo-nagaku-shite',
    sourceLang: 'ja',
    source: '首を長くして待つ',
    kind: 'idiom',
    literals: {en: ['waiting with long necks', 'wait with long necks', 'waiting with a long neck', 'wait with a long neck', 'with their necks long', 'stretching their necks long']},
    expected: {en: ['waiting eagerly']},
    meaning: 'to wait eagerly',
    confidence: 'high',
    guard: {unlessNear: ['giraffe', 'giraffes', 'bird', 'birds', 'swan', 'swans', 'heron']}
  },
  {
    id: 'ja-riku-no-koto',
    sourceLang: 'ja',
    source: "陸の孤島",
    kind: 'idiom',
    literals: {en: ["isolated island on the land", "isolated island on land", "island isolated on land", "solitary island on land", "isolated island of the land", "isolated island on dry land", "island on land"]},
    expected: {en: ["cut off from the world", "isolated"]},
    meaning: "a place cut off from transport",
    confidence: 'high'
  },
  {
    id: 'ja-mi-kara-deta-sabi',
    sourceLang: 'ja',
    source: "身から出た錆",
    kind: 'idiom',
    literals: {en: ["rust from his own body", "rust from one's own body", "rust that came out of the body", "rust from the body", "rust out of his own body", "rust from their own body", "rust from her own body", "rust born from his own body", "rust from my own body"]},
    expected: {en: ["of his own making"]},
    meaning: "trouble one brought on oneself",
    confidence: 'high'
  },
  {
    id: 'ja-kaiinu-ni-te-wo-kamareru',
    sourceLang: 'ja',
    source: "飼い犬に手を噛まれる",
    kind: 'idiom',
    literals: {en: ["bitten on the hand by our own dog", "bitten on the hand by his own dog", "bitten on the hand by their own dog", "bitten on the hand by my own dog", "bitten on the hand by the dog we kept", "hand bitten by our own dog", "hand bitten by his own dog", "bitten by the dog we raised", "bitten on the hand by the dog one keeps"]},
    expected: {en: ["betrayed by one of our own"]},
    meaning: "betrayed by someone one trusted",
    confidence: 'high',
    guard: {unlessNear: ["vet", "veterinarian", "rabies", "leash", "stitches", "hospital"]}
  },
  {
    id: 'ja-fuzen-no-tomoshibi',
    sourceLang: 'ja',
    source: "風前の灯",
    kind: 'idiom',
    literals: {en: ["a lamp before the wind", "a lamp in front of the wind", "a light before the wind", "a candle before the wind", "a flame before the wind", "a lamp in the wind", "like a lamp before the wind", "a candle in front of the wind", "a flame in front of the wind"]},
    expected: {en: ["hanging by a thread"]},
    meaning: "in imminent danger of ending",
    confidence: 'high'
  },
  {
    id: 'ja-hone-ga-oreru',
    sourceLang: 'ja',
    source: "骨が折れる",
    kind: 'idiom',
    literals: {en: ["really broke our bones", "broke our bones", "it broke our bones", "breaks our bones", "broke my bones to", "was bone-breaking", "bone-breaking work"]},
    expected: {en: ["was really hard work"]},
    meaning: "took great effort",
    confidence: 'high',
    guard: {unlessNear: ["fracture", "fractured", "hospital", "fell", "fall", "crash", "accident", "injured", "injury", "x-ray", "surgery"]}
  },
  {
    id: 'ja-ashi-wo-hipparu',
    sourceLang: 'ja',
    source: "足を引っ張る",
    kind: 'idiom',
    literals: {en: ["pulled the leg of the team", "pull the leg of the team", "pulling the leg of the team", "pulls the leg of the team", "pulled the team's leg", "pull the team's leg", "pulling the team's leg", "pulled the legs of the team", "pulled the leg of our team", "pull the legs of the team"]},
    expected: {en: ["held the team back", "let the team down"]},
    meaning: "held others back",
    confidence: 'high'
  },
  {
    id: 'ja-taigan-no-kaji',
    sourceLang: 'ja',
    source: "対岸の火事",
    kind: 'idiom',
    literals: {en: ["a fire on the other shore", "fire on the other shore", "a fire on the opposite shore", "fire on the opposite shore", "a fire on the other bank", "a fire on the opposite bank", "a fire across the river", "fire on the other side of the river"]},
    expected: {en: ["someone else's problem"]},
    meaning: "a problem that does not concern one (said when it does)",
    confidence: 'high',
    guard: {unlessNear: ["firefighters", "smoke", "blaze", "flames", "burning"]}
  },
  {
    id: 'ja-heikousen',
    sourceLang: 'ja',
    source: "平行線に終わる",
    kind: 'idiom',
    literals: {en: ["ended in parallel lines", "ended as parallel lines", "ended on parallel lines", "remained parallel lines", "remained on parallel lines", "ended in a parallel line", "stayed parallel lines", "ran on parallel lines"]},
    expected: {en: ["ended in deadlock"]},
    meaning: "the talks ended without agreement",
    confidence: 'high'
  },
  {
    id: 'ja-kijou',
    sourceLang: 'ja',
    source: "机上の空論",
    kind: 'idiom',
    literals: {en: ["only on the desk", "theory on the desk", "a theory on the desk", "desk theory", "empty theory on the desk", "plan on the desk only"]},
    expected: {en: ["on paper"]},
    meaning: "a theory that does not work in practice",
    confidence: 'high'
  },
  {
    id: 'ja-medo-ga-tatanai',
    sourceLang: 'ja',
    source: "目途が立たない",
    kind: 'idiom',
    literals: {en: ["the eye-mark", "eye-mark for", "eye-mark does not stand", "the eye mark does not stand", "eyemark does not stand", "the prospect does not stand", "eye-mark stands"]},
    expected: {en: ["there is no prospect"]},
    meaning: "there is no prospect of (a date for) it",
    confidence: 'high'
  },
  {
    id: 'ja-ame-futte-ji-katamaru',
    sourceLang: 'ja',
    source: "雨降って地固まる",
    kind: 'idiom',
    literals: {en: ["after the rain, the ground hardens", "after the rain the ground hardens", "after rain the ground hardens", "after rain, the ground hardens", "rain falls and the ground hardens", "the ground hardens after the rain", "after the rain, the earth hardens", "after the rain the earth hardens"]},
    expected: {en: ["adversity makes us stronger"]},
    meaning: "trouble leaves things more solid than before",
    confidence: 'high'
  }
]
