/**
 * Checkstyle XML, the format CI dashboards and review bots read, in
 * textlint's shape: `<error line column severity message="… (ruleId)"
 * source="translation-qa.<ruleId>"/>`, with `& < > " '` escaped.
 */
import {packageName} from '../core/define-check.js'
import type {Report, Severity} from '../types.js'
import {escapeXml} from './escape.js'

/** Options of `renderCheckstyle()`. */
export interface CheckstyleOptions {
  /** Name of the checked file (default: `'text.txt'`). */
  name?: string | null | undefined
}

/** One checked file for `renderCheckstyle()`. */
export interface CheckstyleFile {
  name: string
  report: Report
}

function checkstyleSeverity(severity: Severity): 'error' | 'warning' | 'info' {
  return severity === 'critical' || severity === 'major' ? 'error' : severity === 'minor' ? 'warning' : 'info'
}

/** Render one report, or several files' reports, as checkstyle XML. */
export function renderCheckstyle(input: Report | readonly CheckstyleFile[], options?: CheckstyleOptions | null): string {
  const files: readonly CheckstyleFile[] = Array.isArray(input) ? input : [{name: options?.name ?? 'text.txt', report: input as Report}]
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const {name, report} of files) {
    lines.push(`  <file name="${escapeXml(name)}">`)
    for (const finding of report.findings) {
      const attributes = [
        `line="${finding.line}"`,
        `column="${finding.column}"`,
        `severity="${checkstyleSeverity(finding.severity)}"`,
        `message="${escapeXml(`${finding.message} (${finding.ruleId})`)}"`,
        `source="${escapeXml(`${packageName}.${finding.ruleId}`)}"`
      ]
      lines.push(`    <error ${attributes.join(' ')} />`)
    }
    lines.push('  </file>')
  }
  lines.push('</checkstyle>')
  return lines.join('\n') + '\n'
}
