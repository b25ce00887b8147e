/**
 * The text report an editor reads in a terminal: verdict and score first,
 * then each finding with its line, severity, message and the words around it.
 */
import {languageName} from '../locales/conventions.js'
import type {Finding, Report, Severity} from '../types.js'

export interface TextOptions {
  /** The checked text, to show each finding in context. */
  text?: string | null | undefined
  /** Name of the checked file, shown in the header. */
  name?: string | null | undefined
  /** ANSI colours (default: false). */
  color?: boolean | null | undefined
}

const colors: Record<Severity | 'bold' | 'dim' | 'reset' | 'pass' | 'fail', string> = {
  critical: '\u001B[35m',
  major: '\u001B[31m',
  minor: '\u001B[33m',
  neutral: '\u001B[36m',
  bold: '\u001B[1m',
  dim: '\u001B[2m',
  reset: '\u001B[0m',
  pass: '\u001B[32m',
  fail: '\u001B[31m'
}

/** Render `report` as plain text. */
export function renderText(report: Report, options?: TextOptions | null): string {
  const paint = (kind: keyof typeof colors, value: string) => (options?.color ? `${colors[kind]}${value}${colors.reset}` : value)
  const {score, language} = report
  const lines: string[] = []
  const languages = `${language.source ? languageName(language.source) : 'unknown source'} → ${languageName(language.target)}`
  lines.push(paint('bold', `${options?.name ?? 'text'}`) + `  (${languages}, ${report.words} words)`)
  const verdict = score.verdict === 'publish' ? paint('pass', 'PUBLISH') : paint('fail', score.verdict.toUpperCase())
  lines.push(`Verdict: ${verdict}  score ${score.score.toFixed(2)} / 100 (pass ≥ ${score.threshold}), penalty ${score.penalty} (${score.perThousandWords} per 1,000 words)`)
  lines.push(`Findings: ${report.findings.length} — ${(['critical', 'major', 'minor', 'neutral'] as const).map((severity) => `${score.counts[severity]} ${severity}`).join(', ')}`)
  if (score.metrics) {
    const metrics = score.metrics
    lines.push(`Against the reference: BLEU ${metrics.bleu.toFixed(2)}, chrF ${metrics.chrf.toFixed(2)}, chrF++ ${metrics.chrfPlusPlus.toFixed(2)}, TER ${metrics.ter.toFixed(2)}`)
  }
  if (report.attribution) {
    const attribution = report.attribution.score
    const parts = [`${report.attribution.mt.attributions.length} attributions`]
    if (attribution.resolvability !== null) parts.push(`speakers resolvable ${(attribution.resolvability * 100).toFixed(0)}%`)
    if (attribution.f1 !== null) parts.push(`fidelity F1 ${attribution.f1.toFixed(2)}`)
    lines.push(`Attribution: ${parts.join(', ')}`)
  }
  if (report.findings.length > 0) lines.push('')
  const width = Math.max(0, ...report.findings.map((finding) => place(finding).length))
  for (const finding of report.findings) {
    lines.push(`${place(finding).padEnd(width)}  ${paint(finding.severity, finding.severity.padEnd(8))}  ${finding.message}  ${paint('dim', finding.ruleId)}`)
    if (options?.text) lines.push(`${' '.repeat(width)}  ${paint('dim', excerpt(options.text, finding))}`)
  }
  if (score.categories.length > 0) {
    lines.push('', 'By category (MQM Core dimensions):')
    for (const category of score.categories) lines.push(`  ${category.category.padEnd(40)} ${String(category.count).padStart(3)} finding${category.count === 1 ? ' ' : 's'}  penalty ${category.penalty}`)
  }
  return lines.join('\n') + '\n'
}

function place(finding: Finding): string {
  return `${finding.line}:${finding.column}`
}

/** The finding's words with a little text on each side, on one line. */
function excerpt(text: string, finding: Finding): string {
  const before = text.slice(Math.max(0, finding.start - 30), finding.start).replace(/\s+/g, ' ')
  const after = text.slice(finding.end, finding.end + 30).replace(/\s+/g, ' ')
  const actual = finding.actual.length > 60 ? `${finding.actual.slice(0, 57)}…` : finding.actual
  return `…${before}[${actual.replace(/\s+/g, ' ')}]${after}…`
}
