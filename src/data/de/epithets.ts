import type {CalqueEntry} from '../types.js'

/**
 * Nicknames of countries, cities and regions used by the German-language
 * press (dpa, APA, SDA, regional dailies), as machine translation renders them.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'de-waehrungshueter',
    sourceLang: 'de',
    source: 'die (Frankfurter) Währungshüter',
    kind: 'organisation',
    literals: {en: ['currency guardians', 'frankfurt currency guardians', 'currency guards', 'currency keepers', 'currency watchers', 'guardians of the currency', 'frankfurt currency watchdogs', 'euro guardians', 'monetary guardians']},
    expected: {en: ['the European Central Bank', 'the ECB']},
    meaning: 'the European Central Bank (or a national central bank)',
    confidence: 'low',
    note: 'German press calls central bankers *die Währungshüter* (the currency guardians); *Frankfurter* means the ECB.'
  },
  {
    id: 'de-haendelstadt',
    sourceLang: 'de',
    source: 'die Händelstadt',
    kind: 'city',
    literals: {en: ['the händel city', 'the handel city', 'the haendel city', 'the city of händel', 'the city of handel']},
    expected: {en: ['Halle']},
    meaning: 'Halle (Saale), Handel\'s birthplace',
    confidence: 'high',
    note: 'Halle calls itself *Händelstadt*; MT keeps the composer.'
  },
  {
    id: 'de-saalemetropole',
    sourceLang: 'de',
    source: 'die Saalemetropole',
    kind: 'city',
    literals: {en: ['the saale metropolis', 'the saale metropole']},
    expected: {en: ['Halle']},
    meaning: 'Halle (or Jena) on the Saale',
    confidence: 'high',
    note: 'German press names cities by their river (*Saalestadt*, *Elbmetropole*, *Rheinmetropole*).'
  },
  {
    id: 'de-grande-nation-translated',
    sourceLang: 'de',
    source: 'die Grande Nation',
    kind: 'country',
    literals: {en: ['the great nation']},
    expected: {en: ['France']},
    meaning: 'France',
    confidence: 'low',
    guard: {capitalised: true},
    note: 'German press calls France *die Grande Nation*.'
  },
  {
    id: 'de-hohes-haus',
    sourceLang: 'de',
    source: 'das Hohe Haus',
    kind: 'organisation',
    literals: {en: ['the high house', 'the lofty house', 'the honourable house']},
    expected: {en: ['parliament', 'the state parliament']},
    meaning: 'the parliament (Bundestag or a state parliament)',
    confidence: 'low',
    guard: {capitalised: true},
    note: '*Das Hohe Haus* (the high house) is the parliament in German press.'
  },
  {
    id: 'de-laendle',
    sourceLang: 'de',
    source: 'das Ländle',
    kind: 'region',
    literals: {en: ['the little country', 'the little land', 'the small country', 'the ländle', 'the laendle']},
    expected: {en: ['Baden-Württemberg']},
    meaning: 'Baden-Württemberg',
    confidence: 'low',
    guard: {onlyNear: ['baden-württemberg', 'baden-wuerttemberg', 'stuttgart', 'karlsruhe', 'swabia', 'swabian', 'freiburg', 'mannheim', 'heidelberg', 'ulm', 'tübingen', 'konstanz', 'heilbronn', 'pforzheim'], window: 1000},
    note: 'Swabian *das Ländle* (the little country) is Baden-Württemberg in German press.'
  },
  {
    id: 'de-echter-norden',
    sourceLang: 'de',
    source: 'der echte Norden',
    kind: 'region',
    literals: {en: ['the true north', 'the real north', 'the genuine north']},
    expected: {en: ['Schleswig-Holstein']},
    meaning: 'Schleswig-Holstein (its slogan *Der echte Norden*)',
    confidence: 'low',
    guard: {capitalised: true},
    note: 'Schleswig-Holstein markets itself as *Der echte Norden*; capitalised in English it reads as a name nobody knows.'
  },
  {
    id: 'de-alpenrepublik',
    sourceLang: 'de',
    source: 'die Alpenrepublik',
    kind: 'country',
    literals: {
      en: ['alpine republic', 'alps republic', 'republic of the alps', 'alpine republic of'],
      fr: ['la république alpine', 'la république des alpes']
    },
    expected: {en: ['Austria'], fr: ["l'Autriche"]},
    meaning: 'Austria',
    confidence: 'high',
    note: 'German-language (especially Austrian) press calls Austria *die Alpenrepublik* to avoid repeating the name.'
  },
  {
    id: 'de-reich-der-mitte',
    sourceLang: 'de',
    source: 'das Reich der Mitte',
    kind: 'country',
    literals: {en: ['empire of the middle', 'realm of the middle', 'kingdom of the middle', 'reich of the middle', 'empire of the centre', 'empire of the center', 'realm of the center', 'realm of the centre']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'high'
  },
  {
    id: 'de-reich-der-mitte-middle-kingdom',
    sourceLang: 'de',
    source: 'das Reich der Mitte',
    kind: 'country',
    literals: {en: ['middle kingdom', 'middle empire', 'middle realm']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'low',
    guard: {unlessNear: ['egypt', 'egyptian', 'pharaoh', 'pharaohs', 'dynasty', 'pyramids']}
  },
  {
    id: 'de-grande-nation',
    sourceLang: 'de',
    source: 'die Grande Nation',
    kind: 'country',
    literals: {en: ['grande nation', 'grand nation']},
    expected: {en: ['France']},
    meaning: 'France',
    confidence: 'high',
    guard: {unlessNear: ['army', 'armée']}
  },
  {
    id: 'de-eidgenossenschaft',
    sourceLang: 'de',
    source: 'die Eidgenossenschaft',
    kind: 'country',
    literals: {en: ['oath confederation', 'oath confederacy', 'confederation of oaths', 'oath fellowship', 'oath comradeship', 'eidgenossenschaft', "the land of the confederates", "land of the confederates", "the country of the confederates"], fr: ['la confédération des serments']},
    expected: {en: ['Switzerland'], fr: ['la Suisse']},
    meaning: 'Switzerland (the Swiss Confederation)',
    confidence: 'high',
    note: 'Swiss and German papers call Switzerland *die Eidgenossenschaft* and the Swiss *die Eidgenossen*.'
  },
  {
    id: 'de-elbflorenz',
    sourceLang: 'de',
    source: 'Elbflorenz',
    kind: 'city',
    literals: {en: ['elbe florence', 'elb florence', 'elbflorenz', 'elbe-florence']},
    expected: {en: ['Dresden']},
    meaning: 'Dresden',
    confidence: 'high'
  },
  {
    id: 'de-elbflorenz-english',
    sourceLang: 'de',
    source: 'Elbflorenz',
    kind: 'city',
    literals: {en: ['florence on the elbe', 'florence of the elbe']},
    expected: {en: ['Dresden']},
    meaning: 'Dresden',
    confidence: 'low'
  },
  {
    id: 'de-hansestadt-hamburg',
    sourceLang: 'de',
    source: 'die Hansestadt',
    kind: 'city',
    literals: {en: ['hanseatic city', 'hanse city', 'hansa city', 'hanseatic town']},
    expected: {en: ['Hamburg']},
    meaning: 'Hamburg (the Hanseatic city)',
    confidence: 'low',
    guard: {onlyNear: ['hamburg', "hamburg's", 'hambourg', 'elbe', 'alster'], unlessNear: ['bremen', 'lübeck', 'rostock', 'free', 'libre'], window: 60}
  },
  {
    id: 'de-hansestadt-bremen',
    sourceLang: 'de',
    source: 'die Hansestadt',
    kind: 'city',
    literals: {en: ['hanseatic city', 'hanse city', 'hansa city', 'hanseatic town']},
    expected: {en: ['Bremen']},
    meaning: 'Bremen (the Hanseatic city)',
    confidence: 'low',
    guard: {onlyNear: ['bremen', "bremen's", 'brême', 'weser'], unlessNear: ['hamburg', 'lübeck', 'rostock', 'free', 'libre'], window: 60}
  },
  {
    id: 'de-mainmetropole',
    sourceLang: 'de',
    source: 'die Mainmetropole',
    kind: 'city',
    literals: {en: ['metropolis on the main', 'metropolis on the river main', 'main metropolis', 'main metropole', 'main-metropolis', 'metropolis of the main'], fr: ['la métropole du main', 'la métropole sur le main']},
    expected: {en: ['Frankfurt'], fr: ['Francfort']},
    meaning: 'Frankfurt am Main',
    confidence: 'high',
    guard: {onlyNear: ['frankfurt', "frankfurt's", 'francfort', 'hesse', 'hessian', 'ecb', 'bundesbank', 'bank', 'banks', 'banking', 'airport', 'fair', 'exchange', 'main', 'eintracht', 'financial'], window: 40}
  },
  {
    id: 'de-bankenmetropole',
    sourceLang: 'de',
    source: 'die Bankenmetropole / Bankenstadt',
    kind: 'city',
    literals: {en: ['banking metropolis', 'bank metropolis', 'banks metropolis', 'metropolis of banks', 'banking metropole', 'bank city', 'city of banks']},
    expected: {en: ['Frankfurt']},
    meaning: 'Frankfurt am Main',
    confidence: 'high',
    guard: {unlessNear: ['london', 'zurich', 'new', 'york', 'singapore', 'hong', 'kong', 'luxembourg']}
  },
  {
    id: 'de-domstadt',
    sourceLang: 'de',
    source: 'die Domstadt',
    kind: 'city',
    literals: {en: ['cathedral city', 'dom city', 'city of the cathedral', 'domstadt'], fr: ['la ville de la cathédrale', 'la ville du dôme']},
    expected: {en: ['Cologne'], fr: ['Cologne']},
    meaning: 'Cologne',
    confidence: 'low',
    // The whole article: Cologne is named once, in the lead, and called the cathedral city paragraphs later.
    guard: {onlyNear: ['cologne', "cologne's", 'köln', 'rhine', 'rhin', 'fc', 'carnival', 'carnaval'], window: 1000}
  },
  {
    id: 'de-tor-zur-welt',
    sourceLang: 'de',
    source: 'das Tor zur Welt',
    kind: 'city',
    literals: {en: ['the gate to the world', 'the gateway to the world', 'the door to the world', 'gate of the world']},
    expected: {en: ['Hamburg', 'the port of Hamburg']},
    meaning: 'Hamburg (its port, "Germany\'s gateway to the world")',
    confidence: 'low',
    guard: {capitalised: true},
    note: 'Hamburg calls itself *das Tor zur Welt*; capitalised as a name in English it is the calque.'
  },
  {
    id: 'de-isarmetropole',
    sourceLang: 'de',
    source: 'die Isarmetropole',
    kind: 'city',
    literals: {en: ['isar metropolis', 'metropolis on the isar', 'isar metropole', 'metropolis of the isar', 'isar-metropolis'], fr: ["la métropole de l'isar", "la métropole sur l'isar"]},
    expected: {en: ['Munich'], fr: ['Munich']},
    meaning: 'Munich',
    confidence: 'high'
  },
  {
    id: 'de-spreemetropole',
    sourceLang: 'de',
    source: 'die Spreemetropole / die Spree-Metropole',
    kind: 'city',
    literals: {en: ['spree metropolis', 'metropolis on the spree', 'spree metropole', 'metropolis of the spree', 'spree-metropolis'], fr: ['la métropole de la spree', 'la métropole sur la spree']},
    expected: {en: ['Berlin'], fr: ['Berlin']},
    meaning: 'Berlin',
    confidence: 'high'
  },
  {
    id: 'de-donaumetropole',
    sourceLang: 'de',
    source: 'die Donaumetropole',
    kind: 'city',
    literals: {en: ['danube metropolis', 'metropolis on the danube', 'danube metropole', 'metropolis of the danube'], fr: ['la métropole du danube', 'la métropole sur le danube']},
    expected: {en: ['Vienna'], fr: ['Vienne']},
    meaning: 'Vienna (in Austrian papers; Budapest is also called so)',
    confidence: 'high',
    guard: {unlessNear: ['budapest', 'hungary', 'hungarian', 'orbán', 'orban']}
  },
  {
    id: 'de-mozartstadt',
    sourceLang: 'de',
    source: 'die Mozartstadt',
    kind: 'city',
    literals: {en: ['mozart city', 'mozart town', 'mozartstadt']},
    expected: {en: ['Salzburg']},
    meaning: 'Salzburg',
    confidence: 'high'
  },
  {
    id: 'de-fuggerstadt',
    sourceLang: 'de',
    source: 'die Fuggerstadt',
    kind: 'city',
    literals: {en: ['fugger city', 'fugger town', 'city of the fuggers'], fr: ['la ville des fugger']},
    expected: {en: ['Augsburg'], fr: ['Augsbourg']},
    meaning: 'Augsburg',
    confidence: 'high'
  },
  {
    id: 'de-ruhrpott',
    sourceLang: 'de',
    source: 'der Ruhrpott',
    kind: 'region',
    literals: {en: ['ruhr pot', 'ruhrpott', 'ruhr pott'], fr: ['le pot de la ruhr']},
    expected: {en: ['the Ruhr'], fr: ['la Ruhr']},
    meaning: 'the Ruhr area',
    confidence: 'high'
  },
  {
    id: 'de-land-der-aufgehenden-sonne',
    sourceLang: 'de',
    source: 'das Land der aufgehenden Sonne',
    kind: 'country',
    literals: {en: ['land of the rising sun', 'country of the rising sun']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'low'
  },
  {
    id: 'de-land-der-dichter-und-denker',
    sourceLang: 'de',
    source: 'das Land der Dichter und Denker',
    kind: 'country',
    literals: {en: ['land of poets and thinkers', 'country of poets and thinkers', 'land of poets and philosophers']},
    expected: {en: ['Germany']},
    meaning: 'Germany',
    confidence: 'low'
  },
  {
    id: 'de-schwabenmetropole',
    sourceLang: 'de',
    source: 'die Schwabenmetropole',
    kind: 'city',
    literals: {en: ['swabian metropolis', 'swabia metropolis', 'metropolis of swabia', 'swabians metropolis', 'swabian capital metropolis', 'swabian metropole']},
    expected: {en: ['Stuttgart']},
    meaning: 'Stuttgart',
    confidence: 'high'
  },
  {
    id: 'de-frankenmetropole',
    sourceLang: 'de',
    source: 'die Frankenmetropole',
    kind: 'city',
    literals: {en: ['franconian metropolis', 'franconia metropolis', 'metropolis of franconia', 'franks metropolis', 'frankish metropolis', 'franconian metropole', 'franken metropolis']},
    expected: {en: ['Nuremberg']},
    meaning: 'Nuremberg',
    confidence: 'high',
    guard: {unlessNear: ['medieval', 'charlemagne', 'frankish', 'century', 'empire']}
  },
  {
    id: 'de-lagunenstadt',
    sourceLang: 'de',
    source: 'die Lagunenstadt',
    kind: 'city',
    // Not `the lagoon city`: English papers call Venice that themselves.
    literals: {en: ['city of lagoons', 'city of the lagoon', 'lagoons city', 'lagoon town']},
    expected: {en: ['Venice']},
    meaning: 'Venice',
    confidence: 'high',
    guard: {unlessNear: ['lagos', 'nigeria', 'abidjan', 'resort', 'florida', 'mexico', 'waterpark']}
  },
  {
    id: 'de-land-der-unbegrenzten-moeglichkeiten',
    sourceLang: 'de',
    source: 'das Land der unbegrenzten Möglichkeiten',
    kind: 'country',
    literals: {en: ['land of unlimited possibilities', 'country of unlimited possibilities', 'land of unlimited opportunities', 'country of unlimited opportunities', 'land of limitless possibilities', 'country of limitless possibilities', 'land of unlimited opportunity', 'land of boundless possibilities', 'country of boundless possibilities']},
    expected: {en: ['the United States', 'America']},
    meaning: 'the United States',
    confidence: 'high'
  },
  {
    id: 'de-rekordmeister',
    sourceLang: 'de',
    source: 'der Rekordmeister',
    kind: 'organisation',
    literals: {en: ['record champion', 'record champions', 'record master', 'record masters', 'record title holder', 'record titleholders', 'record-champion', 'record winner of the league']},
    expected: {en: ['Bayern Munich']},
    meaning: 'Bayern Munich (the club with the most German titles)',
    confidence: 'low',
    guard: {onlyNear: ['bayern', 'munich', 'bundesliga', 'league', 'club', 'coach', 'striker', 'goal', 'goals', 'match', 'season', 'kane', 'müller', 'neuer', 'allianz', 'dortmund', 'leverkusen', 'football', 'champions'], window: 30},
    note: 'German sports journalism calls Bayern Munich *der Rekordmeister*; in other sports the record champion may be another club.'
  },
  {
    id: 'de-werkself',
    sourceLang: 'de',
    source: 'die Werkself',
    kind: 'organisation',
    literals: {en: ['works eleven', 'factory eleven', 'works team eleven', 'plant eleven', 'work eleven', 'company eleven', 'werkself']},
    expected: {en: ['Bayer Leverkusen', 'Leverkusen']},
    meaning: 'Bayer Leverkusen (the club of the Bayer works)',
    confidence: 'high'
  },
  {
    id: 'de-schwarzgelben',
    sourceLang: 'de',
    source: 'die Schwarz-Gelben / die Schwarzgelben',
    kind: 'organisation',
    literals: {en: ['black and yellows', 'black-yellows', 'black yellows', 'blacks and yellows', 'black-and-yellows', 'schwarzgelben']},
    expected: {en: ['Borussia Dortmund', 'Dortmund']},
    meaning: 'Borussia Dortmund',
    confidence: 'high',
    guard: {unlessNear: ['wasp', 'wasps', 'hornet', 'hornets', 'bee', 'bees', 'stripes', 'taxi', 'taxis', 'flag', 'flags']}
  },
  {
    id: 'de-geissboecke',
    sourceLang: 'de',
    source: 'die Geißböcke',
    kind: 'organisation',
    literals: {en: ['billy goats', 'billygoats', 'he-goats', 'geissbocke']},
    expected: {en: ['FC Cologne', '1. FC Köln']},
    meaning: '1. FC Köln',
    confidence: 'low',
    guard: {onlyNear: ['cologne', 'köln', 'koeln', 'fc', 'bundesliga', 'coach', 'match', 'goal', 'goals', 'season', 'relegation', 'promotion', 'striker', 'stadium', 'league'], unlessNear: ['farm', 'farmer', 'herd', 'milk', 'cheese', 'graze', 'grazing', 'mountain', 'zoo', 'animals'], window: 20}
  },
  {
    id: 'de-fohlen',
    sourceLang: 'de',
    source: 'die Fohlen / die Fohlenelf',
    kind: 'organisation',
    literals: {en: ['foals', 'foal eleven', 'foals eleven', 'the foal team', 'foal team', 'foal elf']},
    expected: {en: ['Borussia Mönchengladbach', 'Gladbach']},
    meaning: 'Borussia Mönchengladbach',
    confidence: 'low',
    guard: {onlyNear: ['gladbach', 'mönchengladbach', 'monchengladbach', 'borussia', 'bundesliga', 'coach', 'match', 'goal', 'goals', 'season', 'striker', 'league', 'stadium', 'relegation'], unlessNear: ['mare', 'mares', 'stud', 'horse', 'horses', 'racing', 'breeder', 'breeders', 'stable', 'zebra', 'donkey', 'farm'], window: 20}
  },
  {
    id: 'de-koenigsblaue',
    sourceLang: 'de',
    source: 'die Königsblauen / die Knappen',
    kind: 'organisation',
    literals: {en: ['royal blues', 'king blues', "king's blues", 'kings blues', 'royal blue team', 'royal-blues', 'the knappen', 'squires']},
    expected: {en: ['Schalke 04', 'Schalke']},
    meaning: 'FC Schalke 04',
    confidence: 'low',
    guard: {onlyNear: ['schalke', 'gelsenkirchen', 'bundesliga', 'revierderby', 'derby', 'dortmund', 'coach', 'match', 'goal', 'goals', 'season', 'striker', 'league', 'relegation', 'promotion'], unlessNear: ['chelsea', 'everton', 'birmingham', 'cardiff', 'coal', 'mine', 'mines', 'mining', 'pit', 'knight', 'knights', 'gold', 'strike', 'union'], window: 20}
  },
  {
    id: 'de-faecherstadt',
    sourceLang: 'de',
    source: 'die Fächerstadt',
    kind: 'city',
    literals: {en: ['fan city', 'fan-city', 'city of the fan', 'fan town', 'fanned city', 'fächerstadt']},
    expected: {en: ['Karlsruhe']},
    meaning: 'Karlsruhe (its streets fan out from the palace)',
    confidence: 'high',
    guard: {unlessNear: ['football', 'fans', 'supporters', 'zone', 'festival', 'cup', 'euro', 'tournament', 'screen', 'screens', 'olympic', 'olympics', 'village', 'viewing', 'club', 'team']}
  },
  {
    id: 'de-leinemetropole',
    sourceLang: 'de',
    source: 'die Leinemetropole',
    kind: 'city',
    literals: {en: ['leine metropolis', 'metropolis on the leine', 'leine metropole', 'leine city']},
    expected: {en: ['Hanover']},
    meaning: 'Hanover',
    confidence: 'high'
  },
  {
    id: 'de-land-der-reben-und-rueben',
    sourceLang: 'de',
    source: 'das Land der Reben und Rüben',
    kind: 'region',
    literals: {en: ['land of vines and beets', 'land of vines and turnips', 'land of the vines and beets', 'country of vines and beets', 'state of vines and beets']},
    expected: {en: ['Rhineland-Palatinate']},
    meaning: 'Rhineland-Palatinate',
    confidence: 'high'
  },
  {
    id: 'de-freistaat-bayern',
    sourceLang: 'de',
    source: 'der Freistaat (Bayern)',
    kind: 'region',
    literals: {en: ['free state']},
    expected: {en: ['Bavaria']},
    meaning: 'Bavaria (the Free State of Bavaria)',
    confidence: 'low',
    guard: {onlyNear: ['bavaria', 'bavarian', 'munich', 'nuremberg', 'augsburg', 'söder', 'bayern', 'franconia', 'regensburg', 'würzburg'], unlessNear: ['saxony', 'thuringia', 'south', 'africa', 'bloemfontein', 'irish', 'ireland', 'orange', 'oranje'], window: 60, unlessFollowedBy: ['of']}
  },
  {
    id: 'de-freistaat-sachsen',
    sourceLang: 'de',
    source: 'der Freistaat (Sachsen)',
    kind: 'region',
    literals: {en: ['free state']},
    expected: {en: ['Saxony']},
    meaning: 'Saxony (the Free State of Saxony)',
    confidence: 'low',
    guard: {onlyNear: ['saxony', 'saxon', 'dresden', 'leipzig', 'chemnitz', 'kretschmer', 'sachsen'], unlessNear: ['bavaria', 'bavarian', 'thuringia', 'south', 'africa', 'bloemfontein', 'irish', 'ireland', 'orange', 'anhalt'], window: 60, unlessFollowedBy: ['of']}
  },
  {
    id: 'de-freistaat-thueringen',
    sourceLang: 'de',
    source: 'der Freistaat (Thüringen)',
    kind: 'region',
    literals: {en: ['free state']},
    expected: {en: ['Thuringia']},
    meaning: 'Thuringia (the Free State of Thuringia)',
    confidence: 'low',
    guard: {onlyNear: ['thuringia', 'thuringian', 'erfurt', 'jena', 'weimar', 'gera', 'thüringen'], unlessNear: ['bavaria', 'bavarian', 'saxony', 'south', 'africa', 'bloemfontein', 'irish', 'ireland', 'orange'], window: 60, unlessFollowedBy: ['of']}
  },
  {
    id: 'de-elbmetropole',
    sourceLang: 'de',
    source: 'die Elbmetropole',
    kind: 'city',
    literals: {en: ['elbe metropolis', 'metropolis on the elbe', 'elbe metropole', 'metropolis of the elbe']},
    expected: {en: ['Hamburg']},
    meaning: 'Hamburg (the city on the Elbe; sometimes Dresden or Magdeburg)',
    confidence: 'high'
  },
  {
    id: 'de-rheinmetropole',
    sourceLang: 'de',
    source: 'die Rheinmetropole',
    kind: 'city',
    literals: {en: ['rhine metropolis', 'metropolis on the rhine', 'rhine metropole', 'metropolis of the rhine']},
    expected: {en: ['Cologne', 'Düsseldorf']},
    meaning: 'Cologne or Düsseldorf (the city on the Rhine)',
    confidence: 'high'
  },
  {
    id: 'de-wesermetropole',
    sourceLang: 'de',
    source: 'die Weser-Metropole',
    kind: 'city',
    literals: {en: ['weser metropolis', 'metropolis on the weser', 'weser metropole']},
    expected: {en: ['Bremen']},
    meaning: 'Bremen (the city on the Weser)',
    confidence: 'high'
  },
  {
    id: 'de-saalestadt',
    sourceLang: 'de',
    source: 'die Saalestadt',
    kind: 'city',
    literals: {en: ['saale city', 'saale town', 'city on the saale']},
    expected: {en: ['Halle']},
    meaning: 'Halle (an der Saale)',
    confidence: 'high'
  },
  {
    id: 'de-land-der-fruehaufsteher',
    sourceLang: 'de',
    source: 'das Land der Frühaufsteher',
    kind: 'region',
    literals: {en: ['land of early risers', 'country of early risers', 'state of early risers', 'land of the early risers']},
    expected: {en: ['Saxony-Anhalt']},
    meaning: 'Saxony-Anhalt (its marketing slogan)',
    confidence: 'high'
  },
  {
    id: 'de-stiefelstaat',
    sourceLang: 'de',
    source: 'der Stiefelstaat',
    kind: 'country',
    literals: {en: ['boot state', 'boot country', 'country of the boot']},
    expected: {en: ['Italy']},
    meaning: 'Italy (shaped like a boot)',
    confidence: 'high',
    guard: {unlessNear: ['shoe', 'shoes', 'leather', 'army', 'military', 'camp']}
  },
  {
    id: 'de-land-am-bosporus',
    sourceLang: 'de',
    source: 'das Land am Bosporus',
    kind: 'country',
    literals: {en: ['country on the bosporus', 'land on the bosporus', 'country on the bosphorus', 'land on the bosphorus']},
    expected: {en: ['Turkey']},
    meaning: 'Turkey (on the Bosporus)',
    confidence: 'high'
  },
  {
    id: 'de-messestadt',
    sourceLang: 'de',
    source: 'die Messestadt (Leipzig, Hannover, Frankfurt)',
    kind: 'city',
    literals: {en: ['trade fair city', 'fair city', 'trade-fair city', 'city of trade fairs']},
    expected: {en: ['the city (by its name: Leipzig, Hanover, Frankfurt)']},
    meaning: 'the city (by its name: Leipzig, Hanover, Frankfurt)',
    confidence: 'low'
  },
  {
    id: 'de-aufsteiger',
    sourceLang: 'de',
    source: 'der Aufsteiger',
    kind: 'organisation',
    literals: {en: ['the climber', 'the climbers', 'the ascender', 'the riser']},
    expected: {en: ['the promoted side', 'the newly promoted club']},
    meaning: 'the club promoted into the league this season',
    confidence: 'low',
    guard: {onlyNear: ['league', 'pitch', 'season', 'points', 'match', 'matches', 'goal', 'goals', 'club', 'stadium', 'fans', 'table', 'promoted', 'promotion', 'bundesliga', 'coach', 'win', 'draw', 'defeat'], window: 25},
    note: 'German sports press calls a newly promoted team *der Aufsteiger*.'
  },
  {
    id: 'de-ordnungshueter',
    sourceLang: 'de',
    source: 'die Ordnungshüter / die Gesetzeshüter',
    kind: 'organisation',
    literals: {en: ['guardians of order', 'guardians of the order', 'order guardians', 'keepers of order', 'guardians of the law', 'law guardians']},
    expected: {en: ['the police']},
    meaning: 'the police',
    confidence: 'high',
    note: 'German press varies *Polizei* with *die Ordnungshüter* (the guardians of order).'
  },
  {
    id: 'de-kurort',
    sourceLang: 'de',
    source: 'der Kurort / die Kurstadt',
    kind: 'city',
    literals: {en: ['the cure town', 'the cure city', 'the cure resort', 'the cure place', 'the cure spa']},
    expected: {en: ['the spa town']},
    meaning: 'the spa town',
    confidence: 'high',
    note: 'German *Kurort*, *Kurstadt*: a spa town; `cure` is a calque of *Kur*.'
  },
  {
    id: 'de-mainmetropole-named',
    sourceLang: 'de',
    source: 'die Mainmetropole',
    kind: 'city',
    // With the river's name capitalised the nickname needs no Frankfurt nearby (see `de-mainmetropole`).
    literals: {en: ['main metropolis', 'main metropole', 'main-metropolis']},
    expected: {en: ['Frankfurt']},
    meaning: 'Frankfurt (on the river Main)',
    confidence: 'high',
    guard: {capitalised: 'first'},
    note: 'German *die Mainmetropole*, after the river Main; in lower case `the main metropolis` is plain English.'
  },
  {
    id: 'de-die-eisernen',
    sourceLang: 'de',
    source: 'die Eisernen',
    kind: 'organisation',
    literals: {en: ['the iron ones', 'the irons ones', 'the ironed ones']},
    expected: {en: ['the club', 'the team']},
    meaning: 'a football club nicknamed *die Eisernen* (the Iron Ones), such as Union Berlin',
    confidence: 'high',
    guard: {capitalised: true}
  },
  {
    id: 'de-gutenbergstadt',
    sourceLang: 'de',
    source: 'die Gutenbergstadt',
    kind: 'city',
    literals: {en: ['gutenberg city', 'gutenberg town', 'city of gutenberg']},
    expected: {en: ['Mainz']},
    meaning: 'Mainz (Gutenberg’s city)',
    confidence: 'high',
    guard: {capitalised: 'first'}
  },
  {
    id: 'de-rekordpokalsieger',
    sourceLang: 'de',
    source: 'der Rekordpokalsieger / Rekordmeister',
    kind: 'organisation',
    literals: {en: ['record cup winner', 'record cup winners', 'record champion', 'record champions', 'record title holder']},
    expected: {en: ['the most successful club', 'the club with the most titles']},
    meaning: 'the club with the most cup wins or titles',
    confidence: 'low'
  },
  {
    id: 'de-landesvater',
    sourceLang: 'de',
    source: 'Landesvater',
    kind: 'person',
    literals: {en: ['the father of the state', 'the state father', 'the father of the land', 'the land father', 'the country father', 'the mother of the state', 'the state mother', 'the land mother']},
    expected: {en: ['the state premier']},
    meaning: 'the premier of a German state',
    confidence: 'high',
    note: 'German press calls a state premier *Landesvater* (*Landesmutter*); English says the state premier.'
  },
  {
    id: 'de-eidgenossen',
    sourceLang: 'de',
    source: "die Eidgenossen",
    kind: 'phrase',
    literals: {en: ["the confederates", "the oath comrades", "the oath companions"]},
    expected: {en: ["the Swiss"]},
    meaning: "the Swiss",
    confidence: 'low',
    guard: {onlyNear: ['swiss', 'switzerland', 'bern', 'berne', 'zurich', 'zürich', 'basel', 'geneva', 'lucerne', 'sbb', 'francs', 'franc', 'alpine', 'bavaria', 'austria', 'liechtenstein'], window: 40},
    note: "German and Swiss papers call the Swiss *die Eidgenossen* (the confederates); in English `the Confederates` are the American South."
  },
  {
    id: 'de-vater-staat',
    sourceLang: 'de',
    source: "Vater Staat",
    kind: 'organisation',
    literals: {en: ["father state"]},
    expected: {en: ["the state"]},
    meaning: "the state (as provider)",
    confidence: 'high',
    guard: {capitalised: 'first'},
    note: "German press calls the state *Vater Staat* (Father State)."
  },
  {
    id: 'de-fahrstuhlmannschaft',
    sourceLang: 'de',
    source: 'Fahrstuhlmannschaft',
    kind: 'organisation',
    literals: {en: ['elevator team', 'the elevator team', 'elevator club', 'the elevator club', 'elevator side', 'lift team', 'the lift team', 'elevator squad']},
    expected: {en: ['the yo-yo club']},
    meaning: 'a club regularly promoted and relegated',
    confidence: 'high',
    guard: {unlessNear: ['maintenance', 'repair', 'repairs', 'technicians', 'technician', 'building', 'engineers', 'installed', 'installation']}
  },
  {
    id: 'de-domstadt-unnamed',
    sourceLang: 'de',
    source: "die Domstadt",
    kind: 'city',
    literals: {en: ["cathedral city", "dom city", "domstadt"]},
    expected: {en: ["Cologne"]},
    meaning: "Cologne, as German news calls it without naming it; otherwise the city the article means",
    confidence: 'low',
    guard: {unlessNear: ["cologne", "cologne's", "köln", "rhine", "fc", "carnival", "aachen", "mainz", "speyer", "trier", "fulda", "bamberg", "naumburg", "erfurt", "regensburg", "passau", "limburg", "paderborn", "münster", "magdeburg", "canterbury", "salisbury", "york", "winchester", "durham", "ely", "wells"], window: 1000}
  },
  {
    id: 'de-hansestadt-unnamed',
    sourceLang: 'de',
    source: "die Hansestadt",
    kind: 'city',
    literals: {en: ["hanseatic city", "hanse city", "hansa city", "hanseatic town"]},
    expected: {en: ["Hamburg", "Bremen", "Lübeck", "Rostock"]},
    meaning: "a Hanseatic city (Hamburg, Bremen, Lübeck, Rostock …) the article means",
    confidence: 'low',
    guard: {unlessNear: ["hamburg", "hamburg's", "bremen", "bremen's", "elbe", "alster", "weser", "league", "medieval", "merchants"], window: 1000}
  }
]
