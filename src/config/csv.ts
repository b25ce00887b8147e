/**
 * A small CSV/TSV reader (RFC 4180 quoting): fields separated by the
 * delimiter, optionally quoted with `"`, `""` for a quote inside quotes,
 * line breaks (LF or CRLF) inside quoted fields. No dependency.
 */
import {TranslationQaError} from '../core/errors.js'

/** One record and the line it starts on (1-based). */
export interface DelimitedRow {
  line: number
  cells: string[]
}

/** Parse `text` into rows; `name` names the file in errors. Empty lines are skipped. */
export function parseDelimited(text: string, delimiter: ',' | '\t', name: string): DelimitedRow[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: DelimitedRow[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let quoted = false
  let quoteLine = 0
  let wasQuoted = false
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim())
    cell = ''
    wasQuoted = false
  }
  const endRow = () => {
    endCell()
    if (!(cells.length === 1 && cells[0] === '')) rows.push({line: rowLine, cells})
    cells = []
  }
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!
    if (quoted) {
      if (character === '"') {
        if (source[index + 1] === '"') {
          cell += '"'
          index++
        } else {
          quoted = false
        }
      } else {
        if (character === '\n') line++
        cell += character
      }
      continue
    }
    if (character === '"' && cell.trim() === '' && !wasQuoted) {
      quoted = true
      wasQuoted = true
      quoteLine = line
      cell = ''
    } else if (character === '"' && wasQuoted) {
      throw new TranslationQaError('invalid-option', `Unexpected \`"\` after a closing quote on line ${line} of ${name}: double a quote inside a quoted field (\`""\`)`)
    } else if (character === delimiter) {
      endCell()
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && source[index + 1] === '\n') index++
      endRow()
      line++
      rowLine = line
    } else if (wasQuoted) {
      if (!/\s/.test(character)) throw new TranslationQaError('invalid-option', `Unexpected text after a closing quote on line ${line} of ${name}: put the whole field in quotes`)
    } else {
      cell += character
    }
  }
  if (quoted) throw new TranslationQaError('invalid-option', `Unexpected end of ${name} inside a quoted field that starts on line ${quoteLine}: close the quote`)
  endRow()
  return rows
}
