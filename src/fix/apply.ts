/**
 * `applyFixes()`: apply the safe suggestions of findings to the text, with
 * textlint's algorithm (@textlint/source-code-fixer): each safe finding is
 * replaced by its first suggestion; fixes sorted by end
 * then start offset, descending; a fix is applied only when it ends at or
 * before the start of the last applied one, otherwise it is kept in
 * `remaining`. A byte-order mark is kept, and offsets count from after it.
 */
import type {Finding} from '../types.js'

/** What `applyFixes()` returns. */
export interface FixResult {
  /** The text with the fixes applied. */
  output: string
  /** Findings whose fix was applied, in text order. */
  applied: Finding[]
  /** Findings left for an editor (unsafe, overlapping, or not matching the text), in their input order. */
  remaining: Finding[]
}

const bom = '\uFEFF'

/**
 * Whether `finding` carries a fix that may be applied without an editor:
 * the check marks it `fixable`, which vouches for its first suggestion
 * (`expected[0]`, the best one; see `Finding.fixable`). A finding with no
 * suggestion (`expected: []`: remove or rephrase) always needs an editor: a
 * deletion is never applied automatically.
 */
export function isSafeFix(finding: Pick<Finding, 'fixable' | 'expected'>): boolean {
  return finding.fixable === true && Array.isArray(finding.expected) && finding.expected.length > 0 && typeof finding.expected[0] === 'string'
}

/** The replacement text of a safe fix. */
export function fixReplacement(finding: Pick<Finding, 'expected'>): string {
  return finding.expected[0] ?? ''
}

/**
 * Apply the safe fixes among `findings` to `text`.
 *
 * Offsets are those of `check()` on the text without its byte-order mark
 * (what the CLI reads); the mark, if any, is kept in `output`. A finding
 * whose `actual` is not the text at its offsets (the text changed since it
 * was checked) is never applied.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` of applyFixes() to be a string, got ${text === null ? 'null' : typeof text}`)
  if (!Array.isArray(findings)) throw new TypeError(`Expected \`findings\` of applyFixes() to be an array of findings (\`report.findings\`), got ${findings === null ? 'null' : typeof findings}`)
  const prefix = text.startsWith(bom) ? bom : ''
  const body = prefix ? text.slice(1) : text
  const candidates: Finding[] = []
  const rejected = new Set<Finding>()
  for (const finding of findings) {
    if (isSafeFix(finding) && matchesText(body, finding)) candidates.push(finding)
    else rejected.add(finding)
  }
  candidates.sort((a, b) => b.end - a.end || b.start - a.start)
  const applied: Finding[] = []
  let output = body
  let lastStart = Number.POSITIVE_INFINITY
  for (const finding of candidates) {
    if (finding.end <= lastStart) {
      output = output.slice(0, finding.start) + fixReplacement(finding) + output.slice(finding.end)
      lastStart = finding.start
      applied.push(finding)
    } else {
      rejected.add(finding)
    }
  }
  applied.reverse()
  return {output: prefix + output, applied, remaining: findings.filter((finding) => rejected.has(finding))}
}

function matchesText(text: string, finding: Finding): boolean {
  const {start, end} = finding
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length && text.slice(start, end) === finding.actual
}
