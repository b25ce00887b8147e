import {idiom} from '../idiom.js'
import type {CalqueEntry} from '../types.js'

/** Dutch idioms of the press and of quoted speakers, as machine translation renders them word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'nl-franse-slag',
    sourceLang: 'nl',
    source: 'met de Franse slag',
    kind: 'idiom',
    literals: {en: ['with the french stroke', 'with the french blow', 'with the french beat', 'with the french slap', 'with the french strike', 'with the french battle', 'with a french stroke'], fr: ['avec le coup français', 'avec la frappe française']},
    expected: {en: ['sloppily', 'carelessly'], fr: ['à la va-vite', "à la va-comme-je-te-pousse"]},
    meaning: 'sloppily, in a slapdash way',
    confidence: 'high',
    guard: {unlessNear: ['tennis', 'swimming', 'swimmer', 'rowing', 'boxing', 'fencing', 'army', 'napoleon', 'waterloo', 'troops']}
  },
  {
    id: 'nl-kat-uit-de-boom',
    sourceLang: 'nl',
    source: 'de kat uit de boom kijken',
    kind: 'idiom',
    literals: {en: ['look the cat out of the tree', 'looking the cat out of the tree', 'looks the cat out of the tree', 'looked the cat out of the tree', 'watch the cat out of the tree', 'watching the cat out of the tree', 'watched the cat out of the tree', 'see the cat out of the tree', 'seeing the cat out of the tree', 'watch the cat from the tree', 'watching the cat from the tree', 'look the cat from the tree', 'looking the cat from the tree'], fr: ['regarder le chat hors de l’arbre', "regarder le chat sortir de l'arbre", "regardent le chat hors de l'arbre"]},
    expected: {en: ['wait and see', 'sit on the fence'], fr: ['attendre de voir', "voir venir"]},
    meaning: 'to wait and see which way things go',
    confidence: 'high',
    guard: {unlessNear: ['firefighters', 'firemen', 'brigade', 'rescued', 'rescue', 'ladder', 'stuck', 'pet', 'owner', 'meowing', 'climbed']}
  },
  {
    id: 'nl-oor-aannaaien',
    sourceLang: 'nl',
    source: 'iemand een oor aannaaien',
    kind: 'idiom',
    literals: {en: ['sew an ear on', 'sewn an ear on', 'sewed an ear on', 'sewing an ear on', 'sew someone an ear', 'sewed him an ear', 'sewed her an ear', 'sew us an ear', 'sewed us an ear', 'sewed them an ear', 'sew them an ear', 'sew him an ear', 'sewn an ear', 'sewed an ear', 'sew an ear', 'had an ear sewn on', 'been sewn an ear']},
    expected: {en: ['pull a fast one', 'con']},
    meaning: 'to cheat or con someone',
    confidence: 'high',
    guard: {unlessNear: ['surgeon', 'surgeons', 'surgery', 'doctor', 'doctors', 'transplant', 'teddy', 'doll', 'bear', 'stitches', 'wound', 'injury', 'plastic', 'reattached', 'severed', 'hospital']}
  },
  {
    id: 'nl-door-de-mand-vallen',
    sourceLang: 'nl',
    source: 'door de mand vallen',
    kind: 'idiom',
    literals: {en: ['fall through the basket', 'fell through the basket', 'falls through the basket', 'fallen through the basket', 'falling through the basket', 'fall through the mand', 'fell through the mand'], fr: ['tomber à travers le panier', 'tombé à travers le panier', 'passer à travers le panier']},
    expected: {en: ['be exposed', 'be caught out'], fr: ['être démasqué', 'se trahir']},
    meaning: 'to be exposed, to be found out',
    confidence: 'high',
    guard: {unlessNear: ['basketball', 'hoop', 'ball', 'balloon', 'hot-air', 'picnic', 'laundry', 'eggs', 'cat', 'kitten']}
  },
  {
    id: 'nl-boot-afhouden',
    sourceLang: 'nl',
    source: 'de boot afhouden',
    kind: 'idiom',
    literals: {en: ['keep the boat off', 'kept the boat off', 'keeping the boat off', 'keeps the boat off', 'hold the boat off', 'held the boat off', 'holding the boat off', 'keep the boat away', 'kept the boat away', 'keeping the boat away', 'hold off the boat', 'holding off the boat', 'held off the boat'], fr: ['tenir le bateau à distance', 'tenu le bateau à distance']},
    expected: {en: ['stall', 'stonewall'], fr: ['temporiser', 'botter en touche']},
    meaning: 'to stall, to avoid committing oneself',
    confidence: 'high',
    guard: {unlessNear: ['harbour', 'harbor', 'dock', 'docks', 'quay', 'sailors', 'sailor', 'rope', 'oars', 'capsized', 'coast', 'coastguard', 'pier', 'rocks', 'jetty', 'waves', 'crew', 'navy', 'ferry']}
  },
  {
    id: 'nl-tegen-de-lamp-lopen',
    sourceLang: 'nl',
    source: 'tegen de lamp lopen',
    kind: 'idiom',
    literals: {en: ['walk against the lamp', 'walked against the lamp', 'walks against the lamp', 'walking against the lamp', 'ran against the lamp', 'run against the lamp', 'running against the lamp', 'runs against the lamp', 'walked into the lamp', 'walk into the lamp', 'ran into the lamp'], fr: ['marcher contre la lampe', 'marché contre la lampe', 'couru contre la lampe']},
    expected: {en: ['get caught'], fr: ['se faire prendre', 'se faire pincer']},
    meaning: 'to get caught',
    confidence: 'high',
    guard: {unlessNear: ['street', 'lamppost', 'post', 'pole', 'drunk', 'bumped', 'injured', 'head', 'forehead', 'dark', 'darkness', 'blind']}
  },
  {
    id: 'nl-kogel-door-de-kerk',
    sourceLang: 'nl',
    source: 'de kogel is door de kerk',
    kind: 'idiom',
    literals: {en: ['the bullet is through the church', 'the bullet has gone through the church', 'the bullet went through the church', 'the ball is through the church', 'the bullet is out through the church', 'the bullet has passed through the church'], fr: ["la balle est passée à travers l'église", "la balle a traversé l'église", "la balle est à travers l'église"]},
    expected: {en: ['the die is cast', 'the decision has been made'], fr: ['les dés sont jetés']},
    meaning: 'the decision has been made',
    confidence: 'high',
    guard: {unlessNear: ['shooting', 'shot', 'shots', 'gunman', 'police', 'fired', 'window', 'windows', 'damage', 'damaged', 'investigators', 'shooter', 'priest', 'congregation', 'stray']}
  },
  {
    id: 'nl-appeltje-te-schillen',
    sourceLang: 'nl',
    source: 'een appeltje te schillen hebben',
    kind: 'idiom',
    literals: {en: ['an apple to peel', 'a little apple to peel', 'an apple to be peeled', 'a small apple to peel', 'an appeltje to peel', 'apple to peel with']},
    expected: {en: ['a bone to pick']},
    meaning: 'to have a grievance to settle with someone',
    confidence: 'high',
    guard: {unlessNear: ['knife', 'kitchen', 'fruit', 'snack', 'peeler', 'lunch', 'breakfast', 'recipe', 'pie', 'cake', 'orchard']}
  },
  {
    id: 'nl-boter-bij-de-vis',
    sourceLang: 'nl',
    source: 'boter bij de vis',
    kind: 'idiom',
    literals: {en: ['butter with the fish', 'butter by the fish', 'butter at the fish', 'butter to the fish', 'butter near the fish']},
    expected: {en: ['cash on delivery', 'payment up front']},
    meaning: 'payment on the spot; get down to business',
    confidence: 'high',
    guard: {unlessNear: ['recipe', 'cook', 'cooking', 'pan', 'fry', 'fried', 'lemon', 'sauce', 'chef', 'restaurant', 'dinner', 'menu', 'melted', 'serve', 'served', 'garlic', 'salmon', 'sole', 'oven']}
  },
  {
    id: 'nl-aap-uit-de-mouw',
    sourceLang: 'nl',
    source: 'nu komt de aap uit de mouw',
    kind: 'idiom',
    literals: {en: ['the monkey comes out of the sleeve', 'the monkey came out of the sleeve', 'the monkey is coming out of the sleeve', 'the monkey has come out of the sleeve', 'the ape comes out of the sleeve', 'the ape came out of the sleeve', 'the monkey comes from the sleeve', 'the monkey out of the sleeve'], fr: ['le singe sort de la manche', 'le singe est sorti de la manche']},
    expected: {en: ['the truth comes out', 'the cat is out of the bag'], fr: ['le chat sort du sac', 'la vérité éclate']},
    meaning: 'the truth (the real motive) comes out',
    confidence: 'high'
  },
  {
    id: 'nl-onder-de-knie',
    sourceLang: 'nl',
    source: 'iets onder de knie hebben/krijgen',
    kind: 'idiom',
    literals: {en: ['have it under the knee', 'has it under the knee', 'had it under the knee', 'got it under the knee', 'get it under the knee', 'getting it under the knee', 'under the knee by now', 'have under the knee', 'got under the knee', 'get under the knee'], fr: ['sous le genou']},
    expected: {en: ['mastered it', 'got the hang of it'], fr: ['maîtriser', "avoir pris le coup"]},
    meaning: 'to have mastered something',
    confidence: 'high',
    guard: {unlessNear: ['injury', 'injured', 'pain', 'surgery', 'ligament', 'tendon', 'bandage', 'brace', 'kneecap', 'cartilage', 'swelling', 'doctor', 'leg', 'shot', 'wound']}
  },
  {
    id: 'nl-water-bij-de-wijn',
    sourceLang: 'nl',
    source: 'water bij de wijn doen',
    kind: 'idiom',
    literals: {en: ['water with the wine', 'water by the wine', 'water at the wine', 'put water with the wine', 'do water with the wine', 'doing water with the wine', 'did water with the wine', 'add water with the wine', 'put water in the wine', 'put water into the wine', 'do water in the wine', 'put water by the wine']},
    expected: {en: ['compromise', 'make concessions']},
    meaning: 'to compromise, to moderate one’s demands',
    confidence: 'high',
    guard: {unlessNear: ['glass', 'glasses', 'bottle', 'dinner', 'restaurant', 'vineyard', 'drink', 'drinking', 'tasting', 'table', 'served', 'menu']}
  },
  {
    id: 'nl-boter-op-het-hoofd',
    sourceLang: 'nl',
    source: 'boter op je hoofd hebben',
    kind: 'idiom',
    literals: {en: ['butter on his head', 'butter on her head', 'butter on their head', 'butter on their heads', 'butter on its head', 'butter on your head', 'butter on our head', 'butter on my head', 'butter on the head']},
    expected: {en: ['a hypocrite', 'no room to criticise']},
    meaning: 'to be guilty of the very thing one criticises in others',
    confidence: 'high',
    guard: {unlessNear: ['recipe', 'hair', 'cake', 'kitchen', 'baby', 'massage', 'slipped', 'prank', 'burn', 'bump']}
  },
  {
    id: 'nl-kat-in-de-zak',
    sourceLang: 'nl',
    source: 'een kat in de zak kopen',
    kind: 'idiom',
    literals: {en: ['a cat in the bag', 'a cat in the sack', 'a cat in a bag', 'a cat in a sack', 'the cat in the bag', 'the cat in the sack'], fr: ['un chat dans le sac', 'un chat dans un sac']},
    expected: {en: ['a pig in a poke'], fr: ['chat en poche']},
    meaning: 'to buy something without inspecting it, a disappointing purchase',
    confidence: 'high',
    guard: {unlessNear: ['pet', 'shelter', 'animal', 'kitten', 'kittens', 'drowned', 'abandoned', 'vet', 'rescued', 'out', 'let']}
  },
  {
    id: 'nl-in-de-aap-gelogeerd',
    sourceLang: 'nl',
    source: 'in de aap gelogeerd zijn',
    kind: 'idiom',
    literals: {en: ['lodged in the monkey', 'staying in the monkey', 'stayed in the monkey', 'housed in the monkey', 'accommodated in the monkey', 'logged in the monkey'], fr: ['logé dans le singe', 'logés dans le singe']},
    expected: {en: ['in a fix', 'in trouble'], fr: ['dans le pétrin']},
    meaning: 'to be in a fix',
    confidence: 'high'
  },
  {
    id: 'nl-mosterd-na-de-maaltijd',
    sourceLang: 'nl',
    source: 'mosterd na de maaltijd',
    kind: 'idiom',
    literals: {en: ['mustard after the meal', 'mustard after the dinner', 'mustard after a meal'], fr: ['de la moutarde après le repas']},
    expected: {en: ['too little, too late', 'too late to help'], fr: ['trop tard']},
    meaning: 'too late to be of use',
    confidence: 'high'
  },
  idiom('nl', 'tussen-wal-en-schip', 'tussen wal en schip vallen', ['fall between the quay and the ship', 'fall between quay and ship', 'fall between the wall and the ship', 'fall between wall and ship', 'between the quay and the ship', 'between quay and ship', 'between the wall and the ship'], ['fall through the cracks', 'slip through the net'], 'to fall through the cracks'),
  idiom('nl', 'knoop-doorhakken', 'de knoop doorhakken', ['hacked through the knot', 'hack through the knot', 'hacks through the knot', 'hacking through the knot', 'chop through the knot', 'chopped through the knot', 'chopping through the knot', 'hewed through the knot', 'hew through the knot'], ['made the decision', 'took the plunge'], 'to make the final decision'),
  idiom('nl', 'handen-in-het-haar', 'met de handen in het haar zitten', ['sat with his hands in his hair', 'sat with her hands in her hair', 'sat with their hands in their hair', 'sit with our hands in our hair', 'sits with his hands in his hair', 'sits with her hands in her hair', 'sitting with his hands in his hair', 'sitting with their hands in their hair', 'sit with their hands in their hair', 'with the hands in the hair'], ['was at his wits\' end', 'did not know what to do'], 'to be at one\'s wits\' end'),
  idiom('nl', 'spoken-zien', 'spoken zien', ['not to see ghosts', 'not see ghosts', 'is seeing ghosts', 'are seeing ghosts', 'was seeing ghosts', 'were seeing ghosts', 'sees ghosts', 'see ghosts where'], ['not to panic', 'not to imagine the worst'], 'to imagine dangers that are not there', {guard: {unlessNear: ['haunted', 'halloween', 'ghost', 'paranormal', 'spirits', 'séance', 'film', 'movie', 'novel', 'castle']}}),
  idiom('nl', 'oude-koeien-uit-de-sloot', 'oude koeien uit de sloot halen', ['pull old cows out of the ditch', 'pulling old cows out of the ditch', 'pulled old cows out of the ditch', 'drag old cows out of the ditch', 'get old cows out of the ditch', 'old cows out of the ditch'], ['rake up the past', 'dredge up old grievances'], 'to rake up the past', {guard: {unlessNear: ['farmer', 'farmers', 'tractor', 'rescue', 'rescued', 'vet', 'herd']}}),
  idiom('nl', 'stemming-onder-nul', "de stemming is onder nul", ["mood was below zero", "mood is below zero", "mood below zero", "atmosphere was below zero", "atmosphere is below zero", "spirits were below zero"], ["the mood was gloomy", "morale was at rock bottom"], "morale is very low"),
  idiom('nl', 'gaat-voor-alles', "… gaat voor alles", ["goes before everything", "go before everything", "went before everything"], ["comes first"], "has priority over everything", {kind: 'phrase'}),
  idiom('nl', 'rekening-gepresenteerd', "de rekening gepresenteerd krijgen", ["get the bill presented", "gets the bill presented", "got the bill presented", "getting the bill presented", "get presented the bill", "gets presented the bill"], ["foot the bill", "pay the price"], "to bear the cost"),
  idiom('nl', 'snijdt-geen-hout', 'dat snijdt geen hout', ['that does not cut wood', 'does not cut wood', "doesn't cut wood", 'did not cut wood', 'cuts no wood', 'that cuts no wood'], ['that does not hold water'], 'the argument is not convincing', {guard: {unlessNear: ['saw', 'saws', 'axe', 'chainsaw', 'blade', 'timber', 'logs', 'firewood']}}),
  idiom('nl', 'op-de-lange-baan', 'op de lange baan schuiven', ['pushed onto the long track', 'pushed on the long track', 'put on the long track', 'shoved onto the long track', 'pushed to the long track', 'onto the long track', 'on the long track'], ['shelved', 'put on the back burner'], 'to postpone indefinitely', {guard: {unlessNear: ['athletics', 'runner', 'runners', 'race', 'skating', 'skater', 'skaters', 'speed']}}),
  idiom('nl', 'schot-in-de-roos', 'een schot in de roos', ['a shot in the rose', 'shot in the rose', 'a shot into the rose', 'shots in the rose'], ["a bull's-eye", 'a direct hit'], 'a complete success'),
  idiom('nl', 'met-de-deur-in-huis', 'met de deur in huis vallen', ['fell with the door into the house', 'fall with the door into the house', 'falls with the door into the house', 'falling with the door into the house', 'fell with the door in the house', 'fall with the door in the house'], ['got straight to the point'], 'to come straight to the point'),
  idiom('nl', 'uilen-naar-athene', 'uilen naar Athene dragen', ['carrying owls to athens', 'carry owls to athens', 'carried owls to athens', 'bringing owls to athens', 'bring owls to athens'], ['carrying coals to Newcastle'], 'doing something pointless'),
  idiom('nl', 'zure-appel', 'door de zure appel heen bijten', ['bite through the sour apple', 'biting through the sour apple', 'bit through the sour apple', 'bite into the sour apple', 'bite the sour apple'], ['bite the bullet'], 'to accept something unpleasant'),
  idiom('nl', 'tang-op-een-varken', 'dat slaat als een tang op een varken', ['fits like pliers on a pig', 'like pliers on a pig', 'like a pair of pliers on a pig', 'like tongs on a pig', 'hits like pliers on a pig'], ['makes no sense at all'], 'it makes no sense'),
  idiom('nl', 'naar-de-rechter', 'naar de rechter stappen', ['goes to the judge', 'go to the judge', 'went to the judge', 'going to the judge', 'step to the judge', 'stepped to the judge'], ['goes to court'], 'to take legal action'),
  idiom('nl', 'paard-achter-de-wagen', 'het paard achter de wagen spannen', ['put the horse behind the cart', 'putting the horse behind the cart', 'harness the horse behind the cart', 'hitch the horse behind the cart', 'span the horse behind the wagon', 'put the horse behind the wagon', 'harness the horse behind the wagon', 'the horse behind the cart', 'the horse behind the wagon'], ['put the cart before the horse'], 'to do things in the wrong order', {guard: {unlessNear: ['farm', 'farmer', 'farmers', 'parade', 'carriage', 'stable', 'riding', 'pulled', 'museum']}}),
  idiom('nl', 'kool-en-geit-sparen', 'de kool en de geit sparen', ['spare the goat and the cabbage', 'spare the cabbage and the goat', 'spare the goat and cabbage', 'spare the cabbage and goat', 'save the cabbage and the goat', 'spare both the cabbage and the goat', 'spare both the goat and the cabbage'], ['keep both sides happy', 'have it both ways'], 'to try to satisfy both sides at once', {guard: {unlessNear: ['farm', 'farmer', 'farmers', 'market', 'recipe', 'wolf', 'riddle', 'puzzle', 'stew', 'soup', 'dish']}}),
  idiom('nl', 'water-tot-de-lippen', 'het water staat ons tot de lippen', ['the water stood at our lips', 'the water stands at our lips', 'the water is at our lips', 'the water was at our lips', 'the water stood to our lips', 'the water up to our lips', 'water up to our lips'], ['we were up to our necks'], 'to be in deep trouble', {guard: {unlessNear: ['flood', 'flooded', 'flooding', 'swim', 'swimming', 'drowning', 'river', 'pool']}}),
  idiom('nl', 'gebakken-peren', 'met de gebakken peren blijven zitten', ['left sitting with the baked pears', 'sitting with the baked pears', 'sit with the baked pears', 'left with the baked pears', 'stuck with the baked pears', 'remain sitting with the baked pears'], ['left to pick up the pieces', 'left holding the baby'], 'to be left with the consequences')
]
