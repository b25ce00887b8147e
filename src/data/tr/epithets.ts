import type {CalqueEntry} from '../types.js'

/**
 * Nicknames of the Turkish press for cities, countries, continents and
 * sports teams that machine translation renders word for word.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'tr-deneyimli-isim',
    sourceLang: 'tr',
    source: 'deneyimli isim / başarılı isim',
    kind: 'person',
    literals: {en: ['the experienced name', 'the successful name', 'the famous name', 'the veteran name', 'the well-known name', 'the young name']},
    expected: {en: ['the veteran']},
    meaning: 'the person just named (Turkish press refers back to a person as *the experienced name*)',
    confidence: 'high',
    note: 'Refer back by surname or role: `the experienced name` is the Turkish *deneyimli isim*.'
  },
  {
    id: 'tr-ege-nin-incisi',
    sourceLang: 'tr',
    source: 'Ege\'nin incisi',
    kind: 'city',
    literals: {en: ['pearl of the aegean', 'the aegean\'s pearl', 'aegean pearl', 'pearl of aegean'], fr: ['la perle de l\'égée', 'perle de l\'égée', 'la perle de la mer égée']},
    expected: {en: ['İzmir', 'Izmir'], fr: ['Izmir']},
    meaning: 'İzmir, Turkey\'s third city on the Aegean',
    confidence: 'high',
    guard: {unlessNear: ['greek', 'greece', 'island', 'islands', 'mykonos', 'santorini', 'rhodes', 'crete', 'cyclades', 'bodrum', 'cruise', 'ship', 'yacht', 'hotel', 'resort']}
  },
  {
    id: 'tr-yavru-vatan',
    sourceLang: 'tr',
    source: 'Yavru Vatan',
    kind: 'country',
    literals: {en: ['baby homeland', 'the baby homeland', 'child homeland', 'daughter homeland', 'young homeland', 'little homeland', 'cub homeland', 'offspring homeland', 'baby motherland', 'child motherland'], fr: ['la patrie bébé', 'patrie enfant', 'la petite patrie', 'patrie fille']},
    expected: {en: ['Northern Cyprus', 'the Turkish Cypriot state'], fr: ['Chypre du Nord']},
    meaning: 'the Turkish Republic of Northern Cyprus',
    confidence: 'high'
  },
  {
    id: 'tr-kara-kita',
    sourceLang: 'tr',
    source: 'Kara Kıta',
    kind: 'region',
    literals: {en: ['black continent', 'the black continent', 'dark continent']},
    expected: {en: ['Africa']},
    meaning: 'Africa',
    confidence: 'high',
    note: 'The English equivalent, "the Dark Continent", is colonial and offensive; news prose names the continent.'
  },
  {
    id: 'tr-yasli-kita',
    sourceLang: 'tr',
    source: 'Yaşlı Kıta',
    kind: 'region',
    literals: {en: ['old continent', 'the old continent', 'elderly continent', 'aged continent', 'the aging continent'], fr: ['le vieux continent', 'vieux continent']},
    expected: {en: ['Europe'], fr: ['l\'Europe']},
    meaning: 'Europe',
    confidence: 'low'
  },
  {
    id: 'tr-okyanus-otesi',
    sourceLang: 'tr',
    source: 'okyanus ötesi',
    kind: 'country',
    literals: {en: ['transoceanic country', 'the country across the ocean', 'the country beyond the ocean', 'beyond-the-ocean country', 'overseas superpower'], fr: ['le pays d\'outre-océan', 'le pays au-delà de l\'océan']},
    expected: {en: ['the United States'], fr: ['les États-Unis']},
    meaning: 'the United States',
    confidence: 'high'
  },
  {
    id: 'tr-sari-kanaryalar',
    sourceLang: 'tr',
    source: 'Sarı Kanaryalar',
    kind: 'organisation',
    literals: {en: ['yellow canaries', 'the yellow canaries', 'yellow canary', 'yellow-navy blues', 'yellow-dark blues', 'yellow-navies'], fr: ['les canaris jaunes', 'canaris jaunes', 'les jaune-marine']},
    expected: {en: ['Fenerbahçe'], fr: ['Fenerbahçe']},
    meaning: 'Fenerbahçe football club',
    confidence: 'high',
    guard: {unlessNear: ['bird', 'birds', 'cage', 'aviary', 'pet', 'pets', 'coal', 'mine', 'miners']}
  },
  {
    id: 'tr-kara-kartal',
    sourceLang: 'tr',
    source: 'Kara Kartal',
    kind: 'organisation',
    literals: {en: ['black eagle', 'the black eagle', 'black eagles', 'the black eagles', 'black-whites', 'the black-whites', 'black and whites'], fr: ['l\'aigle noir', 'les aigles noirs', 'les noir et blanc']},
    expected: {en: ['Beşiktaş', 'Besiktas'], fr: ['Beşiktaş']},
    meaning: 'Beşiktaş football club',
    confidence: 'low',
    guard: {onlyNear: ['besiktas', 'beşiktaş', 'league', 'goal', 'goals', 'match', 'coach', 'striker', 'istanbul', 'derby', 'football', 'club', 'fans', 'win', 'season', 'super', 'süper', 'lig', 'transfer'], window: 30}
  },
  {
    id: 'tr-cimbom',
    sourceLang: 'tr',
    source: 'Cimbom / Sarı-Kırmızılılar',
    kind: 'organisation',
    literals: {en: ['cimbom', 'cim bom', 'yellow-reds', 'the yellow-reds', 'yellow reds', 'yellow-red team', 'the yellow-red ones'], fr: ['cimbom', 'les jaune et rouge', 'les jaune-rouge']},
    expected: {en: ['Galatasaray'], fr: ['Galatasaray']},
    meaning: 'Galatasaray football club',
    confidence: 'high'
  },
  {
    id: 'tr-bordo-mavililer',
    sourceLang: 'tr',
    source: 'Bordo-Mavililer',
    kind: 'organisation',
    literals: {en: ['claret-blues', 'the claret-blues', 'burgundy-blues', 'the burgundy-blues', 'burgundy-blue ones', 'maroon-blues', 'the maroon-blues', 'bordeaux-blues'], fr: ['les bordeaux-bleu', 'bordeaux-bleus']},
    expected: {en: ['Trabzonspor'], fr: ['Trabzonspor']},
    meaning: 'Trabzonspor football club',
    confidence: 'high',
    guard: {unlessNear: ['aston', 'villa', 'west', 'ham', 'burnley', 'premier']}
  },
  {
    id: 'tr-ay-yildizlilar',
    sourceLang: 'tr',
    source: 'Ay-Yıldızlılar',
    kind: 'organisation',
    literals: {en: ['crescent-stars', 'the crescent-stars', 'crescent stars', 'the crescent stars', 'moon-stars', 'the moon-stars', 'moon-starred ones', 'the crescent-starred', 'crescent-and-stars'], fr: ['les croissants-étoiles', 'les croissant-étoilés']},
    expected: {en: ['the Turkish national team', 'Turkey'], fr: ['l\'équipe de Turquie']},
    meaning: 'the Turkish national team (after the crescent and star of the flag)',
    confidence: 'high',
    guard: {unlessNear: ['flag', 'flags', 'emblem', 'symbol', 'islamic', 'mosque', 'minaret', 'pakistan']}
  },
  {
    id: 'tr-filenin-sultanlari',
    sourceLang: 'tr',
    source: 'Filenin Sultanları',
    kind: 'organisation',
    literals: {en: ['sultans of the net', 'the sultans of the net', 'net sultans', 'sultans of the nets', 'sultans of net']},
    expected: {en: ["Turkey's women's volleyball team"]},
    meaning: "the Turkish women's national volleyball team",
    confidence: 'high'
  },
  {
    id: 'tr-mehmetcik',
    sourceLang: 'tr',
    source: 'Mehmetçik',
    kind: 'organisation',
    literals: {en: ['little mehmet', 'little mehmets', 'the little mehmets', 'mehmetcik', 'mehmetçik', 'our mehmetcik', 'our mehmetçik']},
    expected: {en: ['Turkish soldiers', 'the soldiers']},
    meaning: 'Turkish soldiers (the Turkish press calls the private soldier *Mehmetçik*)',
    confidence: 'high'
  },
  {
    id: 'tr-baskent',
    sourceLang: 'tr',
    source: "Başkent",
    kind: 'city',
    literals: {en: ["the capital"]},
    expected: {en: ["Ankara"]},
    meaning: "Ankara",
    confidence: 'low',
    guard: {capitalised: true},
    note: "Turkish press calls Ankara *Başkent* (the Capital), capitalised like a name."
  },
  {
    id: 'tr-yuce-meclis',
    sourceLang: 'tr',
    source: "Yüce Meclis",
    kind: 'organisation',
    literals: {en: ["the exalted assembly", "exalted assembly", "the supreme assembly", "the lofty assembly"]},
    expected: {en: ["Parliament", "the Turkish parliament"]},
    meaning: "the Grand National Assembly of Turkey",
    confidence: 'high',
    guard: {capitalised: true},
    note: "Turkish press calls parliament *Yüce Meclis* (the Exalted Assembly)."
  },
  {
    id: 'tr-yesil-bursa',
    sourceLang: 'tr',
    source: "Yeşil Bursa",
    kind: 'city',
    literals: {en: ["green bursa"]},
    expected: {en: ["Bursa"]},
    meaning: "Bursa",
    confidence: 'high',
    guard: {capitalised: true},
    note: "Turkish press calls Bursa *Yeşil Bursa* (Green Bursa)."
  },
  {
    id: 'tr-beyaz-altin',
    sourceLang: 'tr',
    source: "beyaz altın",
    kind: 'phrase',
    literals: {en: ["the white gold", "white gold"]},
    expected: {en: ["cotton"]},
    meaning: "cotton (in farm news)",
    confidence: 'low',
    guard: {onlyNear: ['cotton', 'harvest', 'farmers', 'farmer', 'growers', 'tractors', 'tractor', 'purchase', 'ginning', 'gin', 'fields', 'picking', 'bale', 'bales', 'lint', 'crop'], unlessNear: ['jewellery', 'jewelry', 'ring', 'rings', 'platinum', 'carat', 'carats', 'watch', 'salt', 'lithium', 'porcelain', 'snow', 'ski'], window: 40},
    note: "Turkish press calls cotton *beyaz altın* (white gold); in English the phrase means the metal alloy."
  },
  {
    id: 'tr-lale-ulkesi',
    sourceLang: 'tr',
    source: "Lale Ülkesi",
    kind: 'country',
    literals: {en: ["the tulip country", "tulip country", "the country of tulips", "the country of the tulips"]},
    expected: {en: ["the Netherlands"]},
    meaning: "the Netherlands, in Turkish press",
    confidence: 'low'
  },
  {
    id: 'tr-yedi-tepeli-sehir',
    sourceLang: 'tr',
    source: "Yedi Tepeli Şehir",
    kind: 'city',
    literals: {en: ["the seven-hilled city", "seven-hilled city", "the seven-hill city", "the city with seven hills"]},
    expected: {en: ["Istanbul"]},
    meaning: "Istanbul, in Turkish press",
    confidence: 'low'
  },
  {
    id: 'tr-samba-ulkesi',
    sourceLang: 'tr',
    source: "samba ülkesi",
    kind: 'country',
    literals: {en: ["the land of samba", "the country of samba", "samba country", "the samba country"]},
    expected: {en: ["Brazil"]},
    meaning: "Brazil, in Turkish sports pages",
    confidence: 'low'
  }
]
