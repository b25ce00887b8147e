/**
 * The desk glossary file: rows of `term, preferred, forbidden, note` read
 * from a CSV or TSV file. The entries go to `check()` as its `glossary`
 * option, where the `reference-term` check flags them.
 */
import {TranslationQaError} from '../core/errors.js'
import {parseDelimited} from './csv.js'
import type {GlossaryEntry} from './types.js'

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
