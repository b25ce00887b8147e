/**
 * Precision and recall of the artifact checks on the annotated corpus, the
 * clean references, and false flags on fluent original English. The
 * thresholds are the ones stated in the README.
 */
import {describe, expect, it} from 'vitest'
// @ts-expect-error -- plain JavaScript module shared with `node scripts/evaluate.js`
import {evaluate, heldOutCases, loadCorpus, occurrence} from '../scripts/evaluate.js'
import {checkSync} from '../src/index.js'

const artifactChecks = ['number-format', 'date-format', 'epithet-calque', 'literal-idiom', 'untranslated', 'title-garble', 'mt-boilerplate']

interface RuleStats {
  tp: number
  fp: number
  fn: number
  precision: number | null
  recall: number | null
  misses: string[]
  falseAlarms: string[]
}
interface Evaluation {
  perRule: Record<string, RuleStats>
  total: RuleStats
  heldOut: {cases: number; perRule: Record<string, RuleStats>; total: RuleStats} | null
  referenceFindings: string[]
  english: {words: number; findings: string[]; per2000: number | null}
}

const result = evaluate(checkSync, artifactChecks) as Evaluation

describe('corpus', () => {
  it('has gold spans that exist in the texts', () => {
    const articles = loadCorpus() as Array<{id: string; mt: string; gold: {artifacts: Array<{text: string; occurrence?: number}>}}>
    expect(articles.length).toBeGreaterThanOrEqual(9)
    for (const article of articles) {
      for (const artifact of article.gold.artifacts) expect(occurrence(article.mt, artifact.text, artifact.occurrence ?? 1), `${article.id}: ${artifact.text}`).toBeGreaterThanOrEqual(0)
    }
  })

  it('lists only existing cases as held out, and scores them apart from the tuned ones', () => {
    const ids = new Set((loadCorpus() as Array<{id: string}>).map((article) => article.id))
    const heldOut = heldOutCases() as Set<string>
    for (const id of heldOut) expect(ids.has(id), `${id} in corpus/held-out.json`).toBe(true)
    const scored = (evaluation: {total: RuleStats}) => evaluation.total.tp + evaluation.total.fn
    const all = (loadCorpus() as Array<{id: string; gold: {artifacts: Array<{ruleId: string}>}}>).flatMap((article) => article.gold.artifacts.filter((artifact) => artifactChecks.includes(artifact.ruleId)))
    expect(scored(result) + (result.heldOut ? scored(result.heldOut) : 0)).toBe(all.length)
  })

  it.each(artifactChecks)('%s: precision ≥ 95% and recall ≥ 80%', (ruleId) => {
    const stats = result.perRule[ruleId]!
    console.log(`${ruleId}: precision ${stats.precision?.toFixed(3)} recall ${stats.recall?.toFixed(3)} (tp ${stats.tp}, fp ${stats.fp}, fn ${stats.fn})`)
    expect(stats.tp + stats.fn, `${ruleId} has gold artifacts`).toBeGreaterThan(0)
    expect(stats.precision ?? 0, `false alarms: ${stats.falseAlarms.join(' | ')}`).toBeGreaterThanOrEqual(0.95)
    expect(stats.recall ?? 0, `misses: ${stats.misses.join(' | ')}`).toBeGreaterThanOrEqual(0.8)
  })

  it('flags at least 90% of all artifacts at ≥ 95% precision', () => {
    console.log(`all: precision ${result.total.precision?.toFixed(3)} recall ${result.total.recall?.toFixed(3)}`)
    expect(result.total.precision ?? 0).toBeGreaterThanOrEqual(0.95)
    expect(result.total.recall ?? 0).toBeGreaterThanOrEqual(0.9)
  })

  it('raises nothing on the reference texts', () => {
    expect(result.referenceFindings).toEqual([])
  })

  it('flags at most 1 word per 2,000 of fluent original English', () => {
    expect(result.english.words).toBeGreaterThanOrEqual(2000)
    expect(result.english.per2000 ?? Infinity, result.english.findings.join(' | ')).toBeLessThanOrEqual(1)
  })
})
