import type {CalqueEntry} from '../types.js'

/**
 * "Xứ sở …" ("land of …") and "đất nước …" periphrases of the Vietnamese
 * press for countries and cities, which machine translation renders word for
 * word.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'vi-xu-so-chua-vang',
    sourceLang: 'vi',
    source: 'xứ sở Chùa Vàng',
    kind: 'country',
    literals: {en: ['country of golden pagodas', 'the country of golden pagodas', 'land of the golden temples', 'land of golden temples', 'country of golden temples', 'golden pagoda country', 'golden temple country', 'land of golden pagoda', 'country of the golden pagoda'], fr: ['le pays des pagodes d\'or', 'pays des pagodes dorées', 'le pays des temples d\'or']},
    expected: {en: ['Thailand'], fr: ['la Thaïlande']},
    meaning: 'Thailand',
    confidence: 'high',
    guard: {unlessNear: ['myanmar', 'burma', 'burmese', 'yangon', 'rangoon', 'mandalay', 'bagan', 'amritsar', 'sikh', 'punjab']}
  },
  {
    id: 'vi-xu-so-chua-vang-land',
    sourceLang: 'vi',
    source: 'xứ sở Chùa Vàng',
    kind: 'country',
    literals: {en: ['land of golden pagodas', 'land of the golden pagodas', 'land of pagodas']},
    expected: {en: ['Thailand']},
    meaning: 'Thailand',
    confidence: 'low',
    guard: {unlessNear: ['myanmar', 'burma', 'burmese', 'yangon', 'rangoon', 'mandalay', 'bagan']},
    note: 'In English, "the Land of Golden Pagodas" usually means Myanmar; Vietnamese xứ sở Chùa Vàng means Thailand.'
  },
  {
    id: 'vi-xu-so-kim-chi',
    sourceLang: 'vi',
    source: 'xứ sở kim chi',
    kind: 'country',
    literals: {en: ['land of kimchi', 'the land of kimchi', 'country of kimchi', 'kimchi country', 'kimchi land', 'land of kim chi', 'kim chi country', 'kimchi nation'], fr: ['le pays du kimchi', 'pays du kimchi', 'pays du kim chi']},
    expected: {en: ['South Korea'], fr: ['la Corée du Sud']},
    meaning: 'South Korea',
    confidence: 'high'
  },
  {
    id: 'vi-xu-so-hoa-anh-dao',
    sourceLang: 'vi',
    source: 'xứ sở hoa anh đào',
    kind: 'country',
    literals: {en: ['land of cherry blossoms', 'the land of cherry blossoms', 'land of the cherry blossoms', 'country of cherry blossoms', 'cherry blossom country', 'land of cherry blossom', 'country of cherry blossom', 'cherry blossom land'], fr: ['le pays des cerisiers en fleurs', 'pays des cerisiers en fleurs', 'pays des fleurs de cerisier']},
    expected: {en: ['Japan'], fr: ['le Japon']},
    meaning: 'Japan',
    confidence: 'high',
    guard: {unlessNear: ['washington', 'festival', 'dc', 'tidal', 'basin', 'macon', 'georgia']}
  },
  {
    id: 'vi-xu-so-suong-mu',
    sourceLang: 'vi',
    source: 'xứ sở sương mù',
    kind: 'country',
    literals: {en: ['land of fog', 'the land of fog', 'land of mist', 'land of fogs', 'land of mists', 'country of fog', 'country of mist', 'foggy country', 'the foggy land', 'land of the fog', 'misty country'], fr: ['le pays du brouillard', 'pays du brouillard', 'pays des brumes', 'le pays de la brume']},
    expected: {en: ['Britain', 'the UK'], fr: ['le Royaume-Uni']},
    meaning: 'Britain',
    confidence: 'high',
    guard: {unlessNear: ['dalat', 'da', 'lat', 'sapa', 'mountain', 'highlands', 'valley', 'film', 'novel']}
  },
  {
    id: 'vi-xu-so-bach-duong',
    sourceLang: 'vi',
    source: 'xứ sở Bạch Dương',
    kind: 'country',
    literals: {en: ['land of white birches', 'land of the white birch', 'land of birches', 'land of birch trees', 'country of white birches', 'country of birches', 'birch country', 'white birch country', 'land of the birch'], fr: ['le pays des bouleaux', 'pays des bouleaux blancs', 'pays des bouleaux']},
    expected: {en: ['Russia'], fr: ['la Russie']},
    meaning: 'Russia',
    confidence: 'high'
  },
  {
    id: 'vi-xu-so-trieu-voi',
    sourceLang: 'vi',
    source: 'đất nước Triệu Voi',
    kind: 'country',
    literals: {en: ['country of a million elephants', 'country of million elephants', 'million elephant country', 'land of million elephants', 'the land of a million elephants', 'land of a million elephants'], fr: ['le pays du million d\'éléphants', 'pays du million d\'éléphants']},
    expected: {en: ['Laos'], fr: ['le Laos']},
    meaning: 'Laos (after the kingdom of Lan Xang)',
    confidence: 'low',
    guard: {unlessNear: ['lan', 'xang', 'kingdom', 'century', 'ancient', 'history']}
  },
  {
    id: 'vi-xu-chua-thap',
    sourceLang: 'vi',
    source: 'xứ Chùa Tháp',
    kind: 'country',
    literals: {en: ['land of pagodas and towers', 'country of pagodas and towers', 'land of pagodas and temples', 'country of pagodas and temples', 'land of temples and towers', 'pagoda-tower country', 'land of the pagoda towers'], fr: ['le pays des pagodes et des tours', 'pays des pagodes et des tours']},
    expected: {en: ['Cambodia'], fr: ['le Cambodge']},
    meaning: 'Cambodia',
    confidence: 'high'
  },
  {
    id: 'vi-xu-co-hoa',
    sourceLang: 'vi',
    source: 'xứ cờ hoa',
    kind: 'country',
    literals: {en: ['land of the flower flag', 'country of the flower flag', 'flower flag country', 'the flower flag country', 'flower-flag country', 'land of the flowered flag', 'flowery flag country', 'the flower-flag nation'], fr: ['le pays du drapeau fleuri', 'pays du drapeau fleuri']},
    expected: {en: ['the United States', 'the US'], fr: ['les États-Unis']},
    meaning: 'the United States (Hoa Kỳ, "flower flag", from the Stars and Stripes)',
    confidence: 'high'
  },
  {
    id: 'vi-xu-so-chuot-tui',
    sourceLang: 'vi',
    source: 'xứ sở chuột túi',
    kind: 'country',
    literals: {en: ['land of kangaroos', 'the land of kangaroos', 'country of kangaroos', 'kangaroo country', 'kangaroo land', 'land of the kangaroo', 'land of the kangaroos']},
    expected: {en: ['Australia']},
    meaning: 'Australia',
    confidence: 'high',
    guard: {unlessNear: ['island', 'wildlife', 'outback', 'sanctuary', 'zoo', 'habitat']}
  },
  {
    id: 'vi-xu-so-la-phong',
    sourceLang: 'vi',
    source: 'xứ sở lá phong',
    kind: 'country',
    literals: {en: ['land of maple leaves', 'the land of maple leaves', 'country of maple leaves', 'maple leaf land', 'land of maples', 'the maple leaf land']},
    expected: {en: ['Canada']},
    meaning: 'Canada',
    confidence: 'high'
  },
  {
    id: 'vi-xu-so-coi-xay-gio',
    sourceLang: 'vi',
    source: 'xứ sở cối xay gió',
    kind: 'country',
    literals: {en: ['land of windmills', 'the land of windmills', 'country of windmills', 'windmill country', 'the windmill country', 'land of the windmills'], fr: ['le pays des moulins à vent', 'pays des moulins à vent', 'pays des moulins']},
    expected: {en: ['the Netherlands'], fr: ['les Pays-Bas']},
    meaning: 'the Netherlands',
    confidence: 'low',
    guard: {unlessNear: ['la', 'mancha', 'quixote', 'spain', 'spanish', 'mykonos', 'greek']}
  },
  {
    id: 'vi-sai-thanh',
    sourceLang: 'vi',
    source: 'Sài Thành',
    kind: 'city',
    literals: {en: ['sai thanh', 'sai city', 'the sai city', 'sai gon city', 'sai-thanh'], fr: ['sai thanh', 'la ville de sai']},
    expected: {en: ['Ho Chi Minh City', 'Saigon'], fr: ['Hô Chi Minh-Ville', 'Saïgon']},
    meaning: 'Ho Chi Minh City (Saigon)',
    confidence: 'high'
  },
  {
    id: 'vi-hon-ngoc-vien-dong',
    sourceLang: 'vi',
    source: 'Hòn ngọc Viễn Đông',
    kind: 'city',
    literals: {en: ['pearl of the far east', 'the pearl of the far east', 'far east pearl', 'the far east pearl', 'jewel of the far east', 'gem of the far east'], fr: ['la perle de l\'extrême-orient', 'perle de l\'extrême-orient']},
    expected: {en: ['Ho Chi Minh City', 'Saigon'], fr: ['Hô Chi Minh-Ville']},
    meaning: 'Saigon, now Ho Chi Minh City',
    confidence: 'low',
    guard: {unlessNear: ['hong', 'kong', 'manila', 'shanghai', 'colonial', 'french', 'century']}
  },
  {
    id: 'vi-thu-do-ngan-nam',
    sourceLang: 'vi',
    source: 'Thủ đô ngàn năm văn hiến',
    kind: 'city',
    literals: {en: ['capital of a thousand years of civilization', 'capital of a thousand years of civilisation', 'thousand-year-old capital of civilization', 'capital of thousand years of culture', 'the thousand-year civilized capital', 'thousand-year civilized capital', 'capital of a thousand years of culture', 'thousand-year-old cultured capital', "the capital of a thousand years", "capital of a thousand years", "the thousand-year capital", "thousand-year capital"], fr: ['la capitale de mille ans de civilisation', 'capitale millénaire de civilisation']},
    expected: {en: ['Hanoi'], fr: ['Hanoï']},
    meaning: 'Hanoi',
    confidence: 'high'
  },
  {
    id: 'vi-thanh-pho-mang-ten-bac',
    sourceLang: 'vi',
    source: "thành phố mang tên Bác",
    kind: 'city',
    literals: {en: ["the city bearing uncle ho's name", "city bearing uncle ho's name", "the city named after uncle ho", "the city carrying uncle ho's name", "the city bearing the name of uncle ho", "the city bearing uncle's name", "city bearing uncle's name", "the city bearing the uncle's name", "the city carrying uncle's name", "the city named after uncle"]},
    expected: {en: ["Ho Chi Minh City"]},
    meaning: "Ho Chi Minh City",
    confidence: 'high',
    note: "Vietnamese press calls Ho Chi Minh City *thành phố mang tên Bác* (the city bearing Uncle Ho’s name)."
  },
  {
    id: 'vi-dat-cang',
    sourceLang: 'vi',
    source: "đất Cảng",
    kind: 'city',
    literals: {en: ["port land", "the land of the port"]},
    expected: {en: ["Haiphong"]},
    meaning: "Haiphong",
    confidence: 'high',
    guard: {capitalised: 'first'},
    note: "Vietnamese press calls Haiphong *đất Cảng* (the Port land)."
  },
  {
    id: 'vi-pho-nui',
    sourceLang: 'vi',
    source: "phố Núi",
    kind: 'city',
    literals: {en: ["mountain town"]},
    expected: {en: ["Pleiku"]},
    meaning: "Pleiku",
    confidence: 'high',
    guard: {capitalised: true},
    note: "Vietnamese press calls Pleiku *phố Núi* (the Mountain Town)."
  },
  {
    id: 'vi-dai-dat-hinh-chu-s',
    sourceLang: 'vi',
    source: "dải đất hình chữ S",
    kind: 'country',
    literals: {en: ["the s-shaped country", "s-shaped country", "the s-shaped land", "the s-shaped strip of land", "s-shaped strip of land", "the s-shaped nation"]},
    expected: {en: ["Vietnam"]},
    meaning: "Vietnam",
    confidence: 'high',
    note: "Vietnamese press calls Vietnam *dải đất hình chữ S* (the S-shaped strip of land)."
  },
  {
    id: 'vi-chien-binh-sao-vang',
    sourceLang: 'vi',
    source: "những chiến binh Sao Vàng",
    kind: 'organisation',
    literals: {en: ["the golden star warriors", "golden star warriors", "the warriors of the golden star"]},
    expected: {en: ["the Vietnam national team"]},
    meaning: "the Vietnam national football team",
    confidence: 'high',
    note: "Vietnamese sports press calls the national team *những chiến binh Sao Vàng* (the Golden Star Warriors)."
  },
  {
    id: 'vi-dat-do-bazan',
    sourceLang: 'vi',
    source: "vùng đất đỏ bazan",
    kind: 'region',
    literals: {en: ["land of red basalt", "the land of red basalt", "red basalt land", "land of red basalt soil", "the red basalt land", "red basalt region", "the red basalt soil land"]},
    expected: {en: ["the Central Highlands"]},
    meaning: "the Central Highlands, after their red basalt soil",
    confidence: 'high'
  },
  {
    id: 'vi-thu-do-ngan-nam-tuoi',
    sourceLang: 'vi',
    source: "thủ đô ngàn năm tuổi",
    kind: 'city',
    literals: {en: ["the thousand-year-old capital", "thousand-year-old capital", "the thousand-year capital", "thousand-year capital", "the millennium-old capital"]},
    expected: {en: ["Hanoi"]},
    meaning: "Hanoi, the thousand-year-old capital (an English description elsewhere, so only from Vietnamese)",
    confidence: 'low'
  },
  {
    id: 'vi-dao-quoc-su-tu',
    sourceLang: 'vi',
    source: "đảo quốc Sư tử",
    kind: 'country',
    literals: {en: ["the lion island nation", "lion island nation", "the lion island country", "lion island country", "the island nation of the lion", "the lion island state"]},
    expected: {en: ["Singapore"]},
    meaning: "Singapore",
    confidence: 'high'
  },
  {
    id: 'vi-dat-nuoc-ty-dan',
    sourceLang: 'vi',
    source: 'đất nước tỷ dân',
    kind: 'country',
    literals: {en: ['the country of a billion people', 'country of a billion people', 'the country of billion people', 'the nation of a billion people', 'the billion-people country', 'the land of a billion people', 'the country of one billion people']},
    expected: {en: ['India', 'China']},
    meaning: 'India or China (Vietnamese press nickname *đất nước tỷ dân*, the country of a billion people); name the country',
    confidence: 'low',
    guard: {unlessNear: ['india', "india's", 'china', "china's", 'indian', 'chinese']}
  }
]
