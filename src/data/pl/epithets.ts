import type {CalqueEntry} from '../types.js'

/**
 * Nicknames of countries and cities used by the Polish press (PAP, Rzeczpospolita,
 * Gazeta Wyborcza), as machine translation renders them.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'pl-kraj-kwitnacej-wisni',
    sourceLang: 'pl',
    source: 'Kraj Kwitnącej Wiśni',
    kind: 'country',
    literals: {en: ['land of the cherry blossom', 'land of cherry blossoms', 'land of the cherry blossoms', 'country of the cherry blossom', 'country of cherry blossoms', 'country of the blooming cherry', 'land of the blooming cherry', 'country of the blossoming cherry', 'land of the blossoming cherry', 'country of the flowering cherry', 'land of the flowering cherry', 'land of blooming cherry', 'country of blooming cherry'], fr: ['le pays du cerisier en fleurs', 'le pays des cerisiers en fleurs']},
    expected: {en: ['Japan'], fr: ['le Japon']},
    meaning: 'Japan',
    confidence: 'high',
    guard: {unlessNear: ['festival', 'washington', 'park', 'parade', 'garden', 'gardens']}
  },
  {
    id: 'pl-wieczne-miasto',
    sourceLang: 'pl',
    source: 'Wieczne Miasto',
    kind: 'city',
    literals: {en: ['eternal city']},
    expected: {en: ['Rome']},
    meaning: 'Rome',
    confidence: 'low'
  },
  {
    id: 'pl-panstwo-srodka',
    sourceLang: 'pl',
    source: 'Państwo Środka / Kraj Środka',
    kind: 'country',
    literals: {en: ['country of the middle', 'land of the middle', 'state of the middle', 'country of the center', 'country of the centre', 'state of the center', 'state of the centre', 'empire of the middle'], fr: ['le pays du milieu', "l'état du milieu"]},
    expected: {en: ['China'], fr: ['la Chine']},
    meaning: 'China',
    confidence: 'high',
    guard: {unlessNear: ['income', 'class', 'ages', 'earth', 'tolkien']}
  },
  {
    id: 'pl-kraj-nad-wisla',
    sourceLang: 'pl',
    source: 'kraj nad Wisłą',
    kind: 'country',
    literals: {en: ['country on the vistula', 'country over the vistula', 'land on the vistula', 'country by the vistula', 'land by the vistula', 'land over the vistula', 'country above the vistula', 'state on the vistula'], fr: ['le pays de la vistule', 'le pays sur la vistule']},
    expected: {en: ['Poland'], fr: ['la Pologne']},
    meaning: 'Poland',
    confidence: 'high'
  },
  {
    id: 'pl-nad-wisla',
    sourceLang: 'pl',
    source: 'nad Wisłą',
    kind: 'country',
    literals: {en: ['over the vistula', 'above the vistula']},
    expected: {en: ['in Poland']},
    meaning: 'in Poland',
    confidence: 'high',
    guard: {unlessNear: ['bridge', 'bridges', 'flight', 'flying', 'flew', 'drone', 'drones', 'fog', 'crossing', 'sky', 'birds', 'helicopter', 'balloon', 'fireworks', 'sunset', 'sunrise']}
  },
  {
    id: 'pl-za-oceanem',
    sourceLang: 'pl',
    source: 'za oceanem',
    kind: 'country',
    literals: {en: ['behind the ocean', 'from behind the ocean', 'beyond the ocean', 'from beyond the ocean'], fr: ["derrière l'océan", "de derrière l'océan"]},
    expected: {en: ['in the United States', 'American'], fr: ['outre-Atlantique', 'aux États-Unis']},
    meaning: 'the United States (across the ocean)',
    confidence: 'high',
    guard: {unlessNear: ['sun', 'sunset', 'sunrise', 'horizon', 'island', 'islands', 'ships', 'ship', 'sailing', 'voyage', 'explorers']}
  },
  {
    id: 'pl-za-odra',
    sourceLang: 'pl',
    source: 'za Odrą',
    kind: 'country',
    literals: {en: ['behind the oder', 'beyond the oder', 'across the oder', 'from behind the oder', 'from across the oder', 'over the oder', 'behind the odra', 'beyond the odra', 'across the odra'], fr: ["derrière l'oder", "au-delà de l'oder"]},
    expected: {en: ['in Germany', 'German'], fr: ['en Allemagne', 'outre-Rhin']},
    meaning: 'Germany (across the Oder)',
    confidence: 'low',
    guard: {unlessNear: ['river', 'bridge', 'bridges', 'flood', 'flooding', 'crossing', 'swim', 'swam', 'ferry', '1945', 'expelled', 'territories', 'refugees', 'army', 'soviet', 'troops']}
  },
  {
    id: 'pl-grod-kraka',
    sourceLang: 'pl',
    source: 'gród Kraka / podwawelski gród',
    kind: 'city',
    literals: {en: ['city of krak', "krak's city", "krak's town", 'town of krak', 'stronghold of krak', 'castle of krak', 'gród of krak', 'grod of krak', "krak's stronghold", 'town under wawel', 'city under wawel', 'sub-wawel city', 'under-wawel city'], fr: ['la ville de krak', 'la cité de krak']},
    expected: {en: ['Kraków', 'Krakow'], fr: ['Cracovie']},
    meaning: 'Kraków',
    confidence: 'high'
  },
  {
    id: 'pl-kraj-tysiaca-jezior',
    sourceLang: 'pl',
    source: 'Kraj Tysiąca Jezior',
    kind: 'country',
    literals: {en: ['land of a thousand lakes', 'country of a thousand lakes', 'land of thousand lakes', 'country of thousand lakes']},
    expected: {en: ['Finland']},
    meaning: 'Finland',
    confidence: 'low',
    guard: {unlessNear: ['minnesota', 'wisconsin', 'masuria', 'mazury', 'canada']}
  },
  {
    id: 'pl-kraj-kangurow',
    sourceLang: 'pl',
    source: 'kraj kangurów',
    kind: 'country',
    literals: {en: ['country of kangaroos', 'land of kangaroos', 'country of the kangaroos', 'land of the kangaroos', 'kangaroo country', 'kangaroo land']},
    expected: {en: ['Australia']},
    meaning: 'Australia',
    confidence: 'low',
    guard: {unlessNear: ['outback', 'wildlife', 'marsupials', 'hunting', 'cull', 'road', 'roads']}
  }
]
