import type {CalqueEntry} from '../types.js'

/**
 * Nicknames and metonyms of the French-language press (AFP, Le Monde,
 * regional dailies, Quebec and Belgian papers), as machine translation
 * renders them in English.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'fr-or-blanc',
    sourceLang: 'fr',
    source: "l'or blanc",
    kind: 'phrase',
    literals: {en: ['the white gold', 'white gold']},
    expected: {en: ['snow']},
    meaning: 'snow (in ski-resort news)',
    confidence: 'low',
    guard: {onlyNear: ['ski', 'skiing', 'skiers', 'resort', 'resorts', 'slopes', 'snow', 'season', 'lifts', 'winter', 'altitude', 'station', 'stations'], unlessNear: ['jewellery', 'jewelry', 'ring', 'rings', 'platinum', 'carat', 'carats', 'watch', 'cotton', 'salt', 'lithium', 'porcelain'], window: 40},
    note: 'French press calls snow *l’or blanc* (white gold); in English the phrase means the metal alloy, lithium or cotton.'
  },
  {
    id: 'fr-hotel-matignon',
    sourceLang: 'fr',
    source: "l'hôtel Matignon",
    kind: 'organisation',
    literals: {en: ['the hotel of matignon', 'the hotel matignon', 'the matignon hotel', 'the matignon mansion']},
    expected: {en: ["the Prime Minister's office"]},
    meaning: "the Prime Minister's office (Matignon)",
    confidence: 'high',
    note: "*L'hôtel Matignon* is the Prime Minister's residence and office; `hotel` is the French word for a town house."
  },
  {
    id: 'fr-rue-descartes',
    sourceLang: 'fr',
    source: 'la rue Descartes',
    kind: 'organisation',
    literals: {en: ['the descartes street', 'the street descartes', 'rue descartes']},
    expected: {en: ['the Higher Education Ministry']},
    meaning: 'the French higher education ministry (on rue Descartes)',
    confidence: 'low',
    guard: {onlyNear: ['university', 'universities', 'students', 'student', 'ministry', 'minister', 'higher', 'education', 'research', 'strike', 'reform'], window: 60},
    note: 'French press names ministries by their street.'
  },
  {
    id: 'fr-mont-chauve',
    sourceLang: 'fr',
    source: 'le mont Chauve / le Géant de Provence',
    kind: 'region',
    literals: {en: ['the bald mountain', 'the bald mount', 'the giant of provence']},
    expected: {en: ['Mont Ventoux']},
    meaning: 'Mont Ventoux',
    confidence: 'low',
    guard: {onlyNear: ['ventoux', 'provence', 'carpentras', 'vaucluse', 'bédoin', 'bedoin', 'malaucène', 'avignon'], window: 1000},
    note: 'Mont Ventoux, bare at its summit, is *le mont Chauve* and *le Géant de Provence*.'
  },
  {
    id: 'fr-iles-anglo-normandes',
    sourceLang: 'fr',
    source: 'les îles anglo-normandes',
    kind: 'region',
    literals: {en: ['the anglo-norman islands', 'the anglo-norman isles', 'the anglo norman islands']},
    expected: {en: ['the Channel Islands']},
    meaning: 'the Channel Islands',
    confidence: 'high',
    note: 'French *îles anglo-normandes* are the Channel Islands in English.'
  },
  {
    id: 'fr-edile',
    sourceLang: 'fr',
    source: "l'édile",
    kind: 'person',
    literals: {en: ['the edile', 'the ediles', 'the municipal edile', 'the local edile']},
    expected: {en: ['the mayor']},
    meaning: 'the mayor (French press calls a mayor *l’édile*)',
    confidence: 'low',
    note: 'English *aedile* is a Roman magistrate; *l’édile* in French press is the mayor.'
  },
  {
    id: 'fr-capitale-comtoise',
    sourceLang: 'fr',
    source: 'la capitale comtoise',
    kind: 'city',
    literals: {en: ['the comtoise capital', 'the comtois capital', 'the franc-comtoise capital', 'the capital of franche-comté', 'the comtoise city']},
    expected: {en: ['Besançon']},
    meaning: 'Besançon',
    confidence: 'high',
    note: 'French press calls Besançon *la capitale comtoise*; *comtoise* is no English word.'
  },
  {
    id: 'fr-capitale-europeenne',
    sourceLang: 'fr',
    source: 'la capitale européenne (Strasbourg)',
    kind: 'city',
    literals: {en: ['the european capital', 'the capital of europe']},
    expected: {en: ['Strasbourg']},
    meaning: 'Strasbourg',
    confidence: 'low',
    guard: {onlyNear: ['strasbourg', "strasbourg's", 'alsace', 'alsatian', 'bas-rhin'], window: 1000},
    note: 'Strasbourg, seat of the European Parliament, is *la capitale européenne* in French press; in an article about Strasbourg the phrase is the city.'
  },
  {
    id: 'fr-hexagone',
    sourceLang: 'fr',
    source: "l'Hexagone",
    kind: 'country',
    literals: {en: ['the hexagon', 'the hexagone', 'hexagone']},
    expected: {en: ['France']},
    meaning: 'metropolitan France (from its six-sided shape)',
    confidence: 'high',
    guard: {unlessNear: ['shape', 'shaped', 'sides', 'sided', 'tile', 'tiles', 'geometry', 'hexagonal', 'pentagon', 'triangle', 'square', 'cells', 'honeycomb', 'bolt', 'nut', 'grid', 'saturn', 'molecule', 'benzene', 'carbon']}
  },
  {
    id: 'fr-outre-rhin',
    sourceLang: 'fr',
    source: 'outre-Rhin',
    kind: 'country',
    literals: {en: ['outre-rhine', 'outre-rhin', 'over-rhine', 'beyond-rhine', 'outer-rhine', 'trans-rhine']},
    expected: {en: ['to Germany', 'in Germany', 'German']},
    meaning: 'Germany (across the Rhine)',
    confidence: 'high'
  },
  {
    id: 'fr-outre-rhin-across',
    sourceLang: 'fr',
    source: "d'outre-Rhin",
    kind: 'country',
    literals: {en: ['from across the rhine', 'from beyond the rhine', 'of beyond the rhine', 'neighbours beyond the rhine', 'neighbours across the rhine', 'neighbors across the rhine', 'our neighbours from across the rhine', 'our neighbors from across the rhine']},
    expected: {en: ['from Germany', 'German']},
    meaning: 'Germany (across the Rhine)',
    confidence: 'low'
  },
  {
    id: 'fr-outre-manche',
    sourceLang: 'fr',
    source: 'outre-Manche',
    kind: 'country',
    literals: {en: ['outre-manche', 'over-channel', 'beyond-channel', 'outre-channel', 'over-manche', 'trans-manche']},
    expected: {en: ['in Britain', 'to Britain', 'British']},
    meaning: 'Britain (across the Channel)',
    confidence: 'high'
  },
  {
    id: 'fr-outre-atlantique',
    sourceLang: 'fr',
    source: 'outre-Atlantique',
    kind: 'country',
    literals: {en: ['outre-atlantique', 'outre-atlantic', 'over-atlantic', 'beyond-atlantic']},
    expected: {en: ['in the United States', 'to the United States', 'American']},
    meaning: 'the United States (across the Atlantic; in Quebec papers, Europe or France)',
    confidence: 'high'
  },
  {
    id: 'fr-outre-quievrain',
    sourceLang: 'fr',
    source: 'outre-Quiévrain',
    kind: 'country',
    literals: {en: ['outre-quiévrain', 'outre-quievrain', 'over-quiévrain', 'over-quievrain', 'beyond-quiévrain']},
    expected: {en: ['in Belgium', 'Belgian']},
    meaning: 'Belgium (seen from France; France, seen from Belgium)',
    confidence: 'high'
  },
  {
    id: 'fr-cite-phoceenne',
    sourceLang: 'fr',
    source: 'la cité phocéenne',
    kind: 'city',
    literals: {en: ['phocaean city', 'phocean city', 'phocaean town', 'phocean town', 'phocéenne city', 'phocaean metropolis', 'phocean metropolis', 'phocaean capital', 'cité phocéenne', 'phocaean port', 'phocean port']},
    expected: {en: ['Marseille']},
    meaning: 'Marseille (founded by Greeks from Phocaea)',
    confidence: 'high',
    guard: {unlessNear: ['ancient', 'archaeologists', 'archaeological', 'greek', 'greeks', 'phocaea', 'bc', 'b.c.', 'colony']}
  },
  {
    id: 'fr-ville-lumiere',
    sourceLang: 'fr',
    source: 'la Ville lumière',
    kind: 'city',
    literals: {en: ['ville lumière', 'ville-lumière', 'ville lumiere', 'light city', 'city light']},
    expected: {en: ['Paris']},
    meaning: 'Paris',
    confidence: 'high',
    guard: {onlyNear: ['paris', "paris's", 'parisian', 'parisians', 'seine', 'eiffel', 'louvre', 'france', 'french', 'olympics', 'olympic', 'hidalgo'], window: 40}
  },
  {
    id: 'fr-ville-lumiere-english',
    sourceLang: 'fr',
    source: 'la Ville lumière',
    kind: 'city',
    // Not `the City of Light`: English papers call Paris that themselves.
    literals: {en: ['light city', 'ville lumière']},
    expected: {en: ['Paris']},
    meaning: 'Paris',
    confidence: 'low'
  },
  {
    id: 'fr-ville-rose',
    sourceLang: 'fr',
    source: 'la Ville rose',
    kind: 'city',
    literals: {en: ['pink city', 'rose city', 'ville rose', 'city of pink', 'the pink town']},
    expected: {en: ['Toulouse']},
    meaning: 'Toulouse (after its red-brick buildings)',
    confidence: 'low',
    guard: {unlessNear: ['jaipur', 'rajasthan', 'india', 'indian', 'portland', 'oregon', 'petra', 'jordan', 'marrakesh', 'marrakech']}
  },
  {
    id: 'fr-capitale-des-gaules',
    sourceLang: 'fr',
    source: 'la capitale des Gaules',
    kind: 'city',
    literals: {en: ['capital of the gauls', 'capital of gaul', 'capital of the gaul', 'capital of gauls', 'gauls capital', "gauls' capital", 'capital of the gaules', 'capital of gaules']},
    expected: {en: ['Lyon']},
    meaning: 'Lyon (Lugdunum, capital of Roman Gaul)',
    confidence: 'high',
    guard: {unlessNear: ['roman', 'romans', 'lugdunum', 'ancient', 'caesar', 'empire', 'emperor', 'century', 'archaeologists', 'bc', 'history']}
  },
  {
    id: 'fr-empire-du-milieu',
    sourceLang: 'fr',
    source: "l'Empire du Milieu",
    kind: 'country',
    literals: {en: ['empire of the middle', 'empire of the center', 'empire of the centre', 'empire du milieu', 'empire of the milieu', 'kingdom of the middle']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'high'
  },
  {
    id: 'fr-empire-du-milieu-english',
    sourceLang: 'fr',
    source: "l'Empire du Milieu",
    kind: 'country',
    literals: {en: ['middle empire', 'middle kingdom']},
    expected: {en: ['China']},
    meaning: 'China',
    confidence: 'low',
    guard: {unlessNear: ['egypt', 'egyptian', 'pharaoh', 'pharaohs', 'dynasty', 'pyramids']}
  },
  {
    id: 'fr-belle-province',
    sourceLang: 'fr',
    source: 'la Belle Province',
    kind: 'region',
    literals: {en: ['beautiful province', 'belle province', 'fine province', 'pretty province', 'lovely province']},
    expected: {en: ['Quebec']},
    meaning: 'Quebec',
    confidence: 'high'
  },
  {
    id: 'fr-pays-du-matin-calme',
    sourceLang: 'fr',
    source: 'le pays du Matin calme',
    kind: 'country',
    literals: {en: ['country of the calm morning', 'country of the morning calm', 'land of the calm morning', 'country of calm morning', 'country of the quiet morning', 'land of the quiet morning']},
    expected: {en: ['South Korea']},
    meaning: 'South Korea (in French papers; Korea generally)',
    confidence: 'high'
  },
  {
    id: 'fr-pays-du-matin-calme-english',
    sourceLang: 'fr',
    source: 'le pays du Matin calme',
    kind: 'country',
    literals: {en: ['land of the morning calm']},
    expected: {en: ['South Korea']},
    meaning: 'South Korea',
    confidence: 'low'
  },
  {
    id: 'fr-pays-du-soleil-levant',
    sourceLang: 'fr',
    source: 'le pays du Soleil-Levant',
    kind: 'country',
    literals: {en: ['country of the rising sun', 'land of the rising sun']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'low'
  },
  {
    id: 'fr-vieux-continent',
    sourceLang: 'fr',
    source: 'le Vieux Continent',
    kind: 'region',
    literals: {en: ['old continent', 'vieux continent']},
    expected: {en: ['Europe']},
    meaning: 'Europe',
    confidence: 'low',
    guard: {unlessNear: ['africa', 'african', 'gondwana', 'geologists', 'geological', 'tectonic']}
  },
  {
    id: 'fr-pays-de-l-oncle-sam',
    sourceLang: 'fr',
    source: "le pays de l'Oncle Sam",
    kind: 'country',
    literals: {en: ['country of uncle sam', "uncle sam's country", 'land of uncle sam', 'country of the uncle sam']},
    expected: {en: ['the United States']},
    meaning: 'the United States',
    confidence: 'high'
  },
  {
    id: 'fr-grande-muette',
    sourceLang: 'fr',
    source: 'la Grande Muette',
    kind: 'organisation',
    literals: {en: ['great mute', 'big mute', 'great silent one', 'great dumb one', 'grande muette', 'the great silent']},
    expected: {en: ['the armed forces', 'the army']},
    meaning: 'the French armed forces (who by tradition stay out of politics)',
    confidence: 'high'
  },
  {
    id: 'fr-elysee',
    sourceLang: 'fr',
    source: "l'Élysée",
    kind: 'organisation',
    literals: {en: ['élysée', 'elysee', 'elysée']},
    expected: {en: ['the presidency', "the president's office", 'the Élysée Palace']},
    meaning: 'the French presidency (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['palace', 'champs', 'élysées', 'elysees', 'treaty'], window: 2}
  },
  {
    id: 'fr-matignon',
    sourceLang: 'fr',
    source: 'Matignon',
    kind: 'organisation',
    literals: {en: ['matignon']},
    expected: {en: ["the prime minister's office", 'the prime minister']},
    meaning: "the French prime minister's office (Hôtel Matignon)",
    confidence: 'low',
    guard: {unlessNear: ['hôtel', 'hotel', 'rue', 'avenue', 'accords', 'agreements'], window: 2}
  },
  {
    id: 'fr-quai-d-orsay',
    sourceLang: 'fr',
    source: "le Quai d'Orsay",
    kind: 'organisation',
    literals: {en: ["quai d'orsay", "orsay quay", "quay d'orsay", 'quay of orsay', "quay of d'orsay", "the orsay quay"]},
    expected: {en: ['the foreign ministry', 'the French foreign ministry']},
    meaning: 'the French foreign ministry (metonym)',
    confidence: 'low'
  },
  {
    id: 'fr-bercy',
    sourceLang: 'fr',
    source: 'Bercy',
    kind: 'organisation',
    literals: {en: ['bercy']},
    expected: {en: ['the finance ministry', 'the economy ministry']},
    meaning: 'the French finance ministry (metonym)',
    confidence: 'low',
    guard: {onlyNear: ['budget', 'tax', 'taxes', 'deficit', 'debt', 'minister', 'ministry', 'finance', 'finances', 'economy', 'spending', 'savings', 'forecast', 'growth', 'fiscal'], unlessNear: ['arena', 'concert', 'stadium', 'tournament', 'masters', 'park', 'parc', 'village'], window: 12}
  },
  {
    id: 'fr-place-beauvau',
    sourceLang: 'fr',
    source: 'la place Beauvau / Beauvau',
    kind: 'organisation',
    literals: {en: ['place beauvau', 'beauvau square', 'beauvau place', 'beauvau']},
    expected: {en: ['the interior ministry']},
    meaning: 'the French interior ministry (metonym)',
    confidence: 'high'
  },
  {
    id: 'fr-palais-bourbon',
    sourceLang: 'fr',
    source: 'le Palais-Bourbon',
    kind: 'organisation',
    literals: {en: ['bourbon palace', 'palais-bourbon', 'palais bourbon']},
    expected: {en: ['the National Assembly']},
    meaning: 'the French National Assembly (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['built', 'architecture', 'architect', 'tourists', 'visit', 'visitors', 'duchess', 'century']}
  },
  {
    id: 'fr-cite-des-papes',
    sourceLang: 'fr',
    source: 'la cité des Papes',
    kind: 'city',
    literals: {en: ['city of the popes', 'city of popes', 'popes city', "popes' city"]},
    expected: {en: ['Avignon']},
    meaning: 'Avignon',
    confidence: 'high',
    guard: {unlessNear: ['vatican', 'rome', 'history', 'fourteenth', '14th', 'century', 'medieval']}
  },
  {
    id: 'fr-perfide-albion',
    sourceLang: 'fr',
    source: 'la perfide Albion',
    kind: 'country',
    literals: {en: ['perfidious albion', 'perfide albion', 'perfid albion']},
    expected: {en: ['Britain']},
    meaning: 'Britain (ironic)',
    confidence: 'low'
  },
  {
    id: 'fr-cite-des-doges',
    sourceLang: 'fr',
    source: 'la cité des Doges / la Sérénissime',
    kind: 'city',
    literals: {en: ['city of the doges', 'city of doges', 'doges city', "doges' city", 'city of the doge', 'the serenissime', 'most serene city']},
    expected: {en: ['Venice']},
    meaning: 'Venice',
    confidence: 'high',
    guard: {unlessNear: ['genoa', 'genoese']}
  },
  {
    id: 'fr-cite-ardente',
    sourceLang: 'fr',
    source: 'la Cité ardente',
    kind: 'city',
    literals: {en: ['ardent city', 'burning city', 'fiery city', 'city ardent', 'ardente city', 'fervent city']},
    expected: {en: ['Liège']},
    meaning: 'Liège',
    confidence: 'high',
    guard: {unlessNear: ['fire', 'fires', 'flames', 'firefighters', 'bombing', 'bombed', 'shelling', 'riots', 'rioters', 'burning', 'smoke', 'arson', 'looting', 'war']}
  },
  {
    id: 'fr-pays-de-l-erable',
    sourceLang: 'fr',
    source: "le pays de l'Érable / le pays à la feuille d'érable",
    kind: 'country',
    literals: {en: ['country of the maple', 'land of the maple', 'maple country', 'country of maple', 'land of maple', 'country of the maple leaf', 'land of the maple leaf', 'maple leaf country', 'country with the maple leaf']},
    expected: {en: ['Canada']},
    meaning: 'Canada',
    confidence: 'high',
    guard: {unlessNear: ['syrup', 'vermont', 'sugaring', 'sap', 'forest', 'forests', 'trees', 'japan', 'japanese', 'autumn', 'foliage']}
  },
  {
    id: 'fr-pays-du-cedre',
    sourceLang: 'fr',
    source: 'le pays du Cèdre',
    kind: 'country',
    literals: {en: ['country of the cedar', 'land of the cedar', 'cedar country', 'country of cedar', 'land of cedar', 'land of the cedars', 'country of the cedars', 'land of cedars', 'country of cedars', 'cedar land']},
    expected: {en: ['Lebanon']},
    meaning: 'Lebanon',
    confidence: 'high',
    guard: {unlessNear: ['oregon', 'washington', 'british', 'columbia', 'lumber', 'timber', 'sawmill', 'forestry', 'loggers']}
  },
  {
    id: 'fr-pays-de-la-teranga',
    sourceLang: 'fr',
    source: 'le pays de la Teranga',
    kind: 'country',
    literals: {en: ['country of teranga', 'land of teranga', 'teranga country', 'country of the teranga', 'land of the teranga', 'country of hospitality teranga', 'teranga land', 'teranga nation']},
    expected: {en: ['Senegal']},
    meaning: 'Senegal',
    confidence: 'high'
  },
  {
    id: 'fr-pays-des-hommes-integres',
    sourceLang: 'fr',
    source: 'le pays des Hommes intègres',
    kind: 'country',
    literals: {en: ['land of upright men', 'country of upright men', 'land of honest men', 'country of honest men', 'country of the upright men', 'land of the upright men', 'country of the honest men', 'land of incorruptible men', 'country of incorruptible men', 'country of integrity men', 'country of the men of integrity', 'land of men of integrity', 'country of men of integrity', 'country of upright people', 'country of the upright people']},
    expected: {en: ['Burkina Faso']},
    meaning: 'Burkina Faso',
    confidence: 'high',
    guard: {unlessNear: ['means', 'meaning', 'name', 'named', 'translates', 'translated', 'literally', 'renamed']}
  },
  {
    id: 'fr-ile-de-beaute',
    sourceLang: 'fr',
    source: "l'île de Beauté",
    kind: 'region',
    literals: {en: ['island of beauty', 'isle of beauty', 'beauty island', 'island of the beauty', 'isle of the beauty']},
    expected: {en: ['Corsica']},
    meaning: 'Corsica',
    confidence: 'high',
    guard: {unlessNear: ['reality', 'show', 'contestants', 'cosmetics', 'salon', 'spa']}
  },
  {
    id: 'fr-cite-des-sacres',
    sourceLang: 'fr',
    source: 'la cité des Sacres',
    kind: 'city',
    literals: {en: ['city of coronations', 'city of the coronations', 'city of sacres', 'city of the sacres', 'city of consecrations', 'city of the consecrations', 'coronation city', 'city of anointings', 'city of the sacred']},
    expected: {en: ['Reims']},
    meaning: 'Reims, where French kings were crowned',
    confidence: 'high',
    guard: {unlessNear: ['westminster', 'aachen', 'moscow', 'kremlin']}
  },
  {
    id: 'fr-cite-corsaire',
    sourceLang: 'fr',
    source: 'la cité corsaire',
    kind: 'city',
    literals: {en: ['corsair city', 'privateer city', 'city of corsairs', 'city of the corsairs', 'pirate city', 'corsair town', 'city of privateers']},
    expected: {en: ['Saint-Malo']},
    meaning: 'Saint-Malo',
    confidence: 'high',
    guard: {unlessNear: ['algiers', 'barbary', 'tortuga', 'caribbean', 'nassau', 'somali', 'somalia', 'century', 'movie', 'film', 'game']}
  },
  {
    id: 'fr-sang-et-or',
    sourceLang: 'fr',
    source: 'les Sang et Or',
    kind: 'organisation',
    literals: {en: ['blood and gold', 'blood and golds', 'blood-and-gold', 'bloods and golds', 'the blood and gold side', 'blood and gold team']},
    expected: {en: ['RC Lens', 'Lens']},
    meaning: 'RC Lens',
    confidence: 'high',
    guard: {onlyNear: ['lens', 'ligue', 'bollaert', 'coach', 'match', 'goal', 'goals', 'season', 'striker', 'league', 'lille', 'derby', 'football', 'champions', 'club', 'supporters', 'fans'], unlessNear: ['spain', 'spanish', 'catalonia', 'catalan', 'flag', 'war', 'oil'], window: 20}
  },
  {
    id: 'fr-les-phoceens',
    sourceLang: 'fr',
    source: 'les Phocéens / le club phocéen',
    kind: 'organisation',
    literals: {en: ['phocaeans', 'phoceans', 'phocaean club', 'phocean club', 'phocaean team', 'phocean team', 'phocaean side', 'phocean side', 'phocaean eleven', 'phocean eleven', 'phocéens']},
    expected: {en: ['Marseille', 'Olympique de Marseille']},
    meaning: 'Olympique de Marseille',
    confidence: 'high',
    guard: {unlessNear: ['ancient', 'archaeologists', 'archaeological', 'greek', 'greeks', 'phocaea', 'bc', 'colony', 'colonists', 'century']}
  },
  {
    id: 'fr-le-rocher',
    sourceLang: 'fr',
    source: 'le Rocher',
    kind: 'country',
    literals: {en: ['rock']},
    expected: {en: ['Monaco']},
    meaning: 'Monaco',
    confidence: 'low',
    guard: {onlyNear: ['monaco', "monaco's", 'monegasque', 'monégasque', 'grimaldi', 'principality', 'monte-carlo', 'albert', 'charlene'], unlessNear: ['gibraltar', 'music', 'band', 'concert', 'star', 'johnson', 'wrestler', 'climbing', 'climber'], window: 12}
  },
  {
    id: 'fr-haute-juridiction',
    sourceLang: 'fr',
    source: 'la haute juridiction',
    kind: 'organisation',
    literals: {en: ['high jurisdiction', 'the high jurisdiction', 'highest jurisdiction']},
    expected: {en: ['the court', 'the Council of State', 'the Court of Cassation']},
    meaning: 'the supreme court of the case (Council of State, Court of Cassation)',
    confidence: 'high'
  },
  {
    id: 'fr-royaume-cherifien',
    sourceLang: 'fr',
    source: 'le Royaume chérifien',
    kind: 'country',
    literals: {en: ['cherifian kingdom', 'sherifian kingdom', 'chérifien kingdom', 'cherifien kingdom', 'sharifian kingdom']},
    expected: {en: ['Morocco']},
    meaning: 'Morocco (ruled by a sharifian dynasty)',
    confidence: 'high'
  },
  {
    id: 'fr-plat-pays',
    sourceLang: 'fr',
    source: 'le plat pays',
    kind: 'country',
    literals: {en: ['flat country', 'the flat land']},
    expected: {en: ['Belgium']},
    meaning: 'Belgium (after Jacques Brel\'s song)',
    confidence: 'low',
    guard: {onlyNear: ['belgium', 'belgian', 'belgians', 'brussels', 'flanders', 'flemish', 'wallonia', 'antwerp', 'liège', 'bruxelles', 'lille', 'roubaix', 'tourcoing', 'dunkirk'], window: 40}
  },
  {
    id: 'fr-plat-pays-capitalised',
    sourceLang: 'fr',
    source: 'le Plat Pays',
    kind: 'country',
    literals: {en: ['the flat country', 'the flat land']},
    expected: {en: ['Belgium']},
    meaning: 'Belgium (after Jacques Brel\'s song)',
    confidence: 'low',
    guard: {capitalised: true},
    note: 'Capitalised inside a sentence, `the Flat Country` is the nickname whatever the words around it.'
  },
  {
    id: 'fr-les-sages',
    sourceLang: 'fr',
    source: 'les Sages (du Conseil constitutionnel)',
    kind: 'organisation',
    literals: {en: ['the wise men', 'the sages', 'wise men of the rue de montpensier', 'sages of the rue de montpensier', 'the nine sages']},
    expected: {en: ['the Constitutional Council']},
    meaning: 'the Constitutional Council (its nine members)',
    confidence: 'low',
    guard: {onlyNear: ['constitutional', 'council', 'law', 'bill', 'censured', 'ruling', 'ruled', 'pension', 'reform', 'government', 'parliament', 'unconstitutional'], window: 20}
  },
  {
    id: 'fr-cite-des-ducs',
    sourceLang: 'fr',
    source: 'la cité des Ducs',
    kind: 'city',
    literals: {en: ['city of the dukes', 'town of the dukes', 'cité des ducs', 'dukes city']},
    expected: {en: ['Nantes']},
    meaning: 'Nantes (seat of the dukes of Brittany)',
    confidence: 'high',
    guard: {unlessNear: ['medieval', 'century', 'castle', 'burgundy', 'dynasty']}
  },
  {
    id: 'fr-capitale-girondine',
    sourceLang: 'fr',
    source: 'la capitale girondine / la cité girondine',
    kind: 'city',
    literals: {en: ['girondine capital', 'girondine city', 'gironde capital', 'girondin capital', 'girondin city']},
    expected: {en: ['Bordeaux']},
    meaning: 'Bordeaux',
    confidence: 'high'
  },
  {
    id: 'fr-capitale-bretonne',
    sourceLang: 'fr',
    source: 'la capitale bretonne',
    kind: 'city',
    literals: {en: ['breton capital', 'capital of brittany']},
    expected: {en: ['Rennes']},
    meaning: 'Rennes',
    confidence: 'low',
    guard: {onlyNear: ['rennes', 'brittany', 'breton', 'ille-et-vilaine'], window: 40}
  },
  {
    id: 'fr-capitale-azureenne',
    sourceLang: 'fr',
    source: 'la capitale azuréenne',
    kind: 'city',
    literals: {en: ['azurean capital', 'azure capital', 'azuréenne capital', 'capital of the azure coast', 'capital of the côte d\'azur']},
    expected: {en: ['Nice']},
    meaning: 'Nice',
    confidence: 'high'
  },
  {
    id: 'fr-pays-des-droits-de-l-homme',
    sourceLang: 'fr',
    source: 'le pays des droits de l\'homme',
    kind: 'country',
    literals: {en: ['country of human rights', 'land of human rights', 'homeland of human rights', 'country of the rights of man', 'land of the rights of man']},
    expected: {en: ['France']},
    meaning: 'France',
    confidence: 'high'
  },
  {
    id: 'fr-rue-de-grenelle',
    sourceLang: 'fr',
    source: 'la rue de Grenelle',
    kind: 'organisation',
    literals: {en: ['rue de grenelle', 'grenelle street', 'street of grenelle']},
    expected: {en: ['the Education Ministry']},
    meaning: 'the French education ministry (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['hôtel', 'museum', 'mansion', 'apartment', 'flat', 'fountain', 'walk', 'walked']}
  },
  {
    id: 'fr-hotel-de-brienne',
    sourceLang: 'fr',
    source: 'l\'hôtel de Brienne',
    kind: 'organisation',
    literals: {en: ['hôtel de brienne', 'hotel de brienne', 'brienne hotel', 'hotel of brienne']},
    expected: {en: ['the Armed Forces Ministry']},
    meaning: 'the French armed forces ministry (metonym)',
    confidence: 'high'
  },
  {
    id: 'fr-capitale-des-alpes',
    sourceLang: 'fr',
    source: 'la capitale des Alpes',
    kind: 'city',
    literals: {en: ['capital of the alps', 'alps capital', 'capital of alps']},
    expected: {en: ['Grenoble']},
    meaning: 'Grenoble',
    confidence: 'high'
  },
  {
    id: 'fr-gendarme-concurrence',
    sourceLang: 'fr',
    source: 'le gendarme de la concurrence',
    kind: 'organisation',
    literals: {en: ['competition gendarme', 'gendarme of competition', 'gendarme of the competition', 'competition policeman', 'competition watchdog gendarme']},
    expected: {en: ['the competition authority']},
    meaning: 'the Autorité de la concurrence',
    confidence: 'high'
  },
  {
    id: 'fr-gendarme-bourse',
    sourceLang: 'fr',
    source: 'le gendarme de la Bourse / des marchés',
    kind: 'organisation',
    literals: {en: ['stock market gendarme', 'stock exchange gendarme', 'gendarme of the stock exchange', 'gendarme of the stock market', 'gendarme of the markets', 'markets gendarme', 'market gendarme', 'financial gendarme']},
    expected: {en: ['the financial markets regulator']},
    meaning: "the Autorité des marchés financiers (AMF)",
    confidence: 'high'
  },
  {
    id: 'fr-transalpin',
    sourceLang: 'fr',
    source: 'transalpin',
    kind: 'country',
    literals: {en: ['the transalpine group', 'the transalpine company', 'the transalpine firm', 'the transalpine club', 'the transalpine side', 'the transalpine giant']},
    expected: {en: ['the Italian group', 'the Italian company']},
    meaning: 'Italian (seen from France)',
    confidence: 'high'
  },
  {
    id: 'fr-premier-magistrat',
    sourceLang: 'fr',
    source: 'le premier magistrat (de la commune)',
    kind: 'person',
    literals: {en: ['first magistrate of the town', 'first magistrate of the city', 'first magistrate of the commune', 'first magistrate of the municipality', 'first magistrate of the village', 'the first magistrate']},
    expected: {en: ['the mayor']},
    meaning: 'the mayor',
    confidence: 'high',
    note: 'French press calls the mayor *le premier magistrat de la commune*.'
  },
  {
    id: 'fr-rue-de-valois',
    sourceLang: 'fr',
    source: 'la rue de Valois',
    kind: 'organisation',
    literals: {en: ['rue de valois', 'valois street', 'the rue de valois']},
    expected: {en: ['the Culture Ministry']},
    meaning: 'the French Culture Ministry (by its address)',
    confidence: 'high'
  },
  {
    id: 'fr-avenue-de-segur',
    sourceLang: 'fr',
    source: "l'avenue de Ségur",
    kind: 'organisation',
    literals: {en: ['avenue de ségur', 'avenue de segur', 'ségur avenue', 'segur avenue']},
    expected: {en: ['the Health Ministry']},
    meaning: 'the French Health Ministry (by its address)',
    confidence: 'low',
    guard: {onlyNear: ['ministry', 'minister', 'health', 'hospital', 'hospitals', 'doctors', 'nurses', 'agreement', 'reform'], window: 30}
  },
  {
    id: 'fr-gendarme-consommation',
    sourceLang: 'fr',
    source: 'le gendarme de la consommation',
    kind: 'organisation',
    literals: {en: ['consumer gendarme', 'gendarme of consumption', 'gendarme of the consumer', 'gendarme of consumers', 'consumption gendarme']},
    expected: {en: ['the consumer protection agency', 'the consumer watchdog']},
    meaning: 'the consumer watchdog (DGCCRF)',
    confidence: 'high'
  }
]
