import {checkSync, type CheckOptions, type Finding} from '../../src/index.js'

/** Findings of one check on `text`. */
export function findingsOf(ruleId: string, text: string, options: CheckOptions = {}): Finding[] {
  return checkSync(text, options).findings.filter((finding) => finding.ruleId === ruleId)
}

/** `actual → expected[0]` of each finding of one check, the way a reviewer reads them. */
export function flagged(ruleId: string, text: string, options: CheckOptions = {}): string[] {
  return findingsOf(ruleId, text, options).map((finding) => `${finding.actual} → ${finding.expected[0] ?? '∅'}`)
}
