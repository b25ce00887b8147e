import type {CalqueEntry} from '../types.js'

/** French idioms of the press and of quoted speakers, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'fr-beurre-et-argent-du-beurre',
    sourceLang: 'fr',
    source: "vouloir le beurre et l'argent du beurre",
    kind: 'idiom',
    literals: {en: ['the butter and the money of the butter', 'the butter and the money from the butter', 'butter and the money for the butter', 'the butter and the butter money']},
    expected: {en: ['have their cake and eat it']},
    meaning: 'to want it both ways',
    confidence: 'high',
    note: "*Vouloir le beurre et l'argent du beurre*: to have one's cake and eat it."
  },
  {
    id: 'fr-se-renvoyer-la-balle',
    sourceLang: 'fr',
    source: 'se renvoyer la balle',
    kind: 'idiom',
    literals: {en: ['throw the ball back to each other', 'send the ball back to each other', 'throwing the ball back to each other', 'threw the ball back to each other', 'send each other the ball', 'return the ball to each other']},
    expected: {en: ['pass the buck']},
    meaning: 'to shift responsibility onto each other',
    confidence: 'high',
    note: '*Se renvoyer la balle* (send the ball back to each other): to pass the buck.'
  },
  {
    id: 'fr-payer-les-pots-casses',
    sourceLang: 'fr',
    source: 'payer les pots cassés',
    kind: 'idiom',
    literals: {en: ['pay the broken pots', 'pays the broken pots', 'paid the broken pots', 'paying the broken pots', 'pay for the broken pots']},
    expected: {en: ['pick up the pieces', 'bear the cost']},
    meaning: 'to bear the consequences of others’ mistakes',
    confidence: 'high',
    note: '*Payer les pots cassés* (pay the broken pots).'
  },
  {
    id: 'fr-pedaler-dans-la-choucroute',
    sourceLang: 'fr',
    source: 'pédaler dans la choucroute',
    kind: 'idiom',
    literals: {en: ['pedalling in the sauerkraut', 'pedaling in the sauerkraut', 'pedal in the sauerkraut', 'pedalled in the sauerkraut', 'pedals in the sauerkraut', 'pedalling in sauerkraut', 'pedalling in the semolina', 'pedal in the semolina']},
    expected: {en: ['getting nowhere', 'spinning its wheels']},
    meaning: 'to make no progress',
    confidence: 'high',
    note: '*Pédaler dans la choucroute* (pedal in the sauerkraut): to get nowhere.'
  },
  {
    id: 'fr-courtiers',
    sourceLang: 'fr',
    source: 'courtiers',
    kind: 'phrase',
    literals: {en: ['the courtiers', 'courtiers']},
    expected: {en: ['the brokers']},
    meaning: 'brokers (French *courtiers*), not members of a royal court',
    confidence: 'low',
    guard: {onlyNear: ['buy', 'buys', 'bought', 'sell', 'sells', 'market', 'price', 'prices', 'wholesalers', 'wine', 'truffle', 'truffles', 'insurance', 'kilo', 'kilos', 'euros'], unlessNear: ['king', 'queen', 'palace', 'royal', 'throne', 'versailles'], window: 12},
    note: 'French *courtier* is a broker; English *courtier* attends a royal court.'
  },
  {
    id: 'fr-poser-un-lapin-put',
    sourceLang: 'fr',
    source: 'poser un lapin',
    kind: 'idiom',
    literals: {en: ['put them a rabbit', 'put him a rabbit', 'put her a rabbit', 'put us a rabbit', 'put a rabbit', 'posed a rabbit', 'laid a rabbit', 'placed a rabbit']},
    expected: {en: ['stood them up']},
    meaning: 'to fail to turn up for a meeting',
    confidence: 'high',
    guard: {unlessNear: ['hutch', 'cage', 'pet', 'farm', 'carrot', 'carrots', 'vet', 'hat', 'magician']},
    note: '*Poser un lapin* (put down a rabbit): to stand someone up.'
  },
  {
    id: 'fr-anguille-sous-roche',
    sourceLang: 'fr',
    source: 'il y a anguille sous roche',
    kind: 'idiom',
    literals: {en: ['an eel under the rock', 'eel under the rock', 'an eel under a rock', 'eel under rock', 'an eel under the stone']},
    expected: {en: ['something fishy going on']},
    meaning: 'something is being hidden',
    confidence: 'high',
    guard: {unlessNear: ['river', 'fishing', 'fisherman', 'aquarium', 'caught', 'catch']},
    note: '*Il y a anguille sous roche* (there is an eel under the rock): something fishy is going on.'
  },
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
    literals: {en: ['to the crenel', 'to the crenels', 'to the crenellation', 'to the crenellations', 'to the crenelation', 'to the crenelations', 'to the slot', 'to the niche', 'to the battlements', 'to the battlement']},
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
    sharedWith: ['it', 'es'],
    confidence: 'low',
    guard: {unlessNear: ['dishes', 'sink', 'kitchen', 'bucket', 'car', 'wash', 'cleaning', 'bath']},
    note: '"Throw in the sponge" is also an old English boxing idiom, hence the low confidence.'
  },
  {
    id: 'fr-vent-en-poupe',
    sourceLang: 'fr',
    source: 'avoir le vent en poupe',
    kind: 'idiom',
    literals: {en: ['wind in the stern', 'wind in its stern', 'wind in their stern', 'wind in his stern', 'wind in her stern', 'wind in the poop', 'wind in its poop', 'wind in their poop', 'wind at the stern', 'wind at its stern', 'wind in the aft', 'wind in the rear']},
    expected: {en: ['the wind in its sails', 'momentum']},
    meaning: 'to be on a roll, to have momentum',
    confidence: 'high',
    guard: {unlessNear: ['yacht', 'sail', 'sails', 'sailing', 'boat', 'sailor', 'sailors', 'regatta', 'vendée', 'skipper', 'ship', 'vessel', 'crew', 'knots']}
  },
  {
    id: 'fr-bouchees-doubles',
    sourceLang: 'fr',
    source: 'mettre les bouchées doubles',
    kind: 'idiom',
    literals: {en: ['put the double bites', 'put double bites', 'put the double mouthfuls', 'put double mouthfuls', 'put on double bites', 'put the bites double', 'put the mouthfuls double', 'double mouthfuls', 'take double mouthfuls', 'put the double bite']},
    expected: {en: ['redouble efforts', 'step up the pace']},
    meaning: 'to redouble one’s efforts',
    confidence: 'high'
  },
  {
    id: 'fr-tirer-son-epingle-du-jeu',
    sourceLang: 'fr',
    source: 'tirer son épingle du jeu',
    kind: 'idiom',
    literals: {en: ['pin out of the game', 'pin from the game', 'pins out of the game', 'pins from the game', 'pin of the game', 'pin out of the play', 'pin from the play', 'pull their pin out of the game', 'pull his pin out of the game']},
    expected: {en: ['come out on top', 'emerge unscathed']},
    meaning: 'to come out well, to extricate oneself',
    confidence: 'high'
  },
  {
    id: 'fr-dans-le-collimateur',
    sourceLang: 'fr',
    source: 'être dans le collimateur',
    kind: 'idiom',
    literals: {en: ['in the collimator', 'in the collimator of', 'in its collimator', 'in their collimator', 'in his collimator', 'in her collimator', 'in the collimators', 'into the collimator', 'under the collimator']},
    expected: {en: ['in the crosshairs', 'in the sights']},
    meaning: 'targeted, under scrutiny',
    confidence: 'high',
    guard: {unlessNear: ['telescope', 'laser', 'optics', 'optical', 'beam', 'astronomy', 'x-ray', 'radiation', 'lens', 'sight', 'rifle', 'scope']}
  },
  {
    id: 'fr-prendre-le-relais',
    sourceLang: 'fr',
    source: 'prendre le relais',
    kind: 'idiom',
    literals: {en: ['take the relay', 'take up the relay', 'take over the relay', 'take the relay from', 'take the relay of', 'pick up the relay', 'take relay']},
    expected: {en: ['take over']},
    meaning: 'to take over',
    confidence: 'high',
    guard: {unlessNear: ['race', 'olympic', 'olympics', 'athletics', 'baton', '4x100', '4x400', 'swimming', 'swimmer', 'swimmers', 'sprint', 'sprinters', 'runners', 'medal', 'leg', 'torch', 'radio', 'antenna', 'signal', 'switch', 'circuit']}
  },
  {
    id: 'fr-faire-long-feu',
    sourceLang: 'fr',
    source: 'ne pas faire long feu',
    kind: 'idiom',
    literals: {en: ['make long fire', 'do long fire', 'make a long fire', 'made long fire', 'makes long fire']},
    expected: {en: ['last long']},
    meaning: 'not to last long',
    confidence: 'high',
    guard: {unlessNear: ['camp', 'campfire', 'wood', 'logs', 'fireplace', 'stove', 'kindling', 'matches']}
  },
  {
    id: 'fr-battre-de-l-aile',
    sourceLang: 'fr',
    source: "battre de l'aile",
    kind: 'idiom',
    literals: {en: ['beat the wing', 'beat of the wing', 'beat its wing', 'beat from the wing', 'beat with the wing', 'beating of the wing', 'flap the wing', 'flap of the wing']},
    expected: {en: ['struggle', 'be in difficulty']},
    meaning: 'to be struggling, ailing',
    confidence: 'high',
    guard: {unlessNear: ['bird', 'birds', 'bat', 'bats', 'insect', 'insects', 'flight', 'fly', 'flying', 'butterfly', 'butterflies', 'hummingbird', 'feathers', 'wings', 'aircraft', 'duck', 'pigeon', 'eagle', 'chicken']}
  },
  {
    id: 'fr-le-torchon-brule',
    sourceLang: 'fr',
    source: 'le torchon brûle',
    kind: 'idiom',
    literals: {en: ['rag is burning', 'rag burns', 'the rag burning', 'dishcloth is burning', 'dishcloth burns', 'tea towel is burning', 'tea towel burns', 'cloth is burning', 'cloth burns', 'torchon is burning', 'torchon burns', 'dish towel is burning', 'dish towel burns', 'the towel is burning', 'the towel burns']},
    expected: {en: ['relations are at breaking point', 'there is open conflict']},
    meaning: 'relations are at breaking point',
    confidence: 'high',
    guard: {unlessNear: ['fire', 'firefighters', 'kitchen', 'stove', 'smoke', 'flames', 'oven', 'candle', 'gas', 'lit', 'hob', 'pan']}
  },
  {
    id: 'fr-pave-dans-la-mare',
    sourceLang: 'fr',
    source: 'jeter un pavé dans la mare',
    kind: 'idiom',
    literals: {en: ['paving stone into the pond', 'paving stone in the pond', 'paving stone into the pool', 'paving stone in the pool', 'paving stone in the pond', 'cobblestone into the pond', 'cobblestone in the pond', 'cobblestone into the pool', 'cobblestone in the pool', 'cobble into the pond', 'cobble in the pond', 'pavement in the pond', 'pavement into the pond', 'paving stone into the puddle', 'paving stone in the puddle', 'cobblestone in the puddle', 'cobblestone into the puddle', 'pavé in the pond', 'paving slab into the pond', 'paving slab in the pond']},
    expected: {en: ['set the cat among the pigeons', 'cause a stir']},
    meaning: 'to cause a stir with an uncomfortable truth',
    confidence: 'high'
  },
  {
    id: 'fr-tirer-a-boulets-rouges',
    sourceLang: 'fr',
    source: 'tirer à boulets rouges sur',
    kind: 'idiom',
    literals: {en: ['red cannonballs', 'red cannon balls', 'red-hot cannonballs on', 'red bullets on', 'red bullets at', 'with red bullets', 'with red balls', 'red shot at', 'red shots at', 'red shells at', 'red shells on']},
    expected: {en: ['lay into', 'fiercely attack']},
    meaning: 'to attack fiercely, to lay into',
    confidence: 'high',
    guard: {unlessNear: ['snooker', 'pool', 'billiards', 'christmas', 'tree', 'decorations', 'cue', 'table', 'museum', 'paintball', 'tracer']}
  },
  {
    id: 'fr-faire-boule-de-neige',
    sourceLang: 'fr',
    source: 'faire boule de neige',
    kind: 'idiom',
    literals: {en: ['make snowball', 'made snowball', 'makes snowball', 'do snowball', 'make snow ball', 'make ball of snow', 'make a ball of snow', 'make the snowball']},
    expected: {en: ['snowball']},
    meaning: 'to snowball, grow rapidly',
    confidence: 'high',
    guard: {unlessNear: ['winter', 'kids', 'children', 'snowman', 'gloves', 'fight', 'throw', 'threw', 'playground']}
  },
  {
    id: 'fr-main-a-la-pate',
    sourceLang: 'fr',
    source: 'mettre la main à la pâte',
    kind: 'idiom',
    literals: {en: ['hand to the dough', 'hand in the dough', 'hands in the dough', 'hands to the dough', 'hand in the paste', 'hand to the paste', 'hands in the paste', 'hands to the paste', 'hand at the dough', 'hand on the dough', 'hands on the dough', 'hand into the dough', 'hands into the dough']},
    expected: {en: ['pitch in', 'lend a hand']},
    meaning: 'to pitch in, lend a hand',
    confidence: 'high',
    guard: {unlessNear: ['bread', 'baker', 'bakers', 'bakery', 'flour', 'knead', 'kneading', 'pastry', 'pizza', 'oven', 'recipe', 'baking', 'bake', 'cook', 'cooking', 'kitchen', 'chef', 'wallpaper', 'glue']}
  },
  {
    id: 'fr-avoir-les-dents-longues',
    sourceLang: 'fr',
    source: 'avoir les dents longues',
    kind: 'idiom',
    literals: {en: ['have long teeth', 'have the long teeth', 'have very long teeth', 'with long teeth', 'have the teeth long', 'long teeth of', 'has long teeth', 'has the long teeth', 'has very long teeth', 'has the teeth long']},
    expected: {en: ['be hugely ambitious', 'be ruthlessly ambitious']},
    meaning: 'to be fiercely ambitious',
    confidence: 'high',
    guard: {unlessNear: ['shark', 'sharks', 'dog', 'dogs', 'rodent', 'rodents', 'beaver', 'beavers', 'fossil', 'fossils', 'dinosaur', 'species', 'animal', 'animals', 'tiger', 'tigers', 'vampire', 'vampires', 'jaw', 'jaws', 'dentist', 'gums', 'horse', 'horses', 'rabbit', 'rabbits', 'skull', 'fish', 'mammoth', 'walrus', 'elephant']}
  },
  {
    id: 'fr-remettre-les-pendules-a-l-heure',
    sourceLang: 'fr',
    source: "remettre les pendules à l'heure",
    kind: 'idiom',
    literals: {en: ['pendulums back on time', 'pendulums on time', 'pendulums to the hour', 'pendulums back to the hour', 'pendulums back to time', 'pendulums to time', 'pendulums at the hour', 'pendulums back at the hour', 'clocks back to the hour', 'clocks back on time', 'clocks back at the hour', 'put the clocks on time', 'set the clocks on time', 'put the clocks to the hour', 'set the clocks to the hour', 'put the clocks back to time', 'set the pendulums right', 'put the pendulums right']},
    expected: {en: ['set the record straight']},
    meaning: 'to set the record straight',
    confidence: 'high',
    guard: {unlessNear: ['daylight', 'saving', 'dst', 'forward', 'clockmaker', 'watchmaker', 'repair', 'antique', 'summertime', 'wintertime']}
  },
  {
    id: 'fr-sortir-de-ses-gonds',
    sourceLang: 'fr',
    source: 'sortir de ses gonds',
    kind: 'idiom',
    literals: {en: ['out of his hinges', 'out of her hinges', 'out of their hinges', 'out of my hinges', 'out of your hinges', 'out of our hinges', 'off his hinges', 'off her hinges', 'off their hinges', 'come out of his hinges', 'come out of their hinges', 'come out of her hinges', 'come out of my hinges', 'come out of your hinges', 'come out of our hinges', 'came out of his hinges', 'came out of her hinges', 'came out of their hinges', 'came out of my hinges', 'came out of your hinges', 'came out of our hinges', 'go out of his hinges', 'go out of her hinges', 'go out of their hinges', 'got out of his hinges']},
    expected: {en: ['fly off the handle', 'lose his temper']},
    meaning: 'to lose one’s temper',
    confidence: 'high',
    guard: {unlessNear: ['door', 'doors', 'gate', 'gates', 'window', 'windows', 'shutter', 'shutters', 'cabinet', 'hatch']}
  },
  {
    id: 'fr-passer-a-la-trappe',
    sourceLang: 'fr',
    source: 'passer à la trappe',
    kind: 'idiom',
    literals: {en: ['pass to the trap', 'pass to the trapdoor', 'go to the trapdoor', 'go to the trap door', 'pass to the trap door', 'pass through the trapdoor', 'go through the trapdoor', 'pass through the trap door', 'pass through the trap', 'pass at the trapdoor', 'pass at the trap', 'pass into the trapdoor', 'go into the trapdoor', 'fall into the trapdoor', 'pass down the trapdoor', 'go down the trapdoor', 'disappear through the trapdoor']},
    expected: {en: ['be dropped', 'be shelved']},
    meaning: 'to be dropped, shelved or forgotten',
    confidence: 'high',
    guard: {unlessNear: ['stage', 'theatre', 'theater', 'attic', 'cellar', 'loft', 'magician', 'ladder', 'mice', 'mouse', 'rat', 'rats', 'hunter', 'hunters', 'basement', 'escape', 'escaped', 'floor', 'gallows']}
  },
  {
    id: 'fr-ca-ne-mange-pas-de-pain',
    sourceLang: 'fr',
    source: 'ça ne mange pas de pain',
    kind: 'idiom',
    literals: {en: ["it doesn't eat bread", 'it does not eat bread', "that doesn't eat bread", 'that does not eat bread', "this doesn't eat bread", 'this does not eat bread', 'it eats no bread', 'that eats no bread', "it didn't eat bread", "it won't eat bread", 'it will not eat bread']},
    expected: {en: ['it costs nothing', 'there is no harm in it']},
    meaning: 'it costs nothing, it does no harm',
    confidence: 'high',
    guard: {unlessNear: ['gluten', 'diet', 'wheat', 'carbohydrates', 'carbs', 'vegan', 'breakfast', 'rice', 'meat', 'food', 'dog', 'cat', 'bird', 'birds', 'ducks', 'fish', 'animal', 'celiac', 'coeliac', 'allergy']}
  },
  {
    id: 'fr-rouler-des-mecaniques',
    sourceLang: 'fr',
    source: 'rouler des mécaniques',
    kind: 'idiom',
    literals: {en: ['roll the mechanics', 'roll mechanics', 'roll his mechanics', 'roll their mechanics', 'roll its mechanics', 'roll her mechanics', 'roll some mechanics', 'roll of mechanics']},
    expected: {en: ['flex its muscles', 'swagger']},
    meaning: 'to swagger, flex one’s muscles',
    confidence: 'high'
  },
  {
    id: 'fr-tenir-la-dragee-haute',
    sourceLang: 'fr',
    source: 'tenir la dragée haute',
    kind: 'idiom',
    literals: {en: ['dragee high', 'dragée high', 'sugared almond high', 'sugar-coated almond high', 'sugar almond high', 'the dragee up', 'the dragée up', 'dragees high', 'dragées high']},
    expected: {en: ['hold out against', 'give a hard time']},
    meaning: 'to hold out against, to make someone work for it',
    confidence: 'high'
  },
  {
    id: 'fr-poser-ses-valises',
    sourceLang: 'fr',
    source: 'poser ses valises',
    kind: 'idiom',
    literals: {en: ['put down his suitcases', 'put down her suitcases', 'put down their suitcases', 'put down its suitcases', 'put his suitcases down', 'put her suitcases down', 'put their suitcases down', 'lay down his suitcases', 'lay down their suitcases', 'put his suitcases', 'put her suitcases', 'put their suitcases', 'put its suitcases', 'put down his suitcase', 'put down her suitcase', 'put down their suitcase']},
    expected: {en: ['settle', 'move to']},
    meaning: 'to settle somewhere (often of a player joining a club)',
    confidence: 'high',
    guard: {unlessNear: ['airport', 'hotel', 'luggage', 'bags', 'bag', 'flight', 'station', 'taxi', 'room', 'train', 'car', 'boot', 'trunk', 'plane', 'security', 'customs', 'conveyor', 'check-in']}
  },
  {
    id: 'fr-enfoncer-des-portes-ouvertes',
    sourceLang: 'fr',
    source: 'enfoncer des portes ouvertes',
    kind: 'idiom',
    literals: {en: ['break down open doors', 'knock down open doors', 'kick in open doors', 'push in open doors', 'break through open doors', 'sink open doors', 'drive in open doors', 'batter down open doors', 'smash in open doors', 'breaking down an open door', 'break down an open door', 'knock down an open door', 'push in an open door', 'kick in an open door', 'force open doors that are already open', 'force an open door']},
    expected: {en: ['state the obvious']},
    meaning: 'to state the obvious',
    confidence: 'high'
  },
  {
    id: 'fr-avoir-maille-a-partir',
    sourceLang: 'fr',
    source: 'avoir maille à partir avec',
    kind: 'idiom',
    literals: {en: ['mesh to part with', 'mesh to leave with', 'mesh to split with', 'mesh to share with', 'mesh to go with', 'stitch to part with', 'stitch to leave with', 'mail to part with', 'mail to leave with', 'a mesh to part with', 'meshes to part with', 'maille à partir with', 'maille a partir with']},
    expected: {en: ['be at odds with', 'clash with']},
    meaning: 'to be in conflict with',
    confidence: 'high'
  },
  {
    id: 'fr-coup-de-theatre',
    sourceLang: 'fr',
    source: 'un coup de théâtre',
    kind: 'idiom',
    literals: {en: ['theatre stroke', 'theater stroke', 'stroke of theatre', 'stroke of theater', 'blow of theatre', 'blow of theater', 'theatre blow', 'theater blow', 'theatrical blow', 'theatre hit', 'theater hit', 'hit of theatre', 'hit of theater', 'theatre shot', 'theater shot', 'theatrical stroke']},
    expected: {en: ['dramatic twist', 'bombshell']},
    meaning: 'a dramatic turn of events',
    confidence: 'high',
    guard: {unlessNear: ['actor', 'actors', 'actress', 'stage', 'broadway', 'playwright', 'audience', 'west', 'musical', 'box-office', 'tickets', 'reviews', 'critic', 'critics']}
  },
  {
    id: 'fr-revoir-sa-copie',
    sourceLang: 'fr',
    source: 'revoir sa copie',
    kind: 'idiom',
    literals: {en: ['review its copy', 'review their copy', 'review his copy', 'review her copy', 'review your copy', 'review our copy', 'revise its copy', 'revise their copy', 'revise his copy', 'revise her copy', 'rework its copy', 'rework their copy', 'rework his copy', 'redo its copy', 'redo their copy', 'redo his copy', 'see its copy again', 'go back over its copy', 'rewrite its copy', 'rewrite their copy', 'reconsider its copy', 'reconsider their copy']},
    expected: {en: ['go back to the drawing board', 'rethink its plans']},
    meaning: 'to go back to the drawing board',
    confidence: 'high',
    guard: {unlessNear: ['editor', 'editors', 'proofread', 'proofreading', 'manuscript', 'typos', 'sub-editor', 'copywriter', 'copywriters', 'advertising', 'advert', 'ad', 'student', 'students', 'exam', 'teacher', 'marking']}
  },
  {
    id: 'fr-croix-et-la-banniere',
    sourceLang: 'fr',
    source: "c'est la croix et la bannière",
    kind: 'idiom',
    literals: {en: ['the cross and the banner', 'cross and the banner', 'the cross and banner', 'the cross and the bannière']},
    expected: {en: ['a real ordeal', 'an uphill struggle']},
    meaning: 'a real ordeal',
    confidence: 'high',
    guard: {unlessNear: ['church', 'procession', 'processions', 'religious', 'crusade', 'crusaders', 'flag', 'flags', 'heraldry', 'pilgrims', 'priest', 'bishop', 'altar']}
  },
  {
    id: 'fr-du-coq-a-l-ane',
    sourceLang: 'fr',
    source: "sauter du coq à l'âne",
    kind: 'idiom',
    literals: {en: ['from the rooster to the donkey', 'from the cock to the donkey', 'from cock to donkey', 'from rooster to donkey', 'from the cock to the ass', 'from cock to ass', 'from the rooster to the ass', 'from the cockerel to the donkey', 'from the coq to the donkey', 'from coq to ane']},
    expected: {en: ['from one subject to another']},
    meaning: 'jumping from one subject to another',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'farmyard', 'animals', 'barn', 'zoo']}
  },
  {
    id: 'fr-avoir-eu-chaud',
    sourceLang: 'fr',
    source: "on a eu chaud",
    kind: 'idiom',
    literals: {en: ["we were very hot", "we had very hot", "we had hot", "we were hot", "we had a very hot", "we had a hot one"]},
    expected: {en: ["that was a close call", "we had a narrow escape"]},
    meaning: "a close call",
    confidence: 'low',
    guard: {onlyNear: ['metres', 'meters', 'ravine', 'accident', 'crash', 'skidded', 'slid', 'nearly', 'almost', 'could have', 'close', 'bus', 'car', 'brakes', 'cliff', 'overturned', 'swerved'], unlessNear: ['heat', 'heatwave', 'degrees', 'sun', 'temperature', 'temperatures', 'summer', 'air-conditioning', 'radiator', 'fever', 'coats', 'sweat', 'sweating'], window: 20}
  },
  {
    id: 'fr-baisser-les-bras',
    sourceLang: 'fr',
    source: "baisser les bras",
    kind: 'idiom',
    literals: {en: ["lower the arms", "lowered the arms", "lowering the arms", "lowers the arms", "lower our arms", "lower their arms", "lowered their arms", "will not lower the arms"]},
    expected: {en: ["give up"]},
    meaning: "to give up",
    confidence: 'high',
    guard: {unlessNear: ["police", "soldiers", "weapon", "weapons", "gun", "guns", "exercise", "stretch", "raise", "raised", "hands up", "surrender"]}
  },
  {
    id: 'fr-casser-du-sucre',
    sourceLang: 'fr',
    source: "casser du sucre sur le dos de",
    kind: 'idiom',
    literals: {en: ["broke sugar on the back of", "break sugar on the back of", "breaking sugar on the back of", "breaks sugar on the back of", "broken sugar on the back of", "broke sugar on the back", "break sugar on his back", "break sugar on her back"]},
    expected: {en: ["criticise behind their back", "run down"]},
    meaning: "to speak ill of someone",
    confidence: 'high'
  },
  {
    id: 'fr-la-tete-dans-le-guidon',
    sourceLang: 'fr',
    source: "avoir la tête dans le guidon",
    kind: 'idiom',
    literals: {en: ["head in the handlebars", "heads in the handlebars", "head in the handlebar", "the head in the handlebars", "my head in the handlebars", "our heads in the handlebars", "his head in the handlebars", "their heads in the handlebars"]},
    expected: {en: ["lose perspective", "be too caught up in the moment"]},
    meaning: "too absorbed to step back",
    confidence: 'high',
    guard: {unlessNear: ["bike", "bicycle", "cyclist", "crash", "fell", "fall", "injury", "accident", "rider", "helmet"]}
  }
]
