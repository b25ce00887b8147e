/**
 * `Report.attribution`: `{mt, reference, pairs, score}`, JSON-safe, with
 * precision/recall/F1 `null` (not 1) when neither text attributes anything.
 */
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'

const mt = 'SEOUL - The bridge will reopen on Monday, the city said. "We are ready," Mayor Kim Min-ji told reporters. Kim added that traffic would be light.'
const reference = 'SEOUL - The bridge will reopen on Monday, the city said. "We are ready," Mayor Kim Min-ji told reporters. She added that traffic would be light.'

describe('Report.attribution', () => {
  it('has mt, reference, pairs and score, and survives JSON', () => {
    const report = checkSync(mt, {reference})
    const section = report.attribution!
    expect(Object.keys(section).sort()).toEqual(['mt', 'pairs', 'reference', 'score'])
    expect(section.mt.attributions.length, JSON.stringify(section.mt.attributions.map((a) => [a.kind, a.source?.text, a.cue?.text]))).toBeGreaterThanOrEqual(3)
    expect(section.reference!.attributions.length).toBeGreaterThanOrEqual(3)
    for (const attribution of section.mt.attributions) {
      for (const span of [attribution.source, attribution.cue, ...attribution.content]) if (span) expect(mt.slice(span.start, span.end)).toBe(span.text)
    }
    for (const pair of section.pairs) {
      expect(pair.fidelity).toBeGreaterThanOrEqual(0)
      expect(pair.fidelity).toBeLessThanOrEqual(1)
      expect(pair.fidelity).toBeCloseTo(0.5 * pair.sourceMatch + 0.3 * pair.cueMatch + 0.2 * pair.resolvability, 2)
    }
    const {score} = section
    expect(score.precision).toBeGreaterThan(0.5)
    expect(score.recall).toBeGreaterThan(0.5)
    expect(score.f1).toBeCloseTo((2 * score.precision! * score.recall!) / (score.precision! + score.recall!), 2)
    expect(score.resolvability).toBe(1)
    expect(JSON.parse(JSON.stringify(section))).toEqual(section)
  })

  it('MT alone: extraction and resolvability, no fidelity score', () => {
    const section = checkSync(mt).attribution!
    expect(section.reference).toBeUndefined()
    expect(section.pairs).toEqual([])
    expect(section.score.precision).toBeNull()
    expect(section.score.recall).toBeNull()
    expect(section.score.f1).toBeNull()
    expect(section.score.resolvability).toBe(1)
  })

  it('precision, recall and F1 are null, not 1, when neither text attributes anything', () => {
    const section = checkSync('The bridge reopened on Monday. Traffic was light all day.', {reference: 'The bridge reopened Monday. Traffic was light all day.'}).attribution!
    expect(section.mt.attributions).toEqual([])
    expect(section.reference!.attributions).toEqual([])
    expect(section.score.precision).toBeNull()
    expect(section.score.recall).toBeNull()
    expect(section.score.f1).toBeNull()
    expect(section.score.resolvability).toBeNull()
  })

  it('an MT that drops every attribution scores 0, not null', () => {
    const section = checkSync('The bridge will reopen on Monday. Traffic will be light.', {reference: 'The bridge will reopen on Monday, the city said. Traffic will be light, the mayor added.'}).attribution!
    expect(section.score.recall).toBe(0)
    expect(section.score.f1).toBe(0)
  })
})
