/**
 * The shape of an attribution lexicon (one data module per target language,
 * `src/data/<lang>/reporting-cues.ts`) and its compiled, lookup-ready form.
 */
import {englishAttribution} from '../data/en/reporting-cues.js'
import type {CueClass, TargetLanguage} from '../types.js'

/** How a cue behaves beyond its class. */
export type CueFlag =
  /** Takes a recipient right after it ("told reporters"). */
  | 'recipient'
  /** May take a recipient ("warned Seoul that"). */
  | 'recipient-optional'
  /** A form is also a noun ("a report", "his claims"): a verb only after a subject. */
  | 'noun-form'
  /** Often not speech ("continued their journey"): needs a quote, `that` or a colon next to it. */
  | 'weak'
  /** A cue only with a speech noun or `that` after it ("dismissed reports"). */
  | 'speech-object'
  /** Belief verb: needs a subject and a clause, never passive ("is expected to"). */
  | 'cognitive'
  /**
   * `that` after it must open a clause, not be a determiner ("recorded that song"): the word after `that`
   * is a determiner, pronoun, name, number or plural noun.
   */
  | 'strict-that'
  /** A cue only with a person or source as its subject ("residents reflected that", not "prices reflected that"). */
  | 'person-subject'
  /** An untranslated verb that is a cue only with its source after it ("…," kata Budi). */
  | 'inverted-only'

export interface CueEntryData {
  readonly lemma: string
  readonly class: CueClass
  readonly forms: readonly string[]
  readonly flags?: readonly CueFlag[]
}

/** What a multiword cue does. */
export type MultiwordRole =
  | 'according-to'
  | 'citing'
  | 'quoted-by'
  | 'as-saying'
  | 'statement'
  | 'verb'
  /** An untranslated cue that contains its own pronoun source (Indonesian `ujarnya`, German `sagte er`). */
  | 'pronoun-cue'
  /** German `so` closing a sentence: ", so a ministry spokesperson." */
  | 'so-source'
  /** French `Pour X, …` calqued as "For the mayor, …". */
  | 'for-source'

export interface MultiwordCueData {
  readonly words: readonly string[]
  readonly lemma: string
  readonly class: CueClass
  readonly role: MultiwordRole
  /** Gender of the pronoun a `pronoun-cue` contains. */
  readonly gender?: Gender
  /** Source language of an untranslated cue. */
  readonly sourceLang?: string
  /** How a `verb` multiword cue behaves beyond its class (`weak`: needs `that` or a colon). */
  readonly flags?: readonly CueFlag[]
}

export type Gender = 'm' | 'f' | 'unknown'

/** The data of one language. Every word is lower-case unless said otherwise. */
export interface AttributionLexiconData {
  readonly lang: TargetLanguage
  readonly cues: readonly CueEntryData[]
  readonly multiword: readonly MultiwordCueData[]
  readonly hedges: readonly (readonly string[])[]
  readonly negators: readonly string[]
  readonly negatingVerbs: readonly string[]
  readonly modals: readonly string[]
  readonly honorifics: ReadonlyArray<{readonly form: string; readonly gender: Gender}>
  readonly titles: ReadonlyArray<{readonly form: string; readonly gender: Gender}>
  readonly sourceNouns: readonly string[]
  readonly personRoles: readonly string[]
  /** Canonical names and aliases as written (case matters for acronyms). */
  readonly media: ReadonlyArray<{readonly canonical: string; readonly aliases: readonly string[]}>
  /** As written, capitalised. */
  readonly eastAsianSurnames: readonly string[]
  readonly rejectedAccordingTo: readonly string[]
  readonly notNames: readonly string[]
  readonly sentenceOpeners: readonly string[]
  readonly orgSuffixes: readonly string[]
  readonly metonyms: readonly string[]
  readonly timeWords: readonly string[]
  readonly speechNouns: readonly string[]
  readonly pronouns: ReadonlyArray<{readonly form: string; readonly gender: 'm' | 'f' | 'plural' | 'org'}>
  /** Frequent lower-case words: a capitalised one opening a sentence is not a name. */
  readonly commonWords: Iterable<string>
  /** Nouns that make the name after them an organisation ("the supplier Sotralor"). */
  readonly orgNouns: readonly string[]
  /** Lower-case place nouns that make the name after `of` a place ("the parish of Souto Alto"). */
  readonly placeNouns: readonly string[]
  /** Words that, opening a name of two or more words, make it a place ("Tanjung Batu", "Teluk Bayur"); elsewhere they may be surnames. */
  readonly placeOpeners: readonly string[]
  /** Foreign definite articles that open the title of a publication or body ("Le Courrier de Valbrune", "Die Zeit"), never a person's name. */
  readonly titleArticles: readonly string[]
}

export interface CueInfo {
  lemma: string
  class: CueClass
  flags: ReadonlySet<CueFlag>
}

/** A lexicon compiled into maps and sets. */
export interface AttributionLexicon {
  lang: TargetLanguage
  cue: ReadonlyMap<string, CueInfo>
  /** Multiword cues by first word, longest first. */
  multiword: ReadonlyMap<string, readonly MultiwordCueData[]>
  /** Hedge markers by first word, longest first. */
  hedges: ReadonlyMap<string, ReadonlyArray<readonly string[]>>
  negators: ReadonlySet<string>
  negatingVerbs: ReadonlySet<string>
  modals: ReadonlySet<string>
  honorifics: ReadonlyMap<string, Gender>
  titles: ReadonlyMap<string, Gender>
  sourceNouns: ReadonlySet<string>
  personRoles: ReadonlySet<string>
  /** Lower-cased name or alias (without a leading "the") → canonical name. */
  media: ReadonlyMap<string, string>
  /** Keys of media names written as acronyms (`MENA`): only in capitals, never the surname `Mena`. */
  mediaAcronyms: ReadonlySet<string>
  /** Longest media name, in words. */
  mediaMaxWords: number
  /** Every prefix of every `media` key: a text no key starts with is no media name. */
  mediaPrefixes: ReadonlySet<string>
  /** What a word (by `norm`) can start, as `wordRole` bits: one lookup instead of one per map. */
  wordRoles: ReadonlyMap<string, number>
  eastAsianSurnames: ReadonlySet<string>
  rejectedAccordingTo: ReadonlySet<string>
  notNames: ReadonlySet<string>
  sentenceOpeners: ReadonlySet<string>
  orgSuffixes: ReadonlySet<string>
  metonyms: ReadonlySet<string>
  timeWords: ReadonlySet<string>
  speechNouns: ReadonlySet<string>
  pronouns: ReadonlyMap<string, 'm' | 'f' | 'plural' | 'org'>
  commonWords: ReadonlySet<string>
  orgNouns: ReadonlySet<string>
  placeNouns: ReadonlySet<string>
  placeOpeners: ReadonlySet<string>
  titleArticles: ReadonlySet<string>
}


/**
 * Reporting constructions that machine translation calques into English from
 * the project's source languages, by verb class rather than by seen phrase:
 * the literal renderings of each language's reporting verbs (French "a
 * martelé" → "hammered", Spanish "destacó" → "stood out", Russian "отметил" →
 * "marked", Turkish "kaydetti" → "recorded", Chinese "表示" → "expressed",
 * Arabic "أفاد" → "benefited", Japanese "明らかにした" → "made clear"),
 * light-verb phrases ("made known", "drew attention to"), intermediaries
 * ("quoted from", "launched from", Indonesian "dilansir"), according-to
 * calques ("second X", Portuguese "segundo"; "in the words of X", Russian "по
 * словам") and untranslated cues. Merged into the English lexicon; the rules
 * that use them are in `extract.ts`. A calque that is also a common English
 * verb carries `weak` (needs `that` or a colon) and usually `strict-that`
 * ("recorded that song" is no attribution).
 */
type CalqueCue = readonly [lemma: string, cls: CueClass, forms: readonly string[], flags?: readonly CueFlag[]]
const strictWeak: readonly CueFlag[] = ['weak', 'strict-that']
const calqueCues: readonly CalqueCue[] = [
  // French: a martelé, a confié, a lancé, a glissé, a avancé, a rétorqué, a plaidé, a résumé, a détaillé, a déploré, a dénoncé, a salué, s'est réjoui.
  ['stress', 'assertive', ['hammered'], strictWeak],
  // Italian *ha tuonato*: "…," has thundered Morandi.
  ['thunder', 'assertive', ['thundered', 'thunders'], ['weak']],
  ['confide', 'neutral', ['confided', 'confides', 'confiding'], ['weak', 'strict-that']],
  ['say', 'neutral', ['launched', 'slipped'], ['weak', 'strict-that', 'person-subject']],
  ['retort', 'neutral', ['retorted', 'retorting'], ['weak']],
  ['argue', 'assertive', ['pleaded', 'pleads'], ['weak', 'strict-that']],
  ['summarize', 'neutral', ['summarized', 'summarised', 'summarizes', 'summarises'], strictWeak],
  ['deplore', 'assertive', ['deplored', 'deplores', 'lamented', 'regretted'], strictWeak],
  ['denounce', 'assertive', ['denounced', 'denounces', 'criticized', 'criticised', 'criticizes', 'criticises'], strictWeak],
  ['welcome', 'neutral', ['welcomed', 'rejoiced'], strictWeak],
  // German: teilte mit ("shared", "communicated"); Vietnamese chia sẻ ("shared"); Turkish aktardı ("conveyed"),
  // Indonesian menyampaikan ("conveyed", "delivered"); Russian рассказал ("narrated").
  ['say', 'neutral', ['shared'], ['weak', 'strict-that', 'person-subject']],
  ['say', 'neutral', ['communicated', 'communicates', 'conveyed', 'conveys', 'delivered', 'narrated', 'narrates'], ['weak', 'strict-that', 'person-subject']],
  // Chinese 表示 and Turkish ifade etti ("expressed"); Japanese と話した ("talked"); Turkish kaydetti ("recorded"),
  // dile getirdi ("voiced"); Russian отметил ("marked"); Vietnamese phản ánh ("reflected").
  ['say', 'neutral', ['expressed', 'expresses', 'voiced'], ['weak', 'strict-that']],
  ['say', 'neutral', ['talked'], ['weak', 'strict-that']],
  ['note', 'endorsing', ['recorded', 'marked'], ['weak', 'strict-that', 'person-subject']],
  ['say', 'neutral', ['reflected', 'reflects'], ['weak', 'strict-that', 'person-subject']],
  // Spanish señaló ("signalled"), apuntó ("pointed"), manifestó ("manifested"), agregó ("aggregated"), precisó ("precised"),
  // puntualizó ("punctualized"), matizó ("nuanced"), sostuvo ("sustained"); Italian ha evidenziato ("evidenced"),
  // riferito ("referred"); Arabic أفاد ("benefited"); Spanish garantizó ("guaranteed"), alertó ("alerted").
  ['indicate', 'neutral', ['signalled', 'signaled', 'pointed', 'manifested', 'evidenced', 'referred', 'benefited', 'benefitted'], ['weak', 'strict-that', 'person-subject']],
  ['add', 'neutral', ['aggregated'], ['weak']],
  ['specify', 'neutral', ['precised', 'precises', 'punctualized', 'punctualised', 'nuanced'], ['weak', 'strict-that']],
  ['maintain', 'assertive', ['sustained', 'sustains'], ['weak', 'strict-that', 'person-subject']],
  ['assure', 'assertive', ['guaranteed'], ['weak', 'strict-that', 'person-subject']],
  ['warn', 'assertive', ['alerted'], ['weak', 'strict-that', 'person-subject']],
  ['urge', 'directive', ['exhorted', 'exhorts'], ['weak']],
  // French *a tempéré*, Spanish *detalló*.
  ['qualify', 'neutral', ['tempered'], ['weak']],
  ['detail', 'neutral', ['detailed', 'details'], ['weak', 'strict-that', 'person-subject']],
  // Chinese 介绍 ("introduced that …"): explained.
  ['explain', 'neutral', ['introduced', 'introduces'], ['weak', 'strict-that', 'person-subject']]
]

/** Indonesian verbs left untranslated before their source ("…," kata Budi; "…, ujar dia."). */
const indonesianBare = [['kata', 'say'], ['ujar', 'say'], ['tutur', 'say'], ['ucap', 'say'], ['jelas', 'explain'], ['ungkap', 'reveal'], ['tegas', 'stress'], ['sebut', 'say'], ['imbuh', 'add'], ['tambah', 'add'], ['terang', 'explain'], ['papar', 'explain'], ['beber', 'reveal'], ['tandas', 'stress'], ['lanjut', 'continue'], ['pungkas', 'conclude'], ['tukas', 'say'], ['sambung', 'continue'], ['kilah', 'argue'], ['timpal', 'reply'], ['aku', 'admit']] as const
const lemmaClass: Readonly<Record<string, CueClass>> = {say: 'neutral', explain: 'neutral', reveal: 'endorsing', stress: 'assertive', add: 'neutral', continue: 'neutral', conclude: 'neutral', argue: 'assertive', reply: 'neutral', admit: 'endorsing'}

const verb = (words: readonly string[], lemma: string, cls: CueClass, flags?: readonly CueFlag[]): MultiwordCueData => ({words, lemma, class: cls, role: 'verb', ...(flags ? {flags} : {})})
const calqueMultiword: readonly MultiwordCueData[] = [
  // French "a fait savoir", Italian "ha fatto sapere", German "gab bekannt", Dutch "laat weten": made known, let know.
  ...['made', 'make', 'makes', 'making', 'gave', 'has'].flatMap((head) => head === 'has' ? [verb(['has', 'made', 'known'], 'announce', 'neutral')] : [verb([head, 'known'], 'announce', 'neutral'), verb([head, 'it', 'known'], 'announce', 'neutral')]),
  verb(['let', 'it', 'be', 'known'], 'announce', 'neutral'),
  verb(['lets', 'it', 'be', 'known'], 'announce', 'neutral'),
  verb(['let', 'be', 'known'], 'announce', 'neutral'),
  verb(['lets', 'know'], 'announce', 'neutral'),
  verb(['letting', 'know'], 'announce', 'neutral'),
  // Japanese 明らかにした, Chinese 明确表示: made clear.
  ...['made', 'makes', 'make'].flatMap((head) => [verb([head, 'clear'], 'clarify', 'endorsing', ['weak']), verb([head, 'it', 'clear'], 'clarify', 'endorsing', ['weak'])]),
  // German "zeigte sich überzeugt/zuversichtlich" ("showed himself convinced"): believed.
  ...['showed', 'shows', 'show'].flatMap((head) => ['himself', 'herself', 'itself', 'themselves'].flatMap((self) => ['convinced', 'confident', 'sure', 'certain', 'optimistic'].map((state) => verb([head, self, state], 'believe', 'cognitive')))),
  // Japanese との見方を示した ("showed the view that"): believed.
  ...['showed', 'shows', 'show'].flatMap((head) => ['view', 'opinion', 'idea', 'assessment'].map((noun) => verb([head, 'the', noun], 'believe', 'cognitive'))),
  // German "räumte ein" ("cleared in", "granted in"): admitted.
  verb(['cleared', 'in'], 'admit', 'endorsing', ['weak']),
  verb(['clears', 'in'], 'admit', 'endorsing', ['weak']),
  verb(['granted', 'in'], 'admit', 'endorsing', ['weak']),
  // German "teilte mit" ("shared with").
  verb(['shared', 'with'], 'say', 'neutral', ['weak', 'strict-that']),
  // Arabic "أشار إلى أن" (pointed to that), "لفت إلى أن" (drew attention to that, turned to that); Turkish "dikkat çekti".
  ...['pointed', 'points', 'referred', 'refers', 'indicated', 'indicates', 'turned', 'pointing', 'referring', 'indicating'].map((head) => verb([head, 'to'], 'point out', 'endorsing', ['weak', 'strict-that'])),
  ...['drew', 'draws', 'drawing'].flatMap((head) => [verb([head, 'attention', 'to'], 'point out', 'endorsing', ['weak', 'strict-that']), verb([head, 'attention'], 'point out', 'endorsing', ['weak', 'strict-that'])]),
  // Spanish "destacó que" ("stood out that"), Turkish "öne sürdü" ("put forward").
  verb(['stood', 'out'], 'highlight', 'endorsing', ['weak', 'strict-that']),
  verb(['stands', 'out'], 'highlight', 'endorsing', ['weak', 'strict-that']),
  verb(['put', 'forward'], 'claim', 'distancing', ['weak', 'strict-that']),
  verb(['puts', 'forward'], 'claim', 'distancing', ['weak', 'strict-that']),
  // Turkish "şu ifadeleri kullandı" (used the following expressions), "şöyle konuştu" (spoke as follows),
  // "sözlerine şöyle devam etti" (continued his words as follows).
  ...['expressions', 'statements', 'words', 'phrases', 'sentences'].map((noun) => verb(['used', 'the', 'following', noun], 'say', 'neutral', ['weak'])),
  ...['spoke', 'said', 'continued', 'explained', 'expressed', 'stated', 'talked', 'added'].map((head) => verb([head, 'as', 'follows'], 'say', 'neutral', ['weak'])),
  ...['words', 'speech', 'remarks', 'statement'].flatMap((noun) => [verb(['continued', 'his', noun, 'as', 'follows'], 'say', 'neutral', ['weak']), verb(['continued', 'her', noun, 'as', 'follows'], 'say', 'neutral', ['weak'])]),
  verb(['made', 'the', 'following', 'statement'], 'say', 'neutral', ['weak']),
  // Turkish *şu ifadeleri kullandı* (used these expressions): '"…," Aydemir used the expressions.'
  ...['the', 'these', 'the following', 'following'].map((det) => verb(['used', ...det.split(' '), 'expressions'], 'say', 'neutral', ['weak'])),
  verb(['made', 'the', 'following', 'statements'], 'say', 'neutral', ['weak']),
  verb(['spoke', 'in', 'the', 'following', 'way'], 'say', 'neutral', ['weak']),
  // According-to calques: Russian "по словам" (in the words of), Arabic "بحسب"/"حسب" (as per), Portuguese/Italian
  // "segundo"/"secondo" (second), Italian "stando a" (standing to), German "laut" (loud); untranslated según, volgens.
  {words: ['in', 'the', 'words', 'of'], lemma: 'according to', class: 'neutral', role: 'according-to'},
  {words: ['by', 'the', 'words', 'of'], lemma: 'according to', class: 'neutral', role: 'according-to'},
  {words: ['according', 'to', 'the', 'words', 'of'], lemma: 'according to', class: 'neutral', role: 'according-to'},
  {words: ['as', 'per'], lemma: 'according to', class: 'neutral', role: 'according-to'},
  {words: ['second'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'pt'},
  {words: ['standing', 'to'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'it'},
  {words: ['loud'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'de'},
  {words: ['según'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'es'},
  {words: ['segundo'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'pt'},
  {words: ['secondo'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'it'},
  {words: ['volgens'], lemma: 'according to', class: 'neutral', role: 'according-to', sourceLang: 'nl'},
  // Intermediaries: Indonesian "dikutip dari" (quoted from), "dilansir dari"/"melansir" (launched from), Russian
  // "со ссылкой на" (with reference to), Arabic "نقلا عن" (transmitting from).
  ...['quoted', 'cited', 'launched', 'quoting', 'citing', 'launching', 'transmitted', 'transmitting'].map((head) => ({words: [head, 'from'], lemma: 'quote', class: 'neutral' as const, role: 'quoted-by' as const})),
  ...['quoted', 'cited', 'launched', 'reported', 'transmitted'].map((head) => ({words: ['as', head, 'from'], lemma: 'quote', class: 'neutral' as const, role: 'quoted-by' as const})),
  {words: ['as', 'launched', 'by'], lemma: 'quote', class: 'neutral', role: 'quoted-by'},
  {words: ['as', 'quoted', 'by'], lemma: 'quote', class: 'neutral', role: 'quoted-by'},
  {words: ['as', 'cited', 'by'], lemma: 'quote', class: 'neutral', role: 'quoted-by'},
  {words: ['as', 'reported', 'by'], lemma: 'report', class: 'neutral', role: 'quoted-by'},
  {words: ['with', 'reference', 'to'], lemma: 'cite', class: 'neutral', role: 'citing'},
  {words: ['with', 'a', 'reference', 'to'], lemma: 'cite', class: 'neutral', role: 'citing'},
  {words: ['referring', 'to'], lemma: 'cite', class: 'neutral', role: 'citing'},
  // Dutch "zo zegt X", German "so X": "…, so says the mayor."
  {words: ['so', 'says'], lemma: 'say', class: 'neutral', role: 'so-source', sourceLang: 'nl'},
  {words: ['thus', 'says'], lemma: 'say', class: 'neutral', role: 'so-source', sourceLang: 'nl'},
  // Indonesian pronoun cues ("-nya" = his/her): sebutnya, lanjutnya, terangnya, paparnya, bebernya, tandasnya …
  ...['sebutnya', 'lanjutnya', 'terangnya', 'paparnya', 'bebernya', 'tandasnya', 'ucapnya', 'akunya', 'pungkasnya', 'tukasnya', 'sambungnya', 'kilahnya', 'timpalnya', 'urainya', 'harapnya', 'pintanya', 'ajaknya', 'imbaunya', 'sergahnya', 'celetuknya'].map((word) => ({words: [word], lemma: 'say', class: 'neutral' as const, role: 'pronoun-cue' as const, gender: 'unknown' as const, sourceLang: 'id'})),
  ...['ujar', 'tutur', 'ucap', 'jelas', 'ungkap', 'tegas', 'sebut', 'imbuh', 'tambah', 'terang', 'lanjut'].map((word) => ({words: [word, 'dia'], lemma: 'say', class: 'neutral' as const, role: 'pronoun-cue' as const, gender: 'unknown' as const, sourceLang: 'id'})),
  // German verb + pronoun left untranslated.
  ...['erklärte', 'meinte', 'sagt', 'betont', 'erklärt', 'warnte', 'kritisierte', 'fügte'].flatMap((word) => [
    {words: [word, 'er'], lemma: 'say', class: 'neutral' as const, role: 'pronoun-cue' as const, gender: 'm' as const, sourceLang: 'de'},
    {words: [word, 'sie'], lemma: 'say', class: 'neutral' as const, role: 'pronoun-cue' as const, gender: 'f' as const, sourceLang: 'de'}
  ])
]

/** Extra flags for cues of the base lexicon, by lemma: "accused Kessler of", "replied Climent that". */
const flagOverrides: Readonly<Record<string, readonly CueFlag[]>> = {
  accuse: ['recipient-optional'],
  reply: ['recipient-optional'],
  answer: ['recipient-optional'],
  explain: ['recipient-optional'],
  indicate: ['recipient-optional']
}

function withCalques(source: AttributionLexiconData): AttributionLexiconData {
  if (source.lang !== 'en') return source
  const cues: CueEntryData[] = [...source.cues]
  for (const [lemma, cls, forms, flags] of calqueCues) cues.push({lemma, class: cls, forms, ...(flags ? {flags} : {})})
  for (const [form, lemma] of indonesianBare) cues.push({lemma, class: lemmaClass[lemma] ?? 'neutral', forms: [form], flags: ['inverted-only']})
  return {...source, cues, multiword: [...source.multiword, ...calqueMultiword]}
}

const data: Partial<Record<TargetLanguage, AttributionLexiconData>> = {en: withCalques(englishAttribution)}
const compiled = new Map<TargetLanguage, AttributionLexicon>()

function byFirstWord<T>(entries: readonly T[], words: (entry: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const entry of entries) {
    const first = words(entry)[0]
    if (first === undefined) continue
    const list = map.get(first) ?? []
    list.push(entry)
    map.set(first, list)
  }
  for (const list of map.values()) list.sort((a, b) => words(b).length - words(a).length)
  return map
}

/** Strip a leading "the " and lower-case, for media and name lookup. */
export function nameKey(value: string): string {
  const lower = value.toLowerCase()
  // Fast path: plain ASCII with single inner spaces and no leading "the ", where the replacements below change nothing.
  let plain = !(lower.startsWith('the') && lower.length > 3 && lower.charCodeAt(3) <= 0x20)
  for (let index = 0; plain && index < lower.length; index++) {
    const code = lower.charCodeAt(index)
    if (code >= 0x7f || code < 0x20) plain = false
    else if (code === 0x20 && (index === 0 || index === lower.length - 1 || lower.charCodeAt(index - 1) === 0x20)) plain = false
  }
  if (plain) return lower
  return value
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Bits of `AttributionLexicon.wordRoles`. */
export const wordRole = {
  /** First word of a multiword cue (`multiword`). */
  multiword: 1,
  /** A single-word cue form (`cue`). */
  cue: 2,
  /** First word of a hedge (`hedges`). */
  hedge: 4
} as const

/** The compiled lexicon of `lang`, or `undefined` when the language has none yet. */
export function attributionLexicon(lang: TargetLanguage): AttributionLexicon | undefined {
  const cached = compiled.get(lang)
  if (cached) return cached
  const source = data[lang]
  if (!source) return undefined
  const cue = new Map<string, CueInfo>()
  for (const entry of source.cues) {
    for (const form of entry.forms) {
      if (!cue.has(form)) cue.set(form, {lemma: entry.lemma, class: entry.class, flags: new Set([...(entry.flags ?? []), ...(flagOverrides[entry.lemma] ?? [])])})
    }
  }
  const media = new Map<string, string>()
  const mediaAcronyms = new Set<string>()
  let mediaMaxWords = 1
  for (const entry of source.media) {
    for (const name of [entry.canonical, ...entry.aliases]) {
      const key = nameKey(name)
      if (!media.has(key)) media.set(key, entry.canonical)
      if (/^\p{Lu}{2,}$/u.test(name)) mediaAcronyms.add(key)
      mediaMaxWords = Math.max(mediaMaxWords, key.split(' ').length)
    }
  }
  const mediaPrefixes = new Set<string>()
  for (const key of media.keys()) for (let length = 1; length <= key.length; length++) mediaPrefixes.add(key.slice(0, length))
  const multiword = byFirstWord(source.multiword, (entry) => entry.words)
  const hedges = byFirstWord(source.hedges, (entry) => entry)
  const wordRoles = new Map<string, number>()
  const mark = (word: string, bit: number) => wordRoles.set(word, (wordRoles.get(word) ?? 0) | bit)
  for (const word of multiword.keys()) mark(word, wordRole.multiword)
  for (const word of cue.keys()) mark(word, wordRole.cue)
  for (const word of hedges.keys()) mark(word, wordRole.hedge)
  const lexicon: AttributionLexicon = {
    lang,
    cue,
    multiword,
    hedges,
    negators: new Set(source.negators),
    negatingVerbs: new Set(source.negatingVerbs),
    modals: new Set(source.modals),
    honorifics: new Map(source.honorifics.map((entry) => [entry.form, entry.gender])),
    titles: new Map(source.titles.map((entry) => [entry.form, entry.gender])),
    sourceNouns: new Set(source.sourceNouns),
    personRoles: new Set(source.personRoles),
    media,
    mediaAcronyms,
    mediaMaxWords,
    mediaPrefixes,
    wordRoles,
    eastAsianSurnames: new Set(source.eastAsianSurnames.map((name) => name.toLowerCase())),
    rejectedAccordingTo: new Set(source.rejectedAccordingTo),
    notNames: new Set(source.notNames),
    sentenceOpeners: new Set(source.sentenceOpeners),
    orgSuffixes: new Set(source.orgSuffixes),
    metonyms: new Set(source.metonyms),
    timeWords: new Set(source.timeWords),
    speechNouns: new Set(source.speechNouns),
    pronouns: new Map(source.pronouns.map((entry) => [entry.form, entry.gender])),
    commonWords: new Set(source.commonWords),
    orgNouns: new Set(source.orgNouns),
    placeNouns: new Set(source.placeNouns),
    placeOpeners: new Set(source.placeOpeners),
    titleArticles: new Set(source.titleArticles)
  }
  compiled.set(lang, lexicon)
  return lexicon
}
