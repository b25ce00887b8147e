import type {CalqueEntry} from '../types.js'

/** Polish idioms of the press and of quoted speakers, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'pl-nie-moj-cyrk',
    sourceLang: 'pl',
    source: 'nie mój cyrk, nie moje małpy',
    kind: 'idiom',
    literals: {en: ['not my circus not my monkeys', 'not my circus and not my monkeys', 'not our circus not our monkeys', 'not my circus, not my monkeys', 'not my circus, not my apes'], fr: ['pas mon cirque, pas mes singes', 'pas mon cirque pas mes singes']},
    expected: {en: ['not my problem'], fr: ['pas mon problème', 'ce ne sont pas mes oignons']},
    meaning: 'not my problem',
    confidence: 'low',
    note: 'English has borrowed the saying, hence the low confidence.'
  },
  {
    id: 'pl-owijac-w-bawelne',
    sourceLang: 'pl',
    source: 'owijać w bawełnę',
    kind: 'idiom',
    literals: {en: ['wrap in cotton', 'wrapping in cotton', 'wrap it in cotton', 'wrapping it in cotton', 'wrap things in cotton', 'wrapping things in cotton', 'wrap anything in cotton', 'wrapped it in cotton', 'wraps it in cotton', 'wrap it up in cotton', 'wrap words in cotton', 'wrapping words in cotton'], fr: ['envelopper dans du coton', 'enveloppe dans du coton', 'emballer dans du coton']},
    expected: {en: ['beat around the bush'], fr: ['tourner autour du pot']},
    meaning: 'to beat around the bush (usually negated: to speak plainly)',
    confidence: 'high',
    guard: {unlessNear: ['wool', 'baby', 'babies', 'overprotective', 'protect', 'protected', 'fragile', 'bandage', 'gift', 'packaging', 'package', 'wound', 'injury', 'cold', 'mummy']}
  },
  {
    id: 'pl-trzymac-kciuki-keep',
    sourceLang: 'pl',
    source: 'trzymać kciuki',
    kind: 'idiom',
    literals: {en: ['keep thumbs', 'keeping thumbs', 'keep our thumbs', 'keep my thumbs', 'keep the thumbs', 'keep your thumbs', 'keeping our thumbs', 'keeping my thumbs', 'keep their thumbs', 'keeping their thumbs', 'we keep our thumbs', 'keep thumbs crossed', 'keep our thumbs crossed', 'keeping thumbs crossed', 'cross our thumbs', 'crossing our thumbs', 'cross my thumbs'], fr: ['tenir les pouces', 'je tiens les pouces', 'nous tenons les pouces', 'croiser les pouces']},
    expected: {en: ['keep our fingers crossed'], fr: ['croiser les doigts']},
    meaning: 'to keep one’s fingers crossed',
    confidence: 'high',
    guard: {unlessNear: ['grip', 'injury', 'injured', 'phone', 'controller', 'up', 'down', 'ring', 'rings']}
  },
  {
    id: 'pl-trzymac-kciuki-hold',
    sourceLang: 'pl',
    source: 'trzymać kciuki',
    kind: 'idiom',
    literals: {en: ['hold thumbs', 'holding thumbs', 'hold our thumbs', 'holding our thumbs', 'hold the thumbs', 'hold my thumbs', 'hold your thumbs', 'holding my thumbs', 'holding the thumbs', 'hold their thumbs', 'holding their thumbs']},
    expected: {en: ['keep our fingers crossed']},
    meaning: 'to keep one’s fingers crossed',
    confidence: 'low',
    guard: {unlessNear: ['grip', 'injury', 'injured', 'phone', 'controller', 'hitchhiking', 'hitchhiker', 'up', 'down']},
    note: 'South African English says "hold thumbs", hence the low confidence.'
  },
  {
    id: 'pl-muchy-w-nosie',
    sourceLang: 'pl',
    source: 'mieć muchy w nosie',
    kind: 'idiom',
    literals: {en: ['flies in his nose', 'flies in her nose', 'flies in the nose', 'flies in their nose', 'flies in their noses', 'flies in your nose', 'flies in my nose', 'flies up his nose', 'flies up her nose'], fr: ['des mouches dans le nez', 'mouches dans le nez']},
    expected: {en: ['in a huff', 'in a bad mood'], fr: ['de mauvais poil', 'boudeur']},
    meaning: 'to be in a huff, in a bad mood',
    confidence: 'high',
    guard: {unlessNear: ['insects', 'insect', 'swarm', 'swarms', 'mosquitoes', 'summer', 'horse', 'cow', 'cattle', 'larvae', 'infestation']}
  },
  {
    id: 'pl-groch-o-sciane',
    sourceLang: 'pl',
    source: 'jak grochem o ścianę',
    kind: 'idiom',
    literals: {en: ['throwing peas at the wall', 'throwing peas against the wall', 'throwing peas at a wall', 'throwing peas against a wall', 'throw peas at the wall', 'throw peas against the wall', 'peas against the wall', 'peas at the wall', 'peas against a wall', 'peas at a wall', 'peas on the wall', 'pea against the wall', 'peas into the wall'], fr: ['des petits pois contre le mur', 'lancer des pois contre le mur', 'pois contre le mur']},
    expected: {en: ['talking to a brick wall'], fr: ['parler à un mur', 'pisser dans un violon']},
    meaning: 'futile, like talking to a brick wall',
    confidence: 'high',
    guard: {unlessNear: ['food', 'fight', 'kitchen', 'children', 'toddler', 'toddlers', 'cafeteria', 'dinner', 'plate']}
  },
  {
    id: 'pl-gruszki-na-wierzbie',
    sourceLang: 'pl',
    source: 'obiecywać gruszki na wierzbie',
    kind: 'idiom',
    literals: {en: ['pears on the willow', 'pears on a willow', 'pears on willows', 'pears on willow', 'pears on the willows', 'pears growing on a willow', 'pears growing on the willow', 'pears on a willow tree', 'pears on the willow tree'], fr: ['des poires sur le saule', 'poires sur le saule', 'des poires sur un saule']},
    expected: {en: ['pie in the sky'], fr: ['la lune', 'monts et merveilles']},
    meaning: 'empty promises, pie in the sky',
    confidence: 'high'
  },
  {
    id: 'pl-wyjsc-na-prosta',
    sourceLang: 'pl',
    source: 'wyjść na prostą',
    kind: 'idiom',
    literals: {en: ['come out onto the straight', 'came out onto the straight', 'come out on the straight', 'came out on the straight', 'go out on the straight', 'went out on the straight', 'get out on the straight', 'got out onto the straight', 'get out onto the straight', 'go out onto the straight', 'went out onto the straight', 'come out to the straight', 'coming out onto the straight', 'emerge onto the straight', 'emerged onto the straight'], fr: ['sortir sur la ligne droite', 'sortir sur le droit']},
    expected: {en: ['get back on track', 'get back on its feet'], fr: ['sortir de l’ornière', 'se remettre à flot']},
    meaning: 'to get out of trouble, to get back on track',
    confidence: 'high',
    guard: {unlessNear: ['race', 'racing', 'lap', 'laps', 'car', 'horse', 'horses', 'driver', 'f1', 'track', 'finish', 'overtook', 'overtake', 'circuit', 'jockey', 'runner', 'runners', 'cyclist', 'cyclists', 'bend', 'corner']}
  },
  {
    id: 'pl-waz-w-kieszeni',
    sourceLang: 'pl',
    source: 'mieć węża w kieszeni',
    kind: 'idiom',
    literals: {en: ['a snake in the pocket', 'a snake in his pocket', 'a snake in her pocket', 'a snake in their pocket', 'a snake in their pockets', 'a snake in my pocket', 'a snake in your pocket', 'snakes in their pockets', 'a serpent in his pocket'], fr: ['un serpent dans la poche', 'un serpent dans sa poche']},
    expected: {en: ['tight-fisted', 'stingy'], fr: ['des oursins dans la poche', 'radin']},
    meaning: 'to be stingy, tight-fisted',
    confidence: 'high',
    guard: {unlessNear: ['zoo', 'reptile', 'reptiles', 'smuggling', 'smuggled', 'smuggler', 'customs', 'pet', 'python', 'venomous', 'bitten', 'bite', 'airport', 'snakes']}
  },
  {
    id: 'pl-piernik-do-wiatraka',
    sourceLang: 'pl',
    source: 'co ma piernik do wiatraka',
    kind: 'idiom',
    literals: {en: ['gingerbread to the windmill', 'gingerbread to a windmill', 'gingerbread have to do with a windmill', 'gingerbread has to do with a windmill', 'gingerbread have to do with the windmill', 'gingerbread has to do with the windmill', 'gingerbread have in common with a windmill', 'gingerbread has in common with a windmill', 'gingerbread and the windmill', 'gingerbread and a windmill', 'gingerbread with a windmill', 'gingerbread with the windmill'], fr: ["le pain d'épices au moulin", "pain d'épices avec le moulin à vent", "pain d'épices au moulin à vent"]},
    expected: {en: ['nothing to do with it', 'apples and oranges'], fr: ['rien à voir', 'sans rapport']},
    meaning: 'what does one thing have to do with the other? (a non sequitur)',
    confidence: 'high'
  },
  {
    id: 'pl-na-szarym-koncu',
    sourceLang: 'pl',
    source: 'na szarym końcu',
    kind: 'idiom',
    literals: {en: ['at the grey end', 'at the gray end', 'on the grey end', 'on the gray end', 'in the grey end', 'in the gray end', 'at the very grey end', 'at the very gray end'], fr: ['au bout gris', 'à la fin grise']},
    expected: {en: ['at the very bottom', 'dead last'], fr: ['en queue de peloton', 'bon dernier']},
    meaning: 'at the very bottom, dead last',
    confidence: 'high'
  },
  {
    id: 'pl-bulka-z-maslem',
    sourceLang: 'pl',
    source: 'bułka z masłem',
    kind: 'idiom',
    literals: {en: ['a roll with butter', 'a bun with butter', 'a bread roll with butter', 'a roll and butter', 'bun with butter', 'roll with butter', 'a buttered roll']},
    expected: {en: ['a piece of cake']},
    meaning: 'something very easy',
    confidence: 'high',
    guard: {unlessNear: ['breakfast', 'bakery', 'baker', 'ate', 'eat', 'eating', 'coffee', 'tea', 'jam', 'cheese', 'ham', 'menu', 'café', 'cafe', 'kitchen', 'sandwich', 'lunch', 'hungry', 'price', 'cost', 'costs', 'zloty', 'zlotys', 'złoty']}
  },
  {
    id: 'pl-w-maliny',
    sourceLang: 'pl',
    source: 'wpuścić kogoś w maliny',
    kind: 'idiom',
    literals: {en: ['into the raspberries', 'in the raspberries', 'into raspberries'], fr: ['dans les framboises', 'dans les framboisiers']},
    expected: {en: ['up the garden path'], fr: ['en bateau']},
    meaning: 'to lead someone up the garden path, to deceive',
    confidence: 'high',
    guard: {onlyNear: ['let', 'led', 'lead', 'leads', 'leading', 'lets', 'letting', 'took', 'take', 'taken', 'mené', 'menés'], unlessNear: ['garden', 'bush', 'bushes', 'picking', 'picked', 'fruit', 'farm', 'farmer', 'farmers', 'berries', 'field', 'fields', 'jam', 'harvest', 'birds', 'bird', 'dog', 'cream', 'yogurt', 'sugar'], window: 4}
  },
  {
    id: 'pl-slon-w-skladzie-porcelany',
    sourceLang: 'pl',
    source: 'jak słoń w składzie porcelany',
    kind: 'idiom',
    literals: {en: ['an elephant in a porcelain shop', 'an elephant in a porcelain store', 'an elephant in the porcelain shop', 'an elephant in a china warehouse', 'an elephant in a porcelain warehouse', 'an elephant in the porcelain warehouse', 'an elephant in a porcelain storehouse', 'an elephant in a china shop', 'an elephant in a china store'], fr: ['un éléphant dans un entrepôt de porcelaine', 'un éléphant dans un dépôt de porcelaine']},
    expected: {en: ['a bull in a china shop'], fr: ['un éléphant dans un magasin de porcelaine']},
    meaning: 'clumsy, tactless',
    confidence: 'high'
  }
]
