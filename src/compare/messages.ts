/** Helpers for the reference checks' messages and spans. */
import type {Severity, Span} from '../types.js'
import type {GapSize} from './gaps.js'

/** `text` for a code span in a message: one line, at most `max` characters, no backticks. */
export function shown(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').replace(/`/g, "'").trim()
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line
}

/** A span of `text`. */
export function spanOf(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)}
}

/** Severity of missing or added content by its size. */
export function gapSeverity(size: GapSize, words: number, hasNumber: boolean, hasName: boolean): Severity {
  if (size === 'paragraph') return 'critical'
  if (size === 'sentence') return 'major'
  return words >= 8 || hasNumber || hasName ? 'major' : 'minor'
}

/** `a clause`, `a sentence`, `a paragraph (3 sentences)`. */
export function gapName(size: GapSize, sentences: number): string {
  return size === 'paragraph' ? `a paragraph (${sentences} sentence${sentences === 1 ? '' : 's'})` : `a ${size}`
}
