/**
 * Proper names of a text, read from its comparison tokens: runs of
 * capitalised words (with `of`, `bin`, `van`… inside), e.g. `Park Sun-won`,
 * `White House`, `NIS Director Cho Tae-yong`.
 */
import {englishWords} from '../data/en/common-words.js'
import {calendarNames} from '../locales/conventions.js'
import type {Side} from './comparison.js'

/** A name: tokens `first..last` (inclusive) of a side. */
export interface Name {
  first: number
  last: number
  start: number
  end: number
}

const connectors: ReadonlySet<string> = new Set(['of', 'de', 'al', 'bin', 'binti', 'van', 'von', 'der', 'den', 'la', 'le', 'da', 'du', 'dos', 'del'])

/** Role and title words that may stand before a name (`spokesman John Kirby`, `Director Cho`). */
export const roleWords: ReadonlySet<string> = new Set(
  (
    'president vice prime minister secretary spokesman spokeswoman spokesperson director deputy chief head leader ' +
    'governor mayor general commander ambassador chairman chairwoman chair adviser advisor official lawmaker mp senator ' +
    'representative king queen prince princess judge prosecutor minister national security foreign defense defence ' +
    'interior finance affairs state senior former acting mr mrs ms dr prof professor coordinator analyst researcher ' +
    'ceo founder envoy admiral colonel lieutenant captain sergeant major premier chancellor speaker economist expert ' +
    'lawyer attorney delegate member board editor correspondent resident manager executive president-elect regent ' +
    // Honorifics MT leaves in: French `M.`, `Mme`, German `Herr`, `Frau`, Indonesian `Bapak`, `Ibu`, `Pak`, `Bu`.
    'm mme herr frau bapak ibu pak bu'
  ).split(' ')
)

/** Whether a token key is a role or title word (`Mr.` counts as `mr`). */
export function isRole(key: string): boolean {
  return roleWords.has(key.endsWith('.') ? key.slice(0, -1) : key)
}

/** Calendar words are capitalised but are not names. */
const calendar: ReadonlySet<string> = (() => {
  const names = calendarNames('en')
  return new Set([...names.weekdays, ...names.months, ...names.monthsShort])
})()

/** Whether token `index` may be part of a name. */
function nameToken(side: Side, index: number, mid: ReadonlySet<string>): boolean {
  const token = side.tokens[index]!
  if (!token.capitalized || !token.content || token.number) return false
  if (calendar.has(token.key.replace(/\.$/, ''))) return false
  if (side.sentenceTokens[token.sentence] !== index || mid.has(token.key)) return true
  // A capitalised first word is a name when the text also capitalises it inside a sentence,
  // or when it is not an English word and another capitalised word follows (`Zhang Hongbo, …`).
  const next = side.tokens[index + 1]
  return next !== undefined && next.sentence === token.sentence && next.capitalized && !englishWords.has(token.key) && adjacent(side.model.text, token.end, next.start)
}

/** Names of `side`, in text order. */
export function namesOf(side: Side): Name[] {
  const {tokens} = side
  const text = side.model.text
  const mid = new Set<string>()
  tokens.forEach((token, index) => {
    if (token.capitalized && side.sentenceTokens[token.sentence] !== index) mid.add(token.key)
  })
  const names: Name[] = []
  let index = 0
  while (index < tokens.length) {
    if (!nameToken(side, index, mid)) {
      index++
      continue
    }
    let last = index
    for (;;) {
      const next = last + 1
      if (next >= tokens.length || !adjacent(text, tokens[last]!.end, tokens[next]!.start) || tokens[next]!.sentence !== tokens[last]!.sentence) break
      if (nameToken(side, next, mid)) {
        last = next
        continue
      }
      // `Democratic Party of Indonesia`: a connector between two name words.
      const after = next + 1
      if (connectors.has(tokens[next]!.key) && after < tokens.length && adjacent(text, tokens[next]!.end, tokens[after]!.start) && nameToken(side, after, mid) && tokens[after]!.sentence === tokens[next]!.sentence) {
        last = after
        continue
      }
      break
    }
    names.push({first: index, last, start: tokens[index]!.start, end: tokens[last]!.end})
    index = last + 1
  }
  return names
}

function adjacent(text: string, end: number, start: number): boolean {
  if (start - end !== 1) return false
  const between = text[end]
  return between === ' ' || between === '\u00A0'
}

/** A name as written, without a final possessive. */
export function surface(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/['’]s?$/u, '').replace(/\s+/g, ' ')
}

// Names repeat through an article: their compact forms are remembered (a bounded cache).
const compacted = new Map<string, string>()

/** Letters and digits only, lower-case, without diacritics: `Sun-won` and `Sun Won` are both `sunwon`. */
export function compact(value: string): string {
  let result = compacted.get(value)
  if (result === undefined) {
    result = value.replace(/['’]s?$/u, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    if (compacted.size >= 50_000) compacted.clear()
    compacted.set(value, result)
  }
  return result
}

/** Optimal string alignment distance, or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const rows = a.length + 1
  const columns = b.length + 1
  const table = new Int32Array(rows * columns)
  for (let i = 0; i < rows; i++) table[i * columns] = i
  for (let j = 0; j < columns; j++) table[j] = j
  for (let i = 1; i < rows; i++) {
    let best = limit + 1
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(table[(i - 1) * columns + j]! + 1, table[i * columns + j - 1]! + 1, table[(i - 1) * columns + j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, table[(i - 2) * columns + j - 2]! + 1)
      table[i * columns + j] = value
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
  }
  return table[rows * columns - 1]!
}
