import type {CalqueEntry} from '../types.js'

/** French idioms of the press and of quoted speakers, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'fr-eau-dans-son-vin',
    sourceLang: 'fr',
    source: "mettre de l'eau dans son vin",
    kind: 'idiom',
    literals: {
      en: [
        'put water in our wine', 'put water in their wine', 'put water in his wine', 'put water in her wine', 'put water in its wine', 'put water in your wine', 'put water in my wine',
        'putting water in our wine', 'putting water in their wine', 'putting water in his wine', 'putting water in its wine', 'puts water in its wine', 'puts water in his wine',
        'put some water in their wine', 'put some water in our wine', 'put water into their wine', 'put water into our wine', 'add water to their wine', 'added water to their wine', 'add water to our wine'
      ]
    },
    expected: {en: ['made concessions', 'compromised']},
    meaning: 'to moderate one’s demands, to compromise',
    confidence: 'high',
    guard: {unlessNear: ['glass', 'bottle', 'dilute', 'diluted', 'restaurant', 'vineyard', 'winemaker', 'drink', 'drinking', 'tasting', 'fraud']}
  },
  {
    id: 'fr-poser-un-lapin',
    sourceLang: 'fr',
    source: 'poser un lapin',
    kind: 'idiom',
    literals: {en: ['posed a rabbit to us', 'posed us a rabbit', 'posed a rabbit to them', 'posed them a rabbit', 'posed a rabbit to him', 'posed him a rabbit', 'posed a rabbit to her', 'posed a rabbit to me', 'posed me a rabbit', 'posed a rabbit', 'pose a rabbit', 'poses a rabbit', 'posing a rabbit', 'pose us a rabbit', 'put a rabbit to us', 'laid a rabbit on us']},
    expected: {en: ['stood us up', 'stood someone up']},
    meaning: 'to stand someone up, not to turn up',
    confidence: 'high',
    guard: {unlessNear: ['photo', 'photograph', 'photographer', 'magician', 'hat', 'pet', 'portrait']}
  },
  {
    id: 'fr-goutte-d-eau',
    sourceLang: 'fr',
    source: "la goutte d'eau qui fait déborder le vase",
    kind: 'idiom',
    literals: {
      en: [
        'the drop of water that makes the vase overflow', 'the drop of water that made the vase overflow', 'the drop of water which makes the vase overflow', 'the drop of water that overflows the vase',
        'the drop of water that overflowed the vase', 'the drop that makes the vase overflow', 'the drop that made the vase overflow', 'the drop which makes the vase overflow', 'the drop that overflows the vase',
        'the drop that overflowed the vase', 'the drop of water that caused the vase to overflow', 'the drop that caused the vase to overflow', 'the drop of water that spills the vase', 'the drop that spilled the vase',
        'the drop of water that makes the glass overflow', 'the drop that makes the glass overflow', 'the drop that made the glass overflow', 'drop of water that makes the vase overflow', 'drop that makes the vase overflow'
      ]
    },
    expected: {en: ['the last straw', 'the final straw']},
    meaning: 'the last straw',
    confidence: 'high'
  },
  {
    id: 'fr-peau-de-l-ours',
    sourceLang: 'fr',
    source: "vendre la peau de l'ours avant de l'avoir tué",
    kind: 'idiom',
    literals: {
      en: [
        "sell the bear's skin before having killed it", "sell the bear's skin before killing it", "sell the bear's skin before it is killed", "sell the bear's skin before you have killed it", "sell the bear's skin before we have killed it",
        "sell the bear's skin before having caught it", 'sell the skin of the bear before having killed it', 'sell the skin of the bear before killing it', 'sell the skin of the bear before it is killed',
        "sell the bear's skin before", 'sell the skin of the bear before', "sell the bear's skin", 'sell the skin of the bear', "selling the bear's skin", 'selling the skin of the bear', "sold the bear's skin", 'sold the skin of the bear',
        "sell the bear's hide", "selling the bear's hide", 'sell the hide of the bear'
      ]
    },
    expected: {en: ['count our chickens before they hatch', 'celebrate too early']},
    meaning: 'to count one’s chickens before they hatch',
    confidence: 'high',
    guard: {unlessNear: ['hunter', 'hunters', 'hunting', 'fur', 'poacher', 'poachers', 'pelt', 'pelts', 'taxidermist', 'auction', 'trafficking']}
  },
  {
    id: 'fr-bras-long-have',
    sourceLang: 'fr',
    source: 'avoir le bras long',
    kind: 'idiom',
    literals: {en: ['have a long arm', 'have the long arm', 'have long arms', 'have a very long arm']},
    expected: {en: ['have a lot of clout', 'are very influential']},
    meaning: 'to be influential, to have connections',
    confidence: 'high',
    guard: {unlessNear: ['law', 'pitcher', 'crane', 'cranes', 'robot', 'robotic', 'reach', 'throw', 'throwing', 'quarterback', 'sleeve', 'sleeves', 'mechanical', 'gibbons', 'apes', 'legs', 'swimmer', 'swimmers', 'boxer', 'boxers']}
  },
  {
    id: 'fr-bras-long-has',
    sourceLang: 'fr',
    source: 'avoir le bras long',
    kind: 'idiom',
    literals: {en: ['has a long arm', 'has the long arm', 'has long arms', 'has a very long arm']},
    expected: {en: ['has a lot of clout', 'is very influential']},
    meaning: 'to be influential, to have connections',
    confidence: 'high',
    guard: {unlessNear: ['law', 'pitcher', 'crane', 'cranes', 'robot', 'robotic', 'reach', 'throw', 'throwing', 'quarterback', 'sleeve', 'sleeves', 'mechanical', 'gibbons', 'apes', 'legs', 'swimmer', 'swimmers', 'boxer', 'boxers']}
  },
  {
    id: 'fr-bras-long-had',
    sourceLang: 'fr',
    source: 'avoir le bras long',
    kind: 'idiom',
    literals: {en: ['had a long arm', 'had the long arm', 'had long arms', 'had a very long arm']},
    expected: {en: ['had a lot of clout', 'was very influential']},
    meaning: 'to be influential, to have connections',
    confidence: 'high',
    guard: {unlessNear: ['law', 'pitcher', 'crane', 'cranes', 'robot', 'robotic', 'reach', 'throw', 'throwing', 'quarterback', 'sleeve', 'sleeves', 'mechanical', 'gibbons', 'apes', 'legs', 'swimmer', 'swimmers', 'boxer', 'boxers']}
  },
  {
    id: 'fr-langue-au-chat',
    sourceLang: 'fr',
    source: 'donner sa langue au chat',
    kind: 'idiom',
    literals: {en: ['my tongue to the cat', 'his tongue to the cat', 'her tongue to the cat', 'their tongue to the cat', 'our tongue to the cat', 'your tongue to the cat', 'its tongue to the cat', "one's tongue to the cat", 'the tongue to the cat', 'their tongues to the cat', 'our tongues to the cat']},
    expected: {en: ['up', 'give up guessing']},
    meaning: 'to give up guessing',
    confidence: 'high'
  },
  {
    id: 'fr-langue-dans-sa-poche',
    sourceLang: 'fr',
    source: 'ne pas avoir la langue dans sa poche',
    kind: 'idiom',
    literals: {en: ['tongue in his pocket', 'tongue in her pocket', 'tongue in their pocket', 'tongue in its pocket', 'tongue in my pocket', 'tongue in your pocket', 'tongue in our pocket', "tongue in one's pocket", 'tongue in the pocket', 'tongues in their pockets', 'tongue in their pockets', 'tongue in his pockets']},
    expected: {en: ['mince words', 'is outspoken']},
    meaning: 'to be outspoken, not to mince words',
    confidence: 'high'
  },
  {
    id: 'fr-poil-dans-la-main',
    sourceLang: 'fr',
    source: 'avoir un poil dans la main',
    kind: 'idiom',
    literals: {en: ['a hair in the hand', 'a hair in his hand', 'a hair in her hand', 'a hair in their hand', 'a hair in their hands', 'a hair in the palm', 'a hair in his palm', 'hair in the palm of the hand', 'a hair in the palm of the hand', 'a hair on the palm']},
    expected: {en: ['bone idle', 'lazy']},
    meaning: 'to be lazy',
    confidence: 'high',
    guard: {unlessNear: ['hairdresser', 'barber', 'dna', 'forensic', 'evidence', 'strand', 'wig', 'investigators', 'police', 'murder']}
  },
  {
    id: 'fr-yeux-de-la-tete',
    sourceLang: 'fr',
    source: 'coûter les yeux de la tête',
    kind: 'idiom',
    literals: {en: ['the eyes of the head', 'both eyes of the head', 'the eyes out of the head', 'an eye of the head', 'the eyes of your head', 'the eyes from the head']},
    expected: {en: ['an arm and a leg', 'a fortune']},
    meaning: 'to be very expensive',
    confidence: 'high',
    guard: {unlessNear: ['surgery', 'surgeon', 'surgeons', 'injury', 'injured', 'skull', 'socket', 'doctor', 'doctors', 'anatomy', 'fish', 'muscles']}
  },
  {
    id: 'fr-grasse-matinee',
    sourceLang: 'fr',
    source: 'faire la grasse matinée',
    kind: 'idiom',
    literals: {en: ['the fat morning', 'a fat morning', 'fat mornings', 'the big fat morning', 'fat morning']},
    expected: {en: ['a lie-in', 'sleep in']},
    meaning: 'to sleep in',
    confidence: 'high'
  },
  {
    id: 'fr-chat-dans-la-gorge',
    sourceLang: 'fr',
    source: 'avoir un chat dans la gorge',
    kind: 'idiom',
    literals: {en: ['a cat in the throat', 'a cat in my throat', 'a cat in his throat', 'a cat in her throat', 'a cat in their throat', 'a cat in your throat']},
    expected: {en: ['a frog in the throat']},
    meaning: 'to be hoarse',
    confidence: 'high'
  },
  {
    id: 'fr-tomber-dans-les-pommes-past',
    sourceLang: 'fr',
    source: 'tomber dans les pommes',
    kind: 'idiom',
    literals: {en: ['fell in the apples', 'fell into the apples', 'fallen in the apples', 'fallen into the apples', 'fell among the apples']},
    expected: {en: ['fainted', 'passed out']},
    meaning: 'to faint',
    confidence: 'high',
    guard: {unlessNear: ['orchard', 'tree', 'trees', 'ladder', 'harvest', 'basket', 'crate', 'crates', 'cider', 'picking', 'truck', 'lorry']}
  },
  {
    id: 'fr-tomber-dans-les-pommes',
    sourceLang: 'fr',
    source: 'tomber dans les pommes',
    kind: 'idiom',
    literals: {en: ['fall in the apples', 'fall into the apples', 'falls in the apples', 'falls into the apples', 'falling in the apples', 'falling into the apples']},
    expected: {en: ['faint', 'pass out']},
    meaning: 'to faint',
    confidence: 'high',
    guard: {unlessNear: ['orchard', 'tree', 'trees', 'ladder', 'harvest', 'basket', 'crate', 'crates', 'cider', 'picking', 'truck', 'lorry']}
  },
  {
    id: 'fr-fil-a-retordre',
    sourceLang: 'fr',
    source: 'donner du fil à retordre',
    kind: 'idiom',
    literals: {en: ['thread to twist', 'thread to retwist', 'thread to re-twist', 'yarn to twist', 'thread to untwist', 'wire to twist', 'thread to wring', 'some thread to twist', 'a lot of thread to twist']},
    expected: {en: ['a hard time', 'trouble']},
    meaning: 'to give someone a hard time, to be a tough opponent',
    confidence: 'high',
    guard: {unlessNear: ['spinning', 'spinner', 'spindle', 'loom', 'weaving', 'weaver', 'textile', 'needle', 'knitting', 'electrician']}
  },
  {
    id: 'fr-midi-a-quatorze-heures',
    sourceLang: 'fr',
    source: 'chercher midi à quatorze heures',
    kind: 'idiom',
    literals: {en: ['noon at fourteen hours', 'noon at 14 hours', 'noon at 14h', 'noon at fourteen o\'clock', 'midday at fourteen hours', 'midday at 14 hours', 'midday at 14h', 'midday at two o\'clock', 'noon at two o\'clock', 'noon at 2 o\'clock', 'midday at 2 o\'clock', 'noon at 2 p.m.', 'midday at 2 p.m.', 'noon at 2pm', 'midday at 2pm']},
    expected: {en: ['overcomplicate things', 'look for complications where there are none']},
    meaning: 'to overcomplicate a simple matter',
    confidence: 'high'
  },
  {
    id: 'fr-carottes-sont-cuites',
    sourceLang: 'fr',
    source: 'les carottes sont cuites',
    kind: 'idiom',
    literals: {en: ['the carrots are cooked', 'the carrots were cooked', 'the carrots are done', 'carrots are cooked', 'the carrots have been cooked']},
    expected: {en: ['the game is up', "it's all over"]},
    meaning: 'it is all over, nothing more can be done',
    confidence: 'high',
    guard: {unlessNear: ['recipe', 'soup', 'kitchen', 'minutes', 'oven', 'boil', 'boiled', 'chef', 'vegetables', 'potatoes', 'stew', 'dinner', 'cook', 'add', 'serve', 'salt', 'butter', 'onions', 'pan']}
  },
  {
    id: 'fr-revenons-a-nos-moutons',
    sourceLang: 'fr',
    source: 'revenons à nos moutons',
    kind: 'idiom',
    literals: {en: ['return to our sheep', 'back to our sheep', 'come back to our sheep', 'get back to our sheep', 'returning to our sheep', 'go back to our sheep']},
    expected: {en: ['return to the point', 'back to the matter at hand']},
    meaning: 'let us get back to the subject',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'farmers', 'shepherd', 'shepherds', 'flock', 'flocks', 'wool', 'lambs', 'grazing', 'wolf', 'wolves', 'barn', 'pasture']}
  },
  {
    id: 'fr-appeler-un-chat-un-chat',
    sourceLang: 'fr',
    source: 'appeler un chat un chat',
    kind: 'idiom',
    literals: {en: ['call a cat a cat', 'calls a cat a cat', 'called a cat a cat', 'calling a cat a cat', 'a cat a cat']},
    expected: {en: ['call a spade a spade']},
    meaning: 'to speak plainly',
    confidence: 'high'
  },
  {
    id: 'fr-pleut-des-cordes',
    sourceLang: 'fr',
    source: 'il pleut des cordes',
    kind: 'idiom',
    literals: {en: ['raining ropes', 'rained ropes', 'rains ropes', 'rain ropes', 'raining cords', 'rained cords']},
    expected: {en: ['pouring', 'raining cats and dogs']},
    meaning: 'to rain heavily',
    confidence: 'high'
  },
  {
    id: 'fr-poudre-aux-yeux',
    sourceLang: 'fr',
    source: 'de la poudre aux yeux',
    kind: 'idiom',
    literals: {en: ['powder in the eyes', 'powder to the eyes', "powder in people's eyes", 'powder in the eye', 'powder in our eyes', 'powder in your eyes', 'powder thrown in the eyes', 'powder for the eyes']},
    expected: {en: ['window dressing', 'a smokescreen']},
    meaning: 'a show meant to impress or deceive',
    confidence: 'high',
    guard: {unlessNear: ['chemical', 'chemicals', 'pepper', 'tear', 'gas', 'burns', 'burned', 'injured', 'rinse', 'irritation', 'makeup', 'cosmetics', 'eyeshadow']}
  },
  {
    id: 'fr-sourde-oreille',
    sourceLang: 'fr',
    source: "faire la sourde oreille",
    kind: 'idiom',
    literals: {en: ['make the deaf ear', 'made the deaf ear', 'makes the deaf ear', 'making the deaf ear', 'do the deaf ear', 'did the deaf ear', 'does the deaf ear', 'doing the deaf ear', 'playing the deaf ear', 'play the deaf ear']},
    expected: {en: ['turn a deaf ear']},
    meaning: 'to pretend not to hear, to ignore',
    confidence: 'high'
  },
  {
    id: 'fr-charrue-avant-les-boeufs',
    sourceLang: 'fr',
    source: 'mettre la charrue avant les bœufs',
    kind: 'idiom',
    literals: {en: ['the plough before the oxen', 'the plow before the oxen', 'the plough before the cattle', 'the plow before the cattle', 'the cart before the oxen', 'the plough in front of the oxen', 'the plow in front of the oxen', 'the plough before the ox', 'the plow before the ox', 'the plough before the bulls', 'the plow before the bulls']},
    expected: {en: ['the cart before the horse']},
    meaning: 'to do things in the wrong order',
    confidence: 'high'
  },
  {
    id: 'fr-pierre-deux-coups',
    sourceLang: 'fr',
    source: "faire d'une pierre deux coups",
    kind: 'idiom',
    literals: {en: ['two blows with one stone', 'two shots with one stone', 'two hits with one stone', 'two strokes with one stone', 'two blows with a stone', 'two shots with a stone', 'two blows with a single stone', 'two shots with a single stone', 'of one stone two blows', 'of a stone two blows', 'of a stone two shots', 'of one stone two shots', 'with one stone two blows', 'with one stone two shots']},
    expected: {en: ['two birds with one stone']},
    meaning: 'to achieve two aims with one action',
    confidence: 'high'
  },
  {
    id: 'fr-langue-de-bois',
    sourceLang: 'fr',
    source: 'la langue de bois',
    kind: 'phrase',
    literals: {en: ['wooden tongue', 'wooden language', 'tongue of wood', 'language of wood', 'wood tongue', 'wood language', 'wooden-tongue', 'langue de bois']},
    expected: {en: ['stock phrases', 'doublespeak', 'political cant']},
    meaning: 'evasive, formulaic official language',
    confidence: 'high',
    guard: {unlessNear: ['puppet', 'puppets', 'carving', 'carved', 'sculpture', 'statue', 'toy', 'toys', 'doll', 'dolls', 'shoe', 'shoes', 'instrument', 'xylophone', 'drum', 'joint', 'carpentry', 'groove']}
  },
  {
    id: 'fr-coup-de-pouce',
    sourceLang: 'fr',
    source: 'un coup de pouce',
    kind: 'phrase',
    literals: {en: ['blow of the thumb', 'blow of thumb', 'stroke of the thumb', 'stroke of thumb', 'thumb stroke', 'thumb blow', 'thumb push', 'push of the thumb', 'blow of inch', 'blow of the inch']},
    expected: {en: ['boost', 'helping hand']},
    meaning: 'a boost, a helping hand',
    confidence: 'high',
    guard: {unlessNear: ['injury', 'injured', 'fracture', 'phone', 'screen', 'swipe', 'guitar', 'piano', 'keyboard', 'button']}
  },
  {
    id: 'fr-coup-de-gueule',
    sourceLang: 'fr',
    source: 'un coup de gueule',
    kind: 'phrase',
    literals: {en: ['blow of mouth', 'blow of the mouth', 'mouth blow', 'blow of gob', 'blow of the gob', 'shot of mouth', 'stroke of mouth']},
    expected: {en: ['outburst', 'rant']},
    meaning: 'an angry outburst',
    confidence: 'high',
    guard: {unlessNear: ['boxer', 'boxing', 'punch', 'punched', 'fight', 'injured', 'dentist', 'teeth', 'jaw']}
  },
  {
    id: 'fr-monter-au-creneau',
    sourceLang: 'fr',
    source: 'monter au créneau',
    kind: 'idiom',
    literals: {en: ['to the crenel', 'to the crenels', 'to the crenellation', 'to the crenellations', 'to the crenelation', 'to the crenelations', 'to the slot', 'to the niche']},
    expected: {en: ['spoke out', 'stepped in']},
    meaning: 'to step up, to speak out publicly',
    confidence: 'high',
    guard: {onlyNear: ['went', 'go', 'goes', 'going', 'gone', 'climbed', 'climb', 'climbs', 'rose', 'rise', 'rises', 'risen', 'mounted', 'mount', 'came', 'come', 'stepped', 'moved'], unlessNear: ['castle', 'fortress', 'medieval', 'archers', 'tower', 'machine', 'coin', 'coins', 'card', 'parking', 'tv', 'schedule', 'airport', 'time'], window: 3}
  },
  {
    id: 'fr-faire-le-pont',
    sourceLang: 'fr',
    source: 'faire le pont',
    kind: 'idiom',
    literals: {en: ['make the bridge', 'made the bridge', 'makes the bridge', 'making the bridge', 'do the bridge', 'doing the bridge', 'did the bridge']},
    expected: {en: ['take a long weekend', 'take the extra day off']},
    meaning: 'to take the working day between a public holiday and the weekend off',
    confidence: 'high',
    guard: {onlyNear: ['holiday', 'holidays', 'weekend', 'weekends', 'day', 'days', 'off', 'ascension', 'thursday', 'friday', 'monday', 'tuesday', 'workers', 'employees', 'public', 'may', 'leave'], unlessNear: ['engineer', 'engineers', 'construction', 'river', 'steel', 'built', 'concrete', 'cable', 'collapse', 'collapsed', 'troll'], window: 10}
  },
  {
    id: 'fr-pain-sur-la-planche',
    sourceLang: 'fr',
    source: 'avoir du pain sur la planche',
    kind: 'idiom',
    literals: {en: ['a lot of bread on the board', 'a lot of bread on the plank', 'lots of bread on the board', 'plenty of bread on the board', 'some bread on the board', 'bread on the board', 'bread on the plank', 'bread on the cutting board', 'bread on the shelf']},
    expected: {en: ['a lot on our plate', 'plenty of work ahead']},
    meaning: 'to have a lot of work ahead',
    confidence: 'high',
    guard: {unlessNear: ['bakery', 'baker', 'bakers', 'sliced', 'slice', 'slices', 'cutting', 'kitchen', 'butter', 'knife', 'breakfast', 'oven', 'cheese', 'crumbs', 'loaf', 'loaves']}
  },
  {
    id: 'fr-chapeaux-de-roue',
    sourceLang: 'fr',
    source: 'sur les chapeaux de roue',
    kind: 'idiom',
    literals: {en: ['on the wheel hats', 'on the hats of the wheels', 'on the hats of wheels', 'on wheel hats', 'on the wheel caps', 'on the hats of the wheel', 'on the wheelhats']},
    expected: {en: ['at full speed', 'with a flying start']},
    meaning: 'at top speed, off to a flying start',
    confidence: 'high'
  },
  {
    id: 'fr-arbre-qui-cache-la-foret',
    sourceLang: 'fr',
    source: "l'arbre qui cache la forêt",
    kind: 'idiom',
    literals: {en: ['the tree that hides the forest', 'the tree which hides the forest', 'the tree hiding the forest', 'a tree that hides the forest', 'the tree that hid the forest', 'the tree that conceals the forest', 'the tree that hides the wood']},
    expected: {en: ['the tip of the iceberg']},
    meaning: 'a visible detail that hides a larger problem',
    confidence: 'high',
    guard: {unlessNear: ['forestry', 'logging', 'botanist', 'botanists', 'planted', 'fell', 'felled', 'species']}
  },
  {
    id: 'fr-jeter-l-eponge',
    sourceLang: 'fr',
    source: "jeter l'éponge",
    kind: 'idiom',
    literals: {en: ['throw the sponge', 'threw the sponge', 'throwing the sponge', 'thrown the sponge', 'throws the sponge', 'throw in the sponge', 'threw in the sponge']},
    expected: {en: ['throw in the towel', 'give up']},
    meaning: 'to give up',
    confidence: 'low',
    guard: {unlessNear: ['dishes', 'sink', 'kitchen', 'bucket', 'car', 'wash', 'cleaning', 'bath']},
    note: '"Throw in the sponge" is also an old English boxing idiom, hence the low confidence.'
  }
]
