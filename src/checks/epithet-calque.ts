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
// Not a party or list named so (`the Our City faction`).
const cityNickname = /\b[Tt]he ((?:\p{Lu}\p{Ll}+[ -]){1,2})City\b(?!['’]s\s+(?:council|hall|mayor)\b)(?! (?:faction|party|group|list|movement|alliance|bloc|coalition|club|team)\b)/gu
// `the city of the Apostle` (Santiago), `the City of Heroes` (Surabaya), `the country of the Cedars` (Lebanon):
// a place named by a capitalised English noun after `of`.
const placeOfNoun = /\b[Tt]he (?:[Cc]ity|[Tt]own|[Cc]ountry|[Ll]and|[Ee]arth|[Nn]ation|[Kk]ingdom|[Ii]sland|Capital) of (?:the )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b(?! \p{Lu})/gu
// Nicknames English itself uses after `of` (`the Land of the Rising Sun`, `the City of Light`, `the Land of the Free`).
const englishPlaceOfNouns = new Set(['world', 'rising sun', 'midnight sun', 'light', 'lights', 'free', 'brave', 'angels', 'god', 'gods', 'dreams', 'opportunity', 'hope', 'the', 'saints', 'culture', 'science', 'art', 'arts', 'music', 'industry', 'commerce', 'peace', 'david'])
// `the Comtoise capital` (Besançon), `the Phocaean city` (Marseille), `the Catalan metropolis`: a city named by a
// regional adjective, as French and Spanish press avoid repeating a name. National adjectives are English usage
// (`the French capital`), and so are plain descriptions (`the regional capital`).
// Regions whose `<adjective> capital` English news writes itself (`the Catalan capital`, `the Bavarian capital`).
const englishRegionalCapitals: ReadonlySet<string> = new Set(['catalan', 'bavarian', 'andalusian', 'basque', 'tuscan', 'scottish', 'welsh', 'flemish', 'sicilian', 'sardinian', 'kurdish', 'tibetan', 'crimean', 'chechen', 'texan', 'californian', 'corsican', 'breton'])
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
// `the city of ramparts` (French *la cité des remparts*), `the city of the towers`: a city named by a plural
// common noun after `of`, as Romance press avoids repeating a name. Not before what describes its people or size.
const cityOfPlural = /\b[Tt]he (?:city|town) of (?:the )?(\p{Ll}{4,}s)\b(?!\s+(?:of|and|in|with|that|who|which|for|from|to|at|on)\b|-)/gu
const cityOfPluralSources = new Set(['fr', 'es', 'it', 'pt'])
// Indonesian *ayah tiga anak itu*, German *der zweifache Vater*: a person referred back to as a parent.
const parentReference = /\b[Tt]he (?:(?:father|mother) of (?:two|three|four|five|six|seven|\d) (?:children|kids|sons|daughters)|(?:two|three|four|five)-time (?:father|mother))\b/gu
const parentReferenceSources = new Set(['id', 'ms', 'de', 'tr', 'es', 'pt', 'it', 'fr'])
// *de tercera generación*: `the salt worker of third generation`.
const ofGeneration = /\bof (?:first|second|third|fourth|fifth) generation\b/gu
// Spanish *el conjunto blanquiverde*, Italian *la formazione rossonera*: a team named by its colours and a word for
// a group that is not `team` (`the white-green set`).
const colour = 'white|black|red|blue|green|yellow|orange|violet|purple|gr[ae]y|sky-blue|maroon|garnet|claret'
const colourTeam = new RegExp(String.raw`\b[Tt]he (?:${colour})(?:[- ](?:and[- ])?(?:${colour}))? (?:set|ensemble|box|squadron|formation|painting)\b(?! of\b)`, 'gu')
const colourTeamSources = new Set(['es', 'it', 'pt', 'fr', 'tr'])
// Italian *i biancorossi*, Spanish *los blanquiazules*: a team named by its two colours as a plural noun (`The White-Reds`).
// Lower-case too (`the white-blues`, Spanish *los blanquiazules*).
const colourPlural = new RegExp(String.raw`\b[Tt]he (?:[Ww]hite|[Bb]lack|[Rr]ed|[Bb]lue|[Gg]reen|[Yy]ellow|[Oo]range|[Vv]iolet|[Pp]urple|[Gg]r[ae]y|[Ss]ky-[Bb]lue|[Mm]aroon|[Gg]arnet|[Cc]laret)-(?:[Ww]hites|[Bb]lacks|[Rr]eds|[Bb]lues|[Gg]reens|[Yy]ellows|[Oo]ranges|[Vv]iolets|[Pp]urples|[Gg]r[ae]ys|[Mm]aroons|[Gg]arnets)\b`, 'gu')
// `the Pearl of the Sierra`, `the Bride of the Sea`: a town named by a flattering figure, as Romance and Indonesian
// press write (*la Perla de la Sierra*, *Mutiara dari Timur*).
const figureOfPlace = /\b[Tt]he (?:Pearl|Jewel|Bride|Gateway|Balcony|Lung|Cradle|Sultana|Queen|Princess|Emerald|Kitchen) of (?:the )?\p{Lu}\p{Ll}+/gu
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
    /**
     * Report each match of a shape that `accept` keeps and no lexicon literal or earlier shape covers. `expected`
     * says what to write instead: in words (no fix offered) or as the fix itself.
     */
    const reportShape = (pattern: RegExp, shape: {subId: string; expected: string | ((match: RegExpMatchArray) => string); reason: string; confidence: number; accept?: (match: RegExpMatchArray) => boolean}) => {
      for (const match of text.matchAll(pattern)) {
        const start = match.index!
        const end = start + match[0].length
        if (taken.some((span) => span.start < end && start < span.end) || (shape.accept && !shape.accept(match))) continue
        taken.push({start, end})
        const fix = typeof shape.expected === 'string' ? undefined : shape.expected(match)
        report({start, end, message: `Unexpected \`${match[0]}\`, expected ${fix === undefined ? shape.expected : `\`${fix}\``}${shape.reason}`, expected: fix === undefined ? [] : [fix], confidence: shape.confidence, severity: 'minor', subId: shape.subId})
      }
    }
    reportShape(placeOfNoun, {subId: 'place-nickname', expected: 'the place’s name', reason: ': a nickname of the source press rendered word for word', confidence: 0.6, accept: (match) => {
      const noun = match[1]!.toLowerCase()
      return !englishPlaceOfNouns.has(noun) && noun.split(' ').every((word) => isDictionaryWord(word))
    }})
    if (cityOfPluralSources.has(context.sourceLang)) reportShape(cityOfPlural, {subId: 'place-nickname', expected: 'the city’s name', reason: ': a city nickname of the source press rendered word for word', confidence: 0.6, accept: (match) => isDictionaryWord(match[1]!)})
    reportShape(figureOfPlace, {subId: 'place-nickname', expected: 'the place’s name', reason: ': a flattering nickname of the source press rendered word for word', confidence: 0.55})
    // German *die Rot-Weißen*, Russian *красно-белые*, Polish *biało-czerwoni* as much as Italian *i biancorossi*.
    reportShape(colourPlural, {subId: 'team-nickname', expected: 'the team’s name', reason: ': a team named by its colours, as the source press writes', confidence: 0.6})
    if (colourTeamSources.has(context.sourceLang)) reportShape(colourTeam, {subId: 'team-nickname', expected: 'the team’s name', reason: ': a team named by its colours, as the source press writes', confidence: 0.6})
    reportShape(descriptorReference, {subId: 'descriptor-reference', expected: 'the person’s name or role', reason: ': a person referred back to by age or a bare adjective, as the source press writes', confidence: 0.7})
    if (parentReferenceSources.has(context.sourceLang)) reportShape(parentReference, {subId: 'descriptor-reference', expected: 'the person’s name', reason: ': a person referred back to as a parent, as the source press writes', confidence: 0.65})
    reportShape(ofGeneration, {subId: 'generation-order', expected: (match) => match[0].replace(/^of (\w+) generation$/u, '$1-generation'), reason: ' before the noun: the source\'s word order', confidence: 0.7})
    if (bornInSources.has(context.sourceLang)) reportShape(bornIn, {subId: 'birthplace-reference', expected: 'the person’s name', reason: ': a person referred back to by birthplace, as the source press writes', confidence: 0.7})
    // Only an adjective: a city's or province's own name may stand there (`the Valbrune metropolis`, `the
    // Shandong capital` is English usage).
    reportShape(adjectiveCity, {subId: 'adjective-city', expected: 'the city’s name', reason: ': a city named by its region’s adjective, as the source press writes', confidence: 0.6, accept: (match) => {
      const adjective = match[1]!.toLowerCase()
      if (match[0].endsWith('capital') && englishRegionalCapitals.has(adjective)) return false
      return !nationalAdjectives.has(adjective) && !isDictionaryWord(adjective) && demonym.test(adjective)
    }})
    reportShape(cityNickname, {subId: 'city-nickname', expected: 'the city’s name', reason: ': a city nickname of the source press rendered word for word', confidence: 0.6, accept: (match) => match[1]!.trim().toLowerCase().split(/[ -]/).every((word) => !englishCityNames.has(word) && isDictionaryWord(word))})
  }
)
