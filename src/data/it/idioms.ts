import type {CalqueEntry} from '../types.js'

/** Italian idioms of the press and of quoted speakers, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'it-in-bocca-al-lupo',
    sourceLang: 'it',
    source: 'in bocca al lupo',
    kind: 'idiom',
    literals: {en: ['in the mouth of the wolf', "in the wolf's mouth", "into the wolf's mouth", 'into the mouth of the wolf', 'in mouth to the wolf', 'in the mouth to the wolf'], fr: ['dans la bouche du loup']},
    expected: {en: ['good luck', 'break a leg'], fr: ['bonne chance', 'merde']},
    meaning: 'good luck',
    confidence: 'high',
    guard: {unlessNear: ['attacked', 'bitten', 'zoo', 'pack', 'teeth', 'fairy', 'tale', 'riding', 'hood', 'sheep', 'shepherd']}
  },
  {
    id: 'it-acqua-in-bocca',
    sourceLang: 'it',
    source: 'acqua in bocca',
    kind: 'idiom',
    literals: {en: ['water in the mouth', 'water in mouth', 'water in your mouth', 'water in our mouth', 'water in their mouths']},
    expected: {en: ['keep it quiet', "mum's the word"]},
    meaning: 'keep it secret',
    confidence: 'high',
    guard: {unlessNear: ['dentist', 'drink', 'drinking', 'swallow', 'swallowed', 'rinse', 'swimming', 'swim', 'drowning', 'pool', 'tooth', 'teeth', 'bottle', 'spit', 'dehydrated', 'gargle']}
  },
  {
    id: 'it-due-piccioni-con-una-fava',
    sourceLang: 'it',
    source: 'prendere due piccioni con una fava',
    kind: 'idiom',
    literals: {en: ['two pigeons with one bean', 'two pigeons with a bean', 'two pigeons with one broad bean', 'two pigeons with a broad bean', 'two pigeons with one fava', 'two pigeons with a fava', 'two pigeons with one fava bean', 'two pigeons with a single bean'], fr: ["deux pigeons avec une fève", "deux pigeons d'une fève"]},
    expected: {en: ['two birds with one stone'], fr: ["d'une pierre deux coups"]},
    meaning: 'to achieve two aims with one action',
    confidence: 'high'
  },
  {
    id: 'it-occhio-della-testa',
    sourceLang: 'it',
    source: 'costare un occhio della testa',
    kind: 'idiom',
    literals: {en: ['an eye of the head', 'an eye from the head', 'one eye of the head', 'an eye out of the head', 'an eye of your head', 'the eye of the head'], fr: ["un œil de la tête", "un oeil de la tête"]},
    expected: {en: ['an arm and a leg', 'a fortune'], fr: ['les yeux de la tête']},
    meaning: 'to be very expensive',
    confidence: 'high',
    guard: {unlessNear: ['surgery', 'surgeon', 'surgeons', 'injury', 'injured', 'doctor', 'doctors', 'bullet', 'wound', 'skull', 'socket']}
  },
  {
    id: 'it-essere-al-verde',
    sourceLang: 'it',
    source: 'essere al verde',
    kind: 'idiom',
    literals: {en: ['at the green', 'to the green']},
    expected: {en: ['broke', 'penniless']},
    meaning: 'to be broke',
    confidence: 'high',
    guard: {onlyNear: ['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'remained', 'left', 'est', 'sont', 'suis', 'sommes', 'était', 'étaient', 'rester'], unlessNear: ['golf', 'hole', 'putt', 'traffic', 'light', 'lights', 'signal', 'village', 'park', 'club', 'tee', 'course', 'flag', 'bowling', 'putting', 'ball', 'party', 'greens', 'vote', 'votes', 'voted', 'switch'], window: 2}
  },
  {
    id: 'it-non-vedere-l-ora',
    sourceLang: 'it',
    source: "non vedere l'ora",
    kind: 'idiom',
    literals: {en: ["can't see the hour", 'cannot see the hour', 'can not see the hour', 'do not see the hour', "don't see the hour", 'did not see the hour', "didn't see the hour", "couldn't see the hour", 'could not see the hour', 'does not see the hour', "doesn't see the hour", 'not see the hour']},
    expected: {en: ["can't wait"]},
    meaning: 'to be unable to wait, to look forward to something',
    confidence: 'high',
    guard: {unlessNear: ['clock', 'watch', 'screen', 'display', 'dark', 'blind', 'eyesight', 'glasses', 'sundial']}
  },
  {
    id: 'it-mani-bucate',
    sourceLang: 'it',
    source: 'avere le mani bucate',
    kind: 'idiom',
    literals: {en: ['pierced hands', 'holed hands', 'perforated hands', 'hands with holes', 'hands full of holes', 'punctured hands', 'bucate hands']},
    expected: {en: ['a spendthrift', 'spends money like water']},
    meaning: 'to be a spendthrift',
    confidence: 'high',
    guard: {unlessNear: ['christ', 'jesus', 'stigmata', 'nails', 'crucifixion', 'crucified', 'saint', 'padre', 'pio', 'wounds', 'injured', 'injury', 'glove', 'gloves']}
  },
  {
    id: 'it-tirare-il-pacco',
    sourceLang: 'it',
    source: 'tirare il pacco / dare buca',
    kind: 'idiom',
    literals: {en: ['pulled the package', 'pull the package', 'pulling the package', 'pulled a package', 'pulled the pack', 'pulled us the package', 'pulled them the package', 'pulled him the package', 'threw the package', 'threw us the package', 'gave a hole', 'gave us a hole', 'gave them a hole', 'gave him a hole'], fr: ['tiré le paquet', 'tirer le paquet', 'donné un trou']},
    expected: {en: ['stood us up', 'let us down'], fr: ['posé un lapin', 'fait faux bond']},
    meaning: 'to stand someone up, to let someone down at the last minute',
    confidence: 'high',
    guard: {unlessNear: ['delivery', 'courier', 'postman', 'mail', 'amazon', 'van', 'shipping', 'suspicious', 'bomb', 'police', 'drill', 'drilled', 'golf', 'wall', 'cigarettes', 'customs']}
  },
  {
    id: 'it-fare-il-ponte',
    sourceLang: 'it',
    source: 'fare il ponte',
    kind: 'idiom',
    literals: {en: ['make the bridge', 'made the bridge', 'makes the bridge', 'making the bridge', 'do the bridge', 'doing the bridge', 'did the bridge']},
    expected: {en: ['take a long weekend', 'take the extra day off']},
    meaning: 'to take the working day between a public holiday and the weekend off',
    confidence: 'high',
    guard: {onlyNear: ['holiday', 'holidays', 'weekend', 'weekends', 'day', 'days', 'off', 'thursday', 'friday', 'monday', 'tuesday', 'workers', 'employees', 'public', 'leave', 'liberation', 'ferragosto'], unlessNear: ['engineer', 'engineers', 'construction', 'river', 'steel', 'built', 'concrete', 'cable', 'collapse', 'collapsed', 'messina', 'strait'], window: 10}
  },
  {
    id: 'it-in-gamba',
    sourceLang: 'it',
    source: 'essere in gamba',
    kind: 'idiom',
    literals: {en: ['is very in leg', 'are very in leg', 'was very in leg', 'very in leg', 'is in leg', 'are in leg', 'was in leg', 'were in leg', 'a person in leg', 'people in leg', 'a guy in leg', 'a man in leg', 'a woman in leg', 'a girl in leg', 'a boy in leg', 'really in leg', 'quite in leg']},
    expected: {en: ['very capable', 'sharp']},
    meaning: 'capable, smart, on the ball',
    confidence: 'high',
    guard: {unlessNear: ['injury', 'injured', 'shot', 'wound', 'wounded', 'bullet', 'pain', 'cramp', 'fracture', 'hit', 'stabbed', 'bitten']}
  },
  {
    id: 'it-cadere-dalle-nuvole',
    sourceLang: 'it',
    source: 'cadere dalle nuvole',
    kind: 'idiom',
    literals: {en: ['fall from the clouds', 'fell from the clouds', 'falling from the clouds', 'falls from the clouds', 'fallen from the clouds', 'fall out of the clouds', 'fell out of the clouds'], fr: ['tomber des nuages', 'tombé des nuages', 'tombe des nuages']},
    expected: {en: ['be taken aback', 'be stunned'], fr: ['tomber des nues']},
    meaning: 'to be astonished, to be taken completely by surprise',
    confidence: 'high',
    guard: {unlessNear: ['rain', 'hail', 'snow', 'plane', 'skydiver', 'skydiving', 'parachute', 'meteor', 'ice', 'drops', 'water', 'debris', 'satellite', 'rocket', 'angel', 'angels']}
  },
  {
    id: 'it-piove-sul-bagnato',
    sourceLang: 'it',
    source: 'piove sul bagnato',
    kind: 'idiom',
    literals: {en: ['it rains on the wet', 'it is raining on the wet', "it's raining on the wet", 'rains on the wet', 'raining on the wet', 'rain on the wet', 'it rains on wet', 'rains on wet'], fr: ['il pleut sur le mouillé', 'pleut sur le mouillé']},
    expected: {en: ['when it rains, it pours', 'the rich get richer'], fr: ["l'argent va à l'argent", 'un malheur ne vient jamais seul']},
    meaning: 'good or bad luck goes to those who already have it',
    confidence: 'high'
  },
  {
    id: 'it-ogni-morte-di-papa',
    sourceLang: 'it',
    source: 'ogni morte di papa',
    kind: 'idiom',
    literals: {en: ['every death of a pope', 'every death of pope', "every pope's death", 'every death of the pope', 'at every death of a pope', 'every time a pope dies'], fr: ['chaque mort de pape', 'à chaque mort de pape', 'chaque mort du pape']},
    expected: {en: ['once in a blue moon'], fr: ['tous les trente-six du mois']},
    meaning: 'very rarely',
    confidence: 'high',
    guard: {unlessNear: ['vatican', 'conclave', 'cardinals', 'cardinal', 'funeral', 'mourning', 'succession', 'successor', 'elected', 'election', 'papacy', 'church']}
  },
  {
    id: 'it-coda-di-paglia',
    sourceLang: 'it',
    source: 'avere la coda di paglia',
    kind: 'idiom',
    literals: {en: ['a tail of straw', 'a straw tail', 'the tail of straw', 'tails of straw', 'straw tails', 'a tail made of straw'], fr: ['une queue de paille', 'la queue de paille']},
    expected: {en: ['a guilty conscience'], fr: ['la conscience pas tranquille', 'quelque chose à se reprocher']},
    meaning: 'to have a guilty conscience, to be touchy because of it',
    confidence: 'high',
    guard: {unlessNear: ['scarecrow', 'kite', 'costume', 'horse', 'dog', 'puppet', 'doll', 'craft', 'crafts', 'bird', 'nest']}
  },
  {
    id: 'it-can-per-l-aia',
    sourceLang: 'it',
    source: "menare il can per l'aia",
    kind: 'idiom',
    literals: {en: ['the dog around the farmyard', 'the dog around the threshing floor', 'the dog through the threshing floor', 'the dog for the threshing floor', 'the dog around the barnyard', 'the dog by the farmyard', 'the dog on the threshing floor', 'the dog for the farmyard', 'the dog around the yard', 'the dog through the farmyard'], fr: ["le chien dans l'aire", "le chien autour de la cour de ferme", "le chien par l'aire"]},
    expected: {en: ['beat around the bush', 'stall'], fr: ['tourner autour du pot', 'faire traîner les choses']},
    meaning: 'to beat around the bush, to drag things out',
    confidence: 'high',
    guard: {unlessNear: ['leash', 'walked', 'walking', 'owner', 'owners', 'barked', 'barking', 'vet', 'puppy', 'chased', 'chasing', 'chickens', 'sheep']}
  },
  {
    id: 'it-orecchie-da-mercante',
    sourceLang: 'it',
    source: 'fare orecchie da mercante',
    kind: 'idiom',
    literals: {en: ["merchant's ears", "merchants' ears", 'merchant ears', 'ears of a merchant', 'ears of merchant', 'ears of merchants', 'the ears of a merchant', 'trader ears', "trader's ears", 'ears of a trader'], fr: ['des oreilles de marchand', 'oreilles de marchand']},
    expected: {en: ['a deaf ear'], fr: ['la sourde oreille']},
    meaning: 'to pretend not to hear, to ignore',
    confidence: 'high'
  },
  {
    id: 'it-farina-del-suo-sacco',
    sourceLang: 'it',
    source: 'non è farina del suo sacco',
    kind: 'idiom',
    literals: {en: ['flour from his sack', 'flour of his sack', 'flour from his own sack', 'flour of his own sack', 'flour of her sack', 'flour from her sack', 'flour from her own sack', 'flour of their sack', 'flour from their sack', 'flour of their own sack', 'flour from his bag', 'flour of his bag', 'flour from her bag', 'flour of her bag', 'flour from our sack', 'flour of our sack', 'flour of my sack', 'flour from my sack'], fr: ['farine de son sac', 'de la farine de son sac']},
    expected: {en: ['his own work', 'his own idea'], fr: ['de son cru']},
    meaning: '(with a negation) not one’s own work or idea',
    confidence: 'high',
    guard: {unlessNear: ['bakery', 'baker', 'bread', 'mill', 'miller', 'kitchen', 'recipe', 'spilled', 'cake', 'dough', 'kg']}
  },
  {
    id: 'it-mani-in-pasta',
    sourceLang: 'it',
    source: 'avere le mani in pasta',
    kind: 'idiom',
    literals: {en: ['hands in the pasta', 'hands in pasta', 'hands in the dough', 'hand in the pasta', 'hands in the batter']},
    expected: {en: ['a finger in every pie', 'connections']},
    meaning: 'to be involved in everything, to have connections',
    confidence: 'high',
    guard: {unlessNear: ['kitchen', 'chef', 'chefs', 'cook', 'cooking', 'recipe', 'restaurant', 'flour', 'knead', 'kneading', 'baking', 'bake', 'pizza', 'class', 'lesson', 'grandmother', 'nonna']}
  }
]
