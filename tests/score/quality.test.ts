import {describe, expect, it} from 'vitest'
import {checkSync, defaultThreshold, defaultWeights, qualityScore, renderHtml, renderSarif, renderText, type Category, type Finding, type Severity} from '../../src/index.js'

const finding = (severity: Severity, category: Category = 'locale-convention/number-format'): Pick<Finding, 'severity' | 'category'> => ({severity, category})

describe('qualityScore', () => {
  it('weighs severities neutral 0, minor 1, major 5, critical 25 by default, with a threshold of 99', () => {
    expect(defaultWeights).toEqual({neutral: 0, minor: 1, major: 5, critical: 25})
    expect(defaultThreshold).toBe(99)
    const score = qualityScore([finding('neutral'), finding('minor'), finding('major'), finding('major', 'accuracy/mistranslation')], 700)
    expect(score).toMatchObject({penalty: 11, words: 700, threshold: 99, counts: {neutral: 1, minor: 1, major: 2, critical: 0}, weights: defaultWeights})
  })

  it('gives the absolute penalty, the penalty per 1,000 words and 100 × (1 − penalty / words)', () => {
    const score = qualityScore([finding('major'), finding('minor'), finding('minor')], 350)
    expect(score.penalty).toBe(7)
    expect(score.perThousandWords).toBe(20)
    expect(score.score).toBe(98)
    // Scores may go below zero: a short text with many errors is not clamped to look better than it is.
    expect(qualityScore([finding('critical')], 10).score).toBe(-150)
  })

  it('passes at or above the threshold, and otherwise gives `fix`', () => {
    const findings = [finding('major')]
    expect(qualityScore(findings, 500)).toMatchObject({score: 99, pass: true, verdict: 'publish'})
    expect(qualityScore(findings, 480)).toMatchObject({score: 98.96, pass: false, verdict: 'fix'})
    expect(qualityScore(findings, 100, {threshold: 95})).toMatchObject({score: 95, pass: true, verdict: 'publish'})
    expect(qualityScore([], 0)).toMatchObject({score: 100, pass: true, verdict: 'publish', perThousandWords: 0})
  })

  it('rejects any critical finding by default, and not with `criticalFails: false`', () => {
    const findings = [finding('critical')]
    expect(qualityScore(findings, 10_000)).toMatchObject({score: 99.75, pass: false, verdict: 'reject'})
    expect(qualityScore(findings, 10_000, {criticalFails: false})).toMatchObject({score: 99.75, pass: true, verdict: 'publish'})
    // Without criticalFails a low score still fails, as `fix`.
    expect(qualityScore(findings, 100, {criticalFails: false})).toMatchObject({pass: false, verdict: 'fix'})
  })

  it('takes configurable weights, merged over the defaults', () => {
    const score = qualityScore([finding('minor'), finding('major'), finding('critical')], 1000, {weights: {minor: 0.5, critical: 10}})
    expect(score.weights).toEqual({neutral: 0, minor: 0.5, major: 5, critical: 10})
    expect(score.penalty).toBe(15.5)
    expect(score.perThousandWords).toBe(15.5)
  })

  it('breaks the penalty down by category, largest first', () => {
    const score = qualityScore([finding('minor', 'accuracy/attribution'), finding('major', 'accuracy/mistranslation'), finding('minor', 'accuracy/attribution'), finding('neutral', 'style/awkward')], 1000)
    expect(score.categories).toEqual([
      {category: 'accuracy/mistranslation', count: 1, penalty: 5},
      {category: 'accuracy/attribution', count: 2, penalty: 2},
      {category: 'style/awkward', count: 1, penalty: 0}
    ])
  })

  it('refuses bad settings with the key and what is allowed', () => {
    expect(() => qualityScore([], 10, {threshold: 101})).toThrow('Unexpected `scoring.threshold` 101, expected a number from 0 to 100')
    expect(() => qualityScore([], 10, {weights: {major: -1}})).toThrow('Unexpected `scoring.weights.major` -1, expected a number ≥ 0')
    expect(() => qualityScore([], 10, {weights: {severe: 3} as never})).toThrow('Unexpected `scoring.weights.severe`, expected one of `neutral`, `minor`, `major`, `critical`')
  })

  it('is what check() reports, with the scoring options passed through', () => {
    const text = "They paid $2.000 each in Uncle Sam's country."
    const report = checkSync(text, {sourceLang: 'id', scoring: {threshold: 10, weights: {major: 2}}})
    expect(report.score).toEqual(qualityScore(report.findings, report.words, {threshold: 10, weights: {major: 2}}))
    expect(report.score.threshold).toBe(10)
  })

  it('is never called an MQM score: the reports say it uses MQM Core categories', () => {
    const text = "They paid $2.000 each in Uncle Sam's country."
    const report = checkSync(text, {sourceLang: 'id'})
    for (const output of [renderText(report, {text}), renderHtml(report, {mt: text}), renderSarif(report)]) {
      for (const match of output.matchAll(/MQM\S*(?:\s+\S+)?/g)) expect(match[0]).toMatch(/^MQM Core\b/)
    }
  })
})

describe('one error flagged by several checks', () => {
  it('is penalised once, at its highest severity', () => {
    const same = [
      {severity: 'minor' as const, category: 'accuracy/attribution' as const, start: 10, end: 15},
      {severity: 'major' as const, category: 'accuracy/mistranslation' as const, start: 10, end: 15},
      {severity: 'minor' as const, category: 'accuracy/attribution' as const, start: 10, end: 15}
    ]
    const score = qualityScore(same, 1000)
    expect(score.penalty).toBe(5)
    expect(score.counts.minor).toBe(2)
    expect(qualityScore([...same, {severity: 'minor' as const, category: 'accuracy/attribution' as const, start: 10, end: 16}], 1000).penalty).toBe(6)
  })
})
