/**
 * An nlcst parser for scripts written without spaces between words
 * (Chinese, Japanese) and for Arabic, built on `Intl.Segmenter`, which
 * ships ICU's dictionary-based word breaking with Node.js.
 */
import type {Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
import type {Plugin, Processor} from 'unified'

interface Point {
  line: number
  column: number
  offset: number
}

/** A unified plugin setting a parser for `locale` (`'zh'`, `'ja'`, `'ar'`, …). */
export function segmenterParser(locale: string): Plugin<[], string, Root> {
  return function (this: Processor) {
    ;(this as unknown as Processor<Root>).parser = (value: string) => parseWithSegmenter(value, locale)
  }
}

/** Parse `value` into nlcst with `Intl.Segmenter` of `locale`. */
export function parseWithSegmenter(value: string, locale: string): Root {
  const points = pointFinder(value)
  const sentences = new Intl.Segmenter(locale, {granularity: 'sentence'})
  const words = new Intl.Segmenter(locale, {granularity: 'word'})
  const root: Root = {type: 'RootNode', children: [], position: {start: points(0), end: points(value.length)}}
  // Paragraphs are separated by blank lines, as in parse-latin.
  const paragraphBreak = /\n[ \t]*\n\s*/g
  let paragraphStart = 0
  const addParagraph = (start: number, end: number): void => {
    const text = value.slice(start, end)
    const lead = text.length - text.trimStart().length
    const trail = text.length - text.trimEnd().length
    const from = start + lead
    const to = end - trail
    if (from > paragraphStart && root.children.length > 0) {
      root.children.push({type: 'WhiteSpaceNode', value: value.slice(paragraphStart, from), position: {start: points(paragraphStart), end: points(from)}})
    } else if (from > start) {
      root.children.push({type: 'WhiteSpaceNode', value: value.slice(start, from), position: {start: points(start), end: points(from)}})
    }
    if (to <= from) return
    const paragraph: Paragraph = {type: 'ParagraphNode', children: [], position: {start: points(from), end: points(to)}}
    for (const segment of sentences.segment(value.slice(from, to))) {
      const sText = segment.segment.trimEnd()
      const sStart = from + segment.index
      const sentence: Sentence = {type: 'SentenceNode', children: [], position: {start: points(sStart), end: points(sStart + sText.length)}}
      for (const token of words.segment(sText)) {
        const tStart = sStart + token.index
        const tEnd = tStart + token.segment.length
        const position = {start: points(tStart), end: points(tEnd)}
        let node: SentenceContent
        if (token.isWordLike) {
          const word: Word = {type: 'WordNode', children: [{type: 'TextNode', value: token.segment, position}], position}
          node = word
        } else if (/^\s+$/u.test(token.segment)) {
          node = {type: 'WhiteSpaceNode', value: token.segment, position}
        } else if (/^\p{S}+$/u.test(token.segment)) {
          node = {type: 'SymbolNode', value: token.segment, position}
        } else {
          node = {type: 'PunctuationNode', value: token.segment, position}
        }
        sentence.children.push(node)
      }
      if (sText.length > 0) paragraph.children.push(sentence)
      const gap = segment.segment.length - sText.length
      if (gap > 0) {
        const gStart = sStart + sText.length
        paragraph.children.push({type: 'WhiteSpaceNode', value: segment.segment.slice(sText.length), position: {start: points(gStart), end: points(gStart + gap)}})
      }
    }
    root.children.push(paragraph)
    paragraphStart = to
  }
  let match: RegExpExecArray | null
  let cursor = 0
  while ((match = paragraphBreak.exec(value)) !== null) {
    addParagraph(cursor, match.index)
    cursor = match.index + match[0].length
  }
  addParagraph(cursor, value.length)
  if (paragraphStart < value.length && root.children.length > 0) {
    root.children.push({type: 'WhiteSpaceNode', value: value.slice(paragraphStart), position: {start: points(paragraphStart), end: points(value.length)}})
  }
  return root
}

/** Offset → line/column (1-indexed) by binary search over line starts. */
function pointFinder(value: string): (offset: number) => Point {
  const lineStarts = [0]
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
  }
}
