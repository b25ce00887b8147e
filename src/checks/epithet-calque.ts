/**
 * `epithet-calque`: journalistic nicknames of countries and cities
 * translated word for word ("Uncle Sam's country" for *Negeri Paman Sam*).
 * The lexicons name the known ones; a shape catches city nicknames no
 * lexicon lists (`the Onion City` for *Kota Bawang*, Brebes).
 */
import {defineCheck} from '../core/define-check.js'
import {runLexiconCheck} from '../core/lexicon-check.js'
import {epithetsByLanguage} from '../data/index.js'
import {isDictionaryWord} from '../text/english-vocabulary.js'

// `the Onion City`, `the Spice City`: one or two capitalised English words before `City`. Bounded, so linear.
const cityNickname = /\b[Tt]he ((?:\p{Lu}\p{Ll}+[ -]){1,2})City\b(?!['’]s\s+(?:council|hall|mayor)\b)/gu
// `the city of the Apostle` (Santiago), `the City of Heroes` (Surabaya), `the country of the Cedars` (Lebanon):
// a place named by a capitalised English noun after `of`.
const placeOfNoun = /\b[Tt]he (?:[Cc]ity|[Tt]own|[Cc]ountry|[Ll]and|[Nn]ation|[Kk]ingdom|[Ii]sland) of (?:the )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b(?! \p{Lu})/gu
// Nicknames English itself uses after `of` (`the Land of the Rising Sun`, `the City of Light`, `the Land of the Free`).
const englishPlaceOfNouns = new Set(['rising sun', 'midnight sun', 'light', 'lights', 'free', 'brave', 'angels', 'god', 'gods', 'dreams', 'opportunity', 'hope', 'the', 'saints', 'culture', 'science', 'art', 'arts', 'music', 'industry', 'commerce', 'peace', 'david'])
// `the Comtoise capital` (Besançon), `the Phocaean city` (Marseille), `the Catalan metropolis`: a city named by a
// regional adjective, as French and Spanish press avoid repeating a name. National adjectives are English usage
// (`the French capital`), and so are plain descriptions (`the regional capital`).
const adjectiveCity = /\b[Tt]he (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:capital|metropolis|city|port)\b(?!\s+(?:of|region|area|district|council|hall|centre|center)\b)/gu
// The endings of regional adjectives (`Catalan`, `Bavarian`, `Phocaean`, `Comtoise`, `Javanese`, `Flemish`); a
// city's own name before `city` (`the Surabaya city`, `the Kazan city`) has none of them.
const demonym = /^(?:\p{L}{2,}(?:ian|ean|aean|ese|ish|oise|ois|aise|ais|ine|ienne|ien|ard|ano|ana|ino|ina|ense)|\p{L}{5,}an)$/u
const nationalAdjectives = new Set(['french', 'german', 'spanish', 'italian', 'portuguese', 'british', 'english', 'scottish', 'welsh', 'irish', 'american', 'canadian', 'mexican', 'brazilian', 'argentine', 'argentinian', 'chilean', 'colombian', 'peruvian', 'venezuelan', 'cuban', 'indonesian', 'malaysian', 'thai', 'vietnamese', 'philippine', 'chinese', 'japanese', 'korean', 'indian', 'pakistani', 'afghan', 'iranian', 'iraqi', 'syrian', 'lebanese', 'israeli', 'palestinian', 'jordanian', 'egyptian', 'libyan', 'tunisian', 'algerian', 'moroccan', 'saudi', 'turkish', 'greek', 'russian', 'ukrainian', 'belarusian', 'polish', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'serbian', 'croatian', 'bosnian', 'slovenian', 'austrian', 'swiss', 'dutch', 'belgian', 'luxembourgish', 'danish', 'swedish', 'norwegian', 'finnish', 'icelandic', 'estonian', 'latvian', 'lithuanian', 'georgian', 'armenian', 'azerbaijani', 'kazakh', 'uzbek', 'nigerian', 'kenyan', 'ethiopian', 'ghanaian', 'senegalese', 'congolese', 'sudanese', 'somali', 'australian', 'european', 'african', 'asian', 'arab', 'latin', 'federal', 'old', 'new', 'holy', 'eternal', 'imperial', 'northern', 'southern', 'eastern', 'western', 'central'])
// `the man born in Palembang` (Indonesian *pria kelahiran Palembang*, Turkish *… doğumlu*): a person referred back to
// by birthplace instead of by name.
const bornIn = /\b[Tt]he (?:man|woman|native|politician|official|figure|father of \w+|mother of \w+) born in (?:\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)?/gu
const bornInSources = new Set(['id', 'ms', 'tr'])
// A person referred back to by age or by a bare adjective, as German, French and Spanish press write (*der
// Sechzigjährige*, *le sexagénaire*, *el popular*, *der Parteilose*, *l'élu*), and Indonesian *pria berusia 34 tahun*.
const descriptorReference = /\b[Tt]he (?:(?:tri|quadra|quinqua|sexa|septua|octo|nona)genarian|thirty-something|non-party|nonparty|(?:man|woman) of \d{1,3} years|(?:popular|elected|socialist)(?=\s*,|\s+(?:said|says|added|explained|warned|stressed|insisted|criticised|criticized|defended|called|demanded|asked|urged|during|who|has|had|is|was|announced|replied)\b|\s*\.))/gu
// *de tercera generación*: `the salt worker of third generation`.
const ofGeneration = /\bof (?:first|second|third|fourth|fifth) generation\b/gu
// Nicknames English itself uses, and descriptive names of city districts.
const englishCityNames = new Set(['old', 'new', 'inner', 'outer', 'lower', 'upper', 'holy', 'forbidden', 'eternal', 'windy', 'emerald', 'motor', 'steel', 'vatican', 'garden', 'twin', 'big', 'lion', 'sin', 'magic', 'queen', 'empire', 'golden', 'imperial', 'capital', 'walled', 'free', 'white', 'pink', 'blue', 'ancient', 'medieval', 'student', 'smart', 'silicon'])

export const epithetCalque = defineCheck(
  {
    ruleId: 'epithet-calque',
    category: 'accuracy/mistranslation',
    severity: 'major',
    fixable: true,
    description: 'Press nicknames of countries and cities translated word for word (“Uncle Sam’s country” for the United States)'
  },
  ({context, report}) => {
    // The lexicons' literals, flagged or kept by their guards (`The Faithful City` near `Rome`), are theirs to judge.
    const taken: Array<{start: number; end: number}> = runLexiconCheck('epithet-calque', epithetsByLanguage, context, report, () => 'word-for-word rendering of the epithet')
    // Only in MT from a known source language: original English has its own city nicknames.
    if (!context.sourceLang || context.targetLang !== 'en') return
    const {text} = context.model
    const free = (start: number, end: number) => !taken.some((problem) => problem.start < end && start < problem.end)
    for (const match of text.matchAll(placeOfNoun)) {
      const start = match.index
      const end = start + match[0].length
      const noun = match[1]!.toLowerCase()
      if (!free(start, end) || englishPlaceOfNouns.has(noun) || !noun.split(' ').every((word) => isDictionaryWord(word))) continue
      taken.push({start, end})
      report({
        start,
        end,
        message: `Unexpected \`${match[0]}\`, expected the place’s name: a nickname of the source press rendered word for word`,
        expected: [],
        confidence: 0.6,
        severity: 'minor',
        subId: 'place-nickname'
      })
    }
    for (const pattern of [descriptorReference, ofGeneration]) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index
        const end = start + match[0].length
        if (!free(start, end)) continue
        const generation = pattern === ofGeneration
        report({start, end, message: generation ? `Unexpected \`${match[0]}\`, expected \`${match[0].replace(/^of (\w+) generation$/u, '$1-generation')}\` before the noun: the source's word order` : `Unexpected \`${match[0]}\`, expected the person’s name or role: a person referred back to by age or a bare adjective, as the source press writes`, expected: generation ? [match[0].replace(/^of (\w+) generation$/u, '$1-generation')] : [], confidence: 0.7, severity: 'minor', subId: generation ? 'generation-order' : 'descriptor-reference'})
      }
    }
    if (bornInSources.has(context.sourceLang)) {
      for (const match of text.matchAll(bornIn)) {
        const start = match.index
        const end = start + match[0].length
        if (!free(start, end)) continue
        report({start, end, message: `Unexpected \`${match[0]}\`, expected the person’s name: a person referred back to by birthplace, as the source press writes`, expected: [], confidence: 0.7, severity: 'minor', subId: 'birthplace-reference'})
      }
    }
    for (const match of text.matchAll(adjectiveCity)) {
      const start = match.index
      const end = start + match[0].length
      const adjective = match[1]!.toLowerCase()
      // Only an adjective: a city's or province's own name may stand there (`the Valbrune metropolis`, `the
      // Shandong capital` is English usage).
      if (!free(start, end) || nationalAdjectives.has(adjective) || isDictionaryWord(adjective) || !demonym.test(adjective)) continue
      taken.push({start, end})
      report({
        start,
        end,
        message: `Unexpected \`${match[0]}\`, expected the city’s name: a city named by its region’s adjective, as the source press writes`,
        expected: [],
        confidence: 0.6,
        severity: 'minor',
        subId: 'adjective-city'
      })
    }
    for (const match of text.matchAll(cityNickname)) {
      const start = match.index
      const end = start + match[0].length
      if (!free(start, end)) continue
      const words = match[1]!.trim().toLowerCase().split(/[ -]/)
      if (words.some((word) => englishCityNames.has(word) || !isDictionaryWord(word))) continue
      report({
        start,
        end,
        message: `Unexpected \`${match[0]}\`, expected the city’s name: a city nickname of the source press rendered word for word`,
        expected: [],
        confidence: 0.6,
        severity: 'minor',
        subId: 'city-nickname'
      })
    }
  }
)
