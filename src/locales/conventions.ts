/**
 * Number, currency and date conventions of a locale, read from `Intl`
 * (CLDR data shipped with Node.js). Nothing here is a hand-written table of
 * separators.
 */
import {memoized} from '../core/memo.js'

/** How a locale writes numbers. */
export interface NumberConventions {
  locale: string
  /** Group separator (`.` for `id`, U+202F for `fr`, `,` for `en`). */
  group: string
  /** Decimal separator. */
  decimal: string
}

const numberCache = new Map<string, NumberConventions>()

/** Separators of `locale`, with Latin digits (the numbering MT output uses). */
export function numberConventions(locale: string): NumberConventions {
  let conventions = numberCache.get(locale)
  if (!conventions) {
    const parts = new Intl.NumberFormat(locale, {numberingSystem: 'latn', useGrouping: 'always'} as unknown as Intl.NumberFormatOptions).formatToParts(1234567.5)
    conventions = {
      locale,
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.'
    }
    numberCache.set(locale, conventions)
  }
  return conventions
}

/** Whether `separator` is a space-like group separator (space, NBSP, narrow NBSP, thin space). */
export function isSpaceSeparator(separator: string): boolean {
  return separator === ' ' || separator === '\u00A0' || separator === '\u202F' || separator === '\u2009'
}

const minorCache = new Map<string, number>()

/** Digits after the decimal point of a currency (ISO 4217 minor unit), per `Intl`. */
export function currencyMinorDigits(code: string): number {
  let digits = minorCache.get(code)
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', {style: 'currency', currency: code}).resolvedOptions().maximumFractionDigits ?? 2
    } catch {
      digits = 2
    }
    minorCache.set(code, digits)
  }
  return digits
}

/** Day and month names of `locale` (lower-case), from `Intl.DateTimeFormat`. */
export interface CalendarNames {
  weekdays: string[]
  months: string[]
  monthsShort: string[]
}

const calendarCache = new Map<string, CalendarNames>()

export function calendarNames(locale: string): CalendarNames {
  let names = calendarCache.get(locale)
  if (!names) {
    const weekday = new Intl.DateTimeFormat(locale, {weekday: 'long', timeZone: 'UTC'})
    const month = new Intl.DateTimeFormat(locale, {month: 'long', timeZone: 'UTC'})
    const monthShort = new Intl.DateTimeFormat(locale, {month: 'short', timeZone: 'UTC'})
    const weekdays: string[] = []
    // 2024-01-01 was a Monday.
    for (let day = 0; day < 7; day++) weekdays.push(weekday.format(Date.UTC(2024, 0, 1 + day)).toLowerCase())
    const months: string[] = []
    const monthsShort: string[] = []
    for (let index = 0; index < 12; index++) {
      months.push(month.format(Date.UTC(2024, index, 15)).toLowerCase())
      monthsShort.push(monthShort.format(Date.UTC(2024, index, 15)).toLowerCase().replace(/\.$/, ''))
    }
    names = {weekdays, months, monthsShort}
    calendarCache.set(locale, names)
  }
  return names
}

/** English name of a language, e.g. `'id'` → `'Indonesian'` (memoised: checks ask once per finding). */
export const languageName: (code: string) => string = memoized(englishLanguageName)

function englishLanguageName(code: string): string {
  try {
    return new Intl.DisplayNames('en', {type: 'language'}).of(code) ?? code
  } catch {
    return code
  }
}
