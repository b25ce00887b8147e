/**
 * `analyzeAttributions()`: who said what in one text. Builds the word view,
 * the quote spans and the entity registry, runs the sieves, then resolves
 * every source in document order (names, roles, pronouns, carryover).
 */
import {TranslationQaError} from '../core/errors.js'
import {modelText, targetLanguages} from '../languages/index.js'
import {sentenceAt, type TextModel} from '../text/model.js'
import type {Attribution, Entity, Resolution, Span, TargetLanguage} from '../types.js'
import {bareNorm, buildDoc, isDeterminer, type Doc, type Phrase} from './doc.js'
import {buildRegistry, latestWithTitle, mentionsIn, resolvePhrase, type Mention, type Registry, type SourceResolution} from './entities.js'
import {extract, type Draft} from './extract.js'
import {attributionLexicon} from './lexicon.js'

/** The attributions of one text, with what the checks need besides. */
export interface AttributionExtraction {
  entities: Entity[]
  attributions: Attribution[]
  /** Direct quotes nobody is credited with. */
  orphanQuotes: Span[]
  /** The analysed text. */
  model: TextModel
}

const empty = (model: TextModel): AttributionExtraction => ({entities: [], attributions: [], orphanQuotes: [], model})

/**
 * Extract attributions from a text (or a text model the checks already
 * built). Languages without an attribution lexicon (only English has one so
 * far) give an empty result.
 */
export function analyzeAttributions(input: string | TextModel, lang: TargetLanguage = 'en'): AttributionExtraction {
  if (!targetLanguages.includes(lang)) throw new TranslationQaError('invalid-option', `Unexpected language ${JSON.stringify(lang)} for \`analyzeAttributions()\`, expected one of ${targetLanguages.map((code) => `\`${code}\``).join(', ')}`)
  let model: TextModel
  if (typeof input === 'string') model = modelText(input, lang)
  else if (input && typeof input === 'object' && Array.isArray((input as Partial<TextModel>).words) && typeof (input as Partial<TextModel>).text === 'string') model = input
  else throw new TranslationQaError('invalid-option', `Unexpected ${input === null ? 'null' : typeof input} for \`analyzeAttributions()\`, expected the text to analyse (a string)`)
  const lex = attributionLexicon(lang)
  if (!lex || model.words.length === 0) return empty(model)
  const doc = buildDoc(model, lex)
  const registry = buildRegistry(doc)
  const {drafts, orphanQuotes} = extract(doc)
  const resolver = new Resolver(doc, registry)
  const attributions: Attribution[] = []
  const resolved = new Map<Draft, Attribution>()
  for (const draft of drafts) {
    const attribution = resolver.attribution(draft, resolved, attributions.length + 1)
    resolved.set(draft, attribution)
    attributions.push(attribution)
  }
  return {
    entities: registry.entities.map((record) => record.entity),
    attributions,
    orphanQuotes: orphanQuotes.map((q) => {
      const quote = doc.quotes[q]!
      // A quote over several paragraphs is reported on its first paragraph.
      const end = quote.lastParagraph === quote.paragraph ? quote.end : quote.segments[0]!.end
      return {start: quote.start, end, text: model.text.slice(quote.start, end)}
    }),
    model
  }
}

interface HistoryEntry {
  entity: number
  paragraph: number
  person: boolean
  /** Where the source was named. */
  offset: number
}

class Resolver {
  private readonly history: HistoryEntry[] = []
  private readonly groups = new Map<string, number>()
  private readonly groupHeads = new Map<string, number>()

  constructor(
    private readonly doc: Doc,
    private readonly registry: Registry
  ) {}

  span(phrase: {start: number; end: number}): Span {
    const {words, text} = this.doc
    const start = words[phrase.start]!.start
    let end = words[phrase.end - 1]!.end
    // A trailing possessive is not part of the source ("Kyodo News'").
    const value = text.slice(start, end)
    if (/['\u2019]s$/.test(value) && phrase.end - phrase.start > 0) end -= 2
    // A bracketed acronym closes its bracket: "Bank Indonesia (BI)".
    else if (text[end] === ')' && value.lastIndexOf('(') > value.lastIndexOf(')')) end += 1
    return {start, end, text: text.slice(start, end)}
  }

  entityId(index: number | undefined): string | undefined {
    return index === undefined ? undefined : this.registry.entities[index]!.entity.id
  }

  /** A group entity for a generic source ("Ukraine's military source"), one per wording. */
  group(phrase: Phrase): number {
    const {words} = this.doc
    let start = phrase.start
    while (start < phrase.end - 1 && isDeterminer(words[start]!)) start++
    const canonical = words
      .slice(start, phrase.end)
      .map((word) => bareNorm(word) === word.norm ? word.value : word.value.slice(0, -2))
      .join(' ')
    const key = canonical.toLowerCase()
    let id = this.groups.get(key)
    if (id === undefined) {
      id = this.registry.entities.length
      // "the mayor of Sarreguemines", "a ministry spokesperson": one person, described by role; the description introduces them.
      const head = bareNorm(words[phrase.end - 1]!)
      const described = words.slice(start, phrase.end).find((word) => this.doc.lex.personRoles.has(bareNorm(word)) && !bareNorm(word).endsWith('s'))
      const person = described !== undefined && (this.doc.lex.personRoles.has(head) || words.slice(start, phrase.end).some((word) => word.norm === 'of'))
      const gender = person ? (this.doc.lex.titles.get(bareNorm(described!)) ?? 'unknown') : 'unknown'
      this.registry.entities.push({entity: {id: `e${id + 1}`, type: person ? 'person' : 'group', canonical, titles: [], gender, introducedByFullName: person, mentions: []}, firstFull: Number.POSITIVE_INFINITY, titleHeads: new Set(), lastMention: -1})
      this.groups.set(key, id)
    }
    this.registry.entities[id]!.entity.mentions.push(this.span(phrase))
    return id
  }

  resolve(phrase: Phrase, anchor?: number): SourceResolution {
    const {words, lex} = this.doc
    if (phrase.end - phrase.start === 1) {
      const pronoun = lex.pronouns.get(words[phrase.start]!.norm)
      if (pronoun === 'm' || pronoun === 'f') return {...this.personPronoun(phrase.start, pronoun, anchor), pronoun}
      if (pronoun) return {...this.groupPronoun(phrase.start), pronoun}
    }
    const result = resolvePhrase(this.registry, this.doc, phrase)
    if (result.entity === undefined && result.resolution === 'generic') {
      // "the source" after "a military source": the same anonymous source.
      const head = bareNorm(words[phrase.end - 1]!)
      const earlier = this.groupHeads.get(head)
      if (earlier !== undefined && words[phrase.start]!.norm === 'the' && phrase.end - phrase.start <= 2) {
        this.registry.entities[earlier]!.entity.mentions.push(this.span(phrase))
        return {entity: earlier, resolution: 'role-linked'}
      }
      const id = this.group(phrase)
      this.groupHeads.set(head, id)
      return {entity: id, resolution: 'generic'}
    }
    return result
  }

  /** "he"/"she": the latest compatible source, else the latest compatible person named; ambiguous when another is named nearby. */
  personPronoun(index: number, gender: 'm' | 'f' | 'unknown', anchor?: number): SourceResolution {
    const {doc, registry} = this
    const word = doc.words[index]!
    const paragraph = doc.paragraphOf[index]!
    const compatible = (id: number) => {
      const entity = registry.entities[id]!.entity
      return entity.type === 'person' && (entity.gender === 'unknown' || gender === 'unknown' || entity.gender === gender)
    }
    // A person named as a possessive modifier ("Hartono's lawyer") is not a candidate.
    const candidate = (mention: Mention) => !mention.inQuote && mention.entity !== undefined && !mention.modifier && compatible(mention.entity)
    const mentions = registry.mentions
    let low = 0
    let high = mentions.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (mentions[mid]!.start < word.start) low = mid + 1
      else high = mid
    }
    // "Demir and Aydın will go to Ankara. Aydın urged … "…," he said": the antecedent named earlier in the paragraph in
    // a pair (`X and Y`) with another compatible person leaves the pronoun open between the two.
    const pairedWith = (id: number): number | undefined => {
      for (let back = low - 1, steps = 0; back > 0 && steps < 200; back--, steps++) {
        const second = mentions[back]!
        if (second.paragraph !== paragraph) break
        const first = mentions[back - 1]!
        if (first.paragraph !== paragraph || doc.text.slice(first.end, second.start) !== ' and ' || first.inQuote || second.inQuote) continue
        if (first.entity === id && second.entity !== id && candidate(second)) return second.entity
        if (second.entity === id && first.entity !== id && candidate(first)) return first.entity
      }
      return undefined
    }
    // "The mayor acknowledged that …, but she said …": a speaker earlier in the pronoun's own sentence is its antecedent.
    const latest = this.history[this.history.length - 1]
    if (latest && latest.person && latest.offset < word.start && compatible(latest.entity) && sentenceAt(doc.model, latest.offset) === word.sentence) {
      return {entity: latest.entity, resolution: 'pronoun-unique'}
    }
    // "Judge Nabil Al-Shami … told the agency that …. He pointed out that …": the speaker of the sentence just before,
    // in the same paragraph, with no other compatible person named since, stays the subject.
    if (latest && latest.person && latest.offset < word.start && compatible(latest.entity) && latest.paragraph === paragraph && sentenceAt(doc.model, latest.offset) === word.sentence - 1) {
      let other = false
      // Anyone else named in the speaker's own sentence ("Benny and Rahmat argued …") or since.
      const from = doc.model.sentences[sentenceAt(doc.model, latest.offset)]!.start
      for (let back = low - 1; back >= 0 && mentions[back]!.start >= from; back--) {
        const mention = mentions[back]!
        // Also one named only as a modifier (`Albrecht rejected Kowalski's criticism`): a reader may hesitate.
        const named = candidate(mention) || (mention.modifier && !mention.inQuote && mention.entity !== undefined && compatible(mention.entity))
        if (named && mention.entity !== latest.entity) other = true
      }
      // Someone else referred back to by a bare title there or since ("Pastukhov rejected the accusations of the
      // deputy …, he added": the deputy is Gromov).
      if (!other) other = titleHolderSince(doc, registry, doc.sentenceWordStart[sentenceAt(doc.model, latest.offset)]!, word.start, latest.entity, compatible)
      // Another speaker of the same paragraph ("Zhang told reporters … Wang Lei also mentioned … he said") competes too.
      for (let back = this.history.length - 2; back >= 0 && this.history[back]!.paragraph === paragraph; back--) {
        const entry = this.history[back]!
        if (entry.person && entry.entity !== latest.entity && compatible(entry.entity)) other = true
      }
      if (!other && pairedWith(latest.entity) !== undefined) other = true
      if (!other) return {entity: latest.entity, resolution: 'pronoun-unique'}
    }
    // The window: the sentence before the attribution (its quote may span sentences), or the previous paragraph when it opens its paragraph.
    const anchorSentence = anchor !== undefined && anchor < word.start ? Math.max(0, sentenceAt(doc.model, anchor)) : word.sentence
    const sentence = doc.model.sentences[anchorSentence]!
    const previous = doc.model.sentences[anchorSentence - 1]
    let windowStart = sentence.start
    if (previous) windowStart = previous.paragraph === sentence.paragraph ? previous.start : doc.model.paragraphs[previous.paragraph]!.start
    const inWindow: number[] = []
    // Named only as a modifier ("Edi's statement", "Kowalski's criticism"): not the antecedent, but a reader may still hesitate.
    const modifiers: Mention[] = []
    for (let back = low - 1, steps = 0; back >= 0 && steps < 200; back--, steps++) {
      const mention = mentions[back]!
      if (mention.start < windowStart) break
      if (candidate(mention) && !inWindow.includes(mention.entity!)) inWindow.push(mention.entity!)
      else if (mention.modifier && !mention.inQuote && mention.entity !== undefined && compatible(mention.entity)) modifiers.push(mention)
    }
    // A person named by role alone in the window ("The exchange between him and the burgomaster …"): the role's
    // holder competes too.
    for (let index = doc.sentenceWordStart[doc.model.sentences[anchorSentence - 1] ? anchorSentence - 1 : anchorSentence]!, steps = 0; index < doc.words.length && doc.words[index]!.start < word.start && steps < 80; index++, steps++) {
      if (doc.words[index]!.start < windowStart) continue
      const holder = bareTitleHolder(doc, registry, index, false)
      if (holder !== undefined && compatible(holder) && !inWindow.includes(holder)) inWindow.push(holder)
    }
    const isSource = (id: number) => {
      for (let back = this.history.length - 1; back >= 0 && back >= this.history.length - 20; back--) if (this.history[back]!.entity === id) return true
      return false
    }
    let chosen: number | undefined
    const competitors = new Set<number>()
    if (inWindow.length > 0) {
      // People named just before: the nearest one (a recent speaker first) is the antecedent.
      chosen = inWindow.find(isSource) ?? inWindow[0]!
      for (const id of inWindow) competitors.add(id)
      // When the antecedent is not in the pronoun's own sentence, others in the window compete: people named as
      // modifiers, and other speakers of the same paragraph ("Zhang told reporters … Wang Lei also mentioned … he said").
      // Mentions are in document order: only those from the sentence start on can count.
      let own = false
      for (let back = low - 1; back >= 0 && mentions[back]!.start >= sentence.start; back--) {
        const mention = mentions[back]!
        if (mention.entity === chosen && !mention.inQuote) {
          own = true
          break
        }
      }
      if (!own) {
        // Only a modifier named after the antecedent ("Bambang said Edi's statement …"), not one inside its description ("Hartono's lawyer, Darmawan Saleh").
        let latest = -1
        for (let back = low - 1, steps = 0; back >= 0 && steps < 200; back--, steps++) {
          const mention = mentions[back]!
          if (mention.start < windowStart) break
          if (mention.entity === chosen && !mention.modifier) {
            latest = mention.start
            break
          }
        }
        for (const mention of modifiers) if (mention.start > latest) competitors.add(mention.entity!)
        for (let back = this.history.length - 1; back >= 0; back--) {
          const entry = this.history[back]!
          if (entry.paragraph !== paragraph) break
          if (entry.person && entry.offset < word.start && compatible(entry.entity)) competitors.add(entry.entity)
        }
        const partner = pairedWith(chosen)
        if (partner !== undefined) competitors.add(partner)
      }
    } else {
      // Nobody named just before: the latest compatible speaker, else the latest compatible person named.
      let since = -1
      for (let back = this.history.length - 1; back >= 0; back--) {
        const entry = this.history[back]!
        if (entry.paragraph < paragraph - 5) break
        if (entry.person && compatible(entry.entity)) {
          chosen = entry.entity
          since = entry.offset
          break
        }
      }
      if (chosen === undefined) {
        for (let back = low - 1, steps = 0; back >= 0 && steps < 200; back--, steps++) {
          const mention = mentions[back]!
          if (mention.paragraph < paragraph - 3) break
          if (candidate(mention)) {
            chosen = mention.entity!
            break
          }
        }
      }
      if (chosen === undefined) return {resolution: 'none'}
      competitors.add(chosen)
      // Another compatible person named after the antecedent competes with it.
      for (let back = low - 1, steps = 0; back >= 0 && steps < 200; back--, steps++) {
        const mention = mentions[back]!
        if (mention.entity === chosen || mention.start < since) break
        if (candidate(mention)) competitors.add(mention.entity!)
      }
    }
    // "On Monday, the two men went to the county government. "…," he said": a pair just named leaves the pronoun open
    // between the latest two compatible speakers.
    if (competitors.size < 2 && pairNamedBefore(doc.text.slice(windowStart, word.start), gender)) {
      for (let back = this.history.length - 1; back >= 0 && competitors.size < 2; back--) {
        const entry = this.history[back]!
        if (entry.paragraph < paragraph - 5) break
        if (entry.person && entry.offset < word.start && compatible(entry.entity)) competitors.add(entry.entity)
      }
    }
    if (competitors.size >= 2) {
      return {entity: chosen, resolution: 'pronoun-ambiguous', candidates: [chosen, ...[...competitors].filter((id) => id !== chosen)]}
    }
    const entity = registry.entities[chosen]!.entity
    if (entity.gender === 'unknown' && gender !== 'unknown') entity.gender = gender
    return {entity: chosen, resolution: 'pronoun-unique'}
  }

  /** "it"/"they": the latest organisation, medium or group source nearby. */
  groupPronoun(index: number): SourceResolution {
    const paragraph = this.doc.paragraphOf[index]!
    for (let back = this.history.length - 1; back >= 0; back--) {
      const entry = this.history[back]!
      if (entry.paragraph < paragraph - 2) break
      if (!entry.person) return {entity: entry.entity, resolution: 'pronoun-unique'}
    }
    return {resolution: 'none'}
  }

  attribution(draft: Draft, resolved: Map<Draft, Attribution>, number: number): Attribution {
    const {doc} = this
    const attribution: Attribution = {id: `a${number}`, kind: draft.kind, content: draft.content.map((range) => ({start: range.start, end: range.end, text: doc.text.slice(range.start, range.end)})), rule: draft.rule}
    if (draft.cue) {
      const start = doc.words[draft.cue.start]!.start
      const end = doc.words[draft.cue.end - 1]!.end
      attribution.cue = {start, end, text: doc.text.slice(start, end), lemma: draft.cue.lemma, class: draft.cue.class, negated: draft.cue.negated}
      if (draft.cue.modal) attribution.cue.modal = draft.cue.modal
    }
    let main: {entity?: number; resolution: Resolution} | undefined
    if (draft.kind === 'carryover' && draft.from) {
      const root = resolved.get(draft.from)
      if (root?.source) {
        const source: NonNullable<Attribution['source']> = {start: root.source.start, end: root.source.end, text: root.source.text, resolution: 'carryover'}
        if (root.source.entity) source.entity = root.source.entity
        attribution.source = source
      }
    } else if (draft.source) {
      const result = draft.pronounCue ? this.personPronoun(draft.source.start, draft.pronounCue, draft.anchor) : this.resolve(draft.source, draft.anchor)
      main = result
      const span = this.span(draft.source)
      const source: NonNullable<Attribution['source']> = {start: span.start, end: span.end, text: span.text, resolution: result.resolution}
      const id = this.entityId(result.entity)
      if (id) source.entity = id
      if (result.candidates) source.candidates = result.candidates.map((candidate) => this.entityId(candidate)!)
      attribution.source = source
    }
    if (draft.recipient) attribution.recipient = this.span(draft.recipient)
    if (draft.chain.length > 0) {
      const chain: NonNullable<Attribution['chain']> = []
      const reporters = draft.chain.filter((link) => link.role === 'reporter')
      const cited = draft.chain.filter((link) => link.role === 'cited')
      const link = (role: 'reporter' | 'speaker' | 'cited', phrase: Phrase, cue?: {start: number; end: number}) => {
        const result = role === 'speaker' && main ? main : this.linkEntity(phrase)
        const source: Span & {entity?: string} = this.span(phrase)
        const id = this.entityId(result.entity)
        if (id) source.entity = id
        const element: NonNullable<Attribution['chain']>[number] = {role, source}
        if (cue) element.cue = {start: doc.words[cue.start]!.start, end: doc.words[cue.end - 1]!.end, text: doc.text.slice(doc.words[cue.start]!.start, doc.words[cue.end - 1]!.end)}
        chain.push(element)
      }
      for (const reporter of reporters) link('reporter', reporter.phrase, reporter.cue)
      if (draft.source) link('speaker', draft.source, draft.cue)
      for (const origin of cited) link('cited', origin.phrase, origin.cue)
      attribution.chain = chain
    }
    if (main?.entity !== undefined && main.resolution !== 'pronoun-ambiguous' && main.resolution !== 'none') {
      const type = this.registry.entities[main.entity]!.entity.type
      this.history.push({entity: main.entity, paragraph: draft.paragraph, person: type === 'person', offset: doc.words[draft.source!.start]!.start})
    }
    return attribution
  }

  /** The entity a chain element names: the first name or organisation in it, else a group. */
  linkEntity(phrase: Phrase): {entity?: number; resolution: Resolution} {
    const found = mentionsIn(this.registry, this.doc, phrase.start, phrase.end).filter((mention) => mention.entity !== undefined)
    const person = found.find((mention) => this.registry.entities[mention.entity!]!.entity.type === 'person')
    const chosen = person ?? found[0]
    if (chosen) return {entity: chosen.entity!, resolution: 'name-linked'}
    return this.resolve(phrase)
  }
}

/**
 * Whether a bare title (`the deputy`) between word `from` and offset `before` refers back to a compatible person other
 * than `speaker` (the latest holder of that title).
 */
function titleHolderSince(doc: Doc, registry: Registry, from: number, before: number, speaker: number, compatible: (id: number) => boolean): boolean {
  for (let index = from; index < doc.words.length && doc.words[index]!.start < before; index++) {
    const holder = bareTitleHolder(doc, registry, index, true)
    if (holder !== undefined && holder !== speaker && compatible(holder)) return true
  }
  return false
}

/**
 * The latest holder of the title that word `index` names alone after `the` (`the burgomaster`, `the deputy`), or
 * undefined. A title with its own of-phrase or name (`The president of the Province, Carla Anselmi`) is not alone:
 * a name in apposition always; with `loose`, also a name right after and any role word, not only titles.
 */
function bareTitleHolder(doc: Doc, registry: Registry, index: number, loose: boolean): number | undefined {
  const word = doc.words[index]!
  if (index === 0 || doc.words[index - 1]!.norm !== 'the' || doc.quoteOf[index] !== -1) return undefined
  const head = bareNorm(word)
  if (!(doc.lex.titles.has(head) || (loose && doc.lex.personRoles.has(head)))) return undefined
  const after = doc.words[index + 1]
  if (after && (after.norm === 'of' || ((loose || doc.gaps[index + 1]!.includes(',')) && /^\p{Lu}/u.test(after.value)))) return undefined
  return latestWithTitle(registry, head, word.start)
}

/** Whether `text` names a pair of people the pronoun's gender fits (`the two men`, `both women`, `the pair`). */
function pairNamedBefore(text: string, gender: 'm' | 'f' | 'unknown'): boolean {
  return pairPatterns[gender].test(text)
}

const pairPattern = (nouns: string): RegExp => new RegExp(`\\b(?:(?:the|these|those) two ${nouns}|both ${nouns}|the pair)\\b`, 'i')
const pairPatterns: Readonly<Record<'m' | 'f' | 'unknown', RegExp>> = {m: pairPattern('men'), f: pairPattern('women'), unknown: pairPattern('(?:men|women)')}
