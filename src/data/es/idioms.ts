import type {CalqueEntry} from '../types.js'

/** Spanish idioms of the press and of quoted speakers, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'es-pelos-en-la-lengua-past',
    sourceLang: 'es',
    source: 'no tener pelos en la lengua',
    kind: 'idiom',
    literals: {en: ['did not have hairs on the tongue', "didn't have hairs on the tongue", 'did not have hairs on her tongue', 'did not have hairs on his tongue', 'did not have hair on the tongue', 'had no hairs on the tongue', 'had no hairs on her tongue', 'had no hairs on his tongue', 'had no hair on the tongue'], fr: ["n'a pas eu de poils sur la langue", "n'avait pas de poils sur la langue"]},
    expected: {en: ['did not mince words', 'was blunt'], fr: ["n'a pas mâché ses mots"]},
    meaning: 'to speak bluntly, not to mince words',
    confidence: 'high'
  },
  {
    id: 'es-pelos-en-la-lengua',
    sourceLang: 'es',
    source: 'no tener pelos en la lengua',
    kind: 'idiom',
    literals: {en: ['does not have hairs on the tongue', "doesn't have hairs on the tongue", 'do not have hairs on the tongue', "don't have hairs on the tongue", 'has no hairs on the tongue', 'have no hairs on the tongue', 'no hairs on the tongue', 'no hairs on his tongue', 'no hairs on her tongue', 'no hair on the tongue', 'hairs on the tongue', 'hairs on his tongue', 'hairs on her tongue', 'hairs on their tongue', 'hairs in the tongue'], fr: ['pas de poils sur la langue', 'de poils sur la langue', 'pas de poil sur la langue']},
    expected: {en: ['does not mince words', 'is outspoken'], fr: ['ne mâche pas ses mots']},
    meaning: 'to speak bluntly, not to mince words',
    confidence: 'high'
  },
  {
    id: 'es-gato-por-liebre',
    sourceLang: 'es',
    source: 'dar gato por liebre',
    kind: 'idiom',
    literals: {en: ['give cat for hare to', 'give cat for hare', 'giving cat for hare to', 'giving cat for hare', 'gives cat for hare', 'sell cat for hare', 'selling cat for hare', 'give a cat for a hare', 'give us cat for hare', 'give them cat for hare', 'pass cat for hare', 'pass off cat for hare'], fr: ['donner chat pour lièvre', 'donner un chat pour un lièvre', 'chat pour lièvre']},
    expected: {en: ['deceive', 'cheat'], fr: ['rouler dans la farine', 'tromper']},
    meaning: 'to deceive, to pass off something inferior as better',
    confidence: 'high'
  },
  {
    id: 'es-gato-por-liebre-past',
    sourceLang: 'es',
    source: 'dar gato por liebre',
    kind: 'idiom',
    literals: {en: ['gave cat for hare to', 'gave cat for hare', 'given cat for hare to', 'given cat for hare', 'sold cat for hare', 'gave us cat for hare', 'gave them cat for hare', 'gave a cat for a hare', 'cat for hare']},
    expected: {en: ['deceived', 'cheated']},
    meaning: 'to deceive, to pass off something inferior as better',
    confidence: 'high'
  },
  {
    id: 'es-ojo-de-la-cara',
    sourceLang: 'es',
    source: 'costar un ojo de la cara',
    kind: 'idiom',
    literals: {en: ['an eye of the face', 'one eye of the face', 'an eye from the face', 'the eye of the face', 'an eye out of the face', 'an eye of the face and part of the other', 'an eye of your face'], fr: ["un œil de la figure", "un oeil de la figure", 'un œil du visage', 'un oeil du visage', "un œil de la face"]},
    expected: {en: ['an arm and a leg', 'a fortune'], fr: ['les yeux de la tête']},
    meaning: 'to be very expensive',
    confidence: 'high',
    guard: {unlessNear: ['surgery', 'surgeon', 'surgeons', 'injury', 'injured', 'doctor', 'doctors', 'bullet', 'wound', 'wounded']}
  },
  {
    id: 'es-costar-un-rinon',
    sourceLang: 'es',
    source: 'costar un riñón',
    kind: 'idiom',
    literals: {en: ['cost a kidney', 'costs a kidney', 'costing a kidney', 'cost us a kidney', 'cost them a kidney', 'cost me a kidney', 'cost you a kidney', 'costs us a kidney'], fr: ['coûter un rein', 'coûte un rein']},
    expected: {en: ['cost an arm and a leg', 'cost a fortune'], fr: ['coûter les yeux de la tête']},
    meaning: 'to be very expensive',
    confidence: 'high',
    guard: {unlessNear: ['transplant', 'donor', 'donors', 'organ', 'organs', 'dialysis', 'trafficking', 'surgery', 'patient', 'patients']}
  },
  {
    id: 'es-por-las-nubes',
    sourceLang: 'es',
    source: 'estar por las nubes',
    kind: 'idiom',
    literals: {en: ['through the clouds', 'by the clouds', 'for the clouds', 'around the clouds', 'over the clouds'], fr: ['par les nuages']},
    expected: {en: ['sky-high'], fr: ['exorbitants', 'au plus haut']},
    meaning: '(of prices) sky-high',
    confidence: 'high',
    guard: {onlyNear: ['price', 'prices', 'rent', 'rents', 'cost', 'costs', 'rates', 'inflation', 'housing', 'fares', 'tariffs', 'bills', 'prix', 'loyers', 'tarifs'], unlessNear: ['plane', 'aircraft', 'flight', 'pilot', 'sun', 'sunlight', 'mountain', 'peak', 'rays', 'fog', 'balloon', 'rocket', 'drone'], window: 6}
  },
  {
    id: 'es-meter-la-pata',
    sourceLang: 'es',
    source: 'meter la pata',
    kind: 'idiom',
    literals: {en: ['put the leg', 'put the paw', 'stuck the leg in', 'stuck the paw', 'put the leg in', 'put his leg in', 'put their leg in', 'put our leg in', 'put my leg in', 'putting the leg in', 'putting the paw', 'stick the leg in', 'stick the paw']},
    expected: {en: ['blundered', 'put their foot in it']},
    meaning: 'to blunder',
    confidence: 'high',
    guard: {unlessNear: ['injury', 'injured', 'cast', 'surgery', 'broken', 'knee', 'ankle', 'fracture', 'amputated', 'prosthetic', 'prosthesis', 'horse', 'dog', 'cat', 'table', 'chair', 'trousers', 'pants', 'bandage', 'vet']}
  },
  {
    id: 'es-tomar-el-pelo',
    sourceLang: 'es',
    source: 'tomar el pelo',
    kind: 'idiom',
    literals: {en: ['take the hair', 'taking the hair', 'took the hair', 'takes the hair', 'taken the hair', 'take our hair', 'taking our hair', 'took our hair', 'take my hair', 'taking my hair', 'take us the hair', 'taking us the hair', 'took us the hair', "take people's hair", "taking people's hair", 'pulling the hair of', 'take the hair of', 'taking the hair of'], fr: ['prendre les cheveux', 'prendre le poil', 'nous prendre les cheveux']},
    expected: {en: ['pull our leg', 'kid us'], fr: ['se moquer de nous', 'nous mener en bateau']},
    meaning: 'to tease, to make fun of someone, to fool someone',
    confidence: 'high',
    guard: {unlessNear: ['hairdresser', 'barber', 'salon', 'cut', 'dye', 'dna', 'sample', 'samples', 'test', 'tests', 'drug', 'shave', 'wig', 'donate', 'donated', 'cancer', 'lice', 'forensic', 'police']}
  },
  {
    id: 'es-lena-al-fuego',
    sourceLang: 'es',
    source: 'echar leña al fuego',
    kind: 'idiom',
    literals: {en: ['firewood to the fire', 'firewood on the fire', 'firewood into the fire', 'firewood onto the fire', 'wood to the fire', 'firewood to the flames', 'firewood on the flames']},
    expected: {en: ['fuel to the fire', 'fuel to the flames']},
    meaning: 'to make a conflict worse',
    confidence: 'low',
    guard: {unlessNear: ['camp', 'camping', 'stove', 'fireplace', 'chimney', 'cold', 'warm', 'warmth', 'heat', 'hearth', 'barbecue', 'kindling', 'logs', 'cooking', 'oven']}
  },
  {
    id: 'es-ponerse-las-pilas',
    sourceLang: 'es',
    source: 'ponerse las pilas',
    kind: 'idiom',
    literals: {en: ['put on the batteries', 'put the batteries on', 'putting on the batteries', 'put their batteries on', 'put on their batteries', 'put on your batteries', 'put your batteries on', 'put on our batteries', 'put our batteries on', 'put on his batteries', 'put his batteries on', 'putting their batteries on', 'get the batteries on']},
    expected: {en: ['get our act together', 'get moving']},
    meaning: 'to get one’s act together, to get going',
    confidence: 'high',
    guard: {unlessNear: ['remote', 'charger', 'charging', 'flashlight', 'torch', 'device', 'phone', 'toy', 'toys', 'solar', 'clock', 'camera', 'radio', 'hearing', 'aid']}
  },
  {
    id: 'es-pan-comido',
    sourceLang: 'es',
    source: 'ser pan comido',
    kind: 'idiom',
    literals: {en: ['eaten bread'], fr: ['du pain mangé', 'pain mangé']},
    expected: {en: ['a piece of cake', 'a walkover'], fr: ['du gâteau', 'un jeu d’enfant']},
    meaning: 'something very easy',
    confidence: 'high',
    guard: {unlessNear: ['mold', 'mould', 'stale', 'toast', 'breakfast', 'bakery', 'partially', 'half', 'leftover', 'leftovers', 'crumbs', 'rats', 'birds', 'pigeons']}
  },
  {
    id: 'es-otro-perro-con-ese-hueso',
    sourceLang: 'es',
    source: 'a otro perro con ese hueso',
    kind: 'idiom',
    literals: {en: ['to another dog with that bone', 'to another dog with this bone', 'another dog with that bone', 'go to another dog with that bone', 'to some other dog with that bone'], fr: ['à un autre chien avec cet os', 'à un autre chien avec ce os']},
    expected: {en: ['pull the other one', 'tell that to someone else'], fr: ['à d’autres !']},
    meaning: 'I do not believe you; tell that to someone else',
    confidence: 'high'
  },
  {
    id: 'es-hasta-las-narices',
    sourceLang: 'es',
    source: 'estar hasta las narices / hasta la coronilla',
    kind: 'idiom',
    literals: {en: ['up to the noses', 'until the noses', 'until the nose', 'up to the crown', 'until the crown', 'up to the crown of the head', 'up to the top of the head', 'until the top of the head'], fr: ["jusqu'aux narines", "jusqu'à la couronne"]},
    expected: {en: ['fed up'], fr: ['à bout', 'excédés']},
    meaning: 'to be fed up',
    confidence: 'high',
    guard: {unlessNear: ['water', 'flood', 'flooded', 'mud', 'snow', 'swim', 'swimming', 'king', 'queen', 'coronation', 'jewels', 'dentist', 'tooth', 'teeth', 'hat', 'cap']}
  },
  {
    id: 'es-brazo-a-torcer',
    sourceLang: 'es',
    source: 'no dar su brazo a torcer',
    kind: 'idiom',
    literals: {en: ['give his arm to twist', 'give their arm to twist', 'give our arm to twist', 'give her arm to twist', 'give its arm to twist', 'give the arm to twist', 'give my arm to twist', 'give your arm to twist', 'gave his arm to twist', 'gave their arm to twist', 'gave its arm to twist', 'giving his arm to twist', 'giving their arm to twist', 'giving its arm to twist', 'give his arm to be twisted', 'give their arm to be twisted', 'give its arm to be twisted', 'give in his arm to twist'], fr: ['donner son bras à tordre', 'donne pas son bras à tordre']},
    expected: {en: ['back down', 'give in'], fr: ['céder', "lâcher prise"]},
    meaning: 'to refuse to give in (used with a negation)',
    confidence: 'high'
  },
  {
    id: 'es-vista-gorda',
    sourceLang: 'es',
    source: 'hacer la vista gorda',
    kind: 'idiom',
    literals: {en: ['make the fat view', 'made the fat view', 'making the fat view', 'makes the fat view', 'the fat view', 'the fat sight', 'make the fat sight', 'made the fat sight', 'the fat eye', 'make the fat eye', 'made the fat eye', 'turn the fat eye', 'turned the fat eye', 'the thick view', 'fat view'], fr: ['faire la vue grosse', 'la vue grosse', 'la vue grasse']},
    expected: {en: ['turn a blind eye'], fr: ['fermer les yeux']},
    meaning: 'to pretend not to see',
    confidence: 'high'
  },
  {
    id: 'es-balones-fuera',
    sourceLang: 'es',
    source: 'echar balones fuera',
    kind: 'idiom',
    literals: {en: ['throw balls out', 'threw balls out', 'throwing balls out', 'throws balls out', 'throw the balls out', 'threw the balls out', 'throwing the balls out', 'kick balls out', 'kicked balls out', 'kicking balls out', 'throw balls outside', 'threw balls outside', 'throwing balls outside'], fr: ['jeter des ballons dehors', 'renvoyer des ballons dehors']},
    expected: {en: ['dodge the question', 'pass the buck'], fr: ['botter en touche', 'se défausser']},
    meaning: 'to evade responsibility or a question',
    confidence: 'high',
    guard: {unlessNear: ['football', 'soccer', 'match', 'game', 'player', 'players', 'pitch', 'goalkeeper', 'tennis', 'basketball', 'training', 'stadium', 'golf', 'referee', 'kids', 'children', 'court', 'dog']}
  },
  {
    id: 'es-bombo-y-platillo',
    sourceLang: 'es',
    source: 'a bombo y platillo / con bombos y platillos',
    kind: 'idiom',
    literals: {en: ['with drum and cymbal', 'with drums and cymbals', 'with bass drum and cymbal', 'with bass drums and cymbals', 'with great drum and cymbal', 'with drum and saucer', 'with bombo and platillo', 'with bass drum and saucer', 'with drums and saucers', 'to drum and cymbal', 'to bass drum and cymbal', 'at drum and cymbal'], fr: ['à grosse caisse et cymbale', 'avec tambour et cymbale']},
    expected: {en: ['with great fanfare'], fr: ['en grande pompe', 'à grand bruit']},
    meaning: 'with great fanfare',
    confidence: 'high',
    guard: {unlessNear: ['musicians', 'percussion', 'drummer', 'orchestra', 'band', 'kit']}
  },
  {
    id: 'es-gota-que-colmo-el-vaso',
    sourceLang: 'es',
    source: 'la gota que colmó el vaso',
    kind: 'idiom',
    literals: {en: ['the drop that filled the glass', 'the drop that overflowed the glass', 'the drop that spilled the glass', 'the drop that filled the cup', 'the drop that overflowed the cup', 'the drop that fills the glass', 'the drop that overflows the glass', 'the drop that made the glass overflow', 'the drop that spilled the cup', 'the drop that topped the glass', 'the drop that filled the vessel', 'the drop that overflowed the vessel'], fr: ['la goutte qui a rempli le verre', 'la goutte qui remplit le verre', 'la goutte qui a comblé le verre']},
    expected: {en: ['the last straw', 'the final straw'], fr: ["la goutte d'eau qui a fait déborder le vase"]},
    meaning: 'the last straw',
    confidence: 'high'
  },
  {
    id: 'es-de-cabo-a-rabo',
    sourceLang: 'es',
    source: 'de cabo a rabo',
    kind: 'idiom',
    literals: {en: ['from cape to tail', 'from end to tail', 'from cable to tail', 'from tip to tail'], fr: ['de cap à queue']},
    expected: {en: ['from start to finish', 'from top to bottom'], fr: ['de bout en bout', 'de A à Z']},
    meaning: 'from beginning to end',
    confidence: 'high',
    guard: {unlessNear: ['nose', 'fish', 'dog', 'cat', 'animal', 'dragon', 'snake', 'plane', 'aircraft', 'whale', 'eating', 'cooking', 'chef']}
  },
  {
    id: 'es-abrir-y-cerrar-de-ojos',
    sourceLang: 'es',
    source: 'en un abrir y cerrar de ojos',
    kind: 'idiom',
    literals: {en: ['in an opening and closing of eyes', 'in an opening and closing of the eyes', 'in an open and close of eyes', 'in an open and close of the eyes', 'in an opening and closing of an eye', 'in one opening and closing of eyes', 'in a open and close of eyes'], fr: ["en un ouvrir et fermer d'yeux", 'en un ouvrir et fermer des yeux']},
    expected: {en: ['in the blink of an eye'], fr: ['en un clin d’œil']},
    meaning: 'in an instant',
    confidence: 'high'
  },
  {
    id: 'es-brazos-cruzados',
    sourceLang: 'es',
    source: 'quedarse de brazos cruzados',
    kind: 'idiom',
    literals: {en: ['stay with our arms crossed', 'stay with arms crossed', 'stay with crossed arms', 'stay with folded arms', 'stay with their arms crossed', 'stay with our arms folded', 'remain with arms crossed', 'remain with crossed arms', 'remain with our arms crossed', 'remain with their arms crossed', 'remain with folded arms', 'stay of crossed arms', 'stay of folded arms', 'remain of crossed arms', 'stand with our arms crossed', 'stay with the arms crossed', 'remain with the arms crossed', 'stayed with arms crossed', 'stayed with crossed arms', 'stayed with their arms crossed', 'remained with arms crossed', 'remained with crossed arms', 'remained with their arms crossed']},
    expected: {en: ['stand idly by', 'sit on our hands']},
    meaning: 'to do nothing, to stand idly by',
    confidence: 'high'
  },
  {
    id: 'es-poner-el-grito-en-el-cielo',
    sourceLang: 'es',
    source: 'poner el grito en el cielo',
    kind: 'idiom',
    literals: {en: ['put the scream in the sky', 'put the cry in the sky', 'put the shout in the sky', 'put the scream in heaven', 'put the cry in heaven', 'put the shout in heaven', 'put the scream to the sky', 'put the cry to the sky', 'put the scream to heaven', 'put the cry to heaven', 'put the shout to heaven', 'put their cry in the sky', 'put their cries in the sky', 'put the cry on the sky', 'put the scream on the sky', 'put the scream in the heavens', 'put the cry in the heavens', 'put the shout in the heavens', 'put the scream in the air', 'put the cry in the air']},
    expected: {en: ['raise an outcry', 'be up in arms']},
    meaning: 'to protest loudly, be outraged',
    confidence: 'high'
  },
  {
    id: 'es-en-el-candelero',
    sourceLang: 'es',
    source: 'estar en el candelero',
    kind: 'idiom',
    literals: {en: ['in the candlestick', 'on the candlestick', 'in the candelabra', 'on the candelabra', 'in the candelero', 'on the candelero', 'at the candlestick', 'in the candle holder', 'on the candle holder']},
    expected: {en: ['in the limelight', 'in the spotlight']},
    meaning: 'in the public eye',
    confidence: 'high',
    guard: {unlessNear: ['candle', 'candles', 'wax', 'antique', 'silver', 'brass', 'auction', 'dining', 'table', 'altar', 'menorah']}
  },
  {
    id: 'es-tirar-la-casa-por-la-ventana',
    sourceLang: 'es',
    source: 'tirar la casa por la ventana',
    kind: 'idiom',
    literals: {en: ['throw the house out the window', 'throw the house out of the window', 'throw the house through the window', 'throw the house out of the windows', 'throw the whole house out the window', 'throw the house by the window', 'throw the house through the windows']},
    expected: {en: ['push the boat out', 'spare no expense']},
    meaning: 'to spare no expense',
    confidence: 'high'
  },
  {
    id: 'es-gallina-de-los-huevos-de-oro',
    sourceLang: 'es',
    source: 'la gallina de los huevos de oro',
    kind: 'idiom',
    literals: {en: ['hen of the golden eggs', 'chicken of the golden eggs', 'hen with the golden eggs', 'chicken with the golden eggs', 'hen that lays the golden eggs', 'chicken that lays the golden eggs', 'hen of golden eggs', 'chicken of golden eggs', 'hen that lays golden eggs', 'chicken that lays golden eggs', 'hen of the eggs of gold', 'chicken of the eggs of gold', 'hen with golden eggs', 'chicken with golden eggs', 'hen of the golden egg', 'chicken of the golden egg']},
    expected: {en: ['goose that lays the golden eggs', 'cash cow']},
    meaning: 'a source of easy, steady profit',
    confidence: 'high'
  },
  {
    id: 'es-hacer-su-agosto',
    sourceLang: 'es',
    source: 'hacer su agosto',
    kind: 'idiom',
    literals: {en: ['make their august', 'make his august', 'make her august', 'make its august', 'make their own august', 'make his own august', 'do their august', 'do his august', 'do its august', "make one's august", 'make our august', 'make your august', 'made their august', 'make the august']},
    expected: {en: ['make a killing', 'cash in']},
    meaning: 'to make a killing',
    confidence: 'high'
  },
  {
    id: 'es-echar-un-cable',
    sourceLang: 'es',
    source: 'echar un cable',
    kind: 'idiom',
    literals: {en: ['throw a cable', 'throw him a cable', 'throw her a cable', 'throw them a cable', 'throw me a cable', 'throw us a cable', 'throw you a cable', 'throw it a cable', 'lend a cable', 'throw a cable to']},
    expected: {en: ['lend a hand', 'help out']},
    meaning: 'to help someone out',
    confidence: 'high',
    guard: {unlessNear: ['electric', 'electrical', 'power', 'rope', 'ship', 'boat', 'technicians', 'crane', 'rescuers', 'rescue', 'wire', 'wires', 'tow', 'helicopter', 'winch', 'divers']}
  },
  {
    id: 'es-buscarle-tres-pies-al-gato',
    sourceLang: 'es',
    source: 'buscarle tres (cinco) pies al gato',
    kind: 'idiom',
    literals: {en: ['three feet to the cat', 'three legs on the cat', 'three feet on the cat', 'three legs to the cat', 'three feet of the cat', 'three legs of the cat', 'five legs on the cat', 'five feet to the cat', 'five legs to the cat', 'five feet on the cat', 'five legs of the cat', 'five feet of the cat', 'three feet for the cat', 'three legs for the cat', 'five legs for the cat', 'five feet for the cat']},
    expected: {en: ['overcomplicate things', 'split hairs']},
    meaning: 'to overcomplicate things, look for problems where there are none',
    confidence: 'high'
  },
  {
    id: 'es-no-dar-pie-con-bola',
    sourceLang: 'es',
    source: 'no dar pie con bola',
    kind: 'idiom',
    literals: {en: ['give foot with ball', 'give a foot with a ball', 'give foot to ball', 'hit foot with ball', 'get foot with ball', 'give foot with the ball', 'give a foot with ball', 'give one foot with ball', 'put foot with ball', 'strike foot with ball']},
    expected: {en: ['get anything right']},
    meaning: '(not) to get anything right',
    confidence: 'high'
  },
  {
    id: 'es-llevarse-el-gato-al-agua',
    sourceLang: 'es',
    source: 'llevarse el gato al agua',
    kind: 'idiom',
    literals: {en: ['take the cat to the water', 'take the cat into the water', 'carry the cat to the water', 'carry the cat into the water', 'take the cat to water', 'bring the cat to the water', 'get the cat to the water', 'take away the cat to the water', 'take the cat away to the water', 'took the cat to the water']},
    expected: {en: ['carry the day', 'come out on top']},
    meaning: 'to win the day',
    confidence: 'high',
    guard: {unlessNear: ['pet', 'vet', 'bath', 'bathe', 'kitten', 'kittens', 'fur', 'drown', 'drowned', 'rescue', 'rescued', 'firefighters', 'owner', 'swim', 'swimming', 'river']}
  },
  {
    id: 'es-ponerse-en-la-piel-de',
    sourceLang: 'es',
    source: 'ponerse en la piel de',
    kind: 'idiom',
    literals: {en: ['put yourself in the skin of', 'put themselves in the skin of', 'put himself in the skin of', 'put herself in the skin of', 'put ourselves in the skin of', 'put myself in the skin of', 'put oneself in the skin of', "put yourself in the skin of others", "put themselves in others' skin", "put yourself in someone else's skin", 'put yourself in their skin', 'put themselves in their skin', 'put ourselves in their skin', 'put myself in their skin', 'put yourself in his skin', 'put yourself in her skin', 'put ourselves in the skin of', 'get into the skin of others']},
    expected: {en: ["put yourself in someone else's shoes"]},
    meaning: 'to put oneself in someone else’s shoes',
    confidence: 'high',
    guard: {unlessNear: ['actor', 'actress', 'role', 'character', 'film', 'movie', 'play']}
  },
  {
    id: 'es-agua-de-borrajas',
    sourceLang: 'es',
    source: 'quedarse en agua de borrajas',
    kind: 'idiom',
    literals: {en: ['borage water', 'water of borage', 'water of borrajas', 'borrajas water', 'borage juice', 'water of borages']},
    expected: {en: ['come to nothing', 'fizzle out']},
    meaning: 'to come to nothing',
    confidence: 'high',
    guard: {unlessNear: ['herb', 'herbs', 'herbal', 'tea', 'plant', 'plants', 'garden', 'infusion', 'recipe', 'flowers', 'remedy', 'oil']}
  },
  {
    id: 'es-en-la-cuerda-floja',
    sourceLang: 'es',
    source: 'estar en la cuerda floja',
    kind: 'idiom',
    literals: {en: ['on the slack rope', 'on the loose rope', 'on the slack line', 'on the loose string', 'on the loose cord', 'on the slack cord', 'on the slack string', 'on the loose tightrope', 'on the slack tightrope', 'on a slack rope', 'on a loose rope', 'on the limp rope']},
    expected: {en: ['on thin ice', 'hanging by a thread']},
    meaning: 'in a precarious position',
    confidence: 'high',
    guard: {unlessNear: ['circus', 'acrobat', 'acrobats', 'performer', 'performers', 'slackline', 'climbing', 'climbers', 'rigging', 'tied', 'knot', 'boat', 'tent', 'walker', 'balance']}
  },
  {
    id: 'es-ojo-del-huracan',
    sourceLang: 'es',
    source: 'en el ojo del huracán',
    kind: 'idiom',
    literals: {en: ['in the eye of the hurricane', 'at the eye of the hurricane', 'into the eye of the hurricane']},
    expected: {en: ['at the centre of the storm', 'in the eye of the storm']},
    meaning: 'at the centre of a controversy',
    confidence: 'low',
    guard: {unlessNear: ['wind', 'winds', 'storm', 'storms', 'category', 'landfall', 'mph', 'km/h', 'meteorologists', 'forecasters', 'pressure', 'rain', 'rainfall', 'satellite', 'evacuation', 'evacuated', 'coast', 'clouds', 'calm', 'aircraft', 'hunters', 'gusts', 'weather']}
  },
  {
    id: 'es-dar-la-cara',
    sourceLang: 'es',
    source: 'dar la cara',
    kind: 'idiom',
    literals: {en: ['give the face', 'give his face', 'give their face', 'give her face', 'give the face for', 'give face for', 'show the face for', 'give their faces', 'not give the face']},
    expected: {en: ['face up to it', 'take responsibility']},
    meaning: 'to face up to it, take responsibility',
    confidence: 'high',
    guard: {unlessNear: ['china', 'chinese', 'mianzi', 'cream', 'makeup', 'make-up', 'surgery', 'surgeon', 'transplant', 'mask', 'masks']}
  },
  {
    id: 'es-sacar-pecho',
    sourceLang: 'es',
    source: 'sacar pecho',
    kind: 'idiom',
    literals: {en: ['take out chest', 'take out the chest', 'take out his chest', 'take out her chest', 'take out their chest', 'take out its chest', 'take out our chest', 'pull out chest', 'pull out the chest', 'pull out his chest', 'pull out their chest', 'bring out chest', 'bring out the chest', 'take out pecho', 'take out breast']},
    expected: {en: ['boast', 'puff out its chest']},
    meaning: 'to boast, to show off',
    confidence: 'high',
    guard: {unlessNear: ['treasure', 'drawer', 'drawers', 'attic', 'furniture', 'box', 'tool', 'ice', 'wooden', 'cedar', 'surgeon', 'surgeons', 'surgery', 'x-ray', 'scan', 'pain', 'tube', 'chicken', 'meat', 'butcher', 'tumour', 'tumor', 'bullet']}
  },
  {
    id: 'es-cortar-el-bacalao',
    sourceLang: 'es',
    source: 'cortar el bacalao',
    kind: 'idiom',
    literals: {en: ['cut the cod', 'cuts the cod', 'cutting the cod', 'cut the codfish', 'cut the bacalao']},
    expected: {en: ['call the shots', 'rule the roost']},
    meaning: 'to be in charge',
    confidence: 'high',
    guard: {unlessNear: ['fish', 'fishmonger', 'fillet', 'fillets', 'kitchen', 'recipe', 'market', 'salted', 'chef', 'chefs', 'knife', 'cook', 'cooking', 'quota', 'quotas', 'fishermen', 'fishing', 'catch']}
  },
  {
    id: 'es-mover-ficha',
    sourceLang: 'es',
    source: 'mover ficha',
    kind: 'idiom',
    literals: {en: ['move token', 'move tokens', 'move a token', 'move their token', 'move its token', 'move his token', 'move her token', 'move chip', 'move a chip', 'move its chip', 'move their chip', 'move his chip', 'move tile', 'move a tile', 'move ficha', 'move a ficha']},
    expected: {en: ['make a move', 'make its move']},
    meaning: 'to make a move',
    confidence: 'high',
    guard: {unlessNear: ['board', 'game', 'games', 'chess', 'crypto', 'cryptocurrency', 'blockchain', 'wallet', 'casino', 'poker', 'domino', 'dominoes', 'semiconductor', 'chips', 'computer', 'folder', 'folders', 'drive', 'click', 'ludo', 'bathroom', 'floor', 'mahjong', 'scrabble']}
  },
  {
    id: 'es-caer-como-una-bomba',
    sourceLang: 'es',
    source: 'caer como una bomba',
    kind: 'idiom',
    literals: {en: ['fall like a bomb', 'fall like a bombshell', 'fall like bombs', 'fall as a bomb', 'land like a bomb', 'fall like a bucket of cold water', 'fall like a jug of cold water', 'fall like a pitcher of cold water']},
    expected: {en: ['come as a bombshell', 'come as a shock']},
    meaning: 'to come as a shock',
    confidence: 'high',
    guard: {unlessNear: ['plane', 'aircraft', 'jet', 'drone', 'meteor', 'meteorite', 'missile', 'rocket', 'debris', 'rocks', 'hail', 'hailstones']}
  },
  {
    id: 'es-tirar-de-la-manta',
    sourceLang: 'es',
    source: 'tirar de la manta',
    kind: 'idiom',
    literals: {en: ['pull the blanket', 'pull on the blanket', 'pull at the blanket', 'pull from the blanket', 'pull of the blanket', 'pulling of the blanket', 'pull back the blanket on']},
    expected: {en: ['blow the whistle', 'spill the beans']},
    meaning: 'to expose a hidden scandal',
    confidence: 'low',
    guard: {unlessNear: ['bed', 'beds', 'sleep', 'sleeping', 'asleep', 'cold', 'baby', 'sofa', 'couch', 'warm', 'covers', 'head', 'shoulders', 'tucked', 'chin', 'dog', 'cat', 'child', 'picnic', 'tent', 'hospital', 'shivering']}
  },
  {
    id: 'es-echar-el-guante',
    sourceLang: 'es',
    source: 'echarle el guante a',
    kind: 'idiom',
    literals: {en: ['throw the glove on', 'throw the glove at', 'throw the glove to', 'throw him the glove', 'throw them the glove', 'throw the glove over', 'put the glove on him', 'throw the glove upon', 'cast the glove on']},
    expected: {en: ['catch', 'get hold of']},
    meaning: 'to catch, to lay hands on',
    confidence: 'high',
    guard: {unlessNear: ['baseball', 'catcher', 'boxing', 'boxer', 'goalkeeper', 'goalie', 'ring', 'gauntlet', 'mitt', 'gloves']}
  },
  {
    id: 'es-una-y-carne',
    sourceLang: 'es',
    source: 'ser uña y carne',
    kind: 'idiom',
    literals: {en: ['nail and flesh', 'nail and meat', 'fingernail and flesh', 'nail and skin', 'flesh and nail', 'like nail and flesh', 'fingernail and meat', 'nails and flesh', 'nail and carne']},
    expected: {en: ['inseparable', 'as thick as thieves']},
    meaning: 'inseparable',
    confidence: 'high',
    guard: {unlessNear: ['infection', 'fungus', 'fungal', 'finger', 'fingers', 'toe', 'toes', 'wound', 'manicure', 'ingrown', 'doctor', 'hammer', 'wood', 'splinter']}
  },
  {
    id: 'es-poner-la-mano-en-el-fuego',
    sourceLang: 'es',
    source: 'poner la mano en el fuego por',
    kind: 'idiom',
    literals: {en: ['hand in the fire for', 'hands in the fire for', 'hand on the fire for', 'hands on the fire for', 'hand into the fire for', 'hands into the fire for', 'hand in fire for', 'hand in the fire by', 'hands in the fire by']},
    expected: {en: ['vouch for']},
    meaning: 'to vouch for someone',
    confidence: 'high'
  },
  {
    id: 'es-palos-en-las-ruedas',
    sourceLang: 'es',
    source: 'poner palos en las ruedas',
    kind: 'idiom',
    literals: {en: ['sticks in the wheels', 'sticks into the wheels', 'sticks between the wheels', 'sticks in the wheel', 'sticks in its wheels', 'sticks in their wheels', 'sticks in his wheels', 'sticks in her wheels', 'sticks in our wheels', 'poles in the wheels', 'poles in the wheel', 'clubs in the wheels', 'rods in the wheels', 'sticks on the wheels', 'sticks to the wheels']},
    expected: {en: ['spokes in the wheel', 'obstacles']},
    meaning: 'to put obstacles in someone’s way',
    confidence: 'high',
    guard: {unlessNear: ['bicycle', 'bike', 'bikes', 'cyclist', 'cyclists', 'cart', 'wagon', 'mud', 'stuck']}
  }
]
