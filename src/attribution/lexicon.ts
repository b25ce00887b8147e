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
}

const data: Partial<Record<TargetLanguage, AttributionLexiconData>> = {en: englishAttribution}
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
      if (!cue.has(form)) cue.set(form, {lemma: entry.lemma, class: entry.class, flags: new Set(entry.flags ?? [])})
    }
  }
  const media = new Map<string, string>()
  let mediaMaxWords = 1
  for (const entry of source.media) {
    for (const name of [entry.canonical, ...entry.aliases]) {
      const key = nameKey(name)
      if (!media.has(key)) media.set(key, entry.canonical)
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
    orgNouns: new Set(source.orgNouns)
  }
  compiled.set(lang, lexicon)
  return lexicon
}
