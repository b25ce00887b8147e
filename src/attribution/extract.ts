/**
 * Attribution extraction: ordered sieves over the words of a text, precise
 * first (dateline, direct quotes, `according to`, reporting verbs, chains,
 * parenthetical roles, carryover quotes, sourceless hedges). Each word is
 * claimed by at most one attribution. Every scan is bounded, so the whole
 * pass is linear in the number of words.
 */
import type {AttributionKind, CueClass} from '../types.js'
import type {Range, Word} from '../text/model.js'
import {
  bareNorm,
  breakBefore,
  gapHas,
  hedgeAt,
  isAcronym,
  isBracketedAcronym,
  isCapitalised,
  isDeterminer,
  isSkippable,
  isSubjectPronoun,
  multiwordAt,
  remitNouns,
  scanLeft,
  scanRight,
  sentenceWords,
  type CueMatch,
  type Doc,
  type Phrase
} from './doc.js'
import {wordRole, type CueFlag} from './lexicon.js'
import {wordIndexAt} from '../text/model.js'
import type {Quote} from './quotes.js'

export interface DraftCue {
  start: number
  end: number
  lemma: string
  class: CueClass
  negated: boolean
  modal?: string
}

export interface ChainLink {
  role: 'reporter' | 'cited'
  phrase: Phrase
  cue?: {start: number; end: number}
}

export interface Draft {
  kind: AttributionKind
  rule: string
  cue?: DraftCue
  source?: Phrase
  /** Carryover: the attribution whose source this one inherits. */
  from?: Draft
  recipient?: Phrase
  content: Range[]
  chain: ChainLink[]
  /** Offset used to order attributions. */
  anchor: number
  sentence: number
  paragraph: number
  /** Sentence of the attribution that started a carryover run. */
  rootSentence: number
  quotes: number[]
  /** Whether the source words belong to another attribution (participles: ", saying …"). */
  sharedSource?: boolean
  /** The source is an untranslated cue holding a pronoun ("ujarnya"): its gender. */
  pronounCue?: 'm' | 'f' | 'unknown'
}

export interface Extraction {
  drafts: Draft[]
  /** Quotes no attribution claims (and that are not scare quotes or titles). */
  orphanQuotes: number[]
}

/** Prepositions that name where a statement comes from (see `locatedSource`). */
const locativePrepositions: ReadonlySet<string> = new Set(['in', 'at', 'from'])
// Auxiliaries, negation and a few adverbs between a subject and its reporting verb (`he did not say`, `she would
// never confirm`, `and also said`).
const auxiliariesBeforeVerb: ReadonlySet<string> = new Set(['did', 'does', 'do', 'would', 'could', 'will', 'can', 'may', 'might', 'should', 'has', 'have', 'had', 'not', 'never', 'also', 'later'])
/** Chinese *电* (a dispatch) as MT renders it after a dateline's date. */
const dispatchWords: ReadonlySet<string> = new Set(['electricity', 'telegram', 'telegraph', 'dispatch', 'cable', 'wire'])
/** Finite verbs and articles that open the clause right after `According to X` in verb-second order. */
const verbSecondOpeners: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'become', 'becomes', 'became', 'will', 'would', 'has', 'have', 'had', 'must', 'can', 'could', 'should', 'may', 'lies', 'lay', 'stands', 'stood', 'comes', 'came', 'goes', 'went', 'gets', 'got', 'the', 'shall', 'might', 'does', 'did', 'seems', 'remains', 'remained', 'lets', 'let'])
/** Verbs of rejection that report a stance on their object (see `rejectedObject`). */
const rejectionVerbs: ReadonlySet<string> = new Set(['rejected', 'rejects', 'denied', 'denies'])
/** Verbs of judgement that report speech when their object carries its grounds (see `judgedObject`). */
const judgementVerbs: ReadonlySet<string> = new Set(['criticized', 'criticised', 'criticizes', 'criticises', 'condemned', 'condemns', 'denounced', 'denounces'])
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am'])
const adjunctPrepositions = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'from', 'via', 'with', 'late', 'earlier', 'last', 'this', 'over', 'following', 'through', 'yesterday', 'today', 'tonight', 'later', 'again', 'also', 'separately', 'publicly', 'repeatedly', 'previously', 'while', 'instead'])
/** Words that open a new clause after a comma (not the object of an infinitive before it). */
const clauseOpeners: ReadonlySet<string> = new Set(['and', 'but', 'or', 'who', 'which', 'while', 'whereas', 'because', 'so', 'although', 'though', 'as', 'since', 'when', 'if', 'whose', 'where'])

/** Words that may open `the relevant person in charge` (Chinese *相关负责人*). */
const inChargeModifiers: ReadonlySet<string> = new Set(['the', 'relevant', 'responsible', 'main'])

const performativeInPassive: ReadonlySet<string> = new Set(['proclaim', 'declare', 'call', 'convene', 'decree'])

const adjunctNouns = new Set([
  'conference', 'statement', 'interview', 'briefing', 'press', 'news', 'meeting', 'summit', 'visit', 'speech', 'sidelines',
  'session', 'hearing', 'television', 'broadcast', 'radio', 'post', 'message', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'day', 'weekend', 'capital', 'city', 'parliament', 'rally', 'event', 'ceremony', 'address',
  'video', 'social', 'media', 'platform', 'account', 'letter', 'remarks', 'talks', 'forum', 'call', 'phone', 'telephone',
  'televised', 'written', 'joint', 'regular', 'daily', 'weekly', 'online', 'separate', 'brief', 'recent', 'same', 'time',
  'office', 'headquarters', 'residence', 'gathering', 'program', 'programme', 'show', 'podcast', 'tuesday', 'statements',
  'note', 'communiqué', 'communique', 'release', 'bulletin', 'notice', 'circular', 'tweet', 'newsletter', 'column', 'declaration',
  // "denied through a spokesman that", "assured through its spokesman Martin Eder that" (Romance *a través de su portavoz*).
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'representative', 'representatives', 'lawyer', 'lawyers',
  // "indicated at the exit that" (Spanish *a la salida*), "assured, through its official spokesman, that".
  'exit', 'official', 'plenary', 'end', 'close', 'opening', 'start',
  // "said at the scene on the morning of March 14:" (Vietnamese *tại hiện trường*).
  'scene', 'site'
])
const clauseBreakers = new Set(['which', 'who', 'whom', 'whose', 'as', 'after', 'before', 'while', 'when', 'where', 'although', 'though', 'because', 'since', 'amid', 'despite', 'referring', 'adding'])
const trailingFunction = new Set(['after', 'and', 'but', 'while', 'as', 'when', 'before', 'then', 'or', 'with', 'amid', 'that', 'the', 'a', 'an'])
const firstPerson = new Set(['i', 'we'])
/** Lower-case words inside place names of a dateline ("Montemar de Arriba", "Frankfurt am Main", "Castellammare di Stabia"). */
const placeParticles = new Set(['de', 'del', 'la', 'las', 'los', 'di', 'da', 'do', 'dos', 'das', 'am', 'an', 'im', 'sur', 'en', 'le', 'les', 'upon', 'on'])
/** "in statements to EFE", "in an interview with": where something was said. */
const statementNouns: ReadonlySet<string> = new Set(['statements', 'statement', 'declarations', 'interview', 'remarks', 'comments'])
/** Written channels of a body's statement: "The commission, in a note sent to Lusa, rejected …". */
const writtenStatementNouns: ReadonlySet<string> = new Set(['note', 'communiqué', 'communique', 'letter', 'message', 'release', 'post', 'notice', 'circular'])
/** Heads of a recipient after "to"/"with": "said to journalists", "declared to the AA correspondent". */
const recipientNouns: ReadonlySet<string> = new Set(['journalists', 'journalist', 'reporters', 'reporter', 'press', 'media', 'correspondent', 'correspondents', 'newspaper', 'daily', 'agency', 'television', 'radio', 'channel', 'broadcaster', 'microphones', 'outlet', 'portal', 'website', 'newsroom'])
/** Verbs and adjectives that take a cue as their complement: "held to recall that", "was keen to stress that". */
const controlVerbs: ReadonlySet<string> = new Set(['held', 'holds', 'wanted', 'wants', 'wished', 'wishes', 'sought', 'seeks', 'hastened', 'hastens', 'preferred', 'chose', 'decided', 'intended', 'tried', 'went', 'insisted', 'stopped'])
/** Base-form control verbs after a negated auxiliary: "did not want to confirm". */
const negatedControlVerbs: ReadonlySet<string> = new Set(['hesitate', 'want', 'wish', 'dare'])
const controlAdjectives: ReadonlySet<string> = new Set(['keen', 'quick', 'eager', 'careful', 'anxious', 'happy', 'pleased', 'sorry'])
/** Nouns of a view a cue reports: "expressed the view that", "showed the idea that" (Japanese の考えを示した). */
const opinionNouns: ReadonlySet<string> = new Set(['view', 'views', 'opinion', 'hope', 'concern', 'confidence', 'belief', 'idea', 'position', 'fear', 'conviction', 'intention', 'expectation', 'assessment', 'thought', 'thinking', 'stance', 'outlook', 'understanding', 'recognition', 'perception'])
/** Verbs of an impersonal report: '"…," it was called from the ministry', '"…," is said in the statement'. */
const impersonalVerbs: ReadonlySet<string> = new Set(['said', 'called', 'confirmed', 'stated', 'says', 'reads', 'read', 'writes', 'written', 'emphasized', 'emphasised', 'stressed', 'noted', 'added', 'explained', 'underlined', 'heard', 'learned', 'reported', 'announced', 'indicated', 'specified', 'declared'])
const impersonalPrepositions: ReadonlySet<string> = new Set(['in', 'from', 'by', 'on', 'at', 'inside'])
/** Verbs after which "when met", "when accepting an interview" frames the report. */
const framingParticiples: ReadonlySet<string> = new Set(['met', 'contacted', 'asked', 'interviewed', 'confirmed', 'questioned', 'reached', 'visited', 'approached'])
/** Calqued according-to markers that are also English words: only opening a clause, never "a second", "loud music,". */
/** Words that may open a title in an apposition (`Acting Vice Chairman of …`). */
const titlePrefixes: ReadonlySet<string> = new Set(['vice', 'deputy', 'acting', 'first', 'chief', 'senior', 'executive', 'assistant', 'standing', 'permanent', 'interim', 'associate'])
const englishWordAccording: ReadonlySet<string> = new Set(['second', 'loud', 'standing'])
const noFlags: ReadonlySet<CueFlag> = new Set()
/** Where an impersonal report is written: "it says in the statement", "is said in the message". */
const impersonalBodies: ReadonlySet<string> = new Set(['department', 'ministry', 'administration', 'directorate', 'committee', 'office', 'service', 'police', 'government', 'municipality', 'council', 'headquarters', 'agency', 'inspectorate', 'commission', 'board', 'authority', 'mayoralty', 'prosecutor'])
const documentNouns: ReadonlySet<string> = new Set(['statement', 'statements', 'message', 'communique', 'communiqué', 'letter', 'document', 'release', 'report', 'note', 'declaration', 'announcement', 'post', 'text', 'circles', 'resolution', 'decision', 'notice', 'press', 'bulletin', 'publication', 'explanation', 'circular', 'appeal', 'report', 'source', 'sources'])
const clauseAuxiliaries: ReadonlySet<string> = new Set(['will', 'would', 'has', 'had', 'have', 'is', 'was', 'are', 'were', 'can', 'could', 'must', 'should', 'may', 'might', 'shall', 'remains', 'remained', 'needs', 'needed', 'did', 'does', 'do'])
/** Agent nouns that name people ("the councillor", "the economist"), for `person-subject` cues. */
const agentNoun = /(?:or|ist|ian|eer|ier|man|woman|person|people|ent|er)s?$/
const notAgents: ReadonlySet<string> = new Set(['number', 'water', 'paper', 'order', 'border', 'power', 'letter', 'matter', 'center', 'centre', 'winter', 'summer', 'quarter', 'river', 'weather', 'disaster', 'chapter', 'register', 'theater', 'theatre', 'character', 'computer', 'meter', 'metre', 'layer', 'filter', 'factor', 'sector', 'indicator', 'error', 'floor', 'door', 'motor', 'mirror', 'colour', 'color', 'behaviour', 'behavior', 'document', 'agreement', 'statement', 'government', 'development', 'movement', 'moment', 'payment', 'investment', 'percent', 'event', 'content', 'extent', 'incident', 'accident', 'element', 'treatment', 'management', 'department', 'environment', 'equipment', 'settlement', 'employment', 'increase', 'other', 'another', 'further', 'either', 'neither', 'whether', 'together', 'however', 'trailer', 'container', 'tanker', 'cancer', 'fever', 'shelter', 'cluster', 'barrier', 'carrier', 'counter', 'corner', 'dinner', 'manner', 'banner', 'pattern', 'version', 'season', 'reason', 'region', 'opinion', 'union', 'million', 'billion', 'decision', 'division', 'commission', 'ent', 'er'])
const recipientStops = new Set(['that', 'to', 'of', 'on', 'in', 'at', 'about', 'during', 'after', 'before', 'with', 'for', 'from', 'by', 'when', 'while', 'as', 'if', 'and', 'but', 'or', 'not', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'there', 'this', 'it', 'he', 'she', 'they', 'we', 'i', 'what', 'how', 'why', 'who', 'which', 'where', 'last', 'earlier', 'later', 'yesterday', 'today'])

/** The first sentence of each paragraph, last paragraph first. */
function firstSentences(doc: Doc): number[] {
  const firstSentence = new Map<number, number>()
  const paragraphs = doc.sentenceParagraph
  for (let s = paragraphs.length - 1; s >= 0; s--) firstSentence.set(paragraphs[s]!, s)
  return [...firstSentence.values()]
}

/** The word whose gap ends a dateline opening `sentence` (a dash, or the bracket of "[Gaziantep Kyodo]"), or -1. */
function datelineBreak(doc: Doc, sentence: {wordStart: number; wordEnd: number}, opensBracket: boolean): number {
  const first = sentence.wordStart
  let found = -1
  // The gap after the sentence's last word too: "Montemar (EFE).- The Government …" (Spanish agency style) ends a sentence at ").".
  for (let index = first + 1; index < Math.min(sentence.wordEnd + 1, first + 12, doc.words.length); index++) {
    const gap = doc.gaps[index]!
    // A single space is none of these.
    if (gap === ' ') continue
    // "Al-Rimal - 9 October (KUNA) -- The …": a dash after the place, then the date and the agency up to the closing one.
    if (found !== -1) {
      if (/--|\)\s*[-\u2013\u2014]/.test(gap)) return index
      if (!/^\s*[(]\s*$|^\s*[-\u2013\u2014]\s*$/.test(gap)) return found
      continue
    }
    if (/\s[-\u2013\u2014]+\s|--|\u2014|\u2013|\)\.?[-\u2013\u2014]\s/.test(gap) || (opensBracket && /[\]\u3011]/.test(gap))) {
      if (/--|\)/.test(gap) || opensBracket) return index
      found = index
      continue
    }
    if (index === sentence.wordEnd) break
    if (/[.;!?"\u201C\u201D]/.test(gap)) break
  }
  return found
}

/** Indices of the words with any of the `wordRole` bits `mask`, ascending. */
function wordsWhere(doc: Doc, mask: number): number[] {
  const found: number[] = []
  const {roles} = doc
  for (let index = 0; index < roles.length; index++) if ((roles[index]! & mask) !== 0) found.push(index)
  return found
}

/** How a reporter reached a source, after `when` (Indonesian *saat dikonfirmasi*, *ketika ditemui*). */
const contactParticiples: ReadonlySet<string> = new Set(['confirmed', 'contacted', 'met', 'asked', 'interviewed', 'reached', 'questioned', 'visited', 'approached', 'called', 'found', 'interviewing', 'speaking', 'meeting', 'visiting'])
/** What a body gives out: "according to indications/statements/information of X". */
const accountNouns: ReadonlySet<string> = new Set(['indications', 'statements', 'information', 'data', 'figures', 'words', 'estimates', 'details', 'declarations', 'sources', 'measurements', 'measurement', 'poll', 'polls', 'calculations', 'findings', 'results', 'analyses', 'counts', 'estimate', 'calculation', 'assessment', 'assessments', 'study', 'studies', 'survey', 'surveys', 'forecast', 'forecasts', 'report', 'reports', 'analysis', 'count', 'statement', 'declaration', 'projection', 'projections', 'expertise', 'evaluation', 'evaluations', 'inspection', 'audit', 'audits', 'review'])
/** Days named relative to the report (`as it was informed yesterday from …`). */
const relativeDays: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight', 'earlier', 'later', 'officially', 'also'])
/** "according to own saying/statements" (*naar eigen zeggen*, *nach eigenen Angaben*): the subject's own account. */
const ownAccountNouns: ReadonlySet<string> = new Set(['saying', 'sayings', 'statement', 'statements', 'information', 'account', 'accounts', 'data', 'figures', 'words', 'indications', 'declarations', 'details'])
/** Prepositions of a short adjunct between a subject and its verb ("X in his verdict said"). */
const subjectAdjunctPrepositions: ReadonlySet<string> = new Set(['in', 'at', 'during', 'on', 'after', 'before', 'through'])
/** Sentence adverbs that may stand between commas after a source: "Agus Prasetyo, however, considered …". */
/** Abbreviations whose period stands before a number inside a name (`City Clinic No. 3`). */
const abbreviationsBeforeNumber: ReadonlySet<string> = new Set(['no', 'nr', 'nos'])
/** Words between a document's noun and its number: "Regulation Number 4", "Law No. 12". */
const designationWords: ReadonlySet<string> = new Set(['number', 'no', 'nr', 'num'])
/** Words that may open a sentence before `according to` without being its content: "And according to X, …". */
const sentenceConnectives: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so', 'however', 'meanwhile', 'moreover', 'furthermore', 'also', 'now', 'still', 'then'])
const irregularPasts: ReadonlySet<string> = new Set(['said', 'told', 'wrote', 'spoke', 'gave', 'made', 'took', 'held', 'sought', 'stood', 'thought', 'felt', 'knew', 'saw', 'left', 'kept', 'put', 'set', 'let', 'went', 'came', 'found', 'meant', 'brought', 'taught', 'forbade', 'swore', 'foresaw', 'underlined'])
/** Whether a verb form is a past tense or participle (`demanded`, `said`). */
function isPastForm(norm: string): boolean {
  return /\p{L}ed$/u.test(norm) || irregularPasts.has(norm)
}
/** Sentence adverbs MT leaves between a reporting verb and `that` without commas ("recognised however that"). */
const bareAdverbsBeforeThat: ReadonlySet<string> = new Set(['however', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'also', 'though', 'still', 'again', 'instead', 'therefore', 'thus', 'equally', 'likewise'])
/** Romance prepositions joining an untranslated body's name (`comité de empresa`, `comitato di quartiere`). */
const romanceOf: ReadonlySet<string> = new Set(['de', 'di', 'da', 'do', 'del', 'della', 'des', 'du', "d'"])
/** Quantifiers that make a source a vague group ("many families", "some residents"). */
const vagueGroups: ReadonlySet<string> = new Set(['many', 'some', 'several', 'numerous', 'most', 'few', 'countless', 'various'])
/** Participles of addressing someone, between a speaker's commas ("Hüseyin Aktaş, speaking to the crowd, said"). */
const speakingParticiples: ReadonlySet<string> = new Set(['speaking', 'talking', 'addressing', 'answering', 'responding', 'replying'])
/** Military and police ranks written capitalised before a name. */
const ranks: ReadonlySet<string> = new Set(['major', 'general', 'colonel', 'brigadier', 'lieutenant', 'captain', 'commander', 'admiral', 'sergeant', 'marshal'])
const sentenceAdverbs: ReadonlySet<string> = new Set(['however', 'meanwhile', 'though', 'therefore', 'also', 'instead', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'too', 'in', 'for', 'on'])
// Adjective endings: `an internal report` is the noun after an article and an adjective.
const adjectiveEnding = /(?:al|ive|ous|ic|est|ary|ful|less|ent|ant)$/
// Words that join the clause a passive cue reports, or a hedge's clause ends at (`, but this was denied by …`).
const passiveClauseJoins: ReadonlySet<string> = new Set(['but', 'and', 'while', 'although', 'whereas', 'yet', 'which'])
const possessives: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my'])

/** Lower-case particles inside a name run (`Aguas del Riberal`, `Instituut van de Zee`). */
const nameParticles = new Set(['del', 'de', 'la', 'las', 'los', 'da', 'do', 'dos', 'das', 'di', 'van', 'von', 'der', 'den', 'du', 'des', 'le', 'y', 'e', 'bin', 'binti', 'al', 'el'])

/** Run every sieve over `doc`. */
export function extract(doc: Doc): Extraction {
  const {words, quotes, lex} = doc
  const claimed = new Uint8Array(words.length)
  const quoteUsed = new Uint8Array(quotes.length)
  const scare = new Uint8Array(quotes.length)
  const drafts: Draft[] = []
  /** Drafts by sentence, for chain and nesting lookups. */
  const bySentence = new Map<number, Draft[]>()

  const claim = (phrase: {start: number; end: number} | undefined) => {
    if (!phrase) return
    for (let index = phrase.start; index < phrase.end; index++) claimed[index] = 1
  }
  const add = (draft: Draft) => {
    drafts.push(draft)
    const list = bySentence.get(draft.sentence)
    if (list) list.push(draft)
    else bySentence.set(draft.sentence, [draft])
    // A quote that began sentences before its cue ('"… season. The relocation is final," said the Bupati, as quoted
    // by …'): the cue's sentence holds it too, for the chains and coordinated cues that follow there.
    const cueSentence = draft.cue ? sentenceOf(draft.cue.start) : draft.sentence
    if (cueSentence !== draft.sentence) {
      const cueList = bySentence.get(cueSentence)
      if (cueList) cueList.push(draft)
      else bySentence.set(cueSentence, [draft])
    }
    claim(draft.cue)
    if (!draft.sharedSource) claim(draft.source)
    claim(draft.recipient)
  }
  const sentenceOf = (index: number) => words[index]!.sentence
  const paragraphOf = (index: number) => doc.paragraphOf[index]!

  /** First word of the sentence of `index` after any dateline. */
  const contentStart = (index: number): number => {
    const {start, end} = sentenceWords(doc, index)
    const dateline = doc.datelineEnd.get(paragraphOf(index))
    let from = start
    if (dateline !== undefined) while (from < end && words[from]!.start < dateline) from++
    return from
  }

  const cueInfoAt = (index: number): CueMatch | undefined => {
    const word = words[index]
    if (!word || doc.quoteOf[index] !== -1) return undefined
    const multi = multiwordAt(doc, index)
    if (multi && (multi.role === 'verb' || multi.role === 'as-saying' || multi.role === 'pronoun-cue')) return {start: index, end: index + multi.words.length, lemma: multi.lemma, multi}
    if (multi) return undefined
    const info = lex.cue.get(word.norm)
    if (!info) return undefined
    return {start: index, end: index + 1, lemma: info.lemma, info}
  }

  const makeCue = (match: CueMatch): DraftCue => {
    const cls = match.info?.class ?? match.multi?.class ?? 'neutral'
    const cue: DraftCue = {start: match.start, end: match.end, lemma: match.lemma, class: cls, negated: false}
    const sentence = sentenceOf(match.start)
    const first = words[match.start]!
    if (lex.negatingVerbs.has(first.norm)) cue.negated = true
    for (let back = 1; back <= 3; back++) {
      const index = match.start - back
      // "The closure is not final, stressed X": a comma before the cue closes the content, whose negation is not the cue's.
      if (index < 0 || sentenceOf(index) !== sentence || doc.quoteOf[index] !== -1 || breakBefore(doc, index + 1)) break
      const word = words[index]!
      if (back <= 2 && (lex.negators.has(word.norm) || word.norm.endsWith("n't"))) cue.negated = true
      if (back <= 2 && lex.negatingVerbs.has(word.norm)) cue.negated = true
      // "starts in May and continues": a capitalised "May" inside a sentence is the month.
      const month = word.value === 'May' && index > 0 && sentenceOf(index - 1) === sentence
      if (lex.modals.has(word.norm) && !month && cue.modal === undefined) cue.modal = word.norm
      if (breakBefore(doc, index)) break
    }
    // "did not hesitate to denounce": the negation is the control verb's.
    if (words[match.start - 1]?.norm === 'to' && words[match.start - 2]?.norm === 'hesitate') cue.negated = false
    return cue
  }

  const flagsOf = (match: CueMatch): ReadonlySet<CueFlag> => match.info?.flags ?? (match.multi?.flags ? new Set(match.multi.flags) : noFlags)

  /** Where a control phrase before a cue starts ("held to recall", "was keen to stress", "did not hesitate to denounce"), or `cueStart`. */
  const controlStart = (cueStart: number): number => {
    if (words[cueStart - 1]?.norm !== 'to' || breakBefore(doc, cueStart) || breakBefore(doc, cueStart - 1)) return cueStart
    const head = words[cueStart - 2]
    if (!head) return cueStart
    const sentence = sentenceOf(cueStart)
    const same = (index: number) => index >= 0 && sentenceOf(index) === sentence && !breakBefore(doc, index + 1)
    if (controlVerbs.has(head.norm)) return cueStart - 2
    if (controlAdjectives.has(head.norm) && same(cueStart - 3) && beForms.has(words[cueStart - 3]!.norm)) return cueStart - 3
    if (head.norm === 'care' && same(cueStart - 3) && (words[cueStart - 3]!.norm === 'took' || words[cueStart - 3]!.norm === 'takes')) return cueStart - 3
    // "did not hesitate to denounce", "did not want to confirm" (Spanish *no quiso confirmar*).
    if (negatedControlVerbs.has(head.norm) && same(cueStart - 3)) {
      const before = words[cueStart - 3]!.norm
      if (before === "didn't" || before === "doesn't") return cueStart - 3
      if (before === 'not' && same(cueStart - 4) && (words[cueStart - 4]!.norm === 'did' || words[cueStart - 4]!.norm === 'does')) return cueStart - 4
    }
    return cueStart
  }

  /** Whether `that` at word `index` opens a clause: the next word is a determiner, pronoun, name, number, plural noun or adverb. */
  const opensClause = (index: number): boolean => {
    const next = words[index + 1]
    if (!next || breakBefore(doc, index + 1) && !gapHas(doc, index + 1, '"\u201C\u201E\u00AB')) return true
    if (isDeterminer(next) || isSubjectPronoun(next) || isCapitalised(next) || /^\d/.test(next.norm) || doc.quoteOf[index + 1] !== -1) return true
    if (['there', 'no', 'not', 'every', 'each', 'any', 'only', 'more', 'less', 'most', 'many', 'some', 'several', 'few', 'half', 'all', 'both', 'much', 'nobody', 'nothing', 'none', 'everyone', 'everything', 'someone', 'something', 'without', 'if', 'in', 'after', 'before', 'despite', 'although', 'because', 'since', 'until', 'while', 'when', 'to', 'for', 'with', 'at', 'on', 'by', 'from', 'during'].includes(next.norm)) return true
    if (next.norm.endsWith('ly')) return true
    // "that production will resume": a noun and an auxiliary.
    const after = words[index + 2]
    if (after && !breakBefore(doc, index + 2) && clauseAuxiliaries.has(after.norm)) return true
    // "that police received a report": a noun and a past-tense verb.
    if (after && !breakBefore(doc, index + 2) && /^\p{Ll}{3,}ed$/u.test(after.value) && !isDeterminer(next)) return true
    // "that prices rose": a plural noun cannot follow the determiner "that".
    return /[^s]s$/.test(next.norm) && next.norm.length > 3
  }

  /** A source whose head is a person, an organisation or a source noun ("residents reflected that"), not "prices". */
  const personLike = (phrase: Phrase): boolean => {
    const head = words[phrase.end - 1]!
    const norm = bareNorm(head)
    if (isCapitalised(head) || isSubjectPronoun(head) || lex.sourceNouns.has(norm) || lex.personRoles.has(norm) || lex.titles.has(norm) || lex.orgNouns.has(norm) || lex.orgSuffixes.has(norm)) return true
    const singular = norm.endsWith('s') && !norm.endsWith('ss') ? norm.slice(0, -1) : norm
    return agentNoun.test(norm) && !notAgents.has(norm) && !notAgents.has(singular) && norm.length > 4
  }

  /**
   * A recipient in a prepositional phrase at word `index`: "to journalists", "to the press", "to the AA
   * correspondent", "to Antara", "to the microphones of Rai", "with reporters". The phrase without the preposition.
   */
  const prepositionalRecipient = (index: number, sentenceEnd: number): Phrase | undefined => {
    const preposition = words[index]
    // German *gegenüber der Zeitung* comes out as `opposite the newspaper`.
    if (!preposition || index + 1 >= sentenceEnd || (preposition.norm !== 'to' && preposition.norm !== 'with' && preposition.norm !== 'opposite') || doc.quoteOf[index] !== -1 || breakBefore(doc, index + 1)) return undefined
    let at = index + 1
    while (at < sentenceEnd && at - index <= 2 && isDeterminer(words[at]!) && !breakBefore(doc, at + 1)) at++
    let end = at
    let noun = false
    let named = false
    while (end < sentenceEnd && end - at < 5 && doc.quoteOf[end] === -1 && (end === at || !breakBefore(doc, end) || /^\s*\(\s*$/.test(doc.gaps[end]!))) {
      const word = words[end]!
      if (recipientNouns.has(word.norm)) noun = true
      else if (isCapitalised(word) && !lex.timeWords.has(word.norm)) named = true
      else if (!(end > at && recipientNouns.has(words[end + 1]?.norm ?? '') && !breakBefore(doc, end + 1))) break
      end++
    }
    if (end === at || !(noun || named)) return undefined
    const last = words[end - 1]!
    if (!recipientNouns.has(last.norm) && !isCapitalised(last)) return undefined
    if (preposition.norm === 'with' && !noun) return undefined
    // '"…," said to Lusa Marta Quintela': an agency's name ends the recipient; the speaker's name follows it.
    if (named && !noun) {
      for (let length = Math.min(lex.mediaMaxWords, end - at - 1); length >= 1; length--) {
        if (lex.media.has(doc.text.slice(words[at]!.start, words[at + length - 1]!.end).toLowerCase())) {
          end = at + length
          break
        }
      }
    }
    // "to the microphones of Rai", "to the correspondent of Anadolu Agency"
    if (noun && words[end]?.norm === 'of' && end + 1 < sentenceEnd && !breakBefore(doc, end) && !breakBefore(doc, end + 1)) {
      let tail = end + 1
      if (words[tail] && isDeterminer(words[tail]!)) tail++
      const from = tail
      while (tail < sentenceEnd && tail - from < 4 && isCapitalised(words[tail]!) && (tail === from || !breakBefore(doc, tail))) tail++
      if (tail > from) end = tail
    }
    return {start: index + 1, end}
  }

  /** The addressee of a demand after `of`/`from` at word `at` (`of the State`), when an article opens the demand right after it. */
  function demandedOf(at: number, sentenceEnd: number): Phrase | undefined {
    let end = at + 1
    if (end < sentenceEnd && isDeterminer(words[end]!)) end++
    const from = end
    while (end < sentenceEnd && end - from < 4 && !breakBefore(doc, end) && (isCapitalised(words[end]!) || lex.orgNouns.has(bareNorm(words[end]!)))) end++
    if (end === from || end >= sentenceEnd || breakBefore(doc, end) || !['a', 'an', 'the'].includes(words[end]!.norm)) return undefined
    return {start: at + 1, end}
  }

  /** Whether words `[from, sentenceEnd)` hold nothing but adjuncts ("on Monday (3/2/2025)", "in Jakarta"). */
  const onlyAdjuncts = (from: number, sentenceEnd: number): boolean => {
    if (from >= sentenceEnd) return true
    let index = skipAdjuncts(from, sentenceEnd).index
    // A bracketed date or number closing the sentence.
    while (index < sentenceEnd && index - from < 12 && (/^\d/.test(words[index]!.norm) || lex.timeWords.has(words[index]!.norm))) index++
    // A bracketed acronym closing the sentence: "… University (LMU)."
    if (index < sentenceEnd && sentenceEnd - index <= 2 && gapHas(doc, index, '(') && isAcronym(words[index]!)) index = sentenceEnd
    return index >= sentenceEnd
  }

  /** The source phrase left of the cue starting at `cueStart`, skipping adverbs, auxiliaries and negation. */
  const sourceLeft = (cueStart: number): Phrase | undefined => {
    let index = controlStart(cueStart)
    if (index !== cueStart) cueStart = index
    let skipped = 0
    const sentence = sentenceOf(cueStart)
    while (index - 1 >= 0 && skipped < 4 && sentenceOf(index - 1) === sentence && !breakBefore(doc, index) && isSkippable(words[index - 1]!) && !isSubjectPronoun(words[index - 1]!)) {
      index--
      skipped++
    }
    // 'The citizens' initiative "Birth in Lindenau" claims': a body's quoted name between it and the cue.
    const title = index === cueStart && index > 0 ? doc.quoteOf[index - 1]! : -1
    if (title !== -1 && quotes[title]!.wordEnd === index && index - quotes[title]!.wordStart <= 5 && isCapitalised(words[quotes[title]!.wordStart]!) && quotes[title]!.wordStart > 0 && doc.quoteOf[quotes[title]!.wordStart - 1] === -1) {
      const body = scanLeft(doc, quotes[title]!.wordStart)
      if (body && sentenceOf(body.start) === sentence && body.end === quotes[title]!.wordStart && personLike(body)) {
        quoteUsed[title] = 1
        return body
      }
    }
    // "Jürgen Holtkamp (62) told": the name before a bracketed age or acronym.
    const tag = bracketedTagStart(index)
    // "Agus Priyanto, head of logistics at the Social Affairs Agency (Dinsos), said": a comma after the bracket closes
    // an apposition; the name before it is the source, not the body the bracket abbreviates.
    const bracketApposition = tag !== undefined && gapHas(doc, index, ',') ? appositionLeft(index) : undefined
    if (bracketApposition && bracketApposition.start < tag! && isCapitalised(words[bracketApposition.start]!) && !isDeterminer(words[bracketApposition.start]!)) return bracketApposition
    if (tag !== undefined) {
      const named = scanLeft(doc, tag)
      // Not a date: "Ratna Wulandari, Monday (10/3), confirmed".
      if (named && sentenceOf(named.start) === sentence && !onlyDates(named.start, named.end) && (isCapitalised(words[named.end - 1]!) || personLike(named))) {
        // "Giorgio Rossi, regional secretary of the Union (USTM), told": the name before the role's comma.
        const person = named.start > 0 && /^\s*,\s*$/.test(doc.gaps[named.start]!) && hasRole(named.start, named.end) ? scanLeft(doc, named.start) : undefined
        if (person && sentenceOf(person.start) === sentence && person.start === contentStart(person.start) && isCapitalised(words[person.end - 1]!) && !hasRole(person.start, person.end)) return {start: person.start, end: index}
        return {start: named.start, end: index}
      }
    }
    // "In the press service of the prosecutor's office reported that …" (Russian *В пресс-службе … сообщили*): an
    // impersonal verb after the body where it was said, which opens the sentence.
    const opening = doc.sentenceWordStart[sentence]!
    if (index === cueStart && opening < cueStart && impersonalVerbs.has(words[cueStart]!.norm)) {
      const where = impersonalSource(opening, sentenceWords(doc, cueStart).end, cueStart)
      if (where) return where
    }
    // "Ferrán, who said that …, denied": the antecedent of the relative pronoun is the source.
    // Also a body: "the Autonomous Union of Urban Transports (SATU), which claims that …".
    if (index === cueStart && index > 1 && (words[index - 1]!.norm === 'who' || words[index - 1]!.norm === 'which') && !breakBefore(doc, index) && gapHas(doc, index - 1, ',') && sentenceOf(index - 2) === sentence) {
      const named = appositionLeft(index - 1) ?? scanLeft(doc, bracketedTagStart(index - 1) ?? index - 1)
      if (named && sentenceOf(named.start) === sentence && (hasCapital(named.start, named.end) || personLike(named))) return named
    }
    // "Ratna Wulandari when met in Pangkalan Sari confirmed …" (Indonesian *saat ditemui di*): how the reporter met the source.
    const contacted = contactedSubject(index, sentence)
    if (contacted) return contacted
    // "Hendra Wibisono in his verdict said …", "the regent at the ceremony stressed …": a short adjunct between subject and verb.
    const adjunct = adjunctBefore(index, sentence)
    if (adjunct !== undefined) {
      const named = scanLeft(doc, adjunct)
      // A name (not a capitalised sentence opener: "Residents in the village said" keeps its locative).
      // "Zhukov in his turn stressed" (Russian *в свою очередь*) opens the sentence with the name too.
      const inTurn = words[adjunct]!.norm === 'in' && words[adjunct + 2]?.norm === 'turn' && adjunct + 3 === index
      if (named && sentenceOf(named.start) === sentence && named.end === adjunct && (named.end - 1 > doc.sentenceWordStart[sentence]! || words[adjunct]!.norm === 'for' || inTurn) && isCapitalised(words[named.end - 1]!)) return named
    }
    if (index > 0 && breakBefore(doc, index) && index !== cueStart) return appositionLeft(index)
    if (index !== cueStart && breakBefore(doc, cueStart)) return undefined
    if (index === cueStart && breakBefore(doc, cueStart)) return appositionLeft(cueStart)
    // "The relevant person in charge said" (Chinese *相关负责人*): the role alone is the subject.
    if (index >= 3 && sentenceOf(index - 3) === sentence && personInChargeAt(index - 3) && !breakBefore(doc, index - 2) && !breakBefore(doc, index - 1) && !breakBefore(doc, index)) {
      return {start: inChargeOpening(index - 3, sentence, true), end: index}
    }
    // "The vice-governor on questions of housing stressed" (Russian *вице-губернатор по вопросам ЖКХ*): a role and its
    // remit open the sentence.
    const remit = remitRoleSubject(index, sentence)
    if (remit) return remit
    let phrase = scanLeft(doc, index)
    // "Pensioner Valentina (74) from a house on Lesnaya street told": where the person is from, after the person.
    const origin = personBeforeFrom(phrase && sentenceOf(phrase.start) === sentence ? phrase.start : index, sentence)
    if (origin !== undefined) phrase = {start: origin, end: index}
    if (!phrase || sentenceOf(phrase.start) !== sentence) return undefined
    if (phrase.end - phrase.start === 1 && firstPerson.has(words[phrase.start]!.norm)) return undefined
    // "And pointed out the director …" (Arabic verb-first order): a conjunction is no subject.
    if (phrase.end - phrase.start === 1 && ['and', 'but', 'also', 'then', 'moreover', 'so'].includes(words[phrase.start]!.norm)) return undefined
    if (phrase.start < phrase.end && claimed[phrase.end - 1]) return undefined
    // "The relevant person in charge of Qiaotou Sub-district Office indicated" (Chinese *相关负责人*): the role before
    // the body is part of the source.
    const charge = personInChargeBefore(phrase.start, sentence)
    if (charge !== undefined) return {start: charge, end: phrase.end}
    // "Ms. Lê Thị Thu Hà - Director of Sở TN&MT confirmed" (Vietnamese news joins the name and the office with a dash):
    // the name before the dash is the source, the office its apposition.
    if (phrase.start > 0 && /^\s+[-\u2013\u2014]\s+$/.test(doc.gaps[phrase.start]!) && hasRole(phrase.start, phrase.end)) {
      const named = scanLeft(doc, phrase.start)
      if (named && sentenceOf(named.start) === sentence && personLike(named) && isCapitalised(words[named.end - 1]!)) return {start: named.start, end: phrase.end}
    }
    return phrase
  }

  /** `The <role> on questions of <remit>` from the sentence's start up to the cue at `cueStart`, or undefined. */
  function remitRoleSubject(cueStart: number, sentence: number): Phrase | undefined {
    const from = contentStart(cueStart)
    if (sentenceOf(from) !== sentence || cueStart - from > 14) return undefined
    for (let at = from + 1; at + 2 < cueStart; at++) {
      if (breakBefore(doc, at)) return undefined
      if (words[at]!.norm !== 'on' || !remitNouns.has(words[at + 1]!.norm) || words[at + 2]!.norm !== 'of') continue
      const role = bareNorm(words[at - 1]!)
      if (!(lex.personRoles.has(role) || lex.titles.has(role))) return undefined
      for (let word = at + 3; word < cueStart; word++) if (breakBefore(doc, word) || doc.quoteOf[word] !== -1 || lex.cue.has(words[word]!.norm)) return undefined
      return {start: from, end: cueStart}
    }
    return undefined
  }

  /** Start of `(the) (relevant|responsible) person in charge of` ending right before word `start`, or undefined. */
  function personInChargeBefore(start: number, sentence: number): number | undefined {
    if (start < 4 || words[start - 1]!.norm !== 'of' || breakBefore(doc, start) || breakBefore(doc, start - 1)) return undefined
    const at = start - 4
    if (!personInChargeAt(at) || breakBefore(doc, at + 1) || breakBefore(doc, at + 2)) return undefined
    return inChargeOpening(at, sentence, false)
  }

  /** Where `person in charge` at word `at` opens, past `the`, `relevant`, `responsible`, `main` (and `a`, if `indefinite`). */
  function inChargeOpening(at: number, sentence: number, indefinite: boolean): number {
    while (at > 0 && sentenceOf(at - 1) === sentence && !breakBefore(doc, at) && (inChargeModifiers.has(words[at - 1]!.norm) || (indefinite && words[at - 1]!.norm === 'a'))) at--
    return at
  }

  /**
   * Start of a short prepositional adjunct ("in his verdict", "at the hearing") that ends right before word `end`,
   * in one run of words with no punctuation, or undefined.
   */
  /**
   * The last word inside a bracket that opens before word `open` and closes within `maxWords` words and before word
   * `limit`, or -1.
   */
  function bracketClose(open: number, limit: number, maxWords: number): number {
    let close = open
    while (close + 1 < limit && close - open < maxWords && !/\)/.test(doc.gaps[close + 1]!)) close++
    return /\)/.test(doc.gaps[close + 1] ?? '') ? close : -1
  }

  /** Whether words `index…index + 2` are "person in charge" (Chinese *负责人*). */
  function personInChargeAt(index: number): boolean {
    return words[index]?.norm === 'person' && words[index + 1]?.norm === 'in' && words[index + 2]?.norm === 'charge'
  }

  /** Whether words `index…index + 2` are "for his/her/their part" (French *pour sa part*), in one run. */
  function forPartAt(index: number): boolean {
    return words[index]?.norm === 'for' && words[index + 2]?.norm === 'part' && possessives.has(words[index + 1]?.norm ?? '') && !breakBefore(doc, index + 1) && !breakBefore(doc, index + 2)
  }

  /** A name right before a contact adjunct ("when met in Pangkalan Sari") that ends at word `end`, without commas. */
  function contactedSubject(end: number, sentence: number): Phrase | undefined {
    for (let start = end - 2; start >= 1 && end - start <= 7; start--) {
      if (sentenceOf(start) !== sentence || breakBefore(doc, start + 1) || doc.quoteOf[start] !== -1) return undefined
      if (!['when', 'while', 'upon'].includes(words[start]!.norm)) continue
      if (breakBefore(doc, start) || !isContactAdjunct(start, end)) return undefined
      const named = scanLeft(doc, start)
      return named && sentenceOf(named.start) === sentence && named.end === start && isCapitalised(words[start - 1]!) ? named : undefined
    }
    return undefined
  }

  /** Whether words `[start, end)` only date the statement: "Monday (10/3)", "on Tuesday", "last week". */
  function onlyDates(start: number, end: number): boolean {
    if (end - start > 6 || !lex.timeWords.has(words[start]!.norm) && !['on', 'last'].includes(words[start]!.norm)) return false
    for (let index = start; index < end; index++) {
      const word = words[index]!
      if (!(lex.timeWords.has(word.norm) || /^\d{1,4}(?:[/.-]\d{1,4}){0,2}$/.test(word.norm) || ['on', 'last', 'this'].includes(word.norm))) return false
    }
    return true
  }

  function adjunctBefore(end: number, sentence: number): number | undefined {
    // Up to two prepositional phrases: "Huang Jianguo at the press conference on Tuesday indicated" (Chinese and
    // Russian order).
    for (let start = end - 2; start >= 1 && end - start <= 7; start--) {
      if (sentenceOf(start) !== sentence || breakBefore(doc, start + 1)) return undefined
      const word = words[start]!
      if (subjectAdjunctPrepositions.has(word.norm)) {
        if (breakBefore(doc, start)) return undefined
        if (isCapitalised(words[start - 1]!)) return start
        const earlier = adjunctBefore(start + 1, sentence)
        if (earlier !== undefined && earlier < start && isCapitalised(words[earlier - 1]!)) return earlier
        return end - start <= 4 ? start : undefined
      }
      // "Mercier for her part asked" (French *pour sa part*).
      if (start + 3 === end && forPartAt(start)) return breakBefore(doc, start) ? undefined : start
      // "Ratna Wulandari on Monday (10/3) confirmed": a weekday inside the adjunct. A cue's form after an article is
      // the adjunct's noun ("at the briefing on Wednesday stated").
      if ((isCapitalised(word) && !lex.timeWords.has(word.norm)) || doc.quoteOf[start] !== -1 || (lex.cue.has(word.norm) && !isDeterminer(words[start - 1]!))) return undefined
    }
    return undefined
  }

  /**
   * The first word of a bracketed tag that ends right before word `end` and closes a name: an age or acronym
   * ("Holtkamp (62)", "Syndicate (SVM)") or a short capitalised name ("Fadli Ramadhan (Karya Bangsa Party)").
   */
  function bracketedTagStart(end: number): number | undefined {
    if (!/^\)/.test(doc.gaps[end] ?? '')) return /^["\u201D]\)/.test(doc.gaps[end] ?? '') ? longRoleTagStart(end) : undefined
    // "Artur Neves Coelho (vereador of the opposition)": a short descriptor after a name, whatever its nouns.
    const lowerTag = shortDescriptorStart(end)
    if (lowerTag !== undefined) return lowerTag
    // "Bertrand Aubignac (Valmérac Together, opposition)": one comma before a lower-case descriptor of the party.
    let descriptorComma = false
    for (let start = end - 1; start > 0 && end - start <= 6; start--) {
      const word = words[start]!
      const connector = ['of', 'in', 'for', 'the', 'and', 'de'].includes(word.norm) && start < end - 1
      // "Haruka Endo (tourism economics)": a speciality in lower case after a name (Japanese style).
      const lower = end - start <= 3 && /^\p{Ll}+$/u.test(word.value)
      if (lower && gapHas(doc, start, '(')) return isCapitalised(words[start - 1]!) ? start : longRoleTagStart(end)
      if (!(isCapitalised(word) || /^\d{1,3}$/.test(word.norm) || connector || lower)) return longRoleTagStart(end)
      if (gapHas(doc, start, '(')) return connector ? undefined : start
      if (!descriptorComma && /^\s*,\s*$/.test(doc.gaps[start]!) && end - start <= 2 && /^\p{Ll}+$/u.test(word.value) && /^\p{Ll}+$/u.test(words[end - 1]!.value)) {
        descriptorComma = true
        continue
      }
      if (breakBefore(doc, start)) return longRoleTagStart(end)
    }
    return longRoleTagStart(end)
  }

  /**
   * A longer bracket after a name that holds the person's role: "Federica Lodi (provincial secretary of the union
   * Unione Sanità Libera)", "Oleg Tarasenko (faction "Our City")", "Mahmoud Al-Saadi (head of the association of the
   * traders …)". Up to 16 words, with commas and a quoted name inside, and a role, a title or an organisation word.
   */
  /**
   * A short descriptor in brackets after a name, whatever its nouns: `(vereador of the opposition)`, `(opposition,
   * Kuroshima constituency)`: up to six words, at most one comma, no reporting verb; the first word inside, or undefined.
   */
  function shortDescriptorStart(end: number): number | undefined {
    let commas = 0
    for (let start = end - 1; start > 0 && end - start <= 6; start--) {
      const word = words[start]!
      if (!/^\p{L}[\p{L}-]*$/u.test(word.value) || (lex.cue.has(word.norm) && !lex.sourceNouns.has(word.norm))) return undefined
      const gap = doc.gaps[start]!
      if (/\(\s*$/.test(gap)) return isCapitalised(words[start - 1]!) && !/[,.;:]/.test(gap) && (commas === 0 || end - start >= 3) ? start : undefined
      if (/^\s*,\s*$/.test(gap)) commas++
      else if (/[^\s]/.test(gap)) return undefined
      if (commas > 1) return undefined
    }
    return undefined
  }

  function longRoleTagStart(end: number): number | undefined {
    let role = false
    for (let start = end - 1; start > 0 && end - start <= 16; start--) {
      const norm = bareNorm(words[start]!)
      if (lex.personRoles.has(norm) || lex.titles.has(norm) || lex.orgSuffixes.has(norm) || lex.orgNouns.has(norm)) role = true
      const gap = doc.gaps[start]!
      if (/\(\s*$/.test(gap)) return role && start > 0 && isCapitalised(words[start - 1]!) ? start : undefined
      if (/[;:!?()\[\]]|\.\s/.test(gap) || gap.includes('\n')) return undefined
    }
    return undefined
  }

  /**
   * "PT Griya Niaga Lestari as the contractor" (Indonesian *selaku*) ending right before word `end`: the name, then
   * `as`, an article and a lower-case role noun.
   */
  function asRoleSubject(end: number, sentence: number): Phrase | undefined {
    let at = end - 1
    while (at > 0 && end - at <= 3 && /^\p{Ll}+$/u.test(words[at]!.value) && !['as', 'the', 'a', 'an'].includes(words[at]!.norm)) at--
    if (at < 2 || !['the', 'a', 'an'].includes(words[at]!.norm) || words[at - 1]!.norm !== 'as' || at === end - 1) return undefined
    const name = scanLeft(doc, at - 1)
    if (!name || sentenceOf(name.start) !== sentence || name.end !== at - 1 || !hasCapital(name.start, name.end)) return undefined
    return {start: name.start, end}
  }

  /** Whether words `[start, end)` are an apposition naming a role (", a resident of Gayungan,"). */
  const isApposition = (start: number, end: number): boolean => {
    if (end - start < 1 || end - start > 20) return false
    // `Vice Chairman of …`, `Deputy Director of …`: capitalised prefixes before a title (up to three: `Standing Vice
    // Chairman`, Vietnamese *Phó Chủ tịch Thường trực*).
    let titleAt = start
    while (titleAt < end && titleAt - start < 3 && titlePrefixes.has(words[titleAt]!.norm)) titleAt++
    const prefixed = titleAt > start && titleAt < end && lex.titles.has(bareNorm(words[titleAt]!))
    if (isCapitalised(words[start]!) && !lex.titles.has(bareNorm(words[start]!)) && !prefixed) return false
    let role = false
    for (let index = start; index < end; index++) {
      const word = words[index]!
      if (doc.quoteOf[index] !== -1) return false
      // "City Clinic No. 3": the period of an abbreviation ends nothing.
      if (index > start && /[;:.!?"\u201C\u201D]/.test(doc.gaps[index]!) && !(/^\.\s*$/.test(doc.gaps[index]!) && abbreviationsBeforeNumber.has(words[index - 1]!.norm))) return false
      if (index > start && doc.gaps[index]!.includes(',') && !isCapitalised(word)) return false
      if (word.norm === 'that' || word.norm === 'who' || word.norm === 'which' || word.norm === 'whose' || word.norm === 'whom') return false
      if (lex.cue.has(word.norm) && !isCapitalised(word) && !lex.sourceNouns.has(word.norm) && !lex.personRoles.has(word.norm)) return false
      const norm = bareNorm(word)
      if (index - start < 5 && (lex.personRoles.has(norm) || lex.titles.has(norm))) role = true
    }
    return role
  }

  /** The first word after the comma before word `end` within its sentence (the aside that ends at `end`), or -1. */
  const scanAsideStart = (end: number): number => {
    let start = end - 1
    while (start > 0 && end - start <= 12 && sentenceOf(start - 1) === sentenceOf(end - 1) && !gapHas(doc, start, ',')) start--
    return gapHas(doc, start, ',') ? start : -1
  }

  /** "NAME, APPOSITION," ending right before word `end` (whose gap holds the second comma). */
  const appositionLeft = (end: number): Phrase | undefined => {
    if (!gapHas(doc, end, ',') || end === 0) return undefined
    const sentence = sentenceOf(end - 1)
    let start = end - 1
    for (let commas = 0; commas < 4; commas++) {
      while (start > 0 && end - start <= 25 && sentenceOf(start - 1) === sentence && !gapHas(doc, start, ',')) start--
      if (start <= 0 || !gapHas(doc, start, ',') || sentenceOf(start - 1) !== sentence) return undefined
      // "The director general of the syndicate (SVM), Karim Oussedik, said": look past a bracketed acronym.
      const name = scanLeft(doc, bracketedTagStart(start) ?? start)
      // "Ferran Pastor, president of AVEL (AVEL), in statements to EFE, said" (Spanish "en declaraciones a"):
      // where, not who; the source is before the adjunct.
      // Also with the channel it went through: "in the written statement made through its press consultant".
      if (commas === 0 && ((end - start <= 10 && isStatementAdjunct(start, end)) || isSpokespersonAside(start, end))) {
        const before = appositionLeft(start) ?? asRoleSubject(start, sentence)
        if (before) return before
        if (name && sentenceOf(name.start) === sentence && hasCapital(name.start, name.end)) return name
      }
      // "Agus Prasetyo, however, considered that …": a sentence adverb between the commas, not an apposition.
      // Also "on the other hand", "for his part", and "when confirmed on Thursday" (Indonesian *saat dikonfirmasi*).
      // "Ratna Wulandari when met in Pangkalan Sari, Monday (10/3), confirmed": a date between the commas.
      if (commas === 0 && onlyDates(start, end)) {
        // "Rusdi Harahap, speaking to journalists on Thursday, March 12, said": the date closes an aside before it.
        if (/^\s*,\s*$/.test(doc.gaps[start]!) && start >= 2 && speakingParticiples.has(words[scanAsideStart(start)]?.norm ?? '')) {
          const before = appositionLeft(start)
          if (before) return before
        }
        const subject = contactedSubject(start, sentence) ?? name
        if (subject && sentenceOf(subject.start) === sentence && hasCapital(subject.start, subject.end)) return subject
      }
      if (commas === 0 && (end - start <= 4 && sentenceAdverbs.has(words[start]!.norm) || isContactAdjunct(start, end)) && name && sentenceOf(name.start) === sentence && (hasCapital(name.start, name.end) || hasRole(name.start, name.end))) return name
      // "The assessor to the Health of the Region, Paolo Ferretti, said": a role phrase of any shape opening the
      // sentence, then a person's name between commas.
      // Also "…, the engineer Tariq Hilal al-Qadiri, explained" (Arabic *المهندس*): a title word before the name.
      let nameFrom = start
      if (isDeterminer(words[nameFrom]!) && nameFrom + 1 < end) nameFrom++
      // Also a capitalised rank before the name ("…, Major General Khalid bin Salem Al-Nuaimi,").
      while (nameFrom < end - 2 && (ranks.has(words[nameFrom]!.norm) || (!isCapitalised(words[nameFrom]!) && (lex.titles.has(words[nameFrom]!.norm) || lex.personRoles.has(words[nameFrom]!.norm))))) nameFrom++
      if (nameFrom === start + 1) nameFrom = start
      if (commas === 0 && isNameRun(nameFrom, end) && end - nameFrom >= 2 && !hasOrgNoun(nameFrom, end)) {
        const opening = rolePhraseOpening(start)
        if (opening !== undefined) return {start: opening, end}
      }
      // An apposition before the aside may end in a phrase no name closes (`Sabine Roth, speaker of the initiative for
      // the delivery room, citing a study, called on …`).
      // Also before `quoted by` (`Sources of Hidroaguas del Sur, the company that will build the plant, quoted by the
      // newspaper …, denied`).
      const reportedAside = (words[start]!.norm === 'cited' || words[start]!.norm === 'quoted') && (words[start + 1]?.norm === 'by' || words[start + 1]?.norm === 'from')
      const citingAside = words[start]!.norm === 'citing' || words[start]!.norm === 'quoting'
      if (commas === 0 && end - start <= 12 && (citingAside || reportedAside) && !(name && sentenceOf(name.start) === sentence && (!reportedAside || hasCapital(name.start, name.end)))) {
        const apposition = appositionLeft(start)
        if (apposition) return apposition
      }
      if (name && sentenceOf(name.start) === sentence) {
        // "PT ALK through its spokeswoman, Rina Oktaviani, explained": the body speaks through its spokesperson.
        const channel = name.start >= 2 && ['its', 'their'].includes(words[name.start]!.norm) && ['through', 'via'].includes(words[name.start - 1]!.norm) && !breakBefore(doc, name.start) && isSpokespersonAside(name.start - 1, name.end) ? scanLeft(doc, name.start - 1) : undefined
        if (commas === 0 && channel && sentenceOf(channel.start) === sentence && hasCapital(channel.start, channel.end)) return channel
        // "Correia, cited by Lusa, claimed" (Portuguese "citado pela", Italian "citato da"): the name is the source.
        // Also Indonesian *dikutip dari*: "Agus Darmanto, quoted from the daily Suara Kerapu, claimed".
        if (commas === 0 && end - start <= 12 && reportedAside && hasCapital(name.start, name.end)) return name
        // "Dedi Kurniawan, citing a police report, said": the name is the source; the cited one joins its chain.
        // Also after an apposition: "Loïc Prigent, fisherman and municipal councillor, citing the capitainerie, said".
        if (commas === 0 && end - start <= 12 && citingAside && (hasCapital(name.start, name.end) || hasRole(name.start, name.end))) return appositionLeft(start) ?? name
        // "Edi Susanto, head of …, said"
        if (isApposition(start, end) && hasCapital(name.start, name.end)) return {start: name.start, end}
        // "Orhan Demirkıran, stating that the municipality has no say, said that …" (Turkish *… belirterek*): a
        // participle clause between the subject and its verb.
        if (commas === 0 && end - start <= 20 && ['stating', 'noting', 'saying', 'adding', 'explaining', 'emphasizing', 'emphasising', 'underlining', 'stressing', 'recalling'].includes(words[start]!.norm) && words[start + 1]?.norm === 'that' && (hasCapital(name.start, name.end) || hasRole(name.start, name.end))) return name
        // "Paolo Grisanti, of the Civic Movement, believes": the body the person belongs to, between commas.
        // Also a lower-case body after an article: "The vereador Tiago Nunes, of the opposition, claimed".
        if (commas === 0 && end - start <= 7 && (words[start]!.norm === 'of' || words[start]!.norm === 'from') && (hasCapital(start + 1, end) || (end - start <= 4 && isDeterminer(words[start + 1]!))) && hasCapital(name.start, name.end)) return {start: name.start, end}
        // "A resident of Gayungan, Ibu Siti Aminah, said"
        if (commas === 0 && isNameRun(start, end) && hasRole(name.start, name.end)) return {start: name.start, end}
        // "The terminal operator, Akdeniz Terminal Co., said"
        if (commas === 0 && isNameRun(start, end) && hasOrgNoun(name.start, name.end) && (end - start >= 2 || !lex.timeWords.has(words[start]!.norm))) return {start: name.start, end}
        // "Yuko Tanabe, 38, who was traveling with her children, said", "X, the largest operator in the city, denied"
        if (hasCapital(name.start, name.end) && describes(start, end)) return {start: name.start, end}
        // "The association, which claims losses of …, urged": a relative clause between the subject and its verb.
        if (commas === 0 && (words[start]!.norm === 'which' || words[start]!.norm === 'who') && personLike(name)) return name
      }
      start--
    }
    return undefined
  }

  /**
   * The first word of a role phrase that opens the sentence and ends right before word `end` (a comma): a
   * determiner, then at most 12 words holding a role noun, no reporting verb, quote or other punctuation.
   */
  function rolePhraseOpening(end: number): number | undefined {
    // After a dateline (`AL-HAMRA (KUNA) - His Excellency the Governor …`), the sentence's own words.
    let start = contentStart(end - 1)
    // "Also the Chief Doctor of the gynaecology, Prof. Dr. Martin Hahn, considers" (German *Auch der Chefarzt*).
    if (sentenceConnectives.has(words[start]?.norm ?? '') && !breakBefore(doc, start + 1)) start++
    const first = words[start]
    if (!first || end - start < 2 || end - start > 12 || !isDeterminer(first)) return undefined
    let role = false
    for (let index = start; index < end; index++) {
      const word = words[index]!
      if (doc.quoteOf[index] !== -1 || (index > start && breakBefore(doc, index))) return undefined
      if (!isCapitalised(word) && lex.cue.has(word.norm) && !lex.sourceNouns.has(word.norm) && !lex.personRoles.has(word.norm)) return undefined
      if (lex.personRoles.has(bareNorm(word)) || lex.titles.has(bareNorm(word))) role = true
    }
    return role ? start : undefined
  }

  /** Whether an object of at most five words and `to` + a verb follow word `from` ("the inhabitants to gather"). */
  function callsToAct(from: number, sentenceEnd: number): boolean {
    for (let index = from + 1; index < Math.min(sentenceEnd - 1, from + 6); index++) {
      if (breakBefore(doc, index) || doc.quoteOf[index] !== -1) return false
      if (words[index]!.norm === 'to' && /^\p{Ll}+$/u.test(words[index + 1]!.value) && !isDeterminer(words[index + 1]!)) return true
    }
    return false
  }

  /**
   * The start of a person named right before a `from` phrase that ends at word `end` ("Pensioner Valentina (74)
   * from a house on Lesnaya street", "A farmer from the village"), or undefined.
   */
  function personBeforeFrom(end: number, sentence: number): number | undefined {
    for (let from = end - 1; from > 0 && end - from <= 7; from--) {
      const word = words[from]!
      if (sentenceOf(from) !== sentence || doc.quoteOf[from] !== -1 || gapHas(doc, from + 1, ',;:') || (lex.cue.has(word.norm) && !lex.sourceNouns.has(word.norm))) return undefined
      if (word.norm !== 'from') continue
      // "Svetlana Orlova, 74, from Zavodskaya street told": an age between commas before the origin.
      if (from >= 3 && /^\d{1,3}$/.test(words[from - 1]!.norm) && /^\s*,\s*$/.test(doc.gaps[from]!) && /^\s*,\s*$/.test(doc.gaps[from - 1]!)) {
        const aged = scanLeft(doc, from - 1)
        return aged && sentenceOf(aged.start) === sentence && isCapitalised(words[aged.end - 1]!) && personLike(aged) ? aged.start : undefined
      }
      const tag = bracketedTagStart(from)
      const namedPhrase = scanLeft(doc, tag ?? from)
      if (!namedPhrase || sentenceOf(namedPhrase.start) !== sentence) return undefined
      const head = words[namedPhrase.end - 1]!
      const norm = bareNorm(head)
      // A capital counts only where no sentence start explains it ("Exports from the region said" is no source).
      const isName = isCapitalised(head) && !lex.commonWords.has(norm) && (namedPhrase.end - 1 > sentenceWords(doc, from).start || tag !== undefined)
      return isName || /^\d/.test(norm) || lex.personRoles.has(norm) || lex.sourceNouns.has(norm) ? namedPhrase.start : undefined
    }
    return undefined
  }

  /** Whether a reporting verb outside quotes is among words `[from, to)`. */
  function hasCueBetween(from: number, to: number): boolean {
    for (let index = from; index < to; index++) if (doc.quoteOf[index] === -1 && lex.cue.has(words[index]!.norm)) return true
    return false
  }

  /** Words `[start, end)` (after "who") open with a reporting verb and hold no sentence punctuation outside quotes. */
  function reportsInRelative(start: number, end: number): boolean {
    if (start >= end || !lex.cue.has(words[start]!.norm)) return false
    for (let word = start + 1; word < end; word++) {
      if (doc.quoteOf[word] !== -1 && doc.quoteOf[word] === doc.quoteOf[word - 1]) continue
      if (/[;:!?()]|\.(?!["\u201D])/.test(doc.gaps[word]!)) return false
    }
    return true
  }

  /** "when confirmed on Thursday", "when contacted by Antara", "after the hearing": how the reporter reached the source. */
  function isContactAdjunct(start: number, end: number): boolean {
    if (end - start > 7 || !['when', 'while', 'after', 'upon', 'once'].includes(words[start]!.norm)) return false
    const next = words[start + 1]
    return next !== undefined && (contactParticiples.has(next.norm) || isDeterminer(next))
  }

  /** After "called" at `at`: where the object of "for" starts, past a spokesperson aside ("by the voice of its spokesperson for"), or -1. */
  function callForObject(at: number, sentenceEnd: number): number {
    let forAt = at
    if (words[at] && ['by', 'through', 'via'].includes(words[at]!.norm)) {
      while (forAt < Math.min(sentenceEnd, at + 9) && words[forAt]!.norm !== 'for') forAt++
      if (forAt >= sentenceEnd || !isSpokespersonAside(at, forAt)) return -1
    }
    return forAt + 1 < sentenceEnd && words[forAt]?.norm === 'for' && !breakBefore(doc, forAt + 1) ? forAt + 1 : -1
  }

  /** "by the voice of its spokesperson Claire Dubois", "through its spokesman": who carried a body's words. */
  function isSpokespersonAside(start: number, end: number): boolean {
    if (end - start > 10 || !['by', 'through', 'via'].includes(words[start]!.norm)) return false
    for (let index = start + 1; index < Math.min(end, start + 6); index++) {
      if (/^spokes(?:man|woman|person|people|men)$|^representatives?$/.test(words[index]!.norm) || personInChargeAt(index)) return true
    }
    return false
  }

  /** Words `[start, end)` are "in statements to EFE", "in an interview with the BBC", "in remarks to reporters". */
  function isStatementAdjunct(start: number, end: number): boolean {
    // "speaking to the crowd", "addressing reporters" (Turkish *… hitap ederek*): to whom, not who.
    // Also with where and when ("speaking at a press briefing on Tuesday").
    if (speakingParticiples.has(words[start]!.norm) && end - start <= 10) return true
    if (words[start]!.norm !== 'in') return false
    for (let index = start + 1; index < Math.min(end, start + 4); index++) {
      if (statementNouns.has(words[index]!.norm)) return true
      // "in a note sent to Lusa", "in a letter to the residents": a written statement, with where it went.
      if (writtenStatementNouns.has(words[index]!.norm) && isDeterminer(words[index - 1]!)) return true
    }
    return false
  }

  /** Whether a source phrase names a person (a name or a person's role), not a body ("the BPBD", "the ministry"). */
  function speaksAsPerson(source: Phrase): boolean {
    // "The museum's director, Chiara Bonetti": a person's role wins over the body it belongs to.
    if (hasRole(source.start, source.end)) return true
    if (hasOrgNoun(source.start, source.end)) return false
    for (let index = source.start; index < source.end; index++) {
      const word = words[index]!
      const norm = bareNorm(word)
      if (lex.orgSuffixes.has(norm) || lex.media.has(norm) || (word.value.length > 1 && word.value === word.value.toUpperCase() && /\p{Lu}/u.test(word.value))) return false
    }
    return hasCapital(source.start, source.end) || hasRole(source.start, source.end) || isSubjectPronoun(words[source.start]!)
  }

  function hasOrgNoun(from: number, to: number): boolean {
    for (let index = from; index < to; index++) if (lex.orgNouns.has(bareNorm(words[index]!))) return true
    return false
  }

  /**
   * Words `[start, end)` describe the name before them: comma-separated
   * segments, each an age ("38"), a relative clause ("who was on board"), an
   * article-led description ("a customs broker in Mersin") or a role
   * apposition. No quotes, no sentence punctuation, no reporting verb.
   */
  function describes(start: number, end: number): boolean {
    if (end - start < 1 || end - start > 20) return false
    const bounds = [start]
    // Commas inside a quote do not end a segment.
    for (let index = start + 1; index < end; index++) if (gapHas(doc, index, ',') && !(doc.quoteOf[index] !== -1 && doc.quoteOf[index] === doc.quoteOf[index - 1])) bounds.push(index)
    bounds.push(end)
    for (let part = 0; part + 1 < bounds.length; part++) {
      const segment = bounds[part]!
      const to = bounds[part + 1]!
      const first = words[segment]!
      const length = to - segment
      let ok = false
      if (/^\d+$/.test(first.norm) && length <= 3) ok = true
      else if ((first.norm === 'who' || first.norm === 'whose' || first.norm === 'a' || first.norm === 'an' || first.norm === 'the' || first.norm === 'with') && length >= 2) ok = true
      // "Manuel Rebelo, 58 years, of which 35 passed in the section of stoppers, said": a relative clause on the age.
      else if (first.norm === 'of' && (words[segment + 1]?.norm === 'which' || words[segment + 1]?.norm === 'whom') && length >= 3) ok = true
      // "in the department since 19 years" (Italian *nel reparto da 19 anni*): where, and for how long.
      else if ((first.norm === 'in' || first.norm === 'at') && length >= 4 && length <= 9 && servesSince(segment + 1, to)) ok = true
      // "Rosa Quintela, packer during 22 years, told" (Spanish *empacadora durante 22 años*): a bare occupation and how long.
      else if (length >= 3 && length <= 5 && !isCapitalised(first) && !lex.cue.has(first.norm) && personLike({start: segment, end: segment + 1}) && servesSince(segment + 1, to)) ok = true
      else ok = isApposition(segment, to)
      if (!ok) return false
      // "who said that the Confederation "has done what it could"": a relative clause may report speech; it is
      // an attribution of its own, and still describes the name.
      if (first.norm === 'who' && reportsInRelative(segment + 1, to)) continue
      for (let word = segment; word < to; word++) {
        if (doc.quoteOf[word] !== -1) return false
        // "building No. 14": the period of an abbreviation before a number ends nothing.
        if (word > segment && /[;:.!?"\u201C\u201D()]/.test(doc.gaps[word]!) && !(/^\.\s*$/.test(doc.gaps[word]!) && abbreviationsBeforeNumber.has(words[word - 1]!.norm))) return false
        const norm = words[word]!.norm
        if (lex.cue.has(norm) && !lex.personRoles.has(norm) && !lex.sourceNouns.has(norm)) return false
      }
    }
    return true
  }

  /** Whether `since` or `for` and a number of years stand in words `[from, to)`: "since 19 years", "for 20 years". */
  function servesSince(from: number, to: number): boolean {
    for (let index = from; index + 1 < to; index++) {
      if (['since', 'for', 'during'].includes(words[index]!.norm) && /^\d+$/.test(words[index + 1]!.norm)) return true
    }
    return false
  }

  /** A noun that names a body or a person's role though it looks like an adjective: "cooperative", "executive", "representative". */
  function isBodyOrRole(word: Word): boolean {
    const norm = bareNorm(word)
    return lex.orgNouns.has(norm) || lex.personRoles.has(norm)
  }

  function hasCapital(from: number, to: number): boolean {
    for (let index = from; index < to; index++) if (isCapitalised(words[index]!)) return true
    return false
  }

  function hasRole(from: number, to: number): boolean {
    for (let index = from; index < to; index++) {
      const norm = bareNorm(words[index]!)
      if (lex.personRoles.has(norm) || lex.titles.has(norm)) return true
    }
    return false
  }

  /** Words `[from, to)` are a short name ("Ibu Siti Aminah", "Marc Lefebvre"). */
  function isNameRun(from: number, to: number): boolean {
    if (to - from < 1 || to - from > 5) return false
    for (let index = from; index < to; index++) {
      // A particle inside the name: `Aguas del Riberal`, `Instituut van de Zee`.
      const particle = index > from && index < to - 1 && nameParticles.has(words[index]!.norm)
      if ((!isCapitalised(words[index]!) && !particle) || doc.quoteOf[index] !== -1) return false
      if (index > from && breakBefore(doc, index)) return false
    }
    return true
  }

  /** "NAME, APPOSITION," starting at word `start` of `phrase`: the phrase extended over the apposition, and where it ends. */
  const appositionRight = (phrase: Phrase, sentenceEnd: number, toEnd = false, loose = false): Phrase | undefined => {
    let after = phrase.rawEnd ?? phrase.end
    // "the regional secretary of the Union (USTM), Giorgio Rossi,": past a bracketed acronym before the comma.
    if (after < sentenceEnd && /^\s*\(\s*$/.test(doc.gaps[after]!) && isAcronym(words[after]!)) {
      const close = bracketClose(after, sentenceEnd, 2)
      if (close !== -1 && gapHas(doc, close + 1, ',')) after = close + 1
    }
    if (after >= sentenceEnd || !gapHas(doc, after, ',')) return undefined
    let end = after + 1
    for (let commas = 0; commas < 4; commas++) {
      while (end < sentenceEnd && end - after <= 25 && !gapHas(doc, end, ',')) end++
      if (end >= sentenceEnd && !toEnd) return undefined
      if (isApposition(after, end) && hasCapital(phrase.start, after)) return {start: phrase.start, end}
      // Only where a cue must follow (or the sentence ends): after "according to" a description would swallow the content.
      if (loose && hasCapital(phrase.start, after) && describes(after, end)) return {start: phrase.start, end}
      // "the group's chief executive, Marc Lefebvre,", "the director of the plant, the engineer Fatima al-Kaabi,"
      let named = after
      while (named < end && (isDeterminer(words[named]!) || lex.personRoles.has(bareNorm(words[named]!)) || lex.titles.has(bareNorm(words[named]!)))) named++
      if (commas === 0 && isNameRun(named, end) && hasRole(phrase.start, after)) return {start: phrase.start, end}
      if (end >= sentenceEnd) return undefined
      end++
    }
    return undefined
  }

  /** A recipient right after a cue ("told reporters", "told the BBC"). */
  const recipientAfter = (cueEnd: number, optional: boolean): Phrase | undefined => {
    if (cueEnd >= words.length || sentenceOf(cueEnd) !== sentenceOf(cueEnd - 1) || breakBefore(doc, cueEnd)) return undefined
    const next = words[cueEnd]!
    if (next.norm === 'that' || adjunctPrepositions.has(next.norm) || next.norm === 'of' || next.norm === 'about' || next.norm === 'to') return undefined
    let phrase = scanRight(doc, cueEnd, {pronoun: 'object', max: 8})
    if (!phrase) {
      // Any short noun phrase: "told reporters", "told a news conference".
      let end = cueEnd
      while (end < words.length && end - cueEnd < 4 && (end === cueEnd || !breakBefore(doc, end)) && sentenceOf(end) === sentenceOf(cueEnd) && doc.quoteOf[end] === -1 && !recipientStops.has(words[end]!.norm) && !lex.cue.has(words[end]!.norm)) end++
      while (end > cueEnd && isDeterminer(words[end - 1]!)) end--
      if (end === cueEnd) return undefined
      phrase = {start: cueEnd, end}
    }
    // "told the TASS correspondent that": a recipient noun after a name belongs to the recipient.
    while (phrase.end < words.length && recipientNouns.has(words[phrase.end]!.norm) && !breakBefore(doc, phrase.end) && phrase.end - phrase.start < 8) phrase = {start: phrase.start, end: phrase.end + 1}
    if (optional) {
      const after = words[phrase.end]
      if (!after || !(after.norm === 'that' || after.norm === 'of' || after.norm === 'not')) return undefined
    }
    return phrase
  }

  /** Skip adjunct phrases ("on Thursday", "at a press conference", "in Rome, Italy,") after word `from`. */
  const skipAdjuncts = (from: number, sentenceEnd: number): {index: number; skipped: boolean} => {
    let index = from
    let skipped = false
    for (let round = 0; round < 3 && index < sentenceEnd; round++) {
      const word = words[index]!
      // "demands for his part the nomination of a mediator" (French *pour sa part*).
      if (forPartAt(index)) {
        index += 3
        skipped = true
        continue
      }
      // "…, he said after leaving the building.", "…, Lykov said as he left the building.": a short clause of time
      // that closes the sentence.
      const gerund = ['after', 'before', 'while'].includes(word.norm) && index + 1 < sentenceEnd && /^\p{Ll}{3,}ing$/u.test(words[index + 1]!.norm)
      const timeClause = ['as', 'when', 'after', 'before', 'while'].includes(word.norm) && index + 2 < sentenceEnd && isSubjectPronoun(words[index + 1]!)
      if ((gerund || timeClause) && sentenceEnd - index <= 6 && !breakBefore(doc, index + 1)) {
        let end = index + 1
        while (end < sentenceEnd && !breakBefore(doc, end) && /^\p{Ll}/u.test(words[end]!.value)) end++
        if (end === sentenceEnd) {
          index = sentenceEnd
          skipped = true
          break
        }
      }
      if (!adjunctPrepositions.has(word.norm) && !lex.timeWords.has(word.norm)) break
      if (round > 0 && breakBefore(doc, index) && !gapHas(doc, index, ',')) break
      // "indicated through the (relevant) person in charge that" (Japanese *担当者を通じて*): a channel, like a spokesperson.
      const inCharge = ['through', 'via', 'by'].includes(word.norm) ? [index + 1, index + 2, index + 3].find((at) => personInChargeAt(at) && !breakBefore(doc, at)) : undefined
      if (inCharge !== undefined && inCharge + 3 <= sentenceEnd) {
        index = inCharge + 3
        skipped = true
        continue
      }
      let next = index + 1
      let taken = 0
      while (next < sentenceEnd && taken < 8 && !breakBefore(doc, next)) {
        const candidate = words[next]!
        const ok = isDeterminer(candidate) || isCapitalised(candidate) || /^\d/.test(candidate.norm) || lex.timeWords.has(candidate.norm) || adjunctNouns.has(candidate.norm) || candidate.norm === 'of' || candidate.norm === 'the'
        if (!ok) break
        // "through a spokeswoman a financing …", "from the State an indemnity": an article after the adjunct's noun
        // opens the object.
        if (taken > 0 && ['a', 'an', 'the'].includes(candidate.norm) && !isDeterminer(words[next - 1]!) && words[next - 1]!.norm !== 'of') break
        next++
        taken++
      }
      if (taken === 0 && !lex.timeWords.has(word.norm) && !['yesterday', 'today', 'tonight', 'later', 'again', 'also', 'separately', 'publicly', 'repeatedly', 'previously', 'earlier', 'instead'].includes(word.norm)) break
      index = next
      skipped = true
      // "in Rome, Italy," — a lone capitalised word between commas belongs to the adjunct.
      if (index + 1 < sentenceEnd && gapHas(doc, index, ',') && isCapitalised(words[index]!) && gapHas(doc, index + 1, ',')) index++
    }
    return {index, skipped}
  }

  /** End (exclusive word index) of pre-posed content starting at `from`. */
  const contentEnd = (from: number, sentenceEnd: number): number => {
    for (let index = from + 1; index < sentenceEnd; index++) {
      if (claimed[index] && doc.quoteOf[index] === -1) return index
      // "… and warned that …", "…, but denied that …": a coordinated reporting verb starts its own attribution.
      const conjunction = words[index]!.norm
      if ((conjunction === 'and' || conjunction === 'but') && doc.quoteOf[index] === -1 && index + 1 < sentenceEnd && !breakBefore(doc, index + 1)) {
        // "and has warned that": past a perfect auxiliary; ", but she said …": past a subject pronoun.
        const pronounSubject = gapHas(doc, index, ',') && isSubjectPronoun(words[index + 1]!) && index + 2 < sentenceEnd && !breakBefore(doc, index + 2)
        // ", but he did not say how many …", "but did not exclude": past a negated or modal auxiliary too.
        const verb = pastAuxiliaries((['has', 'have', 'had'].includes(words[index + 1]!.norm) || pronounSubject) && index + 2 < sentenceEnd ? index + 2 : index + 1, 1, sentenceEnd)
        const info = lex.cue.get(words[verb]!.norm)
        // Also ", and added its spokesman X that" (Arabic verb-first order): after a comma any reporting verb does.
        // "… and estimates that …": a cognitive verb too, with its `that`.
        // "but did not exclude “human errors”": a quoted object makes even a cognitive verb report words.
        const quotedAfter = verb + 1 < sentenceEnd && doc.quoteOf[verb + 1] !== -1 && doc.quoteOf[verb] === -1
        if (info && (!info.flags.has('cognitive') || words[verb + 1]?.norm === 'that' || quotedAfter) && !words[verb]!.norm.endsWith('ing') && (!info.flags.has('weak') || words[verb + 1]?.norm === 'that' || quotedAfter || info.class === 'directive' || gapHas(doc, index, ','))) return index
        // ", but the company denied …": a new subject of up to three words, then its own strong reporting verb.
        if (conjunction === 'but' && gapHas(doc, index, ',') && isDeterminer(words[index + 1]!)) {
          for (let at = index + 2; at < Math.min(sentenceEnd, index + 5) && !breakBefore(doc, at); at++) {
            const own = lex.cue.get(words[at]!.norm)
            if (own && !isCapitalised(words[at]!) && !own.flags.has('weak') && !own.flags.has('cognitive') && !words[at]!.norm.endsWith('ing') && !lex.sourceNouns.has(words[at]!.norm)) return index
          }
        }
      }
      // A colon too: "… estimated that nothing had been prepared: according to him, …".
      if (!gapHas(doc, index, ',;:')) continue
      // "…; the local party reportedly wants to wait …": a clause after a semicolon with its own hedge is no one's content.
      if (gapHas(doc, index, ';') && hedgeWithin(index, Math.min(sentenceEnd, index + 6))) return index
      const word = words[index]!
      if (word.norm === 'according' || word.norm === 'citing' || word.norm === 'quoting' || clauseBreakers.has(word.norm)) return index
      if ((word.norm === 'quoted' || word.norm === 'cited' || word.norm === 'reported') && words[index + 1]?.norm === 'by') return index
      const info = lex.cue.get(word.norm)
      if (info && word.norm.endsWith('ing') && doc.quoteOf[index] === -1) return index
      // "Ferrán, who said that …, denied that …": a finite reporting verb after the comma is the main clause's.
      if (info && !info.flags.has('cognitive') && !info.flags.has('weak') && doc.quoteOf[index] === -1 && words[from - 1]?.norm !== 'said' && relativeCueBefore(from)) return index
      if (doc.quoteOf[index] === -1 && postposedCueAt(index, sentenceEnd)) return index
    }
    return sentenceEnd
  }

  /**
   * The first word after the last semicolon before word `index` in its sentence, when every one of `others` whose
   * content reaches there ends before that semicolon; otherwise undefined.
   */
  function semicolonClauseStart(others: readonly Draft[], index: number, sentence: number): number | undefined {
    let at = index
    while (at > 0 && sentenceOf(at - 1) === sentence && !gapHas(doc, at, ';')) at--
    if (!gapHas(doc, at, ';')) return undefined
    const semicolon = words[at]!.start
    return others.every((draft) => draft.content.every((range) => range.end <= semicolon)) ? at : undefined
  }

  /**
   * Word `at` moved past up to three auxiliaries, negations or adverbs (`did not`, `would never`) in direction `step`,
   * within `bound` and never across a break.
   */
  const pastAuxiliaries = (at: number, step: 1 | -1, bound: number): number => {
    for (let steps = 0; steps < 3 && (step > 0 ? at + 1 < bound : at > bound) && auxiliariesBeforeVerb.has(words[at]!.norm) && !breakBefore(doc, at + 1); steps++) at += step
    return at
  }

  /** Whether a hedge (`reportedly`) stands among words `[from, to)`, with no break before it. */
  const hedgeWithin = (from: number, to: number): boolean => {
    for (let at = from; at < to; at++) {
      if (at > from && breakBefore(doc, at)) return false
      if (doc.quoteOf[at] === -1 && hedgeAt(doc, at) > 0) return true
    }
    return false
  }

  /** Whether the content starting at word `from` follows a cue in a relative clause (", who said that"). */
  const relativeCueBefore = (from: number): boolean => {
    let cue = from - 1
    if (words[cue]?.norm === 'that') cue--
    while (cue > 0 && !lex.cue.has(words[cue]!.norm) && from - cue < 4) cue--
    return cue > 0 && words[cue - 1]!.norm === 'who' && gapHas(doc, cue - 1, ',')
  }

  /** Whether ", NP cue (adjuncts)." starts at word `index`: a post-posed attribution closing the sentence. */
  const postposedCueAt = (index: number, sentenceEnd: number): boolean => {
    const phrase = scanRight(doc, index, {pronoun: 'subject', max: 8})
    if (!phrase) return false
    let cue = phrase.end
    while (cue < sentenceEnd && cue - phrase.end < 2 && isSkippable(words[cue]!) && !breakBefore(doc, cue)) cue++
    if (cue >= sentenceEnd || breakBefore(doc, cue)) return false
    const info = lex.cue.get(words[cue]!.norm)
    if (!info || info.flags.has('cognitive')) return false
    const {index: after} = skipAdjuncts(cue + 1, sentenceEnd)
    return after >= sentenceEnd
  }

  const rangeOf = (start: number, end: number): Range | undefined => {
    let to = end
    while (to > start && trailingFunction.has(words[to - 1]!.norm) && doc.quoteOf[to - 1] === -1) to--
    if (to <= start) return undefined
    // "a raise of 12,5%": a percent or degree sign after the last number belongs to the content.
    const sign = /^[%‰°]/u.test(doc.gaps[to] ?? '') ? 1 : 0
    return {start: words[start]!.start, end: words[to - 1]!.end + sign}
  }

  const newDraft = (kind: AttributionKind, rule: string, anchorWord: number, extra: Partial<Draft>): Draft => {
    const sentence = sentenceOf(anchorWord)
    const draft: Draft = {kind, rule, content: [], chain: [], anchor: words[anchorWord]!.start, sentence, paragraph: paragraphOf(anchorWord), rootSentence: sentence, quotes: [], ...extra}
    return draft
  }

  // S1. Datelines: "SEOUL, Nov. 1 (Yonhap) --", "TOKYO (Kyodo) -", "[Gaziantep Kyodo]".
  for (const s of firstSentences(doc)) {
    const sentence = doc.model.sentences[s]!
    const p = sentence.paragraph
    if (sentence.wordEnd <= sentence.wordStart) continue
    const first = sentence.wordStart
    const opensBracket = /^\s*[[\u3010]/.test(doc.gaps[first]!.slice(-3))
    let end = datelineBreak(doc, sentence, opensBracket)
    // TASS style: "MEDVEZHINSK, 15 January. /TASS/. About 12 500 residents …": the agency between slashes after the place.
    // Also when the date ends in a number ("January 14. /TASS/."), where the sentence does not end.
    for (let agencyAt = first + 1; end === -1 && agencyAt + 1 < words.length && agencyAt <= Math.min(sentence.wordEnd, first + 8); agencyAt++) {
      if (/\/\s*$/.test(doc.gaps[agencyAt]!) && /^\/\.?\s+$/.test(doc.gaps[agencyAt + 1]!)) end = agencyAt + 1
    }
    // Xinhua style: "Xinhua News Agency Yunlan, March 14th electricity (Reporter Zhou Ming) Yunlan City …" (*新华社云岚3月14日电
    // （记者周明）*): the dispatch word after the date, and the reporters in brackets.
    if (end === -1) end = dispatchDatelineEnd(first, sentence.wordEnd)
    if (end === -1) continue
    const head = words[first]!
    const upper = head.value === head.value.toUpperCase() && /\p{Lu}/u.test(head.value)
    let plain = true
    for (let index = first; index < end; index++) {
      const word = words[index]!
      // A short month abbreviation after the day (`14 mar`, Spanish agency style) is part of the date.
      const monthAbbreviation = index > first && /^\p{Ll}{3,4}\.?$/u.test(word.value) && /^\d/.test(words[index - 1]!.norm)
      if (!(isCapitalised(word) || /^\d/.test(word.norm) || lex.timeWords.has(word.norm) || gapHas(doc, index, '(') || monthAbbreviation || (index > first && placeParticles.has(word.norm)) || (index > first && dispatchWords.has(word.norm) && /^\d/.test(words[index - 1]!.norm)))) plain = false
    }
    // "Valdehondo de la Vega (Spain), 14 Aug (EFE).-": a long place name, its country, the date and the agency.
    if (!plain || end - first > 10) continue
    doc.datelineEnd.set(p, words[end]!.start)
    // An agency inside the dateline makes it an attribution of the whole dispatch.
    let agency: Phrase | undefined
    for (let index = first; index < end && !agency; index++) {
      for (let length = Math.min(lex.mediaMaxWords, end - index); length >= 1; length--) {
        const key = doc.text.slice(words[index]!.start, words[index + length - 1]!.end).toLowerCase()
        if (lex.media.has(key.replace(/^the\s+/, ''))) {
          agency = {start: index, end: index + length}
          break
        }
      }
    }
    // RIA Novosti style: "UST-SOLONSK, March 14 - RIA Novosti. Miners …": the agency right after the dash.
    let leadStart = end
    if (!agency && upper) {
      for (let length = Math.min(lex.mediaMaxWords, 3); length >= 1 && !agency; length--) {
        const last = end + length - 1
        if (last >= words.length || sentenceOf(last) !== sentenceOf(end)) continue
        const key = doc.text.slice(words[end]!.start, words[last]!.end).toLowerCase()
        if (lex.media.has(key) && /^\.\s/.test(doc.gaps[last + 1] ?? '') && last + 1 < words.length) {
          agency = {start: end, end: last + 1}
          leadStart = last + 1
          doc.datelineEnd.set(p, words[leadStart]!.start)
        }
      }
    }
    if (!upper && !opensBracket && !agency) doc.datelineEnd.delete(p)
    if (!agency) continue
    const paragraph = doc.model.paragraphs[p]!
    const draft = newDraft('dateline', 'dateline', agency.start, {source: agency})
    const contentRange = {start: words[leadStart]!.start, end: paragraph.end}
    while (contentRange.end > contentRange.start && /\s/.test(doc.text[contentRange.end - 1]!)) contentRange.end--
    draft.content.push(contentRange)
    add(draft)
  }

  // S2–S4. Direct quotes: speaker after ("…," Kirby said), inverted ("…," said Kirby), before (Kirby said: "…"), split.
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q]!
    if (quote.wordEnd <= quote.wordStart || quoteUsed[q]) continue
    // 'held a press conference and said that "It was a heavy decision." Morioka also revealed': a cue introducing a
    // quote that closes its own sentence wins over a speaker of the next sentence.
    const introduced = quote.wordStart > 0 && (words[quote.wordStart - 1]!.norm === 'that' || /:\s*["\u201C]?\s*$/.test(doc.gaps[quote.wordStart]!)) && /[.!?]["\u201D]?\s*$/.test(doc.text.slice(quote.start, quote.end))
    const draft = introduced ? quoteBefore(q) ?? quoteAfter(q) ?? quoteParenthetical(q) : quoteAfter(q) ?? quoteBefore(q) ?? quoteParenthetical(q)
    if (draft) {
      add(draft)
      continue
    }
    if (isScare(quote)) scare[q] = 1
  }

  function isScare(quote: Quote): boolean {
    const count = quote.wordEnd - quote.wordStart
    if (count < 4) return true
    let content = 0
    let titled = 0
    for (let index = quote.wordStart; index < quote.wordEnd; index++) {
      const word = words[index]!
      if (lex.commonWords.has(word.norm) && word.norm.length <= 3) continue
      content++
      if (isCapitalised(word)) titled++
    }
    return content > 0 && titled === content
  }

  function quoteSegments(draft: Draft, q: number): void {
    draft.content.push(...quotes[q]!.segments)
    draft.quotes.push(q)
    quoteUsed[q] = 1
  }

  /**
   * The name phrase that opens the sentence a quote starts in, when only an adjunct between commas stands between it
   * and the quote (`Mayor Oğuz Kaplan, in the statement he made, "…," said.`), for a cue that ends the sentence.
   */
  function sourceBeforeQuote(quote: Quote): Phrase | undefined {
    if (quote.wordStart === 0) return undefined
    const {start} = sentenceWords(doc, quote.wordStart - 1)
    if (start >= quote.wordStart || doc.quoteOf[start] !== -1) return undefined
    const phrase = scanRight(doc, start, {pronoun: 'subject', max: 10})
    if (!phrase || phrase.end > quote.wordStart || (phrase.end < quote.wordStart && !gapHas(doc, phrase.end, ','))) return undefined
    // Only an adjunct in between: no cue of its own (`X said the plan, "…," said.` is not this).
    for (let index = phrase.end; index < quote.wordStart; index++) if (cueInfoAt(index)?.info) return undefined
    return phrase
  }

  function quoteAfter(q: number): Draft | undefined {
    const quote = quotes[q]!
    const next = quote.wordEnd
    if (next >= words.length || paragraphOf(next) !== quote.lastParagraph) return undefined
    const gap = doc.text.slice(quote.end, words[next]!.start)
    if (/[.!?;:(\[]/.test(gap) || /["\u201C\u201D\u201E\u00AB\u00BB]/.test(gap) || gap.includes('\n')) return undefined
    let cueMatch: CueMatch | undefined
    let source: Phrase | undefined
    let invertedSource = false
    const {end: quoteSentenceEnd} = sentenceWords(doc, next)
    const impersonal = impersonalAfter(q) ?? fromBodyAfter(q)
    if (impersonal) return impersonal
    // Inverted: "…," said Kirby. French *a déclaré X* keeps its auxiliary: '"…", has declared the director'.
    const perfect = ['has', 'have', 'had'].includes(words[next]!.norm) && next + 1 < words.length && !breakBefore(doc, next + 1) ? cueInfoAt(next + 1) : undefined
    const inverted = cueInfoAt(next) ?? (perfect?.info && !perfect.info.flags.has('cognitive') && !isSubjectPronoun(words[perfect.end] ?? words[next]!) ? perfect : undefined)
    let pronounCue: 'm' | 'f' | 'unknown' | undefined
    // French "a-t-il déclaré" calqued as '"…," has he declared', '"…," did he say'; Japanese と as '"…" and he said'.
    const lead = words[next]!.norm
    if (!inverted && (lead === 'has' || lead === 'had' || lead === 'did' || lead === 'does' || lead === 'and') && next + 2 < words.length && !breakBefore(doc, next + 1) && !breakBefore(doc, next + 2)) {
      const pronoun = words[next + 1]!
      const match = cueInfoAt(next + 2)
      const named = lead === 'and' ? scanRight(doc, next + 1, {pronoun: 'subject', max: 4}) : undefined
      if (match?.info && !match.info.flags.has('cognitive') && !match.info.flags.has('inverted-only') && isSubjectPronoun(pronoun) && onlyAdjuncts(prepositionalRecipient(match.end, quoteSentenceEnd)?.end ?? match.end, quoteSentenceEnd)) {
        cueMatch = match
        source = {start: next + 1, end: next + 2}
      } else if (lead === 'and' && named && named.end < words.length && !breakBefore(doc, named.end)) {
        const after = cueInfoAt(named.end)
        if (after?.info && !after.info.flags.has('cognitive') && !after.info.flags.has('inverted-only') && onlyAdjuncts(after.end, quoteSentenceEnd)) {
          cueMatch = after
          source = named
        }
      }
    }
    if (cueMatch) {
      // found above
    } else if (inverted?.multi?.role === 'pronoun-cue') {
      // "…," ujarnya: the untranslated cue holds its own source.
      cueMatch = inverted
      source = {start: inverted.start, end: inverted.end}
      pronounCue = inverted.multi.gender ?? 'unknown'
    } else if (inverted && inverted.multi?.role !== 'as-saying') {
      // '"…," declared to journalists the director …' (Spanish, Italian word order): the recipient comes first.
      const before = prepositionalRecipient(inverted.end, quoteSentenceEnd) ?? (inverted.info?.flags.has('recipient') ? pressRecipientAt(inverted.end, quoteSentenceEnd) : undefined)
      // '"…," has declared Monday the president …' (French *a déclaré lundi*): past the day.
      let sourceAt = before?.end ?? inverted.end
      // … and past `on Monday`, `this Tuesday` (*a déclaré ce mardi*, *declaró el lunes*).
      const dayFrom = sourceAt
      if (opensDay(sourceAt)) sourceAt++
      while (sourceAt < quoteSentenceEnd && sourceAt - dayFrom < 3 && lex.timeWords.has(words[sourceAt]!.norm) && !breakBefore(doc, sourceAt) && !breakBefore(doc, sourceAt + 1)) sourceAt++
      if (sourceAt > dayFrom && !lex.timeWords.has(words[sourceAt - 1]!.norm)) sourceAt = dayFrom
      // '"…," declared at the operational meeting the head of the city Oleg Pastukhov' (Russian *заявил на оперативном
      // совещании глава города*): past a place adjunct to the phrase that runs to the sentence end.
      sourceAt = pastAdjunctToSource(sourceAt, quoteSentenceEnd)
      // '"…," said.' (Turkish and Japanese put the verb last; the speaker came before the quote): nothing after the cue
      // in its sentence is the source, and the next sentence's first name is not.
      let phrase = sourceAt < quoteSentenceEnd ? scanRight(doc, sourceAt, {pronoun: 'subject', max: 14}) : undefined
      if (!phrase || phrase.end < quoteSentenceEnd) phrase = describedNameUpTo(sourceAt, quoteSentenceEnd) ?? phrase
      // "asserted the man born in Palembang" (Indonesian *pria kelahiran Palembang*): the birthplace describes him.
      if (phrase && words[phrase.end]?.norm === 'born' && ['in', 'on'].includes(words[phrase.end + 1]?.norm ?? '') && words[phrase.end + 2] && isCapitalised(words[phrase.end + 2]!) && !breakBefore(doc, phrase.end) && !breakBefore(doc, phrase.end + 2)) {
        phrase = {start: phrase.start, end: phrase.end + 3}
      }
      if (phrase) {
        cueMatch = inverted
        // "has explained the assessor to the mobility, Elena Marchi." (Italian *l'assessore alla mobilità*): the
        // role's portfolio, then the holder's name.
        const portfolio = portfolioEnd(phrase, quoteSentenceEnd)
        if (portfolio !== undefined) phrase = appositionRight({start: phrase.start, end: portfolio}, quoteSentenceEnd, true, true) ?? phrase
        source = appositionRight(phrase, quoteSentenceEnd, true, true) ?? phrase
        invertedSource = true
      } else if (sourceAt >= quoteSentenceEnd) {
        // The speaker opens the quote's sentence: 'Mayor Oğuz Kaplan, in his statement, "…," said.'
        const before = sourceBeforeQuote(quote)
        if (before) {
          cueMatch = inverted
          source = before
        }
      }
    }
    if (!cueMatch) {
      let phrase = scanRight(doc, next, {pronoun: 'subject', max: 12})
      if (!phrase) return longSourceAfter(q)
      const apposition = appositionRight(phrase, sentenceWords(doc, next).end, false, true)
      if (apposition) phrase = apposition
      let index = apposition ? apposition.end : phrase.rawEnd ?? phrase.end
      // '"…," Joaquim Sardo, president of the association, which has 1,150 members, told Lusa': past a relative clause.
      if (apposition && (words[index]?.norm === 'which' || words[index]?.norm === 'who' || words[index]?.norm === 'whose') && gapHas(doc, index, ',')) {
        const sentenceEnd = sentenceWords(doc, index).end
        let comma = index + 1
        while (comma < sentenceEnd && comma - index < 14 && doc.quoteOf[comma] === -1 && !/[;:.!?"\u201C\u201D()]/.test(doc.gaps[comma]!) && !(gapHas(doc, comma, ',') && !/^\d/.test(words[comma]!.norm))) comma++
        if (comma < sentenceEnd && gapHas(doc, comma, ',') && cueInfoAt(comma)) {
          phrase = {start: phrase.start, end: comma}
          index = comma
        }
      }
      // '"…," Emi Sakata (52) talked': past a bracketed age or tag after the name.
      // The phrase scan may already have taken a bracketed acronym (`Sabine Hollerbach (CDU) said`).
      let bracketed = index > 0 && isBracketedAcronym(doc, index - 1)
      if (index < words.length && /^\s*\(\s*$/.test(doc.gaps[index]!)) {
        const close = bracketClose(index, words.length, 6)
        if (close !== -1 && /^\)\s*,?\s*$/.test(doc.gaps[close + 1]!)) {
          phrase = {start: phrase.start, end: close + 1}
          index = close + 1
          bracketed = true
          // … and an apposition or relative clause after the bracket ('Emi Sakata (52), whose daughter …, talked').
          const more = appositionRight(phrase, sentenceWords(doc, next).end, false, true)
          if (more) {
            phrase = more
            index = more.end
          }
        }
      }
      // '"…," Mayor Ricardo Falcão, of the PRV party, stressed': the body the speaker belongs to, between commas.
      if (index < words.length && gapHas(doc, index, ',') && (words[index]!.norm === 'of' || words[index]!.norm === 'from')) {
        const sentenceEnd = sentenceWords(doc, index).end
        let comma = index + 1
        while (comma < sentenceEnd && comma - index < 8 && doc.quoteOf[comma] === -1 && !/[;:.!?"\u201C\u201D()]/.test(doc.gaps[comma]!) && !gapHas(doc, comma, ',')) comma++
        if (comma < sentenceEnd && comma > index + 1 && gapHas(doc, comma, ',') && cueInfoAt(comma)?.info) {
          phrase = {start: phrase.start, end: comma}
          index = comma
          bracketed = true
        }
      }
      let skipped = 0
      while (index < words.length && skipped < 3 && !breakBefore(doc, index) && isSkippable(words[index]!) && !lex.cue.has(words[index]!.norm)) {
        index++
        skipped++
      }
      if (index >= words.length || (breakBefore(doc, index) && !apposition && !bracketed)) return undefined
      const match = cueInfoAt(index)
      if (!match || match.multi?.role === 'as-saying' || match.multi?.role === 'pronoun-cue' || match.info?.flags.has('inverted-only')) return longSourceAfter(q)
      if (phrase.end - phrase.start === 1 && firstPerson.has(words[phrase.start]!.norm)) return undefined
      cueMatch = match
      source = phrase
    }
    if (!source) return undefined
    const cue = makeCue(cueMatch)
    const flags = flagsOf(cueMatch)
    // "…," informs the press service: an inverted cue's recipient comes after its source ('said Budi to reporters').
    const recipient = invertedSource
      ? prepositionalRecipient(inverted!.end, quoteSentenceEnd) ?? prepositionalRecipient(source.end, quoteSentenceEnd)
      : (flags.has('recipient') ? recipientAfter(cue.end, false) : undefined) ?? prepositionalRecipient(cue.end, quoteSentenceEnd)
    const draft = newDraft('direct', 'quote-after', quote.wordStart, {cue, source})
    if (pronounCue) draft.pronounCue = pronounCue
    if (recipient) draft.recipient = recipient
    draft.anchor = quote.start
    quoteSegments(draft, q)
    // Split quote: "…," he said, "…".
    const after = Math.max(recipient?.end ?? 0, cue.end, source.end)
    const nextQuote = quotes[q + 1]
    if (nextQuote && after < words.length && nextQuote.paragraph === quote.lastParagraph) {
      // '"…," said Selin Aktaş (Regional Manager of Doğu Yaprak), "…"': a bracketed role may sit before the second
      // half, or close the source ('explained Paola Rinaldi, … of the Health Valley Union (USV), "…"').
      const between = doc.text.slice(words[after - 1]!.end, nextQuote.start).replace(/^\)|^\s*\([^()]{1,80}\)/, '')
      // Also past a relative clause on the speaker ('said Yoko Fujita (74), who goes to a hospital twice a week, "…"').
      const relative = /^\s*,\s*(?:who|whose)\s[^.!?;:"“”]{1,200},\s*$/u.test(between)
      // Or past where and when it was said ('said Sergei Orlov, the mayor, at a briefing on Wednesday, "…"').
      const adjunct = /^\s*,\s*(?:at|in|on|during|after|before|speaking|while|when)\s[^.!?;:"“”]{1,80},\s*$/u.test(between)
      if ((/^[\s,:\u2014\u2013-]*$/.test(between) && between.includes(',')) || relative || adjunct) {
        quoteSegments(draft, q + 1)
        draft.rule = 'split-quote'
      }
    }
    return draft
  }

  /**
   * The source of an impersonal report at word `at` ("from the ministry", "in a statement of the union", "in
   * government circles"): a preposition and the words up to the sentence end, holding a name, a source noun or a
   * document noun, with no cue and no quote. Returns the phrase without the preposition.
   */
  function impersonalSource(at: number, sentenceEnd: number, stop?: number): Phrase | undefined {
    const preposition = words[at]
    if (!preposition || !impersonalPrepositions.has(preposition.norm) || at + 1 >= sentenceEnd || breakBefore(doc, at + 1)) return undefined
    let end = at + 1
    let named = false
    let documentNoun = false
    while (end < (stop ?? sentenceEnd) && end - at <= (stop === undefined ? 10 : 14) && doc.quoteOf[end] === -1 && (end === at + 1 || !breakBefore(doc, end) || isBracketedAcronym(doc, end))) {
      const word = words[end]!
      if (lex.timeWords.has(word.norm) || (lex.cue.has(word.norm) && !lex.sourceNouns.has(word.norm))) break
      const norm = bareNorm(word)
      if (isCapitalised(word) || lex.sourceNouns.has(norm) || lex.orgNouns.has(norm)) named = true
      // Also a body where it was said (Russian *подтвердили в областном управлении полиции*: `confirmed in the regional
      // department of police`).
      if (documentNouns.has(norm) || impersonalBodies.has(norm)) documentNoun = true
      end++
    }
    while (end > at + 1 && trailingFunction.has(words[end - 1]!.norm)) end--
    // "in the statement", "in government circles"; "from the ministry", "by the union".
    const from = preposition.norm === 'from' || preposition.norm === 'by'
    if (!(from ? named || documentNoun : documentNoun) || end === at + 1) return undefined
    if (stop === undefined ? !onlyAdjuncts(end, sentenceEnd) : end !== stop) return undefined
    return {start: at + 1, end}
  }

  /**
   * "… but this was denied by Siregar", "The figure was confirmed by the ministry": a reporting verb in the
   * passive with its agent. The agent is the source; the subject before `be` (from the clause start) the content.
   */
  function passiveWithAgent(match: CueMatch, be: number, sentenceStart: number, sentenceEnd: number): Draft | undefined {
    if (match.end >= sentenceEnd || words[match.end]!.norm !== 'by' || breakBefore(doc, match.end)) return undefined
    // "The movement was launched by the union": a weak verb reports speech only with `that`, never in the passive.
    if (flagsOf(match).has('weak')) return undefined
    // "The strike was proclaimed by the union", "The area was declared a disaster zone by the governor": in the
    // passive these verbs perform an act on their subject; nobody is quoted.
    if (performativeInPassive.has(makeCue(match).lemma)) return undefined
    const agent = scanRight(doc, match.end + 1, {max: 10})
    if (!agent || sentenceOf(agent.start) !== sentenceOf(match.start)) return undefined
    let named = false
    for (let index = agent.start; index < agent.end; index++) {
      const norm = bareNorm(words[index]!)
      if (isCapitalised(words[index]!) || lex.sourceNouns.has(norm) || lex.personRoles.has(norm) || lex.orgNouns.has(norm)) named = true
    }
    if (!named) return undefined
    // The subject of the passive only: back to a comma or a joining word (", but this was denied by …").
    let from = be
    while (from > sentenceStart && !gapHas(doc, from, ',;:') && !passiveClauseJoins.has(words[from - 1]!.norm)) from--
    const range = from < be ? rangeOf(from, be) : undefined
    if (!range) return undefined
    const draft = newDraft('indirect', 'passive-agent', match.start, {cue: {...makeCue(match), start: be}, source: agent})
    draft.content.push(range)
    draft.anchor = range.start
    claimContent(from, be)
    return draft
  }

  /**
   * Dutch "Het werd bevestigd door X dat", German "Es hieß aus dem Ministerium, dass", Russian "Как сообщили в
   * министерстве": "It was confirmed by Rijkswaterstaat that …", "It is said in the statement that …". The cue
   * `match` is the participle; `be` the index of the auxiliary before it.
   */
  /** Whether words `[start, end)` name a body or person with no punctuation inside ("the transport association Obertal"). */
  function leadingSource(start: number, end: number): boolean {
    for (let index = start + 1; index < end; index++) if (breakBefore(doc, index) || doc.quoteOf[index] !== -1) return false
    const head = bareNorm(words[end - 1]!)
    return hasCapital(start, end) || lex.orgNouns.has(head) || lex.orgSuffixes.has(head) || lex.personRoles.has(head) || lex.sourceNouns.has(head)
  }

  function impersonalThat(match: CueMatch, be: number, sentenceEnd: number): Draft | undefined {
    let it = be - 1
    if (words[be]!.norm === 'been' && (words[it]?.norm === 'has' || words[it]?.norm === 'have' || words[it]?.norm === 'had')) it--
    if (it < 0 || words[it]!.norm !== 'it') return undefined
    const trailing = asItWasFrom(match, it, sentenceEnd)
    if (trailing) return trailing
    // "From the transport association Obertal it was called that …" (German *Aus dem Verband hieß es, …*): the source first.
    const opening = contentStart(it)
    const fromSource = words[opening]!.norm === 'from' && it - opening >= 2 && it - opening <= 9 && !gapHas(doc, it, ',') && leadingSource(opening + 1, it)
    if (!(it === opening || gapHas(doc, it, ',') || fromSource)) return undefined
    if (hasBreakIn(it + 1, match.start + 1)) return undefined
    let that = -1
    for (let index = match.end + 2; index < Math.min(sentenceEnd, match.end + 12); index++) {
      if (doc.quoteOf[index] !== -1) return undefined
      if (words[index]!.norm === 'that') {
        that = index
        break
      }
    }
    if (that === -1 && fromSource && words[match.end]?.norm === 'that' && !breakBefore(doc, match.end)) that = match.end
    if (that === -1) return undefined
    const source = fromSource ? {start: opening + 1, end: it} : impersonalSource(match.end, sentenceEnd, that)
    if (!source) return undefined
    const cue: DraftCue = {...makeCue(match), start: it}
    const draft = newDraft('indirect', 'impersonal', it, {cue, source})
    return clauseContent(draft, that + 1, sentenceEnd) ? draft : undefined
  }

  /**
   * Spanish *según se informó desde la Municipalidad*: "…, as it was informed yesterday from the Municipality.": the
   * clause before `as` is what the body after `from` (or `by`) said.
   */
  function asItWasFrom(match: CueMatch, it: number, sentenceEnd: number): Draft | undefined {
    const as = it - 1
    if (as < 1 || words[as]!.norm !== 'as' || !gapHas(doc, as, ',') || breakBefore(doc, it)) return undefined
    let at = match.end
    while (at < sentenceEnd && at - match.end < 3 && (lex.timeWords.has(words[at]!.norm) || relativeDays.has(words[at]!.norm)) && !breakBefore(doc, at)) at++
    if (at >= sentenceEnd || !['from', 'by', 'in', 'at'].includes(words[at]!.norm) || breakBefore(doc, at + 1)) return undefined
    const source = scanRight(doc, at + 1, {max: 10}) ?? lowerCaseSource(at + 1)
    if (!source || (!hasCapital(source.start, source.end) && !personLike(source)) || !onlyAdjuncts(source.end, sentenceEnd)) return undefined
    const from = contentStart(as)
    const range = from < as ? rangeOf(from, as) : undefined
    if (!range) return undefined
    const draft = newDraft('indirect', 'impersonal', it, {cue: {...makeCue(match), start: it}, source})
    draft.content.push(range)
    draft.anchor = range.start
    claimContent(from, as)
    return draft
  }

  /**
   * German "hieß es aus dem Ministerium", Russian "говорится в сообщении": '"…," it was called from the
   * ministry', '"…," it says in a statement of the union', '"…," is said in the message of the ministry'. The
   * source is what the report came from; the cue is the impersonal verb.
   */
  function impersonalAfter(q: number): Draft | undefined {
    const quote = quotes[q]!
    const next = quote.wordEnd
    const {end: sentenceEnd} = sentenceWords(doc, next)
    let at = next
    const it = words[at]!.norm === 'it'
    if (it) at++
    const verbFrom = at
    while (at < sentenceEnd && at - verbFrom < 2 && (beForms.has(words[at]!.norm) || words[at]!.norm === 'has' || words[at]!.norm === 'been') && (at === next || !breakBefore(doc, at))) at++
    if (!it && at === verbFrom) return undefined
    if (at >= sentenceEnd || (at !== next && breakBefore(doc, at)) || !impersonalVerbs.has(words[at]!.norm)) return undefined
    const source = impersonalSource(at + 1, sentenceEnd)
    if (!source) return undefined
    const info = lex.cue.get(words[at]!.norm)
    const cue: DraftCue = {start: next, end: at + 1, lemma: info?.lemma ?? 'say', class: info && info.class !== 'cognitive' ? info.class : 'neutral', negated: false}
    const draft = newDraft('direct', 'impersonal', quote.wordStart, {cue, source})
    draft.anchor = quote.start
    quoteSegments(draft, q)
    return draft
  }

  /** After an adjunct opening at `at` (`at the operational meeting`), the start of a phrase that ends the sentence; else `at`. */
  function pastAdjunctToSource(at: number, sentenceEnd: number): number {
    if (!['at', 'in', 'during', 'on', 'after', 'before'].includes(words[at]?.norm ?? '') || breakBefore(doc, at + 1)) return at
    for (let start = at + 2; start < Math.min(sentenceEnd - 1, at + 7); start++) {
      if (breakBefore(doc, start) || doc.quoteOf[start] !== -1 || lex.cue.has(words[start]!.norm)) return at
      if (words[start]!.norm !== 'the') continue
      const phrase = describedNameUpTo(start, sentenceEnd) ?? scanRight(doc, start, {max: 10})
      if (phrase && phrase.end === sentenceEnd && (hasCapital(phrase.start, phrase.end) || hasRole(phrase.start, phrase.end))) return start
    }
    return at
  }

  /**
   * `the senior of the house on Sadovaya street Valentina Gerasimova` up to the sentence end: a description opening
   * with `the`, without punctuation, cue or quote, ending in a person's name of two or three capitalised words.
   */
  function describedNameUpTo(start: number, sentenceEnd: number): Phrase | undefined {
    if (words[start]?.norm !== 'the' || sentenceEnd - start > 16 || sentenceEnd - start < 4) return undefined
    for (let index = start + 1; index < sentenceEnd; index++) {
      // `the house No. 17`: the number sign's full stop is no break.
      const numberSign = words[index - 1]!.norm === 'no' && /^\.\s$/.test(doc.gaps[index]!) && /^\d/.test(words[index]!.norm)
      if ((breakBefore(doc, index) && !numberSign) || doc.quoteOf[index] !== -1 || (lex.cue.has(words[index]!.norm) && !isCapitalised(words[index]!))) return undefined
    }
    let name = sentenceEnd
    while (name > start + 1 && sentenceEnd - name < 3 && isCapitalised(words[name - 1]!) && !isAcronym(words[name - 1]!)) name--
    if (sentenceEnd - name < 2 || isCapitalised(words[name - 1]!)) return undefined
    for (let index = name; index < sentenceEnd; index++) {
      const norm = bareNorm(words[index]!)
      if (lex.orgSuffixes.has(norm) || lex.orgNouns.has(norm) || lex.sourceNouns.has(norm) || lex.placeNouns.has(norm)) return undefined
    }
    return {start, end: sentenceEnd}
  }

  /**
   * `"…," told the correspondent the senior of the house …` (Russian *рассказала корреспонденту*): `the` and a press
   * noun (with `of` and a name: `the correspondent of TASS`) right after an inverted cue, when more words follow.
   */
  function pressRecipientAt(at: number, sentenceEnd: number): Phrase | undefined {
    if (words[at]?.norm !== 'the' || !recipientNouns.has(words[at + 1]?.norm ?? '') || breakBefore(doc, at) || breakBefore(doc, at + 1)) return undefined
    let end = at + 2
    if (words[end]?.norm === 'of' && words[end + 1] && isCapitalised(words[end + 1]!) && !breakBefore(doc, end) && !breakBefore(doc, end + 1)) end += 2
    // The source follows: `the …` or a name (not `the press service`, where the press noun is a modifier).
    return end + 1 < sentenceEnd && !breakBefore(doc, end) && (words[end]!.norm === 'the' || isCapitalised(words[end]!)) ? {start: at, end} : undefined
  }

  /**
   * `"…", point out from the Independent Union of Transport (SIT).` (Spanish *señalan desde*): a subjectless cue right
   * after the quote whose source is the body after `from`, up to the sentence end.
   */
  function fromBodyAfter(q: number): Draft | undefined {
    const next = quotes[q]!.wordEnd
    const match = cueInfoAt(next)
    if (!match || (match.multi && match.multi.role !== 'verb') || match.info?.flags.has('cognitive') || words[match.end]?.norm !== 'from' || breakBefore(doc, match.end)) return undefined
    const {end: sentenceEnd} = sentenceWords(doc, next)
    const source = impersonalSource(match.end, sentenceEnd)
    if (!source) return undefined
    const draft = newDraft('direct', 'impersonal', quotes[q]!.wordStart, {cue: makeCue(match), source})
    draft.anchor = quotes[q]!.start
    quoteSegments(draft, q)
    return draft
  }

  /**
   * `"…," a 45-year-old office worker who was on board told Kyodo News.`: a
   * source too long for the noun-phrase scan. The words between the closing
   * quote and the first reporting verb of the sentence are the source when
   * they start with a determiner or a capital, hold no punctuation and no
   * other quote, and the verb is followed by the sentence end, a recipient or
   * an adjunct.
   */
  function longSourceAfter(q: number): Draft | undefined {
    const quote = quotes[q]!
    const next = quote.wordEnd
    const first = words[next]!
    if (!(isDeterminer(first) || isCapitalised(first))) return undefined
    const {end: sentenceEnd} = sentenceWords(doc, next)
    const cueAt = (index: number) => {
      const match = cueInfoAt(index)
      return !match || match.multi || !match.info || match.info.flags.has('cognitive') || match.info.flags.has('inverted-only') || words[index]!.norm.endsWith('ing') ? undefined : match
    }
    for (let index = next + 1; index < Math.min(sentenceEnd, next + 15); index++) {
      if (doc.quoteOf[index] !== -1) return undefined
      if (breakBefore(doc, index)) {
        // "the shrine's chief priest, Shigeru Otani, 70, explained": appositions between the phrase and its cue.
        if (!gapHas(doc, index, ',') || gapHas(doc, index, '.;:()')) return undefined
        let cueIndex = index + 1
        while (cueIndex < Math.min(sentenceEnd, index + 12) && !(gapHas(doc, cueIndex, ',') && cueAt(cueIndex))) cueIndex++
        if (cueIndex >= sentenceEnd || !cueAt(cueIndex) || !namesOrDescribes(index, cueIndex)) return undefined
        index = cueIndex
      }
      const match = cueAt(index)
      if (!match) continue
      const source = trimSource(next, index)
      if (!source) return undefined
      const cue = makeCue(match)
      const recipient = match.info!.flags.has('recipient') ? recipientAfter(cue.end, false) : undefined
      const {index: after} = skipAdjuncts(recipient?.end ?? cue.end, sentenceEnd)
      // '"…," X explained, "while …"': the second half of a split quote may follow.
      const split = quotes[q + 1] !== undefined && quotes[q + 1]!.wordStart === after && gapHas(doc, after, ',')
      if (after < sentenceEnd && !split) return undefined
      const draft = newDraft('direct', 'quote-after-long-source', quote.wordStart, {cue, source})
      if (recipient) draft.recipient = recipient
      draft.anchor = quote.start
      quoteSegments(draft, q)
      if (split) quoteSegments(draft, q + 1)
      return draft
    }
    return undefined
  }

  /** Whether the comma-separated segments of `[start, end)` are each a name (`Shigeru Otani`) or describe one (`70`). */
  function namesOrDescribes(start: number, end: number): boolean {
    let from = start
    for (let at = start + 1; at <= end; at++) {
      if (at < end && !gapHas(doc, at, ',')) continue
      // "Mr. Otani Shigeru (70)": a name with its bracketed age.
      const tag = bracketedTagStart(at)
      const nameEnd = tag !== undefined && tag > from + 1 ? tag : at
      if (!(isNameRun(from, nameEnd) || describes(from, at))) return false
      from = at
    }
    return true
  }

  /** `[start, end)` without trailing function words, as a phrase. */
  function trimSource(start: number, end: number): Phrase | undefined {
    let to = end
    while (to > start && trailingFunction.has(words[to - 1]!.norm)) to--
    return to > start ? {start, end: to} : undefined
  }

  function quoteBefore(q: number): Draft | undefined {
    const quote = quotes[q]!
    let last = quote.wordStart - 1
    if (last < 0 || paragraphOf(last) !== quote.paragraph) return undefined
    const gap = doc.text.slice(words[last]!.end, quote.start)
    if (!/^[\s,:\u2014\u2013-]*$/.test(gap)) return undefined
    if (words[last]!.norm === 'that') last--
    if (last < 0) return undefined
    const sentence = sentenceOf(last)
    // "described the offer of the employer of 2.1 percent as "a provocation"": a long object before `as`.
    // Also before a colon, past adjuncts of place and time: 'said at the scene on the morning of March 14: "…"'.
    const colon = /:/.test(gap)
    const reach = words[last]!.norm === 'as' || colon ? 12 : 8
    for (let index = last; index >= Math.max(0, last - reach); index--) {
      if (sentenceOf(index) !== sentence || doc.quoteOf[index] !== -1) break
      if (index < last && breakBefore(doc, index + 1)) break
      // A cue ending at `index` (single word, or multiword ending here).
      let match: CueMatch | undefined
      for (let length = 6; length >= 1 && !match; length--) {
        const start = index - length + 1
        if (start < 0) continue
        const candidate = cueInfoAt(start)
        if (candidate && candidate.end === index + 1) match = candidate
      }
      if (!match || match.info?.flags.has('inverted-only')) continue
      if (colon && words[last]!.norm !== 'as' && last - match.end >= 8 && skipAdjuncts(match.end, last + 1).index <= last) continue
      // 'told EFE that the council learned of the decision "through the press"': a quote closing a reported clause is
      // part of it (mixed), whichever cue stands nearest.
      if (closesReportedClause(sentence, last)) return undefined
      // "rejected the passenger forecast as "wishful thinking"": a noun reading of a cue word, inside the object.
      const before = words[match.start - 1]
      if ((match.info?.flags.has('noun-form') || lex.sourceNouns.has(words[match.start]!.norm)) && match.end <= last && before && !breakBefore(doc, match.start) && !isSubjectPronoun(before) && !isCapitalised(before)) continue
      const cue = makeCue(match)
      if (match.multi?.role === 'as-saying') return asSaying(match, cue, q)
      const flags = flagsOf(match)
      let recipient: Phrase | undefined
      if (match.end <= last && (flags.has('recipient') || flags.has('recipient-optional'))) recipient = recipientAfter(match.end, false)
      if (!recipient && match.end <= last) recipient = prepositionalRecipient(match.end, last + 1)
      let source = sourceLeft(match.start)
      let participial = false
      // "President Kenji Morioka held a press conference and said that "…"": the first verb's subject.
      if (!source && words[match.start - 1]?.norm === 'and' && !breakBefore(doc, match.start)) {
        const subject = scanRight(doc, contentStart(match.start), {pronoun: 'subject', max: 8})
        if (subject && subject.end < match.start - 2 && (!breakBefore(doc, subject.end) || /\(\s*$/.test(doc.gaps[subject.end]!)) && !isCapitalised(words[subject.end]!) && (personLike(subject) || hasCapital(subject.start, subject.end) || isSubjectPronoun(words[subject.start]!))) source = subject
      }
      if (!source && words[match.start]!.norm.endsWith('ing') && gapHas(doc, match.start, ',')) {
        source = participialSource(match.start)
        participial = true
      }
      if (!source) return undefined
      const draft = newDraft('direct', 'quote-before', match.start, {cue, source})
      if (participial) draft.rule = 'quote-before-participle'
      if (recipient) draft.recipient = recipient
      // Mixed: "Deploying foreign troops, he said, "would be …"".
      const from = contentStart(source.start)
      if (!participial && source.start > from && gapHas(doc, source.start, ',')) {
        const range = rangeOf(from, source.start)
        if (range) {
          draft.content.push(range)
          draft.kind = 'mixed'
        }
      }
      quoteSegments(draft, q)
      draft.anchor = Math.min(words[source.start]!.start, quote.start)
      if (participial) draft.sharedSource = true
      return draft
    }
    return undefined
  }

  /** Whether a `that` clause of a reporting verb opens before word `last` (`told EFE that … "<quote>"`), with words between. */
  function closesReportedClause(sentence: number, last: number): boolean {
    const start = doc.sentenceWordStart[sentence]!
    let cueSeen = false
    for (let index = start; index < last - 1; index++) {
      if (doc.quoteOf[index] !== -1) return false
      if (cueSeen && words[index]!.norm === 'that' && !breakBefore(doc, index)) return true
      const info = lex.cue.get(words[index]!.norm)
      if (info && !info.flags.has('noun-form')) cueSeen = true
    }
    return false
  }

  /**
   * The word index before a short bracket that closes just before word `end` ("quoted Salim Awad (welder in the
   * station) as saying"): the bracket describes the name before it, so the name is read from its opening.
   */
  function skipBracketLeft(end: number): number {
    if (!gapHas(doc, end, ')')) return end
    for (let open = end - 1; open > 0 && end - open <= 8; open--) {
      if (gapHas(doc, open, '(')) return open
      if (breakBefore(doc, open)) return end
    }
    return end
  }

  /** Whether word `at` opens a day adjunct of two words: `on Monday`, `this Tuesday`, `last Saturday`. */
  function opensDay(at: number): boolean {
    return ['on', 'this', 'last'].includes(words[at]?.norm ?? '') && lex.timeWords.has(words[at + 1]?.norm ?? '') && !breakBefore(doc, at + 1)
  }

  /** "X quoted Y as saying "…"" and "Y was quoted as saying "…"". */
  function asSaying(match: CueMatch, cue: DraftCue, q: number | undefined): Draft | undefined {
    // "quoted Marina Sokolova, chief physician of City Clinic No. 3, as saying": the name before its apposition.
    // "quoted Reiner on Saturday as saying": when, between the person and `as saying`.
    let nameEnd = match.start
    if (nameEnd >= 3 && opensDay(nameEnd - 2) && !breakBefore(doc, nameEnd - 2)) nameEnd -= 2
    let speaker = (gapHas(doc, nameEnd, ',') ? appositionLeft(nameEnd) : undefined) ?? scanLeft(doc, skipBracketLeft(nameEnd))
    if (!speaker) return undefined
    // "quoted the head physician of the polyclinic No. 3 Marina Sokolova as saying": the number closes the body's name.
    let trimmed = false
    while (speaker.end - speaker.start > 2 && /^\d+$/.test(words[speaker.start]!.norm) && isCapitalised(words[speaker.start + 1]!)) {
      speaker = {start: speaker.start + 1, end: speaker.end}
      trimmed = true
    }
    const draft = newDraft(q === undefined ? 'indirect' : 'direct', 'quoted-as-saying', speaker.start, {cue, source: speaker})
    let before = speaker.start - 1
    // "quoted this Monday the director general, X, as saying", "quoted on Sunday X": when, between verb and person.
    while (before >= 0 && (isSkippable(words[before]!) || lex.timeWords.has(words[before]!.norm) || (['this', 'on', 'last'].includes(words[before]!.norm) && lex.timeWords.has(words[before + 1]?.norm ?? '')))) before--
    // "quoted the head physician of the polyclinic No. 3 Marina Sokolova": past the role the name was cut from.
    if (before >= 0 && trimmed) {
      for (let back = before; back >= 0 && before - back < 12 && sentenceOf(back) === sentenceOf(speaker.start) && doc.quoteOf[back] === -1 && !/[;:"\u201C\u201D]/.test(doc.gaps[back + 1]!); back--) {
        if (words[back]!.norm === 'quoted' || words[back]!.norm === 'cited') {
          before = back
          break
        }
      }
    }
    if (before >= 0 && (words[before]!.norm === 'quoted' || words[before]!.norm === 'cited')) {
      const reporter = sourceLeft(before)
      if (reporter) draft.chain.push({role: 'reporter', phrase: reporter, cue: {start: before, end: before + 1}})
      claimed[before] = 1
    }
    if (q !== undefined) {
      quoteSegments(draft, q)
      draft.anchor = Math.min(draft.anchor, quotes[q]!.start)
    }
    return draft
  }

  /** `"…" (city official)`. */
  function quoteParenthetical(q: number): Draft | undefined {
    const quote = quotes[q]!
    const next = quote.wordEnd
    if (quoteUsed[q] || next >= words.length || paragraphOf(next) !== quote.lastParagraph) return undefined
    const gap = doc.text.slice(quote.end, words[next]!.start)
    if (!/^[\s.,]*\(\s*$/.test(gap)) return undefined
    const phrase = parentheticalRole(next)
    if (!phrase) return undefined
    const draft = newDraft('parenthetical', 'parenthetical-role', quote.wordStart, {source: phrase})
    draft.anchor = quote.start
    quoteSegments(draft, q)
    return draft
  }

  /** A short role phrase in parentheses starting at word `start` ("city official", "spokesman Kim"). */
  /**
   * A bracket closing a sentence that says who said it: "(she precises)", "(Lenzi added)" (Italian and French
   * *precisa*, *ajoute-t-il* in brackets), or "(according to the village)".
   */
  function bracketedCue(start: number): {source: Phrase; cue: CueMatch} | undefined {
    let end = start
    while (end < words.length && end - start < 10 && !gapHas(doc, end, ')') && (end === start || !breakBefore(doc, end))) end++
    if (end - start < 2 || end - start > 9 || !gapHas(doc, end, ')')) return undefined
    if (words[start]!.norm === 'according' && words[start + 1]!.norm === 'to' && end - start >= 3) {
      return {source: {start: start + 2, end}, cue: {start, end: start + 2, lemma: 'according to'}}
    }
    const match = cueInfoAt(end - 1)
    if (match && match.end === end && !match.info?.flags.has('cognitive')) {
      const subject = end - 1 - start === 1 && isSubjectPronoun(words[start]!)
      if (subject || isNameRun(start, end - 1)) return {source: {start, end: end - 1}, cue: match}
    }
    // Verb first: "(makes known the press office of the Region)", Italian *fa sapere l'ufficio stampa*.
    const first = cueInfoAt(start)
    if (!first || first.end >= end || first.info?.flags.has('cognitive')) return undefined
    const source = {start: first.end, end}
    return hasCapital(source.start, source.end) || personLike(source) ? {source, cue: first} : undefined
  }

  function parentheticalRole(start: number): Phrase | undefined {
    let end = start
    while (end < words.length && end - start < 6 && !gapHas(doc, end, ')') && (end === start || !breakBefore(doc, end))) end++
    if (end - start > 5 || end >= words.length + 1) return undefined
    if (!gapHas(doc, end, ')') && end !== words.length) return undefined
    let role = false
    for (let index = start; index < end; index++) {
      const norm = bareNorm(words[index]!)
      if (lex.personRoles.has(norm) || lex.titles.has(norm) || lex.sourceNouns.has(norm)) role = true
    }
    if (!role) return undefined
    return {start, end}
  }

  /** The subject of a participial cue (", saying …"): the source of the sentence's previous attribution, else its first phrase. */
  function participialSource(cueStart: number): Phrase | undefined {
    const sentence = sentenceOf(cueStart)
    const previous = (bySentence.get(sentence) ?? []).filter((draft) => draft.cue && draft.cue.start < cueStart && draft.source)
    const host = previous[previous.length - 1]
    if (host?.source) return host.source
    let from = contentStart(cueStart)
    for (let index = from; index < Math.min(from + 6, cueStart); index++) {
      if (gapHas(doc, index + 1, ',')) {
        from = index + 1
        break
      }
    }
    const phrase = scanRight(doc, from, {pronoun: 'subject', max: 10})
    if (!phrase || phrase.end >= cueStart) return undefined
    const after = words[phrase.end]!
    if (isCapitalised(after) || breakBefore(doc, phrase.end)) return undefined
    return phrase
  }

  // S5–S9. Reporting verbs outside quotes: "X said (that) …", "…, X said", "X told Y …", participles, "as saying".
  const cueWords = wordsWhere(doc, wordRole.multiword | wordRole.cue)
  for (let index = 0, cursor = 0; index < words.length; index++) {
    // Only words that can start a cue do anything here: jump to the next one.
    while (cursor < cueWords.length && cueWords[cursor]! < index) cursor++
    if (cursor >= cueWords.length) break
    index = cueWords[cursor]!
    if (doc.quoteOf[index] !== -1 || claimed[index]) continue
    const multi = multiwordAt(doc, index)
    let match: CueMatch | undefined
    if (multi) {
      if (multi.role === 'as-saying') {
        const cueMatch: CueMatch = {start: index, end: index + multi.words.length, lemma: multi.lemma, multi}
        const draft = asSaying(cueMatch, makeCue(cueMatch), undefined)
        if (draft) {
          const {end} = sentenceWords(doc, index)
          const from = cueMatch.end + (words[cueMatch.end]?.norm === 'that' ? 1 : 0)
          const range = from < end ? rangeOf(from, contentEnd(from, end)) : undefined
          if (range) {
            draft.content.push(range)
            add(draft)
            claimContent(from, end)
          }
        }
        index = cueMatch.end - 1
        continue
      }
      if (multi.role === 'pronoun-cue') {
        // "…, kata dia." — content before the untranslated cue.
        const end = index + multi.words.length
        const from = contentStart(index)
        if (gapHas(doc, index, ',') && from < index) {
          const range = rangeOf(from, index)
          if (range) {
            const cueMatch: CueMatch = {start: index, end, lemma: multi.lemma, multi}
            const draft = newDraft(hasQuoteInside(from, index) ? 'mixed' : 'indirect', 'untranslated-cue', index, {cue: makeCue(cueMatch), source: {start: index, end}})
            draft.pronounCue = multi.gender ?? 'unknown'
            draft.content.push(range)
            draft.anchor = range.start
            add(draft)
          }
        }
        index = end - 1
        continue
      }
      if (multi.role !== 'verb') continue
      match = {start: index, end: index + multi.words.length, lemma: multi.lemma, multi}
    } else {
      const info = lex.cue.get(words[index]!.norm)
      if (!info) continue
      match = {start: index, end: index + 1, lemma: info.lemma, info}
    }
    const draft = verbAttribution(match)
    if (draft) {
      add(draft)
      index = Math.max(index, (draft.recipient?.end ?? match.end) - 1)
    }
  }

  function claimContent(from: number, to: number): void {
    for (let index = from; index < to; index++) if (doc.quoteOf[index] === -1) claimed[index] = 1
  }

  function verbAttribution(found: CueMatch): Draft | undefined {
    let match = found
    const flags = flagsOf(match)
    const word = words[match.start]!
    const {start: sentenceStart, end: sentenceEnd} = sentenceWords(doc, match.start)
    // "expressed the view that", "showed the idea that" (Japanese の考えを示した), "voiced his hope that": the view is part of the cue.
    if (!flags.has('cognitive')) {
      let at = match.end
      if (words[at] && isDeterminer(words[at]!) && !breakBefore(doc, at)) at++
      if (at < sentenceEnd && opinionNouns.has(words[at]!.norm) && !breakBefore(doc, at) && words[at + 1]?.norm === 'that' && !breakBefore(doc, at + 1)) match = {...match, end: at + 1}
    }
    // The word before the cue, past a perfect auxiliary ("and has asked").
    const auxiliary = match.start - 1 > sentenceStart && ['has', 'have', 'had'].includes(words[match.start - 1]!.norm) && !breakBefore(doc, match.start) ? 1 : 0
    const previous = match.start - auxiliary > sentenceStart && !breakBefore(doc, match.start - auxiliary) ? words[match.start - auxiliary - 1] : undefined
    if (isCapitalised(word) && match.start !== sentenceStart) return undefined
    // "registered 2.340 confirmed cases": a participle right after a number describes what is counted.
    if (previous && /^\d/u.test(previous.norm)) return undefined
    // A name ending in a word that looks like an article: "Nguyen Van An shared".
    const nameEnd = previous !== undefined && isCapitalised(previous) && match.start - 1 !== sentenceStart
    // Noun readings: "a report", "his claims", "the said agreement".
    if (previous && !nameEnd && flags.has('noun-form') && (isDeterminer(previous) || previous.norm.endsWith("'s"))) return undefined
    if (previous && !nameEnd && (previous.norm === 'the' || previous.norm === 'a' || previous.norm === 'an')) return undefined
    // Passive ("is expected to", "was reported"): hedges are handled later.
    let back = match.start - 1
    while (back >= sentenceStart && isSkippable(words[back]!) && !breakBefore(doc, back + 1)) back--
    const progressive = word.norm.endsWith('ing') && back >= sentenceStart && beForms.has(words[back]!.norm) && back === match.start - 1
    if (back >= sentenceStart && beForms.has(words[back]!.norm) && !breakBefore(doc, back + 1) && !progressive) return impersonalThat(match, back, sentenceEnd) ?? passiveWithAgent(match, back, sentenceStart, sentenceEnd)
    if (back >= sentenceStart && (words[back]!.norm === 'has' || words[back]!.norm === 'have' || words[back]!.norm === 'had') && words[match.start - 1]?.norm === 'been') return undefined
    const next = words[match.end]
    // "estimates, that the journey …" (German and Dutch put a comma before *dass*, *dat*): the comma is no break.
    const commaThat = next?.norm === 'that' && /^\s*,\s*$/.test(doc.gaps[match.end]!)
    const nextNorm = next && (!breakBefore(doc, match.end) || commaThat) && sentenceOf(match.end) === sentenceOf(match.start) ? next.norm : undefined
    const participle = word.norm.endsWith('ing') && !progressive
    // "forcing the local authority to announce the state of emergency": an infinitive no control verb governs
    // (`decided to announce that` is governed) is a deed someone was made to do, not a report.
    if (words[match.start - 1]?.norm === 'to' && !breakBefore(doc, match.start) && controlStart(match.start) === match.start && !word.norm.endsWith('ing')) return undefined
    let source: Phrase | undefined
    let inverted = false
    let participial = false
    // A verb coordinated with an earlier one ("… and warned that"): it shares that subject, but a weak verb still
    // needs its `that` ("and introduced the regime of emergency").
    let coordinated = false
    if (participle) {
      if (!gapHas(doc, match.start, ',')) return undefined
      source = participialSource(match.start)
      participial = true
    } else {
      source = sourceLeft(progressive ? back : match.start)
      // "confirmed … and warned that …": the coordinated verb shares the subject; not when the verb has its own
      // subject after it (", and added its spokesman Omar Badr that …", Arabic verb-first order).
      // Also past a negated or modal auxiliary: "…, but did not exclude “human errors”".
      const conjunctionAt = pastAuxiliaries(match.start - auxiliary - 1, -1, sentenceStart)
      const conjunction = conjunctionAt >= sentenceStart && !breakBefore(doc, conjunctionAt + 1) ? words[conjunctionAt] : undefined
      if (!source && conjunction && (conjunction.norm === 'and' || conjunction.norm === 'but') && !ownSubjectAfter(match, sentenceEnd)) {
        // Not a verb inside the host's own content ("demanded that the company provide a schedule and report every
        // six hours": the company reports, not the one who demanded).
        const at = words[match.start]!.start
        // Nor a bare verb after a past one ("demanded that the company provide … and report"): it belongs to the
        // clause, whose verbs are bare too.
        // An auxiliary before it (`but did not exclude`) carries the tense: not bare.
        const bare = !isPastForm(word.norm) && !/(?:s|ing)$/u.test(word.norm) && conjunctionAt === match.start - auxiliary - 1
        const hosts = (bySentence.get(sentenceOf(match.start)) ?? []).filter((draft) => draft.cue && draft.cue.start < match.start && draft.source && !draft.content.some((range) => range.start <= at && at < range.end) && !(bare && isPastForm(words[draft.cue.start]!.norm)))
        const host = hosts[hosts.length - 1]
        if (host?.source) {
          source = host.source
          participial = true
          coordinated = true
        } else {
          // "The mayor visited the site and said that …": the subject of the first verb.
          let subject = scanRight(doc, contentStart(match.start), {pronoun: 'subject', max: 8})
          // "X, vice chairman of the committee, inspected the dam and instructed: …": the name with its apposition.
          const withApposition = subject ? appositionRight(subject, match.start) : undefined
          const appositionCloses = withApposition !== undefined && withApposition.end < match.start - 2 && gapHas(doc, withApposition.end, ',') && !isCapitalised(words[withApposition.end]!)
          if (appositionCloses) subject = withApposition
          // Never a preposition read as a name: "In the region the harvest starts in May and continues …".
          if (subject && !adjunctPrepositions.has(words[subject.start]!.norm) && subject.end < match.start - 2 && !isDeterminer(words[subject.end - 1]!) && (appositionCloses || !breakBefore(doc, subject.end)) && !isCapitalised(words[subject.end]!) && (personLike(subject) || isSubjectPronoun(words[subject.start]!) || appositionCloses) && !hasCueBetween(subject.end, match.start - 1)) {
            source = subject
            participial = true
            coordinated = true
          }
        }
      }
      if (!source && gapHas(doc, match.start - auxiliary, ',') && match.start - auxiliary > sentenceStart) {
        // "…, explained the health economist Andreas Kuhn of the LMU.", "…, said the agency (BPBD) of DKI Jakarta on Monday (3/2/2025).",
        // "…, has indicated Thursday the regional health office" (French *a indiqué jeudi l'agence*).
        const before = prepositionalRecipient(match.end, sentenceEnd)
        let sourceAt = before?.end ?? match.end
        // Also "this Tuesday", "on Tuesday" (French *a annoncé ce mardi l'agence*).
        while (sourceAt < sentenceEnd && !breakBefore(doc, sourceAt + 1)) {
          if (lex.timeWords.has(words[sourceAt]!.norm)) sourceAt++
          else if (['this', 'on', 'last'].includes(words[sourceAt]!.norm) && lex.timeWords.has(words[sourceAt + 1]?.norm ?? '') && !breakBefore(doc, sourceAt + 2)) sourceAt += 2
          else break
        }
        let phrase = scanRight(doc, sourceAt, {pronoun: 'subject', max: 14})
        // "…, announced Monday the regional health agency (ARS), because …": the body's bracketed acronym is its own.
        if (phrase && phrase.end < sentenceEnd && /\(\s*$/.test(doc.gaps[phrase.end]!)) {
          const close = bracketClose(phrase.end, sentenceEnd, 6)
          if (close !== -1) phrase = {start: phrase.start, end: close + 1}
        }
        // "…, informed the comité de empresa." (Spanish *comité de empresa*): a body's untranslated name ends the sentence.
        if (phrase && phrase.end < sentenceEnd && sentenceEnd - phrase.end <= 3 && romanceOf.has(words[phrase.end]!.norm) && lex.sourceNouns.has(bareNorm(words[phrase.end - 1]!)) && !hasBreakIn(phrase.end, sentenceEnd)) phrase = {start: phrase.start, end: sentenceEnd}
        const rawEnd = phrase ? extendOf(phrase.rawEnd ?? phrase.end, sentenceEnd) : sentenceEnd
        if (phrase && (phrase.end >= sentenceEnd || gapHas(doc, phrase.end, ',.;'))) {
          source = appositionRight(phrase, sentenceEnd, true, true) ?? phrase
          inverted = true
        } else if (phrase && (onlyAdjuncts(prepositionalRecipient(rawEnd, sentenceEnd)?.end ?? rawEnd, sentenceEnd) || gapHas(doc, rawEnd, ',;')) && (hasCapital(phrase.start, phrase.end) || personLike(phrase))) {
          source = {start: phrase.start, end: rawEnd}
          inverted = true
        } else if (!phrase && impersonalVerbs.has(word.norm)) {
          // "…, confirmed in the press service of the regional government." (Russian *подтвердили в пресс-службе*):
          // the body where it was said, up to the sentence end.
          const where = impersonalSource(match.end, sentenceEnd)
          if (where && where.end >= sentenceEnd) {
            source = where
            inverted = true
          }
        }
        // The perfect's auxiliary belongs to the cue ("has indicated").
        if (inverted && auxiliary) match = {...match, start: match.start - auxiliary}
      }
    }
    // Cognitive verbs too, which `verbFirst` takes only before `that` ("And expects the ministry that …").
    if (!source && !participle) return verbFirst(match, sentenceStart, sentenceEnd)
    if (!source) return undefined
    if (flags.has('inverted-only') && !inverted) return undefined
    // A bracketed age or description after the name (`Bà Nguyễn Thị Hạnh (54 years old, resident of hamlet 3)`) is no
    // part of what makes the subject a person.
    const tagAt = flags.has('person-subject') ? bracketedTagStart(source.end) : undefined
    const subjectCore = tagAt !== undefined && tagAt - source.start >= 2 ? {start: source.start, end: tagAt} : source
    if (flags.has('person-subject') && !participial && !personLike(subjectCore)) return undefined
    // "the prosecutor asks for five years of prison" is a demand; "the company asked for more money" a deed.
    if (match.lemma === 'ask for' && !speaksAsPerson(source)) return undefined
    // "argued about who is guilty": a dispute between people, not a claim.
    if (match.lemma === 'argue' && ['about', 'over', 'with'].includes(nextNorm ?? '')) return undefined
    if (flags.has('cognitive')) {
      // "considers, however, that …": the clause after an aside.
      const aside = !nextNorm && asideThat(match.end, sentenceEnd) !== -1
      // "estimates for her part that …" (French *pour sa part*): not "estimates for the budget".
      // "Ma Jun believes, the subsidy standard should improve" (Chinese *认为，*): the clause after a comma.
      const commaClause = !nextNorm && !inverted && !participle && source.start === contentStart(source.start) && commaClauseAt(match.end, sentenceEnd)
      if ((!nextNorm && !aside && !commaClause) || (!forPartAt(match.end) && ['to', 'in', 'of', 'about', 'for', 'with', 'on', 'at', 'by', 'so', 'it', 'them', 'him', 'her'].includes(nextNorm ?? ''))) return undefined
      if (participle) return undefined
    }
    if (flags.has('speech-object')) {
      let ok = !inverted && rejectedObject(match.start, match.end, sentenceEnd, source)
      // "rejected through its spokesperson the claims that …": the object may follow an adjunct.
      const pastAdjuncts = skipAdjuncts(match.end, sentenceEnd).index
      // "rejected through a spokeswoman a financing with state money": whatever a body rejects through its spokesperson
      // it rejects in words.
      if (!inverted && pastAdjuncts > match.end && pastAdjuncts < sentenceEnd && isSpokespersonAside(match.end, pastAdjuncts)) ok = true
      for (const objectStart of new Set([match.end, pastAdjuncts])) {
        for (let offset = 0; offset < 3; offset++) {
          const candidate = words[objectStart + offset]
          if (candidate && objectStart + offset < sentenceEnd && lex.speechNouns.has(candidate.norm)) ok = true
        }
      }
      if (!ok) return undefined
    }
    if (flags.has('noun-form') && !participle && !inverted) {
      // "an internal report", "a new statement": after an article, or an article and an adjective, it is the noun.
      const before = words[match.start - 1]
      const twoBefore = words[match.start - 2]
      if (!word.norm.endsWith('ed') && before && !breakBefore(doc, match.start) && (isDeterminer(before) || (twoBefore && isDeterminer(twoBefore) && !breakBefore(doc, match.start - 1) && adjectiveEnding.test(before.norm) && !isBodyOrRole(before)))) return undefined
      // A verb reading needs a subject right before it: a name, a pronoun or a source noun (before a bracketed
      // age or party: "Jana Ollig (47) demanded").
      const tag = bracketedTagStart(source.end)
      const head = words[tag !== undefined && tag > source.start ? tag - 1 : source.end - 1]!
      // "Tarek Naguib, the grandson of the founder of the cinema, claims": a name closed by its apposition.
      const appositionClosed = gapHas(doc, match.start, ',') && isCapitalised(words[source.start]!) && !isDeterminer(words[source.start]!)
      // "The chief physician of the gynecology estimates, that …": a role with its of-phrase.
      // Also a body: "In the press service of the region reported that …".
      const roleOf = (hasRole(source.start, source.end) || hasOrgNoun(source.start, source.end)) && source.end - source.start <= 12 && words.slice(source.start, source.end).some((candidate) => candidate.norm === 'of')
      if (!(isCapitalised(head) || isSubjectPronoun(head) || appositionClosed || roleOf || lex.sourceNouns.has(bareNorm(head)) || isBodyOrRole(head))) return undefined
      if ((nextNorm === 'of' || nextNorm === 'by' || nextNorm === 'for') && !(isCapitalised(head) || isSubjectPronoun(head)) && !(nextNorm === 'of' && demandedOf(match.end, sentenceEnd))) return undefined
    }
    const cue = makeCue(match)
    // "called the inhabitants to gather" (French *appeler à*, Spanish *llamar a*): a call on someone to act directs.
    if (cue.lemma === 'call' && callsToAct(match.end, sentenceEnd)) cue.class = 'directive'
    let recipient: Phrase | undefined
    if (flags.has('recipient') && !inverted) recipient = recipientAfter(match.end, false)
    else if (flags.has('recipient-optional') && !inverted) recipient = recipientAfter(match.end, true)
    // "said to journalists that", "explained to Antara", "shared with reporters that"
    if (!recipient && !inverted) recipient = prepositionalRecipient(match.end, sentenceEnd)
    // "demands of the State an exceptional indemnisation" (French *exiger de l'État*): the body asked, then the demand.
    if (!recipient && !inverted && cue.class === 'directive' && (words[match.end]?.norm === 'of' || words[match.end]?.norm === 'from')) recipient = demandedOf(match.end, sentenceEnd)
    const afterCue = inverted ? source.end : recipient?.end ?? match.end
    let {index: clauseStart, skipped} = skipAdjuncts(afterCue, sentenceEnd)
    // "…, said the agency on Monday (3/2/2025).": nothing but adjuncts after an inverted source.
    if (inverted && onlyAdjuncts(clauseStart, sentenceEnd)) clauseStart = sentenceEnd
    // "said when accepting an interview with reporters that …", "explained when met in Jakarta that …"
    const framed = framedThat(clauseStart, sentenceEnd)
    if (framed !== -1 && !inverted) {
      clauseStart = framed
      skipped = true
    }
    // "reported, with reference to the regional ministry, that …", "said, however, that …": the clause after the aside.
    const aside = !inverted ? asideThat(clauseStart, sentenceEnd) : -1
    if (aside !== -1) clauseStart = aside
    // "recognised however that …" (French *reconnaît toutefois que*): a sentence adverb without commas before `that`.
    else if (!inverted && bareAdverbsBeforeThat.has(words[clauseStart]?.norm ?? '') && words[clauseStart + 1]?.norm === 'that' && clauseStart + 1 < sentenceEnd && !breakBefore(doc, clauseStart) && !breakBefore(doc, clauseStart + 1)) clauseStart++
    // "called by the voice of its spokesperson for a buffer zone" (French *a appelé par la voix de son porte-parole à*):
    // a call for something, past the body's spokesperson.
    const callFor = cue.lemma === 'call' && !inverted && !participial ? callForObject(clauseStart, sentenceEnd) : -1
    if (callFor !== -1) {
      cue.class = 'directive'
      clauseStart = callFor
    }
    const draft = newDraft('indirect', participial ? 'participle' : inverted ? 'indirect-inverted' : 'indirect', match.start, {cue, source})
    if (recipient) draft.recipient = recipient
    let decided: 'pre' | 'post' | undefined
    let from = clauseStart
    const clauseWord = words[clauseStart]
    // "As the regulator announced, …" / "…, as the company announced": the as-clause frames the content.
    const asWord = source.start - 1
    if (!inverted && !participial && asWord >= sentenceStart && words[asWord]!.norm === 'as' && !breakBefore(doc, source.start)) {
      let range: Range | undefined
      if (asWord === contentStart(asWord)) {
        let comma = clauseStart
        while (comma < sentenceEnd && comma - clauseStart < 8 && !gapHas(doc, comma, ',')) comma++
        if (comma < sentenceEnd && gapHas(doc, comma, ',')) {
          const end = contentEnd(comma, sentenceEnd)
          range = rangeOf(comma, end)
          if (range) claimContent(comma, end)
        }
      } else if (gapHas(doc, asWord, ',')) {
        range = rangeOf(contentStart(asWord), asWord)
      }
      if (!range) return undefined
      claimed[asWord] = 1
      draft.content.push(range)
      draft.anchor = Math.min(range.start, words[asWord]!.start)
      draft.rule = 'as-clause'
      return draft
    }
    // "asked to both parts that they return …" (Spanish *pidió a ambas partes que*): the addressee after `to`, the
    // demand after `that`.
    if (cue.class === 'directive' && !inverted && words[match.end]?.norm === 'to' && !breakBefore(doc, match.end) && clauseStart === match.end) {
      let that = match.end + 1
      while (that < sentenceEnd && that - match.end <= 6 && words[that]!.norm !== 'that' && !breakBefore(doc, that) && doc.quoteOf[that] === -1) that++
      if (that > match.end + 1 && that < sentenceEnd && words[that]!.norm === 'that' && !breakBefore(doc, that)) {
        draft.recipient = {start: match.end + 1, end: that}
        if (!clauseContent(draft, that + 1, sentenceEnd)) return undefined
        return draft
      }
    }
    // "asked all regional heads not to …": a directive's content is its addressee and the demand.
    if (cue.class === 'directive' && !inverted && clauseStart === (recipient?.end ?? match.end)) {
      // "asked the operator, all alternatives once more to examine" (German *zu prüfen* closing the clause): one comma
      // after the addressee.
      // Also an apposition on the addressee between two commas: "asked PT Samudra Jaya Lines, the owner of the tanker,
      // to be responsible".
      let commas = 0
      let appositionStart = -1
      for (let index = match.end; index < Math.min(sentenceEnd, match.end + 14); index++) {
        if (index > match.end && breakBefore(doc, index)) {
          const comma = /^\s*,\s*$/.test(doc.gaps[index]!)
          if (commas === 0 && comma && index - match.end <= 4 && !clauseOpeners.has(words[index]!.norm) && !isSubjectPronoun(words[index]!)) {
            commas = 1
            appositionStart = index
          } else if (commas === 1 && comma && words[index]!.norm === 'to' && ['the', 'a', 'an', 'its', 'their'].includes(words[appositionStart]!.norm)) {
            commas = 2
          } else break
        }
        if (words[index]!.norm === 'to' && index > match.end) {
          // "ordered eleven kilometres of pipes to a supplier" (French *commander à*): a purchase, not a call to act.
          const after = words[index + 1]
          if (after && (isDeterminer(after) || /^\d/.test(after.norm))) break
          delete draft.recipient
          const end = contentEnd(match.end, sentenceEnd)
          const range = rangeOf(match.end, end)
          if (!range) return undefined
          draft.content.push(range)
          claimContent(match.end, end)
          if (participial) draft.sharedSource = true
          return draft
        }
      }
    }
    if (clauseStart < sentenceEnd && clauseWord && clauseWord.norm === 'that' && doc.quoteOf[clauseStart] === -1) {
      decided = 'pre'
      from = clauseStart + 1
    } else if (clauseStart + 1 < sentenceEnd && clauseWord && (clauseWord.norm === 'of' || clauseWord.norm === 'about') && (clauseStart === match.end || (recipient && clauseStart === recipient.end && cue.lemma === 'accuse')) && !breakBefore(doc, clauseStart + 1)) {
      // "warned of potential victims": the content is what follows the preposition.
      decided = 'pre'
      from = clauseStart + 1
    } else if (clauseStart < sentenceEnd && gapHas(doc, clauseStart, ':')) {
      decided = 'pre'
    } else if (clauseStart >= sentenceEnd || gapHas(doc, clauseStart, ',;')) {
      const before = contentStart(source.start)
      const leftEdge = inverted ? match.start : source.start
      if (!participial && leftEdge > before && gapHas(doc, leftEdge, ',')) {
        decided = 'post'
      } else if (skipped && clauseStart < sentenceEnd && clauseWord && !clauseBreakers.has(clauseWord.norm) && !clauseWord.norm.endsWith('ing')) {
        decided = 'pre'
      } else if (!participial && !inverted && leftEdge === before && clauseStart < sentenceEnd && clauseWord && (!clauseBreakers.has(clauseWord.norm) || commaClauseAt(clauseStart, sentenceEnd)) && !clauseWord.norm.endsWith('ing') && doc.quoteOf[clauseStart] === -1) {
        // "He said, the payment was delayed …" (Indonesian "Dia mengatakan, …"): the clause after the comma.
        decided = 'pre'
      }
    } else if (clauseStart < sentenceEnd && doc.quoteOf[clauseStart] === -1 && !clauseBreakers.has(clauseWord!.norm)) {
      decided = 'pre'
    } else if (clauseStart < sentenceEnd && doc.quoteOf[clauseStart] !== -1) {
      return undefined
    }
    // "accused Kessler of having broken …": the accusation is the content.
    const accusation = (cue.lemma === 'accuse' && recipient !== undefined && words[clauseStart]?.norm === 'of') || (!inverted && (judgedObject(match.start, clauseStart, sentenceEnd) || rejectedObject(match.start, clauseStart, sentenceEnd, source)))
    // "held to recall that …" but not "wanted to say goodbye".
    const controlled = !inverted && controlStart(match.start) !== match.start
    // "The person in charge indicated, the sub-district will send …" (Chinese *表示，*): a clause after the comma, with
    // the source opening the sentence, reports speech as `that` would.
    const commaReport = !inverted && !participial && clauseStart === match.end && source.start === contentStart(source.start) && commaClauseAt(clauseStart, sentenceEnd)
    // "Hendra indicated he already reported …": a subject pronoun right after the verb opens a clause, never an object.
    // Not `it` or `you`, which are objects too ("indicated it on the map").
    const opener = words[clauseStart]
    const pronounClause = clauseStart === match.end && opener !== undefined && isSubjectPronoun(opener) && opener.norm !== 'it' && opener.norm !== 'you' && !breakBefore(doc, clauseStart)
    // "did not want to confirm if the city will pay" (Spanish *si*): a controlled, non-weak cue may report a question.
    const questionClause = controlled && !flags.has('weak') && clauseStart === match.end && (opener?.norm === 'if' || opener?.norm === 'whether') && !breakBefore(doc, clauseStart)
    // "The restriction, the ARS specified, also applies to …": a cue between commas inside the clause it reports.
    const parenthetical = !inverted && !participial && source.start > sentenceStart && /^\s*,\s*$/.test(doc.gaps[source.start]!) && /^\s*,\s*$/.test(doc.gaps[match.end] ?? '') && match.end < sentenceEnd
    // "The ministry did not want to confirm the figure": a negated, controlled speech act on its object.
    const negatedObject = controlled && !flags.has('weak') && cue.class !== 'directive' && hasNegationIn(controlStart(match.start) - 2, match.start)
    // A weak verb needs it as a participle too ("…, referring to North Korea's eastern city" is no report).
    if ((flags.has('weak') || (controlled && (!participial || coordinated))) && decided === 'pre' && !(words[clauseStart]?.norm === 'that' || gapHas(doc, clauseStart, ':') || accusation || commaReport || callFor !== -1 || pronounClause || questionClause || (parenthetical && flags.has('weak')) || negatedObject)) {
      // "continued their journey", "found the bodies": a weak verb needs `that` or a colon to report speech.
      return undefined
    }
    // "recorded that song": `that` must open a clause.
    if (flags.has('strict-that') && decided === 'pre' && words[clauseStart]?.norm === 'that' && !opensClause(clauseStart)) return undefined
    if (flags.has('cognitive') && decided === 'post') decided = undefined
    if (decided === 'pre') {
      if (!clauseContent(draft, from, sentenceEnd)) return undefined
    } else if (decided === 'post') {
      const leftEdge = inverted ? match.start : source.start
      // "X said Y, The Korea Times reported": the outer reporter of the attribution inside.
      const inner = (bySentence.get(sentenceOf(match.start)) ?? []).filter((other) => other.cue && other.cue.start < leftEdge && other.kind !== 'dateline' && other.kind !== 'unattributed-hedge')
      const host = inner[inner.length - 1]
      // "They expect a high turnout, they said": a belief the same speaker then reports is what they said.
      const sameSpeaker = host?.source !== undefined && host.cue?.class === 'cognitive' && doc.text.slice(words[host.source.start]!.start, words[host.source.end - 1]!.end).toLowerCase() === doc.text.slice(words[source.start]!.start, words[source.end - 1]!.end).toLowerCase()
      const whole = sameSpeaker ? rangeOf(contentStart(host!.source!.start), leftEdge) : undefined
      if (host && sameSpeaker && whole) {
        host.cue = makeCue(match)
        host.content = [whole]
        claim(source)
        claim({start: match.start, end: match.end})
        return undefined
      }
      if (host && !participial) {
        host.chain.push({role: 'reporter', phrase: source, cue: {start: match.start, end: match.end}})
        claim(source)
        claim({start: match.start, end: match.end})
        return undefined
      }
      const range = rangeOf(contentStart(source.start), leftEdge)
      if (!range) return undefined
      draft.content.push(range)
      draft.anchor = range.start
      // "CLAUSE1, he said, CLAUSE2."
      const tail = clauseStart
      if (tail < sentenceEnd && gapHas(doc, tail, ',') && !clauseBreakers.has(words[tail]!.norm) && !words[tail]!.norm.endsWith('ing') && doc.quoteOf[tail] === -1) {
        const end = contentEnd(tail, sentenceEnd)
        const second = rangeOf(tail, end)
        if (second && lex.cue.get(words[tail]!.norm) === undefined) {
          draft.content.push(second)
          claimContent(tail, end)
        }
      }
      if (hasQuoteInside(contentStart(source.start), leftEdge)) draft.kind = 'mixed'
    } else {
      return undefined
    }
    if (participial) {
      draft.rule = 'participle'
      // The source words belong to the main clause's attribution.
      draft.sharedSource = true
    }
    return draft
  }

  /** Past word `end`, a name's "of the Ludwig Maximilian University (LMU)" or "from the X Institute" continuation. */
  function extendOf(end: number, sentenceEnd: number): number {
    let at = end
    for (let round = 0; round < 2 && at < sentenceEnd; round++) {
      const word = words[at]!
      if ((word.norm !== 'of' && word.norm !== 'from' && word.norm !== 'at') || breakBefore(doc, at)) break
      let index = at + 1
      if (index < sentenceEnd && isDeterminer(words[index]!) && !breakBefore(doc, index)) index++
      const from = index
      while (index < sentenceEnd && index - from < 8 && (index === from || !breakBefore(doc, index) || isBracketedAcronym(doc, index))) {
        const candidate = words[index]!
        if (!(isCapitalised(candidate) || (index > from && (candidate.norm === 'of' || candidate.norm === 'and') && index + 1 < sentenceEnd && isCapitalised(words[index + 1]!)))) break
        index++
      }
      if (index === from || !isCapitalised(words[index - 1]!)) break
      at = index
    }
    return at
  }

  /**
   * Verb-first reporting (Arabic "وقال الوزير إن …", "وأضاف …"; Italian "Lo ha detto X"): "Added the minister that the
   * talks would resume", "And said the spokesman of the ministry, Ahmed Hassan, in a statement, that …". The cue
   * opens the sentence (after an optional "And"), a person or organisation follows, then adjuncts, then `that` or
   * a colon.
   */
  function verbFirst(match: CueMatch, sentenceStart: number, sentenceEnd: number): Draft | undefined {
    let lead = contentStart(match.start)
    // Arabic *وأضاف*, *من جهته*: "…, and added its spokesman X that", "For its part, denied the company …", "And in
    // his turn, said X that …": the verb opens a clause after `and` or after an opening aside.
    if (match.start - 1 > lead && words[match.start - 1]!.norm === 'and' && gapHas(doc, match.start - 1, ',')) lead = match.start - 1
    const aside = openingAside(lead, match.start)
    if (aside !== -1) lead = aside
    let first = lead
    if (first + 1 === match.start && ['and', 'also', 'then', 'moreover'].includes(words[first]!.norm)) first++
    if (match.start !== first || match.start < sentenceStart) return undefined
    if (match.start === lead && !isCapitalised(words[match.start]!) && aside === -1) return undefined
    if (words[match.start]!.norm.endsWith('ing') || flagsOf(match).has('inverted-only')) return undefined
    const before = prepositionalRecipient(match.end, sentenceEnd)
    const phrase = scanRight(doc, before?.end ?? match.end, {pronoun: 'subject', max: 12})
    // "the director of the plant": a role heading an of-phrase is a person, whatever the of-phrase names.
    if (!phrase || !(personLike(phrase) || hasRole(phrase.start, phrase.end))) return undefined
    const apposition = appositionRight(phrase, sentenceEnd, false, true)
    let source = apposition ?? phrase
    let at = apposition ? apposition.end : extendOf(phrase.rawEnd ?? phrase.end, sentenceEnd)
    // "And said Mahmoud Al-Saadi (head of the association …): "…"": the bracketed role belongs to the source.
    if (at < sentenceEnd && /\(\s*$/.test(doc.gaps[at]!)) {
      const close = bracketClose(at, sentenceEnd, 20)
      if (close !== -1) {
        source = {start: source.start, end: close + 1}
        at = close + 1
      }
    }
    let recipient = before
    for (let round = 0; round < 3 && at < sentenceEnd; round++) {
      const to = prepositionalRecipient(at, sentenceEnd)
      if (to) {
        recipient ??= to
        at = to.end
        continue
      }
      // "…, Yousef al-Amiri, citing the Ministry of Water Resources, that …": the cited source is the chain's.
      const cited = (words[at]!.norm === 'citing' || words[at]!.norm === 'quoting') && gapHas(doc, at, ',') ? citedAsideEnd(at, sentenceEnd) : -1
      if (cited !== -1) {
        at = cited
        continue
      }
      const skip = skipAdjuncts(at, sentenceEnd)
      if (!skip.skipped || skip.index === at) break
      at = skip.index
    }
    if (at >= sentenceEnd) return undefined
    const cue = makeCue(match)
    const draft = newDraft('indirect', 'verb-first', match.start, {cue, source})
    if (recipient) draft.recipient = recipient
    const q = doc.quoteOf[at]!
    if (q !== -1 && quotes[q]!.wordStart === at && !quoteUsed[q] && gapHas(doc, at, ':')) {
      draft.kind = 'direct'
      quoteSegments(draft, q)
      return draft
    }
    let from: number
    if (words[at]!.norm === 'that' && q === -1) from = at + 1
    else if (gapHas(doc, at, ':')) from = at
    // "denied the company X any negligence …": a denial's object is what it denies.
    else if (cue.class === 'negative' && q === -1 && !breakBefore(doc, at)) from = at
    else return undefined
    return clauseContent(draft, from, sentenceEnd) ? draft : undefined
  }

  /** Whether a person-like phrase, then `that` (or an apposition and `that`), follows the cue: a verb-first clause. */
  function ownSubjectAfter(match: CueMatch, sentenceEnd: number): boolean {
    const phrase = scanRight(doc, match.end, {pronoun: 'subject', max: 12})
    if (!phrase || !(personLike(phrase) || hasRole(phrase.start, phrase.end)) || isSubjectPronoun(words[phrase.start]!)) return false
    const end = appositionRight(phrase, sentenceEnd, false, true)?.end ?? phrase.rawEnd ?? phrase.end
    return words[end]?.norm === 'that' && !breakBefore(doc, end)
  }

  /**
   * After an opening aside that ends with a comma ("For its part,", "And in his turn,", "On his side,"), the first word of
   * the clause; -1 when `[from, cue)` is no such aside.
   */
  function openingAside(from: number, cue: number): number {
    let at = from
    if (words[at]?.norm === 'and') at++
    if (cue - at < 3 || cue - at > 5 || !['for', 'in', 'on', 'from'].includes(words[at]!.norm) || !gapHas(doc, cue, ',')) return -1
    if (hasBreakIn(at + 1, cue)) return -1
    return ['part', 'turn', 'side', 'behalf'].includes(words[cue - 1]!.norm) ? cue : -1
  }

  /** The content clause from word `from` to the sentence's next boundary, added to `draft` and claimed; false when empty. */
  function clauseContent(draft: Draft, from: number, sentenceEnd: number): boolean {
    const end = contentEnd(from, sentenceEnd)
    const range = from < end ? rangeOf(from, end) : undefined
    if (!range) return false
    draft.content.push(range)
    claimContent(from, end)
    if (hasQuoteInside(from, end)) draft.kind = 'mixed'
    return true
  }

  /** "when accepting an interview with reporters that …", "when met in Jakarta that …" at `index`: the `that`, or -1. */
  function framedThat(index: number, sentenceEnd: number): number {
    const word = words[index]
    const next = words[index + 1]
    if (!word || !next || (word.norm !== 'when' && word.norm !== 'while' && word.norm !== 'after') || breakBefore(doc, index + 1)) return -1
    if (!(next.norm.endsWith('ing') || framingParticiples.has(next.norm))) return -1
    for (let at = index + 2; at < Math.min(sentenceEnd, index + 12); at++) {
      if (breakBefore(doc, at) || doc.quoteOf[at] !== -1) return -1
      if (words[at]!.norm === 'that') return at
    }
    return -1
  }

  /** The word after the comma that closes a `citing …`/`quoting …` aside opening at word `index`, or -1. */
  function citedAsideEnd(index: number, sentenceEnd: number): number {
    for (let at = index + 2; at < Math.min(sentenceEnd, index + 12); at++) {
      const gap = doc.gaps[at]!
      if (doc.quoteOf[at] !== -1 || /[;:.!?"\u201C\u201D()]/.test(gap)) return -1
      if (gap.includes(',')) return at
    }
    return -1
  }

  /** ", with reference to the regional ministry, that …", ", however, that …" at `index`: the `that`, or -1. */
  function asideThat(index: number, sentenceEnd: number): number {
    if (index >= sentenceEnd || !gapHas(doc, index, ',') || words[index]!.norm === 'that') return -1
    // "said, citing the harbourmaster's office, only one of the boats …": the clause after the cited source.
    if (words[index]!.norm === 'citing' || words[index]!.norm === 'quoting') return citedAsideEnd(index, sentenceEnd)
    for (let at = index + 1; at < Math.min(sentenceEnd, index + 14); at++) {
      const gap = doc.gaps[at]!
      if (doc.quoteOf[at] !== -1 || /[;:.!?"\u201C\u201D()]/.test(gap)) return -1
      const norm = words[at - 1]!.norm
      if (lex.cue.has(norm) && !isCapitalised(words[at - 1]!) && !lex.sourceNouns.has(norm)) return -1
      if (words[at]!.norm === 'that' && gap.includes(',')) return at
    }
    return -1
  }

  /** Whether a capitalised word stands among the `count` words from `from`, with no break before it ("the consultant company Kita …"). */
  function capitalisedWithin(from: number, count: number): boolean {
    for (let index = from; index < Math.min(words.length, from + count); index++) {
      if (index > from && breakBefore(doc, index)) return false
      if (isCapitalised(words[index]!)) return true
    }
    return false
  }

  /**
   * `the "Ostermark Kurier"` at word `at`: an article, then a quote of at most five capitalised words (a title) that
   * ends the clause; the title's words (without the marks) are the phrase, and the quote is used.
   */
  function quotedTitleAt(at: number): Phrase | undefined {
    const open = words[at]?.norm === 'the' ? at + 1 : at
    const q = doc.quoteOf[open]
    if (q === undefined || q === -1 || quoteUsed[q]) return undefined
    const quote = quotes[q]!
    if (quote.wordStart !== open || quote.wordEnd - open > 5 || quote.unclosed || quote.paragraph !== quote.lastParagraph) return undefined
    if (!words.slice(open, quote.wordEnd).every((word) => isCapitalised(word) || ['of', 'de', 'der', 'di', 'du', 'la', 'le', 'el'].includes(word.norm))) return undefined
    if (quote.wordEnd < words.length && sentenceOf(quote.wordEnd) === sentenceOf(open) && !/[,;.]/.test(doc.gaps[quote.wordEnd]!)) return undefined
    quoteUsed[q] = 1
    return {start: open, end: quote.wordEnd}
  }

  /** Whether a role or body noun takes a portfolio or remit after `to`/`for` ("the assessor to the mobility", "the committee for civil protection"). */
  function holdsPortfolio(word: Word): boolean {
    const head = bareNorm(word)
    return lex.personRoles.has(head) || lex.titles.has(head) || lex.orgSuffixes.has(head)
  }

  /** For a role phrase followed by its portfolio ("the assessor to the mobility,"), the comma that closes the portfolio. */
  function portfolioEnd(phrase: Phrase, sentenceEnd: number): number | undefined {
    const at = phrase.rawEnd ?? phrase.end
    if (at >= sentenceEnd || !['to', 'for'].includes(words[at]!.norm) || breakBefore(doc, at) || !holdsPortfolio(words[at - 1]!)) return undefined
    for (let index = at + 1; index < Math.min(sentenceEnd, at + 6); index++) {
      if (gapHas(doc, index, ',')) return index > at + 1 ? index : undefined
      if (breakBefore(doc, index) || doc.quoteOf[index] !== -1) return undefined
    }
    return undefined
  }

  /**
   * After a comma at word `end`, the rest of a body's name that lists portfolios (`SMEs and Trade Office of Karang Wangi
   * Regency`): capitalised words joined by `and`/`of`/`the`, ending in a body noun before the next comma. The word
   * index of that comma, or undefined.
   */
  function listedBodyEnd(end: number, sentenceEnd: number): number | undefined {
    if (end >= sentenceEnd || !/^\s*,\s*$/.test(doc.gaps[end]!)) return undefined
    let body = false
    for (let index = end; index < Math.min(sentenceEnd, end + 10); index++) {
      const word = words[index]!
      if (index > end && breakBefore(doc, index)) return gapHas(doc, index, ',') && body && isCapitalised(words[index - 1]!) ? index : undefined
      if (!isCapitalised(word) && !['and', 'of', 'the', 'for'].includes(word.norm)) return undefined
      if (lex.orgSuffixes.has(bareNorm(word))) body = true
    }
    return undefined
  }

  /** Whether `not` or a negated auxiliary stands among words `[from, to)`. */
  function hasNegationIn(from: number, to: number): boolean {
    for (let index = Math.max(0, from); index < to; index++) if (lex.negators.has(words[index]!.norm) || words[index]!.norm.endsWith("n't")) return true
    return false
  }

  /** Whether a punctuation break stands before any word of `(from, to)`. */
  function hasBreakIn(from: number, to: number): boolean {
    for (let index = from; index < to; index++) if (breakBefore(doc, index)) return true
    return false
  }

  function hasQuoteInside(from: number, to: number): boolean {
    for (let index = from; index < to; index++) if (doc.quoteOf[index] !== -1) return true
    return false
  }

  // S5. "according to X" — its own attribution, or the outer reporter of one in the same sentence.
  // S7. Chains: ", citing Y", ", quoting Y", "quoted by Y".
  const multiwordStarts = wordsWhere(doc, wordRole.multiword)
  for (let index = 0, cursor = 0; index < words.length; index++) {
    // Only words that can start a multiword cue do anything here: jump to the next one.
    while (cursor < multiwordStarts.length && multiwordStarts[cursor]! < index) cursor++
    if (cursor >= multiwordStarts.length) break
    index = multiwordStarts[cursor]!
    if (doc.quoteOf[index] !== -1 || claimed[index]) continue
    const multi = multiwordAt(doc, index)
    if (!multi || (multi.role !== 'according-to' && multi.role !== 'citing' && multi.role !== 'quoted-by' && multi.role !== 'so-source' && multi.role !== 'for-source')) continue
    // "PT Angkutan Laut Kerinjing": a one-word foreign cue (German *laut*) inside a run of capitalised names is a name.
    if (multi.words.length === 1 && index > 0 && isCapitalised(words[index]!) && isCapitalised(words[index - 1]!) && !breakBefore(doc, index) && sentenceOf(index - 1) === sentenceOf(index) && index > contentStart(index)) continue
    let cueEnd = index + multi.words.length
    // "according to what has explained X", "standing to what reported the newspaper" (Spanish "según ha explicado",
    // Italian "stando a quanto riferito"); "according to what the minister said" (Arabic "حسب ما قال").
    let sourceAt = cueEnd
    let trailingCue = false
    if (multi.role === 'according-to' && words[cueEnd]?.norm === 'what' && cueEnd + 1 < words.length && !breakBefore(doc, cueEnd + 1)) {
      let at = cueEnd + 1
      if (['has', 'had', 'have', 'was', 'were', 'is', 'it'].includes(words[at]!.norm) && !breakBefore(doc, at + 1)) at++
      const info = words[at] ? lex.cue.get(words[at]!.norm) : undefined
      if (info && !info.flags.has('cognitive') && !breakBefore(doc, at)) {
        at++
        if (words[at]?.norm === 'by' && !breakBefore(doc, at)) at++
        cueEnd = at
        sourceAt = at
      } else {
        sourceAt = cueEnd + 1
        trailingCue = true
      }
    }
    // "The hospital spent according to own saying 1,8 million euros" (Dutch *naar eigen zeggen*, German *nach eigenen
    // Angaben*): the clause's subject is the source.
    if (multi.role === 'according-to' && multi.lemma === 'according to') {
      let at = sourceAt
      if (words[at] && ['its', 'his', 'her', 'their'].includes(words[at]!.norm) && !breakBefore(doc, at + 1)) at++
      if (words[at]?.norm === 'own' && words[at + 1] && !breakBefore(doc, at + 1) && ownAccountNouns.has(words[at + 1]!.norm)) {
        const ownEnd = at + 2
        const subject = scanRight(doc, contentStart(index), {pronoun: 'subject', max: 8})
        const clauseEnd = sentenceWords(doc, index).end
        const range = ownEnd < clauseEnd ? rangeOf(ownEnd, contentEnd(ownEnd, clauseEnd)) : undefined
        if (subject && subject.end <= index && range) {
          const draft = newDraft('according-to', 'according-to', index, {cue: makeCue({start: index, end: ownEnd, lemma: multi.lemma, multi}), source: subject})
          draft.content.push(range)
          draft.anchor = words[subject.start]!.start
          add(draft)
          claim({start: index, end: ownEnd})
          continue
        }
        // Opening the sentence: "According to own statements, the company has been writing losses …": the subject
        // after the comma is the source, and its clause the content.
        const after = index === contentStart(index) && ownEnd < clauseEnd && gapHas(doc, ownEnd, ',') ? scanRight(doc, ownEnd, {max: 8}) : undefined
        if (after && after.end < clauseEnd && !breakBefore(doc, after.end) && (words[after.start]!.norm === 'the' || isCapitalised(words[after.start]!)) && (hasRole(after.start, after.end) || hasOrgNoun(after.start, after.end) || hasCapital(after.start, after.end))) {
          const draft = newDraft('according-to', 'according-to', index, {cue: makeCue({start: index, end: ownEnd, lemma: multi.lemma, multi}), source: after})
          const content = rangeOf(after.start, contentEnd(after.start, clauseEnd))
          if (content) {
            draft.content.push(content)
            add(draft)
            claim({start: index, end: ownEnd})
            claim(after)
            continue
          }
        }
      }
    }
    // "According to indications of the city" (German *nach Angaben der Stadt*), "citing measurements of the agency": the source is the of-phrase.
    // "according to the data of the Regional Observatory" (Italian *stando ai dati*): the body is the source.
    const accountAt = ['the', 'a', 'an'].includes(words[sourceAt]?.norm ?? '') && accountNouns.has(words[sourceAt + 1]?.norm ?? '') && !breakBefore(doc, sourceAt + 1) ? sourceAt + 1 : sourceAt
    if ((multi.role === 'according-to' || multi.role === 'citing') && accountNouns.has(words[accountAt]?.norm ?? '') && ['of', 'from', 'by'].includes(words[accountAt + 1]?.norm ?? '') && !breakBefore(doc, accountAt + 1) && !breakBefore(doc, accountAt + 2) && (accountAt === sourceAt || capitalisedWithin(accountAt + 2, 4))) sourceAt = accountAt + 2
    // "According to explained Ezquerra, …" (Spanish *según explicó*, Portuguese *segundo explicou*): the verb joins the cue.
    if (multi.role === 'according-to' && multi.lemma === 'according to' && /ed$|^said$|^told$/.test(words[sourceAt]?.norm ?? '') && lex.cue.has(words[sourceAt]!.norm) && !lex.cue.get(words[sourceAt]!.norm)!.flags.has('cognitive') && !breakBefore(doc, sourceAt + 1) && words[sourceAt + 1] !== undefined && (isCapitalised(words[sourceAt + 1]!) || isDeterminer(words[sourceAt + 1]!) || words[sourceAt + 1]!.norm === 'by')) {
      sourceAt++
      cueEnd = sourceAt
      if (words[sourceAt]?.norm === 'by' && !breakBefore(doc, sourceAt + 1)) sourceAt++
    }
    // "…, so assures the insurer." (Dutch *zo verzekert de verzekeraar*): the verb between `so` and the source.
    const soVerb = multi.role === 'so-source' && words[cueEnd] && !breakBefore(doc, cueEnd) ? lex.cue.get(words[cueEnd]!.norm) : undefined
    if (soVerb && !soVerb.flags.has('cognitive')) {
      cueEnd++
      sourceAt = cueEnd
    }
    // "Second the minister, …" (Portuguese "segundo"), "Loud the police, …" (German "laut"): only opening a clause.
    if (englishWordAccording.has(multi.words[0]!)) {
      const before = words[index - 1]
      if (!(index === contentStart(index) || gapHas(doc, index, ',')) || gapHas(doc, cueEnd, ',') || (before && !breakBefore(doc, index) && (isDeterminer(before) || /^\d/.test(before.norm)))) continue
    }
    // "quoted by the "Ostermark Kurier"": a publication's title in quotation marks.
    let phrase = quotedTitleAt(sourceAt) ?? scanRight(doc, sourceAt, {allowBy: true, max: 12, pronoun: trailingCue ? 'subject' : 'object'}) ?? ((multi.role === 'according-to' || multi.role === 'citing') && !trailingCue ? lowerCaseSource(sourceAt, multi.role === 'citing') : undefined)
    // "the relevant person in charge (of …)": the phrase runs on past `in charge`, to its comma.
    if (phrase && words[phrase.end]?.norm === 'in' && words[phrase.end + 1]?.norm === 'charge' && !breakBefore(doc, phrase.end) && !breakBefore(doc, phrase.end + 1)) phrase = lowerCaseSource(sourceAt) ?? {start: phrase.start, end: phrase.end + 2}
    if (!phrase) continue
    let tail: number | undefined
    if (trailingCue) {
      const after = words[phrase.end]
      const info = after && !breakBefore(doc, phrase.end) ? lex.cue.get(after.norm) : undefined
      if (!info || info.flags.has('cognitive')) continue
      tail = skipAdjuncts(phrase.end + 1, sentenceWords(doc, index).end).index
    }
    const sentence = sentenceOf(index)
    const {end: sentenceEnd} = sentenceWords(doc, index)
    // "The agency quoted from the minister that …" (Arabic "نقلت … عن"): the minister said it; the agency reports it.
    if (multi.role === 'quoted-by' && phrase.end < sentenceEnd && words[phrase.end]!.norm === 'that' && !breakBefore(doc, phrase.end)) {
      const from = phrase.end + 1
      const end = contentEnd(from, sentenceEnd)
      const range = from < end ? rangeOf(from, end) : undefined
      if (range) {
        const cue = makeCue({start: index, end: cueEnd, lemma: multi.lemma, multi})
        const draft = newDraft('indirect', 'quoted-from', index, {cue, source: phrase})
        const reporter = sourceLeft(index)
        if (reporter) draft.chain.push({role: 'reporter', phrase: reporter, cue: {start: index, end: cueEnd}})
        draft.content.push(range)
        add(draft)
        claim(reporter)
        claimContent(from, end)
        continue
      }
    }
    let continuation = -1
    if (multi.role === 'so-source') {
      // German "so": only ", so a ministry spokesperson." closing the sentence.
      // An apposition may follow the name ("…," thus Ingrid Baaijens, chairwoman of the board.).
      const named = phrase
      const apposition = appositionRight(phrase, sentenceEnd, true)
      if (apposition) phrase = apposition
      const head = bareNorm(words[named.end - 1]!)
      // Adjuncts may follow the source ("…, thus project manager Sanne de Vries at the presentation in the city hall.").
      // Or a split quote goes on after it ('"That is not ideal," so Hahn, "but we go on."').
      const resumes = phrase.end < sentenceEnd && gapHas(doc, phrase.end, ',') && doc.quoteOf[phrase.end] !== -1 && quotes[doc.quoteOf[phrase.end]!]!.wordStart === phrase.end && !quoteUsed[doc.quoteOf[phrase.end]!]
      if (resumes) continuation = doc.quoteOf[phrase.end]!
      const closes = phrase.end === sentenceEnd || skipAdjuncts(phrase.end, sentenceEnd).index >= sentenceEnd || trailingPlace(phrase.end, sentenceEnd) || resumes
      if (!gapHas(doc, index, ',') || !closes || !(lex.personRoles.has(head) || lex.sourceNouns.has(head) || lex.titles.has(head) || isCapitalised(words[named.end - 1]!))) continue
    }
    if (multi.role === 'for-source') {
      // "For the mayor of Sarreguemines, …" (French "Pour …"): a person's view opening the sentence.
      let person = false
      // Or a body that holds views: "For the union UNIS, …".
      for (let word = phrase.start; word < phrase.end; word++) {
        const norm = bareNorm(words[word]!)
        if (lex.personRoles.has(norm) || lex.titles.has(norm) || lex.orgNouns.has(norm)) person = true
      }
      if (index !== contentStart(index) || !person || !gapHas(doc, phrase.end, ',') || phrase.end >= sentenceEnd) continue
    }
    if (multi.role === 'according-to' || multi.role === 'for-source') {
      // "the Head of the Cooperatives, SMEs and Trade Office of Karang Wangi Regency, Yuliana Pertiwi,": a body whose
      // name lists its portfolios with commas, then the holder's name.
      const listed = listedBodyEnd(phrase.end, sentenceEnd)
      const apposition = appositionRight(phrase, sentenceEnd) ?? (listed !== undefined ? appositionRight({start: phrase.start, end: listed}, sentenceEnd) : undefined)
      if (apposition) phrase = apposition
    }
    if (multi.role === 'according-to' && phrase.end < sentenceEnd && !breakBefore(doc, phrase.end)) {
      let comma = phrase.end
      while (comma < sentenceEnd && comma - phrase.end < 7 && !breakBefore(doc, comma)) comma++
      const closed = comma < sentenceEnd && gapHas(doc, comma, ',')
      // "According to the person concerned of the village tourism association, …": an of-phrase up to the comma.
      // Also a role's portfolio: "According to the assessor to the transports of the Region, …" (Italian *assessore ai*).
      // Also a body's remit: "According to the regional committee for civil protection, …".
      // And a body's remit with `on` ("the regional committee on emergency situations", Russian *комитет по*); not a
      // person's (`the minister on Tuesday`).
      const portfolio = (['to', 'for'].includes(words[phrase.end]!.norm) && holdsPortfolio(words[phrase.end - 1]!)) || (words[phrase.end]!.norm === 'on' && lex.orgSuffixes.has(bareNorm(words[phrase.end - 1]!)))
      // And a body's name that goes on with `on` or `for` ("the Regional Observatory on Births, …").
      const nameGoesOn = ['on', 'for'].includes(words[phrase.end]!.norm) && isCapitalised(words[phrase.end - 1]!) && words[phrase.end + 1] !== undefined && isCapitalised(words[phrase.end + 1]!)
      if (closed && (words[phrase.end]!.norm === 'of' || portfolio || nameGoesOn || (words[phrase.end + 1]?.norm === 'of' && !isCapitalised(words[phrase.end]!)))) {
        phrase = {start: phrase.start, end: comma}
        // "…, Ignazio Pellerano, the funds …": the holder's name after the extended role.
        if (portfolio) phrase = appositionRight(phrase, sentenceEnd) ?? phrase
      }
      // "According to Songling Daily reported, …" (Chinese 据…报道): the reporting verb belongs to the source.
      else if (closed && comma === phrase.end + 1 && ['reported', 'said', 'stated', 'announced', 'disclosed', 'revealed', 'showed'].includes(words[phrase.end]!.norm)) tail = phrase.end + 1
    }
    if (multi.role === 'according-to' && phrase.end < sentenceEnd && !breakBefore(doc, phrase.end)) {
      // "according to the data released by the bureau, …": a reduced relative clause up to the comma.
      const participle = words[phrase.end]!.norm
      if (/ed$/.test(participle) && words[phrase.end + 1]?.norm === 'by') {
        let end = phrase.end + 2
        while (end < sentenceEnd && end - phrase.end < 10 && !breakBefore(doc, end) && doc.quoteOf[end] === -1) end++
        if (end < sentenceEnd && gapHas(doc, end, ',')) phrase = {start: phrase.start, end}
      }
    }
    if (multi.role === 'according-to') {
      const head = bareNorm(words[designatedHead(phrase.end - 1, phrase.start)]!)
      let firstContent = phrase.start
      while (firstContent < phrase.end && isDeterminer(words[firstContent]!)) firstContent++
      const firstNorm = words[firstContent] ? bareNorm(words[firstContent]!) : ''
      // "according to the hospital plan of the state": the head before `of` too.
      let ofAt = phrase.start + 1
      while (ofAt < phrase.end && words[ofAt]!.norm !== 'of') ofAt++
      const headBeforeOf = ofAt < phrase.end ? bareNorm(words[designatedHead(ofAt - 1, phrase.start)]!) : ''
      // The first noun only rejects when no person heads the phrase: "according to the project manager" is a source.
      // Not a capitalised body after `the` (`According to the Region`, Italian *la Regione*, the regional government).
      const body = phrase.end - phrase.start === 2 && words[phrase.start]!.norm === 'the' && isCapitalised(words[phrase.start + 1]!) && ['region', 'province', 'area', 'district'].includes(head)
      if (!body && (lex.rejectedAccordingTo.has(head) || (lex.rejectedAccordingTo.has(firstNorm) && !hasRole(phrase.start, phrase.end)) || lex.rejectedAccordingTo.has(headBeforeOf))) continue
      let named = phrase.end - phrase.start === 1 && lex.pronouns.has(words[phrase.start]!.norm)
      for (let word = phrase.start; word < phrase.end; word++) {
        const candidate = words[word]!
        if (isCapitalised(candidate) || lex.sourceNouns.has(bareNorm(candidate)) || lex.personRoles.has(bareNorm(candidate))) named = true
        if (personInChargeAt(word)) named = true
      }
      // "according to the coast guard", "according to the operator": an organisation's short form.
      if (lex.orgSuffixes.has(head) || lex.orgNouns.has(head)) named = true
      if (!named) continue
    }
    const cueSpan = {start: index, end: cueEnd}
    const hosts = (bySentence.get(sentence) ?? []).filter((draft) => draft.kind !== 'dateline' && draft.kind !== 'unattributed-hedge')
    const host = hosts.length > 0 && multi.role !== 'for-source' && multi.role !== 'so-source' ? nearestHost(hosts, index) : undefined
    if (host) {
      host.chain.push({role: multi.role === 'citing' ? 'cited' : 'reporter', phrase, cue: cueSpan})
      claim(cueSpan)
      claim(phrase)
      continue
    }
    if (multi.role === 'citing') continue
    // Its own attribution: content before ("…, according to X") or after ("According to X, …").
    const from = contentStart(index)
    const beforeWords = index - from
    const afterStart = tail ?? phrase.end
    const afterEnd = afterStart < sentenceEnd ? contentEnd(afterStart, sentenceEnd) : afterStart
    // "According to Wolters become the extra costs paid …" (Dutch and German verb-second order, no comma): the
    // clause after a named source that opens the sentence, when a verb or an article follows the name.
    // A body's short name heads the source as well (`According to the water board is the ferry too expensive`), and
    // a past-tense verb before an article opens the clause (`… transported the ferry last year 1.250 passengers`).
    const phraseHead = bareNorm(words[phrase.end - 1]!)
    const pastBeforeArticle = afterStart + 1 < sentenceEnd && /^\p{Ll}{3,}ed$/u.test(words[afterStart]!.norm) && isDeterminer(words[afterStart + 1]!) && !breakBefore(doc, afterStart + 1)
    const verbSecond = multi.role === 'according-to' && index - from === 0 && afterStart < sentenceEnd && !breakBefore(doc, afterStart) && (hasCapital(phrase.start, phrase.end) || hasRole(phrase.start, phrase.end) || lex.orgSuffixes.has(phraseHead) || lex.orgNouns.has(phraseHead) || (phrase.end - phrase.start === 1 && ['him', 'her', 'them'].includes(words[phrase.start]!.norm))) && (verbSecondOpeners.has(words[afterStart]!.norm) || pastBeforeArticle)
    const hasAfter = afterEnd > afterStart && (gapHas(doc, afterStart, ',') || verbSecond)
    let range: Range | undefined
    let claimFrom = -1
    let claimTo = -1
    // "And according to X, …", "But according to him, …": a connective opening the sentence belongs to no one.
    const connectiveOpens = beforeWords > 0 && beforeWords <= 2 && hasAfter && words.slice(from, index).every((word) => sentenceConnectives.has(word.norm))
    if (beforeWords === 0 || connectiveOpens || (beforeWords <= 3 && gapHas(doc, index, ',') && hasAfter && continuation === -1)) {
      if (hasAfter) {
        range = rangeOf(afterStart, afterEnd)
        claimFrom = afterStart
        claimTo = afterEnd
      }
    } else {
      range = rangeOf(from, index)
    }
    if (!range) continue
    const cue = makeCue({start: index, end: cueEnd, lemma: multi.lemma, multi})
    // "so assures the insurer": the verb's stance, not `so`'s.
    if (soVerb && !soVerb.flags.has('cognitive')) {
      cue.lemma = soVerb.lemma
      cue.class = soVerb.class
    }
    const kind = multi.role === 'quoted-by' || multi.role === 'so-source' ? 'indirect' : 'according-to'
    const draft = newDraft(kind, multi.role, index, {cue, source: phrase})
    // '"…," so a spokesperson.': content that is one whole quote is a direct quotation of the source.
    // Also a quote of several sentences that began before this one ('"For years we warned. Now …," aldus Bakker.').
    const whole = claimFrom < 0 ? quotes.findIndex((quote, q) => !quoteUsed[q] && quote.wordEnd === index && (quote.wordStart === from || (quote.wordStart < from && doc.quoteOf[from] === q))) : -1
    if (whole !== -1 && (multi.role === 'so-source' || (multi.role === 'according-to' && multi.lemma !== 'according to'))) {
      draft.kind = 'direct'
      quoteSegments(draft, whole)
      if (continuation !== -1) quoteSegments(draft, continuation)
      draft.anchor = Math.min(quotes[whole]!.start, words[index]!.start)
      add(draft)
      continue
    }
    if (hasQuoteInside(claimFrom >= 0 ? claimFrom : from, claimFrom >= 0 ? claimTo : index)) draft.kind = 'mixed'
    draft.content.push(range)
    draft.anchor = Math.min(range.start, words[index]!.start)
    add(draft)
    if (claimFrom >= 0) claimContent(claimFrom, claimTo)
  }

  /**
   * The noun a numbered designation belongs to: for "Regulation Number 4" or "Law No. 12" ending at word `last`,
   * the word before the number and its `Number`/`No.`, not the number.
   */
  function designatedHead(last: number, first: number): number {
    let at = last
    if (at > first && /^\d/.test(words[at]!.norm)) at--
    if (at > first && designationWords.has(words[at]!.norm)) at--
    return at
  }

  /**
   * Whether words `[from, sentenceEnd)` are one short place adjunct ("at the
   * presentation in the city hall"): a preposition first, no cue, no quote.
   */
  function trailingPlace(from: number, sentenceEnd: number): boolean {
    if (sentenceEnd - from > 10 || !['at', 'in', 'on', 'during', 'after'].includes(words[from]!.norm)) return false
    for (let index = from; index < sentenceEnd; index++) {
      if (doc.quoteOf[index] !== -1 || breakBefore(doc, index) || (lex.cue.has(words[index]!.norm) && !lex.sourceNouns.has(words[index]!.norm))) return false
    }
    return true
  }

  /** "according to the coast guard, …": a short lower-case noun phrase up to a comma, headed by an organisation or source noun. */
  function lowerCaseSource(start: number, cited = false): Phrase | undefined {
    if (start >= words.length) return undefined
    // "citing engineers of the ICO,": a bare plural of people, of a named body.
    const bare = cited && !isDeterminer(words[start]!) && !isCapitalised(words[start]!)
    if (!isDeterminer(words[start]!) && !bare) return undefined
    let end = start + 1
    while (end < words.length && end - start < 16 && !breakBefore(doc, end) && doc.quoteOf[end] === -1 && sentenceOf(end) === sentenceOf(start)) end++
    if (end >= words.length || !gapHas(doc, end, ',')) return undefined
    const head = bareNorm(words[end - 1]!)
    // Or of a body named by its noun ("quoting engineers in the ministry,"), or alone ("citing engineers,").
    if (bare) return /s$/.test(words[start]!.norm) && lex.personRoles.has(bareNorm(words[start]!).replace(/s$/, '')) && (end - start === 1 || hasCapital(start + 1, end) || lex.orgSuffixes.has(head) || lex.orgNouns.has(head)) ? {start, end} : undefined
    if (end - start < 2) return undefined
    // "the relevant person in charge (of Shuyan Energy Co., Ltd.)" (Chinese *相关负责人*), "the spokesman of the plant": a
    // person's role opens the phrase.
    const roleOpens = hasRole(start, Math.min(end, start + 4)) || personInChargeAt(start + 1) || personInChargeAt(start + 2)
    // "citing the firefighters of the Haute-Sarne": people named by their role, in the plural.
    const noun = bareNorm(words[start + 1]!).replace(/s$/, '')
    const people = lex.personRoles.has(noun) || lex.titles.has(noun)
    if (!(lex.orgSuffixes.has(head) || lex.orgNouns.has(head) || lex.sourceNouns.has(head) || roleOpens || (cited && people))) return undefined
    return {start, end}
  }

  function nearestHost(hosts: Draft[], index: number): Draft | undefined {
    let best: Draft | undefined
    let distance = Number.POSITIVE_INFINITY
    for (const host of hosts) {
      const at = host.cue?.start ?? host.source?.start ?? index
      const gap = Math.abs(at - index)
      if (gap < distance) {
        best = host
        distance = gap
      }
    }
    return best
  }

  // S10. Parenthetical role at a sentence end: "… will take time (city official)."
  for (let s = 0; s < doc.sentenceWordStart.length; s++) {
    if (bySentence.has(s)) continue
    const wordStart = doc.sentenceWordStart[s]!
    const wordEnd = doc.sentenceWordEnd[s]!
    if (wordEnd - wordStart < 4) continue
    const after = doc.gaps[wordEnd] ?? ''
    if (!after.trimStart().startsWith(')')) continue
    let open = -1
    for (let index = wordEnd - 1; index > wordStart && index >= wordEnd - 9; index--) {
      if (gapHas(doc, index, '(')) {
        open = index
        break
      }
    }
    if (open === -1) continue
    const spoken = bracketedCue(open)
    const role = spoken ? spoken.source : parentheticalRole(open)
    if (!role) continue
    const range = rangeOf(contentStart(wordStart), open)
    if (!range) continue
    const draft = newDraft('parenthetical', 'parenthetical-role', open, spoken ? {source: role, cue: makeCue(spoken.cue)} : {source: role})
    draft.content.push(range)
    draft.anchor = range.start
    add(draft)
  }

  // S10b. A body named as the place a statement comes from, with no subject of its own (Russian *в отделе полиции
  // сообщили*, French *à la mairie, on indique*, Spanish *desde el sindicato señalan*): "In the district department of
  // police informed the correspondent of TASS that …", "At the mairie, one indicates that …".
  for (let s = 0; s < doc.sentenceWordStart.length; s++) {
    const located = locatedSource(doc.sentenceWordStart[s]!, doc.sentenceWordEnd[s]!)
    if (located) add(located)
  }

  // S12. Sourceless hedges: "reportedly", "is said to", "allegedly".
  const hedgeStarts = wordsWhere(doc, wordRole.hedge)
  for (let index = 0, cursor = 0; index < words.length; index++) {
    // Only words that can start a hedge do anything here: jump to the next one.
    while (cursor < hedgeStarts.length && hedgeStarts[cursor]! < index) cursor++
    if (cursor >= hedgeStarts.length) break
    index = hedgeStarts[cursor]!
    if (doc.quoteOf[index] !== -1 || claimed[index]) continue
    const length = hedgeAt(doc, index)
    if (length === 0) continue
    const sentence = sentenceOf(index)
    const at = words[index]!.start
    // A hedge inside another attribution belongs to it; one in a clause of its own ("There was reportedly a plan …,
    // but this was denied by Siregar") is its own attribution, up to that clause's end.
    const others = (bySentence.get(sentence) ?? []).filter((draft) => draft.kind !== 'dateline')
    const covered = others.some((draft) => draft.content.length === 0 || draft.content.some((range) => range.start <= at && at < range.end) || (draft.cue !== undefined && draft.cue.start <= index && index < draft.cue.end))
    // "According to RTV, the coalition is divided; the local party reportedly wants to wait": after a semicolon that
    // ends the other attribution's content, the hedge opens a clause of its own.
    const clauseStart = semicolonClauseStart(others, index, sentenceOf(index))
    if (covered || (others.length > 0 && clauseStart === undefined && others.some((draft) => draft.anchor <= at))) {
      index += length - 1
      continue
    }
    let {end} = sentenceWords(doc, index)
    if (others.length > 0) {
      for (let word = index + length; word < end; word++) {
        if (gapHas(doc, word, ',;') && passiveClauseJoins.has(words[word]!.norm)) {
          end = word
          break
        }
      }
    }
    const range = rangeOf(clauseStart ?? contentStart(index), end)
    if (!range) continue
    let lemma = words[index]!.norm
    for (let word = index + 1; word < index + length; word++) lemma += ` ${words[word]!.norm}`
    const cue: DraftCue = {start: index, end: index + length, lemma, class: 'hedge', negated: false}
    const draft = newDraft('unattributed-hedge', 'hedge', index, {cue})
    draft.content.push(range)
    draft.anchor = range.start
    add(draft)
    index += length - 1
  }

  // S11. Carryover quotes: a quote standing alone right after another quote attribution inherits its speaker.
  drafts.sort((a, b) => a.anchor - b.anchor)
  const orphanQuotes: number[] = []
  const carried: Draft[] = []
  let cursor = 0
  let lastBefore: Draft | undefined
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q]!
    while (cursor < drafts.length && drafts[cursor]!.anchor < quote.start) {
      const draft = drafts[cursor]!
      if (draft.kind !== 'unattributed-hedge') lastBefore = draft
      cursor++
    }
    const carriedLast = carried[carried.length - 1]
    if (carriedLast && carriedLast.anchor < quote.start && (!lastBefore || carriedLast.anchor > lastBefore.anchor)) lastBefore = carriedLast
    if (quoteUsed[q] || quote.wordEnd <= quote.wordStart) continue
    const first = quote.wordStart
    const sentence = doc.model.sentences[words[first]!.sentence]!
    const standalone = sentence.wordStart === first || (first > 0 && paragraphOf(first - 1) !== quote.paragraph)
    const previous = lastBefore
    const previousParagraph = previous ? lastParagraphOf(previous) : -10
    // '"The schedule cannot be postponed," Hendra stressed. "The contractor has been determined."': a quote in the
    // sentence right after a quote-then-cue sentence of the same paragraph is the second half of that quote.
    if (standalone && previous && continuesQuoteThenCue(previous, quote.paragraph, words[first]!.sentence, previousParagraph)) {
      quoteSegments(previous, q)
      continue
    }
    if (
      standalone &&
      previous &&
      // Also right after a reported sentence with a source: "The bridge is the valley's lifeline, Kröger said. "This
      // is far from ideal."" continues Kröger.
      // Not after a vague group's view ("many families believe that …"): nobody in particular said the quote.
      (previous.kind === 'direct' || previous.kind === 'mixed' || previous.kind === 'carryover' || ((previous.kind === 'indirect' || (previous.kind === 'according-to' && quote.paragraph === previousParagraph + 1)) && previous.source !== undefined && !vagueGroups.has(words[previous.source.start]!.norm) && ((quote.paragraph === previousParagraph && words[first]!.sentence === previous.sentence + 1) || quote.paragraph === previousParagraph + 1))) &&
      // Into the next paragraph only when the quote opens it: after narration ("Some 300 residents protested."), a
      // quote is nobody's until credited.
      (quote.paragraph === previousParagraph || (quote.paragraph - previousParagraph === 1 && (first === 0 || paragraphOf(first - 1) !== quote.paragraph) && closesParagraph(previous))) &&
      words[first]!.sentence - previous.rootSentence <= 6
    ) {
      const root = previous.from ?? previous
      const draft = newDraft('carryover', 'carryover', first, {from: root})
      draft.rootSentence = root.rootSentence
      draft.anchor = quote.start
      quoteSegments(draft, q)
      carried.push(draft)
      lastBefore = draft
      continue
    }
    if (scare[q]) continue
    // Only quotes that open a sentence are reported as orphans; quoted phrases inside a sentence are often partial quotes or titles.
    if (standalone) orphanQuotes.push(q)
  }
  if (carried.length > 0) {
    drafts.push(...carried)
    drafts.sort((a, b) => a.anchor - b.anchor)
  }

  /**
   * "criticized the relocation schedule because it was not socialized", "criticised the administration for ignoring
   * …", "criticized the policy as "salami tactics"": a verb of judgement whose object carries its grounds reports
   * what the speaker said about it. Without the grounds ("criticized the plan") it stays narration.
   */
  function judgedObject(verb: number, object: number, sentenceEnd: number): boolean {
    if (!judgementVerbs.has(words[verb]!.norm) || object >= sentenceEnd || doc.quoteOf[object] !== -1 || gapHas(doc, object, ',;:')) return false
    for (let word = object + 1; word < sentenceEnd - 1 && word < object + 12; word++) {
      if (gapHas(doc, word, ',;')) return false
      const norm = words[word]!.norm
      const next = words[word + 1]!
      if (norm === 'because' || (norm === 'for' && next.norm.endsWith('ing')) || (norm === 'as' && doc.quoteOf[word + 1] !== -1)) return true
    }
    return false
  }

  /** The attribution of a sentence `[wordStart, wordEnd)` opening with `In|At|From <body>` right before its cue (see S10b). */
  function locatedSource(wordStart: number, wordEnd: number): Draft | undefined {
    if (wordEnd - wordStart < 5) return undefined
    let at = words[wordStart]!.norm === 'and' && wordEnd - wordStart > 6 ? wordStart + 1 : wordStart
    if (!locativePrepositions.has(words[at]!.norm) || doc.quoteOf[at] !== -1 || claimed[at]) return undefined
    const body = scanRight(doc, at + 1, {max: 10})
    if (!body || body.end >= wordEnd || !(hasOrgNoun(body.start, body.end) || lex.sourceNouns.has(bareNorm(words[body.end - 1]!)))) return undefined
    // The subject is impersonal (French *on*, Spanish third person plural) or absent: the cue comes right after.
    at = body.end
    if ((words[at]!.norm === 'one' || words[at]!.norm === 'they') && at + 1 < wordEnd) at++
    if (breakBefore(doc, at) && !(at === body.end + 1 || gapHas(doc, at, ','))) return undefined
    const match = cueInfoAt(at)
    if (!match || claimed[at] || match.end >= wordEnd || match.multi || !match.info || match.info.flags.has('inverted-only') || words[at]!.norm.endsWith('ing')) return undefined
    // A recipient may stand between the cue and `that`: "informed the correspondent of TASS that".
    let from = match.end
    while (from < wordEnd && from - match.end < 8 && words[from]!.norm !== 'that' && !breakBefore(doc, from) && doc.quoteOf[from] === -1) from++
    if (words[from]?.norm === 'that' && !breakBefore(doc, from)) from++
    else if (from !== match.end || !gapHas(doc, from, ':')) return undefined
    const draft = newDraft('indirect', 'located-source', match.start, {cue: makeCue(match), source: body})
    if (from - 1 > match.end) draft.recipient = {start: match.end, end: from - 1}
    return clauseContent(draft, from, wordEnd) ? draft : undefined
  }

  /**
   * Whether a clause opens after a lone comma at word `at`: a determiner, a subject pronoun, a name or a number
   * (`, the subsidy standard should …`), or a condition (`, as long as the noise problem is solved, …`).
   */
  function commaClauseAt(at: number, sentenceEnd: number): boolean {
    if (at + 2 >= sentenceEnd || !/^\s*,\s*$/.test(doc.gaps[at]!) || doc.quoteOf[at] !== -1) return false
    const word = words[at]!
    if (word.norm === 'as') return words[at + 1]!.norm === 'long' && words[at + 2]!.norm === 'as'
    return (isDeterminer(word) && !['all', 'most', 'few', 'both', 'other', 'another', 'some', 'several', 'many'].includes(word.norm)) || isSubjectPronoun(word) || (isCapitalised(word) && !lex.cue.has(word.norm)) || /^\d/.test(word.norm)
  }

  /**
   * "Ferretti rejected any transfer without a union agreement", "the minister rejected to carry the ministry the
   * responsibility" (Arabic *رفض تحميل*): a person rejecting a proposal, or rejecting to do something, states a position.
   */
  function rejectedObject(verb: number, object: number, sentenceEnd: number, source: Phrase): boolean {
    if (!rejectionVerbs.has(words[verb]!.norm) || object + 1 >= sentenceEnd || object !== verb + 1 || doc.quoteOf[object] !== -1 || breakBefore(doc, object)) return false
    const first = words[object]!
    if (first.norm === 'to') return /^\p{Ll}+$/u.test(words[object + 1]!.value) && !isDeterminer(words[object + 1]!) && !breakBefore(doc, object + 1)
    // "The commission rejected that the situation justifies …" (Portuguese *rejeitou que*): a denial.
    if (first.norm === 'that') return !breakBefore(doc, object + 1)
    // "He rejected having given orders to pay the invoices": rejecting a deed of one's own answers an accusation.
    if (first.norm === 'having') return /^\p{Ll}+$/u.test(words[object + 1]!.value) && !breakBefore(doc, object + 1)
    // "the company denied the existence of any written document": denying that something exists is a statement.
    if (first.norm === 'the' && words[object + 1]?.norm === 'existence' && words[object + 2]?.norm === 'of') return true
    return ['any', 'every', 'all'].includes(first.norm) && speaksAsPerson(source)
  }

  /** End of a Xinhua-style dateline in words `[first, sentenceEnd)`: past the dispatch word and a reporters' bracket; else -1. */
  function dispatchDatelineEnd(first: number, sentenceEnd: number): number {
    for (let index = first + 2; index < Math.min(sentenceEnd, first + 10); index++) {
      if (!dispatchWords.has(words[index]!.norm) || !/^\d/.test(words[index - 1]!.norm) || doc.quoteOf[index] !== -1) continue
      let end = index + 1
      if (end < sentenceEnd && gapHas(doc, end, '(')) {
        const close = bracketClose(end, sentenceEnd, 6)
        if (close !== -1) end = close + 1
      }
      return end < sentenceEnd ? end : -1
    }
    return -1
  }

  /** Whether `draft` is a direct quote whose cue follows its last quote in `sentence - 1` of `paragraph`. */
  function continuesQuoteThenCue(draft: Draft, paragraph: number, sentence: number, draftParagraph: number): boolean {
    if (draft.kind !== 'direct' || draft.source === undefined || draft.cue === undefined || draftParagraph !== paragraph) return false
    const lastQuote = draft.quotes.length > 0 ? quotes[draft.quotes[draft.quotes.length - 1]!]! : undefined
    // The quote may have begun sentences earlier ('"… season. The relocation is final," said the Bupati. "We have …"').
    return lastQuote !== undefined && words[lastQuote.wordEnd - 1]!.sentence === sentence - 1 && sentenceOf(draft.cue.start) === sentence - 1 && draft.cue.start >= lastQuote.wordEnd
  }

  /**
   * Whether a quote attribution is the last thing its paragraph says, so that a quote opening the next paragraph
   * continues it: a full quote (not a quoted phrase inside a sentence) in the paragraph's last sentence.
   */
  function closesParagraph(draft: Draft): boolean {
    // A quoted phrase inside a sentence ("to stop “playing ping-pong” with …") is no speech the next paragraph could
    // continue; a quote that closes the sentence ("The study, she assures, “concerned another route”.") is.
    const lastQuote = draft.quotes.length > 0 ? quotes[draft.quotes[draft.quotes.length - 1]!] : undefined
    // The sentence's full stop after the closing mark (British style) or inside it (`… of its own."`).
    const closesSentence = lastQuote !== undefined && (/^["\u201D\u00BB]?\s*[.!?]/.test(doc.text.slice(lastQuote.end - 1, lastQuote.end + 3)) || /[.!?]["\u201D\u00BB]/.test(doc.text.slice(lastQuote.end - 2, lastQuote.end + 2)))
    // Reported speech closing the paragraph ("Chen Hai said that some sections are only 5 metres wide.") is the
    // speaker's too: a quote opening the next paragraph goes on with it.
    // Only a person's: after "The BPBD stressed that …" a verbatim quote still needs a speaker.
    // Also "According to the assessor, last year …" closing a paragraph: a person's reported account.
    const reported = (draft.kind === 'indirect' || draft.kind === 'mixed' || draft.kind === 'according-to') && draft.source !== undefined && draft.quotes.length === 0 && draft.content.length > 0 && speaksAsPerson(draft.source)
    // The halves of a split quote count together ('"Nurses and midwives," explained X, "have not been consulted."').
    const quotedWords = draft.quotes.reduce((sum, q) => sum + quotes[q]!.wordEnd - quotes[q]!.wordStart, 0)
    // A short quote that closes its sentence (`She called the offer "a provocation".`) closes it like a mixed one.
    // A short quote before its cue (`"Safety comes first," Vogt stressed.`) is speech, not a quoted phrase.
    const beforeCue = lastQuote !== undefined && draft.cue !== undefined && draft.cue.start >= lastQuote.wordEnd && /[,!?]["\u201D\u00BB]$/.test(doc.text.slice(lastQuote.end - 2, lastQuote.end))
    if (!reported && !(closesSentence || beforeCue || (draft.kind !== 'mixed' && quotedWords >= 5))) return false
    let end = draft.cue?.end ?? 0
    for (const q of draft.quotes) end = Math.max(end, quotes[q]!.wordEnd)
    for (const range of draft.content) end = Math.max(end, wordIndexAt(doc.model, range.end))
    const last = end - 1
    if (last < 0) return false
    const paragraph = doc.model.paragraphs[paragraphOf(last)]!
    return sentenceOf(last) >= paragraph.sentenceEnd - 1
  }

  function lastParagraphOf(draft: Draft): number {
    let paragraph = draft.paragraph
    for (const q of draft.quotes) paragraph = Math.max(paragraph, quotes[q]!.lastParagraph)
    return paragraph
  }

  return {drafts, orphanQuotes}
}
