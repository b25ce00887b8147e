/**
 * In-document entity registry: people (with titles, East-Asian
 * surname-first names and hyphenated given names), organisations and media
 * (acronyms and short forms), and the linking of short mentions, role
 * mentions and pronouns to them.
 */
import type {Entity, Resolution} from '../types.js'
import {bareNorm, breakBefore, isAcronym, isCapitalised, isDeterminer, isPossessive, remitNouns, surnameParticles, type Doc, type Phrase} from './doc.js'
import {nameKey, type Gender} from './lexicon.js'
import {isDictionaryWord} from '../text/english-vocabulary.js'
import {givenNameGender} from '../data/names/given-names.js'

export type MentionKind = 'person-full' | 'person-short' | 'role' | 'org' | 'media' | 'single'

export interface Mention {
  start: number
  end: number
  wordStart: number
  wordEnd: number
  kind: MentionKind
  /** Title phrase as written ("NIS Director"), when the mention has one. */
  title?: string
  /** Lower-case head of the title ("director"). */
  titleHead?: string
  /** Name words, without a possessive ending. */
  names: string[]
  gender: Gender
  inQuote: boolean
  /** A possessive followed by more of its phrase ("Hartono's lawyer"): it describes someone else. */
  modifier: boolean
  paragraph: number
  /** Index into `Registry.entities`. */
  entity?: number
  canonical?: string
}

export interface EntityRecord {
  entity: Entity
  familyKey?: string
  givenKey?: string
  /** Offset of the first full-name mention; Infinity when there is none. */
  firstFull: number
  titleHeads: Set<string>
  /** Offsets of mentions outside quotes, ascending. */
  lastMention: number
}

export interface Registry {
  entities: EntityRecord[]
  mentions: Mention[]
  /** Person entities by folded family name. */
  byFamily: Map<string, number[]>
  /** Person entities by lower-case title head. */
  byTitle: Map<string, number[]>
  /** Person entities by the other words of their full names. */
  byToken: Map<string, number[]>
}

/** An organisation named before `offset` whose name of two or more words opens with `key` (folded), if exactly one. */
function bodyByFirstWord(registry: Registry, key: string, offset: number): number | undefined {
  let found: number | undefined
  for (let id = 0; id < registry.entities.length; id++) {
    const {entity, firstFull} = registry.entities[id]!
    if (entity.type !== 'org' || firstFull >= offset) continue
    const first = entity.canonical.split(/\s+/u)
    if (first.length < 2 || foldName(first[0]!) !== key) continue
    if (found !== undefined && found !== id) return undefined
    found = id
  }
  return found
}

function indexAdd(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key)
  if (!list) map.set(key, [id])
  else if (!list.includes(id)) list.push(id)
}

const nameConnectors: ReadonlySet<string> = new Set(['of', ...surnameParticles])
/**
 * Head words of bodies named in the source language before the rest of their name: Indonesian (a health centre, a
 * regional hospital, police, parliament: `Puskesmas Batu Ampar`), German (`Hochschule Wiesenbrück`, `Landesbetrieb
 * Mobilität Hollerland`) and French (`Santé Solidaire Lauze`). A capitalised run they open names no person.
 */
const bodyHeads: ReadonlySet<string> = new Set([
  'puskesmas', 'rsud', 'polres', 'polresta', 'polsek', 'polda', 'dprd', 'bpbd', 'pemkab', 'pemkot', 'pemprov', 'kodim', 'korem', 'lapas', 'kejari', 'kejati', 'dinkes',
  'hochschule', 'universität', 'landesbetrieb', 'stadtwerke', 'klinikum', 'kreisklinik', 'landratsamt', 'verband', 'verein', 'stiftung', 'bündnis', 'bürgerinitiative', 'gesellschaft', 'behörde', 'zentrum', 'gemeinde',
  'santé', 'syndicat', 'collectif', 'mutuelle', 'fédération', 'confédération', 'comité', 'association'
])
/** Particles that never occur inside an East-Asian name ("Le Courrier de Valbrune" is not Vietnamese). */
const romanceParticles: ReadonlySet<string> = new Set(['de', 'du', 'des', 'dos', 'das', 'del', 'della'])
/**
 * Head nouns of institutions in the source languages, left untranslated before a particle and a place
 * ("Politecnico di Milano", "Ayuntamiento de Sevilla", "Câmara de Lisboa"): such a run is no person's name.
 */
const institutionHeads: ReadonlySet<string> = new Set([
  'banco', 'banca', 'banque', 'caja', 'caixa', 'universidad', 'università', 'universidade', 'université', 'universiteit', 'politecnico', 'instituto', 'istituto', 'institut',
  'ayuntamiento', 'comune', 'câmara', 'camara', 'cámara', 'camera', 'mairie', 'gemeente', 'prefeitura', 'municipio', 'município', 'concello', 'diputación', 'provincia', 'regione', 'región', 'junta', 'xunta', 'generalitat', 'cabildo', 'comunidad',
  'museo', 'museu', 'musée', 'museum', 'teatro', 'théâtre', 'palazzo', 'palacio', 'palácio', 'palais', 'castello', 'castillo', 'porto', 'puerto', 'port',
  'tribunal', 'tribunale', 'juzgado', 'audiencia', 'corte', 'cour', 'procura', 'fiscalía', 'consejo', 'consiglio', 'conselho', 'conseil', 'gobierno', 'governo', 'gouvernement', 'ministerio', 'ministero', 'ministério', 'ministère',
  'hospital', 'hôpital', 'ospedale', 'policlinico', 'clínica', 'clinica', 'colegio', 'collegio', 'escuela', 'escola', 'scuola', 'école', 'liceo', 'lycée',
  'fundación', 'fundação', 'fondazione', 'fondation', 'asociación', 'associação', 'associazione', 'federación', 'federazione', 'confederación', 'sindicato', 'sindacato', 'partido', 'partito', 'parti',
  'agencia', 'agência', 'agenzia', 'servicio', 'serviço', 'servizio', 'estadio', 'stadio', 'estádio', 'stade', 'club', 'real', 'sporting', 'guardia', 'policía', 'polizia', 'polícia', 'centro', 'centre', 'casa', 'maison', 'villa', 'ciudad', 'città', 'cidade', 'ville', 'cité'
])

/** Offices one person holds at a time in a place or body (`the mayor`, `the provincial labour delegate`). */
/** Offices of one holder that a body's name completes (`the head of …`, `the councillor of Mobility`). */
const bodyOffices: ReadonlySet<string> = new Set([
  'head', 'director', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'mayor', 'governor', 'councillor', 'councilor',
  'undersecretary', 'under-secretary', 'minister', 'chief', 'commander', 'principal', 'rector', 'dean', 'prefect', 'superintendent',
  'intendant', 'headmaster', 'headmistress', 'administrator', 'regent', 'physician',
  // Portuguese *capitão do porto* (the harbour master).
  'captain'
])

/**
 * The office (lower-case) when `phrase` is `the <office> of <body>` with no capitalised name of a person in it: the
 * word before the first `of` is a one-holder office and the phrase opens with `the`. Otherwise undefined.
 */
function officeOfBody(doc: Doc, phrase: Phrase): string | undefined {
  const {words} = doc
  if (words[phrase.start]!.norm !== 'the' || phrase.end - phrase.start < 4 || phrase.end - phrase.start > 12) return undefined
  let of = phrase.start + 1
  while (of < phrase.end && words[of]!.norm !== 'of') of++
  if (of >= phrase.end - 1 || of > phrase.start + 3) return undefined
  const office = bareNorm(words[of - 1]!)
  if (!bodyOffices.has(office)) return undefined
  // A person's name inside (`the head of the office Ratna Dewi`) is resolved as a name, not here. A body with a name
  // of its own (`the mayor of Sarreguemines`) tells the reader which one person it is; a generic body or a portfolio
  // (`the ministry`, `Mobility`) does not.
  for (let index = of + 1; index < phrase.end; index++) {
    const word = words[index]!
    if (isCapitalised(word) && !isDictionaryWord(word.norm) && !doc.lex.orgSuffixes.has(bareNorm(word)) && !isAcronym(word)) return undefined
  }
  return office
}

/** Whether a name stands in apposition right after word `end` (`the mayor of Lanvergne, Hélène Marchadier, said`). */
function nameInAppositionAfter(doc: Doc, end: number): boolean {
  const {words} = doc
  // Past the rest of a phrase the source scan cut short (`the president of the departmental chamber of agriculture,
  // Jean-Marc Roussel`).
  let at = end
  while (at < words.length && at - end < 8 && /^\s$/.test(doc.gaps[at]!) && words[at]!.sentence === words[end - 1]!.sentence) at++
  return at + 1 < words.length && appositionNameAfter(doc, at) && isCapitalised(words[at + 1]!)
}

/** Offices one person holds that need their modifier: `the district administrator` (German *Landrat*), `the police chief`. */
const singleHolderCompounds: ReadonlySet<string> = new Set(['district administrator', 'district head', 'district chief', 'police chief', 'fire chief', 'village head', 'county head', 'county chief', 'township head', 'port master', 'harbour master', 'harbor master', 'council chairman', 'council chairwoman', 'council chair', 'council president', 'council speaker', 'chief engineer', 'chief physician', 'head physician'])
/** Company forms written before the name (`JSC Zlatoteplo`, `PT Angkutan Laut`, `OOO Teplo`). */
const companyForms: ReadonlySet<string> = new Set(['jsc', 'ojsc', 'pjsc', 'cjsc', 'ooo', 'oao', 'zao', 'pao', 'llc', 'pt', 'cv', 'ud', 'tbk'])
// "The bureau chief", "the section head": the one head of a unit; an earlier `section chief` is another office.
const officeUnits: ReadonlySet<string> = new Set(['bureau', 'section', 'department', 'division', 'office', 'unit', 'branch', 'desk', 'directorate'])
const unitHeads: ReadonlySet<string> = new Set(['chief', 'head', 'director', 'manager'])
// Also `the regional assessor` (Italian *assessore*): named without the portfolio, no reader can tell which one.
/** Russian and Ukrainian patronymics (`Valentinovich`, `Sergeyevna`, `Nikitichna`). */
const patronymic = /^\p{L}{3,}(?:ovich|evich|yevich|ovna|evna|yevna|ichna|inichna)$/u
/** What a company named `X for …` does, as its name's last word ("Al-Wafa for Contracting and General Trading"). */
const industryWords: ReadonlySet<string> = new Set(['trading', 'contracting', 'industries', 'industry', 'investment', 'investments', 'construction', 'development', 'services', 'transport', 'logistics', 'commerce', 'engineering', 'manufacturing', 'import', 'export', 'tourism', 'real estate'])
/** Offices that govern a place: the capitalised words after `the governor of` name the place (`Wadi Qamar`), not a person. */
const placeOffices: ReadonlySet<string> = new Set(['mayor', 'mayoress', 'governor', 'regent', 'prefect', 'burgomaster', 'bourgmestre', 'intendente', 'landrat', 'muhtar', 'muhafiz', 'wali', 'bupati', 'walikota', 'camat'])
const singleHolderOffices: ReadonlySet<string> = new Set(['mediator', 'manager', 'mayor', 'mayoress', 'governor', 'regent', 'prefect', 'minister', 'premier', 'chancellor', 'burgomaster', 'bourgmestre', 'intendente', 'landrat', 'muhtar', 'delegate', 'ombudsman', 'harbourmaster', 'harbormaster', 'headmaster', 'headmistress', 'stationmaster', 'assessor', 'commander', 'captain', 'skipper', 'principal', 'headteacher', 'undersecretary', 'under-secretary'])

/** Whether, after word `end - 1`, a comma and one or two lower-case words close a bracket (`, opposition)`). */
function descriptorCloses(doc: Doc, end: number): boolean {
  if (!/^\s*,\s*$/.test(doc.gaps[end] ?? '')) return false
  for (let index = end; index < Math.min(end + 2, doc.words.length); index++) {
    if (!/^\p{Ll}+$/u.test(doc.words[index]!.value)) return false
    if (/^\s*\)/.test(doc.gaps[index + 1] ?? '')) return true
  }
  return false
}

/** The index of each word norm's first occurrence, per document, built once on first use. */
const firstOccurrences = new WeakMap<Doc, Map<string, number>>()

/** Whether a word with the norm `norm` (any case) comes before word `before`. */
function mentionedBefore(doc: Doc, norm: string, before: number): boolean {
  let first = firstOccurrences.get(doc)
  if (!first) {
    first = new Map()
    doc.words.forEach((word, index) => {
      const key = bareNorm(word)
      if (!first!.has(key)) first!.set(key, index)
    })
    firstOccurrences.set(doc, first)
  }
  const at = first.get(norm)
  return at !== undefined && at < before
}

/** Place names a document states as places, per document: `Lembah Kanti` of `Lembah Kanti Regency` or of a dateline. */
const statedPlaces = new WeakMap<Doc, Set<string>>()

function placesOf(doc: Doc): Set<string> {
  let places = statedPlaces.get(doc)
  if (places) return places
  places = new Set()
  const {words, lex} = doc
  for (let index = 1; index < words.length; index++) {
    const noun = words[index]!
    if (!lex.placeNouns.has(noun.norm) || !isCapitalised(noun)) continue
    // One to three capitalised words right before a capitalised place noun: `Lembah Kanti Regency`.
    let from = index
    while (from > 0 && index - from < 3 && isCapitalised(words[from - 1]!) && !breakBefore(doc, from) && words[from - 1]!.sentence === noun.sentence) from--
    if (from < index) places.add(words.slice(from, index).map((word) => word.norm).join(' '))
  }
  // A dateline's place in capitals: `LEMBAH KANTI (ANTARA) -`.
  const dateline = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2})(?:,[^(\n]{0,40})? \(/u.exec(doc.text)
  if (dateline) places.add(dateline[1]!.toLowerCase())
  statedPlaces.set(doc, places)
  return places
}

/**
 * How many words at `from` name a place the document states elsewhere, leaving at least two names before `end`
 * (`Bupati Lembah Kanti Agus Santoso`: the regent of Lembah Kanti is Agus Santoso), or 0.
 */
function leadingStatedPlace(doc: Doc, from: number, end: number): number {
  const places = placesOf(doc)
  if (places.size === 0) return 0
  for (let count = Math.min(3, end - from - 2); count >= 1; count--) {
    if (places.has(doc.words.slice(from, from + count).map((word) => word.norm).join(' '))) return count
  }
  return 0
}

/** Second particles of a two-particle surname (`van den`, `van der`, `de la`, `von der`). */
const nameParticles = new Set(['den', 'der', 'de', 'la', 'le', 'los', 'las', 'het', 'ten', 'ter'])

/** Fold a name for comparison: lower case, no diacritics, no hyphens or spaces, no honorific dots. */
export function foldName(value: string): string {
  let folded = foldCache.get(value)
  if (folded === undefined) {
    if (foldCache.size >= 20000) foldCache.clear()
    folded = foldNameUncached(value)
    foldCache.set(value, folded)
  }
  return folded
}

const foldCache = new Map<string, string>()

function foldNameUncached(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    // Japanese and Korean honorific suffixes MT keeps ("Ishida-san", "Tanaka-sensei", "Kim-ssi") are not the name.
    .replace(/-(?:san|sama|kun|chan|sensei|senshu|dono|ssi|nim)$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

function stripPossessive(value: string): string {
  const last = value.charCodeAt(value.length - 1)
  // Both patterns end in "s" or "'".
  if (last !== 0x73 && last !== 0x27) return value
  return value.replace(/['\u2019]s$/, '').replace(/s'$/, 's')
}

function isNameToken(doc: Doc, index: number): boolean {
  const word = doc.words[index]!
  if (!isCapitalised(word)) return false
  if (word.norm === 'i' || doc.lex.timeWords.has(word.norm)) return false
  // "work on line B. Verhaeghe deemed": a lone capital after a lower-case noun labels it; it is no initial.
  const previous = doc.words[index - 1]
  if (/^\p{Lu}\.?$/u.test(word.value) && previous && !isCapitalised(previous) && !breakBefore(doc, index) && !doc.lex.titles.has(previous.norm)) return false
  return true
}

const orgConnectors = new Set(['for', 'and', '&'])

/** Whether an organisation word is among words `[from, to)` ("Institute for Economic Studies", "Economics and Business"). */
function orgNear(doc: Doc, from: number, to: number): boolean {
  for (let index = from; index < Math.min(to, doc.words.length); index++) {
    if (doc.words[index]!.sentence !== doc.words[from]!.sentence) break
    if (doc.lex.orgSuffixes.has(bareNorm(doc.words[index]!)) && isCapitalised(doc.words[index]!)) return true
  }
  return false
}

function isSentenceInitial(doc: Doc, index: number): boolean {
  if (doc.sentenceWordStart[doc.words[index]!.sentence] === index) return true
  const gap = doc.gaps[index]!
  if (gap === ' ') return false
  return /[:"\u201C\u201E\u00AB(\u2014\u2013]\s*$/.test(gap) || /\s-\s*$/.test(gap)
}

function personGender(doc: Doc, tokens: readonly string[]): Gender {
  let gender: Gender = 'unknown'
  for (const [index, token] of tokens.entries()) {
    const key = token.toLowerCase()
    // `His Excellency`, `Her Highness`: the possessive before a style is the holder's gender.
    const styled = (key === 'his' || key === 'her') && doc.lex.honorifics.has(tokens[index + 1]?.toLowerCase() ?? '')
    const value = styled ? (key === 'his' ? 'm' : 'f') : (doc.lex.honorifics.get(key) ?? doc.lex.titles.get(key))
    if (value && value !== 'unknown') gender = value
  }
  return gender
}

/** The gender a full name's given name marks (`Claire Mounier`, `Nguyễn Thị Lan`), when no honorific or title did. */
function givenGender(doc: Doc, names: readonly string[]): Gender {
  if (names.length < 2) return 'unknown'
  const given = splitName(doc, names).given?.split(' ') ?? []
  // Every given-name word that marks a gender must agree: `Lestari Hendra Wicaksono`, a company name run into a
  // person's, marks both and decides nothing.
  let gender: Gender = 'unknown'
  for (const word of given) {
    const marked = givenNameGender.get(word.toLowerCase())
    if (!marked) continue
    if (gender !== 'unknown' && gender !== marked) return 'unknown'
    gender = marked
  }
  return gender
}

function splitName(doc: Doc, names: readonly string[]): {family: string; given?: string} {
  if (names.length === 1) return {family: names[0]!}
  const second = names[1]!
  const surnameFirst = /-\p{Ll}/u.test(second) || doc.lex.eastAsianSurnames.has(names[0]!.toLowerCase())
  if (surnameFirst) return {family: names[0]!, given: names.slice(1).join(' ')}
  return {family: names[names.length - 1]!, given: names.slice(0, -1).join(' ')}
}

function acronymOf(words: readonly string[]): string {
  let acronym = ''
  for (const word of words) {
    const lower = word.toLowerCase()
    if (lower === 'of' || lower === 'the' || lower === 'and' || lower === 'for' || lower === 'de' || lower === '&') continue
    const first = word[0]
    if (first && first !== first.toLowerCase()) acronym += first
  }
  return acronym
}

/** Build the mention list and the entities of `doc`. */
export function buildRegistry(doc: Doc): Registry {
  const mentions = findMentions(doc)
  const registry: Registry = {entities: [], mentions, byFamily: new Map(), byTitle: new Map(), byToken: new Map()}
  const byCanonical = new Map<string, number>()
  const acronyms = new Map<string, number>()

  const newEntity = (type: Entity['type'], canonical: string, extra: Partial<EntityRecord> = {}): number => {
    const id = registry.entities.length
    const entity: Entity = {id: `e${id + 1}`, type, canonical, titles: [], gender: 'unknown', introducedByFullName: false, mentions: []}
    registry.entities.push({entity, firstFull: Number.POSITIVE_INFINITY, titleHeads: new Set(), lastMention: -1, ...extra})
    if (type === 'person' && extra.familyKey) indexAdd(registry.byFamily, extra.familyKey, id)
    return id
  }

  const addMention = (id: number, mention: Mention) => {
    const record = registry.entities[id]!
    mention.entity = id
    record.entity.mentions.push({start: mention.start, end: mention.end, text: doc.text.slice(mention.start, mention.end)})
    if (mention.title && !record.entity.titles.includes(mention.title)) record.entity.titles.push(mention.title)
    if (mention.titleHead) {
      record.titleHeads.add(mention.titleHead)
      if (record.entity.type === 'person') indexAdd(registry.byTitle, mention.titleHead, id)
    }
    if (mention.gender !== 'unknown' && record.entity.gender === 'unknown') record.entity.gender = mention.gender
  }

  // Pass 1: full names, organisations and media, in document order.
  for (const mention of mentions) {
    if (mention.kind === 'person-full') {
      const {family, given} = splitName(doc, mention.names)
      const familyKey = foldName(family)
      const givenKey = given ? foldName(given) : undefined
      let id = (registry.byFamily.get(familyKey) ?? []).find((candidate) => {
        const record = registry.entities[candidate]!
        return record.givenKey === givenKey || record.givenKey === undefined
      }) ?? -1
      if (id === -1) {
        id = newEntity('person', mention.names.join(' '), givenKey ? {familyKey, givenKey} : {familyKey})
        const entity = registry.entities[id]!.entity
        entity.family = family
        if (given) entity.given = given
        for (const token of mention.names) if (foldName(token) !== familyKey) indexAdd(registry.byToken, foldName(token), id)
      }
      const record = registry.entities[id]!
      record.firstFull = Math.min(record.firstFull, mention.start)
      record.entity.introducedByFullName = true
      addMention(id, mention)
      // Roles in an apposition ("Hartono's lawyer, Darmawan Saleh," / "Li Ming, a professor at …,") let "the lawyer" link back.
      for (const role of appositionRoles(doc, mention)) if (!(registry.byTitle.get(role) ?? []).includes(id)) indexAdd(registry.byTitle, role, id)
    } else if (mention.kind === 'media' || mention.kind === 'org') {
      const canonical = mention.canonical ?? mention.names.join(' ')
      const key = nameKey(canonical)
      let id = byCanonical.get(key)
      if (id === undefined && mention.kind === 'org' && mention.names.length === 1) id = acronyms.get(mention.names[0]!)
      if (id === undefined) {
        id = newEntity(mention.kind === 'media' ? 'media' : 'org', canonical)
        byCanonical.set(key, id)
        if (mention.names.length >= 2) {
          const acronym = acronymOf(mention.names)
          if (acronym.length >= 2 && !acronyms.has(acronym)) acronyms.set(acronym, id)
        }
      }
      const record = registry.entities[id]!
      record.firstFull = Math.min(record.firstFull, mention.start)
      record.entity.introducedByFullName = true
      addMention(id, mention)
    }
  }

  // Pass 2: surnames and title + surname, linked to the person with that family name.
  for (const mention of mentions) {
    if (mention.kind !== 'person-short' && mention.kind !== 'single') continue
    const family = mention.names[mention.names.length - 1]!
    const id = findPerson(registry, foldName(family), mention.start)
    // "the intercommunal company Sudéau … Sudéau let know": a lone name an organisation was given earlier is it.
    const body = id === undefined && mention.kind === 'single' ? byCanonical.get(nameKey(stripPossessive(doc.words[mention.wordStart]!.value))) : undefined
    if (id !== undefined) addMention(id, mention)
    else if (body !== undefined && registry.entities[body]!.firstFull < mention.start) addMention(body, mention)
    else if (mention.kind === 'person-short') {
      const created = newEntity('person', family, {familyKey: foldName(family)})
      registry.entities[created]!.entity.family = family
      addMention(created, mention)
    }
  }

  // Pass 3: role mentions ("the President") link to the latest person holding that title.
  for (const mention of mentions) {
    if (mention.kind !== 'role' || !mention.titleHead) continue
    const id = latestWithTitle(registry, mention.titleHead, mention.start)
    if (id !== undefined) addMention(id, mention)
  }

  for (const record of registry.entities) record.entity.mentions.sort((a, b) => a.start - b.start)
  return registry
}

/** Lower-case role nouns right before a full name and a comma, or in the comma-delimited apposition after it. */
function appositionRoles(doc: Doc, mention: Mention): string[] {
  const {words, lex} = doc
  const roles: string[] = []
  const sentence = words[mention.wordStart]!.sentence
  if (mention.wordStart > 0 && doc.gaps[mention.wordStart]!.includes(',')) {
    // "the commander of the Volunteer Firefighters of Olmeda, Nuno Barros": the role heading a longer phrase too (its
    // leftmost role word, not the body's).
    let head: string | undefined
    for (let index = mention.wordStart - 1; index >= Math.max(0, mention.wordStart - 9) && words[index]!.sentence === sentence; index--) {
      const norm = bareNorm(words[index]!)
      const role = !isCapitalised(words[index]!) && (lex.personRoles.has(norm) || lex.titles.has(norm))
      if (role && mention.wordStart - index <= 3 && lex.personRoles.has(norm)) roles.push(norm)
      if (role) head = norm
      if (breakBefore(doc, index)) break
    }
    if (head !== undefined && !roles.includes(head)) roles.push(head)
  }
  // An age between the name and its apposition ("Maimunah (52), a fish seller", "Maimunah, 52, a fish seller").
  let after = mention.wordEnd
  if (after < words.length && /^\d{1,3}$/.test(words[after]!.value) && /[(,]/.test(doc.gaps[after]!)) after++
  if (after < words.length && doc.gaps[after]!.includes(',')) {
    for (let index = after; index < Math.min(words.length, after + 8) && words[index]!.sentence === sentence; index++) {
      if (index > after && breakBefore(doc, index)) break
      const norm = bareNorm(words[index]!)
      if (!isCapitalised(words[index]!) && lex.personRoles.has(norm)) roles.push(norm)
    }
  }
  return roles
}

/**
 * The person a one-word mention names: by family name, else by any other
 * word of a full name ("Rudi" for Rudi Setiawan: Indonesian press uses given
 * names; "Garza" for Ricardo Garza Treviño).
 */
export function findPerson(registry: Registry, key: string, offset: number): number | undefined {
  return findByIndex(registry, registry.byFamily, key, offset) ?? findByIndex(registry, registry.byToken, key, offset)
}

function findByIndex(registry: Registry, index: Map<string, number[]>, familyKey: string, offset: number): number | undefined {
  let best: number | undefined
  let bestOffset = -1
  let later: number | undefined
  let laterOffset = Number.POSITIVE_INFINITY
  for (const id of index.get(familyKey) ?? []) {
    const record = registry.entities[id]!
    let last = -1
    let first = Number.POSITIVE_INFINITY
    for (const mention of record.entity.mentions) {
      if (mention.start < offset) last = Math.max(last, mention.start)
      else first = Math.min(first, mention.start)
    }
    if (record.firstFull < offset) last = Math.max(last, record.firstFull)
    if (last >= 0 && last > bestOffset) {
      best = id
      bestOffset = last
    } else if (last < 0 && Math.min(first, record.firstFull) < laterOffset) {
      later = id
      laterOffset = Math.min(first, record.firstFull)
    }
  }
  return best ?? later
}

export function latestWithTitle(registry: Registry, head: string, offset: number): number | undefined {
  let best: number | undefined
  let bestOffset = -1
  for (const id of registry.byTitle.get(head) ?? []) {
    const record = registry.entities[id]!
    for (const mention of record.entity.mentions) {
      if (mention.start < offset && mention.start > bestOffset) {
        best = id
        bestOffset = mention.start
      }
    }
  }
  return best
}

/** Mentions of names, titles, organisations and media, in document order. */
function findMentions(doc: Doc): Mention[] {
  const {words, lex} = doc
  const mentions: Mention[] = []
  let index = 0
  while (index < words.length) {
    if (!isNameToken(doc, index)) {
      index++
      continue
    }
    let start = index
    let end = index + 1
    // "People's" inside a name ("Hanoi People's Committee", "People's Daily") does not end it.
    while (end < words.length && words[end]!.sentence === words[start]!.sentence && !breakBefore(doc, end) && doc.quoteOf[end] === doc.quoteOf[start] && (!isPossessive(words[end - 1]!) || (words[end - 1]!.norm === "people's" && end - 1 > start))) {
      if (isNameToken(doc, end)) end++
      else if (nameConnectors.has(words[end]!.norm) && end + 1 < words.length && isNameToken(doc, end + 1) && !breakBefore(doc, end + 1) && words[end + 1]!.sentence === words[start]!.sentence && !(words[end]!.norm === 'of' && personLike(doc, start, end))) end += 2
      // Two particles: "Willem van den Berg", "Maria de la Cruz", "Ana dos Santos" is above.
      else if (end + 2 < words.length && surnameParticles.has(words[end]!.norm) && nameParticles.has(words[end + 1]!.norm) && isNameToken(doc, end + 2) && !breakBefore(doc, end + 1) && !breakBefore(doc, end + 2) && words[end + 2]!.sentence === words[start]!.sentence) end += 3
      else if (orgConnectors.has(words[end]!.norm) && end + 1 < words.length && isNameToken(doc, end + 1) && !breakBefore(doc, end + 1) && orgNear(doc, start, end + 4) && !personLike(doc, start, end)) end += 2
      else break
    }
    // A capitalised common word opening a sentence is not part of a name.
    while (start < end && isSentenceInitial(doc, start) && start === index) {
      const word = words[start]!
      const norm = bareNorm(word)
      const titled = lex.titles.has(norm) || lex.honorifics.has(norm) || lex.media.has(norm)
      // `Van den Berg added`: a surname's particle opening the sentence belongs to the name.
      if (surnameOpeners.has(word.value) && end - start >= 2) break
      if (lex.sentenceOpeners.has(norm) || (!titled && lex.commonWords.has(norm) && (end - start === 1 || lex.commonWords.has(bareNorm(words[start + 1]!))))) start++
      else break
    }
    if (start < end) classifyRun(doc, start, end, mentions)
    index = end
  }
  return mentions
}

/** Words `[start, end)` look like a person's name: two or more, none a title, an organisation word or a common word ("Jens Albrecht" of Port of Hamburg Marketing). */
function personLike(doc: Doc, start: number, end: number): boolean {
  if (end - start < 2) return false
  const {words, lex} = doc
  for (let index = start; index < end; index++) {
    const norm = bareNorm(words[index]!)
    // "Maarten de Kruijf", "Willem van den Berg": lower-case particles inside the name.
    if (index > start && index < end - 1 && surnameParticles.has(words[index]!.value)) continue
    if (lex.orgSuffixes.has(norm) || lex.titles.has(norm) || lex.commonWords.has(norm) || lex.media.has(norm) || lex.honorifics.has(norm) || isAcronym(words[index]!)) return false
  }
  return true
}

function runText(doc: Doc, start: number, end: number): string {
  return stripPossessive(doc.text.slice(doc.words[start]!.start, doc.words[end - 1]!.end))
}

/** The values of words `[start, end)` without possessive endings. */
function wordValues(doc: Doc, start: number, end: number): string[] {
  const values: string[] = []
  for (let index = start; index < end; index++) values.push(stripPossessive(doc.words[index]!.value))
  return values
}

function makeMention(doc: Doc, start: number, end: number, kind: MentionKind, extra: Partial<Mention> = {}): Mention {
  const {words} = doc
  const names = extra.names ?? wordValues(doc, start, end)
  const mention: Mention = {
    start: words[start]!.start,
    end: words[end - 1]!.end - (isPossessive(words[end - 1]!) && words[end - 1]!.norm.endsWith("'s") ? 2 : 0),
    wordStart: start,
    wordEnd: end,
    kind,
    names,
    gender: extra.gender && extra.gender !== 'unknown' ? extra.gender : kind === 'person-full' ? givenGender(doc, names) : 'unknown',
    inQuote: doc.quoteOf[start] !== -1,
    modifier: isPossessive(words[end - 1]!) && end < words.length && !breakBefore(doc, end) && !isCapitalised(words[end]!),
    paragraph: doc.paragraphOf[start]!
  }
  if (extra.title !== undefined) mention.title = extra.title
  if (extra.titleHead !== undefined) mention.titleHead = extra.titleHead
  if (extra.canonical !== undefined) mention.canonical = extra.canonical
  return mention
}

/**
 * Whether a media name may start at word `index`: the key of any run from
 * there (see `nameKey`) starts with the word itself, lower-cased, unless the
 * word is "the" (stripped) or the run is that one word (possessive stripped).
 */
function mayStartMedia(doc: Doc, index: number): boolean {
  const word = doc.words[index]!
  const value = word.value
  // `norm` is the lower-cased value with apostrophes folded: the same when it has none.
  let lower = word.norm
  if (lower.includes("'")) {
    lower = value.toLowerCase()
    if (lower.includes('\u2018') || lower.includes('\u2019')) lower = lower.replace(/[\u2018\u2019]/g, "'")
  }
  // A closing apostrophe may lose to a possessive "'s" stripped off the run.
  if (lower === 'the' || lower.endsWith("'")) return true
  const prefixes = doc.lex.mediaPrefixes
  if (prefixes.has(lower)) return true
  // The run of this one word alone, possessive stripped (only differs from `lower` when there is one).
  const stripped = stripPossessive(value)
  return stripped !== value && prefixes.has(nameKey(stripped))
}

function classifyRun(doc: Doc, start: number, end: number, mentions: Mention[]): void {
  const {words, lex} = doc
  // Media names first (longest match), the rest in segments.
  let segmentStart = start
  let index = start
  while (index < end) {
    let matched = 0
    let canonical: string | undefined
    for (let length = mayStartMedia(doc, index) ? Math.min(lex.mediaMaxWords, end - index) : 0; length >= 1; length--) {
      const key = nameKey(runText(doc, index, index + length))
      const hit = lex.media.get(key)
      if (hit) {
        // A one-word alias must be written as in the list (acronyms in capitals).
        if (length === 1 && !isCapitalised(words[index]!)) continue
        if (length === 1 && lex.mediaAcronyms.has(key) && !isAcronym(words[index]!)) continue
        matched = length
        canonical = hit
        break
      }
    }
    if (matched > 0 && canonical) {
      if (segmentStart < index) classifySegment(doc, segmentStart, index, mentions)
      mentions.push(makeMention(doc, index, index + matched, 'media', {canonical}))
      index += matched
      segmentStart = index
    } else {
      index++
    }
  }
  if (segmentStart < end) classifySegment(doc, segmentStart, end, mentions)
}

/** Lower-cased texts of the organisation mentions in `mentions`, kept up to date as the list grows (read per segment). */
const orgNames = new WeakMap<Mention[], {seen: number; names: Set<string>}>()

function orgNamesSoFar(doc: Doc, mentions: Mention[]): ReadonlySet<string> {
  let cache = orgNames.get(mentions)
  if (!cache) {
    cache = {seen: 0, names: new Set()}
    orgNames.set(mentions, cache)
  }
  for (; cache.seen < mentions.length; cache.seen++) {
    const mention = mentions[cache.seen]!
    if (mention.kind === 'org') cache.names.add(doc.text.slice(mention.start, mention.end).toLowerCase())
  }
  return cache.names
}

// Within a few words before a name: `Công ty TNHH`, `Công ty Cổ phần`, `Tập đoàn` (a Vietnamese company or group).
const vietnameseCompanyBefore = /(?:\bCông ty|\bTNHH|\bCổ phần|\bTập đoàn)(?:[ \u00A0]+[\p{L}&]+){0,3}[ \u00A0]+$/u

/** A German or Dutch compound naming a body by its head noun (`Rijkswaterstaat`, `Umweltbundesamt`, `Wasserverband`). */
const germanicBodyCompound = /^\p{L}{4,}(?:staat|bundesamt|amt|dienst|verband|kammer|ministerium|gemeente|gemeinde|waterschap|politie|polizei|werke)$/u

const capitalisedParticles: ReadonlySet<string> = new Set(['Le', 'La', 'De', 'Du', 'Van', 'Von', 'Di', 'Da', 'Del', 'Della', 'Dos', 'Das'])
/** Particles that open a surname written without its given name (`Van Rijckevorsel`); not `La` (`La Paz`), `Dos`, `Das`. */
const surnameOpeners: ReadonlySet<string> = new Set([...capitalisedParticles].filter((particle) => !['La', 'Dos', 'Das'].includes(particle)))

const arabicNamePrefix = /^(?:Al|El|Ul|Abu|Abd|Bin|Ibn|Ben|Ould|Ag|Ait)-\p{Lu}\p{Ll}+$/u

/** `/^\p{Lu}[\p{L}]*[-.]?\p{Lu}/u`: a capital, letters, maybe a hyphen or dot, then another capital ("E-Control", "McKinsey"). */
function hasInnerCapital(value: string): boolean {
  // Arabic and Berber name particles (`Al-Shammari`, `Abu-Bakr`, `Ould-Abdallah`) are a person's name, not a brand.
  if (arabicNamePrefix.test(value)) return false
  // Plain ASCII with fewer than two capitals cannot match: skip the regular expression.
  let capitals = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80) return /^\p{Lu}[\p{L}]*[-.]?\p{Lu}/u.test(value)
    if (code >= 0x41 && code <= 0x5a) capitals++
  }
  return capitals >= 2 && /^\p{Lu}[\p{L}]*[-.]?\p{Lu}/u.test(value)
}

/**
 * Words `[start, end)` name a place, not a person: opened by a place word
 * ("Tanjung Batu"), after a place noun and `of` ("the parish of Souto Alto"),
 * or ending in a bare capital letter ("Line B", "Terminal C": initials of
 * people carry a dot).
 */
function isPlaceName(doc: Doc, start: number, end: number, norms: readonly string[]): boolean {
  const {words, lex} = doc
  if (norms.length >= 2 && lex.placeOpeners.has(norms[0]!)) return true
  const last = words[end - 1]!
  if (norms.length >= 2 && /^\p{Lu}$/u.test(last.value)) return true
  const of = words[start - 1]
  const noun = words[start - 2]
  if (of === undefined || noun === undefined || of.norm !== 'of' || breakBefore(doc, start) || breakBefore(doc, start - 1)) return false
  if (lex.placeNouns.has(noun.norm) && !isCapitalised(noun)) return true
  // "The Governor of Wadi Qamar, Adnan Barakat,": a short run closed by punctuation after a place's office.
  // (One word after it is already read as a place where the phrase is resolved.)
  return placeOffices.has(bareNorm(noun)) && norms.length >= 2 && norms.length <= 3 && (end >= words.length || /\S/.test(doc.gaps[end]!))
}

/** Whether a comma and a capitalised name follow word `end` (an apposition naming a person). */
/** A lower-case role word (`chairman`, `deputy`) within eight words left of word `from` in one unbroken run, or undefined. */
function roleEarlierInPhrase(doc: Doc, from: number): string | undefined {
  const {words, lex} = doc
  const sentence = words[from + 1]?.sentence
  for (let back = from, steps = 0; back >= 0 && steps < 8 && !breakBefore(doc, back + 1) && words[back]!.sentence === sentence; back--, steps++) {
    const norm = bareNorm(words[back]!)
    if (lex.titles.has(norm) || lex.personRoles.has(norm)) return norm
  }
  return undefined
}

function appositionNameAfter(doc: Doc, end: number): boolean {
  const next = doc.words[end]
  return next !== undefined && doc.gaps[end]!.includes(',') && isCapitalised(next) && next.sentence === doc.words[end - 1]!.sentence
}

function classifySegment(doc: Doc, start: number, end: number, mentions: Mention[]): void {
  const {words, lex} = doc
  const norms: string[] = []
  for (let index = start; index < end; index++) norms.push(bareNorm(words[index]!))
  // `Tan Hoa commune` … `a farmer in Tan Hoa`: a name the text already used for a place or body stays one.
  const written = doc.text.slice(words[start]!.start, words[end - 1]!.end)
  if (end - start >= 2 && orgNamesSoFar(doc, mentions).has(written.toLowerCase())) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: written}))
    return
  }
  // "Công ty TNHH Dệt nhuộm Hòa Phong" (a Vietnamese company's name left untranslated: *Công ty TNHH*, a limited
  // company, then its trade and name): the name after the company form is the company's.
  if (vietnameseCompanyBefore.test(doc.text.slice(Math.max(0, words[start]!.start - 48), words[start]!.start))) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: written}))
    return
  }
  // "the Vigilance Lorne collective": after `the`, a name that modifies a body noun names that body.
  const bodyNoun = words[end]
  if (bodyNoun && words[start - 1]?.norm === 'the' && !breakBefore(doc, start) && !isCapitalised(bodyNoun) && !breakBefore(doc, end) && bodyNoun.sentence === words[start]!.sentence && (lex.orgNouns.has(bodyNoun.norm) || lex.orgSuffixes.has(bodyNoun.norm))) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: written}))
    return
  }
  // "Al-Wafa for Contracting and General Trading" (an Arabic company name: *الوفاء للمقاولات والتجارة العامة*): a name,
  // `for`, and what the company does, ending in an industry word; a title inside (`General`) titles nobody.
  const forAt = norms.indexOf('for')
  if (forAt > 0 && end - start - forAt >= 2 && industryWords.has(norms[norms.length - 1]!) && isCapitalised(words[end - 1]!)) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: written}))
    return
  }
  // "1,2 Millionen Euro": capitalised words right after an amount with a decimal mark are its unit, nobody's name (a
  // plain number may still come before one: "the school No. 4 Lapteva", "in 2019 Angela Merkel").
  const runStart = words[start]!.start
  if (/(?:^|[^\d.,])\d{1,3}[.,]\d{1,2}[ \u00A0]$/.test(doc.text.slice(Math.max(0, runStart - 12), runStart))) return
  // "Chairman of the fishermen group Bina Laut Yohanes Bato", "Coordinator of Coastal Watch Lamara Dewi Anggraini", "JSC
  // Zlatoteplo Pavel Gusev" (Russian *АО «Златотепло» Павел Гусев*): a body's name of two or more words (inside a role
  // phrase, after a title and `of`, or after a company's form), then a known given name and a surname: the person.
  const wordBefore = start > 0 ? words[start - 1]! : undefined
  const titled = (lex.titles.has(norms[0]!) || lex.personRoles.has(norms[0]!)) && norms[1] === 'of'
  const insideRole = wordBefore !== undefined && !isCapitalised(wordBefore) && !breakBefore(doc, start) && wordBefore.sentence === words[start]!.sentence
  // "Chairman of the provincial UBND Hoàng Minh Đức" (Vietnamese *Chủ tịch UBND tỉnh Hoàng Minh Đức*): a body's
  // acronym, then a full Vietnamese name of three or four syllables opened by a surname.
  if (end - start >= 4 && end - start <= 5 && isAcronym(words[start]!) && lex.eastAsianSurnames.has(foldName(norms[1]!)) && norms.slice(1).every((norm, offset) => isCapitalised(words[start + 1 + offset]!) && !lex.titles.has(norm) && !lex.orgSuffixes.has(norm) && !lex.commonWords.has(norm) && !isAcronym(words[start + 1 + offset]!))) {
    mentions.push(makeMention(doc, start, start + 1, 'org', {canonical: runText(doc, start, start + 1)}))
    mentions.push(makeMention(doc, start + 1, end, 'person-full', {names: wordValues(doc, start + 1, end)}))
    return
  }
  const companyForm = isAcronym(words[start]!) && companyForms.has(norms[0]!)
  if (end - start >= 4 && (titled || insideRole || companyForm)) {
    const personStart = end - 2
    const body = norms.slice(titled ? 2 : 0, personStart - start)
    if (body.length >= 2 && givenNameGender.has(norms[personStart - start]!) && body.every((norm) => !givenNameGender.has(norm) && !lex.titles.has(norm) && !lex.honorifics.has(norm)) && isCapitalised(words[end - 1]!) && !lex.orgSuffixes.has(norms[norms.length - 1]!)) {
      if (titled) {
        mentions.push(makeMention(doc, personStart, end, 'person-full', {names: wordValues(doc, personStart, end), title: runText(doc, start, personStart), titleHead: norms[0]!}))
      } else {
        mentions.push(makeMention(doc, start, personStart, 'org', {canonical: runText(doc, start, personStart)}))
        mentions.push(makeMention(doc, personStart, end, 'person-full', {names: wordValues(doc, personStart, end)}))
      }
      return
    }
  }
  // "the Karangwulu Fishermen's Forum": a possessive run before a capitalised body noun is part of the body's name.
  const owner = words[end - 1]!
  const body = words[end]
  if (isPossessive(owner) && body && isCapitalised(body) && body.sentence === owner.sentence && (lex.orgSuffixes.has(bareNorm(body)) || lex.orgNouns.has(bareNorm(body)))) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end)}))
    return
  }
  // "Cau Giay district", "Osaka prefecture": a name followed by a lower-case place or organisation noun is a place.
  const after = words[end]
  if (after && !isCapitalised(after) && !breakBefore(doc, end) && after.sentence === words[start]!.sentence && lex.orgSuffixes.has(bareNorm(after)) && !lex.titles.has(norms[norms.length - 1]!)) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end)}))
    return
  }
  // "Pierre Lambert (Citizen Movement)", "a councillor of the opposition (Vauclerc Autrement)", "Bertrand Aubignac
  // (Valmérac Together, opposition)": a bracketed name
  // after a person's name or role is their party or body.
  const before = words[start - 1]
  if (before && /\(\s*$/.test(doc.gaps[start]!) && (isCapitalised(before) || end - start >= 2) && (/^\s*\)/.test(doc.gaps[end] ?? '') || descriptorCloses(doc, end))) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end)}))
    return
  }
  // "… of Tanjung Rimba Ratna Kusumawardani": a place word and its name, then a person's full name.
  if (norms.length >= 4 && lex.placeOpeners.has(norms[0]!)) {
    mentions.push(makeMention(doc, start, start + 2, 'org', {canonical: runText(doc, start, start + 2)}))
    classifySegment(doc, start + 2, end, mentions)
    return
  }
  // A place the document states as one (`in Lembah Kanti` after `Lembah Kanti Regency`), or a body named by its head
  // word in the source language (`Puskesmas Batu Ampar`, `Hochschule Wiesenbrück`): no person.
  if ((norms.length <= 3 && placesOf(doc).has(norms.join(' '))) || (norms.length >= 2 && norms.length <= 4 && bodyHeads.has(norms[0]!))) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end)}))
    return
  }
  if (isPlaceName(doc, start, end, norms)) {
    // "the director general of the municipality of Al-Rimal Khalid Al-Mansouri": the place, then the person's own
    // two names (no particle in the run).
    const personAfter = norms.length >= 3 && norms.length <= 5 && !lex.placeOpeners.has(norms[0]!) && norms.every((norm, offset) => isCapitalised(words[start + offset]!) && !lex.orgSuffixes.has(norm) && !lex.commonWords.has(norm))
    if (personAfter) {
      mentions.push(makeMention(doc, start, end - 2, 'org', {canonical: runText(doc, start, end - 2)}))
      classifySegment(doc, end - 2, end, mentions)
      return
    }
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end)}))
    return
  }
  const isTitle = (norm: string) => lex.titles.has(norm) || lex.honorifics.has(norm)
  const nameLikeAt = (offset: number) => {
    const norm = norms[offset]!
    return !isTitle(norm) && !lex.orgSuffixes.has(norm) && !lex.notNames.has(norm) && !lex.timeWords.has(norm) && !nameConnectors.has(norm) && !isAcronym(words[start + offset]!) && !(lex.commonWords.has(norm) && !/-/.test(norm))
  }
  // The name is the longest run of name-like words at the end; what comes before describes it.
  // A lower-case particle between name words belongs to the name ("Maarten de Kruijf", "Ana dos Santos"), but not
  // after the head noun of an institution ("Politecnico di Milano", "Banco de España").
  // A capitalised particle inside the name counts too (Breton and French `Yannick Le Béric`, `Marine Le Pen`).
  // Particles chain (`Willem van den Berg`): the word before is a name word or another particle.
  const particleAt = (offset: number): boolean => offset > 0 && (surnameParticles.has(words[start + offset]!.value) || (offset < norms.length - 1 && capitalisedParticles.has(words[start + offset]!.value))) && (nameLikeAt(offset - 1) || particleAt(offset - 1)) && !institutionHeads.has(norms[0]!)
  let nameFrom = norms.length
  while (nameFrom > 0 && (nameLikeAt(nameFrom - 1) || (nameFrom < norms.length && particleAt(nameFrom - 1)))) nameFrom--
  // "Environment Service of Tanjung Rimba Ratna Kusumawardani": a place word inside the trailing names opens a
  // place; what follows it is the person, what precedes it the body they head.
  for (let offset = Math.max(nameFrom, 1); offset + 3 < norms.length; offset++) {
    if (!lex.placeOpeners.has(norms[offset]!)) continue
    let bodyEnd = start + offset
    while (bodyEnd > start && nameConnectors.has(words[bodyEnd - 1]!.norm)) bodyEnd--
    // "Regent of Sungai Lirang Hendra Saputra": a bare title before the place is the person's, not a body.
    const personStart = start + offset + 2
    const bareTitle = bodyEnd - start <= 2 && end - personStart >= 2 && end - personStart <= 4 ? norms.slice(0, bodyEnd - start).reverse().find(isTitle) : undefined
    if (!bareTitle && bodyEnd > start) classifySegment(doc, start, bodyEnd, mentions)
    mentions.push(makeMention(doc, start + offset, personStart, 'org', {canonical: runText(doc, start + offset, personStart)}))
    if (bareTitle) mentions.push(makeMention(doc, personStart, end, 'person-full', {names: wordValues(doc, personStart, end), title: runText(doc, start, personStart), titleHead: bareTitle, gender: personGender(doc, norms.slice(0, bodyEnd - start))}))
    else classifySegment(doc, personStart, end, mentions)
    return
  }
  let titleAt = -1
  for (let offset = 0; offset < nameFrom; offset++) if (isTitle(norms[offset]!)) titleAt = offset
  const orgAt = norms.findIndex((norm, offset) => offset < nameFrom && lex.orgSuffixes.has(norm))
  const nameCount = norms.length - nameFrom
  // A lower-case role right before the run ("spokesman Jeon Ha-kyu") or an organisation noun ("the supplier Sotralor").
  let roleBefore: string | undefined
  let orgBefore = false
  const previous = words[start - 1]
  if (previous && !isCapitalised(previous) && previous.sentence === words[start]!.sentence && !breakBefore(doc, start)) {
    if (lex.titles.has(previous.norm) || lex.personRoles.has(previous.norm)) roleBefore = previous.norm
    // Not before a given name and a surname: "producer Osman Çelik" is a farmer, "the supplier Sotralor" a firm.
    else if ((lex.orgNouns.has(previous.norm) || lex.orgSuffixes.has(previous.norm)) && !(norms.length >= 2 && norms.length <= 3 && givenNameGender.has(norms[0]!) && !lex.orgSuffixes.has(norms[norms.length - 1]!))) orgBefore = true
  }
  // "The Governor of Ras Hanoun, Khalid Saeed,": the name in apposition holds the office before the place's comma.
  // Also past a rank before the name: "The Governor of the Northern Sahel Governorate, Major General Khalid Al-Nuaimi,".
  let named = start
  while (named > 0 && start - named < 3 && !breakBefore(doc, named) && lex.titles.has(words[named - 1]!.norm) && isCapitalised(words[named - 1]!)) named--
  if (!roleBefore && named >= 3 && /^\s*,\s*$/.test(doc.gaps[named] ?? '')) {
    let at = named - 1
    while (at > 0 && named - at <= 7 && words[at]!.sentence === words[start]!.sentence && (isCapitalised(words[at]!) || words[at]!.norm === 'the') && words[at]!.norm !== 'of') at--
    const title = at >= 1 && words[at]!.norm === 'of' ? bareNorm(words[at - 1]!) : ''
    if (title && (lex.titles.has(title) || lex.personRoles.has(title)) && !lex.orgSuffixes.has(title)) roleBefore = title
  }
  // "The company, Aguas del Riberal, said": a name in apposition to an organisation noun names the organisation.
  const determiner = words[start - 2]
  // Only when that noun phrase opens the sentence: in "The delegate of the union in the company, Rubén Calvo," the
  // name is the delegate's.
  const opensSentence = start >= 2 && doc.sentenceWordStart[words[start - 2]!.sentence] === start - 2
  if (previous && determiner && opensSentence && /^\s*,\s*$/.test(doc.gaps[start]!) && lex.orgNouns.has(previous.norm) && !isCapitalised(previous) && (determiner.norm === 'the' || determiner.norm === 'its' || determiner.norm === 'their') && previous.sentence === words[start]!.sentence && /,/.test(doc.gaps[end] ?? '')) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end)}))
    return
  }
  // "the chairman of the mine trade union Gennady Ryabov" (Russian word order): with a role earlier in the same phrase,
  // the names after the body are the person, unless the person's name follows in an apposition ("the spokesman of
  // the platform Natzaret Viu, Andreu Climent").
  // Not when the run ends in a common English word (`the opposition group Valmérac Together`): a body's name. Given
  // names are often English words (`Marina Kovrigina`, `Grace Mwangi`), surnames rarely.
  const last = norms[norms.length - 1]!
  if (orgBefore && end - start >= 2 && end - start <= 3 && !appositionNameAfter(doc, end) && !(lex.commonWords.has(last) || (last.length >= 6 && isDictionaryWord(last)))) {
    const role = roleEarlierInPhrase(doc, start - 2)
    if (role !== undefined) {
      orgBefore = false
      roleBefore = role
    }
  }
  const prefix = nameFrom > 0 ? runText(doc, start, start + nameFrom) : undefined

  // "Mr. Phạm Đức Long": an honorific before such a name (Vietnamese *ông* rendered `Mr.`), whose syllables may be
  // English words ("Long").
  if (norms.length >= 3 && norms.length <= 5 && lex.honorifics.has(norms[0]!) && lex.eastAsianSurnames.has(foldName(norms[1]!)) && norms.every((norm, offset) => offset === 0 || (!isTitle(norm) && !lex.orgSuffixes.has(norm) && !lex.timeWords.has(norm) && !isAcronym(words[start + offset]!)))) {
    mentions.push(makeMention(doc, start, end, 'person-full', {names: wordValues(doc, start + 1, end), title: runText(doc, start, start + 1), titleHead: norms[0]!, gender: personGender(doc, [words[start]!.norm])}))
    return
  }
  const beforeName = nameFrom > 0 ? norms[nameFrom - 1]! : ''
  // "… (Disnaker) of Lengkong Islands Ratna Dewi Lubis": after an organisation or a place, two or more name words are the person.
  const splitsAtOrg = nameCount >= 2 && ((orgAt >= 0 && (lex.orgSuffixes.has(beforeName) || isAcronym(words[start + nameFrom - 1]!))) || lex.placeNouns.has(beforeName))
  // "Mayor of Merawan Irwan Setiadi" (Indonesian *Wali Kota Merawan Irwan Setiadi* with `of`): a title, `of`, a place,
  // then the person's own two names.
  if (titleAt >= 0 && beforeName === 'of' && nameCount >= 3 && nameCount <= 5 && norms.slice(nameFrom).every((norm) => !lex.commonWords.has(norm))) {
    const personStart = end - 2
    classifySegment(doc, start, personStart, mentions)
    mentions.push(makeMention(doc, personStart, end, 'person-full', {names: wordValues(doc, personStart, end), title: runText(doc, start, personStart), titleHead: norms[titleAt]!, gender: personGender(doc, norms.slice(0, nameFrom))}))
    return
  }
  // "the General Union of Port Workers": a title word opening a body's name (`General`) titles nobody; one word after
  // the body noun is the rest of the name.
  if (titleAt >= 0 && orgAt > titleAt && nameCount <= 1 && !splitsAtOrg) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end).replace(/^the\s+/i, '')}))
    return
  }
  // "Commission B of DPRD Teluk Ambar": a name a place word opens (*Teluk*, a bay) is the body's place, not a person.
  if (nameCount >= 2 && lex.placeOpeners.has(norms[nameFrom]!)) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end)}))
    return
  }
  if (nameCount > 0 && !nameConnectors.has(beforeName) && !orgConnectors.has(beforeName) && (titleAt >= 0 || splitsAtOrg)) {
    // "NIS Director Cho Tae-yong", "Head of State Prabowo Subianto", "Mr. Cho", "Monetary Management Department Edi Susanto".
    // "The deputy of the regional Duma Nikolai Gromov": the role earlier in the phrase is the person's title.
    // An office named before the apposition outranks a rank in the name for later bare titles ("The Governor of …,
    // Major General Khalid Al-Nuaimi," … "the Governor said").
    const titleHead = roleBefore ?? (titleAt >= 0 ? norms[titleAt]! : splitsAtOrg ? roleEarlierInPhrase(doc, start - 1) : undefined)
    // The place an Indonesian office names before the holder (*Bupati Lembah Kanti Agus Santoso*) is the title's.
    nameFrom += leadingStatedPlace(doc, start + nameFrom, end)
    const prefix = nameFrom > 0 ? runText(doc, start, start + nameFrom) : undefined
    const titleNorms: string[] = []
    for (let index = start; index < start + nameFrom; index++) titleNorms.push(words[index]!.norm)
    const gender = personGender(doc, titleNorms)
    const names = wordValues(doc, start + nameFrom, end)
    const honorificOnly = titleAt === 0 && nameFrom === 1 && lex.honorifics.has(norms[0]!)
    const extra: Partial<Mention> = {gender, names}
    if (!honorificOnly && prefix) extra.title = prefix
    if (!honorificOnly && titleHead) extra.titleHead = titleHead
    // "The Governor of Wadi Sahil, Dr. Nabil Al-Qasimi,": the office before the apposition is the title, not the honorific.
    if (honorificOnly && roleBefore) {
      extra.title = roleBefore
      extra.titleHead = roleBefore
    }
    mentions.push(makeMention(doc, start, end, names.length >= 2 ? 'person-full' : 'person-short', extra))
    return
  }
  if (nameCount === 0 && titleAt >= 0) {
    // "Wang Bureau Chief": a surname before its title (Chinese and Japanese order).
    const last = norms.length - 1
    if (titleAt === last && norms.length >= 2 && !lex.orgSuffixes.has(norms[0]!) && !isTitle(norms[0]!) && !lex.notNames.has(norms[0]!) && !isAcronym(words[start]!) && !lex.commonWords.has(norms[0]!)) {
      const names = [stripPossessive(words[start]!.value)]
      mentions.push(makeMention(doc, start, end, 'person-short', {names, title: runText(doc, start + 1, end), titleHead: norms[last]!}))
      return
    }
    if (orgAt >= 0 && orgAt > titleAt) {
      mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end).replace(/^the\s+/i, '')}))
      return
    }
    const titleHead = norms[titleAt]!
    if (!lex.honorifics.has(titleHead)) mentions.push(makeMention(doc, start, end, 'role', {title: runText(doc, start, end), titleHead, gender: personGender(doc, norms), names: []}))
    return
  }
  if (orgAt >= 0 || (norms.length >= 2 && lex.orgSuffixes.has(norms[norms.length - 1]!))) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end).replace(/^the\s+/i, '')}))
    return
  }
  const count = end - start
  // "Nguyen Van Thanh", "Le Minh Tuan": an East-Asian surname opening two to four capitalised words is a full name,
  // whatever its syllables mean in English ("Van", "Le" are not connectors here).
  // Vietnamese names keep their tone marks (`Phạm Đức Long`): the list is matched without them.
  if (count >= 2 && count <= 4 && (lex.eastAsianSurnames.has(norms[0]!) || lex.eastAsianSurnames.has(foldName(norms[0]!))) && !orgBefore && !norms.some((norm, offset) => offset > 0 && romanceParticles.has(norm)) && norms.every((norm, offset) => !isTitle(norm) && !lex.orgSuffixes.has(norm) && !lex.timeWords.has(norm) && !lex.notNames.has(norm) && !isAcronym(words[start + offset]!))) {
    mentions.push(makeMention(doc, start, end, 'person-full', roleBefore ? {titleHead: roleBefore, title: roleBefore} : {}))
    return
  }
  if (count === 1) {
    const word = words[start]!
    const norm = norms[0]!
    // Acronyms, capitals used for governments, names with inner capitals ("E-Control") and names after "the supplier" are organisations.
    // A double-barrelled surname a person was introduced with (`Sabine Wettering-Kohl` … `Wettering-Kohl said`) is theirs.
    const knownSurname = hasInnerCapital(word.value) && mentions.some((mention) => mention.kind === 'person-full' && mention.names.at(-1) === stripPossessive(word.value))
    if (lex.metonyms.has(norm) || isAcronym(word) || orgBefore || (hasInnerCapital(word.value) && !knownSurname) || germanicBodyCompound.test(norm)) {
      mentions.push(makeMention(doc, start, end, 'org', {canonical: stripPossessive(word.value)}))
      return
    }
    // A role word that is also a surname ("toured with Pastor the pipes"): capitalised inside a sentence, after no
    // article and before no name, it is the surname.
    const before = words[start - 1]
    const surname = lex.personRoles.has(norm) && !isSentenceInitial(doc, start) && before !== undefined && !isCapitalised(before) && !['the', 'a', 'an', 'our', 'their', 'his', 'her', 'its'].includes(before.norm) && !(words[end] && isCapitalised(words[end]!) && !breakBefore(doc, end))
    if (lex.notNames.has(norm) || lex.sentenceOpeners.has(norm) || lex.sourceNouns.has(norm) || (lex.personRoles.has(norm) && !surname)) return
    mentions.push(makeMention(doc, start, end, 'single', roleBefore ? {titleHead: roleBefore, title: roleBefore} : {}))
    return
  }
  // "Van Rijckevorsel demanded", "De Boer said": a surname with its particle, capitalised without the given name.
  const lastWord = words[end - 1]!
  // Only a surname a person was introduced with (`Joost van Rijckevorsel`), not `Van Brienenoordbrug`, a bridge.
  const surname = stripPossessive(lastWord.value)
  // Or one that speaks right away (`De Vries said`), introduced or not.
  // Also after an inverted cue (`says De Wit`).
  const cueAt = (at: number) => words[at] !== undefined && lex.cue.has(words[at]!.norm) && !isCapitalised(words[at]!)
  const speaks = (cueAt(end) && !breakBefore(doc, end)) || (start > 0 && cueAt(start - 1) && !breakBefore(doc, start))
  if (count >= 2 && count <= 3 && surnameOpeners.has(words[start]!.value) && (count === 2 || surnameParticles.has(words[start + 1]!.value)) && (speaks || mentions.some((mention) => mention.kind === 'person-full' && mention.names.at(-1) === surname))) {
    mentions.push(makeMention(doc, start, end, 'person-short', {names: [surname]}))
    return
  }
  // "Le Courrier de Valbrune", "Die Zeit": a foreign article opens a title, not a name.
  if (count >= 2 && lex.titleArticles.has(norms[0]!)) {
    mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end)}))
    return
  }
  const nameLike = norms.every((_, offset) => nameLikeAt(offset) || (offset < norms.length - 1 && particleAt(offset)))
  // "Igor Valentinovich" (Russian given name and patronymic, the polite address): no surname, so no full name.
  if (nameLike && count === 2 && !orgBefore && patronymic.test(norms[1]!)) {
    mentions.push(makeMention(doc, start, end, 'person-short', {names: wordValues(doc, start, end)}))
    return
  }
  if (nameLike && count <= 4) {
    mentions.push(makeMention(doc, start, end, orgBefore ? 'org' : 'person-full', orgBefore ? {canonical: runText(doc, start, end)} : roleBefore ? {titleHead: roleBefore, title: roleBefore} : {}))
    return
  }
  if (norms.some((norm) => lex.notNames.has(norm))) return
  // Other capitalised phrases with common words are organisation-like names.
  if (norms.some((norm) => lex.commonWords.has(norm))) mentions.push(makeMention(doc, start, end, 'org', {canonical: runText(doc, start, end).replace(/^the\s+/i, '')}))
}

/** Where a source phrase's entity comes from, and how a reader resolves it. */
export interface SourceResolution {
  entity?: number
  resolution: Resolution
  candidates?: number[]
  /** Gender of a pronoun source. */
  pronoun?: 'm' | 'f' | 'plural' | 'org'
}

/** Single and surname mentions by folded surname, in document order (built on first use). */
const bareIndex = new WeakMap<Registry, Map<string, Mention[]>>()

function bareMentions(registry: Registry, key: string): readonly Mention[] {
  let index = bareIndex.get(registry)
  if (!index) {
    index = new Map()
    for (const mention of registry.mentions) {
      if (mention.kind !== 'single' && mention.kind !== 'person-short') continue
      const family = foldName(mention.names[mention.names.length - 1]!)
      const list = index.get(family)
      if (list) list.push(mention)
      else index.set(family, [mention])
    }
    bareIndex.set(registry, index)
  }
  return index.get(key) ?? []
}

/** Mentions that overlap words `[start, end)`, in order. */
export function mentionsIn(registry: Registry, doc: Doc, start: number, end: number): Mention[] {
  const from = doc.words[start]!.start
  const to = doc.words[end - 1]!.end
  const {mentions} = registry
  let low = 0
  let high = mentions.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (mentions[mid]!.end <= from) low = mid + 1
    else high = mid
  }
  const found: Mention[] = []
  for (let index = low; index < mentions.length && mentions[index]!.start < to; index++) found.push(mentions[index]!)
  return found
}

/** A source noun phrase as an entity: named, role-linked or generic. Pronouns are resolved elsewhere. */
export function resolvePhrase(registry: Registry, doc: Doc, phrase: Phrase): SourceResolution {
  const {words, lex} = doc
  const found = mentionsIn(registry, doc, phrase.start, phrase.end).filter((mention) => {
    // A possessive name followed by more of the phrase is a modifier ("Ukraine's military source").
    const last = words[mention.wordEnd - 1]!
    if (isPossessive(last) && mention.wordEnd < phrase.end) return false
    // "the Meteorology, Climatology and Geophysics Agency": one capitalised word after "the" is an organisation, never a surname.
    if (mention.kind === 'single' && mention.wordStart > 0 && words[mention.wordStart - 1]!.norm === 'the' && mention.wordStart - 1 >= phrase.start) return false
    // "Environmental activists", "Traffic police": a capitalised word modifying a lower-case head is not a surname.
    if (mention.kind === 'single' && mention.wordEnd < phrase.end && !doc.gaps[mention.wordEnd]!.trim() && !isCapitalised(words[mention.wordEnd]!) && !isPossessive(words[mention.wordEnd - 1]!)) return false
    return true
  })
  const offset = words[phrase.start]!.start
  // A lone capitalised word after a preposition inside the phrase is a place ("the mayor of Sarreguemines").
  const afterPreposition = (mention: Mention) => mention.wordStart > phrase.start && ['of', 'in', 'at', 'from', 'for', 'near'].includes(words[mention.wordStart - 1]!.norm)
  const person =
    found.find((mention) => mention.kind === 'person-full') ??
    found.find((mention) => mention.kind === 'person-short') ??
    found.find((mention) => mention.kind === 'single' && !afterPreposition(mention) && (mention.entity !== undefined || !found.some((other) => other.kind === 'org' || other.kind === 'media' || other.kind === 'role'))) ??
    // "Zhou, a white-collar worker in Nanshan District": the name heading an apposition is the person, whatever the apposition names.
    found.find((mention) => mention.kind === 'single' && mention.wordStart === phrase.start && mention.wordEnd < phrase.end && doc.gaps[mention.wordEnd]!.includes(',') && !lex.metonyms.has(bareNorm(words[mention.wordStart]!)))
  const organisation = found.find((mention) => mention.kind === 'org' || mention.kind === 'media')
  const role = found.find((mention) => mention.kind === 'role')
  // The person a phrase names is its source ("White House national security spokesman John Kirby"), else the organisation.
  const chosen = person ?? organisation ?? role
  if (chosen && chosen.kind === 'person-full' && chosen.entity !== undefined) return {entity: chosen.entity, resolution: 'full-name'}
  // "The Director of the Department of Agriculture and Rural Development estimated": the office's holder speaks, not
  // the body; named nowhere, nobody can tell who it is.
  if (!person && organisation && organisation.wordStart > phrase.start + 1) {
    const office = officeOfBody(doc, phrase)
    if (office !== undefined && latestWithTitle(registry, office, offset) === undefined && !mentionedBefore(doc, office, phrase.start) && !nameInAppositionAfter(doc, phrase.end)) return {resolution: 'surname-only-unintroduced'}
  }
  if (chosen && (chosen.kind === 'org' || chosen.kind === 'media') && chosen.entity !== undefined) {
    const record = registry.entities[chosen.entity]!
    return {entity: chosen.entity, resolution: record.firstFull < chosen.start ? 'name-linked' : 'full-name'}
  }
  if (chosen && (chosen.kind === 'person-short' || chosen.kind === 'single')) {
    const family = chosen.names[chosen.names.length - 1]!
    let id = chosen.entity ?? findPerson(registry, foldName(family), chosen.start)
    if (id === undefined) {
      const norm = family.toLowerCase()
      // "Rijkswaterstaat, the national public works agency": a name whose apposition is an organisation noun is that organisation.
      // "Aquanova, the company that operates the plant, denied": the apposition's head, or its last word, is a body.
      const appositionHead = chosen.wordEnd + 1 < phrase.end && isDeterminer(words[chosen.wordEnd]!) ? bareNorm(words[chosen.wordEnd + 1]!) : ''
      const organisationApposition = chosen.wordEnd < phrase.end && doc.gaps[chosen.wordEnd]!.includes(',') && (lex.orgNouns.has(bareNorm(words[phrase.end - 1]!)) || lex.orgNouns.has(appositionHead) || lex.orgSuffixes.has(appositionHead))
      if (lex.metonyms.has(norm) || isAcronym(words[chosen.wordStart]!) || organisationApposition) return {resolution: 'full-name'}
      // "Noordwind Energie wants … Noordwind denies": the first word of a body named earlier is its short form.
      const body = chosen.kind === 'single' ? bodyByFirstWord(registry, foldName(family), chosen.start) : undefined
      if (body !== undefined) return {entity: body, resolution: 'name-linked'}
      id = registry.entities.length
      // "Maimunah (52), a fish seller in Kampung Baru": one name and a role introduce a person who goes by one name
      // (common in Indonesia); an East-Asian surname with a role still lacks the given name the source had.
      const introduced = chosen.names.length === 1 && !lex.eastAsianSurnames.has(family.toLowerCase()) && appositionRoles(doc, chosen).length > 0
      const entity: Entity = {id: `e${id + 1}`, type: 'person', canonical: family, family, titles: [], gender: chosen.gender, introducedByFullName: introduced, mentions: [{start: chosen.start, end: chosen.end, text: doc.text.slice(chosen.start, chosen.end)}]}
      registry.entities.push({entity, familyKey: foldName(family), firstFull: introduced ? chosen.start : Number.POSITIVE_INFINITY, titleHeads: new Set(), lastMention: -1})
      indexAdd(registry.byFamily, foldName(family), id)
      chosen.entity = id
      // Every later bare mention of that surname ("Okada and Nakamura will be questioned") is this person too.
      const key = foldName(family)
      for (const other of bareMentions(registry, key)) {
        if (other === chosen || other.entity !== undefined || other.start < chosen.start) continue
        other.entity = id
        entity.mentions.push({start: other.start, end: other.end, text: doc.text.slice(other.start, other.end)})
      }
    }
    const record = registry.entities[id]!
    if (chosen.entity === undefined) {
      chosen.entity = id
      record.entity.mentions.push({start: chosen.start, end: chosen.end, text: doc.text.slice(chosen.start, chosen.end)})
      record.entity.mentions.sort((left, right) => left.start - right.start)
    }
    if (record.firstFull === chosen.start) return {entity: id, resolution: 'full-name'}
    return {entity: id, resolution: record.firstFull < chosen.start ? 'name-linked' : 'surname-only-unintroduced'}
  }
  if (chosen && chosen.kind === 'role') {
    if (chosen.entity !== undefined) return {entity: chosen.entity, resolution: 'role-linked'}
    // A capitalised title alone ("the Director said") names one person the text never introduced.
    return {resolution: 'surname-only-unintroduced'}
  }
  // "The councillor of Mobility", "The undersecretary of the ministry", "The head of Bến Tràm hamlet": an office of
  // one holder, named by its body alone and never by its holder, before or right after (`…, Ana Ruiz,`).
  const office = officeOfBody(doc, phrase)
  if (office !== undefined) {
    const id = latestWithTitle(registry, office, offset)
    if (id !== undefined) return {entity: id, resolution: 'role-linked'}
    if (!mentionedBefore(doc, office, phrase.start) && !nameInAppositionAfter(doc, phrase.end)) return {resolution: 'surname-only-unintroduced'}
  }
  // "The relevant person in charge said" (Chinese *相关负责人*) with no body and no name: nobody a reader can find.
  const bareInCharge = phrase.end - phrase.start <= 5 && phrase.end >= 3 && words[phrase.end - 1]!.norm === 'charge' && words[phrase.end - 2]!.norm === 'in' && words[phrase.end - 3]!.norm === 'person'
  if (bareInCharge && doc.text.toLowerCase().indexOf('person in charge') >= words[phrase.start]!.start && !nameInAppositionAfter(doc, phrase.end)) return {resolution: 'surname-only-unintroduced'}
  // No name: a role noun after "the" links to the latest person with that title; anything else is generic.
  // "The vice-governor on questions of housing" (Russian *по вопросам*): the role before its remit is the head.
  let headAt = phrase.end - 1
  for (let at = phrase.start + 2; at + 2 < phrase.end; at++) {
    if (words[at]!.norm === 'on' && remitNouns.has(words[at + 1]!.norm) && words[at + 2]!.norm === 'of') {
      headAt = at - 1
      break
    }
  }
  const head = words[headAt]!
  const headNorm = bareNorm(head)
  const definite = words[phrase.start]!.norm === 'the' || words[phrase.start]!.norm === 'this'
  if (definite && (lex.titles.has(headNorm) || lex.personRoles.has(headNorm))) {
    // `The village head`: an earlier `Head of the Marine Service` is another office; only the same compound links.
    const compound = headAt - phrase.start >= 2 ? `${words[headAt - 1]!.norm} ${headNorm}` : ''
    const compoundOffice = singleHolderCompounds.has(compound) || (headAt - phrase.start >= 2 && officeUnits.has(words[headAt - 1]!.norm) && unitHeads.has(headNorm))
    if (compoundOffice && doc.text.toLowerCase().indexOf(compound) >= words[phrase.start]!.start) return {resolution: 'surname-only-unintroduced'}
    const id = latestWithTitle(registry, headNorm, offset)
    if (id !== undefined) return {entity: id, resolution: 'role-linked'}
    // "According to the mayor, …", "The provincial labour delegate confirmed": an office one person holds, which the
    // text never mentioned before (so never with its holder's name); a reader cannot tell who it is.
    const office = singleHolderOffices.has(headNorm) || compoundOffice
    if (office && words[phrase.start]!.norm === 'the' && headAt + 1 - phrase.start <= 4 && !mentionedBefore(doc, headNorm, phrase.start) && !nameInAppositionAfter(doc, phrase.end)) return {resolution: 'surname-only-unintroduced'}
  }
  return {resolution: 'generic'}
}
