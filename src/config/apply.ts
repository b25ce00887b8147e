/**
 * Apply a configuration: its checks, scoring, lexicon and glossary become
 * `check()` options (`checkOptionsFrom()`); on the finished report,
 * dismissed false positives are removed and the score is recomputed with
 * `qualityScore()` (`applyConfig()`).
 */
import {qualityScore} from '../score/quality.js'
import type {CheckOptions, Finding, Report} from '../types.js'
import type {IgnoreRule, QaConfig} from './types.js'

/** What `applyConfig()` returns. */
export interface ConfiguredReport {
  report: Report
  /** Findings removed because an editor dismissed them (`ignores`). */
  dismissed: Finding[]
}

/** `check()` options from a configuration, merged over `options`. */
export function checkOptionsFrom(config: QaConfig, options?: CheckOptions | null): CheckOptions {
  return {
    ...options,
    checks: {...config.checks, ...options?.checks},
    lexicon: [...config.lexicon, ...(options?.lexicon ?? [])],
    glossary: [...config.glossary, ...(options?.glossary ?? [])],
    scoring: {...config.scoring, ...options?.scoring}
  }
}

const normalize = (value: string) => value.replace(/\s+/g, ' ').trim()

/** Whether an editor dismissed `finding`. */
export function isDismissed(finding: Finding, ignores: readonly IgnoreRule[]): boolean {
  if (ignores.length === 0) return false
  const actual = normalize(finding.actual)
  return ignores.some((rule) => rule.ruleId === finding.ruleId && normalize(rule.actual) === actual)
}

/** The report with the findings an editor dismissed removed (and the score recomputed without them). */
export function applyConfig(report: Report, config: QaConfig): ConfiguredReport {
  const dismissed = report.findings.filter((finding) => isDismissed(finding, config.ignores))
  if (dismissed.length === 0) return {report, dismissed}
  const findings = report.findings.filter((finding) => !dismissed.includes(finding))
  const score = qualityScore(findings, report.words, config.scoring)
  if (report.score.metrics) score.metrics = report.score.metrics
  return {report: {...report, findings, score}, dismissed}
}
