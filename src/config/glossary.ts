/**
 * The desk glossary: rows of `term, preferred, forbidden, note` read from a
 * CSV or TSV file, and the findings they raise (`ruleId: 'glossary'`,
 * category `terminology/wrong-term`) when the MT uses a forbidden phrasing.
 */
import {TranslationQaError} from '../core/errors.js'
import type {Finding, Severity} from '../types.js'
import {parseDelimited} from './csv.js'
import type {GlossaryEntry} from './types.js'

export const glossaryRuleId = 'glossary'
const glossaryUrl = 'https://github.com/translation-qa/translation-qa#configuration'
const columns = ['term', 'preferred', 'forbidden', 'note'] as const

/**
 * Read a glossary. Columns: `term`, `preferred`, `forbidden` (phrasings
 * separated by `|` or `;`) and an optional `note`; a header row naming them
 * may reorder them. `#` starts a comment line.
 */
export function parseGlossary(text: string, delimiter: ',' | '\t', name: string): GlossaryEntry[] {
  const rows = parseDelimited(text, delimiter, name).filter((row) => !row.cells[0]!.startsWith('#'))
  let order: ReadonlyArray<string> = columns
  const first = rows[0]
  if (first && first.cells[0]!.toLowerCase() === 'term') {
    order = first.cells.map((cell) => cell.toLowerCase())
    for (const header of order) {
      if (!(columns as readonly string[]).includes(header)) throw new TranslationQaError('invalid-option', `Unexpected column \`${header}\` in the header of ${name}, expected \`term\`, \`preferred\`, \`forbidden\` and optionally \`note\``)
    }
    if (!order.includes('preferred')) throw new TranslationQaError('invalid-option', `Missing column \`preferred\` in the header of ${name}: add it`)
    rows.shift()
  }
  return rows.map((row) => {
    const cell = (key: (typeof columns)[number]) => {
      const index = order.indexOf(key)
      return index >= 0 ? (row.cells[index] ?? '').trim() : ''
    }
    if (row.cells.length > order.length) throw new TranslationQaError('invalid-option', `Unexpected ${row.cells.length} fields on line ${row.line} of ${name}, expected at most ${order.length} (${order.join(', ')}); quote fields that contain \`${delimiter === '\t' ? '\\t' : delimiter}\``)
    const term = cell('term')
    const preferred = cell('preferred')
    if (!term) throw new TranslationQaError('invalid-option', `Missing \`term\` on line ${row.line} of ${name}: give the term in the first column`)
    if (!preferred) throw new TranslationQaError('invalid-option', `Missing \`preferred\` for \`${term}\` on line ${row.line} of ${name}: give the desk's rendering in the ${order.indexOf('preferred') + 1}. column`)
    const forbidden = cell('forbidden')
      .split(/[|;]/)
      .map((value) => value.trim())
      .filter(Boolean)
    const entry: GlossaryEntry = {term, preferred, forbidden}
    const note = cell('note')
    if (note) entry.note = note
    return entry
  })
}

function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+')
}

function compile(phrases: readonly string[]): RegExp | null {
  const unique = [...new Set(phrases.map((phrase) => phrase.trim()).filter(Boolean))].sort((a, b) => b.length - a.length)
  if (unique.length === 0) return null
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${unique.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}_])`, 'giu')
}

/** 1-based line and column (UTF-16) of every offset, via a table of line starts. */
function pointer(text: string): (offset: number) => {line: number; column: number} {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1}
  }
}

function fitCase(preferred: string, actual: string, text: string, start: number): string {
  const first = actual[0] ?? ''
  const atSentenceStart = /(^|[.!?]\s*["“‘'(«]?\s*|\n\s*["“‘'(«]?)$/.test(text.slice(Math.max(0, start - 4), start)) || start === 0
  if (first !== first.toLowerCase() && atSentenceStart && preferred[0] === preferred[0]?.toLowerCase()) return preferred[0]!.toUpperCase() + preferred.slice(1)
  return preferred
}

/** Findings for the glossary's forbidden phrasings in `text`, not overlapping each other. */
export function glossaryFindings(text: string, glossary: readonly GlossaryEntry[], severity: Severity): Finding[] {
  const toPoint = pointer(text)
  const taken: Array<{start: number; end: number}> = []
  const findings: Finding[] = []
  for (const entry of glossary) {
    const forbidden = [...entry.forbidden]
    if (entry.term.toLowerCase() !== entry.preferred.toLowerCase()) forbidden.push(entry.term)
    const pattern = compile(forbidden)
    if (!pattern) continue
    const preferred = compile([entry.preferred])
    const allowed = preferred ? [...text.matchAll(preferred)].map((match) => ({start: match.index, end: match.index + match[0].length})) : []
    // A preferred rendering that brings its own article replaces one written before the match too
    // ("the People's Representative Council" → "the House of Representatives", not "the the House …").
    const article = /^(?:the|a|an)\s/i.exec(entry.preferred)?.[0].trim().toLowerCase()
    for (const match of text.matchAll(pattern)) {
      let start = match.index
      const end = start + match[0].length
      if (allowed.some((span) => span.start <= start && end <= span.end)) continue
      if (article) {
        const before = new RegExp(`(?<![\\p{L}\\p{N}_])${article}[ \\t]+$`, 'iu').exec(text.slice(Math.max(0, start - 8), start))
        if (before && !/^(?:the|a|an)\s/i.test(match[0])) start -= before[0].length
      }
      if (taken.some((span) => span.start < end && start < span.end)) continue
      taken.push({start, end})
      const actual = text.slice(start, end)
      const expected = fitCase(entry.preferred, actual, text, start)
      const startPoint = toPoint(start)
      const endPoint = toPoint(end)
      const finding: Finding = {
        ruleId: glossaryRuleId,
        subId: entry.term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'term',
        category: 'terminology/wrong-term',
        severity,
        message: `Unexpected \`${actual}\`, expected \`${expected}\`: the glossary renders *${entry.term}* as “${entry.preferred}”${entry.note ? ` (${entry.note})` : ''}`,
        actual,
        expected: [expected],
        fixable: true,
        confidence: 1,
        start,
        end,
        line: startPoint.line,
        column: startPoint.column,
        endLine: endPoint.line,
        endColumn: endPoint.column,
        url: glossaryUrl
      }
      findings.push(finding)
    }
  }
  return findings.sort((a, b) => a.start - b.start)
}
