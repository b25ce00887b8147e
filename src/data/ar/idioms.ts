import type {CalqueEntry} from '../types.js'

/** Arabic idioms and set phrases of the press that machine translation renders word for word. */
export const idioms: readonly CalqueEntry[] = [
  {
    id: 'ar-ala-qadam-wa-saq',
    sourceLang: 'ar',
    source: 'على قدم وساق',
    kind: 'idiom',
    literals: {en: ['on foot and leg', 'on a foot and a leg', 'on foot and a leg', 'on a foot and leg', 'on a foot and a shin', 'on foot and shin', 'on one foot and a leg', 'on foot and thigh', 'on a leg and a foot', 'on foot and calf', 'on foot and on leg', 'on feet and legs', 'on foot and stem'], fr: ['sur pied et jambe', 'sur un pied et une jambe', 'sur pied et tibia']},
    expected: {en: ['in full swing'], fr: ['bat son plein', 'vont bon train']},
    meaning: 'in full swing, well under way',
    confidence: 'high',
    guard: {unlessNear: ['injured', 'injuries', 'injury', 'wounds', 'wounded', 'shot', 'bitten', 'bites', 'burns', 'fracture', 'fractures', 'surgery', 'pain', 'amputated', 'bullet']}
  },
  {
    id: 'ar-asfurayn-bi-hajar',
    sourceLang: 'ar',
    source: 'ضرب عصفورين بحجر واحد',
    kind: 'idiom',
    literals: {en: ['two sparrows with one stone', 'two sparrows with a single stone', 'hit two sparrows with one stone', 'hitting two sparrows with one stone', 'kill two sparrows with one stone', 'killing two sparrows with one stone', 'struck two sparrows with one stone', 'strike two sparrows with one stone', 'two sparrows with one rock'], fr: ['deux moineaux avec une pierre', 'deux moineaux d\'une seule pierre', 'frapper deux moineaux d\'une pierre']},
    expected: {en: ['two birds with one stone'], fr: ['deux coups d\'une pierre', 'faire d\'une pierre deux coups']},
    meaning: 'achieving two aims with one action',
    confidence: 'high'
  },
  {
    id: 'ar-asfurayn-birds',
    sourceLang: 'ar',
    source: 'ضرب عصفورين بحجر واحد',
    kind: 'idiom',
    literals: {en: ['hit two birds with one stone', 'hitting two birds with one stone', 'hits two birds with one stone', 'strike two birds with one stone', 'striking two birds with one stone', 'struck two birds with one stone', 'beat two birds with one stone'], fr: ['frapper deux oiseaux avec une pierre', 'deux oiseaux avec une pierre', 'deux oiseaux d\'une pierre']},
    expected: {en: ['kill two birds with one stone'], fr: ['faire d\'une pierre deux coups']},
    meaning: 'achieving two aims with one action',
    confidence: 'low'
  },
  {
    id: 'ar-fi-mahabb-al-rih',
    sourceLang: 'ar',
    source: 'في مهب الريح',
    kind: 'idiom',
    literals: {en: ['in the wind\'s path', 'in the path of the wind', 'in the blowing of the wind', 'in the wind\'s blow', 'in the blow of the wind', 'in the wind\'s way', 'in the gust of the wind', 'in the face of the wind\'s blowing', 'in the wind\'s direction', 'in the blowing wind', 'in the windstorm\'s path'], fr: ['dans le souffle du vent', 'au gré du souffle du vent', 'dans la trajectoire du vent']},
    expected: {en: ['hanging in the balance', 'in jeopardy'], fr: ['menacé', 'compromis']},
    meaning: 'in jeopardy, at risk of being lost',
    confidence: 'high',
    guard: {unlessNear: ['storm', 'storms', 'hurricane', 'typhoon', 'sail', 'sails', 'sailing', 'kite', 'kites', 'turbine', 'turbines', 'wildfire', 'flames', 'smoke', 'dust', 'pollen', 'seeds', 'plume', 'tornado']}
  },
  {
    id: 'ar-dharr-al-ramad',
    sourceLang: 'ar',
    source: 'ذر الرماد في العيون',
    kind: 'idiom',
    literals: {en: ['throwing ashes in our eyes', 'throw ashes in our eyes', 'throwing ashes in their eyes', 'throwing ash in our eyes', 'throwing ashes in people\'s eyes', 'throwing ashes in the eyes', 'throw ashes in the eyes', 'throwing ash in the eyes', 'throw ash in the eyes', 'sprinkling ashes in the eyes', 'sprinkle ashes in the eyes', 'sprinkling ash in the eyes', 'sprinkle ash in the eyes', 'ashes in the eyes', 'ash in the eyes', 'ashes into the eyes', 'dust ashes in the eyes'], fr: ['jeter de la cendre aux yeux', 'jeter de la cendre dans les yeux', 'de la cendre dans les yeux']},
    expected: {en: ['window dressing', 'a smokescreen'], fr: ['de la poudre aux yeux']},
    meaning: 'a gesture meant to deceive, window dressing',
    confidence: 'high',
    guard: {unlessNear: ['volcano', 'volcanic', 'eruption', 'fire', 'wildfire', 'smoke', 'cremation', 'irritation', 'doctors', 'burns']}
  },
  {
    id: 'ar-ahar-min-al-jamr',
    sourceLang: 'ar',
    source: 'على أحر من الجمر',
    kind: 'idiom',
    literals: {en: ['hotter than embers', 'hotter than the embers', 'on hotter than embers', 'on hotter than coals', 'hotter than live coals', 'hotter than burning coals', 'on the hottest of embers', 'on the hottest embers'], fr: ['plus chaud que les braises', 'sur des braises', 'sur les braises']},
    expected: {en: ['eagerly', 'on tenterhooks'], fr: ['avec impatience', 'sur des charbons ardents']},
    meaning: 'waiting impatiently, on tenterhooks',
    confidence: 'high',
    guard: {unlessNear: ['barbecue', 'grill', 'grilled', 'cooking', 'cooked', 'meat', 'kebab', 'kebabs', 'fire', 'fires', 'firefighters', 'coals', 'walk', 'walked', 'walking', 'oven']}
  },
  {
    id: 'ar-bayna-laylatin-wa-duhaha',
    sourceLang: 'ar',
    source: 'بين ليلة وضحاها',
    kind: 'idiom',
    literals: {en: ['between night and morning', 'between a night and its morning', 'between one night and its morning', 'between night and forenoon', 'between a night and a morning', 'between night and its forenoon', 'between a night and its forenoon', 'between night and dawn', 'between one night and the next morning', 'between evening and morning'], fr: ['entre la nuit et le matin', 'entre une nuit et son matin', 'entre une nuit et sa matinée']},
    expected: {en: ['overnight'], fr: ['du jour au lendemain']},
    meaning: 'overnight, all of a sudden',
    confidence: 'high',
    guard: {unlessNear: ['temperature', 'temperatures', 'degrees', 'curfew', 'shift', 'shifts', 'rainfall', 'hours']}
  },
  {
    id: 'ar-yad-wahida-la-tusaffiq',
    sourceLang: 'ar',
    source: 'يد واحدة لا تصفق',
    kind: 'idiom',
    literals: {en: ['one hand does not clap', 'one hand doesn\'t clap', 'one hand cannot clap', 'one hand can\'t clap', 'a single hand does not clap', 'a single hand cannot clap', 'one hand alone cannot clap', 'one hand will not clap'], fr: ['une seule main n\'applaudit pas', 'une main ne peut pas applaudir']},
    expected: {en: ['it takes two to tango', 'no one can do it alone'], fr: ['l\'union fait la force']},
    meaning: 'nobody can succeed alone; cooperation is needed',
    confidence: 'high'
  },
  {
    id: 'ar-wad-al-nuqat',
    sourceLang: 'ar',
    source: 'وضع النقاط على الحروف',
    kind: 'idiom',
    literals: {en: ['put the dots on the letters', 'putting the dots on the letters', 'puts the dots on the letters', 'placing the dots on the letters', 'place the dots on the letters', 'placed the dots on the letters', 'dots on the letters', 'put dots on the letters', 'putting dots on the letters', 'put the points on the letters', 'putting the points on the letters'], fr: ['mettre les points sur les lettres', 'a mis les points sur les lettres']},
    expected: {en: ['spell things out', 'set the record straight'], fr: ['mettre les points sur les i']},
    meaning: 'to spell things out clearly, to set the record straight',
    confidence: 'high',
    guard: {unlessNear: ['alphabet', 'calligraphy', 'calligrapher', 'script', 'diacritics', 'vowel', 'vowels', 'handwriting']}
  },
  {
    id: 'ar-ghayd-min-fayd',
    sourceLang: 'ar',
    source: 'غيض من فيض',
    kind: 'idiom',
    literals: {en: ['a drop from a flood', 'a drop of a flood', 'a trickle from a flood', 'a trickle of a flood', 'a little from a lot', 'a trickle from an overflow', 'a trickle of an overflow', 'a drop in a flood', 'a drop from an abundance', 'a drop from a deluge', 'a little of a lot'], fr: ['une goutte d\'un déluge', 'un filet d\'un flot', 'un peu de beaucoup']},
    expected: {en: ['the tip of the iceberg', 'a fraction'], fr: ['la partie émergée de l\'iceberg']},
    meaning: 'a small part of something much larger',
    confidence: 'high',
    guard: {unlessNear: ['rain', 'rainfall', 'river', 'dam', 'flooding', 'floods', 'water', 'levels']}
  },
  {
    id: 'ar-hibr-ala-waraq',
    sourceLang: 'ar',
    source: 'حبر على ورق',
    kind: 'idiom',
    literals: {en: ['ink on paper', 'mere ink on paper', 'just ink on paper', 'only ink on paper', 'merely ink on paper'], fr: ['de l\'encre sur du papier', 'encre sur papier']},
    expected: {en: ['a dead letter', 'empty words'], fr: ['lettre morte']},
    meaning: 'a dead letter: agreed on paper but never applied',
    confidence: 'high',
    guard: {onlyNear: ['agreement', 'agreements', 'law', 'laws', 'resolution', 'resolutions', 'decision', 'decisions', 'promises', 'promise', 'remained', 'remain', 'remains', 'stayed', 'accord', 'accords', 'deal', 'deals', 'treaty', 'commitments', 'pledges', 'ceasefire', 'truce', 'remain', 'still'], window: 8}
  },
  {
    id: 'ar-al-waqt-badal-al-daie',
    sourceLang: 'ar',
    source: 'في الوقت بدل الضائع',
    kind: 'idiom',
    literals: {en: ['in the lost time', 'in the time instead of the lost', 'in the time instead of lost', 'in the replacement of lost time', 'in the compensation time', 'in the time replacing the lost', 'in the lost-time', 'in lost time'], fr: ['dans le temps perdu', 'dans le temps à la place du perdu']},
    expected: {en: ['at the last minute', 'in stoppage time'], fr: ['à la dernière minute', 'dans les arrêts de jeu']},
    meaning: 'at the last minute (from football stoppage time)',
    confidence: 'high',
    guard: {unlessNear: ['make', 'making', 'made', 'recover', 'recovering', 'compensate', 'recoup', 'catch', 'proust', 'search']}
  },
  {
    id: 'ar-al-mustajir-min-al-ramdaa',
    sourceLang: 'ar',
    source: 'كالمستجير من الرمضاء بالنار',
    kind: 'idiom',
    literals: {en: ['seeking refuge from the heat in the fire', 'seeks refuge from the scorching sand in the fire', 'seeking refuge from the scorching sand with fire', 'like one seeking refuge from the scorching sand with the fire', 'from the scorching sand to the fire', 'from the scorching heat to the fire', 'seeking protection from the hot sand with fire', 'like one who seeks refuge from the heat with fire', 'fleeing the scorching sand into the fire'], fr: ['chercher refuge du sable brûlant dans le feu', 'du sable brûlant au feu']},
    expected: {en: ['out of the frying pan into the fire'], fr: ['tomber de Charybde en Scylla']},
    meaning: 'going from a bad situation to a worse one',
    confidence: 'high'
  },
  {
    id: 'ar-aadat-al-miyah-ila-majariha',
    sourceLang: 'ar',
    source: 'عادت المياه إلى مجاريها',
    kind: 'idiom',
    literals: {en: ['water will return to its streams', 'water returned to its streams', 'water return to its streams', 'waters returned to their streams', 'waters return to their streams', 'water returned to its courses', 'waters returned to their courses', 'water returned to its channels', 'waters returned to their channels', 'water will not return to its streams']},
    expected: {en: ['things will return to normal', 'things are back to normal']},
    meaning: 'things return to normal (relations are mended)',
    confidence: 'high'
  },
  {
    id: 'ar-al-maa-yukadhdhib-al-ghattas',
    sourceLang: 'ar',
    source: "الماء يكذّب الغطاس",
    kind: 'idiom',
    literals: {en: ["the water belies the diver", "water belies the diver", "the water will belie the diver", "the water proves the diver a liar", "the water exposes the diver", "the water will expose the diver"]},
    expected: {en: ["the proof of the pudding is in the eating"]},
    meaning: "only the test will show the truth",
    confidence: 'high'
  },
  {
    id: 'ar-aish-wa-milh',
    sourceLang: 'ar',
    source: "عيش وملح",
    kind: 'idiom',
    literals: {en: ["there is bread and salt", "bread and salt between us", "between us there is bread and salt", "bread and salt between me and"]},
    expected: {en: ["we share a deep bond"]},
    meaning: "a bond of shared life and loyalty",
    confidence: 'high',
    guard: {unlessNear: ['welcome', 'welcomed', 'tradition', 'traditional', 'guests', 'ceremony', 'bakery', 'recipe', 'loaf']}
  },
  {
    id: 'ar-yahruth-fi-al-bahr',
    sourceLang: 'ar',
    source: "يحرث في البحر",
    kind: 'idiom',
    literals: {en: ["plowing in the sea", "ploughing in the sea", "plow in the sea", "plough in the sea", "plowing the sea", "ploughing the sea", "plowed in the sea", "ploughed in the sea"]},
    expected: {en: ["a waste of effort", "beating a dead horse"]},
    meaning: "a futile effort",
    confidence: 'high'
  },
  {
    id: 'ar-bi-ard-al-hait',
    sourceLang: 'ar',
    source: "ضرب بعرض الحائط",
    kind: 'idiom',
    literals: {en: ["with the width of the wall", "against the width of the wall", "struck with the breadth of the wall", "hit with the width of the wall", "threw against the width of the wall", "thrown against the width of the wall", "the width of the wall"]},
    expected: {en: ["ignored", "brushed aside"]},
    meaning: "to disregard completely",
    confidence: 'high'
  },
  {
    id: 'ar-yugharrid-kharij-al-sirb',
    sourceLang: 'ar',
    source: "يغرد خارج السرب",
    kind: 'idiom',
    literals: {en: ["tweeting outside the flock", "tweets outside the flock", "singing outside the flock", "chirping outside the flock", "tweeting out of the flock", "sings outside the flock"]},
    expected: {en: ["going it alone", "out of step with the rest"]},
    meaning: "to act apart from the group",
    confidence: 'high'
  },
  {
    id: 'ar-ala-kaff-ifrit',
    sourceLang: 'ar',
    source: "على كف عفريت",
    kind: 'idiom',
    literals: {en: ["on the palm of a demon", "on a demon's palm", "on the palm of an afreet", "on an afreet's palm", "on the palm of an imp", "on the palm of a goblin"]},
    expected: {en: ["hanging by a thread", "on a knife-edge"]},
    meaning: "in a precarious state",
    confidence: 'high'
  },
  {
    id: 'ar-yanfukh-fi-qirba-maqtua',
    sourceLang: 'ar',
    source: "ينفخ في قربة مقطوعة",
    kind: 'idiom',
    literals: {en: ["blowing into a punctured waterskin", "blow into a punctured waterskin", "blowing into a torn waterskin", "blow into a torn waterskin", "blowing into a pierced waterskin", "blowing into a cut waterskin", "blow into a cut waterskin", "blowing in a punctured waterskin"]},
    expected: {en: ["a waste of breath", "a futile effort"]},
    meaning: "a futile effort",
    confidence: 'high'
  },
  {
    id: 'ar-yadu-fi-al-maa',
    sourceLang: 'ar',
    source: "اللي إيده في المية مش زي اللي إيده في النار",
    kind: 'idiom',
    literals: {en: ["hand in the water is not like whoever has his hand in the fire", "his hand in the water is not like", "hand in the water is not like the one whose hand is in the fire", "hand in the water is not like one with his hand in the fire", "hand in the water is not like him whose hand is in the fire"]},
    expected: {en: ["it is easy for those not affected to talk"]},
    meaning: "those spared cannot feel the hardship of those suffering",
    confidence: 'high'
  },
  {
    id: 'ar-al-habl-ala-al-gharib',
    sourceLang: 'ar',
    source: "الحبل على الغارب",
    kind: 'idiom',
    literals: {en: ["with the rope on the camel's back", "the rope on the camel's back", "rope on the camel's back", "the rope is on the camel's back", "leaving the rope on the camel's back"]},
    expected: {en: ["unchecked", "left to do as they please"]},
    meaning: "without control",
    confidence: 'high'
  },
  {
    id: 'ar-tarshid-al-istihlak',
    sourceLang: 'ar',
    source: "ترشيد الاستهلاك",
    kind: 'phrase',
    literals: {en: ["rationalise the consumption", "rationalize the consumption", "rationalising the consumption", "rationalizing the consumption", "rationalisation of the consumption", "rationalization of the consumption", "rationalise consumption", "rationalize consumption", "rationalisation of consumption", "rationalization of consumption"]},
    expected: {en: ["use water sparingly", "cut consumption"]},
    meaning: "to consume less, to save",
    confidence: 'high'
  },
  {
    id: 'ar-tajri-al-riyah',
    sourceLang: 'ar',
    source: "تجري الرياح بما لا تشتهي السفن",
    kind: 'idiom',
    literals: {en: ["winds blow with what the ships do not desire", "the winds blew with what the ships do not desire", "winds blew with what the ships do not desire", "the wind blows with what the ships do not desire", "winds blow as the ships do not desire", "winds do not blow as the ships desire", "the winds do not blow as the ships wish", "winds blow against what the ships desire", "winds blow what the ships do not desire"]},
    expected: {en: ["things do not always go to plan"]},
    meaning: "events do not go as one wishes",
    confidence: 'high'
  },
  {
    id: 'ar-wasal-al-sikkin-ila-al-azm',
    sourceLang: 'ar',
    source: "وصل السكين إلى العظم",
    kind: 'idiom',
    literals: {en: ["the knife has reached the bone", "the knife reached the bone", "the knife has come to the bone", "the knife came to the bone", "the knife is at the bone", "the knife has hit the bone"]},
    expected: {en: ["we are at breaking point", "things have become unbearable"]},
    meaning: "a hardship that cannot go on",
    confidence: 'high',
    guard: {unlessNear: ["surgeon", "surgery", "wound", "stabbed", "stabbing", "butcher", "meat"]}
  },
  {
    id: 'ar-bayyada-wajhahu',
    sourceLang: 'ar',
    source: "بيّض وجوهنا",
    kind: 'idiom',
    literals: {en: ["whitened our faces", "whitened our face", "whiten our faces", "whitens our faces", "whitened their faces", "whitened my face", "whitened the faces of", "whitening our faces"]},
    expected: {en: ["made us proud", "did us proud"]},
    meaning: "brought honour to someone",
    confidence: 'high'
  },
  {
    id: 'ar-atee-al-khubz-li-khabbazihi',
    sourceLang: 'ar',
    source: "أعط الخبز لخبازه",
    kind: 'idiom',
    literals: {en: ["give the bread to its baker", "give bread to its baker", "gave the bread to its baker", "giving the bread to its baker", "give the bread to its bakers", "leave the bread to its baker", "the bread to its baker"]},
    expected: {en: ["leave it to the experts", "leave it to the professionals"]},
    meaning: "let those who know the job do it",
    confidence: 'high'
  },
  {
    id: 'ar-amtar-al-khayr',
    sourceLang: 'ar',
    source: "أمطار الخير",
    kind: 'idiom',
    literals: {en: ["rains of goodness", "the rains of goodness", "rains of good", "the rains of good", "rain of goodness"]},
    expected: {en: ["the welcome rains"]},
    meaning: "rain welcomed as a blessing",
    confidence: 'high'
  },
  {
    id: 'ar-dirham-wiqaya',
    sourceLang: 'ar',
    source: 'درهم وقاية خير من قنطار علاج',
    kind: 'idiom',
    literals: {en: ['a dirham of prevention is better than a qintar of treatment', 'a dirham of prevention is better than a qintar of cure', 'a dirham of prevention is better than a quintal of treatment', 'a dirham of prevention is better than a qantar of treatment', 'a dirham of prevention', 'dirham of prevention', 'a qintar of treatment', 'a qintar of cure', 'a qantar of treatment']},
    expected: {en: ['prevention is better than cure', 'an ounce of prevention is worth a pound of cure']},
    meaning: 'prevention is better than cure',
    confidence: 'high'
  },
  {
    id: 'ar-bi-khuffay-hunayn',
    sourceLang: 'ar',
    source: 'عاد بخفي حنين',
    kind: 'idiom',
    literals: {en: ['returned with the slippers of hunayn', 'return with the slippers of hunayn', 'with the slippers of hunayn', 'with the two slippers of hunayn', 'the slippers of hunayn', "with hunayn's slippers", 'with the shoes of hunayn', 'the shoes of hunayn', 'with the boots of hunayn']},
    expected: {en: ['came back empty-handed']},
    meaning: 'to come back empty-handed',
    confidence: 'high'
  },
  {
    id: 'ar-hifz-ma-al-wajh',
    sourceLang: 'ar',
    source: 'حفظ ماء الوجه',
    kind: 'idiom',
    literals: {en: ['saved the water of its face', 'save the water of its face', 'save the water of his face', 'save the water of her face', 'save the water of their face', 'save the water of the face', 'the water of its face', 'the water of his face', 'the water of their face', 'the water of the face']},
    expected: {en: ['saved face']},
    meaning: 'to save face',
    confidence: 'high'
  },
  {
    id: 'ar-al-qatra-allati-afadat-al-kas',
    sourceLang: 'ar',
    source: 'القطرة التي أفاضت الكأس',
    kind: 'idiom',
    literals: {en: ['the drop that overflowed the cup', 'the drop that spilled the cup', 'the drop that made the cup overflow', 'the drop that overflowed the glass', 'the drop that filled the cup']},
    expected: {en: ['the last straw']},
    meaning: 'the last straw',
    confidence: 'high'
  },
  {
    id: 'ar-raqm-saab',
    sourceLang: 'ar',
    source: 'رقم صعب',
    kind: 'idiom',
    literals: {en: ['a difficult number', 'the difficult number', 'a hard number']},
    expected: {en: ['a force to be reckoned with', 'a fixture']},
    meaning: 'someone or something that cannot be ignored',
    confidence: 'high',
    guard: {unlessNear: ['phone', 'call', 'dial', 'calculate', 'math', 'maths', 'sudoku', 'lottery', 'figures', 'estimate', 'count', 'reach']}
  },
  {
    id: 'ar-sahabat-sayf',
    sourceLang: 'ar',
    source: 'سحابة صيف',
    kind: 'idiom',
    literals: {en: ['a summer cloud', 'summer cloud', 'a passing summer cloud']},
    expected: {en: ['a passing storm', 'a storm in a teacup']},
    meaning: 'a passing trouble',
    confidence: 'high',
    guard: {unlessNear: ['rain', 'sky', 'storm', 'temperature', 'weather', 'forecast', 'sun', 'heat', 'clouds', 'thunder']}
  },
  {
    id: 'ar-umr-iftiradi',
    sourceLang: 'ar',
    source: "العمر الافتراضي",
    kind: 'phrase',
    literals: {en: ["virtual age", "virtual lifespan", "virtual life span", "virtual lifetime", "virtual life age"]},
    expected: {en: ["expected lifespan", "service life"]},
    meaning: "the service life a machine or building is designed for",
    confidence: 'high',
    guard: {unlessNear: ["avatar", "avatars", "game", "games", "gaming", "online", "reality", "metaverse", "biological", "chronological"]}
  },
  {
    id: 'ar-udhun-min-tin',
    sourceLang: 'ar',
    source: "أذن من طين وأذن من عجين",
    kind: 'idiom',
    literals: {en: ["one ear of clay and the other of dough", "an ear of clay and an ear of dough", "one ear of mud and the other of dough", "ear of clay and ear of dough", "one ear of clay and another of dough", "an ear of mud and an ear of dough", "one ear of clay and one of dough"]},
    expected: {en: ["turned a deaf ear", "ignored"]},
    meaning: "to ignore what one is told",
    confidence: 'high'
  },
  {
    id: 'ar-akala-al-akhdar-wal-yabis',
    sourceLang: 'ar',
    source: "أكل الأخضر واليابس",
    kind: 'idiom',
    literals: {en: ["ate the green and the dry", "eat the green and the dry", "eating the green and the dry", "eats the green and the dry", "devoured the green and the dry", "ate the green and the dried", "consumed the green and the dry", "the green and the dry"]},
    expected: {en: ["destroyed everything in its path", "swept everything away"]},
    meaning: "to destroy everything",
    confidence: 'high'
  },
  {
    id: 'ar-bi-yad-min-hadid',
    sourceLang: 'ar',
    source: "بيد من حديد",
    kind: 'idiom',
    literals: {en: ["with a hand of iron", "strike with a hand of iron", "struck with a hand of iron", "strikes with a hand of iron", "hit with a hand of iron", "with a hand of steel"]},
    expected: {en: ["crack down hard", "with an iron fist"]},
    meaning: "firmly, without mercy",
    confidence: 'high'
  },
  {
    id: 'ar-habl-al-kidhb-qasir',
    sourceLang: 'ar',
    source: "حبل الكذب قصير",
    kind: 'idiom',
    literals: {en: ["the rope of lies is short", "rope of lies is short", "the rope of the lie is short", "the rope of lying is short", "lies have a short rope", "the rope of lies is very short"]},
    expected: {en: ["lies do not last", "the truth will out"]},
    meaning: "lies are soon found out",
    confidence: 'high'
  },
  {
    id: 'ar-athlaja-sudurana',
    sourceLang: 'ar',
    source: "أثلج صدورنا",
    kind: 'idiom',
    literals: {en: ["iced our chests", "iced our hearts", "iced the chests", "ices our chests", "iced their chests", "iced the chests of", "cooled our chests", "froze our chests"]},
    expected: {en: ["brought us relief"]},
    meaning: "was a great relief (gladdened us)",
    confidence: 'high'
  },
  {
    id: 'ar-la-saghira-wala-kabira',
    sourceLang: 'ar',
    source: "لن نترك صغيرة ولا كبيرة",
    kind: 'idiom',
    literals: {en: ["leave a small or a big one", "leave neither a small nor a big one", "not leave a small one or a big one", "leave no small or big one", "neither small nor big will be left", "leave a small one or a big one"]},
    expected: {en: ["spare no one", "leave no stone unturned"]},
    meaning: "spare nobody, overlook nothing",
    confidence: 'high'
  },
  {
    id: 'ar-nuqta-fi-bahr',
    sourceLang: 'ar',
    source: "نقطة في بحر",
    kind: 'idiom',
    literals: {en: ["a drop in the sea", "drop in the sea", "a drop in a sea", "a drop in the sea of"]},
    expected: {en: ["a drop in the ocean"]},
    meaning: "an insignificant amount",
    confidence: 'high'
  },
  {
    id: 'ar-al-ayn-basira',
    sourceLang: 'ar',
    source: "العين بصيرة واليد قصيرة",
    kind: 'idiom',
    literals: {en: ["the eye sees, but the hand is short", "the eye sees but the hand is short", "the eye sees and the hand is short", "the eye is seeing and the hand is short", "the eye is perceptive and the hand is short", "the eye sees, and the hand is short"]},
    expected: {en: ["we know what is needed but lack the means"]},
    meaning: "willing but without the means",
    confidence: 'high'
  },
  {
    id: 'ar-kull-takhira-fiha-khira',
    sourceLang: 'ar',
    source: "كل تأخيرة فيها خيرة",
    kind: 'idiom',
    literals: {en: ["every delay has good in it", "every delay has a good in it", "in every delay there is good", "every delay holds good", "every delay has goodness in it", "every delay brings good"]},
    expected: {en: ["every cloud has a silver lining"]},
    meaning: "a delay may turn out for the better",
    confidence: 'high'
  }
]
