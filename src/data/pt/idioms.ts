import type {CalqueEntry} from '../types.js'

/** Portuguese idioms of the press and of quoted speakers, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'pt-pagar-o-pato',
    sourceLang: 'pt',
    source: 'pagar o pato',
    kind: 'idiom',
    literals: {en: ['pay the duck', 'paid the duck', 'paying the duck', 'pays the duck', 'pay for the duck', 'paying for the duck', 'paid for the duck'], fr: ['payer le canard', 'paie le canard', 'payé le canard']},
    expected: {en: ['foot the bill', 'take the blame'], fr: ['payer les pots cassés']},
    meaning: 'to take the blame or pay for others’ mistakes',
    confidence: 'high',
    guard: {unlessNear: ['restaurant', 'menu', 'roast', 'roasted', 'dinner', 'farm', 'market', 'peking', 'kg', 'kilo']}
  },
  {
    id: 'pt-chutar-o-balde',
    sourceLang: 'pt',
    source: 'chutar o balde',
    kind: 'idiom',
    literals: {en: ['kick the bucket', 'kicked the bucket', 'kicking the bucket', 'kicks the bucket'], fr: ['donner un coup de pied dans le seau', 'shooter dans le seau']},
    expected: {en: ['lose patience', 'give up'], fr: ['tout envoyer promener']},
    meaning: 'to lose patience and give up, to throw it all over (not “to die”)',
    confidence: 'low',
    note: 'In English "kick the bucket" means to die; Portuguese *chutar o balde* means to give up in exasperation.'
  },
  {
    id: 'pt-pe-na-jaca',
    sourceLang: 'pt',
    source: 'enfiar o pé na jaca',
    kind: 'idiom',
    literals: {en: ['foot in the jackfruit', 'feet in the jackfruit', 'foot into the jackfruit', 'feet into the jackfruit', 'foot in the jaca'], fr: ['le pied dans le jacquier', 'le pied dans la jaque']},
    expected: {en: ['went overboard', 'overindulged'], fr: ['abusé', 'forcé sur la bouteille']},
    meaning: 'to overdo it, to go overboard',
    confidence: 'high'
  },
  {
    id: 'pt-olhos-da-cara',
    sourceLang: 'pt',
    source: 'custar os olhos da cara',
    kind: 'idiom',
    literals: {en: ['the eyes of the face', 'both eyes of the face', 'the eyes from the face', 'an eye of the face'], fr: ['les yeux du visage', 'les yeux de la figure']},
    expected: {en: ['an arm and a leg', 'a fortune'], fr: ['les yeux de la tête']},
    meaning: 'to be very expensive',
    confidence: 'high',
    guard: {unlessNear: ['surgery', 'surgeon', 'injury', 'injured', 'doctor', 'doctors', 'makeup', 'make-up', 'portrait', 'painting']}
  },
  {
    id: 'pt-bracos-cruzados',
    sourceLang: 'pt',
    source: 'ficar de braços cruzados',
    kind: 'idiom',
    literals: {en: ['stay with our arms crossed', 'stay with arms crossed', 'stay with crossed arms', 'stay with folded arms', 'stay with their arms crossed', 'remain with arms crossed', 'remain with crossed arms', 'remain with our arms crossed', 'stay of crossed arms', 'stand with crossed arms', 'stayed with crossed arms', 'stayed with arms crossed', 'remained with arms crossed', 'remained with crossed arms']},
    expected: {en: ['stand idly by', 'sit on our hands']},
    meaning: 'to do nothing, to stand idly by',
    confidence: 'high'
  },
  {
    id: 'pt-empurrar-com-a-barriga',
    sourceLang: 'pt',
    source: 'empurrar com a barriga',
    kind: 'idiom',
    literals: {en: ['push with the belly', 'pushing with the belly', 'pushed with the belly', 'pushes with the belly', 'push it with the belly', 'pushing it with the belly', 'pushed it with the belly', 'push with the stomach', 'pushing with the stomach', 'pushing with the tummy'], fr: ['pousser avec le ventre', 'poussé avec le ventre']},
    expected: {en: ['kick the can down the road', 'put off'], fr: ['repousser aux calendes grecques', 'temporiser']},
    meaning: 'to put off dealing with a problem',
    confidence: 'high'
  },
  {
    id: 'pt-cavalinho-da-chuva',
    sourceLang: 'pt',
    source: 'tirar o cavalinho da chuva',
    kind: 'idiom',
    literals: {en: ['the little horse out of the rain', 'your little horse out of the rain', 'their little horse out of the rain', 'his little horse out of the rain', 'the pony out of the rain', 'your pony out of the rain', 'the little horse from the rain', 'your little horse from the rain'], fr: ['le petit cheval de la pluie', 'ton petit cheval de la pluie']},
    expected: {en: ['forget it', 'give up on that idea'], fr: ["faire une croix dessus", "n'y compte pas"]},
    meaning: 'to give up hope of something',
    confidence: 'high'
  },
  {
    id: 'pt-pisar-na-bola',
    sourceLang: 'pt',
    source: 'pisar na bola',
    kind: 'idiom',
    literals: {en: ['stepped on the ball', 'step on the ball', 'stepping on the ball', 'steps on the ball', 'trod on the ball', 'stepped on the ball again']},
    expected: {en: ['messed up', 'slipped up']},
    meaning: 'to make a mistake, to slip up',
    confidence: 'high',
    guard: {unlessNear: ['football', 'soccer', 'match', 'game', 'player', 'players', 'pitch', 'goal', 'tripped', 'slipped', 'fell', 'ankle', 'injury', 'referee', 'penalty', 'striker', 'defender', 'midfielder', 'keeper', 'goalkeeper', 'kick', 'corner']}
  },
  {
    id: 'pt-acabar-em-pizza',
    sourceLang: 'pt',
    source: 'acabar em pizza',
    kind: 'idiom',
    literals: {en: ['end in pizza', 'ended in pizza', 'ends in pizza', 'ending in pizza', 'end up in pizza', 'ended up in pizza', 'ends up in pizza', 'end in a pizza', 'ended in a pizza', 'finish in pizza', 'finished in pizza', 'end with pizza', 'ended with pizza', 'ends with pizza'], fr: ['finir en pizza', 'fini en pizza', 'finit en pizza', 'terminer en pizza']},
    expected: {en: ['end with no one punished', 'come to nothing'], fr: ["finir en eau de boudin", "être enterré sans sanction"]},
    meaning: '(of a scandal or inquiry) to end without anyone being punished',
    confidence: 'high',
    guard: {unlessNear: ['party', 'dinner', 'restaurant', 'delivery', 'pizzeria', 'oven', 'cheese', 'ordered', 'eat', 'ate', 'hungry']}
  },
  {
    id: 'pt-burros-n-agua',
    sourceLang: 'pt',
    source: "dar com os burros n'água",
    kind: 'idiom',
    literals: {en: ['with the donkeys in the water', 'the donkeys in the water', 'the donkeys into the water', 'with the donkeys in water', 'the asses in the water', 'with the asses in the water'], fr: ["les ânes dans l'eau", "avec les ânes dans l'eau"]},
    expected: {en: ['come to nothing', 'fail'], fr: ['tomber à l’eau', 'échouer']},
    meaning: 'to fail, to come to nothing',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'river', 'drowned', 'rescued', 'rescue', 'animal', 'animals', 'stable', 'beach', 'tourists', 'swim', 'swimming']}
  },
  {
    id: 'pt-vista-grossa',
    sourceLang: 'pt',
    source: 'fazer vista grossa',
    kind: 'idiom',
    literals: {en: ['make thick sight', 'made thick sight', 'making thick sight', 'make a thick view', 'made a thick view', 'thick sight', 'a thick view', 'the thick view', 'make thick view', 'made thick view', 'a blind thick eye'], fr: ['faire la vue épaisse', 'vue épaisse']},
    expected: {en: ['turn a blind eye'], fr: ['fermer les yeux']},
    meaning: 'to pretend not to see',
    confidence: 'high'
  },
  {
    id: 'pt-vaca-foi-pro-brejo',
    sourceLang: 'pt',
    source: 'a vaca foi pro brejo',
    kind: 'idiom',
    literals: {en: ['the cow went to the swamp', 'the cow has gone to the swamp', 'the cow went to the marsh', 'the cow went into the swamp', 'the cow goes to the swamp', 'the cow will go to the swamp', 'the cow went to the bog', 'the cow went to the brejo', 'the cow is going to the swamp', 'the cow went into the marsh'], fr: ['la vache est allée au marais', 'la vache est partie au marais']},
    expected: {en: ['it all went wrong', 'everything went down the drain'], fr: ['tout est tombé à l’eau', 'tout a capoté']},
    meaning: 'everything went wrong',
    confidence: 'high',
    guard: {unlessNear: ['farmer', 'farm', 'rescued', 'rescue', 'herd', 'cattle', 'firefighters', 'stuck', 'mud', 'vet']}
  },
  {
    id: 'pt-encher-linguica',
    sourceLang: 'pt',
    source: 'encher linguiça',
    kind: 'idiom',
    literals: {en: ['fill sausage', 'filling sausage', 'fills sausage', 'filled sausage', 'stuffing sausage', 'stuff sausage', 'stuffed sausage', 'fill linguiça', 'filling linguiça', 'just filling sausage']},
    expected: {en: ['pad it out', 'waffle']},
    meaning: 'to pad out, to waste time with filler',
    confidence: 'high',
    guard: {unlessNear: ['butcher', 'butchers', 'meat', 'pork', 'recipe', 'kitchen', 'factory', 'grill', 'barbecue', 'churrasco', 'machine', 'casing', 'casings']}
  }
]
