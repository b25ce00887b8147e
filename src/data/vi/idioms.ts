import type {CalqueEntry} from '../types.js'

/** Vietnamese idioms (thành ngữ) and proverbs that machine translation renders word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'vi-nuoc-do-dau-vit',
    sourceLang: 'vi',
    source: 'nước đổ đầu vịt',
    kind: 'idiom',
    literals: {en: ['water poured on a duck\'s head', 'water poured over a duck\'s head', 'water poured on the duck\'s head', 'pouring water on a duck\'s head', 'pouring water over a duck\'s head', 'like water on a duck\'s head', 'water on a duck\'s head', 'water off a duck\'s head', 'water on duck\'s head', 'water poured on duck\'s head'], fr: ['de l\'eau versée sur la tête d\'un canard', 'eau sur la tête d\'un canard']},
    expected: {en: ['like water off a duck\'s back', 'falling on deaf ears'], fr: ['comme de l\'eau sur les plumes d\'un canard', 'prêcher dans le désert']},
    meaning: 'having no effect (advice or teaching that is ignored)',
    confidence: 'high'
  },
  {
    id: 'vi-dung-nui-nay-trong-nui-no',
    sourceLang: 'vi',
    source: 'đứng núi này trông núi nọ',
    kind: 'idiom',
    literals: {en: ['standing on this mountain looking at that mountain', 'stand on this mountain and look at that mountain', 'standing on this mountain and looking at that mountain', 'standing on this mountain looking at the other', 'standing on one mountain looking at another', 'standing on this mountain, looking at that mountain', 'stand on this mountain, look at that mountain', 'standing on one mountain and looking at the other'], fr: ['debout sur cette montagne à regarder l\'autre', 'se tenir sur une montagne en regardant l\'autre']},
    expected: {en: ['the grass is always greener', 'never content with what they have'], fr: ['l\'herbe est toujours plus verte ailleurs']},
    meaning: 'never content, always wanting something else',
    confidence: 'high'
  },
  {
    id: 'vi-ech-ngoi-day-gieng',
    sourceLang: 'vi',
    source: 'ếch ngồi đáy giếng',
    kind: 'idiom',
    literals: {en: ['frog sitting at the bottom of the well', 'frog sitting at the bottom of a well', 'frog at the bottom of the well', 'frog at the bottom of a well', 'frogs sitting at the bottom of the well', 'frog in the bottom of a well', 'frog in a well', 'frog in the well', 'a frog sitting in a well'], fr: ['grenouille au fond du puits', 'une grenouille assise au fond d\'un puits']},
    expected: {en: ['narrow-minded', 'parochial'], fr: ['avoir des œillères', 'étroit d\'esprit']},
    meaning: 'narrow-minded, with a limited view of the world',
    confidence: 'high',
    guard: {unlessNear: ['species', 'amphibian', 'amphibians', 'biologists', 'toads', 'pond', 'rescued', 'wildlife']}
  },
  {
    id: 'vi-nuoc-den-chan-moi-nhay',
    sourceLang: 'vi',
    source: 'nước đến chân mới nhảy',
    kind: 'idiom',
    literals: {en: ['water reaches our feet before we jump', 'until water reaches our feet before we jump', 'water reaches their feet before they jump', 'water reached our feet before we jumped', 'water reaches the feet before jumping', 'water reaches the feet then jump', 'only jump when the water reaches the feet', 'only jump when the water reaches your feet', 'jump only when the water reaches the feet', 'jump when the water reaches your feet', 'water comes to the feet then jump', 'water reaches the feet before jumping', 'wait until the water reaches the feet to jump', 'when the water reaches the feet, jump', 'water reached our feet to jump', 'water reaches our feet to jump', 'water reached their feet to jump', 'water reached the feet to jump', 'water came to our feet to jump', "water reaches our feet and then jump", "water reached our feet and then jumped", "water reaches their feet and then jump", "water reaches the feet and then jump", "water reaches your feet and then jump", "water reaches our feet before jumping", "water comes up to our feet and then jump"], fr: ['sauter quand l\'eau arrive aux pieds', 'attendre que l\'eau arrive aux pieds pour sauter']},
    expected: {en: ['leave things to the last minute'], fr: ['attendre la dernière minute']},
    meaning: 'acting only at the last minute',
    confidence: 'high'
  },
  {
    id: 'vi-nem-da-giau-tay',
    sourceLang: 'vi',
    source: 'ném đá giấu tay',
    kind: 'idiom',
    literals: {en: ['throwing stones and hiding hands', 'throw stones and hide hands', 'throwing stones and hiding one\'s hand', 'throwing stones and hiding their hands', 'throw stones and hide their hands', 'throw a stone and hide the hand', 'throwing a stone and hiding the hand', 'throwing stones while hiding hands', 'throw stones, hide hands'], fr: ['jeter des pierres et cacher la main', 'lancer la pierre et cacher la main']},
    expected: {en: ['attacking covertly', 'stabbing in the back'], fr: ['frapper en traître']},
    meaning: 'attacking someone while hiding one\'s role',
    confidence: 'high'
  },
  {
    id: 'vi-duc-nuoc-beo-co',
    sourceLang: 'vi',
    source: 'đục nước béo cò',
    kind: 'idiom',
    literals: {en: ['muddy water fattens the stork', 'muddy water fattens storks', 'muddy water makes the stork fat', 'muddy water, fat stork', 'muddy water fat stork', 'muddy waters fatten the stork', 'muddy water, fat storks', 'turbid water fat stork'], fr: ['eau trouble, cigogne grasse', 'l\'eau trouble engraisse la cigogne']},
    expected: {en: ['fishing in troubled waters', 'profiting from chaos'], fr: ['pêcher en eau trouble']},
    meaning: 'profiting from a chaotic situation',
    confidence: 'high'
  },
  {
    id: 'vi-mot-nang-hai-suong',
    sourceLang: 'vi',
    source: 'một nắng hai sương',
    kind: 'idiom',
    literals: {en: ['one sun two dews', 'one sun, two dews', 'one sunshine two dews', 'one sunshine, two dews', 'one sun and two dews', 'one sunny two dew', 'one sun two dew'], fr: ['un soleil deux rosées', 'un soleil, deux rosées']},
    expected: {en: ['toiling from dawn to dusk'], fr: ['trimer du matin au soir']},
    meaning: 'working hard from dawn to dusk (of farmers)',
    confidence: 'high'
  },
  {
    id: 'vi-cuoi-ngua-xem-hoa',
    sourceLang: 'vi',
    source: 'cưỡi ngựa xem hoa',
    kind: 'idiom',
    literals: {en: ['riding a horse to see flowers', 'riding horses to see flowers', 'ride a horse to see flowers', 'riding a horse to look at flowers', 'riding horses to look at flowers', 'ride a horse and look at flowers', 'riding a horse and watching flowers', 'watching flowers on horseback', 'looking at flowers on horseback', 'viewing flowers on horseback', 'watch flowers while riding a horse'], fr: ['regarder les fleurs à cheval', 'monter à cheval pour voir les fleurs']},
    expected: {en: ['superficially', 'a cursory look'], fr: ['superficiellement', 'au pas de course']},
    meaning: 'looking at things superficially, in haste',
    confidence: 'high'
  },
  {
    id: 'vi-mat-bo-moi-lo-lam-chuong',
    sourceLang: 'vi',
    source: 'mất bò mới lo làm chuồng',
    kind: 'idiom',
    literals: {en: ['lose the cow and then build the barn', 'lost the cow then built the barn', 'losing the cow before building the barn', 'only build the barn after losing the cow', 'lose the cow then build the stable', 'losing the cow then building the stable', 'lost the cow and then worried about the barn', 'lose the cow before worrying about the barn', 'building the barn after the cow is lost', 'after losing the cow, build the barn', 'only when the cow is lost do they build the barn', 'only when the cow is lost do we build the barn', 'only when the cow is lost is the barn built', 'when the cow is lost they build the barn', "losing the buffalo and then building the barn", "lose the buffalo and then build the barn", "lost the buffalo and then built the barn", "losing the buffalo before building the barn", "lose the buffalo then build the barn", "losing the buffalo then building the barn", "lost the buffalo then built the barn"], fr: ['perdre la vache puis construire l\'étable', 'construire l\'étable après avoir perdu la vache']},
    expected: {en: ['shutting the stable door after the horse has bolted'], fr: ['fermer l\'écurie quand les chevaux sont partis']},
    meaning: 'taking precautions too late',
    confidence: 'high'
  },
  {
    id: 'vi-tien-mat-tat-mang',
    sourceLang: 'vi',
    source: 'tiền mất tật mang',
    kind: 'idiom',
    literals: {en: ['money lost, illness carried', 'money lost illness carried', 'lose money and carry the disease', 'losing money and carrying the disease', 'lose money and carry illness', 'lost money and carried disease', 'money lost and disease carried', 'losing money and carrying illness', 'money lost, disease gained'], fr: ['argent perdu, maladie portée', 'perdre de l\'argent et porter la maladie']},
    expected: {en: ['paying for it and ending up worse off'], fr: ['y laisser son argent et sa santé']},
    meaning: 'losing one\'s money and one\'s health too (of quack treatments, scams)',
    confidence: 'high'
  },
  {
    id: 'vi-chuot-sa-chinh-gao',
    sourceLang: 'vi',
    source: 'chuột sa chĩnh gạo',
    kind: 'idiom',
    literals: {en: ['mouse falls into a rice jar', 'a mouse falling into a rice jar', 'mouse falling into the rice jar', 'mouse fell into a rice jar', 'like a mouse falling into a rice jar', 'rat falls into a rice jar', 'mouse fallen into a rice jar', 'mouse falls into the rice jar'], fr: ['une souris tombée dans une jarre de riz', 'souris tombée dans la jarre de riz']},
    expected: {en: ['struck it lucky', 'landed on their feet'], fr: ['comme un coq en pâte']},
    meaning: 'landing in clover, often by marrying into money',
    confidence: 'high'
  },
  {
    id: 'vi-dau-voi-duoi-chuot',
    sourceLang: 'vi',
    source: "đầu voi đuôi chuột",
    kind: 'idiom',
    literals: {en: ["an elephant's head with a mouse's tail", "elephant's head with a mouse's tail", "elephant's head and a mouse's tail", "elephant's head, mouse's tail", "head of an elephant and tail of a mouse", "elephant head, mouse tail", "an elephant head and a mouse tail", "elephant head and a mouse tail", "elephant head and mouse tail", "an elephant head and mouse tail", "the head of an elephant and the tail of a mouse"]},
    expected: {en: ["a grand start and a feeble finish"]},
    meaning: "a grand start and a feeble finish",
    confidence: 'high'
  },
  {
    id: 'vi-nuoi-ong-tay-ao',
    sourceLang: 'vi',
    source: "nuôi ong tay áo",
    kind: 'idiom',
    literals: {en: ["raised a bee in its own sleeve", "raise a bee in its own sleeve", "raised a bee in his own sleeve", "raised a bee in their own sleeve", "raising a bee in its sleeve", "raise bees in the sleeve", "raised bees in its sleeve", "a bee in its own sleeve", "bee in the sleeve"]},
    expected: {en: ["nurtured a viper in its bosom", "raised its own rival"]},
    meaning: "to help someone who later turns against you",
    confidence: 'high'
  },
  {
    id: 'vi-do-mo-hoi-soi-nuoc-mat',
    sourceLang: 'vi',
    source: "đổ mồ hôi sôi nước mắt",
    kind: 'idiom',
    literals: {en: ["poured out sweat boiling and tears", "pour out sweat boiling tears", "sweat boiling and tears", "sweat and boiling tears", "boiling sweat and tears", "shed sweat and boiling tears", "sweat pouring and tears boiling"]},
    expected: {en: ["gave everything", "gave their all"]},
    meaning: "to toil extremely hard",
    confidence: 'high'
  },
  {
    id: 'vi-rut-day-dong-rung',
    sourceLang: 'vi',
    source: "rút dây động rừng",
    kind: 'idiom',
    literals: {en: ["pull the vine and shake the forest", "pulling the vine shakes the forest", "pull the rope and move the forest", "pulling the rope moves the forest", "pull the vine, move the forest"]},
    expected: {en: ["stir up trouble further up", "set off a chain reaction"]},
    meaning: "touching one thing disturbs a wider network",
    confidence: 'high'
  },
  {
    id: 'vi-an-chao-da-bat',
    sourceLang: 'vi',
    source: "ăn cháo đá bát",
    kind: 'idiom',
    literals: {en: ["eat the porridge and kick the bowl", "ate the porridge and kicked the bowl", "eating the porridge and kicking the bowl", "eat porridge, kick the bowl"]},
    expected: {en: ["bite the hand that feeds you"]},
    meaning: "to be ungrateful",
    confidence: 'high'
  },
  {
    id: 'vi-chuyen-thuong-ngay-o-huyen',
    sourceLang: 'vi',
    source: "chuyện thường ngày ở huyện",
    kind: 'idiom',
    literals: {en: ["a daily story in the district", "daily story in the district", "an everyday story in the district", "everyday thing in the district", "a daily thing in the district"]},
    expected: {en: ["nothing new", "an everyday occurrence"]},
    meaning: "nothing out of the ordinary",
    confidence: 'high'
  },
  {
    id: 'vi-an-bua-sang-lo-bua-toi',
    sourceLang: 'vi',
    source: "ăn bữa sáng lo bữa tối",
    kind: 'idiom',
    literals: {en: ["eat the morning meal and worry about the evening meal", "eating the morning meal and worrying about the evening meal", "ate the morning meal and worried about the evening meal", "eat breakfast and worry about dinner", "eat breakfast and worry about supper", "eat this meal and worry about the next", "eat the morning meal, worry about the evening meal"]},
    expected: {en: ["live from hand to mouth"]},
    meaning: "to live from hand to mouth",
    confidence: 'high'
  },
  {
    id: 'vi-la-lanh-dum-la-rach',
    sourceLang: 'vi',
    source: "lá lành đùm lá rách",
    kind: 'idiom',
    literals: {en: ["the intact leaf wraps the torn leaf", "intact leaf wraps the torn leaf", "the whole leaf wraps the torn leaf", "whole leaves wrap torn leaves", "the intact leaves wrap the torn leaves", "intact leaves cover torn leaves", "the whole leaf covers the torn leaf", "good leaves protect torn leaves", 'the healthy leaves wrap the torn leaves', 'healthy leaves wrap the torn leaves', 'the healthy leaf wraps the torn leaf', 'healthy leaves wrap torn leaves', 'the good leaves wrap the torn leaves', 'the healthy leaves cover the torn leaves', "the good leaf covers the torn leaf", "good leaves cover torn leaves", "the good leaves cover the torn leaves", "the intact leaf covers the torn leaf"]},
    expected: {en: ["those who have help those who have not"]},
    meaning: "the better-off help the needy",
    confidence: 'high'
  },
  {
    id: 'vi-da-phong-lao',
    sourceLang: 'vi',
    source: "đã phóng lao thì phải theo lao",
    kind: 'idiom',
    literals: {en: ["thrown the spear, we must follow the spear", "throw the spear, you must follow the spear", "thrown the spear, must follow the spear", "once the spear is thrown, follow the spear", "threw the spear, we must follow the spear", "thrown the spear, we have to follow the spear"]},
    expected: {en: ["in for a penny, in for a pound"]},
    meaning: "having started, one must see it through",
    confidence: 'high'
  },
  {
    id: 'vi-mot-cay-lam-chang-nen-non',
    sourceLang: 'vi',
    source: "một cây làm chẳng nên non, ba cây chụm lại nên hòn núi cao",
    kind: 'idiom',
    literals: {en: ["one tree cannot make a hill", "one tree cannot make a mountain", "one tree does not make a hill", "three trees together make a high mountain", "three trees together make a mountain", "three trees put together make a high mountain"]},
    expected: {en: ["unity is strength"]},
    meaning: "strength in unity",
    confidence: 'high'
  },
  {
    id: 'vi-nhu-ca-gap-nuoc',
    sourceLang: 'vi',
    source: "như cá gặp nước",
    kind: 'idiom',
    literals: {en: ["like a fish meeting water", "like fish meeting water", "like a fish that meets water", "like a fish finding water", "like fish finding water", "like a fish that found water", "like a fish returned to water", "like a fish getting water"]},
    expected: {en: ["in his element", "at home"]},
    meaning: "completely at ease, in one’s element",
    confidence: 'high'
  },
  {
    id: 'vi-mai-sat-nen-kim',
    sourceLang: 'vi',
    source: "có công mài sắt có ngày nên kim",
    kind: 'idiom',
    literals: {en: ["grind an iron bar into a needle", "iron bar into a needle", "iron rod into a needle", "grind iron into a needle", "grinding iron into a needle", "iron will become a needle", "the iron bar becomes a needle", "iron bar will become a needle", "grind the iron into a needle", "sharpen iron into a needle", "iron into needles"]},
    expected: {en: ["perseverance pays off", "hard work pays off"]},
    meaning: "patient effort is rewarded",
    confidence: 'high'
  },
  {
    id: 'vi-kien-bo-chao-nong',
    sourceLang: 'vi',
    source: "như kiến bò chảo nóng",
    kind: 'idiom',
    literals: {en: ["like ants crawling in a hot pan", "like ants in a hot pan", "like ants on a hot pan", "like ants crawling on a hot pan", "ants crawling in a hot pan", "ants crawling on a hot pan", "like ants in a hot frying pan"]},
    expected: {en: ["on tenterhooks", "in a panic"]},
    meaning: "extremely anxious",
    confidence: 'high'
  },
  {
    id: 'vi-nem-da-do-duong',
    sourceLang: 'vi',
    source: "ném đá dò đường",
    kind: 'idiom',
    literals: {en: ["throw stones to ask the way", "throwing stones to ask the way", "threw stones to ask the way", "throw stones to find the way", "throwing stones to find the way", "throw stones to probe the road", "throwing stones to probe the road", "throw a stone to ask the way", "throwing a stone to ask the way"]},
    expected: {en: ["testing the waters"]},
    meaning: "to test the ground before acting",
    confidence: 'high'
  },
  {
    id: 'vi-con-sau-lam-rau-noi-canh',
    sourceLang: 'vi',
    source: "con sâu làm rầu nồi canh",
    kind: 'idiom',
    literals: {en: ["one worm spoils the whole pot of soup", "one worm spoiled the whole pot of soup", "one worm had spoiled the whole pot of soup", "a worm spoils the whole pot of soup", "one worm spoils the pot of soup", "one caterpillar spoils the whole pot of soup", "worm spoils the pot of soup"]},
    expected: {en: ["one bad apple spoils the barrel"]},
    meaning: "one bad member harms the reputation of the whole group",
    confidence: 'high'
  },
  {
    id: 'vi-nuoc-xa-lua-gan',
    sourceLang: 'vi',
    source: "Nước xa không cứu được lửa gần",
    kind: 'idiom',
    literals: {en: ["far water cannot save a near fire", "far water cannot put out a near fire", "distant water cannot save a near fire", "distant water cannot put out a nearby fire", "water far away cannot save a fire nearby"]},
    expected: {en: ["help that comes too late"]},
    meaning: "help from far away comes too late for an urgent need",
    confidence: 'high'
  },
  {
    id: 'vi-ca-nam-tren-thot',
    sourceLang: 'vi',
    source: "cá nằm trên thớt",
    kind: 'idiom',
    literals: {en: ["like a fish lying on the chopping board", "fish lying on the chopping board", "like fish on the chopping board", "a fish on the chopping board", "like a fish on a chopping board", "fish on the cutting board"]},
    expected: {en: ["completely helpless", "at the mercy of others"]},
    meaning: "helpless, at someone’s mercy",
    confidence: 'high'
  },
  {
    id: 'vi-te-nuoc-theo-mua',
    sourceLang: 'vi',
    source: 'té nước theo mưa',
    kind: 'idiom',
    literals: {en: ['splash water after the rain', 'splash water following the rain', 'splash water with the rain', 'throw water after the rain', 'splash water along with the rain', 'splash water in the rain']},
    expected: {en: ['taking advantage of the situation', 'cashing in on the situation']},
    meaning: 'to profit from a situation others created',
    confidence: 'high',
    guard: {unlessNear: ['garden', 'plants', 'puddle', 'puddles', 'children', 'car', 'cars', 'street']}
  },
  {
    id: 'vi-trang-tay',
    sourceLang: 'vi',
    source: "trắng tay",
    kind: 'idiom',
    literals: {en: ["white-handed", "white handed", "left white-handed", "become white-handed"]},
    expected: {en: ["ruined", "penniless"]},
    meaning: "to lose everything",
    confidence: 'high'
  },
  {
    id: 'vi-chiu-trach-nhiem-truoc-phap-luat',
    sourceLang: 'vi',
    source: "chịu trách nhiệm trước pháp luật",
    kind: 'phrase',
    literals: {en: ["take responsibility before the law", "bear responsibility before the law", "be responsible before the law", "responsible before the law", "held responsible before the law", "taking responsibility before the law"]},
    expected: {en: ["be held legally accountable", "answer to the law"]},
    meaning: "to be held legally accountable",
    confidence: 'high'
  },
  {
    id: 'vi-nhu-muoi-bo-bien',
    sourceLang: 'vi',
    source: 'như muối bỏ biển',
    kind: 'idiom',
    literals: {en: ['like salt thrown into the sea', 'like salt thrown in the sea', 'like throwing salt into the sea', 'like salt into the sea', 'salt thrown into the sea']},
    expected: {en: ['a drop in the ocean']},
    meaning: 'far too little to matter',
    confidence: 'high'
  }
]
