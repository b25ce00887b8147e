/**
 * Gold attributions of `corpus/<id>/gold.json` and the extraction metrics
 * computed against them: exact-span and overlap precision/recall/F1 for
 * cue, source and content, with predictions matched to gold through their
 * cues (Citron's method), and content overlap for cue-less attributions.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import type {AttributionExtraction} from '../../src/index.js'
import type {Attribution} from '../../src/types.js'

export interface GoldSpan {
  text: string
  occurrence: number
}

export interface GoldAttribution {
  kind: string
  source?: GoldSpan
  cue?: GoldSpan
  cueClass?: string
  content?: GoldSpan
  speaker?: string | null
  resolvable?: boolean
  errors?: string[]
}

export interface CorpusCase {
  id: string
  mt: string
  reference: string
  gold?: {attributions?: {mt?: GoldAttribution[]; reference?: GoldAttribution[]}}
}

const corpus = new URL('../../corpus/', import.meta.url)

/** Every case of the corpus that has an `mt.txt` and a `reference.txt`. */
export function loadCorpus(): CorpusCase[] {
  if (!existsSync(corpus)) return []
  return readdirSync(corpus, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && existsSync(new URL(`${entry.name}/mt.txt`, corpus)) && existsSync(new URL(`${entry.name}/reference.txt`, corpus)))
    .map((entry) => {
      const read = (name: string) => readFileSync(new URL(`${entry.name}/${name}`, corpus), 'utf8')
      const goldPath = new URL(`${entry.name}/gold.json`, corpus)
      let gold: CorpusCase['gold']
      if (existsSync(goldPath)) {
        try {
          gold = JSON.parse(readFileSync(goldPath, 'utf8')) as CorpusCase['gold']
        } catch {
          gold = undefined
        }
      }
      return {id: entry.name, mt: read('mt.txt'), reference: read('reference.txt'), ...(gold ? {gold} : {})}
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}

interface Range {
  start: number
  end: number
}

/** The `occurrence`-th (1-based) occurrence of `span.text` in `text`, as a substring. */
export function locate(text: string, span: GoldSpan | undefined): Range | undefined {
  if (!span || !span.text) return undefined
  let from = 0
  for (let count = 1; ; count++) {
    const at = text.indexOf(span.text, from)
    if (at === -1) return undefined
    if (count === (span.occurrence ?? 1)) return {start: at, end: at + span.text.length}
    from = at + 1
  }
}

/** One attribution as the metrics see it: a cue, a source and the first content span. */
export interface FlatAttribution {
  kind: string
  cue?: Range
  source?: Range
  content?: Range
  contentText?: string
  speaker?: string
  resolvable?: boolean
}

/** Predictions, with chain intermediaries (`citing`, `quoted by`, outer `reported`) as attributions of their own, as the gold has them. */
export function flattenPredicted(extraction: AttributionExtraction, isResolvable: (attribution: Attribution) => boolean): FlatAttribution[] {
  const entities = new Map(extraction.entities.map((entity) => [entity.id, entity]))
  const flat: FlatAttribution[] = []
  for (const attribution of extraction.attributions) {
    const content = attribution.content[0]
    const item: FlatAttribution = {kind: attribution.kind, resolvable: isResolvable(attribution)}
    if (attribution.cue) item.cue = {start: attribution.cue.start, end: attribution.cue.end}
    if (attribution.source) item.source = {start: attribution.source.start, end: attribution.source.end}
    if (content) {
      item.content = {start: content.start, end: content.end}
      item.contentText = content.text
    }
    const entity = attribution.source?.entity ? entities.get(attribution.source.entity) : undefined
    if (entity) item.speaker = entity.canonical
    flat.push(item)
    for (const link of attribution.chain ?? []) {
      if (link.role === 'speaker' || !link.cue) continue
      // `X quoted Y as saying`: the gold has one attribution (Y's); X is the channel.
      if (attribution.cue?.text === 'as saying' && link.role === 'reporter') continue
      const linked: FlatAttribution = {kind: attribution.kind, cue: {start: link.cue.start, end: link.cue.end}, source: {start: link.source.start, end: link.source.end}, resolvable: link.source.entity !== undefined}
      if (content) {
        linked.content = {start: content.start, end: content.end}
        linked.contentText = content.text
      }
      const chainEntity = link.source.entity ? entities.get(link.source.entity) : undefined
      if (chainEntity) linked.speaker = chainEntity.canonical
      flat.push(linked)
    }
  }
  // Orphan quotes are extracted quotes with nobody credited (the gold lists them as cue-less direct quotes).
  for (const quote of extraction.orphanQuotes) {
    const start = quote.start + 1
    flat.push({kind: 'direct', content: {start, end: quote.end}, contentText: extraction.model.text.slice(start, quote.end), resolvable: false})
  }
  return flat
}

export function flattenGold(text: string, gold: GoldAttribution[]): FlatAttribution[] {
  return gold.map((attribution) => {
    const item: FlatAttribution = {kind: attribution.kind}
    const cue = locate(text, attribution.cue)
    const source = locate(text, attribution.source)
    const content = locate(text, attribution.content)
    if (cue) item.cue = cue
    if (source) item.source = source
    if (content) {
      item.content = content
      item.contentText = attribution.content!.text
    }
    if (attribution.speaker) item.speaker = attribution.speaker
    if (attribution.resolvable !== undefined) item.resolvable = attribution.resolvable
    return item
  })
}

export interface Counts {
  tp: number
  predicted: number
  gold: number
}

export interface Metrics {
  cueExact: Counts
  cueOverlap: Counts
  sourceExact: Counts
  sourceOverlap: Counts
  contentExact: Counts
  contentOverlap: Counts
  /** Matched attributions whose predicted resolvability equals the gold's. */
  resolvable: {agree: number; total: number}
  /** Gold attributions nothing matched, and predictions that match no gold (for debugging). */
  missed: FlatAttribution[]
  spurious: FlatAttribution[]
  /** Matched pairs whose sources overlap but differ (gold, predicted), for debugging. */
  sourceDiffs: Array<[FlatAttribution, FlatAttribution]>
}

export function emptyMetrics(): Metrics {
  const zero = (): Counts => ({tp: 0, predicted: 0, gold: 0})
  return {cueExact: zero(), cueOverlap: zero(), sourceExact: zero(), sourceOverlap: zero(), contentExact: zero(), contentOverlap: zero(), resolvable: {agree: 0, total: 0}, missed: [], spurious: [], sourceDiffs: []}
}

const overlaps = (a: Range | undefined, b: Range | undefined) => a !== undefined && b !== undefined && a.start < b.end && b.start < a.end
const same = (a: Range | undefined, b: Range | undefined) => a !== undefined && b !== undefined && a.start === b.start && a.end === b.end

/** Add one text's predictions and gold to `metrics`. */
export function score(metrics: Metrics, predicted: FlatAttribution[], gold: FlatAttribution[]): void {
  metrics.cueExact.predicted += predicted.filter((item) => item.cue).length
  metrics.cueOverlap.predicted += predicted.filter((item) => item.cue).length
  metrics.cueExact.gold += gold.filter((item) => item.cue).length
  metrics.cueOverlap.gold += gold.filter((item) => item.cue).length
  for (const key of ['sourceExact', 'sourceOverlap'] as const) {
    metrics[key].predicted += predicted.filter((item) => item.source).length
    metrics[key].gold += gold.filter((item) => item.source).length
  }
  for (const key of ['contentExact', 'contentOverlap'] as const) {
    metrics[key].predicted += predicted.filter((item) => item.content).length
    metrics[key].gold += gold.filter((item) => item.content).length
  }
  // Match gold to predictions: exact cue first, then overlapping cue, then (cue-less) overlapping content.
  const used = new Set<number>()
  const pairs: Array<[FlatAttribution, FlatAttribution]> = []
  const unmatched: FlatAttribution[] = []
  const pick = (item: FlatAttribution, test: (candidate: FlatAttribution) => boolean) => {
    let best = -1
    for (let index = 0; index < predicted.length; index++) {
      if (used.has(index) || !test(predicted[index]!)) continue
      // Among several, prefer the one whose content overlaps (a cue shared by a chain element).
      if (best === -1 || (overlaps(predicted[index]!.source, item.source) && !overlaps(predicted[best]!.source, item.source))) best = index
    }
    return best
  }
  for (const item of gold) {
    let index = item.cue ? pick(item, (candidate) => same(candidate.cue, item.cue)) : -1
    if (index === -1 && item.cue) index = pick(item, (candidate) => overlaps(candidate.cue, item.cue))
    if (index === -1 && !item.cue) index = pick(item, (candidate) => overlaps(candidate.content, item.content))
    if (index === -1) {
      unmatched.push(item)
      continue
    }
    used.add(index)
    pairs.push([item, predicted[index]!])
  }
  for (const [item, prediction] of pairs) {
    if (same(item.cue, prediction.cue)) metrics.cueExact.tp++
    if (overlaps(item.cue, prediction.cue)) metrics.cueOverlap.tp++
    if (same(item.source, prediction.source)) metrics.sourceExact.tp++
    if (overlaps(item.source, prediction.source)) metrics.sourceOverlap.tp++
    if (!same(item.source, prediction.source)) metrics.sourceDiffs.push([item, prediction])
    if (item.content && prediction.content && item.content.start === prediction.content.start && (prediction.contentText ?? '').startsWith(item.contentText ?? '')) metrics.contentExact.tp++
    if (overlaps(item.content, prediction.content)) metrics.contentOverlap.tp++
    if (item.resolvable !== undefined && prediction.resolvable !== undefined) {
      metrics.resolvable.total++
      if (item.resolvable === prediction.resolvable) metrics.resolvable.agree++
    }
  }
  metrics.missed.push(...unmatched)
  metrics.spurious.push(...predicted.filter((_, index) => !used.has(index)))
}

export function prf(counts: Counts): {p: number; r: number; f: number} {
  const p = counts.predicted === 0 ? 0 : counts.tp / counts.predicted
  const r = counts.gold === 0 ? 0 : counts.tp / counts.gold
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return {p, r, f}
}
