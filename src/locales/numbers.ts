/**
 * Finding numbers in text and reading them under a locale's conventions.
 * Shared by `number-format` (is this number written in the wrong
 * convention?) and the reference checks (do two numbers have one value?).
 */
import {currencyMinorDigits, isSpaceSeparator, type NumberConventions} from './conventions.js'

/** A run of digits and separators in a text. */
export interface NumberRun {
  start: number
  end: number
  raw: string
  /** Digit groups, e.g. `['2', '000']`. */
  groups: string[]
  /** Separators between groups, e.g. `['.']`. */
  separators: string[]
  /** A currency written right before the number (`$`, `Rp`, `US$`, `EUR `). */
  currency: {start: number; code: string} | null
  /** The word right after the number (lower-case), e.g. `'million'`, `'troops'`, `'%'`. */
  next: string
  /** The word right before the number (lower-case). */
  previous: string
  /** Whether letters are glued to the number (`A320`, `COVID-19`): not a quantity. */
  glued: boolean
}

// Digits, then groups each led by one separator. Separators are never
// digits, so the split is unique and matching is linear. A plain space only
// separates when exactly three digits follow (`2 000`, not `5 200,5`).
const runPattern = /\d+(?:(?:[.,'\u00A0\u202F\u2009]|[ ](?=\d{3}(?!\d)))\d+)*/g

// Currency marks, longest first; matched against the text right before a number.
const currencyMarks: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['S$', 'SGD'], ['A$', 'AUD'], ['HK$', 'HKD'], ['NZ$', 'NZD'], ['C$', 'CAD'], ['R$', 'BRL'],
  ['Rp.', 'IDR'], ['Rp', 'IDR'], ['RM', 'MYR'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'],
  ['₩', 'KRW'], ['₫', 'VND'], ['₺', 'TRY'], ['₽', 'RUB'], ['USD', 'USD'], ['EUR', 'EUR'], ['IDR', 'IDR'], ['GBP', 'GBP'],
  ['JPY', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['SGD', 'SGD'], ['MYR', 'MYR'], ['AUD', 'AUD'], ['CHF', 'CHF'], ['KWD', 'KWD']
]

const currencyWords: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', rupiah: 'IDR', rupiahs: 'IDR', yen: 'JPY', yuan: 'CNY',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₺': 'TRY', '₹': 'INR', '₩': 'KRW', '₫': 'VND',
  pound: 'GBP', pounds: 'GBP', ringgit: 'MYR', won: 'KRW', rupee: 'INR', rupees: 'INR', lira: 'TRY', rubles: 'RUB', roubles: 'RUB', dong: 'VND', reais: 'BRL', pesos: 'MXN'
}

// Currency names of languages written without spaces, matched at the start of what follows.
const currencyPrefixes: ReadonlyArray<readonly [string, string]> = [
  ['美元', 'USD'], ['欧元', 'EUR'], ['日元', 'JPY'], ['人民币', 'CNY'], ['印尼盾', 'IDR'], ['韩元', 'KRW'], ['元', 'CNY'],
  ['ドル', 'USD'], ['ユーロ', 'EUR'], ['円', 'JPY'], ['ルピア', 'IDR'], ['دولار', 'USD'], ['يورو', 'EUR'], ['روبية', 'IDR']
]

/** ISO code of a currency named by the word after a number, if any. */
export function currencyOfWord(word: string): string | undefined {
  return currencyWords[word] ?? currencyNouns().get(word) ?? currencyPrefixes.find(([name]) => word.startsWith(name))?.[1]
}

// Currency nouns that are also common English words (`real`, `mark`, `gold`), left to the table above.
const ambiguousCurrencyNouns = new Set(['mark', 'real', 'rights', 'gold', 'sol', 'som', 'kip', 'lek', 'rand', 'dram', 'tala', 'pula', 'kina', 'sucre', 'lari', 'leu', 'lev', 'dobra', 'peso', 'won', 'pound', 'dollar'])
let currencyNounMap: ReadonlyMap<string, string> | undefined

/**
 * The last word of each currency's English name from `Intl` (`Jordanian Dinar` → `dinar`, `dinars`), the first
 * currency of that name winning, built once: `from 1.10 to 1.25 dinars` is an amount.
 */
function currencyNouns(): ReadonlyMap<string, string> {
  if (currencyNounMap) return currencyNounMap
  const names = new Intl.DisplayNames('en', {type: 'currency'})
  const map = new Map<string, string>()
  for (const code of Intl.supportedValuesOf('currency')) {
    const name = names.of(code)
    if (!name || /[\d()]/.test(name)) continue
    const noun = name.split(' ').pop()!.toLowerCase()
    if (ambiguousCurrencyNouns.has(noun) || map.has(noun)) continue
    map.set(noun, code)
    map.set(`${noun}s`, code)
  }
  currencyNounMap = map
  return map
}

// Scripts written without spaces (Han, kana, Hangul, Thai) put numbers right next to words.
const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}_]/u.test(char) && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u.test(char)

const runsByModel = new WeakMap<object, readonly NumberRun[]>()

/** `scanNumbers(model.text)`, once per text model: `number-format` and the comparison tokens both read the MT's. */
export function numberRunsOf(model: {readonly text: string}): readonly NumberRun[] {
  let runs = runsByModel.get(model)
  if (!runs) {
    runs = scanNumbers(model.text)
    runsByModel.set(model, runs)
  }
  return runs
}

/** Every number run in `text`. */
export function scanNumbers(text: string): NumberRun[] {
  const runs: NumberRun[] = []
  runPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = runPattern.exec(text)) !== null) {
    const raw = match[0]
    const start = match.index
    const end = start + raw.length
    const groups = raw.split(/[^\d]/)
    const separators = raw.match(/[^\d]/g) ?? []
    const currency = currencyBefore(text, start)
    const before = text[currency ? currency.start - 1 : start - 1]
    const after = text[end]
    runs.push({
      start,
      end,
      raw,
      groups,
      separators,
      currency,
      next: wordAfter(text, end),
      previous: wordBefore(text, currency ? currency.start : start),
      glued: (!currency && isLetter(before)) || (before === '-' && isLetter(text[start - 2])) || (isLetter(after) && !/^(?:km|kg|m|cm|mm|g|t|mw|gw|kw|bn|m|k)\b/i.test(text.slice(end, end + 3)))
    })
  }
  return runs
}

/** Each currency mark as it may be written before a number (glued, after a space or a no-break space), in `currencyMarks` order. */
const writtenMarks: ReadonlyArray<{written: string; code: string; letter: boolean}> = currencyMarks.flatMap(([mark, code]) =>
  ['', ' ', '\u00A0'].map((gap) => ({written: mark + gap, code, letter: /^[A-Za-z]/.test(mark)}))
)

function currencyBefore(text: string, start: number): {start: number; code: string} | null {
  const window = text.slice(Math.max(0, start - 5), start)
  for (const {written, code, letter} of writtenMarks) {
    if (window.endsWith(written)) {
      const markStart = start - written.length
      // A letter mark (`Rp`, `USD`) must not be the end of a longer word.
      if (letter && isLetter(text[markStart - 1])) continue
      return {start: markStart, code}
    }
  }
  return null
}

function wordAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 40)
  // A euro sign glued to a scale abbreviation stays with it (`45 M€`, `3 Md€`).
  // A currency sign after the amount, as French and German write it (`12,50 €`), is what is counted too.
  const match = /^[\s\u00A0\u202F]*(%|‰|[€£¥₽₺₹₩₫](?![\p{L}\d])|[\p{L}][\p{L}'’-]*(?:€|\.)?)/u.exec(rest)
  if (!match) return ''
  const word = match[1]!.toLowerCase()
  // Keep a final point only for abbreviations (`Mio.`), not for the end of a sentence.
  return word.endsWith('.') && !/^(?:mio|mrd|tsd|mill|bn|m|k)\.$/.test(word) ? word.slice(0, -1) : word
}

function wordBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 40), start)
  const match = /([\p{L}][\p{L}.'’-]*)[\s\u00A0(]*$/u.exec(before)
  return match ? match[1]!.toLowerCase() : ''
}

/** The value of `run` read with `conventions`, or `null` if it is not a valid number there. */
export function readNumber(run: Pick<NumberRun, 'groups' | 'separators'>, conventions: Pick<NumberConventions, 'group' | 'decimal'>): {integer: string; fraction: string} | null {
  const {groups, separators} = run
  if (separators.length === 0) return {integer: groups[0]!, fraction: ''}
  const groupIsSpace = isSpaceSeparator(conventions.group)
  // Locales that group with a point also group with a space in print (German `12 000`, Duden); English does not.
  const isGroup = (separator: string) => separator === conventions.group || ((groupIsSpace || conventions.group === '.') && isSpaceSeparator(separator))
  let last = separators.length
  let fraction = ''
  if (separators[last - 1] === conventions.decimal && !isGroup(separators[last - 1]!)) {
    fraction = groups[last]!
    last--
  }
  // Everything before the decimal separator must be grouping in threes.
  if (last > 0) {
    const first = groups[0]!
    if (first.length > 3 || first.startsWith('0')) return null
    for (let index = 0; index < last; index++) {
      if (!isGroup(separators[index]!) || groups[index + 1]!.length !== 3) return null
    }
  }
  return {integer: groups.slice(0, last + 1).join(''), fraction}
}

/** Write a number in English: `1234567`, `5` → `1,234,567.5`. */
export function formatEnglish(integer: string, fraction: string): string {
  const trimmed = integer.replace(/^0+(?=\d)/, '')
  const grouped = trimmed.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

/** Write a number with `conventions`' separators. */
export function formatWith(integer: string, fraction: string, conventions: Pick<NumberConventions, 'group' | 'decimal'>): string {
  const english = formatEnglish(integer, fraction)
  return english.replace(/[,.]/g, (mark) => (mark === ',' ? conventions.group : conventions.decimal))
}

/** Minor unit digits of the currency of a run (`$` → 2, `Rp` → 0), if it has one. */
export function minorDigitsOf(run: NumberRun): number | undefined {
  const code = run.currency?.code ?? currencyOfWord(run.next)
  return code ? currencyMinorDigits(code) : undefined
}
