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
    literals: {en: ['push with the belly', 'pushing with the belly', 'pushed with the belly', 'pushes with the belly', 'push it with the belly', 'pushing it with the belly', 'pushed it with the belly', 'push with the stomach', 'pushing with the stomach', 'pushing with the tummy', 'push the problem with the belly', 'push the issue with the belly', 'push the matter with the belly', 'push the situation with the belly', 'push the decision with the belly', 'push things with the belly', 'push this problem with the belly', 'push this with the belly', 'push everything with the belly', 'push the question with the belly', "pushing {someone} with the belly", "push {someone} with the belly", "pushed {someone} with the belly", "pushes {someone} with the belly"], fr: ['pousser avec le ventre', 'poussé avec le ventre']},
    expected: {en: ['kick the can down the road', 'put off'], fr: ['repousser aux calendes grecques', 'temporiser']},
    meaning: 'to put off dealing with a problem',
    confidence: 'high'
  },
  {
    id: 'pt-cavalinho-da-chuva',
    sourceLang: 'pt',
    source: 'tirar o cavalinho da chuva',
    kind: 'idiom',
    literals: {en: ['the little horse out of the rain', 'your little horse out of the rain', 'their little horse out of the rain', 'his little horse out of the rain', 'the pony out of the rain', 'your pony out of the rain', 'the little horse from the rain', 'your little horse from the rain', "take horse out of the rain", "take little horse out of the rain", "took horse out of the rain"], fr: ['le petit cheval de la pluie', 'ton petit cheval de la pluie']},
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
  },
  {
    id: 'pt-dar-o-braco-a-torcer',
    sourceLang: 'pt',
    source: 'dar o braço a torcer',
    kind: 'idiom',
    literals: {en: ['give our arm to twist', 'give my arm to twist', 'give your arm to twist', 'give the arm to twist', 'give his arm to twist', 'give their arm to twist', 'give her arm to twist', 'give its arm to twist', 'give the arm to be twisted', 'give his arm to be twisted', 'give their arm to be twisted', 'give in the arm to twist', 'give the arm to bend', 'give his arm to bend', 'give their arm to bend', 'give the arm to wring']},
    expected: {en: ['back down', 'give in']},
    meaning: 'to back down, admit defeat',
    confidence: 'high'
  },
  {
    id: 'pt-bater-as-botas',
    sourceLang: 'pt',
    source: 'bater as botas',
    kind: 'idiom',
    literals: {en: ['beat the boots', 'beat his boots', 'beat her boots', 'beat their boots', 'hit the boots', 'knock the boots', 'bang the boots', 'beat the boot']},
    expected: {en: ['die', 'kick the bucket']},
    meaning: 'to die',
    confidence: 'high',
    guard: {unlessNear: ['mud', 'dust', 'snow', 'clean', 'cleaning', 'polish', 'shop', 'sale', 'sales', 'fashion']}
  },
  {
    id: 'pt-fazer-das-tripas-coracao',
    sourceLang: 'pt',
    source: 'fazer das tripas coração',
    kind: 'idiom',
    literals: {en: ['make the guts heart', 'make heart from the guts', 'make a heart of the guts', 'make heart out of the guts', 'make heart of the guts', 'make a heart out of the guts', 'make the tripe heart', 'make guts into heart', 'make tripe into heart', 'make heart of tripe', 'make heart from tripe', 'make heart out of tripe', 'turn guts into heart', 'make of the guts heart', 'make from the guts heart', 'make of the tripe heart', 'make from the tripe heart', 'make heart of the tripe', 'make the bowels heart', 'make heart of the bowels', "making a heart out of our guts", "make a heart out of our guts", "made a heart out of our guts", "making a heart out of their guts", "make a heart out of their guts", "made a heart out of their guts", "making a heart of our guts", "making a heart of the guts"]},
    expected: {en: ['do their utmost', 'go to great lengths']},
    meaning: 'to make a great effort against the odds',
    confidence: 'high'
  },
  {
    id: 'pt-meter-a-colher',
    sourceLang: 'pt',
    source: 'meter a colher',
    kind: 'idiom',
    literals: {en: ['put the spoon in', 'put his spoon in', 'put her spoon in', 'put their spoon in', 'put their spoons in', 'stick the spoon in', 'stick his spoon in', 'stick their spoon in', 'poke the spoon in', 'put the spoon into', 'stick the spoon into', 'put your spoon in', 'put our spoon in', 'put my spoon in']},
    expected: {en: ['butt in', 'meddle']},
    meaning: 'to meddle in others’ affairs',
    confidence: 'high',
    guard: {unlessNear: ['soup', 'bowl', 'pot', 'pan', 'sugar', 'coffee', 'tea', 'cup', 'mug', 'yogurt', 'ice', 'cream', 'cooking', 'recipe', 'kitchen', 'jar', 'honey', 'mouth', 'baby', 'dishwasher', 'drawer']}
  },
  {
    id: 'pt-em-cima-do-muro',
    sourceLang: 'pt',
    source: 'ficar em cima do muro',
    kind: 'idiom',
    literals: {en: ['stay on top of the wall', 'stay on the wall', 'remain on top of the wall', 'remain on the wall', 'be on top of the wall', 'stay above the wall', 'stay on the top of the wall', 'sit on top of the wall', 'remain above the wall', 'stay in top of the wall', 'stand on top of the wall']},
    expected: {en: ['sit on the fence']},
    meaning: 'to avoid taking sides',
    confidence: 'high',
    guard: {unlessNear: ['climb', 'climbed', 'climbing', 'cat', 'cats', 'bird', 'birds', 'graffiti', 'brick', 'bricks', 'fell', 'fall', 'protesters', 'border', 'police', 'painting', 'poster', 'posters', 'plaque', 'sign', 'ladder', 'roof', 'guard', 'guards', 'barbed']}
  },
  {
    id: 'pt-tirar-o-corpo-fora',
    sourceLang: 'pt',
    source: 'tirar o corpo fora',
    kind: 'idiom',
    literals: {en: ['take the body out', 'take his body out', 'take her body out', 'take their body out', 'take its body out', 'take the body off', 'take his body off', 'take their body off', 'take the body out of it', 'take the body out of the way', 'pull the body out', 'pull his body out', 'pull their body out', 'take your body out', 'take the body away']},
    expected: {en: ['dodge responsibility', 'wash their hands of it']},
    meaning: 'to dodge responsibility',
    confidence: 'high',
    guard: {unlessNear: ['police', 'morgue', 'coffin', 'corpse', 'dead', 'death', 'rubble', 'rescuers', 'firefighters', 'funeral', 'killed', 'murder', 'victim', 'victims', 'remains', 'autopsy', 'water', 'river', 'sea', 'car', 'wreckage', 'grave', 'ambulance', 'hearse', 'bag', 'divers']}
  },
  {
    id: 'pt-cair-a-ficha',
    sourceLang: 'pt',
    source: 'cair a ficha',
    kind: 'idiom',
    literals: {en: ['the chip fall', 'the token fall', 'the chip drop', 'the token drop', 'the chip has fallen', 'the token has fallen', 'the chip has dropped', 'the token has dropped', 'the chip did not fall', "the chip didn't fall", "the chip hasn't fallen", 'the chip has not fallen', "the token didn't fall", 'the chip finally fell', 'the token finally fell', 'the chip finally dropped', 'the token finally dropped']},
    expected: {en: ['the penny dropped']},
    meaning: 'the realisation sank in',
    confidence: 'high',
    guard: {unlessNear: ['casino', 'poker', 'roulette', 'semiconductor', 'semiconductors', 'table', 'game', 'let', 'may', 'prices', 'price', 'shares', 'stock', 'stocks', 'market', 'sales', 'intel', 'nvidia', 'tsmc', 'factory', 'floor']}
  },
  {
    id: 'pt-nota-preta',
    sourceLang: 'pt',
    source: 'custar uma nota preta',
    kind: 'idiom',
    literals: {en: ['cost a black note', 'cost a black bill', 'spend a black note', 'pay a black note', 'cost a black banknote', 'charge a black note', 'a black note for', 'cost a dark note']},
    expected: {en: ['cost a fortune']},
    meaning: 'to cost a fortune',
    confidence: 'high',
    guard: {unlessNear: ['piano', 'music', 'musical', 'keys', 'score', 'sheet', 'notes', 'melody', 'song']}
  },
  {
    id: 'pt-chorar-as-pitangas',
    sourceLang: 'pt',
    source: 'chorar as pitangas',
    kind: 'idiom',
    literals: {en: ['cry the pitangas', 'cry pitangas', 'cry over pitangas', 'cry the surinam cherries', 'cry the cherries', 'weep the pitangas', 'cry the pitanga', 'cry his pitangas', 'cry their pitangas', 'cry about pitangas', 'crying pitangas']},
    expected: {en: ['whine', 'complain bitterly']},
    meaning: 'to complain, whine',
    confidence: 'high'
  },
  {
    id: 'pt-entrar-com-o-pe-direito',
    sourceLang: 'pt',
    source: 'entrar com o pé direito',
    kind: 'idiom',
    literals: {en: ['enter with the right foot', 'enter on the right foot', 'come in with the right foot', 'come in on the right foot', 'came in with the right foot', 'came in on the right foot', 'enter the year with the right foot', 'enter the new year with the right foot', 'enter with right foot', 'step in with the right foot', 'get in with the right foot', 'go in with the right foot']},
    expected: {en: ['get off to a good start', 'start on the right foot']},
    meaning: 'to get off to a good start',
    confidence: 'high',
    guard: {unlessNear: ['injury', 'injured', 'ankle', 'knee', 'limp', 'limping', 'mosque', 'tradition', 'superstition', 'ritual']}
  },
  {
    id: 'pt-lingua-nos-dentes',
    sourceLang: 'pt',
    source: 'dar com a língua nos dentes',
    kind: 'idiom',
    literals: {en: ['give with the tongue in the teeth', 'gave with the tongue in the teeth', 'hit the tongue on the teeth', 'hit the tongue in the teeth', 'give with the tongue on the teeth', 'give the tongue in the teeth', 'knock the tongue on the teeth', 'give with his tongue in his teeth', 'give with the tongue against the teeth', 'hit with the tongue in the teeth']},
    expected: {en: ['spill the beans', 'let the cat out of the bag']},
    meaning: 'to reveal a secret',
    confidence: 'high'
  },
  {
    id: 'pt-falar-pelos-cotovelos',
    sourceLang: 'pt',
    source: 'falar pelos cotovelos',
    kind: 'idiom',
    literals: {en: ['talk through the elbows', 'talk by the elbows', 'speak through the elbows', 'speak by the elbows', 'talk out of the elbows', 'talk from the elbows', 'talk through his elbows', 'talk through her elbows', 'talk through their elbows', 'talk through the elbow', 'talk by the elbow', 'speak through his elbows', 'speak out of the elbows', 'talk at the elbows', 'talk for the elbows']},
    expected: {en: ['talk nonstop', 'talk the hind legs off a donkey']},
    meaning: 'to talk incessantly',
    confidence: 'high'
  },
  {
    id: 'pt-boca-no-trombone',
    sourceLang: 'pt',
    source: 'botar / pôr a boca no trombone',
    kind: 'idiom',
    literals: {en: ['mouth on the trombone', 'mouth in the trombone', 'mouth to the trombone', 'mouth into the trombone', 'mouths on the trombone', 'mouth on trombone', 'mouth in trombone']},
    expected: {en: ['blow the whistle', 'go public']},
    meaning: 'to go public, blow the whistle',
    confidence: 'high',
    guard: {unlessNear: ['band', 'jazz', 'orchestra', 'musician', 'musicians', 'music', 'play', 'playing', 'played', 'brass', 'notes', 'concert', 'mouthpiece', 'lesson', 'lessons', 'instrument']}
  },
  {
    id: 'pt-mao-no-fogo',
    sourceLang: 'pt',
    source: 'pôr a mão no fogo por',
    kind: 'idiom',
    literals: {en: ['hand in the fire for', 'hands in the fire for', 'hand on the fire for', 'hands on the fire for', 'hand into the fire for', 'hands into the fire for', 'hand in fire for', 'hand in the fire by', 'hands in the fire by']},
    expected: {en: ['vouch for']},
    meaning: 'to vouch for someone',
    confidence: 'high'
  },
  {
    id: 'pt-com-a-agua-pela-barba',
    sourceLang: 'pt',
    source: "com a água pela barba",
    kind: 'idiom',
    literals: {en: ["with the water by the beard", "with the water up to the beard", "with water up to the beard", "the water by the beard", "the water up to the beard", "water up to our beard", "water up to the beard", "water by the beard"]},
    expected: {en: ["in deep water", "up to our necks in trouble"]},
    meaning: "in serious trouble",
    confidence: 'high'
  }
]
