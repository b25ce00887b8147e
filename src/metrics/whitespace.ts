/**
 * Python's whitespace class, as used by `str.split()` (no argument),
 * `str.rstrip()` and `re`'s `\s` on `str` patterns.
 *
 * It is NOT JavaScript's `\s`: Python counts U+001C–U+001F (information
 * separators) and U+0085 (next line) as whitespace and does not count U+FEFF
 * (BOM / zero-width no-break space). `String.prototype.trim()` has the same
 * differences, so it must not be used for sacreBLEU compatibility.
 *
 * The class: U+0009–U+000D, U+001C–U+001F, U+0020, U+0085, U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000. All of them are in
 * the BMP, so checking UTF-16 code units is exact (surrogates are never
 * whitespace).
 */

/** Whether the UTF-16 code unit `code` is whitespace for Python's `str.split()`. */
export function isPyWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f)
  if (code < 0x85) return false
  if (code === 0x85 || code === 0xa0) return true
  if (code < 0x1680) return false
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** A regular-expression character class body matching exactly Python's whitespace. */
export const PY_WHITESPACE_CLASS = '\\t\\n\\v\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000'

/** Python `s.split()`: split on runs of Python whitespace, dropping empty pieces. */
export function pySplit(s: string): string[] {
  const out: string[] = []
  const length = s.length
  let start = -1
  for (let index = 0; index < length; index++) {
    if (isPyWhitespace(s.charCodeAt(index))) {
      if (start !== -1) {
        out.push(s.slice(start, index))
        start = -1
      }
    } else if (start === -1) {
      start = index
    }
  }
  if (start !== -1) out.push(start === 0 ? s : s.slice(start))
  return out
}

/** Python `s.rstrip()`: remove trailing Python whitespace. */
export function pyRstrip(s: string): string {
  let end = s.length
  while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1))) end--
  return end === s.length ? s : s.slice(0, end)
}

/** Python `''.join(s.split())`: remove every Python whitespace character. */
export function pyRemoveWhitespace(s: string): string {
  let out = ''
  let start = 0
  const length = s.length
  for (let index = 0; index < length; index++) {
    if (isPyWhitespace(s.charCodeAt(index))) {
      if (index > start) out += s.slice(start, index)
      start = index + 1
    }
  }
  if (start === 0) return s
  if (start < length) out += s.slice(start)
  return out
}

/** Python `' '.join(s.split())`: collapse whitespace runs to one space and trim. */
export function pyNormalizeSpaces(s: string): string {
  return pySplit(s).join(' ')
}
