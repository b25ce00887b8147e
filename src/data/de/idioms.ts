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
    id: 'de-karren-an-die-wand',
    sourceLang: 'de',
    source: 'den Karren an die Wand fahren',
    kind: 'idiom',
    literals: {en: ['driving the cart against the wall', 'drive the cart against the wall', 'drove the cart against the wall', 'driven the cart against the wall', 'drive the cart into the wall', 'drove the cart into the wall']},
    expected: {en: ['running it into the ground']},
    meaning: 'to ruin something',
    confidence: 'high',
    note: '*Den Karren an die Wand fahren* (drive the cart into the wall): to run it into the ground.'
  },
  {
    id: 'de-wurst-hat-zwei',
    sourceLang: 'de',
    source: 'Alles hat ein Ende, nur die Wurst hat zwei',
    kind: 'idiom',
    literals: {en: ['only the sausage has two', 'the sausage has two', 'only a sausage has two ends']},
    expected: {en: ['all good things come to an end']},
    meaning: 'all good things come to an end',
    confidence: 'high',
    note: '*Alles hat ein Ende, nur die Wurst hat zwei* (everything has an end, only the sausage has two).'
  },
  {
    id: 'de-tiefer-in-die-tasche',
    sourceLang: 'de',
    source: 'tiefer in die Tasche greifen',
    kind: 'idiom',
    literals: {en: ['reach deeper into the pocket', 'reach deeper into their pocket', 'reach deeper into the pockets', 'reach deep into the pocket', 'grab deeper into the pocket', 'reaching deeper into the pocket']},
    expected: {en: ['dig deeper into their pockets', 'pay more']},
    meaning: 'to pay more',
    confidence: 'high',
    note: '*Tiefer in die Tasche greifen* (reach deeper into the pocket): to pay more.'
  },
  {
    id: 'de-schwein-gehabt',
    sourceLang: 'de',
    source: 'Schwein gehabt',
    kind: 'idiom',
    literals: {en: ['had enormous pig', 'had a lot of pig', 'had pig', 'had much pig', 'had huge pig', 'have had pig', 'had enormous luck pig']},
    expected: {en: ['were very lucky']},
    meaning: 'to be lucky',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'pork', 'roast', 'slaughter', 'pigs', 'sty']},
    note: '*Schwein gehabt* (had pig): been lucky.'
  },
  {
    id: 'de-glueck-im-unglueck',
    sourceLang: 'de',
    source: 'Glück im Unglück',
    kind: 'idiom',
    literals: {en: ['luck in the misfortune', 'luck in misfortune', 'luck in the bad luck', 'happiness in misfortune', 'happiness in unhappiness']},
    expected: {en: ['a stroke of luck', 'it could have been worse']},
    meaning: 'lucky in an accident',
    confidence: 'high',
    note: '*Glück im Unglück* (luck in misfortune): it could have been worse.'
  },
  {
    id: 'de-rechnung-ohne-wirt',
    sourceLang: 'de',
    source: 'die Rechnung ohne den Wirt machen',
    kind: 'idiom',
    literals: {en: ['made the bill without the host', 'make the bill without the host', 'making the bill without the host', 'made the bill without the landlord', 'made the calculation without the host', 'made the reckoning without the host', 'without the innkeeper']},
    expected: {en: ['reckoned without the people concerned', 'failed to consult those affected']},
    meaning: 'to plan without asking those who decide',
    confidence: 'high',
    note: '*Die Rechnung ohne den Wirt machen* (make the bill without the innkeeper): to reckon without someone.'
  },
  {
    id: 'de-auf-die-palme-object',
    sourceLang: 'de',
    source: 'jemanden auf die Palme bringen (with the object between)',
    kind: 'idiom',
    literals: {en: ['onto the palm tree', 'on the palm tree', 'up the palm tree', 'onto the palm', 'on the palm']},
    expected: {en: ['infuriated', 'drove them up the wall']},
    meaning: 'to infuriate someone',
    confidence: 'high',
    guard: {unlessNear: ['climb', 'climbed', 'climbing', 'coconut', 'coconuts', 'beach', 'garden', 'tree', 'leaves', 'fruit', 'cat', 'monkey', 'parrot']},
    note: '*Jemanden auf die Palme bringen* (bring someone onto the palm tree): to drive them up the wall.'
  },
  {
    id: 'de-kleinvieh-macht-mist',
    sourceLang: 'de',
    source: 'Kleinvieh macht auch Mist',
    kind: 'idiom',
    literals: {en: ['small cattle also makes dung', 'small cattle makes dung too', 'small cattle also make dung', 'small livestock also makes dung', 'small cattle also makes manure', 'small animals also make dung', 'small cattle make dung too']},
    expected: {en: ['every little helps', 'small amounts add up']},
    meaning: 'small amounts add up',
    confidence: 'high',
    note: '*Kleinvieh macht auch Mist* (small livestock makes dung too): every little helps.'
  },
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
    literals: {en: ['the cow off the ice', 'this cow off the ice', 'that cow off the ice', 'the cow from the ice', 'the cow is not yet off the ice', 'the cow is not off the ice', 'the cow is still on the ice', 'the cow is off the ice', 'the cow was off the ice'], fr: ['la vache de la glace', 'la vache hors de la glace']},
    expected: {en: ['the problem solved', 'the crisis defused'], fr: ["l'affaire réglée"]},
    meaning: 'to resolve a difficult situation',
    confidence: 'high',
    guard: {unlessNear: ['farmer', 'firefighters', 'rescued', 'rescue', 'frozen', 'lake', 'pond', 'vet', 'animal', 'slipped'], window: 10}
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
    literals: {en: ['not my beer', 'not our beer', 'not his beer', 'not her beer', 'not their beer', 'not your beer', "not the state's beer", "not the city's beer", "not the government's beer", "not the company's beer", "not the council's beer"]},
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
    literals: {en: ['press the thumbs', 'press his thumbs', 'press her thumbs', 'press your thumbs', 'pressing the thumbs', 'pressed the thumbs', 'presses the thumbs', 'press our thumbs', 'press my thumbs', 'press their thumbs', 'pressing our thumbs', 'pressing their thumbs', 'keep the thumbs pressed'], fr: ['presser les pouces', 'appuyer les pouces', 'je presse les pouces']},
    expected: {en: ['keep our fingers crossed', 'cross our fingers'], fr: ['croiser les doigts']},
    meaning: 'to wish someone luck',
    confidence: 'high',
    guard: {unlessNear: ['button', 'buttons', 'screen', 'phone', 'keyboard', 'controller', 'massage', 'grip']}
  },
  {
    id: 'de-ins-fettnaepfchen-treten',
    sourceLang: 'de',
    source: 'ins Fettnäpfchen treten',
    kind: 'idiom',
    literals: {en: ['step into the fat bowl', 'step into the fat pot', 'step into the grease pot', 'step into the grease bowl', 'step into a fat bowl', 'step into a fat pot', 'step into every fat bowl', 'step into every fat pot', 'step in the fat pot', 'step in the fat bowl', 'tread into the fat bowl', 'tread into the fat pot', 'step into the fettnäpfchen', 'step into the fat trap', 'step into the fat dish', 'step into a fat dish', 'step into the lard pot']},
    expected: {en: ['put their foot in it', 'make a gaffe']},
    meaning: 'to commit a faux pas',
    confidence: 'high'
  },
  {
    id: 'de-den-ruecken-staerken',
    sourceLang: 'de',
    source: 'jemandem den Rücken stärken',
    kind: 'idiom',
    literals: {en: ['strengthen the back of', 'strengthen the backs of', 'strengthen his back', 'strengthen her back', 'strengthen their back', 'strengthen their backs', 'strengthen its back', 'strengthen our back', 'strengthen my back', 'strengthen your back', 'strengthen the back for']},
    expected: {en: ['back', 'support']},
    meaning: 'to back someone up',
    confidence: 'high',
    guard: {unlessNear: ['muscles', 'muscle', 'exercise', 'exercises', 'physiotherapy', 'physiotherapist', 'pain', 'posture', 'yoga', 'spine', 'injury', 'gym', 'workout']}
  },
  {
    id: 'de-in-den-ruecken-fallen',
    sourceLang: 'de',
    source: 'jemandem in den Rücken fallen',
    kind: 'idiom',
    literals: {en: ['fall into his back', 'fall into her back', 'fall into their back', 'fall into our back', 'fall into my back', 'fall into your back', 'fall in his back', 'fall in her back', 'fall in their back', 'fall in our back', 'fall in the back of', 'fall into the back of', 'fall him in the back', 'fall them in the back']},
    expected: {en: ['stab in the back']},
    meaning: 'to betray someone',
    confidence: 'high',
    guard: {unlessNear: ['car', 'truck', 'van', 'lorry', 'vehicle', 'seat', 'yard', 'garden', 'room', 'pickup', 'trailer', 'stage', 'queue', 'line', 'class', 'hall']}
  },
  {
    id: 'de-aus-dem-ruder-laufen',
    sourceLang: 'de',
    source: 'aus dem Ruder laufen',
    kind: 'idiom',
    literals: {en: ['run out of the rudder', 'run out of rudder', 'run from the rudder', 'walk out of the rudder', 'get out of the rudder', 'go out of the rudder', 'run off the rudder', 'run out of the helm', 'walk off the rudder']},
    expected: {en: ['get out of hand', 'spiral out of control']},
    meaning: 'to get out of control',
    confidence: 'high'
  },
  {
    id: 'de-den-kuerzeren-ziehen',
    sourceLang: 'de',
    source: 'den Kürzeren ziehen',
    kind: 'idiom',
    literals: {en: ['pull the shorter', 'draw the shorter', 'pull the shorter one', 'draw the shorter one', 'pull the short one', 'draw the short one', 'pull the shorter end', 'draw the shorter end']},
    expected: {en: ['lose out', 'come off worse']},
    meaning: 'to lose out',
    confidence: 'high',
    guard: {unlessNear: ['straw', 'straws', 'line', 'lines', 'distance', 'route', 'path', 'lots', 'stick', 'sticks', 'rope', 'string']}
  },
  {
    id: 'de-auf-der-strecke-bleiben',
    sourceLang: 'de',
    source: 'auf der Strecke bleiben',
    kind: 'idiom',
    literals: {en: ['remain on the stretch', 'stay on the stretch', 'remain on the route', 'remain on the track', 'remain lying on the track', 'stay behind on the track', 'remain behind on the track', 'be left on the track', 'left lying on the track', 'stay lying on the track', 'stay by the wayside', 'remain by the wayside']},
    expected: {en: ['fall by the wayside', 'lose out']},
    meaning: 'to fall by the wayside, be neglected',
    confidence: 'high',
    guard: {unlessNear: ['race', 'racing', 'train', 'trains', 'runners', 'runner', 'cyclists', 'derailed', 'rail', 'railway', 'lap', 'laps', 'car', 'cars', 'driver', 'drivers', 'tram', 'locomotive', 'wagon', 'wagons']}
  },
  {
    id: 'de-naegel-mit-koepfen',
    sourceLang: 'de',
    source: 'Nägel mit Köpfen machen',
    kind: 'idiom',
    literals: {en: ['make nails with heads', 'nails with heads', 'do nails with heads', 'make nails with head']},
    expected: {en: ['do the job properly', 'take decisive action']},
    meaning: 'to do something properly and decisively',
    confidence: 'high',
    guard: {unlessNear: ['hammer', 'carpenter', 'carpentry', 'screws', 'wood', 'hardware', 'manicure', 'salon']}
  },
  {
    id: 'de-den-braten-riechen',
    sourceLang: 'de',
    source: 'den Braten riechen',
    kind: 'idiom',
    literals: {en: ['smell the roast', 'smell the roast early', 'smell the roast in time', 'smell the roast beforehand']},
    expected: {en: ['smell a rat']},
    meaning: 'to sense that something is wrong',
    confidence: 'high',
    guard: {unlessNear: ['kitchen', 'oven', 'dinner', 'cooking', 'cook', 'sunday', 'christmas', 'meat', 'lunch', 'restaurant', 'chef', 'delicious', 'pork', 'beef', 'lamb', 'chicken', 'turkey']}
  },
  {
    id: 'de-klartext-reden',
    sourceLang: 'de',
    source: 'Klartext reden / Tacheles reden',
    kind: 'idiom',
    literals: {en: ['speak plain text', 'talk plain text', 'speak clear text', 'talk clear text', 'speak plaintext', 'talk plaintext', 'talk tacheles', 'speak tacheles', 'talk tachles', 'speak in plain text', 'talk in plain text', 'spoke clear text']},
    expected: {en: ['speak plainly', 'talk straight']},
    meaning: 'to speak frankly',
    confidence: 'high',
    guard: {unlessNear: ['encryption', 'encrypted', 'password', 'passwords', 'cipher', 'software', 'computer', 'file', 'files', 'data']}
  },
  {
    id: 'de-huehnchen-rupfen',
    sourceLang: 'de',
    source: 'mit jemandem ein Hühnchen rupfen',
    kind: 'idiom',
    literals: {en: ['pluck a chicken with', 'pluck a little chicken with', 'pluck a hen with', 'chicken to pluck with', 'little chicken to pluck with', 'hen to pluck with', 'pluck a chick with', 'pluck a small chicken with']},
    expected: {en: ['have a bone to pick with']},
    meaning: 'to have a grievance to settle with someone',
    confidence: 'high'
  },
  {
    id: 'de-suppe-ausloeffeln',
    sourceLang: 'de',
    source: 'die Suppe auslöffeln',
    kind: 'idiom',
    literals: {en: ['spoon out the soup', 'spoon up the soup', 'spoon out this soup', 'spoon up this soup', 'eat the soup they cooked', 'eat up the soup', 'spoon out the soup they', 'ladle out the soup they', 'spoon the soup out', 'spoon out the soup he', 'spoon out the soup that']},
    expected: {en: ['face the music', 'bear the consequences']},
    meaning: 'to bear the consequences',
    confidence: 'high',
    guard: {unlessNear: ['kitchen', 'homeless', 'volunteers', 'bowl', 'bowls', 'charity', 'shelter', 'canteen', 'restaurant', 'patients', 'pot']}
  },
  {
    id: 'de-weit-aus-dem-fenster-lehnen',
    sourceLang: 'de',
    source: 'sich (weit) aus dem Fenster lehnen',
    kind: 'idiom',
    literals: {en: ['lean far out of the window', 'lean too far out of the window', 'lean very far out of the window', 'lean quite far out of the window', 'lean himself far out of the window', 'lean themselves far out of the window', 'lean itself far out of the window', 'lean out of the window too far', 'lean far out the window', 'lean too far out the window', 'lean out of the window with']},
    expected: {en: ['stick their neck out', 'go out on a limb']},
    meaning: 'to take a risk by committing oneself publicly',
    confidence: 'low',
    guard: {unlessNear: ['train', 'car', 'balcony', 'fell', 'fall', 'falling', 'sill', 'shouted', 'waved', 'wave', 'house', 'apartment', 'floor', 'storey', 'story', 'bus', 'flat', 'child', 'toddler']}
  },
  {
    id: 'de-auf-die-palme-bringen',
    sourceLang: 'de',
    source: 'jemanden auf die Palme bringen',
    kind: 'idiom',
    literals: {en: ['bring onto the palm', 'bring onto the palm tree', 'bring to the palm tree', 'bring up the palm tree', 'drive onto the palm tree', 'drive up the palm tree', 'bring him onto the palm', 'bring her onto the palm', 'bring them onto the palm', 'bring me onto the palm', 'bring him up the palm tree', 'bring them up the palm tree', 'bring me up the palm tree', 'bring him to the palm tree', 'bring them to the palm tree', 'drive him up the palm tree', 'drive them up the palm tree', 'drive me up the palm tree', 'drive him onto the palm tree', 'drive them onto the palm tree']},
    expected: {en: ['drive up the wall', 'infuriate']},
    meaning: 'to infuriate someone',
    confidence: 'high',
    guard: {unlessNear: ['climb', 'climbed', 'climbing', 'coconut', 'coconuts', 'beach', 'monkey', 'cat', 'fruit', 'dates', 'gardener', 'crane', 'truck']}
  },
  {
    id: 'de-die-nase-voll-haben',
    sourceLang: 'de',
    source: 'die Nase voll haben',
    kind: 'idiom',
    literals: {en: ['have the nose full', 'have the nose completely full', 'have the nose really full', 'have their nose full', 'have their noses full', 'have his nose full', 'have her nose full', 'have my nose full', 'have our noses full', 'have our nose full', 'have your nose full', 'have the noses full', 'have their noses completely full', 'have had the nose full', 'has the nose full', 'has the nose completely full', 'has the nose really full', 'has their nose full', 'has their noses full', 'has his nose full', 'has her nose full', 'has my nose full', 'has our noses full', 'has our nose full', 'has your nose full', 'has the noses full', 'has their noses completely full']},
    expected: {en: ['be fed up', 'have had enough']},
    meaning: 'to be fed up',
    confidence: 'high',
    guard: {unlessNear: ['cold', 'flu', 'blood', 'mucus', 'allergy', 'allergies', 'sneezing', 'congested']}
  },
  {
    id: 'de-hand-und-fuss-haben',
    sourceLang: 'de',
    source: 'Hand und Fuß haben',
    kind: 'idiom',
    literals: {en: ['have hand and foot', 'have hands and feet', 'have neither hand nor foot', 'have no hand and foot', 'have hand and feet', 'have got hand and foot', 'has hand and foot', 'has hands and feet', 'has neither hand nor foot', 'has no hand and foot', 'has hand and feet', 'has got hand and foot']},
    expected: {en: ['hold water', 'be well thought out']},
    meaning: 'to be well founded, to make sense',
    confidence: 'high',
    guard: {unlessNear: ['robot', 'robots', 'fingers', 'toes', 'swollen', 'injured', 'arms', 'legs', 'monkey', 'monkeys', 'body', 'bound', 'tied', 'chained', 'disease', 'mouth', 'rash', 'prosthetic', 'prostheses']}
  },
  {
    id: 'de-ins-leere-laufen',
    sourceLang: 'de',
    source: 'ins Leere laufen',
    kind: 'idiom',
    literals: {en: ['run into the void', 'run into emptiness', 'run into the empty', 'run into nothingness', 'run into the emptiness', 'go into the void', 'run into empty space']},
    expected: {en: ['come to nothing', 'fall flat']},
    meaning: 'to come to nothing',
    confidence: 'high'
  },
  {
    id: 'de-mit-einem-blauen-auge-davonkommen',
    sourceLang: 'de',
    source: 'mit einem blauen Auge davonkommen',
    kind: 'idiom',
    literals: {en: ['get away with a blue eye', 'got away with a blue eye', 'escape with a blue eye', 'come away with a blue eye', 'came away with a blue eye', 'came off with a blue eye', 'came out with a blue eye', 'come off with a blue eye', 'get off with a blue eye', 'off with a blue eye', 'away with a blue eye', 'come out with a blue eye', 'emerge with a blue eye']},
    expected: {en: ['escape lightly', 'get off lightly']},
    meaning: 'to escape with little damage',
    confidence: 'high',
    guard: {unlessNear: ['punched', 'punch', 'fight', 'fists', 'assault', 'assaulted', 'brawl', 'attacked', 'bruise', 'bruised', 'bruises', 'swollen', 'boxer', 'boxing']}
  },
  {
    id: 'de-auf-augenhoehe',
    sourceLang: 'de',
    source: 'auf Augenhöhe',
    kind: 'idiom',
    literals: {en: ['at eye level', 'on eye level', 'at eye height', 'on eye height', 'on an eye level', 'at an eye level']},
    expected: {en: ['on an equal footing', 'as equals']},
    meaning: 'on an equal footing',
    confidence: 'low',
    guard: {
      onlyNear: ['talks', 'talk', 'negotiate', 'negotiations', 'partners', 'partner', 'partnership', 'dialogue', 'meet', 'meeting', 'relations', 'cooperation', 'government', 'china', 'russia', 'europe', 'countries', 'africa', 'unions', 'employers', 'washington', 'berlin', 'alliance'],
      unlessNear: ['shelf', 'shelves', 'camera', 'sign', 'signs', 'display', 'placed', 'hung', 'mounted', 'children', 'child', 'screen', 'monitor', 'photo', 'lens', 'painting', 'wall']
    },
    note: '"Auf Augenhöhe" (at eye level) means "on an equal footing" in German political language.'
  },
  {
    id: 'de-auf-den-schlips-treten',
    sourceLang: 'de',
    source: 'jemandem auf den Schlips treten',
    kind: 'idiom',
    literals: {en: ['step on the tie', 'step on his tie', 'step on her tie', 'step on their tie', 'step on their ties', 'step on your tie', 'step on my tie', 'step on our ties', 'step on the ties', 'tread on the tie', 'tread on his tie', 'tread on their tie', 'tread on their ties', 'step on the tie of', 'step on the ties of', 'step on anyone\'s tie', 'step on someone\'s tie', 'step on somebody\'s tie', 'tread on anyone\'s tie', 'tread on someone\'s tie']},
    expected: {en: ['tread on their toes', 'offend']},
    meaning: 'to offend someone',
    confidence: 'high'
  },
  {
    id: 'de-luft-nach-oben',
    sourceLang: 'de',
    source: 'Luft nach oben',
    kind: 'idiom',
    literals: {en: ['air upwards', 'air upward', 'air to the top', 'air towards the top', 'air toward the top', 'plenty of air upwards', 'more air upwards', 'lots of air upwards', 'a lot of air upwards', 'air towards above']},
    expected: {en: ['room for improvement']},
    meaning: 'room for improvement',
    confidence: 'high',
    guard: {unlessNear: ['balloon', 'smoke', 'heat', 'rises', 'rise', 'warm', 'hot', 'vent', 'vents', 'ventilation', 'flow', 'pump', 'pumped', 'blow', 'blown', 'mountain', 'altitude', 'climbers', 'thin', 'oxygen', 'chimney']}
  },
  {
    id: 'de-unter-dach-und-fach',
    sourceLang: 'de',
    source: 'unter Dach und Fach',
    kind: 'idiom',
    literals: {en: ['under roof and compartment', 'under roof and subject', 'under roof and shelf', 'under roof and tray', 'under roof and fach', 'under roof and cover', 'under roof and field', 'under roof and department', 'under roof and box', 'under roof and drawer', 'under roof and trade', 'under roof and bin', 'under roof and compartments', 'under the roof and compartment', 'under the roof and subject']},
    expected: {en: ['signed and sealed', 'in the bag']},
    meaning: 'finalised, settled',
    confidence: 'high'
  },
  {
    id: 'de-in-trockenen-tuechern',
    sourceLang: 'de',
    source: 'in trockenen Tüchern',
    kind: 'idiom',
    literals: {en: ['in dry cloths', 'in dry towels', 'in dry cloth', 'in dry sheets', 'in dry wipes', 'in dry linen', 'in dry tissues', 'in dry scarves', 'in the dry cloths', 'in the dry towels', 'into dry cloths', 'into dry towels']},
    expected: {en: ['in the bag', 'signed and sealed']},
    meaning: 'safely concluded',
    confidence: 'high',
    guard: {unlessNear: ['wrapped', 'wrap', 'wrapping', 'baby', 'babies', 'newborn', 'wound', 'wounds', 'wet', 'sweat', 'washing', 'laundry', 'soaked', 'rain', 'changed', 'change', 'shivering', 'hypothermia', 'swim', 'swimmers', 'rescued', 'blankets']}
  },
  {
    id: 'de-schnee-von-gestern',
    sourceLang: 'de',
    source: 'Schnee von gestern',
    kind: 'idiom',
    literals: {en: ['snow of yesterday', 'snow from yesterday', "yesterday's snow", 'snow of the day before', 'snow from the day before yesterday', 'snow of the past']},
    expected: {en: ['old news', 'water under the bridge']},
    meaning: 'old news, no longer relevant',
    confidence: 'high',
    guard: {unlessNear: ['weather', 'inches', 'cm', 'centimetres', 'centimeters', 'roads', 'road', 'melted', 'melt', 'melting', 'shovel', 'shovelled', 'ski', 'skiing', 'slopes', 'temperatures', 'cold', 'ice', 'icy', 'fell', 'fallen', 'plough', 'plow', 'snowfall', 'frozen', 'freezing', 'flakes', 'avalanche', 'sledding', 'snowman', 'traffic']}
  },
  {
    id: 'de-am-laengeren-hebel-sitzen',
    sourceLang: 'de',
    source: 'am längeren Hebel sitzen',
    kind: 'idiom',
    literals: {en: ['on the longer lever', 'at the longer lever', 'the longer end of the lever', 'longer end of the lever', 'sit on the longer lever', 'sit at the longer lever', 'by the longer lever', 'on the long lever', 'at the long lever', 'sit on the long lever']},
    expected: {en: ['have the upper hand', 'hold the stronger hand']},
    meaning: 'to be in the stronger position',
    confidence: 'high',
    guard: {unlessNear: ['physics', 'mechanical', 'mechanics', 'crane', 'machine', 'brake', 'gear', 'fulcrum', 'torque', 'engineers', 'pump']}
  },
  {
    id: 'de-gras-ueber-die-sache-wachsen',
    sourceLang: 'de',
    source: 'Gras über die Sache wachsen lassen',
    kind: 'idiom',
    literals: {en: ['grass grow over the matter', 'grass grow over the affair', 'grass grow over the thing', 'grass grow over the issue', 'grass grow over the case', 'grass grow over the scandal', 'grass grow over the story', 'grass has grown over the matter', 'grass has grown over the affair', 'grass has grown over the issue', 'grass has grown over the scandal', 'grass has grown over the case', 'grass had grown over the matter', 'grass to grow over the matter', 'grass to grow over the affair', 'grass grow over it']},
    expected: {en: ['let the dust settle', 'let the matter be forgotten']},
    meaning: 'to let a matter be forgotten',
    confidence: 'high',
    guard: {unlessNear: ['graves', 'grave', 'ruins', 'runway', 'tracks', 'abandoned', 'garden', 'lawn', 'meadow', 'field', 'fields', 'seeds']}
  },
  {
    id: 'de-den-ball-flach-halten',
    sourceLang: 'de',
    source: 'den Ball flach halten',
    kind: 'idiom',
    literals: {en: ['keep the ball flat', 'keep the ball flatter', 'keep the balls flat', 'hold the ball flat', 'keep the ball low and flat']},
    expected: {en: ['keep a low profile', 'play it down']},
    meaning: 'to keep a low profile, avoid overstatement',
    confidence: 'high',
    guard: {unlessNear: ['pitch', 'football', 'soccer', 'passes', 'pass', 'passing', 'shot', 'shots', 'header', 'striker', 'strikers', 'goal', 'goalkeeper', 'volley', 'kick', 'kicked', 'inflated', 'inflate', 'pump', 'tyre', 'tire', 'golf']}
  },
  {
    id: 'de-auf-die-finger-schauen',
    sourceLang: 'de',
    source: "jemandem auf die Finger schauen",
    kind: 'idiom',
    literals: {en: ["look on {someone} fingers", "look closely on {someone} fingers", "looking on {someone} fingers", "looked on {someone} fingers", "watch on {someone} fingers", "look closer on {someone} fingers", "look more closely on {someone} fingers", "look on the fingers"]},
    expected: {en: ["keep a close eye on", "watch closely"]},
    meaning: "to watch someone closely",
    confidence: 'high'
  },
  {
    id: 'de-schwarzer-peter',
    sourceLang: 'de',
    source: "den Schwarzen Peter zuschieben",
    kind: 'idiom',
    literals: {en: ["push the black peter", "pushing the black peter", "pushes the black peter", "pushed the black peter", "pass the black peter", "passing the black peter", "passed the black peter", "passes the black peter", "shove the black peter", "shoving the black peter", "shoved the black peter", "give {someone} the black peter", "gave {someone} the black peter", "giving {someone} the black peter", "push {someone} the black peter", "pushed {someone} the black peter"]},
    expected: {en: ["passing the buck", "shifting the blame"]},
    meaning: "to shift the blame onto someone else",
    confidence: 'high'
  },
  {
    id: 'de-geht-vor',
    sourceLang: 'de',
    source: "Sicherheit geht vor (allem)",
    kind: 'idiom',
    literals: {en: ["goes before everything", "go before everything", "goes before all else", "goes before all", "went before everything"]},
    expected: {en: ["comes first"]},
    meaning: "X takes priority over everything else",
    confidence: 'high'
  },
  {
    id: 'de-schuss-in-den-ofen',
    sourceLang: 'de',
    source: "ein Schuss in den Ofen",
    kind: 'idiom',
    literals: {en: ["a shot into the oven", "a shot in the oven", "shot into the oven", "shot in the oven"]},
    expected: {en: ["a complete flop"]},
    meaning: "a complete failure",
    confidence: 'high'
  },
  {
    id: 'de-die-quittung-bekommen',
    sourceLang: 'de',
    source: "die Quittung bekommen",
    kind: 'idiom',
    literals: {en: ["now we are getting the receipt", "now we get the receipt", "now they are getting the receipt", "now they get the receipt", "we are now getting the receipt", "they are now getting the receipt", "is now getting the receipt", "now he is getting the receipt", "now she is getting the receipt"]},
    expected: {en: ["paying the price"]},
    meaning: "suffering the consequences",
    confidence: 'high',
    guard: {unlessNear: ["shop", "store", "purchase", "purchased", "bought", "buy", "cashier", "refund", "tax", "invoice", "receipts", "till", "checkout"]}
  }
]
