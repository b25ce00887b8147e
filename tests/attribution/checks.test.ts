/**
 * The attribution checks on the corpus: the seed article's known problems,
 * error-label precision and recall of the MT-alone checks against the gold
 * `errors`, clean references, false alarms per article, the
 * attribution-fidelity labels of the held-out articles against their gold
 * pairs, and the shape of `Report.attribution`.
 */
import {describe, expect, it} from 'vitest'
import {attributionBatches, heldOutIds} from './batches.js'
import {checkSync, type Finding, type Report} from '../../src/index.js'
import {loadCorpus, locate, type CorpusCase, type GoldAttribution} from './gold.js'

const corpus = loadCorpus().filter((article) => article.gold?.attributions)
const aloneRules = ['attribution-unintroduced', 'attribution-ambiguous', 'attribution-orphan-quote']
const isAttribution = (finding: Finding) => finding.ruleId.startsWith('attribution-')

const sourceLang = (article: CorpusCase) => (article as {gold?: {sourceLang?: string}}).gold?.sourceLang as 'id' | undefined
const alone = new Map<string, Report>()
const withReference = new Map<string, Report>()
for (const article of corpus) {
  alone.set(article.id, checkSync(article.mt, {sourceLang: sourceLang(article)}))
  withReference.set(article.id, checkSync(article.mt, {reference: article.reference, sourceLang: sourceLang(article)}))
}

interface Range {
  start: number
  end: number
}
const overlaps = (a: Range | undefined, b: Range | undefined) => a !== undefined && b !== undefined && a.start < b.end && b.start < a.end

/** Where a gold error sits: the source span, else the content (orphan quotes). */
function goldSpan(text: string, attribution: GoldAttribution): Range | undefined {
  return locate(text, attribution.source) ?? locate(text, attribution.content)
}

/**
 * MT-alone labels: a finding is correct when a gold attribution with the
 * same ruleId overlaps it. `attribution-unintroduced` is reported once per
 * person (at the first mention), so its gold is counted once per speaker.
 */
function labelCounts(article: CorpusCase, findings: Finding[]) {
  const gold = article.gold!.attributions!.mt ?? []
  const counts: Record<string, {tp: number; fp: number; fn: number; falseAlarms: string[]; misses: string[]}> = {}
  for (const rule of aloneRules) counts[rule] = {tp: 0, fp: 0, fn: 0, falseAlarms: [], misses: []}
  const labelled = gold.flatMap((attribution) => (attribution.errors ?? []).map((rule) => ({rule, attribution, span: goldSpan(article.mt, attribution)})))
  const found = new Set<number>()
  for (const finding of findings.filter((item) => aloneRules.includes(item.ruleId))) {
    const index = labelled.findIndex((item) => item.rule === finding.ruleId && overlaps(item.span, finding))
    if (index === -1) {
      counts[finding.ruleId]!.fp++
      counts[finding.ruleId]!.falseAlarms.push(`${article.id}: ${finding.message}`)
    } else {
      counts[finding.ruleId]!.tp++
      found.add(index)
      // The other mentions of the same unintroduced speaker are covered by this one finding.
      if (finding.ruleId === 'attribution-unintroduced') labelled.forEach((item, other) => item.rule === finding.ruleId && item.attribution.speaker === labelled[index]!.attribution.speaker && found.add(other))
    }
  }
  const missedSpeakers = new Set<string>()
  labelled.forEach((item, index) => {
    if (found.has(index)) return
    if (item.rule === 'attribution-unintroduced') {
      const key = item.attribution.speaker ?? item.attribution.source?.text ?? ''
      if (missedSpeakers.has(key)) return
      missedSpeakers.add(key)
    }
    counts[item.rule]!.fn++
    counts[item.rule]!.misses.push(`${article.id}: ${item.attribution.source?.text ?? item.attribution.content?.text}`)
  })
  return counts
}

/** Fidelity findings against the gold pairs: correct when the label matches and the MT span overlaps the gold MT attribution's source, cue or content. */
function fidelityCounts(article: CorpusCase, findings: Finding[]) {
  const gold = article.gold!.attributions as {mt: GoldAttribution[]; reference: GoldAttribution[]; pairs?: Array<{mt: number | null; reference: number | null; labels: string[]}>}
  const expected = (gold.pairs ?? []).flatMap((pair) =>
    pair.labels.map((label) => {
      const attribution = pair.mt === null ? undefined : gold.mt[pair.mt]
      const spans = attribution ? [locate(article.mt, attribution.source), locate(article.mt, attribution.cue), locate(article.mt, attribution.content)] : []
      return {label, spans, text: attribution?.source?.text ?? attribution?.cue?.text ?? ''}
    })
  )
  const hit = new Set<number>()
  const falseAlarms: string[] = []
  for (const finding of findings.filter((item) => item.ruleId === 'attribution-fidelity')) {
    const index = expected.findIndex((item, at) => !hit.has(at) && item.label === finding.subId && item.spans.some((span) => overlaps(span, finding)))
    if (index === -1) falseAlarms.push(`${article.id}: ${finding.subId} ${finding.message}`)
    else hit.add(index)
  }
  const misses = expected.filter((_, index) => !hit.has(index)).map((item) => `${article.id}: ${item.label} at ${item.text}`)
  return {tp: hit.size, fp: falseAlarms.length, fn: misses.length, falseAlarms, misses}
}

describe('attribution checks on the seed article alone', () => {
  const seed = corpus.find((article) => article.id.startsWith('000-'))!
  const report = alone.get(seed.id)!
  const attribution = report.attribution!
  const entities = new Map(attribution.mt.entities.map((entity) => [entity.id, entity]))
  const speakerOf = (content: string) => {
    const found = attribution.mt.attributions.find((item) => item.content.some((span) => span.text.includes(content)))
    expect(found, `an attribution with content "${content}"`).toBeDefined()
    return {attribution: found!, entity: found!.source?.entity ? entities.get(found!.source.entity) : undefined}
  }

  it('"Kirby said" is attribution-unintroduced', () => {
    const findings = report.findings.filter((finding) => finding.ruleId === 'attribution-unintroduced')
    const kirby = findings.find((finding) => finding.actual === 'Kirby')
    expect(kirby, JSON.stringify(findings)).toBeDefined()
    expect(seed.mt.slice(kirby!.start, kirby!.end)).toBe('Kirby')
    expect(kirby!.start).toBe(seed.mt.indexOf('Kirby said'))
  })

  it('extracts the quotes of Kirby, Lukashenko and Park Sun-won with their cues and resolves them', () => {
    const cases: Array<[string, string, string]> = [
      ['We consider that these soldiers traveled by ship', 'said', 'Kirby'],
      ["We don't know if these soldiers will join the fight", 'added', 'Kirby'],
      ['If they are actually deployed to fight Ukraine', 'said', 'Kirby'],
      ['So it is possible that some North Korean soldiers', 'said', 'Kirby'],
      ["It's empty", 'told', 'Lukashenko'],
      ['Knowing his character, Putin will never try', 'continued', 'Lukashenko'],
      ['would be a step towards an escalation', 'said', 'Lukashenko'],
      ['After the first wave arrived in Russia', 'told', 'Park Sun-won']
    ]
    for (const [content, cue, speaker] of cases) {
      const {attribution: found, entity} = speakerOf(content)
      expect(found.cue?.text, content).toBe(cue)
      expect(entity?.canonical, content).toContain(speaker)
      expect(entity?.type).toBe('person')
    }
    const lukashenko = speakerOf("It's empty").entity!
    expect(lukashenko.canonical).toBe('Alexander Lukashenko')
    expect(lukashenko.introducedByFullName).toBe(true)
    const park = speakerOf('After the first wave arrived in Russia')
    expect(park.entity!.canonical).toBe('Park Sun-won')
    expect(park.entity!.family).toBe('Park')
    expect(park.attribution.recipient?.text).toBe('reporters')
    expect(park.attribution.chain?.some((link) => link.role === 'cited' && link.source.text.includes('Cho Tae-yong'))).toBe(true)
  })
})

describe('attribution checks on the corpus', () => {
  it('error-label precision and recall of the MT-alone checks (tuned and held-out)', () => {
    for (const [name, articles] of [
      ['tuned', corpus.filter((article) => !heldOutIds.has(article.id))],
      ...attributionBatches.map((batch, index) => [`held-out batch ${index + 1}`, corpus.filter((article) => batch.has(article.id))] as const)
    ] as const) {
      const total: Record<string, {tp: number; fp: number; fn: number; falseAlarms: string[]; misses: string[]}> = {}
      for (const article of articles) {
        for (const [rule, counts] of Object.entries(labelCounts(article, alone.get(article.id)!.findings))) {
          const into = (total[rule] ??= {tp: 0, fp: 0, fn: 0, falseAlarms: [], misses: []})
          into.tp += counts.tp
          into.fp += counts.fp
          into.fn += counts.fn
          into.falseAlarms.push(...counts.falseAlarms)
          into.misses.push(...counts.misses)
        }
      }
      for (const [rule, counts] of Object.entries(total)) {
        const precision = counts.tp + counts.fp === 0 ? null : counts.tp / (counts.tp + counts.fp)
        const recall = counts.tp + counts.fn === 0 ? null : counts.tp / (counts.tp + counts.fn)
        console.log(`${name} ${rule}: precision ${precision?.toFixed(3) ?? 'n/a'} recall ${recall?.toFixed(3) ?? 'n/a'} (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})${counts.falseAlarms.length ? `\n  false alarms: ${counts.falseAlarms.join('\n  ')}` : ''}${counts.misses.length ? `\n  misses: ${counts.misses.join('\n  ')}` : ''}`)
        if (name === 'tuned') {
          expect(precision ?? 1, `${rule} false alarms`).toBeGreaterThanOrEqual(0.8)
          expect(recall ?? 1, `${rule} misses`).toBeGreaterThanOrEqual(0.8)
        }
      }
    }
  })

  for (const [name, batch] of attributionBatches.slice(0, 4).map((batch, index) => [`batch ${index + 1}`, batch] as const))
  it(`held-out ${name}: gold fidelity labels (surname-only first mention, stance shift, source dropped)`, () => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const article of corpus.filter((item) => batch.has(item.id))) {
      const counts = fidelityCounts(article, withReference.get(article.id)!.findings)
      tp += counts.tp
      fp += counts.fp
      fn += counts.fn
      console.log(`${article.id} fidelity: tp ${counts.tp} fp ${counts.fp} fn ${counts.fn}${counts.falseAlarms.length ? `\n  false alarms: ${counts.falseAlarms.join('\n  ')}` : ''}${counts.misses.length ? `\n  misses: ${counts.misses.join('\n  ')}` : ''}`)
    }
    console.log(`held-out ${name} fidelity labels: precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} recall ${(tp / Math.max(1, tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`)
  })

  // Several batches failed these two properties on their first runs (docs/attribution.md has which and why); every
  // article of the corpus holds both since their fixes.
  it('a clean reference checked alone raises no attribution findings', () => {
    for (const article of corpus) {
      const findings = checkSync(article.reference, {sourceLang: sourceLang(article)}).findings.filter(isAttribution)
      expect(findings.map((finding) => `${finding.ruleId}: ${finding.message}`), article.id).toEqual([])
    }
  })

  it('at most one false alarm per MT article (MT alone)', () => {
    for (const article of corpus) {
      const counts = labelCounts(article, alone.get(article.id)!.findings)
      const falseAlarms = Object.values(counts).flatMap((item) => item.falseAlarms)
      expect(falseAlarms.length, falseAlarms.join('\n')).toBeLessThanOrEqual(1)
    }
  })

  it('prints the attribution-fidelity findings of every article against its reference', () => {
    for (const article of corpus) {
      const findings = withReference.get(article.id)!.findings.filter((finding) => finding.ruleId === 'attribution-fidelity')
      console.log(`${article.id}: ${findings.length} fidelity findings\n  ${findings.map((finding) => `${finding.subId} ${finding.severity}: ${finding.message}`).join('\n  ')}`)
      const score = withReference.get(article.id)!.attribution!.score
      console.log(`  score P ${score.precision?.toFixed(3)} R ${score.recall?.toFixed(3)} F1 ${score.f1?.toFixed(3)} resolvability ${score.resolvability?.toFixed(3)}`)
    }
  })
})
