import type {CalqueEntry} from '../types.js'

/** Russian idioms that machine translation renders word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'ru-po-slovam',
    sourceLang: 'ru',
    source: 'по словам',
    kind: 'phrase',
    literals: {en: ['according to the words of', 'by the words of', 'in the words of the']},
    expected: {en: ['according to']},
    meaning: 'according to',
    confidence: 'high',
    note: '*По словам X* (by the words of X) is the plain `according to X`.'
  },
  {
    id: 'ru-batarei',
    sourceLang: 'ru',
    source: 'батареи',
    kind: 'phrase',
    literals: {en: ['the batteries are cold', 'the batteries are ice-cold', 'the batteries are warm', 'the batteries are barely warm', 'the batteries are freezing', 'cold batteries']},
    expected: {en: ['the radiators are cold']},
    meaning: 'the radiators (*батареи* is both)',
    confidence: 'high',
    note: 'Russian *батареи* (radiators of central heating) rendered `batteries`.'
  },
  {
    id: 'ru-veshat-lapshu',
    sourceLang: 'ru',
    source: 'вешать лапшу на уши',
    kind: 'idiom',
    literals: {
      en: [
        'hang noodles on the ears', 'hang noodles on our ears', 'hang noodles on their ears', 'hang noodles on your ears', 'hang noodles on people\'s ears', 'hang noodles on someone\'s ears',
        'hanging noodles on the ears', 'hanging noodles on our ears', 'hanging noodles on their ears', 'hanging noodles on people\'s ears', 'hanging noodles on your ears',
        'hung noodles on the ears', 'hung noodles on our ears', 'hung noodles on their ears', 'hangs noodles on the ears', 'hangs noodles on our ears', 'hangs noodles on people\'s ears',
        'noodles on the ears', 'noodles on their ears', 'noodles on our ears', 'noodles on his ears', 'noodles on her ears', 'noodles on my ears', 'noodles on your ears', 'noodles on people\'s ears'
      ],
      fr: ['accrocher des nouilles aux oreilles', 'accrocher des nouilles sur les oreilles', 'pendre des nouilles aux oreilles', 'des nouilles sur les oreilles']
    },
    expected: {en: ['pull the wool over people\'s eyes', 'lie'], fr: ['mener en bateau', 'raconter des bobards']},
    meaning: 'to deceive, to feed someone lies',
    confidence: 'high'
  },
  {
    id: 'ru-kak-ryba-ob-lyod',
    sourceLang: 'ru',
    source: 'биться как рыба об лёд',
    kind: 'idiom',
    literals: {en: ['like a fish against ice', 'like a fish against the ice', 'like fish against ice', 'like a fish on ice', 'like a fish beating against ice', 'like a fish beating against the ice', 'like a fish struggling against ice', 'like a fish hitting the ice', 'like a fish on the ice'], fr: ['comme un poisson contre la glace', 'comme un poisson sur la glace']},
    expected: {en: ['struggling in vain', 'struggling to make ends meet'], fr: ['se démener en vain', 'tirer le diable par la queue']},
    meaning: 'struggling hard without result (often: to make ends meet)',
    confidence: 'high',
    guard: {unlessNear: ['fishing', 'fishermen', 'angler', 'anglers', 'frozen', 'lake', 'market', 'seafood', 'fresh', 'display']}
  },
  {
    id: 'ru-medvezhya-usluga-article',
    sourceLang: 'ru',
    source: 'медвежья услуга',
    kind: 'idiom',
    literals: {en: ['a bear\'s service', 'a bear service', 'a bear\'s favor', 'a bear\'s favour', 'a bear favor', 'a bear favour', 'a bearish service', 'a bear\'s help'], fr: ['un service d\'ours', 'un service de l\'ours']},
    expected: {en: ['a disservice'], fr: ['un mauvais service']},
    meaning: 'a disservice: help that does more harm than good',
    confidence: 'high',
    guard: {unlessNear: ['zoo', 'polar', 'grizzly', 'wildlife', 'hunting', 'hunters', 'forest', 'ranger', 'rangers', 'cubs', 'cub', 'park', 'teddy']}
  },
  {
    id: 'ru-medvezhya-usluga',
    sourceLang: 'ru',
    source: 'медвежья услуга',
    kind: 'idiom',
    literals: {en: ['bear\'s service', 'bear service', 'bear\'s favor', 'bear\'s favour', 'bear favor', 'bear favour', 'bearish service', 'bear\'s help', 'bear help'], fr: ['service d\'ours', 'service de l\'ours', 'rendre un service d\'ours']},
    expected: {en: ['disservice'], fr: ['mauvais service', 'le pavé de l\'ours']},
    meaning: 'a disservice: help that does more harm than good',
    confidence: 'high',
    guard: {unlessNear: ['zoo', 'polar', 'grizzly', 'wildlife', 'hunting', 'hunters', 'forest', 'ranger', 'rangers', 'cubs', 'cub', 'park', 'teddy']}
  },
  {
    id: 'ru-ni-ryba-ni-myaso',
    sourceLang: 'ru',
    source: 'ни рыба ни мясо',
    kind: 'idiom',
    literals: {en: ['neither fish nor meat', 'neither fish, nor meat', 'not fish nor meat', 'no fish no meat', 'neither a fish nor meat'], fr: ['ni poisson ni viande', 'ni poisson, ni viande']},
    expected: {en: ['neither fish nor fowl', 'wishy-washy'], fr: ['ni chair ni poisson']},
    meaning: 'nondescript, neither one thing nor the other',
    confidence: 'high',
    guard: {unlessNear: ['vegetarian', 'vegan', 'diet', 'menu', 'eat', 'eats', 'eating', 'lent', 'fasting', 'dishes', 'restaurant']}
  },
  {
    id: 'ru-bez-godu-nedelya',
    sourceLang: 'ru',
    source: 'без году неделя',
    kind: 'idiom',
    literals: {en: ['a week without a year', 'week without a year', 'without a year a week', 'a year without a week', 'one week short of a year'], fr: ['une semaine sans un an', 'sans un an une semaine']},
    expected: {en: ['barely any time', 'hardly any time at all'], fr: ['depuis très peu de temps']},
    meaning: 'for a very short time (ironic)',
    confidence: 'high'
  },
  {
    id: 'ru-kogda-rak-svistnet',
    sourceLang: 'ru',
    source: 'когда рак на горе свистнет',
    kind: 'idiom',
    literals: {en: ['when the crayfish whistles on the mountain', 'when a crayfish whistles on the mountain', 'when the crayfish whistles on the hill', 'when a crayfish whistles on a hill', 'when the crawfish whistles on the mountain', 'when the lobster whistles on the mountain', 'when a lobster whistles on the mountain', 'when the crab whistles on the mountain', 'when the crayfish on the mountain whistles', 'crayfish whistles on the mountain'], fr: ['quand l\'écrevisse sifflera sur la montagne', 'quand l\'écrevisse siffle sur la montagne']},
    expected: {en: ['when pigs fly', 'never'], fr: ['quand les poules auront des dents']},
    meaning: 'never',
    confidence: 'high'
  },
  {
    id: 'ru-shkura-neubitogo-medvedya',
    sourceLang: 'ru',
    source: 'делить шкуру неубитого медведя',
    kind: 'idiom',
    literals: {en: ['skin of an unkilled bear', 'skin of the unkilled bear', 'hide of an unkilled bear', 'hide of the unkilled bear', 'skin of a bear not yet killed', 'skin of a bear that has not been killed', 'pelt of an unkilled bear', 'skin of the unslain bear', 'dividing the skin of the bear', 'divide the skin of the bear', 'sharing the skin of the bear'], fr: ['la peau d\'un ours non tué', 'peau de l\'ours non tué']},
    expected: {en: ['counting their chickens before they hatch', 'premature'], fr: ['vendre la peau de l\'ours avant de l\'avoir tué']},
    meaning: 'counting on a gain before it is secured',
    confidence: 'high'
  },
  {
    id: 'ru-posle-dozhdichka',
    sourceLang: 'ru',
    source: 'после дождичка в четверг',
    kind: 'idiom',
    literals: {en: ['after a little rain on thursday', 'after the little rain on thursday', 'after the drizzle on thursday', 'after a drizzle on thursday', 'after a light rain on thursday', 'after the rain on thursday'], fr: ['après la petite pluie de jeudi', 'après une petite pluie le jeudi']},
    expected: {en: ['never', 'when pigs fly'], fr: ['à la saint-glinglin']},
    meaning: 'never, at some unspecified time that will not come',
    confidence: 'high',
    guard: {unlessNear: ['forecast', 'weather', 'temperatures', 'temperature', 'meteorologists', 'degrees', 'showers', 'flooding', 'sunny', 'clouds']}
  },
  {
    id: 'ru-babushka-nadvoe',
    sourceLang: 'ru',
    source: 'бабушка надвое сказала',
    kind: 'idiom',
    literals: {en: ['grandmother said in two', 'grandma said in two', 'granny said in two', 'grandmother said it in two', 'grandmother said two things', 'grandma said two things', 'the grandmother said in two', 'granny said it in two ways', 'grandmother said it two ways', 'grandmother said in half'], fr: ['grand-mère a dit en deux', 'la grand-mère l\'a dit en deux']},
    expected: {en: ['it remains to be seen', 'that is far from certain'], fr: ['rien n\'est moins sûr']},
    meaning: 'it remains to be seen',
    confidence: 'high'
  },
  {
    id: 'ru-sem-pyatnits',
    sourceLang: 'ru',
    source: 'семь пятниц на неделе',
    kind: 'idiom',
    literals: {en: ['seven fridays in a week', 'seven fridays a week', 'seven fridays per week', 'seven fridays in one week', 'has seven fridays'], fr: ['sept vendredis par semaine', 'sept vendredis dans la semaine']},
    expected: {en: ['keeps changing their mind', 'erratic'], fr: ['changer d\'avis comme de chemise']},
    meaning: 'constantly changing one\'s mind',
    confidence: 'high'
  },
  {
    id: 'ru-gde-sobaka-zaryta',
    sourceLang: 'ru',
    source: 'вот где собака зарыта',
    kind: 'idiom',
    literals: {en: ['that\'s where the dog is buried', 'that is where the dog is buried', 'here is where the dog is buried', 'this is where the dog is buried', 'there the dog is buried', 'where the dog is buried', 'where the dog was buried'], fr: ['c\'est là que le chien est enterré', 'voilà où le chien est enterré']},
    expected: {en: ['that\'s the crux of the matter', 'that\'s the heart of it'], fr: ['voilà le nœud du problème']},
    meaning: 'that is the crux of the matter',
    confidence: 'high',
    guard: {unlessNear: ['pet', 'pets', 'grave', 'cemetery', 'veterinarian', 'vet', 'owner', 'owners', 'backyard', 'garden', 'remains', 'collar', 'puppy']}
  },
  {
    id: 'ru-u-razbitogo-koryta',
    sourceLang: 'ru',
    source: 'остаться у разбитого корыта',
    kind: 'idiom',
    literals: {en: ['at the broken trough', 'with a broken trough', 'with the broken trough', 'by the broken trough', 'near the broken trough', 'at a broken trough', 'at the broken washtub', 'with a broken washtub', 'at the broken tub', 'by the broken washtub'], fr: ['devant l\'auge cassée', 'près de l\'auge brisée', 'avec une auge cassée']},
    expected: {en: ['with nothing', 'back to square one'], fr: ['Gros-Jean comme devant', 'revenir à la case départ']},
    meaning: 'left with nothing, back where one started (from Pushkin\'s fairy tale)',
    confidence: 'high'
  },
  {
    id: 'ru-rylce-v-pushku',
    sourceLang: 'ru',
    source: 'рыльце в пушку',
    kind: 'idiom',
    literals: {en: ['snout in fluff', 'snout in the fluff', 'snout is in the fluff', 'snout is in fluff', 'fluff on the snout', 'fluff on his snout', 'fluff on their snout', 'muzzle in the fluff', 'muzzle in fluff', 'snout in down', 'snout covered in fluff', 'snout in the cannon'], fr: ['le museau dans le duvet', 'museau dans le duvet']},
    expected: {en: ['has a guilty conscience', 'is not above suspicion'], fr: ['n\'a pas la conscience tranquille']},
    meaning: 'being guilty of something oneself',
    confidence: 'high'
  },
  {
    id: 'ru-kak-s-gusya-voda',
    sourceLang: 'ru',
    source: 'как с гуся вода',
    kind: 'idiom',
    literals: {en: ['like water off a goose', 'like water off a goose\'s back', 'like water from a goose', 'like water off the goose', 'water off a goose\'s back', 'like water from a goose\'s back'], fr: ['comme l\'eau sur une oie', 'comme l\'eau sur le dos d\'une oie']},
    expected: {en: ['like water off a duck\'s back'], fr: ['comme de l\'eau sur les plumes d\'un canard']},
    meaning: 'having no effect at all',
    confidence: 'high'
  },
  {
    id: 'ru-kot-naplakal',
    sourceLang: 'ru',
    source: 'кот наплакал',
    kind: 'idiom',
    literals: {en: ['as much as a cat cried', 'as much as the cat cried', 'what the cat cried', 'the cat cried', 'a cat cried', 'the cat has cried', 'the cat wept', 'a cat\'s tears worth', 'as the cat wept'], fr: ['le chat a pleuré', 'ce que le chat a pleuré']},
    expected: {en: ['very little', 'next to nothing'], fr: ['trois fois rien', 'presque rien']},
    meaning: 'very little',
    confidence: 'high',
    guard: {unlessNear: ['pet', 'pets', 'kitten', 'kittens', 'owner', 'owners', 'meowing', 'meowed', 'vet', 'veterinarian', 'fur', 'paw', 'paws', 'animal', 'shelter']}
  },
  {
    id: 'ru-tyanut-kota',
    sourceLang: 'ru',
    source: 'тянуть кота за хвост',
    kind: 'idiom',
    literals: {en: ['pulling the cat by the tail', 'pull the cat by the tail', 'pulls the cat by the tail', 'pulled the cat by the tail', 'drag the cat by the tail', 'dragging the cat by the tail', 'stop pulling the cat by the tail'], fr: ['tirer le chat par la queue', 'tire le chat par la queue']},
    expected: {en: ['dragging their feet', 'stalling'], fr: ['traîner les pieds', 'tergiverser']},
    meaning: 'to stall, to drag something out',
    confidence: 'high',
    guard: {unlessNear: ['pet', 'kitten', 'animal', 'cruelty', 'vet', 'rspca', 'abuse']}
  },
  {
    id: 'ru-sest-v-luzhu',
    sourceLang: 'ru',
    source: "сесть в лужу",
    kind: 'idiom',
    literals: {en: ["sat in a puddle", "sit in a puddle", "sitting in a puddle", "sat down in a puddle", "sits in a puddle"]},
    expected: {en: ["made fools of themselves", "embarrassed themselves"]},
    meaning: "to make a fool of oneself",
    confidence: 'high',
    guard: {unlessNear: ['rain', 'child', 'children', 'dog', 'mud', 'boots', 'shoes', 'duck', 'ducks', 'toddler', 'splash']}
  },
  {
    id: 'ru-vsukhuyu',
    sourceLang: 'ru',
    source: "всухую",
    kind: 'idiom',
    literals: {en: ["with a dry score", "with a dry account", "won dry", "a dry win", "a dry victory", "on a dry score"]},
    expected: {en: ["without conceding", "with a shutout"]},
    meaning: "without conceding a goal",
    confidence: 'high'
  },
  {
    id: 'ru-ne-v-brov-a-v-glaz',
    sourceLang: 'ru',
    source: "не в бровь, а в глаз",
    kind: 'idiom',
    literals: {en: ["not in the eyebrow but in the eye", "not in the eyebrow, but in the eye", "not into the eyebrow but into the eye", "not the eyebrow but the eye", "not in the brow but in the eye"]},
    expected: {en: ["right on target", "spot on"]},
    meaning: "exactly right, hitting the mark",
    confidence: 'high'
  },
  {
    id: 'ru-dolgiy-yashchik',
    sourceLang: 'ru',
    source: "откладывать в долгий ящик",
    kind: 'idiom',
    literals: {en: ["put into the long box", "put in the long box", "put off into the long box", "postponed into the long box", "shelved into the long box", "into a long box", "in the long drawer", "into the long drawer"]},
    expected: {en: ["shelved", "put on the back burner"]},
    meaning: "to shelve indefinitely",
    confidence: 'high'
  },
  {
    id: 'ru-kak-sneg-na-golovu',
    sourceLang: 'ru',
    source: "как снег на голову",
    kind: 'idiom',
    literals: {en: ["like snow on the head", "like snow on our heads", "like snow on his head", "like snow on their heads", "like snow onto the head"]},
    expected: {en: ["out of the blue", "without warning"]},
    meaning: "completely unexpectedly",
    confidence: 'high'
  },
  {
    id: 'ru-sor-iz-izby',
    sourceLang: 'ru',
    source: "выносить сор из избы",
    kind: 'idiom',
    literals: {en: ["carry the rubbish out of the hut", "take the rubbish out of the hut", "carry litter out of the hut", "take the litter out of the hut", "taking rubbish out of the hut", "rubbish out of the hut"]},
    expected: {en: ["wash dirty linen in public"]},
    meaning: "to air internal problems publicly",
    confidence: 'high'
  },
  {
    id: 'ru-iz-muhi-slona',
    sourceLang: 'ru',
    source: "делать из мухи слона",
    kind: 'idiom',
    literals: {en: ["make an elephant out of a fly", "making an elephant out of a fly", "made an elephant out of a fly", "make an elephant from a fly", "making an elephant from a fly"]},
    expected: {en: ["making a mountain out of a molehill"]},
    meaning: "to exaggerate",
    confidence: 'high'
  },
  {
    id: 'ru-sobaku-syel',
    sourceLang: 'ru',
    source: "собаку съел",
    kind: 'idiom',
    literals: {en: ["ate a dog on", "has eaten a dog on", "have eaten a dog on", "eaten a dog in", "ate a dog in"]},
    expected: {en: ["knows it inside out", "is an old hand at"]},
    meaning: "to be an expert in",
    confidence: 'high'
  },
  {
    id: 'ru-tsyplyat-po-oseni',
    sourceLang: 'ru',
    source: "цыплят по осени считают",
    kind: 'idiom',
    literals: {en: ["the chickens are counted in autumn", "chickens are counted in autumn", "chickens are counted in the autumn", "the chickens are counted in the autumn", "chickens are counted in the fall", "chicks are counted in autumn", "count the chickens in autumn", "chickens are counted in fall"]},
    expected: {en: ["don't count your chickens before they hatch"]},
    meaning: "judge by results, not promises",
    confidence: 'high'
  },
  {
    id: 'ru-kak-dva-paltsa',
    sourceLang: 'ru',
    source: "как два пальца об асфальт",
    kind: 'idiom',
    literals: {en: ["like two fingers on the asphalt", "like two fingers on asphalt", "as two fingers on the asphalt", "like two fingers against the asphalt", "as easy as two fingers on the asphalt"]},
    expected: {en: ["as easy as pie", "smoothly"]},
    meaning: "very easily",
    confidence: 'high'
  },
  {
    id: 'ru-gde-raki-zimuyut',
    sourceLang: 'ru',
    source: "показать, где раки зимуют",
    kind: 'idiom',
    literals: {en: ["show where the crayfish spend the winter", "show where crayfish spend the winter", "where the crayfish spend the winter", "where crayfish spend the winter", "show where the crayfish winter", "show {someone} where the crayfish winter", "where the crayfish hibernate", "where crayfish hibernate", "show where the crawfish spend the winter", "where the crawfish spend the winter"]},
    expected: {en: ["teach a lesson", "come down hard on"]},
    meaning: "to punish someone severely",
    confidence: 'high'
  },
  {
    id: 'ru-lozhka-degtya',
    sourceLang: 'ru',
    source: "ложка дёгтя в бочке мёда",
    kind: 'idiom',
    literals: {en: ["a spoon of tar in a barrel of honey", "spoon of tar in the barrel of honey", "spoon of tar to the barrel of honey", "spoonful of tar in a barrel of honey", "spoonful of tar in the barrel of honey", "a fly of tar in the honey", "spoon of tar", "spoonful of tar", "a drop of tar in a barrel of honey"]},
    expected: {en: ["a fly in the ointment"]},
    meaning: "one small thing that spoils the whole",
    confidence: 'high'
  },
  {
    id: 'ru-v-kratchayshie-sroki',
    sourceLang: 'ru',
    source: "в кратчайшие сроки",
    kind: 'phrase',
    literals: {en: ["in the shortest terms", "in the shortest possible terms", "in the shortest time frames", "in the shortest possible time frames", "within the shortest terms"]},
    expected: {en: ["as soon as possible"]},
    meaning: "as quickly as possible",
    confidence: 'high'
  },
  {
    id: 'ru-vybivayut-probki',
    sourceLang: 'ru',
    source: "выбивают пробки",
    kind: 'phrase',
    literals: {en: ["knock out the plugs", "knocks out the plugs", "knocked out the plugs", "knocking out the plugs", "plugs are knocked out", "plugs were knocked out"]},
    expected: {en: ["trip the fuses", "keep tripping the fuses"]},
    meaning: "the fuses blow",
    confidence: 'high'
  },
  {
    id: 'ru-ne-ot-khoroshey-zhizni',
    sourceLang: 'ru',
    source: "не от хорошей жизни",
    kind: 'idiom',
    literals: {en: ["out of a good life", "not out of a good life", "not from a good life", "not because of a good life", "from a good life"]},
    expected: {en: ["not because we want to", "out of necessity"]},
    meaning: "out of necessity, not by choice",
    confidence: 'high'
  },
  {
    id: 'ru-pervyy-blin-komom',
    sourceLang: 'ru',
    source: 'первый блин комом',
    kind: 'idiom',
    literals: {en: ['the first pancake is lumpy', 'the first pancake is always lumpy', 'first pancake is lumpy', 'the first pancake comes out lumpy', 'the first pancake is a lump', 'first pancake comes out lumpy', 'the first pancake is always a lump']},
    expected: {en: ['there are always teething problems']},
    meaning: 'first attempts seldom go well',
    confidence: 'high'
  },
  {
    id: 'ru-moskva-ne-srazu-stroilas',
    sourceLang: 'ru',
    source: 'Москва не сразу строилась',
    kind: 'idiom',
    literals: {en: ['moscow was not built at once', 'moscow was not built immediately', 'moscow was not built right away', 'moscow was not built all at once', "moscow wasn't built at once", 'moscow was not built in one day', 'moscow was not built in a day', "moscow wasn't built in a day", 'moscow was not built straight away']},
    expected: {en: ['Rome was not built in a day']},
    meaning: 'great things take time',
    confidence: 'high'
  },
  {
    id: 'ru-dva-sapoga-para',
    sourceLang: 'ru',
    source: 'два сапога пара',
    kind: 'idiom',
    literals: {en: ['two boots of a pair', 'two boots are a pair', 'two boots make a pair', 'two boots of one pair', 'a pair of two boots']},
    expected: {en: ['two of a kind']},
    meaning: 'alike (usually of two people)',
    confidence: 'high'
  },
  {
    id: 'ru-svoikh-ushei-ne-vidat',
    sourceLang: 'ru',
    source: "как своих ушей не видать",
    kind: 'idiom',
    literals: {en: ["see like our own ears", "see like your own ears", "see like their own ears", "see like his own ears", "see like my own ears", "see as our own ears", "see as our ears", "see like our ears"]},
    expected: {en: ["will never see"]},
    meaning: "something one will never get",
    confidence: 'high'
  },
  {
    id: 'ru-tyanut-rezinu',
    sourceLang: 'ru',
    source: "тянуть резину",
    kind: 'idiom',
    literals: {en: ["pulling the rubber", "pull the rubber", "pulled the rubber", "pulls the rubber", "stretching the rubber", "stretch the rubber", "stretched the rubber", "drag the rubber", "dragging the rubber"]},
    expected: {en: ["dragging its feet", "stalling"]},
    meaning: "to stall, drag things out",
    confidence: 'high',
    guard: {unlessNear: ["tyre", "tyres", "tire", "tires", "band", "bands", "gloves", "factory", "latex", "plant"]}
  },
  {
    id: 'ru-vtoroe-dykhanie',
    sourceLang: 'ru',
    source: "открылось второе дыхание",
    kind: 'idiom',
    literals: {en: ["opened a second breath", "a second breath opened", "second breath opened", "a second breath has opened", "found a second breath", "got a second breath", "caught a second breath"]},
    expected: {en: ["found a second wind"]},
    meaning: "renewed energy after exhaustion",
    confidence: 'high'
  },
  {
    id: 'ru-vyletet-v-trubu',
    sourceLang: 'ru',
    source: "вылететь в трубу",
    kind: 'idiom',
    literals: {en: ["fly into the pipe", "flew into the pipe", "will fly into the pipe", "flying into the pipe", "flown into the pipe", "fly out into the pipe", "flew out into the pipe"]},
    expected: {en: ["go bust", "go under"]},
    meaning: "to go bankrupt",
    confidence: 'high'
  },
  {
    id: 'ru-skupoy-platit-dvazhdy',
    sourceLang: 'ru',
    source: "скупой платит дважды",
    kind: 'idiom',
    literals: {en: ["the stingy pays twice", "the miser pays twice", "a stingy man pays twice", "the stingy one pays twice", "the stingy pay twice", "stingy pays twice"]},
    expected: {en: ["buy cheap, buy twice"]},
    meaning: "cheapness costs more in the end",
    confidence: 'high'
  }
]
