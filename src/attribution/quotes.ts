/**
 * Direct-quotation spans of a text, tracked across paragraphs (AP-style
 * multi-paragraph quotes open every paragraph and close only at the end).
 * One linear pass over the characters of each paragraph; never throws.
 */
import type {Range, TextModel} from '../text/model.js'

export interface Quote {
  /** Offset of the opening mark. */
  start: number
  /** Offset after the closing mark (or after the last character of an unclosed quote). */
  end: number
  /** Quoted text without the marks, one range per paragraph. */
  segments: Range[]
  /** Whether the quote ran to a paragraph end without a closing mark. */
  unclosed: boolean
  paragraph: number
  lastParagraph: number
  /** Words inside the quote: `[wordStart, wordEnd)`. */
  wordStart: number
  wordEnd: number
}

const openers = new Set(['\u201C', '\u201E', '\u00AB', '\u300C', '\u300E', '\u201F'])
const closers = new Set(['\u201D', '\u00BB', '\u300D', '\u300F'])
const ambiguous = new Set(['"', '\uFF02'])
const quoteMarks = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u300C-\u300F\uFF02]/g

function family(mark: string): number {
  if (mark === '\u00AB' || mark === '\u00BB') return 1
  if (mark === '\u300C' || mark === '\u300D' || mark === '\u300E' || mark === '\u300F') return 2
  return 0
}

/** Whether `char` is a double quotation mark of any style. */
export function isQuoteMark(char: string): boolean {
  return openers.has(char) || closers.has(char) || ambiguous.has(char)
}

/** Whether `text` contains a double quotation mark. */
export function hasQuoteMark(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isQuoteMark(text[index]!)) return true
  return false
}

function trimRange(text: string, start: number, end: number): Range {
  let from = start
  let to = end
  while (from < to && /\s/.test(text[from]!)) from++
  while (to > from && /\s/.test(text[to - 1]!)) to--
  return {start: from, end: to}
}

/** Offset of the first non-space character of `range`, or -1. */
function firstChar(text: string, range: Range): number {
  for (let index = range.start; index < range.end; index++) if (!/\s/.test(text[index]!)) return index
  return -1
}

interface OpenQuote {
  start: number
  contentStart: number
  family: number
  segments: Range[]
  paragraph: number
}

/** Find the double-quoted spans of `model.text`. */
export function findQuotes(model: TextModel): Quote[] {
  const {text, paragraphs} = model
  const quotes: Quote[] = []
  let open: OpenQuote | undefined

  const finish = (at: number, endMark: number, unclosed: boolean, paragraph: number) => {
    if (!open) return
    const segment = trimRange(text, open.contentStart, at)
    if (segment.end > segment.start) open.segments.push(segment)
    if (open.segments.length > 0) {
      quotes.push({start: open.start, end: endMark, segments: open.segments, unclosed, paragraph: open.paragraph, lastParagraph: paragraph, wordStart: 0, wordEnd: 0})
    }
    open = undefined
  }

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!
    let from = paragraph.start
    if (open) {
      // A continued quote: this paragraph opens with a mark (checked below), which is not a new quote.
      const mark = firstChar(text, paragraph)
      open.contentStart = mark + 1
      from = mark + 1
    }
    quoteMarks.lastIndex = from
    for (let found = quoteMarks.exec(text); found !== null && found.index < paragraph.end; found = quoteMarks.exec(text)) {
      const index = found.index
      const char = found[0]
      let role: 'open' | 'close' | undefined
      if (openers.has(char)) role = 'open'
      else if (closers.has(char)) role = 'close'
      else if (ambiguous.has(char)) role = open ? 'close' : 'open'
      if (!role) continue
      if (role === 'open') {
        if (open) {
          // A mark of another family inside a quote is an embedded quote; of the same family, the previous quote never closed.
          if (family(char) !== open.family) continue
          finish(index, index, true, p)
        }
        open = {start: index, contentStart: index + 1, family: family(char), segments: [], paragraph: p}
      } else if (open) {
        if (family(char) !== open.family && !ambiguous.has(char)) continue
        finish(index, index + 1, false, p)
      }
    }
    if (open) {
      const next = paragraphs[p + 1]
      const mark = next ? firstChar(text, next) : -1
      const continues = mark >= 0 && (openers.has(text[mark]!) || ambiguous.has(text[mark]!))
      if (continues) {
        // Multi-paragraph quote: this paragraph's part is one segment.
        const segment = trimRange(text, open.contentStart, paragraph.end)
        if (segment.end > segment.start) open.segments.push(segment)
      } else {
        finish(paragraph.end, paragraph.end, true, p)
      }
    }
  }
  attachWords(model, quotes)
  return quotes
}

/** Fill `wordStart`/`wordEnd` of each quote (quotes sorted by start). */
function attachWords(model: TextModel, quotes: Quote[]): void {
  const {words} = model
  let cursor = 0
  for (const quote of quotes) {
    while (cursor < words.length && words[cursor]!.start < quote.start) cursor++
    let end = cursor
    while (end < words.length && words[end]!.start < quote.end) end++
    quote.wordStart = cursor
    quote.wordEnd = end
  }
}
