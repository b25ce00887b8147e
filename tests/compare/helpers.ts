/** Shared helpers of the reference-check tests. */
import {expect} from 'vitest'
import type {Report} from '../../src/index.js'

export const referenceChecks = ['number-fidelity', 'name-fidelity', 'omission', 'addition', 'pronoun-shift', 'reference-term'] as const

/** Every finding's `start/end` slices the MT to `actual`, and its `reference` slices the reference to its `text`. */
export function expectSpans(report: Report, mt: string, reference: string): void {
  for (const finding of report.findings) {
    expect(mt.slice(finding.start, finding.end), `${finding.ruleId} span`).toBe(finding.actual)
    if (finding.reference) expect(reference.slice(finding.reference.start, finding.reference.end), `${finding.ruleId} reference span`).toBe(finding.reference.text)
  }
  for (const finding of report.findings.filter((item) => (referenceChecks as readonly string[]).includes(item.ruleId))) {
    expect(finding.reference, `${finding.ruleId} has a reference span`).toBeDefined()
    expect(finding.actual.length, `${finding.ruleId} actual is not empty`).toBeGreaterThan(0)
  }
}

