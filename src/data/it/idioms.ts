import type {CalqueEntry} from '../types.js'

/** Italian idioms of the press and of quoted speakers, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'it-stando-a',
    sourceLang: 'it',
    source: 'stando a',
    kind: 'idiom',
    literals: {en: ['standing to the data', 'standing to the figures', 'standing to the numbers', 'standing to the report', 'standing to the estimates', 'standing to what', 'standing to the latest', 'standing to the sources', 'standing to the reconstruction', 'standing to the statements', 'standing to the words of', 'standing to the results']},
    expected: {en: ['according to']},
    meaning: 'according to',
    confidence: 'high',
    note: '*Stando a* (going by) introduces a source; English says `according to`.'
  },
  {
    id: 'it-sempre-secondo',
    sourceLang: 'it',
    source: 'sempre secondo',
    kind: 'idiom',
    literals: {en: ['always according to', 'always following', 'always second']},
    expected: {en: ['also according to', 'according to']},
    meaning: 'again according to (the same source)',
    confidence: 'high',
    note: '*Sempre secondo X* (again according to X) rendered with `always`.'
  },
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
  },
  {
    id: 'it-essere-alla-frutta',
    sourceLang: 'it',
    source: 'essere alla frutta',
    kind: 'idiom',
    literals: {en: ['be at the fruit', 'be now at the fruit', 'be already at the fruit', 'be really at the fruit', 'be at the fruit stage', 'arrive at the fruit', 'be at fruit']},
    expected: {en: ['be at the end of the line', 'be on its last legs']},
    meaning: 'to be at the end of one’s resources, on one’s last legs',
    confidence: 'high',
    guard: {unlessNear: ['stand', 'stall', 'stalls', 'market', 'shop', 'supermarket', 'counter', 'bowl', 'vegetable', 'vegetables', 'section', 'aisle', 'orchard', 'trees', 'harvest', 'picking', 'buffet', 'salad']}
  },
  {
    id: 'it-tagliare-la-testa-al-toro',
    sourceLang: 'it',
    source: 'tagliare la testa al toro',
    kind: 'idiom',
    literals: {en: ['cut the head of the bull', 'cut the head off the bull', 'cut the head to the bull', 'cut off the head of the bull', 'cut off the head to the bull', 'cut the bull head', 'cut the head at the bull', 'cutting the head of the bull']},
    expected: {en: ['settle the matter once and for all', 'cut to the chase']},
    meaning: 'to settle a matter decisively',
    confidence: 'high',
    guard: {unlessNear: ['bullfight', 'bullfighting', 'matador', 'slaughter', 'slaughterhouse', 'butcher', 'statue', 'sculpture', 'ritual', 'sacrifice']}
  },
  {
    id: 'it-buco-nell-acqua',
    sourceLang: 'it',
    source: "fare un buco nell'acqua",
    kind: 'idiom',
    literals: {en: ['make a hole in the water', 'make a hole in water', 'do a hole in the water', 'make holes in the water', 'made a hole in the water', 'make a big hole in the water', 'make yet another hole in the water', 'another hole in the water']},
    expected: {en: ['draw a blank', 'come to nothing']},
    meaning: 'to fail, get nowhere',
    confidence: 'high',
    guard: {unlessNear: ['ice', 'frozen', 'fishing', 'boat', 'hull', 'pipe', 'pipes', 'tank', 'leak', 'leaks', 'pool']}
  },
  {
    id: 'it-coltello-dalla-parte-del-manico',
    sourceLang: 'it',
    source: 'avere il coltello dalla parte del manico',
    kind: 'idiom',
    literals: {en: ['knife on the side of the handle', 'knife from the side of the handle', 'knife on the handle side', 'knife from the handle side', 'knife on the part of the handle', 'knife from the part of the handle', 'knife by the side of the handle', 'knife on the side of the hilt', 'knife from the side of the hilt', 'knife by the part of the handle', 'knife at the side of the handle', 'knife on the handle part']},
    expected: {en: ['hold all the cards', 'have the upper hand']},
    meaning: 'to be in control, hold the advantage',
    confidence: 'high'
  },
  {
    id: 'it-salvare-capra-e-cavoli',
    sourceLang: 'it',
    source: 'salvare capra e cavoli',
    kind: 'idiom',
    literals: {en: ['goat and cabbage', 'goat and cabbages', 'goats and cabbages', 'goat and the cabbage', 'goat and the cabbages', 'the goat and cabbage', 'the goat and the cabbages', 'goat and kale', 'goat and cabbages too', 'save goat and cabbage', 'save the goat and the cabbage']},
    expected: {en: ['have it both ways', 'have their cake and eat it']},
    meaning: 'to satisfy both sides at once',
    confidence: 'high',
    guard: {unlessNear: ['farm', 'farmer', 'farmers', 'market', 'recipe', 'riddle', 'wolf', 'river', 'boat', 'puzzle', 'cheese', 'stew', 'soup', 'dish', 'menu']}
  },
  {
    id: 'it-prendere-un-granchio',
    sourceLang: 'it',
    source: 'prendere un granchio',
    kind: 'idiom',
    literals: {en: ['take a crab', 'take a big crab', 'take a huge crab', 'take a colossal crab', 'take quite a crab', 'take a real crab', 'took a crab', 'take a gross crab', 'take a serious crab']},
    expected: {en: ['make a blunder', 'get it wrong']},
    meaning: 'to make a blunder',
    confidence: 'high',
    guard: {unlessNear: ['seafood', 'fishing', 'fisherman', 'fishermen', 'beach', 'restaurant', 'pot', 'trap', 'traps', 'claws', 'lobster', 'aquarium', 'shell', 'boat', 'cooked', 'menu']}
  },
  {
    id: 'it-mettere-le-mani-avanti',
    sourceLang: 'it',
    source: 'mettere le mani avanti',
    kind: 'idiom',
    literals: {en: ['put the hands forward', 'put the hands ahead', 'put their hands forward', 'put his hands forward', 'put her hands forward', 'put my hands forward', 'put our hands forward', 'put your hands forward', 'put their hands ahead', 'put his hands ahead', 'put her hands ahead', 'put our hands ahead', 'put the hands in front', 'put hands forward', 'put hands ahead', 'put the hands before', 'put forward the hands', 'put the hands on before']},
    expected: {en: ['cover themselves in advance', 'hedge their bets']},
    meaning: 'to cover oneself in advance, hedge one’s bets',
    confidence: 'high',
    guard: {unlessNear: ['exercise', 'exercises', 'yoga', 'stretch', 'stretching', 'arms', 'palms', 'police', 'cuffs', 'handcuffs', 'fall', 'fell', 'falling', 'dance', 'dancers', 'gymnast', 'swim']}
  },
  {
    id: 'it-fare-le-scarpe',
    sourceLang: 'it',
    source: 'fare le scarpe a qualcuno',
    kind: 'idiom',
    literals: {en: ['make the shoes to', 'do the shoes to', 'make shoes to', 'do shoes to', 'make the shoes at', 'make him the shoes', 'make them the shoes', 'make her the shoes', 'do him the shoes', 'do her the shoes', 'do them the shoes']},
    expected: {en: ['stab in the back', 'oust']},
    meaning: 'to stab someone in the back, undermine them to take their place',
    confidence: 'high',
    guard: {unlessNear: ['cobbler', 'shoemaker', 'shoemakers', 'leather', 'factory', 'workshop', 'craftsman', 'craftsmen', 'artisan', 'boutique', 'brand']}
  },
  {
    id: 'it-piantare-in-asso',
    sourceLang: 'it',
    source: 'piantare in asso',
    kind: 'idiom',
    literals: {en: ['plant in ace', 'plant him in ace', 'plant her in ace', 'plant them in ace', 'plant us in ace', 'plant me in ace', 'plant it in ace', 'plant you in ace', 'leave in ace', 'leave him in ace', 'leave them in ace', 'leave her in ace', 'plant in asso', 'planted in ace', 'planting in ace', 'plant on ace', 'plant them on ace']},
    expected: {en: ['leave in the lurch', 'abandon']},
    meaning: 'to abandon someone suddenly',
    confidence: 'high'
  },
  {
    id: 'it-diavolo-per-capello',
    sourceLang: 'it',
    source: 'avere un diavolo per capello',
    kind: 'idiom',
    literals: {en: ['a devil for each hair', 'a devil for every hair', 'a devil per hair', 'one devil per hair', 'one devil for each hair', 'devil for every hair', 'devil for each hair', 'a devil in every hair', 'a devil in each hair', 'a devil by hair', 'a devil for hair', 'devils for every hair']},
    expected: {en: ['be livid', 'be fuming']},
    meaning: 'to be furious',
    confidence: 'high'
  },
  {
    id: 'it-a-gonfie-vele',
    sourceLang: 'it',
    source: 'andare a gonfie vele',
    kind: 'idiom',
    literals: {en: ['swollen sails', 'inflated sails', 'puffed sails', 'puffed-up sails', 'with full sails', 'at full sails', 'to full sails', 'at swollen sails', 'with swollen sails', 'with inflated sails', 'at inflated sails', 'in full sails', 'swelling sails']},
    expected: {en: ['going swimmingly', 'going great guns']},
    meaning: 'to go very well',
    confidence: 'high',
    guard: {unlessNear: ['yacht', 'yachts', 'sailing', 'boat', 'boats', 'ship', 'ships', 'sailor', 'sailors', 'regatta', 'vessel', 'crew', 'harbour', 'harbor', 'mast', 'breeze', 'windsurf', 'galleon', 'frigate']}
  },
  {
    id: 'it-peli-sulla-lingua',
    sourceLang: 'it',
    source: 'non avere peli sulla lingua',
    kind: 'idiom',
    literals: {en: ['hairs on the tongue', 'hairs on his tongue', 'hairs on her tongue', 'hairs on their tongue', 'hairs on their tongues', 'hair on the tongue', 'hair on his tongue', 'hair on her tongue', 'hair on their tongue', 'hairs on my tongue', 'hair on my tongue', 'hairs on your tongue', 'hair on your tongue']},
    expected: {en: ['not mince words', 'speak bluntly']},
    meaning: 'to speak bluntly',
    confidence: 'high',
    guard: {unlessNear: ['medical', 'doctor', 'doctors', 'condition', 'syndrome', 'patient', 'infection', 'fungal', 'cat', 'cats', 'black', 'antibiotics', 'smokers']}
  },
  {
    id: 'it-sotto-gli-occhi-di-tutti',
    sourceLang: 'it',
    source: "sotto gli occhi di tutti",
    kind: 'idiom',
    literals: {en: ["under the eyes of all", "under the eyes of everyone", "under the eyes of everybody", "under everyone's eyes", "before the eyes of all", "in front of the eyes of all"]},
    expected: {en: ["there for all to see", "plain for all to see"]},
    meaning: "obvious to everyone",
    confidence: 'high'
  },
  {
    id: 'it-goccia-fa-traboccare-il-vaso',
    sourceLang: 'it',
    source: "la goccia che fa traboccare il vaso",
    kind: 'idiom',
    literals: {en: ["the drop that made the vase overflow", "the drop that makes the vase overflow", "the drop that overflowed the vase", "the drop that overflows the vase", "the drop that made the vase spill over", "the drop that will make the vase overflow", "drop that made the vase overflow"]},
    expected: {en: ["the last straw", "the straw that broke the camel’s back"]},
    meaning: "the last straw",
    confidence: 'high'
  },
  {
    id: 'it-decise-nei-palazzi',
    sourceLang: 'it',
    source: 'decisioni prese nei palazzi',
    kind: 'phrase',
    literals: {en: ['taken in the palaces', 'decided in the palaces', 'made in the palaces', 'taken in the palaces of power']},
    expected: {en: ['taken in the corridors of power']},
    meaning: 'decided by those in power, far from the people',
    confidence: 'high',
    guard: {unlessNear: ['royal', 'king', 'queen', 'museum', 'museums', 'tour', 'tourists', 'architecture', 'frescoes', 'baroque']}
  }
]
