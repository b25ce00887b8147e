import {idiom} from '../idiom.js'
import type {CalqueEntry} from '../types.js'

/** Turkish idioms and proverbs that machine translation renders word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'tr-bicak-kemige-dayandi',
    sourceLang: 'tr',
    source: 'bıçak kemiğe dayandı',
    kind: 'idiom',
    literals: {en: ['the knife has reached the bone', 'the knife reached the bone', 'the knife came to the bone', 'the knife has come to the bone', 'the knife is at the bone', 'knife has hit the bone']},
    expected: {en: ['the situation has become unbearable', 'things cannot go on like this']},
    meaning: 'the situation has become unbearable',
    confidence: 'high',
    note: '*Bıçak kemiğe dayandı* (the knife has reached the bone): it cannot go on.'
  },
  {
    id: 'tr-kulak-asmamak',
    sourceLang: 'tr',
    source: 'kulak asmamak',
    kind: 'idiom',
    literals: {en: ['did not hang an ear', 'didn\'t hang an ear', 'does not hang an ear', 'doesn\'t hang an ear', 'did not hang ears', 'didn\'t hang ears', 'not hanging an ear', 'not hang an ear', 'hung no ear', 'hang no ear', 'without hanging an ear', 'hang an ear to', 'hung an ear to'], fr: ['n\'a pas accroché l\'oreille', 'sans accrocher l\'oreille', 'accrocher l\'oreille']},
    expected: {en: ['ignored', 'paid no attention'], fr: ['a ignoré', 'n\'a pas prêté attention']},
    meaning: 'to ignore, to pay no heed',
    confidence: 'high'
  },
  {
    id: 'tr-etekleri-zil-calmak',
    sourceLang: 'tr',
    source: 'etekleri zil çalmak',
    kind: 'idiom',
    literals: {en: ['skirts ringing bells', 'skirts rang bells', 'skirts ring bells', 'skirts were ringing bells', 'skirts are ringing bells', 'skirts ringing like bells', 'skirts were ringing', 'skirts rang like bells', 'skirts played bells', 'skirts are ringing'], fr: ['jupes sonnaient les cloches', 'jupes sonnent les cloches', 'leurs jupes sonnaient']},
    expected: {en: ['overjoyed', 'jumping for joy'], fr: ['fou de joie', 'aux anges']},
    meaning: 'overjoyed',
    confidence: 'high'
  },
  {
    id: 'tr-pabucu-dama-atilmak',
    sourceLang: 'tr',
    source: 'pabucu dama atılmak',
    kind: 'idiom',
    literals: {en: ['shoe was thrown on the roof', 'shoe was thrown onto the roof', 'shoes were thrown on the roof', 'shoes were thrown onto the roof', 'shoe thrown on the roof', 'shoe thrown onto the roof', 'shoe has been thrown on the roof', 'shoe has been thrown onto the roof', 'slipper was thrown on the roof', 'slipper thrown onto the roof', 'shoe was thrown to the roof', 'shoe thrown to the roof'], fr: ['sa chaussure a été jetée sur le toit', 'chaussure jetée sur le toit']},
    expected: {en: ['fallen out of favour', 'been sidelined'], fr: ['tombé en disgrâce', 'passé de mode']},
    meaning: 'to fall out of favour, to be replaced by something newer',
    confidence: 'high',
    guard: {unlessNear: ['protest', 'protesters', 'storm', 'kids', 'children', 'dog']}
  },
  {
    id: 'tr-agzi-kulaklarina-varmak',
    sourceLang: 'tr',
    source: 'ağzı kulaklarına varmak',
    kind: 'idiom',
    literals: {en: ['mouth reached his ears', 'mouth reached her ears', 'mouths reached their ears', 'mouth reaching his ears', 'mouth reaching to his ears', 'mouth reached to his ears', 'mouth reached to their ears', 'mouths reaching their ears', 'mouth went to his ears', 'mouth was at his ears', 'mouths were at their ears', 'mouth reached my ears', 'mouth reached our ears', 'mouths reached our ears', 'mouth reaches my ears'], fr: ['la bouche jusqu\'aux oreilles', 'sa bouche atteignait ses oreilles']},
    expected: {en: ['grinning from ear to ear'], fr: ['avec un sourire jusqu\'aux oreilles']},
    meaning: 'grinning from ear to ear',
    confidence: 'high'
  },
  {
    id: 'tr-ipe-un-sermek',
    sourceLang: 'tr',
    source: 'ipe un sermek',
    kind: 'idiom',
    literals: {en: ['spread flour on the rope', 'spreading flour on the rope', 'spreads flour on the rope', 'spread flour on a rope', 'spreading flour on a rope', 'laying flour on the rope', 'hanging flour on the rope', 'flour on the rope'], fr: ['étendre de la farine sur la corde', 'étaler de la farine sur la corde']},
    expected: {en: ['making excuses', 'make excuses'], fr: ['se chercher des excuses']},
    meaning: 'to make excuses to avoid doing something',
    confidence: 'high'
  },
  {
    id: 'tr-pireyi-deve-yapmak',
    sourceLang: 'tr',
    source: 'pireyi deve yapmak',
    kind: 'idiom',
    literals: {en: ['make a camel out of a flea', 'making a camel out of a flea', 'made a camel out of a flea', 'turn a flea into a camel', 'turning a flea into a camel', 'turned a flea into a camel', 'making a flea a camel', 'make the flea a camel', 'made a flea a camel', 'making the flea a camel'], fr: ['faire d\'une puce un chameau', 'transformer une puce en chameau']},
    expected: {en: ['make a mountain out of a molehill'], fr: ['en faire tout un fromage']},
    meaning: 'to exaggerate a minor matter',
    confidence: 'high'
  },
  {
    id: 'tr-dereyi-gormeden',
    sourceLang: 'tr',
    source: 'dereyi görmeden paçaları sıvamak',
    kind: 'idiom',
    literals: {en: ['rolling up trousers before seeing the stream', 'roll up trousers before seeing the stream', 'rolling up the trousers before seeing the stream', 'rolling up their trousers before seeing the stream', 'rolled up their trousers before seeing the stream', 'before seeing the stream', 'before seeing the creek', 'before even seeing the stream', 'rolling up the trouser legs before seeing the river'], fr: ['retrousser son pantalon avant de voir le ruisseau', 'avant de voir le ruisseau']},
    expected: {en: ['counting their chickens before they hatch'], fr: ['vendre la peau de l\'ours avant de l\'avoir tué']},
    meaning: 'acting prematurely, counting on something before it happens',
    confidence: 'high'
  },
  {
    id: 'tr-kili-kirk-yarmak',
    sourceLang: 'tr',
    source: 'kılı kırk yarmak',
    kind: 'idiom',
    literals: {en: ['split a hair into forty', 'splitting a hair into forty', 'splits a hair into forty', 'split the hair into forty', 'splitting the hair into forty', 'split hair into forty', 'splitting hair into forty', 'split a hair forty ways', 'splitting hairs forty ways', 'split hairs into forty'], fr: ['couper un cheveu en quarante', 'fendre un cheveu en quarante']},
    expected: {en: ['meticulous', 'splitting hairs'], fr: ['couper les cheveux en quatre']},
    meaning: 'being extremely meticulous',
    confidence: 'high'
  },
  {
    id: 'tr-nabza-gore-serbet',
    sourceLang: 'tr',
    source: 'nabza göre şerbet vermek',
    kind: 'idiom',
    literals: {en: ['sherbet according to the pulse', 'giving sherbet according to the pulse', 'give sherbet according to the pulse', 'gave sherbet according to the pulse', 'serving sherbet according to the pulse', 'sherbet according to pulse', 'syrup according to the pulse'], fr: ['sorbet selon le pouls', 'donner du sorbet selon le pouls']},
    expected: {en: ['telling people what they want to hear'], fr: ['dire aux gens ce qu\'ils veulent entendre']},
    meaning: 'telling people what they want to hear',
    confidence: 'high'
  },
  {
    id: 'tr-sutten-agzi-yanan',
    sourceLang: 'tr',
    source: 'sütten ağzı yanan yoğurdu üfleyerek yer',
    kind: 'idiom',
    literals: {en: ['mouth burned by milk', 'mouth was burned by milk', 'mouth is burned by milk', 'mouth burnt by milk', 'mouth was burnt by milk', 'whose mouth was burned with milk', 'blows on the yoghurt', 'blows on the yogurt', 'blowing on the yogurt', 'blowing on yogurt', 'blows on yogurt before eating'], fr: ['s\'est brûlé la bouche avec du lait', 'souffle sur le yaourt']},
    expected: {en: ['once bitten, twice shy'], fr: ['chat échaudé craint l\'eau froide']},
    meaning: 'once bitten, twice shy',
    confidence: 'high'
  },
  {
    id: 'tr-gobegini-kendi-kesmek',
    sourceLang: 'tr',
    source: 'kendi göbeğini kendi kesmek',
    kind: 'idiom',
    literals: {en: ['cut its own navel', 'cut their own navel', 'cut our own navel', 'cutting its own navel', 'cutting their own navel', 'cutting our own navel', 'cut its own umbilical cord', 'cut our own umbilical cord', 'cut their own umbilical cord', 'cutting our own umbilical cord', 'cutting its own umbilical cord'], fr: ['couper son propre nombril', 'couper notre propre nombril']},
    expected: {en: ['fend for itself', 'stand on its own feet'], fr: ['se débrouiller seul']},
    meaning: 'to fend for oneself without outside help',
    confidence: 'high',
    guard: {unlessNear: ['baby', 'babies', 'birth', 'newborn', 'midwife', 'hospital', 'delivery', 'calf', 'foal', 'puppies']}
  },
  {
    id: 'tr-tasi-gedigine-koymak',
    sourceLang: 'tr',
    source: 'taşı gediğine koymak',
    kind: 'idiom',
    literals: {en: ['put the stone in its gap', 'putting the stone in its gap', 'puts the stone in its gap', 'placed the stone in its gap', 'placing the stone in its gap', 'put the stone into its gap', 'put the stone in the gap', 'put the stone in its breach', 'put the stone in its slot'], fr: ['mettre la pierre dans sa brèche', 'a mis la pierre dans sa brèche']},
    expected: {en: ['hit the nail on the head', 'struck home'], fr: ['mettre dans le mille', 'faire mouche']},
    meaning: 'to say exactly the right, cutting thing',
    confidence: 'high',
    guard: {unlessNear: ['wall', 'walls', 'mason', 'masonry', 'restoration', 'builders', 'bricks']}
  },
  idiom('tr', 'dort-elle-sarilmak', 'dört elle sarılmak', ['with four hands'], ['wholeheartedly', 'with both hands'], 'to embrace wholeheartedly', {guard: {unlessNear: ['piano', 'pianist', 'pianists', 'duet', 'sonata', 'keyboard', 'massage', 'organ', 'harpsichord']}}),
  idiom('tr', 'eli-kulaginda', 'eli kulağında', ['its hand at its ear', 'its hand on its ear', 'hand at its ear', 'hand on its ear', 'has its hand at the ear'], ['is imminent', 'could come any moment'], 'imminent, about to happen'),
  idiom('tr', 'agzi-kulaklarinda', 'ağzı kulaklarında', ['with their mouths at their ears', 'with his mouth at his ears', 'with her mouth at her ears', 'with our mouths at our ears', 'mouths at their ears', 'mouth at his ears', 'mouth at her ears', 'mouths at our ears', 'mouths on their ears', 'mouth on his ears', 'mouths by their ears'], ['grinning from ear to ear'], 'beaming with joy'),
  idiom('tr', 'disini-tirnagina-takmak', 'dişini tırnağına takmak', ['teeth to our nails', 'teeth to their nails', 'teeth to his nails', 'teeth to her nails', 'teeth to its nails', 'teeth on our nails', 'teeth on their nails'], ['with great effort', 'by giving everything'], 'to work with great determination against the odds', {guard: {unlessNear: ['dentist', 'dental', 'manicure', 'biting', 'bite', 'bites']}}),
  idiom('tr', 'bardagi-tasiran-son-damla', 'bardağı taşıran son damla', ['the last drop that overflowed the glass', 'the last drop that overflows the glass', 'the last drop that spilled the glass', 'the last drop that made the glass overflow', 'the last drop overflowing the glass', 'the drop that overflowed the glass'], ['the last straw', 'the final straw'], 'the last straw'),
  idiom('tr', 'burnundan-fitil-fitil', 'burnundan fitil fitil getirmek', ['wick by wick', 'out of our nose wick by wick', 'out of their nose wick by wick', 'from our noses wick by wick'], ['made us suffer', 'gave us a very hard time'], 'to make someone suffer greatly', {guard: {unlessNear: ['candle', 'candles', 'lamp', 'oil']}}),
  idiom('tr', 'ates-pahasi', 'ateş pahası', ['at fire price', 'at fire prices', 'at a fire price', 'are fire price', 'is fire price', 'fire-price', 'already fire price', 'are already fire price', 'is already fire price', 'became fire price', 'have become fire price'], ['sky-high', 'outrageously expensive'], 'extremely expensive'),
  idiom('tr', 'kulaga-kupe', 'kulağına küpe olmak', ['an earring in our ears', 'an earring in our ear', 'be an earring in our ears', 'be an earring to our ears', 'an earring in their ears', 'an earring in his ear', 'an earring to our ears', 'earring in the ear of'], ['a lesson we never forget', 'a lesson to us all'], 'a lesson to remember', {guard: {unlessNear: ['jewellery', 'jewelry', 'gold', 'silver', 'pierced', 'piercing', 'stolen', 'wore', 'wearing']}}),
  idiom('tr', 'yagdan-kil-ceker', 'yağdan kıl çeker gibi', ['pulling a hair out of butter', 'pull a hair out of butter', 'like pulling a hair from butter', 'pulling a hair from butter', 'like a hair out of butter', 'like drawing a hair from butter'], ['with ease', 'effortlessly'], 'effortlessly'),
  idiom('tr', 'havanda-su-dovmek', 'havanda su dövmek', ['pounding water in a mortar', 'pound water in a mortar', 'pounds water in a mortar', 'pounded water in a mortar', 'beating water in a mortar', 'beat water in a mortar'], ['a waste of effort', 'pointless'], 'a futile effort'),
  idiom('tr', 'burnundan-gelmek', 'burnundan gelmek', ['came out of their noses', 'came out of our noses', 'come out of our noses', 'come out of their noses', 'came out of his nose', 'came out of my nose'], ['was hard-won', 'came at a heavy price'], 'hard-won, dearly paid for', {guard: {unlessNear: ['blood', 'bleeding', 'nosebleed', 'doctor', 'hospital', 'ball']}}),
  idiom('tr', 'tas-catlasa', 'taş çatlasa', ['even if the stone cracks', 'even if stones crack', 'even if the stones crack', 'even if the rock cracks'], ['at the very most', 'at most'], 'at the very most'),
  idiom('tr', 'dereden-tepeden', 'dereden tepeden konuşmak', ['from the stream and from the hill', 'from the stream and the hill', 'about the stream and the hill', 'of the stream and the hill'], ['about this and that', 'small talk'], 'about this and that'),
  idiom('tr', 'bardaktan-bosanircasina', 'bardaktan boşanırcasına yağmak', ['as if pouring from a glass', 'as if emptied from a glass', 'as if poured out of a glass', 'as if emptying from a glass', 'like pouring from a glass'], ['pouring with rain', 'bucketing down'], 'raining very heavily'),
  idiom('tr', 'tuzu-kuru', 'tuzu kuru', ['whose salt is dry', 'their salt is dry', 'his salt is dry', 'her salt is dry', 'with dry salt'], ['well off', 'comfortable'], 'well off, unaffected by hardship', {guard: {unlessNear: ['kitchen', 'recipe', 'cooking', 'humidity', 'damp']}}),
  {
    id: 'tr-kulak-asmak',
    sourceLang: 'tr',
    source: "kulak asmak",
    kind: 'idiom',
    literals: {en: ["hung an ear", "hang an ear", "hanging an ear", "hangs an ear", "hung their ear", "hung ears", "hang ears", "hung his ear", "hung her ear", "hang their ear"]},
    expected: {en: ["listened", "paid attention"]},
    meaning: "to pay attention (negated: to ignore)",
    confidence: 'high'
  },
  {
    id: 'tr-agziyla-kus-tutsa',
    sourceLang: 'tr',
    source: "ağzıyla kuş tutsa",
    kind: 'idiom',
    literals: {en: ["catch a bird with their mouth", "catch a bird with his mouth", "catch a bird with her mouth", "catch a bird with its mouth", "catch a bird with your mouth", "catch a bird with our mouth", "catches a bird with his mouth", "catches a bird with her mouth", "catches a bird with its mouth", "caught a bird with their mouth", "caught a bird with his mouth", "catch birds with their mouths", "catching a bird with their mouth", "catching birds with their mouth"]},
    expected: {en: ["whatever they do", "even if they work miracles"]},
    meaning: "no matter how hard one tries",
    confidence: 'high'
  },
  {
    id: 'tr-goz-boyamak',
    sourceLang: 'tr',
    source: "göz boyamak",
    kind: 'idiom',
    literals: {en: ["painting the eyes", "paint the eyes", "painted the eyes", "paints the eyes", "painting of the eyes", "eye painting"]},
    expected: {en: ["window dressing", "eyewash"]},
    meaning: "a show to mislead",
    confidence: 'high',
    guard: {unlessNear: ['makeup', 'make-up', 'cosmetics', 'mascara', 'eyeliner', 'artist', 'portrait', 'canvas', 'painter', 'icon', 'mural']}
  },
  {
    id: 'tr-bogazina-kadar-borc',
    sourceLang: 'tr',
    source: "boğazına kadar borca batmış",
    kind: 'idiom',
    literals: {en: ["debt up to its throat", "debt up to their throat", "debt up to his throat", "debt up to the throat", "debt up to their throats", "debts up to its throat", "debts up to the throat", "up to its throat in debt", "up to their throats in debt", "up to the throat in debt"]},
    expected: {en: ["up to its neck in debt"]},
    meaning: "deep in debt",
    confidence: 'high'
  },
  {
    id: 'tr-kirk-dereden-su',
    sourceLang: 'tr',
    source: "kırk dereden su getirmek",
    kind: 'idiom',
    literals: {en: ["brought water from forty streams", "bring water from forty streams", "bringing water from forty streams", "brings water from forty streams", "carried water from forty streams", "water from forty streams", "water from forty rivers", "water from forty brooks"]},
    expected: {en: ["made endless excuses"]},
    meaning: "to make excuse after excuse",
    confidence: 'high'
  },
  idiom('tr', 'corbada-tuzu-olmak', 'çorbada tuzu olmak', ['has salt in this soup', 'have salt in this soup', 'salt in this soup', 'has salt in the soup', 'have salt in the soup', 'had salt in this soup', 'his salt in the soup', 'their salt in the soup', 'its salt in the soup'], ['has played a part in this', 'shares the credit'], 'to have contributed one’s share', {guard: {unlessNear: ['recipe', 'recipes', 'cook', 'cooked', 'cooking', 'chef', 'taste', 'tastes', 'kitchen', 'pepper', 'spoon']}}),
  idiom('tr', 'kendi-ayagina-kursun', 'kendi ayağına kurşun sıkmak', ['fired a bullet into its own foot', 'fire a bullet into its own foot', 'fired a bullet into their own foot', 'fire a bullet into their own foot', 'fired a bullet into his own foot', 'bullet into its own foot', 'bullet into their own foot', 'bullet into his own foot', 'bullet to its own foot', 'shot a bullet into its own foot', 'squeezed a bullet into its own foot'], ['shot itself in the foot'], 'to harm oneself by one’s own action'),
  idiom('tr', 'kabak-tadi-vermek', 'kabak tadı vermek', ['given the taste of zucchini', 'give the taste of zucchini', 'gives the taste of zucchini', 'gave the taste of zucchini', 'giving the taste of zucchini', 'taste of zucchini', 'taste of pumpkin', 'the taste of squash', 'given the taste of pumpkin'], ['become tiresome'], 'to have gone on too long, to be tiresome', {guard: {unlessNear: ['recipe', 'cook', 'cooked', 'cooking', 'chef', 'soup', 'vegetable', 'vegetables', 'dish', 'salad', 'garden', 'harvest']}}),
  idiom('tr', 'sinek-avlamak', 'sinek avlamak', ['hunting flies', 'hunt flies', 'hunted flies', 'been hunting flies', 'hunting for flies', 'hunt for flies'], ['have had no customers', 'sit idle'], 'to have no business, to sit idle', {guard: {unlessNear: ['spider', 'spiders', 'frog', 'frogs', 'bird', 'birds', 'swallow', 'swallows', 'insects', 'lizard', 'lizards', 'bat', 'bats', 'gecko']}}),
  idiom('tr', 'ayagini-yorganina-gore', 'ayağını yorganına göre uzat', ['stretch our feet according to our quilt', 'stretch your feet according to your quilt', 'stretch their feet according to their quilt', 'stretch his feet according to his quilt', 'stretch the feet according to the quilt', 'stretching our feet according to our quilt'], ['cut our coat according to our cloth'], 'live within one’s means'),
  idiom('tr', 'su-ifadeleri-kullandi', 'şu ifadeleri kullandı', ['used the following expressions', 'used the following statements', 'used these expressions', 'used the following phrases'], ['said'], 'a reporting formula: said'),
  idiom('tr', 'ates-dustugu-yeri-yakar', 'ateş düştüğü yeri yakar', ['fire burns where it falls', 'the fire burns where it falls', 'fire burns the place where it falls', 'fire burns only where it falls'], ['only those who suffer it feel the pain'], 'only those affected feel the pain'),
  idiom('tr', 'bir-parmak-bal', 'ağzına bir parmak bal çalmak', ['smearing a finger of honey on our mouths', 'smear a finger of honey on our mouths', 'smeared a finger of honey on our mouths', 'a finger of honey on our mouths', 'a finger of honey on their mouths', 'a finger of honey on the mouth'], ['offering us a token gesture'], 'to placate with a small favour'),
  idiom('tr', 'ati-alan-uskudari-gecti', 'atı alan Üsküdar’ı geçti', ['the one who took the horse has passed üsküdar', 'the one who took the horse passed üsküdar', 'whoever took the horse has passed üsküdar', 'the horse thief has passed üsküdar', 'the one who took the horse has crossed üsküdar'], ['the horse has already bolted'], 'it is too late to act'),
  idiom('tr', 'kirk-yilda-bir', 'kırk yılda bir', ['once in forty years', 'comes once in forty years', 'once every forty years'], ['once in a blue moon'], 'very rarely'),
  idiom('tr', 'eli-kolu-bagli', 'eli kolu bağlı', ['our hands and arms are tied', 'their hands and arms are tied', 'his hands and arms are tied', 'hands and arms are tied', 'with our hands and arms tied'], ['our hands are tied'], 'unable to do anything'),
  idiom('tr', 'elini-tasin-altina-koymak', 'elini taşın altına koymak', ['put its hand under the stone', 'put their hand under the stone', 'put his hand under the stone', 'put her hand under the stone', 'puts its hand under the stone', 'putting its hand under the stone', 'put our hand under the stone'], ['take responsibility'], 'to take on a share of the burden'),
  idiom('tr', 'gecmis-olsun', 'geçmiş olsun', ['may it pass to all our citizens', 'may it pass to all', 'may it pass to our citizens', 'may it pass to everyone', 'may it pass to all of us', 'may it pass to the people'], ['our best wishes to', 'get well soon'], 'a wish of recovery to those who suffered')
]
