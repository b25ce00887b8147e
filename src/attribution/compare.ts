/**
 * `compareAttributions()`: align the attributions of an MT text with those
 * of its reference (one-to-one, by content similarity and position), score
 * each pair on source, cue stance and resolvability, and turn what does not
 * align into dropped or added attributions.
 *
 * Pair fidelity = 0.5·source + 0.3·cue + 0.2·resolvability; document
 * precision = Σ fidelity / |MT attributions|, recall = Σ fidelity /
 * |reference attributions| (see docs/attribution.md).
 */
import type {Attribution, AttributionPair, AttributionReport, CueClass, Entity, Resolution, Severity, Span} from '../types.js'
import type {AttributionExtraction} from './analyze.js'
import {foldName} from './entities.js'
import {bagOf, containment, gramDice, gramsOf, jaroWinkler, resetVocabulary, tokenF1, type Bag, type Grams} from './similarity.js'

/** Labels of typed attribution errors (the `subId` of `attribution-fidelity` findings). */
export type FidelityLabel =
  | 'speaker-changed'
  | 'pronoun-wrong-antecedent'
  | 'attribution-dropped'
  | 'source-dropped-to-hedge'
  | 'cue-stance-shift'
  | 'polarity-flip'
  | 'intermediary-dropped'
  | 'intermediary-added'
  | 'recipient-as-source'
  | 'surname-only-first-mention'
  | 'attribution-added'
  | 'speaker-name-variant'
  | 'dateline-agency-dropped'

/** One typed error, with spans in both texts. */
export interface FidelityError {
  label: FidelityLabel
  severity: Severity
  /** Where it is in the MT text. */
  mt: Span
  /** Where it is in the reference, when there is a counterpart. */
  reference?: Span
  /** What the reference has, for the message. */
  expected: string
  /** One-line explanation, for the message. */
  detail: string
  confidence: number
}

export interface AttributionComparison {
  pairs: AttributionPair[]
  score: AttributionReport['score']
  errors: FidelityError[]
}

/** Symmetric cue-stance similarity (§6.3 of the design notes). */
const stanceMatrix: Record<string, number> = {}
const classes: Array<Exclude<CueClass, 'hedge'>> = ['neutral', 'endorsing', 'assertive', 'distancing', 'negative', 'directive', 'cognitive']
const upper: number[][] = [
  [1, 0.6, 0.8, 0.5, 0, 0.4, 0.6],
  [0, 1, 0.6, 0, 0, 0.2, 0.4],
  [0, 0, 1, 0.6, 0.2, 0.5, 0.5],
  [0, 0, 0, 1, 0.3, 0.2, 0.6],
  [0, 0, 0, 0, 1, 0.2, 0.2],
  [0, 0, 0, 0, 0, 1, 0.3],
  [0, 0, 0, 0, 0, 0, 1]
]
for (let i = 0; i < classes.length; i++) {
  for (let j = i; j < classes.length; j++) {
    stanceMatrix[`${classes[i]}|${classes[j]}`] = upper[i]![j]!
    stanceMatrix[`${classes[j]}|${classes[i]}`] = upper[i]![j]!
  }
}

/** The class a cue has in effect: negation turns reporting into denial; a hedge distances. */
export function effectiveClass(cue: Attribution['cue']): Exclude<CueClass, 'hedge'> | undefined {
  if (!cue) return undefined
  if (cue.class === 'hedge') return 'distancing'
  if (cue.negated && (cue.class === 'neutral' || cue.class === 'endorsing' || cue.class === 'assertive')) return 'negative'
  if (cue.negated && cue.class === 'negative') return 'endorsing'
  return cue.class
}

const resolvabilityOf: Record<Resolution, number> = {
  'full-name': 1,
  'name-linked': 1,
  carryover: 1,
  'role-linked': 0.9,
  'pronoun-unique': 0.9,
  'pronoun-ambiguous': 0.5,
  'surname-only-unintroduced': 0.5,
  generic: 0.3,
  none: 0
}

/**
 * How well a reader can tell who the source is, 0–1. A pronoun or a link to
 * a person the text never introduces by full name is only as good as that
 * person's introduction.
 */
export function resolvability(attribution: Attribution, entities?: ReadonlyMap<string, Entity>): number {
  const source = attribution.source
  if (!source) return 0
  const value = resolvabilityOf[source.resolution]
  const entity = source.entity ? entities?.get(source.entity) : undefined
  if (entity && entity.type === 'person' && value > 0.5) {
    // Only a full name given before this source helps the reader ("he noted" after "Sorokin said", the full name comes later).
    const given = entity.given
    const introducedBefore = entity.introducedByFullName && (given === undefined || entity.mentions.some((mention) => mention.start < source.end && mention.text.includes(given)))
    if (!introducedBefore) return 0.5
  }
  return value
}

/** Whether a reader can resolve the source (anonymous sources count: the text says what they are). */
export function isResolvable(attribution: Attribution, entities?: ReadonlyMap<string, Entity>): boolean {
  return resolvability(attribution, entities) > 0.5 || attribution.source?.resolution === 'generic'
}

interface Side {
  extraction: AttributionExtraction
  entities: Map<string, Entity>
  bags: Bag[]
  /** Relative position (0–1) of each attribution's content. */
  positions: number[]
  counted: Attribution[]
  /** Trigrams of each quote-like attribution's content, computed on first use. */
  grams: Array<Grams | undefined>
  /** Source views, computed once. */
  views: Array<SourceView | undefined>
  /** Plain content text (see `plainAt`), computed on first use. */
  plain: Array<string | undefined>
}

function sideOf(extraction: AttributionExtraction): Side {
  const length = Math.max(1, extraction.model.text.length)
  const counted = extraction.attributions
  return {
    extraction,
    entities: new Map(extraction.entities.map((entity) => [entity.id, entity])),
    bags: counted.map((attribution) => bagOf(attribution.content.map((span) => span.text).join(' '))),
    positions: counted.map((attribution) => (attribution.content[0]?.start ?? attribution.cue?.start ?? 0) / length),
    counted,
    grams: new Array(counted.length),
    views: [],
    plain: new Array(counted.length)
  }
}

function gramsAt(side: Side, index: number): Grams {
  let grams = side.grams[index]
  if (!grams) {
    grams = gramsOf(contentText(side.counted[index]!))
    side.grams[index] = grams
  }
  return grams
}

/** An attribution's content, lower-cased, non-word characters as single spaces (computed on first use). */
function plainAt(side: Side, index: number): string {
  let plain = side.plain[index]
  if (plain === undefined) {
    plain = contentText(side.counted[index]!).toLowerCase().replace(/\W+/g, ' ').trim()
    side.plain[index] = plain
  }
  return plain
}

function contentText(attribution: Attribution): string {
  return attribution.content.map((span) => span.text).join(' ')
}

function contentSimilarity(ref: Side, r: number, mt: Side, m: number): number {
  const a = ref.counted[r]!
  const b = mt.counted[m]!
  let value = tokenF1(ref.bags[r]!, mt.bags[m]!)
  // Content of function words only ("denied this"): the same words, or nothing.
  if (ref.bags[r]!.size === 0 || mt.bags[m]!.size === 0) {
    const left = plainAt(ref, r)
    return left.length > 0 && left === plainAt(mt, m) ? 1 : 0
  }
  if (value < 1 && (a.kind === 'direct' || a.kind === 'carryover' || a.kind === 'mixed') && (b.kind === 'direct' || b.kind === 'carryover' || b.kind === 'mixed')) {
    value = Math.max(value, gramDice(gramsAt(ref, r), gramsAt(mt, m)))
  }
  return value
}

/** Everything we know about who a source is, on one side. */
interface SourceView {
  text: string
  canonical: string
  type: Entity['type'] | 'none'
  family?: string
  given?: string
  gender: 'm' | 'f' | 'unknown'
  pronoun?: 'm' | 'f'
  resolution: Resolution
  candidates: string[]
  /** The entity's titles (`Head of the Jakarta Social Affairs Agency (Dinsos)`), joined. */
  titles: string
}

function viewOf(side: Side, attribution: Attribution): SourceView | undefined {
  const source = attribution.source
  if (!source) return undefined
  const entity = source.entity ? side.entities.get(source.entity) : undefined
  const lower = source.text.toLowerCase()
  const view: SourceView = {
    text: source.text,
    canonical: entity?.canonical ?? source.text,
    type: entity?.type ?? 'none',
    gender: entity?.gender ?? 'unknown',
    resolution: source.resolution,
    candidates: (source.candidates ?? []).map((id) => side.entities.get(id)?.canonical ?? id),
    titles: entity?.titles.join(' ') ?? ''
  }
  if (entity?.family) view.family = entity.family
  if (entity?.given) view.given = entity.given
  if (lower === 'he') view.pronoun = 'm'
  if (lower === 'she') view.pronoun = 'f'
  return view
}

/** What `nameMatch` compares of a source: its entity's names and type, and the text as written. */
interface NamedSource {
  canonical: string
  family?: string
  given?: string
  type: string
  text?: string
}

/** 1 same entity, 0.8 a transliteration variant, 0 different. */
function nameMatch(a: NamedSource, b: NamedSource): number {
  const left = foldName(a.canonical)
  const right = foldName(b.canonical)
  if (left.length === 0 || right.length === 0) return 0
  if (left === right) return 1
  // One body however its name is translated, when both give it the same acronym in brackets ("The Transport
  // Enterprises Seewilen (VBS)" / "Seewilen Transport Services (VBS)").
  const acronym = bracketAcronym.exec(a.text ?? a.canonical)?.[1]
  if (acronym !== undefined && acronym === bracketAcronym.exec(b.text ?? b.canonical)?.[1]) return 1
  if (a.family && b.family) {
    const familyA = foldName(a.family)
    const familyB = foldName(b.family)
    if (familyA === familyB) {
      if (!a.given || !b.given) return 1
      return jaroWinkler(foldName(a.given), foldName(b.given)) >= 0.85 ? 0.8 : 0
    }
    if (a.given && b.given && foldName(a.given) === foldName(b.given) && jaroWinkler(familyA, familyB) >= 0.85) return 0.8
  }
  // Organisations and media: a short form or acronym of the other ("Kyodo" / "Kyodo News").
  const infoA = nameWords(a.canonical)
  const infoB = nameWords(b.canonical)
  const wordsA = infoA.words
  const wordsB = infoB.words
  const [short, long, longInfo] = wordsA.length <= wordsB.length ? [wordsA, wordsB, infoB] : [wordsB, wordsA, infoA]
  if (short.length > 0 && short.every((word) => long.includes(word))) return 1
  const initials = longInfo.initials
  if (short.length === 1 && initials.length >= 2 && short[0] === initials) return 1
  // One body under two generic names: "the Municipality of Milan" / "the City of Milan", "Valdelora Town Hall" /
  // "the Valdelora council".
  const coreA = bodyCore(wordsA)
  if (coreA.length > 0 && coreA === bodyCore(wordsB)) return 1
  // Generic sources: same head noun, mostly the same words ("Ukraine's military source" / "a Ukrainian military source").
  if (a.type === 'group' || b.type === 'group') {
    const f1 = tokenF1(infoA.bag(), infoB.bag())
    if (wordsA[wordsA.length - 1] === wordsB[wordsB.length - 1] && f1 >= 0.5) return 1
    return f1 >= 0.8 ? 1 : 0
  }
  const jw = jaroWinkler(left.slice(0, 60), right.slice(0, 60))
  return jw >= 0.92 ? 0.8 : 0
}

const bracketAcronym = /\(([\p{Lu}][\p{Lu}\d&-]{1,9})\)/u

/** Words a municipality's name is said with in translation, whatever the source's own word for it. */
const genericBodyWords = new Set(['city', 'municipality', 'municipal', 'town', 'council', 'hall', 'commune', 'government', 'administration', 'of', 'the', 'local', 'borough', 'mairie', 'ayuntamiento', 'comune', 'câmara', 'prefeitura'])

/** The words of a body's name other than the generic ones, joined; '' when only generic words are left. */
function bodyCore(words: readonly string[]): string {
  if (!words.some((word) => genericBodyWords.has(word) && word !== 'of' && word !== 'the')) return ''
  return words.filter((word) => !genericBodyWords.has(word)).join(' ')
}

/** Whether a source phrase names the other side's speaker inside it (`the health economist … of the LMU` / `the LMU`). */
/** Words a role phrase is made of, without articles and joining words (`the head of the station` → head, station). */
function roleWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2 && !roleJoiners.has(word))
}
const roleJoiners: ReadonlySet<string> = new Set(['the', 'and', 'for', 'its', 'his', 'her', 'their'])

/** Words of a calqued office and of its English name (`the captain of the port` / `the harbour master`). */
const roleSynonyms: Readonly<Record<string, readonly string[]>> = {captain: ['master', 'commander', 'harbourmaster', 'harbormaster'], port: ['harbour', 'harbor', 'harbourmaster', 'harbormaster']}

/** Whether the reference's source phrase holds all but at most one word of the MT's role phrase (the same office). */
function roleWithin(mtText: string, refText: string): boolean {
  const mtWords = roleWords(mtText)
  if (mtWords.length === 0) return false
  const refWords = new Set(roleWords(refText))
  const missing = mtWords.filter((word) => !refWords.has(word) && !refWords.has(word.replace(/s$/u, '')) && !(roleSynonyms[word] ?? []).some((synonym) => refWords.has(synonym))).length
  return missing <= (mtWords.length >= 3 ? 1 : 0)
}

function phraseNames(text: string, view: SourceView): boolean {
  const folded = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  const name = view.family ?? (view.type === 'org' || view.type === 'media' ? view.canonical.replace(/^the\s+/i, '') : undefined)
  if (!name) return false
  const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  return key.length >= 3 && folded.includes(` ${key} `)
}

interface NameWords {
  /** Lower-case words without a leading "the". */
  words: string[]
  /** Initials of the words other than of/the/and/for. */
  initials: string
  /** Content-word bag of the name, computed on first use. */
  bag: () => Bag
}

/** `NameWords` of each name seen, bounded (names repeat across pairs). */
const nameWordsCache = new Map<string, NameWords>()

function nameWords(canonical: string): NameWords {
  let info = nameWordsCache.get(canonical)
  if (!info) {
    const words = canonical.toLowerCase().replace(/^the\s+/, '').split(/\s+/)
    const initials = words.filter((word) => !['of', 'the', 'and', 'for'].includes(word)).map((word) => word[0]).join('')
    let bag: Bag | undefined
    info = {words, initials, bag: () => (bag ??= bagOf(canonical))}
    if (nameWordsCache.size >= 20000) nameWordsCache.clear()
    nameWordsCache.set(canonical, info)
  }
  return info
}

function spanOf(attribution: Attribution): Span {
  return attribution.source ?? attribution.cue ?? attribution.content[0] ?? {start: 0, end: 0, text: ''}
}

function quoteLike(attribution: Attribution): boolean {
  return attribution.kind === 'direct' || attribution.kind === 'carryover' || attribution.kind === 'mixed'
}

/** Align and score the attributions of `mt` against `reference`. */
export function compareAttributions(mt: AttributionExtraction, reference: AttributionExtraction): AttributionComparison {
  // Bags from before a vocabulary reset are not comparable with new ones.
  if (resetVocabulary()) nameWordsCache.clear()
  const ref = sideOf(reference)
  const hyp = sideOf(mt)
  ref.views = ref.counted.map((attribution) => viewOf(ref, attribution))
  hyp.views = hyp.counted.map((attribution) => viewOf(hyp, attribution))
  const pairs: AttributionPair[] = []
  const errors: FidelityError[] = []
  const labels: Record<string, number> = {}
  const count = (label: string) => {
    labels[label] = (labels[label] ?? 0) + 1
  }

  // Candidate pairs: content similarity ≥ τ, within a positional window so long texts stay linear.
  const tau = 0.3
  const candidates: Array<{r: number; m: number; sim: number; content: number}> = []
  const nr = ref.counted.length
  const nm = hyp.counted.length
  const window = 15
  for (let r = 0; r < nr; r++) {
    const center = nr > 1 ? Math.round((r / (nr - 1)) * Math.max(0, nm - 1)) : 0
    for (let m = Math.max(0, center - window); m < Math.min(nm, center + window + 1); m++) {
      const content = contentSimilarity(ref, r, hyp, m)
      const a = ref.views[r]
      const b = hyp.views[m]
      const position = 1 - Math.abs(ref.positions[r]! - hyp.positions[m]!)
      if (content < tau) {
        // A quote whose wording MT changed beyond recognition ("It's empty" for "Nonsense"): same speaker, same cue, same place.
        const left = ref.counted[r]!
        const right = hyp.counted[m]!
        const structural = quoteLike(left) && quoteLike(right) && a && b && nameMatch(a, b) === 1 && left.cue && right.cue && left.cue.lemma === right.cue.lemma && position >= 0.97
        if (!structural) continue
      }
      const surface = a && b ? nameMatch(a, b) : a || b ? 0 : 1
      candidates.push({r, m, sim: 0.6 * content + 0.3 * surface + 0.1 * position, content})
    }
  }
  candidates.sort((left, right) => right.sim - left.sim || left.r - right.r || left.m - right.m)
  const refTaken = new Int32Array(nr).fill(-1)
  const mtTaken = new Int32Array(nm).fill(-1)
  const contentOf = new Float64Array(nr)
  for (const candidate of candidates) {
    if (refTaken[candidate.r] !== -1 || mtTaken[candidate.m] !== -1) continue
    refTaken[candidate.r] = candidate.m
    mtTaken[candidate.m] = candidate.r
    contentOf[candidate.r] = candidate.content
  }

  // Which MT entities were already introduced (surname-only-first-mention is reported once per entity).
  const reportedSurname = new Set<string>()

  for (let r = 0; r < nr; r++) {
    const m = refTaken[r]!
    const a = ref.counted[r]!
    if (m === -1) continue
    const b = hyp.counted[m]!
    const pairLabels: string[] = []
    const add = (error: Omit<FidelityError, 'confidence'> & {confidence?: number}) => {
      pairLabels.push(error.label)
      count(error.label)
      errors.push({confidence: 0.8, ...error})
    }
    const refView = ref.views[r]
    const mtView = hyp.views[m]
    const direct = quoteLike(a) && quoteLike(b)

    // Source.
    let source = 1
    if (refView && !mtView) {
      source = 0
      if (b.kind === 'unattributed-hedge' && b.cue) {
        add({label: 'source-dropped-to-hedge', severity: 'major', mt: spanCue(b), reference: spanOf(a), expected: refView.text, detail: `the reference credits \`${refView.text}\`; the translation only hedges`})
      }
    } else if (!refView && mtView) {
      source = 0
      if (a.kind === 'unattributed-hedge') {
        add({label: 'attribution-added', severity: 'minor', mt: spanOf(b), reference: spanCue(a), expected: a.cue?.text ?? '', detail: 'the reference names no source here'})
      }
    } else if (refView && mtView) {
      source = 1
      const recipient = a.recipient
      if (recipient && nameMatch({canonical: recipient.text, type: 'org'}, {canonical: mtView.canonical, type: mtView.type}) === 1 && nameMatch(refView, mtView) < 1) {
        source = 0
        // Roles swapped ("Pastor replied Climent that …" for "Climent replied to Pastor that …"): the MT's recipient is
        // the reference's speaker, so the words are credited to the wrong person, not to a channel.
        const swapped = b.recipient !== undefined && nameMatch({canonical: b.recipient.text, type: refView.type}, refView) === 1
        if (swapped) add({label: 'speaker-changed', severity: direct ? 'critical' : 'major', mt: spanOf(b), reference: spanOf(a), expected: refView.text, detail: `the reference credits ${refView.canonical}; the MT makes them the one addressed`})
        else add({label: 'recipient-as-source', severity: 'major', mt: spanOf(b), reference: recipient, expected: refView.text, detail: `\`${recipient.text}\` is who the reference says was told, not the source`})
      } else if (mtView.pronoun && !(mtView.resolution === 'pronoun-ambiguous' && mtView.candidates.some((candidate) => nameMatch({canonical: candidate, type: 'person'}, refView) === 1)) && ((refView.pronoun && refView.pronoun !== mtView.pronoun) || (refView.gender !== 'unknown' && refView.gender !== mtView.pronoun) || mtView.resolution === 'none' || (refView.resolution !== 'none' && refView.resolution !== 'generic' && nameMatch(refView, mtView) === 0))) {
        source = 0
        add({label: 'pronoun-wrong-antecedent', severity: direct ? 'critical' : 'major', mt: spanOf(b), reference: spanOf(a), expected: refView.pronoun ? (refView.pronoun === 'm' ? 'he' : 'she') : refView.canonical, detail: `the reference's speaker is ${refView.canonical}; \`${mtView.text}\` points ${mtView.resolution === 'none' ? 'at nobody named before it' : `at ${mtView.canonical}`}`})
      } else {
        const match = refView.resolution === 'none' || mtView.resolution === 'none' ? 0.5 : nameMatch(refView, mtView)
        // Two unnamed sources ("the collective" / "the group", "Ukraine's military source" / "a Ukrainian military source"):
        // the words differ more often than the source does, so a mismatch is not evidence of a changed speaker.
        // A carryover continues an unnamed source as unnamed ("the autarch" / "the mayor" quoted on).
        const anonymous = (view: SourceView) => (view.resolution === 'generic' || view.resolution === 'role-linked' || (view.resolution === 'carryover' && !/\p{Lu}/u.test(view.canonical))) && view.family === undefined && view.type !== 'org' && view.type !== 'media'
        const unnamed = anonymous(refView) && anonymous(mtView)
        if (match === 1 || (unnamed && match === 0.8)) source = 1
        else if (unnamed) source = 0.5
        else if (match === 0.8) {
          source = 0.8
          add({label: 'speaker-name-variant', severity: 'minor', mt: spanOf(b), reference: spanOf(a), expected: refView.canonical, detail: `\`${mtView.canonical}\` and \`${refView.canonical}\` look like two spellings of one name`, confidence: 0.7})
        } else if (mtView.resolution === 'pronoun-ambiguous' && mtView.candidates.some((candidate) => nameMatch({canonical: candidate, type: 'person'}, refView) === 1)) {
          source = 0.5
        } else if ((refView.resolution === 'generic') !== (mtView.resolution === 'generic')) {
          source = 0.5
        } else if (match === 0.5) {
          source = 0.5
        } else if (phraseNames(`${mtView.text} ${mtView.titles}`, refView) || phraseNames(`${refView.text} ${refView.titles}`, mtView)) {
          // One side names the other's speaker inside its phrase (a person and the body they speak for, a role and
          // its holder in apposition): a different choice of head, not a different speaker.
          source = 0.8
        } else if (mtView.resolution === 'surname-only-unintroduced' && mtView.family === undefined && roleWithin(mtView.text, refView.text)) {
          // "The bureau chief" where the reference has "Yumiko Hayashi, chief of the … bureau": the same office, its
          // holder never introduced; the speaker is not changed, only left unnamed.
          source = 0.5
          add({label: 'surname-only-first-mention', severity: 'minor', mt: b.source ?? spanOf(b), reference: a.source ?? spanOf(a), expected: refView.text, detail: `the reference introduces the speaker as \`${refView.text}\``})
        } else {
          source = 0
          // `They` (or `it`) where the reference names someone: the pronoun took the wrong antecedent.
          const pronoun = /^(?:they|it|we)$/i.test(mtView.text)
          add({label: pronoun ? 'pronoun-wrong-antecedent' : 'speaker-changed', severity: direct ? 'critical' : 'major', mt: spanOf(b), reference: spanOf(a), expected: refView.text, detail: pronoun ? `the reference's speaker is ${refView.canonical}; \`${mtView.text}\` points elsewhere` : `the reference credits ${refView.canonical}`})
        }
      }
      // Chain: intermediaries (reporters and cited origins) on either side.
      // A pronoun (`They expect a high turnout, they said`) is the speaker again, no intermediary a reader could check.
      const intermediary = (link: NonNullable<Attribution['chain']>[number]) => link.role !== 'speaker' && !/^(?:he|she|they|it|we|i)$/iu.test(link.source.text)
      const refChain = (a.chain ?? []).filter(intermediary)
      const mtChain = (b.chain ?? []).filter(intermediary)
      const canonicalOf = (side: Side, link: NonNullable<Attribution['chain']>[number]) => {
        const entity = link.source.entity ? side.entities.get(link.source.entity) : undefined
        return {canonical: entity?.canonical ?? link.source.text, type: entity?.type ?? 'group', ...(entity?.family ? {family: entity.family} : {}), ...(entity?.given ? {given: entity.given} : {})}
      }
      // Also a shorter naming of the same source inside a longer one (`monitoring data` / `the monitoring data of the
      // Dongwei City Environmental Monitoring Station`).
      const sameLink = (left: NonNullable<Attribution['chain']>[number], leftSide: Side, right: NonNullable<Attribution['chain']>[number], rightSide: Side) => {
        if (nameMatch(canonicalOf(leftSide, left), canonicalOf(rightSide, right)) >= 0.8) return true
        const leftBag = bagOf(left.source.text)
        const rightBag = bagOf(right.source.text)
        return tokenF1(leftBag, rightBag) >= 0.6 || Math.max(containment(leftBag, rightBag), containment(rightBag, leftBag)) === 1
      }
      for (const link of refChain) {
        const wanted = canonicalOf(ref, link)
        // "X told Lusa" on one side, "X, cited by Lusa" on the other: the same channel.
        const kept = mtChain.some((other) => sameLink(link, ref, other, hyp)) || nameMatch(wanted, mtView) >= 0.8 || (b.recipient !== undefined && nameMatch(wanted, {canonical: b.recipient.text, type: 'org'}) >= 0.8)
        if (!kept) {
          source *= 0.75
          add({label: 'intermediary-dropped', severity: 'major', mt: spanCue(b), reference: link.source, expected: link.source.text, detail: `the reference has the claim pass through \`${link.source.text}\``})
        }
      }
      for (const link of mtChain) {
        const found = canonicalOf(hyp, link)
        const known = refChain.some((other) => sameLink(link, hyp, other, ref)) || nameMatch(found, refView) >= 0.8 || (a.recipient !== undefined && nameMatch(found, {canonical: a.recipient.text, type: 'org'}) >= 0.8)
        if (!known) {
          source *= 0.75
          add({label: 'intermediary-added', severity: 'minor', mt: link.source, reference: spanCue(a), expected: '', detail: `the reference does not have the claim pass through \`${link.source.text}\``})
        }
      }
    }

    // Cue stance.
    let cue = 1
    const refClass = effectiveClass(a.cue)
    const mtClass = effectiveClass(b.cue)
    if (refClass && mtClass && a.cue && b.cue) {
      cue = stanceMatrix[`${refClass}|${mtClass}`] ?? 1
      if ((a.cue.modal ?? '') !== (b.cue.modal ?? '')) cue *= 0.8
      const refNegative = refClass === 'negative'
      const mtNegative = mtClass === 'negative'
      if (refNegative !== mtNegative && !(b.kind === 'unattributed-hedge' || a.kind === 'unattributed-hedge')) {
        cue = 0
        add({label: 'polarity-flip', severity: 'critical', mt: b.cue, reference: a.cue, expected: a.cue.text, detail: `\`${b.cue.text}\` ${mtNegative ? 'denies' : 'affirms'} what the reference's \`${a.cue.text}\` ${refNegative ? 'denies' : 'reports'}`})
      } else if (refClass !== mtClass && b.kind !== 'unattributed-hedge') {
        const strong = (refClass === 'endorsing' && mtClass === 'distancing') || (refClass === 'distancing' && mtClass === 'endorsing')
        // References add stance too (design notes §5.2): a shift is a flag with a direction, at lower confidence.
        add({label: 'cue-stance-shift', severity: strong ? 'major' : 'minor', mt: b.cue, reference: a.cue, expected: a.cue.text, detail: `${refClass} → ${mtClass}`, confidence: strong ? 0.75 : 0.6})
      }
    }

    // Resolvability, relative to the reference.
    const refRes = resolvability(a, ref.entities)
    const mtRes = resolvability(b, hyp.entities)
    const res = 1 - Math.max(0, refRes - mtRes)
    if (b.source?.resolution === 'surname-only-unintroduced' && refRes > 0.5 && b.source.entity && !reportedSurname.has(b.source.entity)) {
      reportedSurname.add(b.source.entity)
      add({label: 'surname-only-first-mention', severity: 'minor', mt: b.source, reference: a.source ?? spanOf(a), expected: refView?.text ?? '', detail: `the reference introduces the speaker as \`${refView?.text ?? ''}\``})
    } else if (b.source?.resolution === 'pronoun-ambiguous' && refRes > 0.5) {
      pairLabels.push('pronoun-ambiguous')
      count('pronoun-ambiguous')
    }

    const fidelity = round(0.5 * source + 0.3 * cue + 0.2 * res)
    pairs.push({mt: b.id, reference: a.id, fidelity, sourceMatch: round(source), cueMatch: round(cue), resolvability: round(res), contentSimilarity: round(contentOf[r]!), labels: pairLabels})
  }

  // Unmatched reference attributions: dropped (the claim is in the MT, unattributed), hedged, or omitted with their content.
  const mtSentences = sentenceBags(mt)
  const refSentences = sentenceBags(reference)
  let mtClaims: SpanIndex | undefined
  let mtHedges: SpanIndex | undefined
  let refContent: SpanIndex | undefined
  for (let r = 0; r < nr; r++) {
    if (refTaken[r] !== -1) continue
    const a = ref.counted[r]!
    const pairLabels: string[] = []
    const found = bestSentence(mtSentences, ref.bags[r]!, ref.positions[r]!, a.kind === 'dateline')
    if (a.kind === 'dateline' && a.source) {
      const first = mtSentences.list[0]
      if (first) {
        pairLabels.push('dateline-agency-dropped')
        count('dateline-agency-dropped')
        errors.push({label: 'dateline-agency-dropped', severity: 'minor', mt: first.head, reference: a.source, expected: a.source.text, detail: `the reference credits the dispatch to \`${a.source.text}\``, confidence: 0.7})
      }
    } else if (found) {
      mtClaims ??= new SpanIndex(hyp.counted, (attribution) => attribution.kind !== 'unattributed-hedge')
      mtHedges ??= new SpanIndex(hyp.counted, (attribution) => attribution.kind === 'unattributed-hedge')
      const covered = mtClaims.first(found.range.start, found.range.end) !== -1
      const hedgeAt = mtHedges.first(found.range.start, found.range.end)
      const hedge = hedgeAt === -1 ? undefined : hyp.counted[hedgeAt]
      if (hedge?.cue && a.source) {
        pairLabels.push('source-dropped-to-hedge')
        count('source-dropped-to-hedge')
        errors.push({label: 'source-dropped-to-hedge', severity: 'major', mt: hedge.cue, reference: a.source, expected: a.source.text, detail: `the reference credits \`${a.source.text}\`; the translation only hedges`, confidence: 0.8})
      } else if (!covered && a.kind !== 'unattributed-hedge') {
        pairLabels.push('attribution-dropped')
        count('attribution-dropped')
        const credit = a.cue && a.source ? orderedCredit(a) : (a.source?.text ?? a.cue?.text ?? '')
        errors.push({label: 'attribution-dropped', severity: 'major', mt: found.head, reference: a.cue ?? a.source ?? spanOf(a), expected: credit, detail: `the reference attributes this to \`${a.source?.text ?? 'a source'}\`; the translation states it in the writer's voice`, confidence: 0.75})
      } else {
        pairLabels.push('unaligned')
        count('unaligned')
      }
    } else {
      pairLabels.push('content-omitted')
      count('content-omitted')
    }
    pairs.push({mt: null, reference: a.id, fidelity: 0, sourceMatch: 0, cueMatch: 0, resolvability: 0, contentSimilarity: 0, labels: pairLabels})
  }

  // Unmatched MT attributions: added (the reference states it unattributed) or content the reference lacks.
  for (let m = 0; m < nm; m++) {
    if (mtTaken[m] !== -1) continue
    const b = hyp.counted[m]!
    const pairLabels: string[] = []
    const found = bestSentence(refSentences, hyp.bags[m]!, hyp.positions[m]!, false)
    refContent ??= new SpanIndex(ref.counted, () => true)
    const covered = found && refContent.first(found.range.start, found.range.end) !== -1
    if (found && !covered && b.kind !== 'dateline') {
      pairLabels.push('attribution-added')
      count('attribution-added')
      const named = b.source && (b.source.resolution === 'full-name' || b.source.resolution === 'name-linked') && b.source.entity !== undefined && hyp.entities.get(b.source.entity)?.type === 'person'
      errors.push({label: 'attribution-added', severity: named ? 'major' : 'minor', mt: b.cue ?? spanOf(b), reference: found.head, expected: '', detail: b.source ? `the reference does not credit \`${b.source.text}\` here` : `the reference states this without \`${b.cue?.text ?? 'a hedge'}\``, confidence: 0.7})
    } else {
      pairLabels.push(found ? 'unaligned' : 'content-added')
      count(found ? 'unaligned' : 'content-added')
    }
    pairs.push({mt: b.id, reference: null, fidelity: 0, sourceMatch: 0, cueMatch: 0, resolvability: 0, contentSimilarity: 0, labels: pairLabels})
  }

  const sum = pairs.reduce((total, pair) => total + pair.fidelity, 0)
  const precision = nm > 0 ? round(sum / nm) : nr > 0 ? 0 : null
  const recall = nr > 0 ? round(sum / nr) : nm > 0 ? 0 : null
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : round((2 * precision * recall) / (precision + recall))
  const mtIndex = new Map(mt.attributions.map((attribution, index) => [attribution.id, index]))
  const refIndex = new Map(reference.attributions.map((attribution, index) => [attribution.id, index]))
  const order = (pair: AttributionPair) => (pair.reference !== null ? (refIndex.get(pair.reference) ?? 0) * 2 : (mtIndex.get(pair.mt ?? '') ?? 0) * 2 + 1)
  pairs.sort((left, right) => order(left) - order(right))
  errors.sort((left, right) => left.mt.start - right.mt.start || left.mt.end - right.mt.end)
  return {pairs, score: {resolvability: resolvabilityShare(mt), precision, recall, f1, labels}, errors}
}

function orderedCredit(attribution: Attribution): string {
  const cue = attribution.cue!
  const source = attribution.source!
  return cue.start < source.start ? `${cue.text} ${source.text}` : `${source.text} ${cue.text}`
}

function spanCue(attribution: Attribution): Span {
  return attribution.cue ?? attribution.source ?? attribution.content[0] ?? {start: 0, end: 0, text: ''}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** Share of MT attributions (hedges aside) whose source a reader can resolve; `null` when there are none. */
export function resolvabilityShare(extraction: AttributionExtraction): number | null {
  const sourced = extraction.attributions.filter((attribution) => attribution.kind !== 'unattributed-hedge')
  if (sourced.length === 0) return null
  const entities = new Map(extraction.entities.map((entity) => [entity.id, entity]))
  return round(sourced.filter((attribution) => isResolvable(attribution, entities)).length / sourced.length)
}

/** A sentence with words; its text span and bag are built on first use (only sentences near an unaligned attribution are read). */
class SentenceInfo {
  private headSpan: Span | undefined
  private words: Bag | undefined
  constructor(
    private readonly text: string,
    readonly range: {start: number; end: number},
    private readonly first: number,
    private readonly last: number,
    readonly position: number
  ) {}

  /** The sentence's text without surrounding space (a span that always has text). */
  get head(): Span {
    return (this.headSpan ??= {start: this.first, end: this.last, text: this.text.slice(this.first, this.last)})
  }

  get bag(): Bag {
    return (this.words ??= bagOf(this.head.text))
  }
}

function sentenceBags(extraction: AttributionExtraction): {list: SentenceInfo[]} {
  const {model} = extraction
  const length = Math.max(1, model.text.length)
  const list: SentenceInfo[] = []
  for (const sentence of model.sentences) {
    if (sentence.wordEnd <= sentence.wordStart) continue
    const first = model.words[sentence.wordStart]!
    const last = model.words[sentence.wordEnd - 1]!
    list.push(new SentenceInfo(model.text, {start: sentence.start, end: sentence.end}, first.start, last.end, first.start / length))
  }
  return {list}
}

/**
 * Content spans of some attributions, sorted by start, to ask which of them
 * overlap a range without scanning them all.
 */
class SpanIndex {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private readonly owners: number[] = []
  /** `reach[i]`: the largest end among spans `0..i`. */
  private readonly reach: number[] = []

  constructor(attributions: readonly Attribution[], keep: (attribution: Attribution) => boolean) {
    const spans: Array<{start: number; end: number; owner: number}> = []
    attributions.forEach((attribution, owner) => {
      if (!keep(attribution)) return
      for (const span of attribution.content) spans.push({start: span.start, end: span.end, owner})
    })
    spans.sort((left, right) => left.start - right.start)
    let reach = Number.NEGATIVE_INFINITY
    for (const span of spans) {
      reach = Math.max(reach, span.end)
      this.starts.push(span.start)
      this.ends.push(span.end)
      this.owners.push(span.owner)
      this.reach.push(reach)
    }
  }

  /** The first attribution (in the given order) with a span overlapping `[start, end)`, or -1. */
  first(start: number, end: number): number {
    // Spans starting before `end`: `[0, high)`.
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.starts[mid]! < end) low = mid + 1
      else high = mid
    }
    let best = -1
    for (let index = low - 1; index >= 0 && this.reach[index]! > start; index--) {
      if (this.ends[index]! > start && (best === -1 || this.owners[index]! < best)) best = this.owners[index]!
    }
    return best
  }
}

/** The sentence whose words best contain `bag`, near relative position `position`. */
function bestSentence(sentences: {list: SentenceInfo[]}, bag: Bag, position: number, any: boolean): SentenceInfo | undefined {
  const {list} = sentences
  if (list.length === 0) return undefined
  if (any) return list[0]
  const center = Math.round(position * (list.length - 1))
  let best: SentenceInfo | undefined
  let bestScore = 0.5
  for (let index = Math.max(0, center - 40); index < Math.min(list.length, center + 41); index++) {
    const sentence = list[index]!
    const score = Math.max(containment(bag, sentence.bag), tokenF1(bag, sentence.bag))
    if (score >= bestScore) {
      best = sentence
      bestScore = score
    }
  }
  return best
}
