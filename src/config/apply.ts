/**
 * Apply the parts of a configuration that act on a finished report: the
 * glossary adds terminology findings, dismissed false positives are removed,
 * and the score is recomputed with `qualityScore()`.
 */
import {qualityScore} from '../score/quality.js'
import type {CheckOptions, Finding, Report} from '../types.js'
import {glossaryFindings} from './glossary.js'
import type {IgnoreRule, QaConfig} from './types.js'

/** What `applyConfig()` returns. */
export interface ConfiguredReport {
  report: Report
  /** Findings removed because an editor dismissed them (`ignores`). */
  dismissed: Finding[]
}

/** `check()` options from a configuration, merged over `options`. */
export function checkOptionsFrom(config: QaConfig, options?: CheckOptions | null): CheckOptions {
  return {...options, checks: {...config.checks, ...options?.checks}, lexicon: [...config.lexicon, ...(options?.lexicon ?? [])], scoring: {...config.scoring, ...options?.scoring}}
}

const normalize = (value: string) => value.replace(/\s+/g, ' ').trim()

/** Whether an editor dismissed `finding`. */
export function isDismissed(finding: Finding, ignores: readonly IgnoreRule[]): boolean {
  if (ignores.length === 0) return false
  const actual = normalize(finding.actual)
  return ignores.some((rule) => rule.ruleId === finding.ruleId && normalize(rule.actual) === actual)
}

/** The report of `text` with the glossary's findings added and dismissed findings removed. */
export function applyConfig(report: Report, text: string, config: QaConfig): ConfiguredReport {
  let findings = report.findings
  let changed = false
  if (config.glossary.length > 0 && config.glossarySeverity !== 'off') {
    const spans = new Set(findings.map((finding) => `${finding.start}:${finding.end}`))
    const added = glossaryFindings(text, config.glossary, config.glossarySeverity).filter((finding) => !spans.has(`${finding.start}:${finding.end}`))
    if (added.length > 0) {
      findings = [...findings, ...added].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
      changed = true
    }
  }
  const dismissed = findings.filter((finding) => isDismissed(finding, config.ignores))
  if (dismissed.length > 0) {
    findings = findings.filter((finding) => !dismissed.includes(finding))
    changed = true
  }
  if (!changed) return {report, dismissed}
  const score = qualityScore(findings, report.words, config.scoring)
  if (report.score.metrics) score.metrics = report.score.metrics
  return {report: {...report, findings, score}, dismissed}
}
