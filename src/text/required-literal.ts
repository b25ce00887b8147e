/**
 * Whole-text regex scans that skip patterns which cannot match. Each
 * pattern of the title and date checks is run over the whole text, and
 * most find nothing; a pattern that must contain a literal (`Federal
 * Chancellor`, ` of the Seals`) is only run when the text contains it,
 * which `String.prototype.includes` answers several times faster than the
 * regex engine scans. The literal is read from the pattern's source, so it
 * never disagrees with the pattern.
 */

/** Shortest literal worth a prefilter. */
const minimumLength = 4

const literals = new WeakMap<RegExp, string>()

/** `text.matchAll(pattern)`, or nothing when `text` lacks a literal every match of `pattern` contains. */
export function matchAllRequired(text: string, pattern: RegExp): Iterable<RegExpMatchArray> {
  let literal = literals.get(pattern)
  if (literal === undefined) {
    literal = requiredLiteral(pattern)
    literals.set(pattern, literal)
  }
  return literal.length > 0 && !text.includes(literal) ? [] : text.matchAll(pattern)
}

/**
 * The longest run of plain characters that every match of `pattern`
 * contains, or '' when none is known. Conservative: only text outside
 * groups and classes, in a pattern without a top-level alternation, and
 * never a character a quantifier makes optional.
 */
export function requiredLiteral(pattern: RegExp): string {
  if (pattern.flags.includes('i')) return ''
  const source = pattern.source
  let best = ''
  let run = ''
  const endRun = () => {
    if (run.length > best.length) best = run
    run = ''
  }
  let index = 0
  while (index < source.length) {
    const char = source[index]!
    if (char === '|') return ''
    if (char === '(' || char === '[') {
      endRun()
      index = skipGroup(source, index)
      if (index < 0) return ''
      index = skipQuantifier(source, index)
      continue
    }
    if (char === '\\') {
      endRun()
      index = skipQuantifier(source, skipEscape(source, index))
      continue
    }
    if (/[A-Za-z0-9 ,;:'’-]/.test(char)) {
      const next = source[index + 1]
      if (next === '?' || next === '*' || next === '+' || next === '{') {
        // The character may be absent (or repeated): the run ends before it.
        endRun()
        index = skipQuantifier(source, index + 1)
        continue
      }
      run += char
      index++
      continue
    }
    // `.`, `^`, `$` and anything unusual end the run.
    endRun()
    index++
  }
  endRun()
  return best.length >= minimumLength ? best : ''
}

/** Index after the group or class opening at `start` (`(`…`)` or `[`…`]`), or -1 when unbalanced. */
function skipGroup(source: string, start: number): number {
  let depth = 0
  let inClass = false
  for (let index = start; index < source.length; index++) {
    const char = source[index]!
    if (char === '\\') {
      index++
      continue
    }
    if (inClass) {
      if (char === ']') {
        inClass = false
        if (depth === 0) return index + 1
      }
      continue
    }
    if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')') {
      depth--
      if (depth === 0) return index + 1
    }
  }
  return -1
}

/** Index after the escape at `start` (`\b`, `\p{Lu}`, `\u{…}`, `\uXXXX`, `\xXX`, `\1`…). */
function skipEscape(source: string, start: number): number {
  const kind = source[start + 1]
  if ((kind === 'p' || kind === 'P' || kind === 'u') && source[start + 2] === '{') {
    const close = source.indexOf('}', start + 3)
    return close < 0 ? source.length : close + 1
  }
  if (kind === 'u') return start + 6
  if (kind === 'x') return start + 4
  return start + 2
}

/** Index after a quantifier at `index` (`?`, `*`, `+`, `{m,n}`, each optionally lazy), or `index` when there is none. */
function skipQuantifier(source: string, index: number): number {
  let at = index
  const char = source[at]
  if (char === '?' || char === '*' || char === '+') at++
  else if (char === '{') {
    const close = source.indexOf('}', at)
    if (close < 0 || !/^\{\d+(?:,\d*)?\}$/.test(source.slice(at, close + 1))) return index
    at = close + 1
  } else return index
  return source[at] === '?' ? at + 1 : at
}
