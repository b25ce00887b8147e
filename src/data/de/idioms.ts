import type {CalqueEntry} from '../types.js'

/**
 * Words next to "every third" that show a proportion (*fast jeder dritte
 * Container*, *jeder dritte Deutsche*) rather than a sequence.
 */
const proportionCues: readonly string[] = [
  'almost', 'nearly', 'roughly', 'around', 'about', 'approximately', 'already', 'now', 'fast', 'presque', 'près',
  'german', 'austrian', 'swiss', 'company', 'firm', 'business', 'household', 'citizen', 'respondent', 'child', 'pupil', 'student',
  'woman', 'man', 'employee', 'worker', 'voter', 'pensioner', 'patient', 'doctor', 'container', 'car', 'apartment', 'flat', 'euro',
  'job', 'hospital', 'school', 'municipality', 'farm', 'allemand', 'entreprise', 'ménage', 'salarié'
]

/** Words next to "every third" that show a sequence ("every third day"). */
const sequenceCues: readonly string[] = ['day', 'week', 'month', 'year', 'minute', 'hour', 'row', 'line', 'page', 'time', 'round', 'jour', 'semaine', 'mois', 'année']

/** German idioms and set phrases of the press, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'de-da-liegt-der-hund-begraben',
    sourceLang: 'de',
    source: 'Da liegt der Hund begraben',
    kind: 'idiom',
    literals: {
      en: ['that is where the dog is buried', "that's where the dog is buried", 'this is where the dog is buried', 'that is where the dog lies buried', "that's where the dog lies buried", 'there lies the dog buried', 'here lies the dog buried', 'there the dog is buried', 'that is where the dog is buried'],
      fr: ["c'est là que le chien est enterré", 'là est enterré le chien', 'là gît le chien', "c'est là que gît le chien"]
    },
    expected: {en: ['that is the heart of the problem', 'that is the crux of the matter'], fr: ["c'est là que le bât blesse", 'voilà le nœud du problème']},
    meaning: 'that is the root of the problem',
    confidence: 'high',
    guard: {unlessNear: ['pet', 'grave', 'cemetery', 'garden', 'vet', 'owner', 'puppy']}
  },
  {
    id: 'de-tomaten-auf-den-augen',
    sourceLang: 'de',
    source: 'Tomaten auf den Augen haben',
    kind: 'idiom',
    literals: {
      en: ['tomatoes on its eyes', 'tomatoes on his eyes', 'tomatoes on her eyes', 'tomatoes on their eyes', 'tomatoes on your eyes', 'tomatoes on the eyes', 'tomatoes on my eyes', 'tomatoes on our eyes', 'tomatoes in front of their eyes'],
      fr: ['des tomates sur les yeux', 'tomates sur les yeux']
    },
    expected: {en: ['blinkers on', 'a blind spot'], fr: ['des œillères']},
    meaning: 'to be blind to something obvious',
    confidence: 'high'
  },
  {
    id: 'de-goldene-nase',
    sourceLang: 'de',
    source: 'sich eine goldene Nase verdienen',
    kind: 'idiom',
    literals: {en: ['a golden nose', 'golden noses', 'a gold nose'], fr: ["un nez d'or"]},
    expected: {en: ['a fortune', 'a killing'], fr: ['une fortune']},
    meaning: 'to make a fortune, to profit handsomely',
    confidence: 'high',
    guard: {unlessNear: ['statue', 'sculpture', 'clown', 'reindeer', 'rudolph', 'painted', 'perfume', 'perfumer', 'parfum', 'parfumeur', 'sommelier']}
  },
  {
    id: 'de-wurst-be',
    sourceLang: 'de',
    source: 'Das ist mir Wurst / wurscht',
    kind: 'idiom',
    literals: {en: ['be sausage to', 'be all sausage to', 'be completely sausage to', 'be totally sausage to'], fr: ['être saucisse pour']},
    expected: {en: ['not matter to'], fr: ['être égal à']},
    meaning: 'to be of no concern to someone',
    confidence: 'high'
  },
  {
    id: 'de-wurst-is',
    sourceLang: 'de',
    source: 'Das ist mir Wurst / wurscht',
    kind: 'idiom',
    literals: {en: ['is sausage to', 'is all sausage to', 'is completely sausage to', 'is totally sausage to', 'is sausage for'], fr: ['est saucisse pour', 'est saucisse à', "c'est saucisse pour moi"]},
    expected: {en: ['does not matter to', 'is all the same to'], fr: ['est égal à', "ça m'est égal"]},
    meaning: 'it is of no concern to someone',
    confidence: 'high'
  },
  {
    id: 'de-wurst-was',
    sourceLang: 'de',
    source: 'Das war mir Wurst',
    kind: 'idiom',
    literals: {en: ['was sausage to', 'was all sausage to', 'was completely sausage to']},
    expected: {en: ['did not matter to']},
    meaning: 'it was of no concern to someone',
    confidence: 'high'
  },
  {
    id: 'de-wurst-are',
    sourceLang: 'de',
    source: 'Das ist ihnen Wurst',
    kind: 'idiom',
    literals: {en: ['are sausage to', 'are all sausage to', 'are completely sausage to']},
    expected: {en: ['do not matter to']},
    meaning: 'they are of no concern to someone',
    confidence: 'high'
  },
  {
    id: 'de-baer-aufbinden-passive',
    sourceLang: 'de',
    source: 'sich einen Bären aufbinden lassen',
    kind: 'idiom',
    literals: {en: ['be tied a bear', 'be tied a bear on', 'been tied a bear', 'be bound a bear', 'be tied up a bear', 'being tied a bear'], fr: ['se laisser attacher un ours', 'se faire attacher un ours']},
    expected: {en: ['be fooled', 'be taken in'], fr: ['se laisser mener en bateau']},
    meaning: 'to be fooled, to fall for a tall story',
    confidence: 'high'
  },
  {
    id: 'de-baer-aufbinden',
    sourceLang: 'de',
    source: 'jemandem einen Bären aufbinden',
    kind: 'idiom',
    literals: {
      en: ['tie a bear on', 'tied a bear on', 'tie you a bear', 'tie us a bear', 'tied us a bear', 'tie them a bear', 'tied them a bear', 'tie him a bear', 'tied him a bear', 'tie her a bear', 'tie me a bear', 'tied me a bear', 'tie someone a bear', 'tying a bear on', 'bind a bear on', 'bound a bear on', 'bind you a bear', 'tied you a bear'],
      fr: ['attacher un ours', 'nous attacher un ours', 'vous attacher un ours']
    },
    expected: {en: ["pull someone's leg", 'tell someone a tall story'], fr: ['mener en bateau', 'raconter des salades']},
    meaning: 'to fool someone with a tall story',
    confidence: 'high'
  },
  {
    id: 'de-flinte-ins-korn',
    sourceLang: 'de',
    source: 'die Flinte ins Korn werfen',
    kind: 'idiom',
    literals: {
      en: ['the shotgun into the grain field', 'the shotgun into the grain', 'the shotgun into the corn', 'the shotgun into the cornfield', 'the shotgun in the corn', 'the rifle into the corn', 'the rifle into the grain', 'the rifle into the cornfield', 'the rifle in the corn', 'the gun into the corn', 'the gun into the grain', 'the gun in the corn', 'the flint into the grain', 'the flint into the corn', 'the flint in the corn', 'the musket into the corn'],
      fr: ['le fusil dans le blé', 'le fusil dans les blés', 'le fusil dans le champ de blé', 'la carabine dans le blé']
    },
    expected: {en: ['in the towel'], fr: ["l'éponge"]},
    meaning: 'to give up',
    confidence: 'high',
    guard: {unlessNear: ['police', 'suspect', 'murder', 'weapon', 'investigators', 'arrested', 'shooting', 'found', 'discarded', 'hunter', 'hunters', 'victim'], window: 12}
  },
  {
    id: 'de-unter-vier-augen',
    sourceLang: 'de',
    source: 'unter vier Augen',
    kind: 'idiom',
    literals: {en: ['under four eyes', 'among four eyes', 'below four eyes'], fr: ['sous quatre yeux']},
    expected: {en: ['in private', 'one on one'], fr: ['en tête-à-tête', 'entre quatre yeux']},
    meaning: 'privately, just the two of them',
    confidence: 'high'
  },
  {
    id: 'de-schwein-haben-had',
    sourceLang: 'de',
    source: 'Schwein haben',
    kind: 'idiom',
    literals: {en: ['had pig', 'had a lot of pig', 'had swine', 'had more pig than', 'had really pig']},
    expected: {en: ['got lucky', 'were lucky']},
    meaning: 'to be lucky',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'farmers', 'pork', 'roast', 'roasted', 'meat', 'dinner', 'lunch', 'ate', 'eat', 'barbecue', 'grilled', 'sty', 'piglets', 'feed', 'slaughter', 'menu'], window: 8}
  },
  {
    id: 'de-schwein-haben',
    sourceLang: 'de',
    source: 'Schwein haben',
    kind: 'idiom',
    literals: {en: ['have pig', 'has pig', 'have swine', 'has swine', 'having pig', 'have a lot of pig']},
    expected: {en: ['be lucky', 'get lucky']},
    meaning: 'to be lucky',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'farmers', 'pork', 'roast', 'roasted', 'meat', 'dinner', 'lunch', 'ate', 'eat', 'barbecue', 'grilled', 'sty', 'piglets', 'feed', 'slaughter', 'menu'], window: 8}
  },
  {
    id: 'de-ins-gras-beissen',
    sourceLang: 'de',
    source: 'ins Gras beißen',
    kind: 'idiom',
    literals: {en: ['bite into the grass', 'bit into the grass', 'bites into the grass', 'biting into the grass', 'bitten into the grass', 'bite the grass', 'bit the grass', 'bites the grass', 'biting the grass', 'bitten the grass'], fr: ["mordre l'herbe", "mordu l'herbe", "mordre dans l'herbe"]},
    expected: {en: ['bite the dust', 'die'], fr: ['mordre la poussière']},
    meaning: 'to die (colloquial)',
    confidence: 'high',
    guard: {unlessNear: ['dog', 'horse', 'cow', 'cattle', 'sheep', 'goat', 'lawn', 'mower']}
  },
  {
    id: 'de-zwei-fliegen-mit-einer-klappe',
    sourceLang: 'de',
    source: 'zwei Fliegen mit einer Klappe schlagen',
    kind: 'idiom',
    literals: {en: ['two flies with one swat', 'two flies with one blow', 'two flies with one flap', 'two flies with one slap', 'two flies with one stroke', 'two flies with one swatter', 'two flies with one hit', 'two flies with one clap'], fr: ["deux mouches d'une tapette", "deux mouches d'un coup", "deux mouches d'un seul coup", 'deux mouches avec une tapette']},
    expected: {en: ['two birds with one stone'], fr: ["d'une pierre deux coups"]},
    meaning: 'to achieve two aims with one action',
    confidence: 'high'
  },
  {
    id: 'de-jeder-dritte',
    sourceLang: 'de',
    source: 'jeder dritte …',
    kind: 'phrase',
    literals: {en: ['every third'], fr: ['chaque troisième']},
    expected: {en: ['one in three'], fr: ['un sur trois']},
    meaning: 'one in three (*jeder dritte* + noun)',
    confidence: 'low',
    guard: {onlyNear: proportionCues, unlessNear: sequenceCues, window: 1},
    note: 'German *jeder dritte Container* is a proportion: English says "one in three containers" (plural noun).'
  },
  {
    id: 'de-jeder-vierte',
    sourceLang: 'de',
    source: 'jeder vierte …',
    kind: 'phrase',
    literals: {en: ['every fourth'], fr: ['chaque quatrième']},
    expected: {en: ['one in four'], fr: ['un sur quatre']},
    meaning: 'one in four (*jeder vierte* + noun)',
    confidence: 'low',
    guard: {onlyNear: proportionCues, unlessNear: sequenceCues, window: 1}
  },
  {
    id: 'de-jeder-fuenfte',
    sourceLang: 'de',
    source: 'jeder fünfte …',
    kind: 'phrase',
    literals: {en: ['every fifth'], fr: ['chaque cinquième']},
    expected: {en: ['one in five'], fr: ['un sur cinq']},
    meaning: 'one in five (*jeder fünfte* + noun)',
    confidence: 'low',
    guard: {onlyNear: proportionCues, unlessNear: sequenceCues, window: 1}
  },
  {
    id: 'de-so-ein-sprecher',
    sourceLang: 'de',
    source: '…, so ein Sprecher',
    kind: 'phrase',
    literals: {
      en: [
        'so a spokesperson', 'so a spokesman', 'so a spokeswoman', 'so a ministry spokesperson', 'so a ministry spokesman', 'so a ministry spokeswoman',
        'so a government spokesperson', 'so a government spokesman', 'so a government spokeswoman', 'so a company spokesperson', 'so a company spokesman',
        'so a company spokeswoman', 'so a police spokesperson', 'so a police spokesman', 'so a police spokeswoman', 'so a city spokesperson', 'so a city spokesman',
        'so the spokesperson', 'so the spokesman', 'so the spokeswoman', 'so a party spokesperson', 'so a party spokesman'
      ],
      fr: ['ainsi un porte-parole', 'ainsi un porte-parole du ministère', 'ainsi le porte-parole']
    },
    expected: {en: ['a spokesperson said'], fr: ['a indiqué un porte-parole']},
    meaning: '"…, so ein Sprecher": German attribution particle, "… a spokesperson said"',
    confidence: 'high',
    guard: {unlessNear: ['said', 'says', 'told', 'added', 'stated', 'explained', 'confirmed', 'declined', 'announced', 'was', 'will', 'would', 'had', 'could', 'went', 'came', 'called', 'spoke', 'issued', 'dit', 'était'], window: 3},
    note: 'German "…, so ein Sprecher des Ministeriums" attributes the preceding statement; English puts "a ministry spokesperson said".'
  },
  {
    id: 'de-auf-die-lange-bank',
    sourceLang: 'de',
    source: 'etwas auf die lange Bank schieben',
    kind: 'idiom',
    literals: {en: ['onto the long bench', 'on the long bench', 'to the long bench', 'onto the long bank', 'on the long bank']},
    expected: {en: ['on the back burner']},
    meaning: 'to put off, to shelve',
    confidence: 'high',
    guard: {unlessNear: ['sat', 'sit', 'sitting', 'seated', 'park', 'wooden', 'church', 'lay', 'lying', 'sleeping', 'slept', 'gym', 'river', 'west', 'bank'], window: 6}
  },
  {
    id: 'de-kuh-vom-eis',
    sourceLang: 'de',
    source: 'die Kuh vom Eis holen/bringen',
    kind: 'idiom',
    literals: {en: ['the cow off the ice', 'the cow from the ice'], fr: ['la vache de la glace', 'la vache hors de la glace']},
    expected: {en: ['the problem solved', 'the crisis defused'], fr: ["l'affaire réglée"]},
    meaning: 'to resolve a difficult situation',
    confidence: 'high',
    guard: {unlessNear: ['farmer', 'firefighters', 'fire', 'rescued', 'rescue', 'frozen', 'lake', 'pond', 'vet', 'animal', 'slipped'], window: 10}
  },
  {
    id: 'de-holzweg',
    sourceLang: 'de',
    source: 'auf dem Holzweg sein',
    kind: 'idiom',
    literals: {en: ['on the wooden path', 'on the wood path', 'on the wooden way', 'on the wood way', 'on a wooden path', 'on the timber path', 'on the timber track', 'on the logging path', 'on the wooden track']},
    expected: {en: ['on the wrong track']},
    meaning: 'to be mistaken',
    confidence: 'high',
    guard: {unlessNear: ['hikers', 'hiking', 'walk', 'walked', 'walking', 'forest', 'park', 'trail', 'garden', 'boardwalk', 'bridge', 'visitors'], window: 8}
  },
  {
    id: 'de-katze-im-sack',
    sourceLang: 'de',
    source: 'die Katze im Sack kaufen',
    kind: 'idiom',
    literals: {en: ['a cat in the sack', 'the cat in the sack', 'a cat in a sack', 'a cat in the bag', 'the cat in the bag'], fr: ['un chat dans le sac', 'le chat dans le sac']},
    expected: {en: ['a pig in a poke'], fr: ['chat en poche']},
    meaning: 'to buy something without inspecting it',
    confidence: 'high',
    guard: {unlessNear: ['pet', 'shelter', 'animal', 'kitten', 'kittens', 'drowned', 'abandoned', 'vet', 'rescued', 'out', 'let']}
  },
  {
    id: 'de-nicht-mein-bier',
    sourceLang: 'de',
    source: 'Das ist nicht mein Bier',
    kind: 'idiom',
    literals: {en: ['not my beer', 'not our beer', 'not his beer', 'not her beer', 'not their beer', 'not your beer']},
    expected: {en: ['not my problem', 'none of my business']},
    meaning: 'none of my business',
    confidence: 'high',
    guard: {unlessNear: ['drink', 'drank', 'drinking', 'glass', 'pint', 'bottle', 'ordered', 'brewery', 'bar', 'pub', 'taste', 'tastes', 'brand', 'lager', 'brew']}
  },
  {
    id: 'de-fuenf-vor-zwoelf',
    sourceLang: 'de',
    source: 'Es ist fünf vor zwölf',
    kind: 'idiom',
    literals: {en: ['five before twelve', 'five minutes before twelve'], fr: ['cinq avant douze', 'cinq minutes avant douze']},
    expected: {en: ['the eleventh hour', 'high time'], fr: ['moins une', 'plus que temps']},
    meaning: 'it is the last moment to act',
    confidence: 'high',
    guard: {unlessNear: ['clock', 'noon', 'midnight', 'morning', 'night', 'train', 'arrived', 'departed', 'left']}
  },
  {
    id: 'de-a-und-o',
    sourceLang: 'de',
    source: 'das A und O',
    kind: 'idiom',
    literals: {en: ['the a and o', 'the a and the o', 'the alpha and omega of'], fr: ["l'a et l'o", 'le a et le o']},
    expected: {en: ['the key', 'the be-all and end-all'], fr: ["l'essentiel", "l'alpha et l'oméga"]},
    meaning: 'the essential thing',
    confidence: 'high'
  },
  {
    id: 'de-milchmaedchenrechnung',
    sourceLang: 'de',
    source: 'die Milchmädchenrechnung',
    kind: 'phrase',
    literals: {en: ['milkmaid calculation', "milkmaid's calculation", 'milk maid calculation', "milk maid's calculation", 'milkmaid math', "milkmaid's math", 'milkmaid arithmetic', "milkmaid's arithmetic", 'milkmaid bill', "milkmaid's bill", 'milkmaid calculations', "milkmaid's calculations", 'milk girl calculation'], fr: ['un calcul de laitière', 'calcul de laitière', 'calcul de la laitière']},
    expected: {en: ['naive calculation', 'wishful arithmetic'], fr: ['calcul naïf', 'calcul simpliste']},
    meaning: 'a naive calculation that ignores important factors',
    confidence: 'high'
  },
  {
    id: 'de-eulen-nach-athen',
    sourceLang: 'de',
    source: 'Eulen nach Athen tragen',
    kind: 'idiom',
    literals: {en: ['owls to athens'], fr: ['des hiboux à athènes', 'des chouettes à athènes']},
    expected: {en: ['coals to Newcastle'], fr: ["de l'eau à la rivière"]},
    meaning: 'to do something superfluous',
    confidence: 'high'
  },
  {
    id: 'de-katzensprung',
    sourceLang: 'de',
    source: 'ein Katzensprung',
    kind: 'idiom',
    literals: {en: ["a cat's jump", 'a cat jump', "a cat's leap", 'a cat leap', "a cat's hop", "a cat's throw"]},
    expected: {en: ["a stone's throw"]},
    meaning: 'a very short distance',
    confidence: 'high',
    guard: {unlessNear: ['feline', 'pet', 'kitten', 'video', 'agility']}
  },
  {
    id: 'de-nur-bahnhof',
    sourceLang: 'de',
    source: 'Ich verstehe nur Bahnhof',
    kind: 'idiom',
    literals: {en: ['only understand train station', 'only understood train station', 'understand only train station', 'only understand station', 'only understand railway station', 'understood only train station'], fr: ['ne comprends que gare', 'comprends seulement gare']},
    expected: {en: ["it's all Greek to me"], fr: ["c'est de l'hébreu"]},
    meaning: 'I do not understand a thing',
    confidence: 'high'
  },
  {
    id: 'de-elefant-im-porzellanladen',
    sourceLang: 'de',
    source: 'wie ein Elefant im Porzellanladen',
    kind: 'idiom',
    literals: {en: ['an elephant in the porcelain shop', 'an elephant in a porcelain shop', 'an elephant in the porcelain store', 'an elephant in a porcelain store', 'an elephant in the china shop', 'an elephant in a china shop', 'an elephant in the china store']},
    expected: {en: ['a bull in a china shop']},
    meaning: 'clumsy, tactless',
    confidence: 'high'
  },
  {
    id: 'de-daumen-druecken',
    sourceLang: 'de',
    source: 'die Daumen drücken',
    kind: 'idiom',
    literals: {en: ['press the thumbs', 'pressing the thumbs', 'pressed the thumbs', 'presses the thumbs', 'press our thumbs', 'press my thumbs', 'press their thumbs', 'pressing our thumbs', 'pressing their thumbs', 'keep the thumbs pressed'], fr: ['presser les pouces', 'appuyer les pouces', 'je presse les pouces']},
    expected: {en: ['keep our fingers crossed', 'cross our fingers'], fr: ['croiser les doigts']},
    meaning: 'to wish someone luck',
    confidence: 'high',
    guard: {unlessNear: ['button', 'buttons', 'screen', 'phone', 'keyboard', 'controller', 'massage', 'grip']}
  }
]
