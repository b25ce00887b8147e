/**
 * The quality score: categories from MQM Core, severity weights
 * neutral 0 / minor 1 / major 5 / critical 25 (configurable), and the
 * raw scoring model: score = 100 × (1 − penalty / words).
 */
import {TranslationQaError} from '../core/errors.js'
import type {Category, CategoryScore, Finding, QualityScore, ScoreOptions, Severity} from '../types.js'

export const defaultWeights: Readonly<Record<Severity, number>> = {neutral: 0, minor: 1, major: 5, critical: 25}
// 99 allows about one major error per 500 words; two in a 700-word article fail.
export const defaultThreshold = 99

/** Score `findings` of a text of `words` words. */
export function qualityScore(findings: readonly ScoredFinding[], words: number, options?: ScoreOptions | null): QualityScore {
  const weights = resolveWeights(options?.weights)
  const threshold = options?.threshold ?? defaultThreshold
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new TranslationQaError('invalid-option', `Unexpected \`scoring.threshold\` ${JSON.stringify(threshold)}, expected a number from 0 to 100`)
  }
  const criticalFails = options?.criticalFails ?? true
  const counts: Record<Severity, number> = {neutral: 0, minor: 0, major: 0, critical: 0}
  const categories = new Map<Category, CategoryScore>()
  let penalty = 0
  const scored = penalisedFindings(findings, weights)
  for (const [index, finding] of findings.entries()) {
    counts[finding.severity]++
    const weight = scored.has(index) ? weights[finding.severity] : 0
    penalty += weight
    const entry = categories.get(finding.category) ?? {category: finding.category, count: 0, penalty: 0}
    entry.count++
    entry.penalty += weight
    categories.set(finding.category, entry)
  }
  // An empty text has nothing to score against: one word avoids dividing by zero.
  const evaluated = Math.max(1, words)
  const score = round(100 * (1 - penalty / evaluated))
  const critical = criticalFails && counts.critical > 0
  const pass = !critical && score >= threshold
  return {
    score,
    penalty: round(penalty),
    perThousandWords: round((penalty / evaluated) * 1000),
    words,
    threshold,
    pass,
    verdict: pass ? 'publish' : critical ? 'reject' : 'fix',
    counts,
    categories: [...categories.values()].sort((a, b) => b.penalty - a.penalty || a.category.localeCompare(b.category)),
    weights
  }
}

/** A finding as the score reads it: severity and category, and its span when it has one. */
export type ScoredFinding = Pick<Finding, 'severity' | 'category'> & Partial<Pick<Finding, 'start' | 'end'>>

/**
 * Indexes of the findings that carry a penalty. Several checks may flag the
 * same span for one error (`Kirby` is unintroduced, and the reference names
 * him in full): an error is penalised once, at its highest severity, as MQM
 * annotates one error once.
 */
function penalisedFindings(findings: readonly ScoredFinding[], weights: Record<Severity, number>): Set<number> {
  const best = new Map<string, number>()
  const result = new Set<number>()
  findings.forEach((finding, index) => {
    if (finding.start === undefined || finding.end === undefined) {
      result.add(index)
      return
    }
    const key = `${finding.start}:${finding.end}`
    const current = best.get(key)
    if (current === undefined || weights[finding.severity] > weights[findings[current]!.severity]) best.set(key, index)
  })
  for (const index of best.values()) result.add(index)
  return result
}

function resolveWeights(weights: ScoreOptions['weights']): Record<Severity, number> {
  const result = {...defaultWeights}
  if (!weights) return result
  for (const [key, value] of Object.entries(weights)) {
    if (!(key in defaultWeights)) throw new TranslationQaError('invalid-option', `Unexpected \`scoring.weights.${key}\`, expected one of \`neutral\`, \`minor\`, \`major\`, \`critical\``)
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new TranslationQaError('invalid-option', `Unexpected \`scoring.weights.${key}\` ${JSON.stringify(value)}, expected a number ≥ 0`)
    result[key as Severity] = value
  }
  return result
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
