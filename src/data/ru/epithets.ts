import type {CalqueEntry} from '../types.js'

/**
 * Periphrases of the Russian press for cities and countries (used to avoid
 * repeating a name) that machine translation renders word for word.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'ru-belokamennaya',
    sourceLang: 'ru',
    source: 'Белокаменная',
    kind: 'city',
    literals: {en: ['white-stone city', 'white stone city', 'white-stone capital', 'white stone capital', 'white-stoned city', 'white-stone one', 'city of white stone', 'belokamennaya'], fr: ['la ville de pierre blanche', 'ville de pierre blanche', 'la ville aux pierres blanches', 'la capitale de pierre blanche']},
    expected: {en: ['Moscow', 'the Russian capital'], fr: ['Moscou']},
    meaning: 'Moscow, after the white limestone walls of its medieval Kremlin',
    confidence: 'high',
    guard: {unlessNear: ['quarry', 'limestone', 'marble', 'masonry', 'architecture', 'architect']}
  },
  {
    id: 'ru-pervoprestolnaya',
    sourceLang: 'ru',
    source: 'Первопрестольная',
    kind: 'city',
    literals: {en: ['first-throne city', 'first throne city', 'first-throned city', 'first-throne capital', 'city of the first throne', 'pervoprestolnaya', 'first-enthroned city', "the first-throned", "first-throned"], fr: ['la ville du premier trône', 'ville du premier trône']},
    expected: {en: ['Moscow', 'the Russian capital'], fr: ['Moscou']},
    meaning: 'Moscow, the old capital (literally "of the first throne")',
    confidence: 'high'
  },
  {
    id: 'ru-severnaya-stolitsa',
    sourceLang: 'ru',
    source: 'Северная столица',
    kind: 'city',
    literals: {en: ['northern capital', 'northern capital of russia', 'north capital'], fr: ['la capitale du nord', 'capitale du nord', 'la capitale septentrionale']},
    expected: {en: ['Saint Petersburg', 'St. Petersburg'], fr: ['Saint-Pétersbourg']},
    meaning: 'Saint Petersburg, the imperial capital until 1918',
    confidence: 'low',
    guard: {unlessNear: ['beijing', 'literally', 'means', 'meaning', 'kyoto', 'hanoi', 'tokyo', 'iraq', 'iraqi', 'kurdistan', 'erbil', 'territory', 'territories', 'australia', 'darwin']}
  },
  {
    id: 'ru-severnaya-palmira',
    sourceLang: 'ru',
    source: 'Северная Пальмира',
    kind: 'city',
    literals: {en: ['northern palmyra', 'palmyra of the north', 'north palmyra'], fr: ['la palmyre du nord', 'palmyre du nord']},
    expected: {en: ['Saint Petersburg', 'St. Petersburg'], fr: ['Saint-Pétersbourg']},
    meaning: 'Saint Petersburg, after its classical architecture',
    confidence: 'high'
  },
  {
    id: 'ru-gorod-na-neve',
    sourceLang: 'ru',
    source: 'город на Неве',
    kind: 'city',
    literals: {en: ['city on the neva', 'the city on the neva', 'city on neva', 'city on the neva river', 'neva city'], fr: ['la ville sur la neva', 'ville sur la neva']},
    expected: {en: ['Saint Petersburg', 'St. Petersburg'], fr: ['Saint-Pétersbourg']},
    meaning: 'Saint Petersburg',
    confidence: 'low'
  },
  {
    id: 'ru-yuzhnaya-palmira',
    sourceLang: 'ru',
    source: 'Южная Пальмира',
    kind: 'city',
    literals: {en: ['southern palmyra', 'palmyra of the south', 'south palmyra'], fr: ['la palmyre du sud', 'palmyre du sud']},
    expected: {en: ['Odesa', 'Odessa'], fr: ['Odessa']},
    meaning: 'Odesa',
    confidence: 'high'
  },
  {
    id: 'ru-podnebesnaya',
    sourceLang: 'ru',
    source: 'Поднебесная',
    kind: 'country',
    literals: {en: ['under-heaven', 'the under heaven', 'the underheaven', 'under-heaven empire', 'subcelestial', 'sub-celestial', 'the subcelestial empire', 'the heavenly empire', 'podnebesnaya'], fr: ['l\'empire sous le ciel', 'le sous-céleste']},
    expected: {en: ['China'], fr: ['la Chine']},
    meaning: 'China (literally "the land under heaven")',
    confidence: 'high',
    guard: {unlessNear: ['dynasty', 'qing', 'ming', 'emperor', 'mythology', 'taoist', 'confucian']}
  },
  {
    id: 'ru-podnebesnaya-celestial-empire',
    sourceLang: 'ru',
    source: 'Поднебесная',
    kind: 'country',
    literals: {en: ['celestial empire', 'celestial kingdom', 'middle kingdom'], fr: ['l\'empire du milieu', 'empire du milieu']},
    expected: {en: ['China'], fr: ['la Chine']},
    meaning: 'China',
    confidence: 'low',
    guard: {unlessNear: ['dynasty', 'qing', 'ming', 'emperor', 'opium', 'nineteenth', '19th', 'eighteenth', '18th', 'imperial', 'egypt', 'egyptian', 'pharaoh', 'pharaohs']},
    note: 'Established but dated in English; news prose names the country.'
  },
  {
    id: 'ru-tumanny-albion',
    sourceLang: 'ru',
    source: 'Туманный Альбион',
    kind: 'country',
    literals: {en: ['foggy albion', 'misty albion', 'albion of fogs', 'albion of mists', 'foggy england', 'the foggy albion'], fr: ['l\'albion brumeuse', 'albion brumeuse', 'la brumeuse albion']},
    expected: {en: ['Britain', 'the UK'], fr: ['le Royaume-Uni', 'la Grande-Bretagne']},
    meaning: 'Britain',
    confidence: 'high'
  },
  {
    id: 'ru-strana-voskhodyashchego-solntsa',
    sourceLang: 'ru',
    source: 'Страна восходящего солнца',
    kind: 'country',
    literals: {en: ['country of the rising sun', 'the country of the rising sun', 'country of rising sun', 'state of the rising sun']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'high',
    guard: {unlessNear: ['flag', 'naval', 'ensign', 'manga', 'novel', 'film']}
  },
  {
    id: 'ru-strana-voskhodyashchego-solntsa-land',
    sourceLang: 'ru',
    source: 'Страна восходящего солнца',
    kind: 'country',
    literals: {en: ['land of the rising sun']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'low',
    guard: {unlessNear: ['flag', 'naval', 'ensign', 'song', 'album', 'film', 'novel']}
  },
  {
    id: 'ru-strana-klenovogo-lista',
    sourceLang: 'ru',
    source: 'Страна кленового листа',
    kind: 'country',
    literals: {en: ['country of the maple leaf', 'land of the maple leaf', 'maple leaf country', 'the maple leaf country']},
    expected: {en: ['Canada']},
    meaning: 'Canada',
    confidence: 'high'
  },
  {
    id: 'ru-nezalezhnaya',
    sourceLang: 'ru',
    source: 'Незалежная',
    kind: 'country',
    literals: {en: ['nezalezhnaya', 'nezalezhna', 'the nezalezhnaya', 'nezalezhnaia'], fr: ['nezalejnaïa']},
    expected: {en: ['Ukraine'], fr: ['l\'Ukraine']},
    meaning: 'Ukraine (Russian-press periphrasis, often sarcastic, from the Ukrainian word for "independent")',
    confidence: 'high',
    guard: {unlessNear: ['candidate', 'candidates', 'lawmaker', 'senator', 'mp', 'voters']}
  },
  {
    id: 'ru-strana-sovetov',
    sourceLang: 'ru',
    source: 'Страна Советов',
    kind: 'country',
    literals: {en: ['country of the soviets', 'land of the soviets', 'the country of soviets', 'land of soviets'], fr: ['le pays des soviets', 'pays des soviets']},
    expected: {en: ['the Soviet Union'], fr: ['l\'Union soviétique']},
    meaning: 'the Soviet Union',
    confidence: 'low',
    guard: {unlessNear: ['tintin', 'comic', 'album', 'hergé']}
  },
  {
    id: 'ru-staraya-ploshchad',
    sourceLang: 'ru',
    source: 'Старая площадь',
    kind: 'organisation',
    literals: {en: ['old square', 'the old square', 'staraya square', 'staraya ploshchad'], fr: ['la vieille place', 'vieille place']},
    expected: {en: ['the presidential administration', 'the Kremlin administration'], fr: ['l\'administration présidentielle']},
    meaning: 'the Russian presidential administration, housed on Staraya Square in Moscow',
    confidence: 'high',
    guard: {onlyNear: ['kremlin', 'administration', 'presidential', 'putin', 'officials', 'official', 'curators', 'curator', 'moscow', 'governors', 'decision'], window: 10}
  },
  {
    id: 'ru-neftyaniki',
    sourceLang: 'ru',
    source: "нефтяники",
    kind: 'organisation',
    literals: {en: ["the oilmen"]},
    expected: {en: ["the club’s name"]},
    meaning: "a club from an oil town (its nickname)",
    confidence: 'low',
    guard: {onlyNear: ['beat', 'beaten', 'match', 'game', 'overtime', 'goal', 'goals', 'league', 'season', 'team', 'club', 'win', 'won', 'lost', 'playoff', 'playoffs', 'coach', 'hockey', 'football', 'puck', 'shootout'], window: 15},
    note: "Russian sports press calls clubs from oil towns *нефтяники* (the oilmen)."
  },
  {
    id: 'ru-armeytsy',
    sourceLang: 'ru',
    source: "армейцы",
    kind: 'organisation',
    literals: {en: ["the army men", "the army team", "the soldiers"]},
    expected: {en: ["the club’s name"]},
    meaning: "an army club (CSKA-style; its nickname)",
    confidence: 'low',
    guard: {onlyNear: ['beat', 'beaten', 'match', 'game', 'goal', 'goals', 'league', 'season', 'team', 'club', 'win', 'won', 'lost', 'hockey', 'football', 'puck', 'shutout', 'score', 'coach', 'home', 'away'], window: 12},
    note: "Russian sports press calls army clubs *армейцы* (the army men)."
  },
  {
    id: 'ru-stolitsa-urala',
    sourceLang: 'ru',
    source: "столица Урала",
    kind: 'city',
    literals: {en: ["the capital of the urals", "capital of the urals", "the urals capital", "ural capital", "the capital of the ural"]},
    expected: {en: ["Yekaterinburg"]},
    meaning: "Yekaterinburg",
    confidence: 'low'
  },
  {
    id: 'ru-belokamennaya-bare',
    sourceLang: 'ru',
    source: 'Белокаменная',
    kind: 'city',
    literals: {en: ['the white-stone', 'the white stone']},
    expected: {en: ['Moscow']},
    meaning: 'Moscow, after the white limestone walls of its medieval Kremlin (the adjective used alone as a name)',
    confidence: 'high',
    guard: {capitalised: true, unlessFollowedBy: ['city', 'capital', 'one']}
  }
]
