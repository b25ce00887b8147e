/**
 * `date-format`: dates and times in the source locale's notation:
 * "Thursday (14/11)", "10.30 WIB", "14.11.2024", "14h30", "10 Uhr".
 * The day-month-year order of the source comes from `Intl`.
 */
import {defineCheck, type Problem} from '../core/define-check.js'
import type {QaContext} from '../core/context.js'
import {memoized} from '../core/memo.js'
import {languageName} from '../locales/conventions.js'
import {currencyOfWord} from '../locales/numbers.js'
import {countNouns, scaleWords, unitWords} from '../data/en/numbers.js'
import {levantineMonthNames, levantineMonths} from '../locales/levantine-months.js'

const monthNames = Array.from({length: 12}, (_, index) => new Intl.DateTimeFormat('en', {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2024, index, 15)))
const weekdayNames = Array.from({length: 7}, (_, index) => new Intl.DateTimeFormat('en', {weekday: 'long', timeZone: 'UTC'}).format(Date.UTC(2024, 0, 1 + index)))

/** AP-style month: March–July in full, September as `Sept.`, others cut to three letters. */
/** The source language's weekday names (from `Intl`), lower-cased, with their English names. */
function sourceWeekdayNames(lang: string): Map<string, string> {
  const format = new Intl.DateTimeFormat(lang, {weekday: 'long', timeZone: 'UTC'})
  const english = new Map<string, string>()
  for (let index = 0; index < 7; index++) english.set(format.format(Date.UTC(2024, 0, 1 + index)).toLowerCase(), weekdayNames[index]!)
  return english
}

/** The source language's weekday names before a bracketed day/month, with their English names. */
const sourceWeekdayParen = memoized((lang: string): {pattern: RegExp; english: ReadonlyMap<string, string>} => {
  const english = sourceWeekdayNames(lang)
  // Each word capitalised (`Kamis`, Vietnamese `Thứ Hai`), and the lower-case forms too.
  const names = [...english.keys()].flatMap((name) => [name.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase()), name[0]!.toUpperCase() + name.slice(1)])
  return {pattern: new RegExp(`(?<![\\p{L}])(${[...new Set(names)].join('|')})\\s*\\((\\d{1,2})/(\\d{1,2})\\)`, 'gu'), english}
})

/** A source-language weekday left before a day/month (Italian `on sabato 17/10`): the date, after the weekday. */
const sourceWeekdaySlash = memoized((lang: string): RegExp => {
  const names = new Set<string>()
  for (const name of sourceWeekdayNames(lang).keys()) {
    names.add(name)
    names.add(name[0]!.toUpperCase() + name.slice(1))
  }
  return new RegExp(`(?<=(?<![\\p{L}])(?:${[...names].join('|')})\\s)(\\d{1,2})/(\\d{1,2})\\b(?![/\\d])`, 'gu')
})

function apMonth(month: number): string {
  const name = monthNames[month - 1]!
  if (name.length <= 5) return name
  return name === 'September' ? 'Sept.' : `${name.slice(0, 3)}.`
}

/** `19`, `00` → `7 p.m.`; `10`, `30` → `10:30 a.m.` */
const sourceMonthPatterns = new Map<string, {pattern: RegExp; months: string[]}>()

/** `3 Agustus 2025`, `12. März`, `2 décembre`: a day with the source language's month name (from `Intl`). */
function reportSourceMonths(text: string, sourceLang: string, report: (problem: Problem) => void): void {
  let entry = sourceMonthPatterns.get(sourceLang)
  if (!entry) {
    const format = new Intl.DateTimeFormat(sourceLang, {month: 'long', timeZone: 'UTC'})
    const months = Array.from({length: 12}, (_, index) => format.format(Date.UTC(2024, index, 15)).toLowerCase())
    // Names that are also English month names (`April`, `November`) are the target's own.
    const own = new Set(monthNames.map((name) => name.toLowerCase()))
    const foreign = months.filter((name) => !own.has(name) && /^\p{L}+$/u.test(name))
    const escaped = foreign.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    entry = {pattern: foreign.length === 0 ? /(?!)/gu : new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.? (${escaped.join('|')})(?: (\\d{4}))?(?![\\p{L}])`, 'giu'), months}
    sourceMonthPatterns.set(sourceLang, entry)
  }
  for (const match of text.matchAll(entry.pattern)) {
    const month = entry.months.indexOf(match[2]!.toLowerCase()) + 1
    const day = Number(match[1])
    if (month < 1 || day < 1 || day > 31) continue
    const year = match[3] ? `, ${match[3]}` : ''
    report({start: match.index!, end: match.index! + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${apMonth(month)} ${day}${year}\`: the month left in the source language`, expected: [`${apMonth(month)} ${day}${year}`, `${monthNames[month - 1]} ${day}${year}`], subId: 'source-month', confidence: 0.85})
  }
}

/** The value of a Roman numeral of I, V and X (`XII` → 12); 0 if it is not one. */
function romanValue(numeral: string): number {
  const digits: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10}
  let total = 0
  for (let index = 0; index < numeral.length; index++) {
    const value = digits[numeral[index]!] ?? 0
    const next = digits[numeral[index + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** `3` → `third` (up to twelve), else `13th`. */
function ordinalWord(value: number): string {
  return ordinalHours[value - 1] ?? `${value}${ordinalSuffix(value)}`
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'
}

function englishTime(hour: number, minute: number): string {
  const suffix = hour < 12 ? 'a.m.' : 'p.m.'
  const twelve = hour % 12 === 0 ? 12 : hour % 12
  if (hour === 12 && minute === 0) return 'noon'
  if (hour === 0 && minute === 0) return 'midnight'
  return minute === 0 ? `${twelve} ${suffix}` : `${twelve}:${String(minute).padStart(2, '0')} ${suffix}`
}

/** Whether the source locale writes the day before the month, per `Intl` (once per locale). */
const dayFirst = memoized(dayFirstUncached)
function dayFirstUncached(locale: string): boolean {
  const parts = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC'}).formatToParts(Date.UTC(2024, 10, 14))
  const types = parts.map((part) => part.type).filter((type) => type === 'day' || type === 'month')
  return types[0] === 'day'
}

// `Thursday (14/11)`, `Sunday evening (16/2)`: Indonesian *Minggu malam (16/2)*.
const weekdayParen = new RegExp(`\\b(${weekdayNames.join('|')})(\\s+(?:morning|afternoon|evening|night))?\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)`, 'g')
// `Sunday 20/04` (French *dimanche 20/04*): the weekday and a day/month, without brackets.
const weekdaySlash = new RegExp(`\\b(${weekdayNames.join('|')})\\s+(\\d{1,2})/(\\d{1,2})\\b(?!/)`, 'g')
// Arabic *الأربعاء 9-4*: `until Wednesday 9-4`, day and month with a hyphen (only after a preposition: `lost Wednesday 9-4`
// is a score).
const weekdayHyphen = new RegExp(`(?<=\\b(?:on|until|till|from|since|by|before|after)\\s)(${weekdayNames.join('|')})\\s+(\\d{1,2})-(\\d{1,2})\\b(?![-\\d])`, 'g')
// `at 19 o'clock`: German *um 19 Uhr*, Dutch *om 19 uur*; English counts o'clock on a 12-hour dial.
// Also `24 o'clock` (Chinese *24时*, the end of the day): midnight.
const dialHour = /\b(1[3-9]|2[0-4])\s+o['\u2019]clock\b/g
// Indonesian *H-3*, *H+2*: days before or after a holiday (Eid), as Indonesian news counts them.
const holidayCountdown = /\bH ?([-–−+]) ?(\d{1,2})(?![\p{L}\d])/gu
const zoneTime = /\b([01]?\d|2[0-3])[.](\d{2})(\s*)(WIB|WITA|WIT)\b/g
const dottedTime = /\b(at|around|about|by|until|till|from|since|before|after|between|pukul)\s+([01]?\d|2[0-3])[.](\d{2})\b(?!\.\d)/gi
const uhrTime = /\b([01]?\d|2[0-3])(?:[.:](\d{2}))?\s?Uhr\b/g
const hTimeLanguages: ReadonlySet<string> = new Set(['fr', 'pt', 'es', 'it', 'vi'])
const frenchTime = /\b([01]?\d|2[0-3])\s?h\s?(\d{2})\b/g
// Also `on the morning of 14/11` (Vietnamese *sáng 14/11*).
// And `to 15/8` (Vietnamese *đến 15/8*, up to that date).
const bareDayMonth = /\b(on|for|until|till|by|from|since|before|after|the|to|(?:morning|afternoon|evening|night|dawn|day|session|meeting|sitting) of)\s+(\d{1,2})\/(\d{1,2})\b(?![/\d])/g
// `27.11.`: day and month with points and no year, after a word that introduces a date.
// Also without the last point (`on 17.10`), unless an amount follows (`on 3.5 million`).
const dottedDayMonth = new RegExp(`\\b(on|for|until|till|by|from|since|before|after|to|and|of|the|${weekdayNames.join('|')}),?\\s+(\\d{1,2})\\.(\\d{1,2})(\\.?)(?![\\d\\p{L}]|[.,]\\d)`, 'gu')
// `at 14h`: the French hour without minutes.
const frenchHour = /\b(at|from|until|till|by|before|after|around|about|between|and|to|since|(?:scheduled|planned|set|expected|due|fixed|slated|programmed|convened|called) for)\s+([01]?\d|2[0-3])\s?h\b(?![\d:]|\.\d)/g
// `22:00 h`, `10.30 h`: Spanish and French clock times with an `h` after them.
const suffixedTime = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\s?h\b(?![\d:])/g
// Also German *Uhr* rendered `clock`: `at 14:30 clock`.
const hoursTime = /\b([01]?\d|2[0-3])[:.](\d{2})\s+(?:hours|clock)\b/g
const numericDate = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g
// `the 15 of April (of 2025)`, `on 3 of May`, `the past 14 of January` (*el pasado 14 de enero*): Spanish, Portuguese, Italian and French day–month order
// (*el 15 de abril de 2025*, *le 15 avril*) kept with its `de`; `the 15 April` keeps the article.
const romanceDay = new RegExp(`\\b(?:([Tt]he|on|until|till|from|since|by|before|after|between|and|to)\\s+)(?:(?:past|next|last|coming)\\s+)?(?:(${weekdayNames.join('|')}),?\\s+)?(\\d{1,2}|1er|1re|1ère)(\\s+of)?\\s+(${monthNames.join('|')})\\b(?:,?\\s+of\\s+(\\d{4})\\b)?`, 'g')
// A dateline's day and month in source order: `Ribamar, 28 of April – …` (Portuguese *Ribamar, 28 de abril –*).
const datelineDayOfMonth = new RegExp(`(?<=^[^\\n,]{2,40}, )(\\d{1,2}) of (${monthNames.join('|')})(?= [–—-])`, 'gm')
// `on the 18 and 19 October` (French *les 18 et 19 octobre*): two days before their month, with the article.
const romanceDayPair = new RegExp(`\\b[Tt]he (\\d{1,2}) (and|to) (\\d{1,2}) (${monthNames.join('|')})\\b`, 'g')
// Spanish *el pasado martes 21*, French *mardi 21*: a weekday with the day's number and no month.
const weekdayNumber = new RegExp(`\\b(?:last|this|next|on|the)\\s+(${weekdayNames.join('|')})\\s+(\\d{1,2})\\b(?=\\s*(?:[,.;]|(?:in|at|on|the|and|when|after|before|to)\\b))`, 'g')
// German *um halb acht* (7:30) rendered `at half eight`, which in British English is 8:30.
const halfHour = /\b(at|from|until|till|by|around|about|before|after)\s+half\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s+(?:an?\s+)?hours?\b)/g
const hourWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
// French *dans la nuit de samedi à dimanche*: `in the night of Saturday to Sunday`.
const nightOf = new RegExp(`\\b(?:[Ii]n|[Dd]uring) the night (?:of|from) (${weekdayNames.join('|')}) (?:to|into|on) (${weekdayNames.join('|')})\\b`, 'g')
// Italian *nella notte tra martedì e mercoledì*, Spanish *la noche del martes al miércoles*: `in the night between Tuesday and Wednesday`.
const nightBetween = new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Oo]n) the night (?:between|of) (${weekdayNames.join('|')}) (?:and|to) (${weekdayNames.join('|')})\\b`, 'g')
// French *dans la nuit du 14 au 15 novembre*: `in the night of 14 to 15 November`.
const nightOfDayToDay = new RegExp(`\\b(?:[Ii]n|[Dd]uring) the night (?:of|from) (\\d{1,2}) (?:to|into) (\\d{1,2}) (${monthNames.join('|')})\\b`, 'g')
// Russian *в ночь с 3 на 4 декабря*: `the night of 3 on 4 December`.
const nightOfDayOnDay = new RegExp(`\\bnight (?:of|from) (\\d{1,2}) on (\\d{1,2}) (${monthNames.join('|')})\\b`, 'g')
// Portuguese *no dia 2 de janeiro*: `on day 2 of January`.
const dayNOfMonth = new RegExp(`\\b([Oo]n |[Ff]rom |[Uu]ntil |[Bb]y )?day (\\d{1,2}) of (${monthNames.join('|')})\\b`, 'g')
// Spanish *a las 19 horas*, Japanese *14日*: `at 19 hours` (a 24-hour clock time, 13 to 23) and `on 14 days` (a day of
// the month): neither is a duration after `at` / `on`.
const atTwentyFourHour = /\b(at|from|until|by|around) (1[3-9]|2[0-3]) hours\b(?! \d)(?! (?:per|a|an|each|every|of|over|weekly|daily|a week|more|longer|later|earlier|ago)\b)/g
const onDayOfMonthDays = /\b[Oo]n (3[01]|[12]\d|[1-9]) days?\b(?! (?:this|a|per|each|every|between|in|of|out|during|when|last|next)\b)/g
// Italian *alle ore 6*: `at the hours 6`, without minutes.
const hoursOfBareHour = /\b(at|from|until|by|around) the hours? (\d{1,2})\b(?![.:,]\d)/g
// Portuguese *sábado, dia 8*: `Saturday, day 8` (without the comma, the Spanish shape's: `Tuesday day 4`).
const weekdayDayNumber = new RegExp(`\\b(${weekdayNames.join('|')}), day (\\d{1,2})\\b`, 'g')
// Japanese *7月14日（月）*: the weekday abbreviated in brackets after the date, `July 14 (Mon.)`.
// Japanese *9/14（日）*, *11/3（月・祝）*: month/day digits, then the weekday (and a holiday mark) in brackets.
const monthDayBracketWeekday = /(?<![\d/])(1[0-2]|[1-9])\/(3[01]|[12]\d|[1-9]) \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:\/Holiday|, holiday)?\.?\)/g
// A 24-hour time with `pm` after it (`15:00 pm`).
const twentyFourHourPm = /\b(1[3-9]|2[0-3]):([0-5]\d) ?(?:pm|p\.m\.|PM)(?![\p{L}])/gu
const dateBracketWeekday = new RegExp(`\\b(${monthNames.join('|')}) (\\d{1,2}) \\((Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?\\)`, 'g')
// Japanese *5時42分*: `at 5 hours 42 minutes` (a clock time, after `at`).
const atHoursMinutes = /\b(at|until|till|from|to|by|before|after|around) (\d{1,2}) hours? (\d{1,2}) minutes?\b/g
// Spanish *este domingo 11 de mayo*: `this Sunday 11 of May`.
const thisWeekdayDayOfMonth = new RegExp(`\\bthis (${weekdayNames.join('|')}),? (\\d{1,2}) of (${monthNames.join('|')})\\b`, 'g')
// Dutch *per 1 april* (with effect from), German *ab Montag*: `per 1 April`, `ab Monday`.
const perDate = new RegExp(`\\b(?:per|ab)(?= (?:\\d{1,2} (?:${monthNames.join('|')})|(?:${monthNames.join('|')}) \\d{1,2}|(?:${weekdayNames.join('|')}))\\b)`, 'g')
// Italian *il 4 maggio scorso*: `on 4 May last`.
const dateLast = new RegExp(`\\b(\\d{1,2}) (${monthNames.join('|')}) last\\b(?! (?:year|week|month|season|time|night)\\b)`, 'g')
// Russian *в 2023 году*, Chinese *2023年*: `in 2023 year`.
const yearYear = /\b((?:19|20)\d{2}) year\b(?![s-])/g
// Italian *il Settecento*: `the Seven hundred`, the eighteenth century.
const italianCentury = /\b[Tt]he (Two|Three|Four|Five|Six|Seven|Eight|Nine) [Hh]undred\b(?! (?:\p{Ll}+s|of|and|thousand|million)\b)/gu
const italianCenturies: Readonly<Record<string, string>> = {Two: '13th', Three: '14th', Four: '15th', Five: '16th', Six: '17th', Seven: '18th', Eight: '19th', Nine: '20th'}
// Chinese *9点30分*: `9 o'clock 30 minutes`.
const oClockMinutes = /\b(\d{1,2}) o['’]clock (\d{1,2}) minutes?\b/g
// German *in der Nacht zu Sonntag*: `in the night to Sunday`.
const nightTo = new RegExp(`\\b(?:[Ii]n|[Dd]uring) the night (?:to|towards|toward) (${weekdayNames.join('|')})\\b`, 'g')
// French *dans quinze jours* (in two weeks), *dans huit jours* (in a week): the source counts the day it starts on.
const romanceFortnight = /\b(in|within|for) (fifteen|15|eight|8) days\b/g
const fortnightSources: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt'])
// French *en fin de matinée*, *en début d'après-midi*; Spanish *a primera hora de la mañana*, *a última hora de la tarde*.
// Not `at the end of the day`: English too, both for late in the day and for `ultimately`.
const partOfDay = /\bat (?:the )?(?!end of the day\b)(end|beginning|start|first hours?|last hours?) of the (morning|afternoon|evening|day)\b/g
const partOfDaySources: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt', 'de', 'nl'])
// French *le XIIe siècle*, Spanish *el siglo XII*: centuries in Roman numerals (`the XIIth century`, `the century XII`).
const romanCentury = /\b(?:([IVX]{2,6}|[IVX](?=th|st|nd|rd|e\b|ème))(?:th|st|nd|rd|e|ème)? [Cc]entur(?:y|ies)|[Cc]entury ([IVX]{2,6}))\b(?!-)/g
// Sources whose press numbers the weeks of the year (*week 47*, *KW 47*).
const weekNumberSources: ReadonlySet<string> = new Set(['nl', 'de'])
const romanCenturySources: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt', 'ru', 'pl'])
// Dutch *vorige week donderdag*, German *letzte Woche Donnerstag*: `last week Thursday`; English says `last Thursday`.
const weekThenWeekday = new RegExp(`\\b(last|next|this) week (${weekdayNames.join('|')})\\b`, 'g')
// Brazilian *na última segunda-feira (3)*, with the day of the month in brackets after the weekday.
const weekdayDayParen = new RegExp(`\\b(${weekdayNames.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?\\s*\\(([1-9]|[12]\\d|3[01])\\)`, 'g')
// Spanish *el próximo sábado día 16*: `the next Saturday day 16`.
const weekdayDay = new RegExp(`\\b(?:(?:[Tt]he\\s+)?(?:past|last|next|coming)\\s+)?(${weekdayNames.join('|')})\\s+day\\s+(\\d{1,2})\\b`, 'g')
// French *ce jeudi 6 février*: `this Thursday 6 February`; *le 1er décembre*: `the 1st December`; *d'ici 2050*:
// `by here 2050`; Spanish *a las siete de la tarde*, German *drei Uhr nachts*: hours with the part of the day.
const thisWeekdayDate = new RegExp(`\\bthis (${weekdayNames.join('|')}),? (\\d{1,2}) (${monthNames.join('|')})\\b`, 'g')
const theOrdinalMonth = new RegExp(`\\b[Tt]he (\\d{1,2})(?:st|nd|rd|th|er) (${monthNames.join('|')})\\b`, 'g')
// Italian and Portuguese *1° dicembre*, *1º de dezembro*: the ordinal indicator after the day.
const indicatorDay = new RegExp(`(?:\\b[Tt]he )?(?<!\\d)(\\d{1,2})[\u00B0\u00BA](?: of)? (${monthNames.join('|')})\\b`, 'g')
// Italian *nella giornata di ieri*, Spanish *en la mañana de ayer*: `in the day of yesterday`, `in the morning of today`.
// Arabic *مساء أمس الأحد* adds the weekday: `On the evening of yesterday, Sunday`.
const partOfNamedDay = new RegExp(`\\b(?:(?:[Ii]n|[Dd]uring|[Oo]n) )?the (day|morning|afternoon|evening|night) of (yesterday|today|tomorrow)(?!['’])(?:,? (${weekdayNames.join('|')}))?\\b`, 'g')
// Dutch *in week 47*, German *in der Woche 47*: the week's number in the year, which English readers do not count.
const weekOfYear = /\b(?:[Ii]n|[Ff]rom|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Ss]ince) week (\d{1,2})\b(?! of\b)/g
// Russian *в 1970-е годы*: `the 1970-s years`, `the 1970s years`, `the 1970-s`.
const decadeYears = /\b((?:1[5-9]|20)\d0)(?:-s(?: years)?|s years)\b/g
// Words that make `week 12` a count English uses too: a season's, a course's or a pregnancy's week.
const weekCountWords = /\b(?:season|league|round|match|matches|game|games|fixture|fixtures|pregnan\w*|gestation|trial|course|semester|term|training|programme|program|treatment|quarantine|lockdown|strike|shutdown|war|campaign|tournament|competition|NFL|Bundesliga|Eredivisie)\b/i
// Turkish *7 Eylül Pazar*, Japanese *9月7日（日）*: the weekday after the date.
const dateThenWeekday = new RegExp(`\\b(\\d{1,2}) (${monthNames.join('|')})(?: (\\d{4}))? (${weekdayNames.join('|')})\\b(?! (?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|[Ss]chool|[Ss]ervice|[Mm]ass)\\b)`, 'g')
// German *KW 38* (Kalenderwoche): `calendar week 38`, a count English readers do not use.
const calendarWeek = /\b[Cc]alendar week (\d{1,2})\b/g
// Spanish *el pasado lunes*, Italian *lo scorso lunedì*: `the past Monday`.
const pastWeekday = new RegExp(`\\b[Tt]he past (${weekdayNames.join('|')})\\b`, 'g')
// Spanish *el día 15 del próximo mes*: `on the day 15 of next month`.
const dayNumberOf = new RegExp(`\\b(?:on )?the day (\\d{1,2}) of (?=(?:next|this|last|the following|the coming|the current) month\\b|(?:${monthNames.join('|')})\\b)`, 'g')
// Turkish *saat 03.30 sıralarında*, Italian *alle ore 15.30*: `around the hours of 03.30`.
const hoursOfTime = /\b(?:(at|around|about|towards?|from|until|by|between) )?the hours?(?: of)? ([01]?\d|2[0-3])[.:]([0-5]\d)\b/g
// Chinese `“5·1” holiday`, `“11·14” incident`: month and day joined by a middle dot.
const middleDotDate = /[“"](1[0-2]|[1-9])·([1-9]|[12]\d|3[01])[”"]/g
// Arabic *الأحد الموافق 9 مارس*: `Sunday corresponding to 9 March`.
const correspondingTo = new RegExp(`\\b(${weekdayNames.join('|')}),? corresponding to (?:the )?((?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${monthNames.join('|')})|(?:${monthNames.join('|')}) \\d{1,2}))\\b`, 'g')
// Japanese *午後3時*: `afternoon 3 o'clock`, the part of the day before the hour.
// Also with minutes (*午後1時半*: `afternoon 1:30`).
const partOfDayHour = /\b(?:(at|from|until|around|by) )?(morning|afternoon|evening|night) (\d{1,2})(?: o['’]clock|:([0-5]\d))\b/g
// Chinese and Japanese dates left in characters: `12月26日`, `2023年5月3日`, `3月`, `19日`, `2023年`.
const cjkDate = /(?<!\d)\d{1,4}[年月日](?:\d{1,2}[月日]){0,2}/gu

/** `5`, `42` → `5:42`; undefined when it is no clock time. */
function clockTime(hour: string, minute: string): string | undefined {
  return Number(hour) > 23 || Number(minute) > 59 ? undefined : `${Number(hour)}:${minute.padStart(2, '0')}`
}

/** A source notation of dates and times: `expected` gives the English, or undefined to let the match pass. */
interface DateShape {
  pattern: RegExp
  expected: (match: RegExpMatchArray) => string | undefined
  why: string
  subId: string
  confidence: number
  /** Only in MT from these source languages. */
  sources?: ReadonlySet<string>
}

const ordinalHours = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
// Also `until the second hour after midnight` (*حتى الساعة الثانية بعد منتصف الليل*).
const ordinalHour = /\b(at|until|till|around|by|from|before|after) the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) hour (?:(?:in|of) the (morning|afternoon|evening|night)|(after|past) midnight)\b/g
// Arabic *الرابع عشر من الشهر الجاري*, French *le 14 du mois courant*: `the 14th of the current month`.
const dayOfCurrentMonth = /\b[Tt]he (\d{1,2})(?:st|nd|rd|th) of the (?:current|present|running|ongoing) month\b/g
// In reporting order: where two overlap, the earlier keeps the span.
// Spanish *en el mes de junio de 2023*, Portuguese *no mês de março*: `in the month of June of 2023`.
// (`in the month of May` alone is English.)
const monthOfYear = new RegExp(`\\bin the month of (${monthNames.join('|')}),? of (\\d{4})\\b`, 'g')
// Chinese *星期二* rendered `Week Two` (Tuesday); Monday is week one.
const weekNumberDay = /\b([Oo]n) Week (One|Two|Three|Four|Five|Six)\b/g
const weekNumbers = ['One', 'Two', 'Three', 'Four', 'Five', 'Six']
// Chinese and Japanese clock times left in characters: `22点`, `19時`, `9時30分`.
const cjkHour = /(?<![\d.:])([01]?\d|2[0-3])[点時时](?:([0-5]?\d)分)?/gu
// Vietnamese *tháng 12/2025*, Indonesian *12/2025*: a month and year with a slash.
const monthSlashYear = /\b([Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Oo]f|[Tt]o) (0?[1-9]|1[0-2])\/((?:19|20)\d\d)\b(?!\/)/g
// French *ce mardi (soir)*, the news-agency way to say `on Tuesday`: `this Tuesday evening`. English keeps `this Tuesday`
// for the coming one, so only in French-source MT, where blind annotators marked it 8 times of 9.
const thisWeekdayFrench = new RegExp(`\\bthis (${weekdayNames.join('|')})(?: (morning|afternoon|evening|night))?\\b(?!,? \\d)`, 'g')
// German *im 3. Quartal*, *die 2. Hälfte*: an ordinal written as a number and a point before a span of time.
const pointOrdinalPeriod = /\b(the|[Ii]n the|[Ff]or the|[Ss]ince the|[Uu]ntil the|[Bb]y the) ([1-9]\d?)\. (quarter|half|week|month|year|century|semester|term|trimester|day)\b/g
// Portuguese *segunda-feira* … *sexta-feira* (Monday … Friday) rendered `second-fair` … `sixth-fair`.
// With a space only after a word that introduces a day (`on second fair`; `a second fair was held` is English).
const portugueseFair = /\b([Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth)(?:-|(?<=\b(?:on|next|last|this|every|until|since|from|by|past) \p{L}+) )[Ff]air\b/gu
const fairWeekdays: Readonly<Record<string, string>> = {second: 'Monday', third: 'Tuesday', fourth: 'Wednesday', fifth: 'Thursday', sixth: 'Friday'}
// Chinese *年底* / *月底* (the year's or month's end) rendered `the bottom of 2027`, `the bottom of the month`.
const bottomOfPeriod = /\b(at|by|until|before|around|from|in|towards?) the bottom of (\d{4}|the (?:year|month))\b/g
// Italian *dalle ore 18 alle 22*: `from hours 18 to 22`.
const fromHoursTo = /\b[Ff]rom (?:the )?hours? ([01]?\d|2[0-4]) to (?:the )?(?:hours? )?([01]?\d|2[0-4])\b(?![.:,]?\d)/g
// Dutch *om 19.30 uur*, *om 8 uur*: the preposition and *uur* (o'clock) left around the time.
const dutchOmUur = /\bom ([01]?\d|2[0-3])(?:[.:]([0-5]\d))? uur\b/g
// A month named in lower case after a preposition (`from september`, Dutch and Romance months are lower case): English
// capitalises them. Not `may` or `march`, which are words too.
const lowerMonthAfterPreposition = /\b(in|from|since|until|till|by|before|after|early|late|mid-|end of|start of|beginning of) (january|february|april|june|july|august|september|october|november|december)\b/g
// Chinese *5月上旬*, *中旬*, *下旬* (the first, middle, last ten days of May): `early`, `mid-`, `late May`.
const tenDaysOfMonth = new RegExp(`\\b[Tt]he (first|middle|last) ten days of (${monthNames.join('|')})\\b`, 'g')
// Text that ends with an English weekday (`Saturday `), the day before a lower-case month.
const endsWithWeekday = new RegExp(`\\b(?:${weekdayNames.join('|')}),? $`)
// Italian *alle ore 10* half translated: `at ore 10`.
const italianOre = /\b(at|from|until|by|around) ore ([01]?\d|2[0-4])(?:[.:]([0-5]\d))?\b/g
const sourceNotations: readonly DateShape[] = [
  {pattern: italianOre, expected: ([, preposition, hour, minute]) => `${preposition} ${englishTime(Number(hour), Number(minute ?? 0))}`, why: 'Italian *ore* (hours) left before the clock time', subId: 'italian-ore', confidence: 0.85, sources: new Set(['it'])},
  {pattern: tenDaysOfMonth, expected: ([, part, month]) => `${part === 'first' ? 'early' : part === 'middle' ? 'mid-' : 'late'}${part === 'middle' ? '' : ' '}${month}`, why: 'Chinese *上旬* / *中旬* / *下旬* (a third of the month) rendered `the first ten days of`', subId: 'ten-days', confidence: 0.85, sources: new Set(['zh', 'ja'])},
  {pattern: lowerMonthAfterPreposition, expected: ([, preposition, month]) => `${preposition}${preposition!.endsWith('-') ? '' : ' '}${month![0]!.toUpperCase()}${month!.slice(1)}`, why: 'a month in lower case, as the source language writes months', subId: 'lower-month', confidence: 0.75},
  {pattern: fromHoursTo, expected: ([, from, to]) => `from ${englishTime(Number(from), 0)} to ${englishTime(Number(to), 0)}`, why: 'Italian *dalle ore 18 alle 22* (from 6 p.m. to 10 p.m.) rendered word for word', subId: 'from-hours-to', confidence: 0.85, sources: new Set(['it', 'es', 'pt', 'tr', 'ar'])},
  {pattern: dutchOmUur, expected: ([, hour, minute]) => `at ${englishTime(Number(hour), Number(minute ?? 0))}`, why: 'Dutch *om … uur* (at … o’clock) left around the time', subId: 'om-uur', confidence: 0.9, sources: new Set(['nl'])},
  {pattern: portugueseFair, expected: ([, ordinal]) => fairWeekdays[ordinal!.toLowerCase()], why: 'Portuguese *segunda-feira* (Monday) rendered word for word', subId: 'portuguese-weekday', confidence: 0.9, sources: new Set(['pt'])},
  {pattern: bottomOfPeriod, expected: ([, preposition, period]) => `${preposition} the end of ${period}`, why: 'Chinese *年底* (the end of the year) rendered `the bottom of`', subId: 'bottom-of', confidence: 0.85, sources: new Set(['zh', 'ja'])},
  {pattern: thisWeekdayFrench, expected: ([, weekday, part]) => `on ${weekday}${part ? ` ${part}` : ''}`, why: 'French *ce mardi* (on Tuesday) rendered `this Tuesday`', subId: 'this-weekday', confidence: 0.75, sources: new Set(['fr'])},
  {pattern: pointOrdinalPeriod, expected: ([, preposition, number, period]) => `${preposition} ${ordinalWord(Number(number))} ${period}`, why: 'an ordinal written with a point (German *3. Quartal*), which English reads as a number ending a sentence', subId: 'point-ordinal', confidence: 0.8, sources: new Set(['de', 'nl', 'pl', 'tr', 'ru'])},
  {pattern: dayNOfMonth, expected: ([, preposition, day, month]) => (Number(day) < 1 || Number(day) > 31 ? undefined : `${preposition ?? ''}${month} ${Number(day)}`), why: 'Portuguese *no dia 2 de janeiro* (on the 2nd of January) rendered `on day 2 of January`', subId: 'day-n-of-month', confidence: 0.85, sources: new Set(['pt', 'es', 'it'])},
  {pattern: nightOfDayToDay, expected: (match) => `on the night of ${match[3]} ${match[1]}-${match[2]}`, why: 'French *dans la nuit du 14 au 15* (the night from one day to the next) rendered word for word', subId: 'night-of-day-to-day', confidence: 0.85, sources: new Set(['fr', 'es', 'it', 'pt'])},
  {pattern: nightOfDayOnDay, expected: (match) => `night of ${match[3]} ${match[1]} to ${match[2]}`, why: 'Russian *в ночь с … на …* (the night from one day to the next) with `on` for *на*', subId: 'night-of-day-on-day', confidence: 0.85},
  {pattern: atTwentyFourHour, expected: ([, preposition, hour]) => `${preposition} ${englishTime(Number(hour), 0)}`, why: 'a 24-hour clock time written with `hours` (Spanish *a las 19 horas*)', subId: 'hours-of', confidence: 0.8},
  {pattern: onDayOfMonthDays, expected: ([, day]) => `on the ${Number(day)}${ordinalSuffix(Number(day))}`, why: 'a day of the month rendered as a count of days (Japanese *14日*)', subId: 'day-count', confidence: 0.8, sources: new Set(['ja', 'zh'])},
  {pattern: hoursOfBareHour, expected: ([, preposition, hour]) => (Number(hour) > 24 ? undefined : `${preposition} ${Number(hour)}:00`), why: '`the hours` before a clock time (Italian *alle ore*, Turkish *saat*)', subId: 'hours-of', confidence: 0.8},
  {pattern: dateLast, expected: (match) => `${match[1]} ${match[2]}`, why: 'Italian *il 4 maggio scorso* (last 4 May) with `last` after the date', subId: 'date-last', confidence: 0.8},
  {pattern: yearYear, expected: (match) => match[1]!, why: 'the year followed by `year`, as the source writes it (*2023 году*, *2023年*)', subId: 'year-year', confidence: 0.85, sources: new Set(['ru', 'zh', 'ja', 'vi', 'tr', 'id'])},
  {pattern: italianCentury, expected: (match) => `the ${italianCenturies[match[1]!]} century`, why: 'Italian *il Settecento* (the 1700s) rendered word for word', subId: 'italian-century', confidence: 0.8, sources: new Set(['it'])},
  {pattern: thisWeekdayDayOfMonth, expected: (match) => `on ${match[1]}, ${match[3]} ${Number(match[2])}`, why: 'Spanish *este domingo 11 de mayo* rendered word for word', subId: 'this-weekday-day-of', confidence: 0.85},
  {pattern: perDate, expected: () => 'from', why: 'Dutch *per* and German *ab* (with effect from) before a date', subId: 'per-date', confidence: 0.8, sources: new Set(['nl', 'de'])},
  {pattern: weekdayDayNumber, expected: (match) => `${match[1]}, <month> ${Number(match[2])}`, why: 'Portuguese *sábado, dia 8* (the day of the month after the weekday) rendered word for word', subId: 'weekday-day-number', confidence: 0.85},
  {pattern: twentyFourHourPm, expected: ([, hour, minute]) => englishTime(Number(hour), Number(minute)), why: 'a 24-hour clock time with `pm` after it', subId: 'twenty-four-hour-pm', confidence: 0.9},
  {pattern: dateBracketWeekday, expected: (match) => `${weekdayNames.find((name) => name.startsWith(match[3]!.slice(0, 3)))}, ${match[1]} ${Number(match[2])}`, why: 'the weekday abbreviated in brackets after the date, as Japanese writes it (*7月14日（月）*)', subId: 'bracket-weekday', confidence: 0.85},
  {pattern: monthDayBracketWeekday, expected: (match) => `${weekdayNames.find((name) => name.startsWith(match[3]!))}, ${monthNames[Number(match[1]) - 1]} ${Number(match[2])}`, why: 'month/day digits with the weekday in brackets, as Japanese writes dates (*9/14（日）*)', subId: 'month-day-bracket-weekday', confidence: 0.85, sources: new Set(['ja', 'zh'])},
  {pattern: atHoursMinutes, expected: ([, preposition, hour, minute]) => {
    const time = clockTime(hour!, minute!)
    return time && `${preposition} ${time}`
  }, why: 'a clock time counted in hours and minutes (Japanese *5時42分*)', subId: 'hours-minutes', confidence: 0.85},
  {pattern: oClockMinutes, expected: ([, hour, minute]) => clockTime(hour!, minute!), why: 'hours and minutes counted in words (Chinese *9点30分*)', subId: 'oclock-minutes', confidence: 0.9},
  {pattern: partOfDayHour, expected: ([, preposition, part, hour, minute]) => {
    const value = Number(hour)
    if (value < 1 || value > 12) return undefined
    const time = `${value}${minute ? `:${minute}` : ''} ${part === 'morning' ? 'a.m.' : 'p.m.'}`
    return preposition ? `${preposition} ${time}` : time
  }, why: 'the part of the day before the hour (Japanese *午後3時*, Chinese *下午3点*)', subId: 'part-of-day-hour', confidence: 0.85},
  {pattern: datelineDayOfMonth, expected: (match) => `${match[2]} ${Number(match[1])}`, why: 'the day before the month with `of` in a dateline, as Romance languages write dates', subId: 'romance-date', confidence: 0.85},
  {pattern: correspondingTo, expected: (match) => `${match[1]}, ${match[2]!.replace(/(\d)(?:st|nd|rd|th)/, '$1').replace(' of ', ' ')}`, why: 'Arabic *الموافق* (falling on) between the weekday and the date, rendered word for word', subId: 'corresponding-to', confidence: 0.9},
  {pattern: weekNumberDay, expected: (match) => `${match[1]} ${weekdayNames[weekNumbers.indexOf(match[2]!)]}`, why: 'Chinese *星期二* (Tuesday) rendered `Week Two`', subId: 'week-number-day', confidence: 0.85, sources: new Set(['zh'])},
  {pattern: cjkHour, expected: ([, hour, minute]) => clockTime(hour!, minute ?? '00'), why: 'a clock time left in Chinese or Japanese characters (*22点*, *19時*, *6时*)', subId: 'cjk-hour', confidence: 0.9},
  {pattern: monthSlashYear, expected: ([, preposition, month, year]) => `${preposition} ${monthNames[Number(month) - 1]} ${year}`, why: 'a month and year written with a slash (Vietnamese *tháng 12/2025*)', subId: 'month-year', confidence: 0.8, sources: new Set(['vi', 'id', 'ms', 'es', 'fr', 'it', 'pt', 'tr', 'ru', 'ar', 'de', 'nl'])},
  {pattern: monthOfYear, expected: (match) => `in ${match[1]} ${match[2]}`, why: '`in the month of` before a month (and `of` before the year), as Spanish and Portuguese write it', subId: 'month-of-year', confidence: 0.8},
  {pattern: cjkDate, expected: (match) => cjkDateInEnglish(match[0]), why: 'a date left in Chinese or Japanese characters', subId: 'cjk-date', confidence: 0.95},
  {pattern: ordinalHour, expected: ([, preposition, ordinal, part]) => `${preposition} ${ordinalHours.indexOf(ordinal!) + 1} ${part === undefined || part === 'morning' ? 'a.m.' : 'p.m.'}`, why: 'an hour counted with an ordinal, as Arabic writes *الساعة التاسعة*', subId: 'ordinal-hour', confidence: 0.8},
  // The month is the article's, which the text does not name here: advice, not a fix.
  {pattern: dayOfCurrentMonth, expected: (match) => `<month> ${Number(match[1])}`, why: 'the day of `the current month`, as Arabic and French news date it', subId: 'current-month-day', confidence: 0.8}
]
// Chinese *本月14日*: `on this month 14th`.
const thisMonthDay = /\b(this|last|next) month (\d{1,2})(?:st|nd|rd|th)\b/g
// Chinese, Japanese and Korean dates, year first, with dots or slashes: `2025.12.20`, `2025/11/24`.
const yearFirstDotted = /(?<![\d./])((?:19|20)\d{2})([./])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d/]|\.\d)/g
// Chinese *北京时间10:00* (Beijing time first), and *十一黄金周* (the National Day Golden Week) as `Eleven Golden Week`.
const beijingTimeFirst = /\bBeijing time (\d{1,2}):(\d{2})\b/g
const elevenGoldenWeek = /\b(?:the )?(?:Eleven|Ten-One|Eleventh) Golden Week\b/g
// Arabic *الساعة التاسعة مساء* with an ordinal: `at the ninth hour in the evening`.
// A Levantine month with its day (`11 Tishreen al-Thani`, `the 2nd of Ayyar`); named alone it is `untranslated`'s.
const levantineDate = new RegExp(`\\b(?:the )?(\\d{1,2})(?:(?:st|nd|rd|th) of)? (${levantineMonthNames})\\b`, 'g')
// Arabic *الساعة التاسعة مساء*: `at the hour nine in the evening`.
const theHourWord = /\bat the hour (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?: (?:in|of) the (morning|afternoon|evening|night))?\b/g
// `at hour 21.45`, `between hours 23.00` (Turkish *saat 21.45'te*).
const prepositionHour = /\b([Aa]t|[Aa]round|[Aa]bout|[Ff]rom|[Uu]ntil|[Bb]y|[Bb]etween) hours? ([01]?\d|2[0-3])(?:[.:]([0-5]\d)\b|(?<=hours \d{1,2})(?![.:,]?\d)(?! (?:and|of|per|a|an|the|in|to)\b))/g
// `on 17-5`, `until 24-4`: day-month with a hyphen (Dutch *op 17-5*); not a score (`on 17-5 aggregate`).
// Also `the evening of 20-8` (Vietnamese *tối 20-8*).
const dashDayMonth = /\b(on|until|till|from|since|before|after|(?:morning|afternoon|evening|night|dawn) of)\s+(\d{1,2})-(\d{1,2})\b(?![-\d]|\s+(?:win|victory|defeat|draw|lead|loss|aggregate|scoreline|result|vote|votes|majority|split|decision)\b)/g
// `Monday at 21` (Italian *lunedì alle 21*): an hour of the 24-hour clock alone, after a weekday.
const weekdayAtHour = new RegExp(`\\b(?:${weekdayNames.join('|')})(?: (?:morning|afternoon|evening|night))? at (1[3-9]|2[0-3])\\b(?![.:,]?\\d|\\s*(?:%|per|years?|km|kilomet|metres|meters|degrees|people|minutes|hours|o['’]clock))`, 'g')
const byHereYear = /\bby here (\d{4})\b/g
// Japanese dates and times: `on the 14th (Fri)` (*14日（金）*), `p.m. 3:30` (*午後3時半*), `Reiwa 2` (an era year).
// Also without `the` (`on 14th (Sun)`).
const japaneseDayWeekday = /\b(?:the )?(\d{1,2}(?:st|nd|rd|th)) \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\)/g
const markerFirstTime = /\b(?:([ap])\.m\.|([AP])M) (\d{1,2})[:.](\d{2})\b/g
const japaneseEra = /\b(Reiwa|Heisei|Sh[oō]wa) (\d{1,2})\b(?! (?:era|period)\b)/g
const eraStart: Readonly<Record<string, number>> = {Reiwa: 2019, Heisei: 1989, Showa: 1926, Shōwa: 1926}
// `on the night to Wednesday` (Russian *в ночь на среду*): the night before that day.
const nightToWeekday = new RegExp(`\\b[Oo]n the night to (${weekdayNames.join('|')})\\b`, 'g')
// Only `of the evening` and `in the night`: `at six in the morning` is English.
const hourOfPart = /\b(?:at )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?: o['’]clock)? (?:of the (morning|afternoon|evening|night)|in the (night))\b/g
// Indonesian *pada tanggal 2 November*: `on the date 2 November`.
// Turkish *3 Nisan tarihinde*: `on the date of 3 April`.
const onTheDate = new RegExp(`\\b(?:on|in) (?:the )?date (?:of )?(\\d{1,2}) (?:of )?(${monthNames.join('|')})\\b`, 'g')
// A month name in lower case after the day (French *18 août* → `18 august`): English capitalises months.
const lowerMonth = new RegExp(`\\b(\\d{1,2}) (${monthNames.map((name) => name.toLowerCase()).join('|')})\\b`, 'g')
// Spanish agency dates with the month abbreviated in lower case (*14 mar*, *3 ene*).
const spanishShortMonth = /\b(\d{1,2}) (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\b\.?(?!\s*\d)/g
const spanishMonthNumber: Readonly<Record<string, number>> = {ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, oct: 10, nov: 11, dic: 12}
// Spanish date shorthand for an event (*el 23-M*, *el 11-S*): the day and the month's initial.
const dayInitial = /\b(?:the|of|since|on|after|before)\s+(\d{1,2})-([EFMAJSOND])\b(?![-\p{L}])/gu
// Spanish *el pasado día 18* / *el próximo día 3*: the day of the current month by its number.
const pastDay = /\b(?:[Tt]he\s+)?(?:past|last|next|coming)\s+day\s+(\d{1,2})\b(?!\s+of\b)/g
// German ordinal day: `14. November 2024`.
const ordinalDay = new RegExp(`\\b(\\d{1,2})\\.\\s(${monthNames.join('|')})(?:\\s(\\d{4}))?\\b`, 'g')

export const dateFormat = defineCheck(
  {
    ruleId: 'date-format',
    category: 'locale-convention/date-format',
    severity: 'minor',
    fixable: true,
    description: 'Dates and times in the source locale’s notation (“Thursday (14/11)”, “10.30 WIB”, “14.11.2024”)',
    targets: ['en']
  },
  ({context, report: emit}) => {
    const {text} = context.model
    // Patterns overlap (`10.30 WIB` is also a dotted time): the first to claim a span keeps it.
    const claimed: Array<[number, number]> = []
    const report = (found: Problem): void => {
      if (claimed.some(([start, end]) => found.start < end && start < found.end)) return
      claimed.push([found.start, found.end])
      // A suggestion with a placeholder (`<month> 14`) tells the editor what to write; it is no fix to apply.
      emit(found.expected?.[0]?.includes('<') ? {...found, fixable: false} : found)
    }
    const origin = context.sourceLang ? languageName(context.sourceLang) : 'the source language'
    const reportSourceWeekdayDate = (match: RegExpMatchArray, english: ReadonlyMap<string, string>): void => {
      const [, weekday, day, month] = match
      const d = Number(day)
      const m = Number(month)
      if (d < 1 || d > 31 || m < 1 || m > 12) return
      const when = english.get(weekday!.toLowerCase())!
      report(problem(match, [`${when}, ${apMonth(m)} ${d}`, `${when}, ${monthNames[m - 1]} ${d}`], `the ${origin} weekday and its day/month in brackets, as ${origin} news writes dates`, 'weekday-date'))
    }
    for (const match of text.matchAll(weekdayParen)) {
      const [, weekday, part, day, month, year] = match
      const d = Number(day)
      const m = Number(month)
      if (d < 1 || d > 31 || m < 1 || m > 12) continue
      const yearText = year ? `, ${year.length === 2 ? `20${year}` : year}` : ''
      const when = `${weekday}${part ?? ''}`
      const expected = [`${when}, ${apMonth(m)} ${d}${yearText}`, `${when}, ${monthNames[m - 1]} ${d}${yearText}`]
      report(problem(match, expected, `day/month in brackets after the weekday, as ${origin} news writes dates`, 'weekday-date'))
    }
    if (context.sourceLang === 'vi') {
      // The weekday left in Vietnamese before the bracketed date: `Thứ Hai (13/1)`.
      const {pattern, english} = sourceWeekdayParen('vi')
      for (const match of text.matchAll(pattern)) reportSourceWeekdayDate(match, english)
    }
    if (context.sourceLang === 'id' || context.sourceLang === 'ms') {
      // The weekday left in Indonesian before the bracketed date: `Kamis (13/11)`.
      const {pattern, english} = sourceWeekdayParen(context.sourceLang)
      for (const match of text.matchAll(pattern)) reportSourceWeekdayDate(match, english)
      for (const match of text.matchAll(holidayCountdown)) {
        const days = Number(match[2])
        const unit = days === 1 ? 'day' : 'days'
        const expected = match[1] === '+' ? `${days} ${unit} after the holiday` : `${days} ${unit} before the holiday`
        report({...problem(match, [expected], 'Indonesian *H-* count of days to a holiday', 'holiday-countdown'), confidence: 0.8})
      }
    }
    if (context.sourceLang && !['zh', 'ja', 'ar'].includes(context.sourceLang)) {
      for (const match of text.matchAll(sourceWeekdaySlash(context.sourceLang))) {
        const d = Number(match[1])
        const m = Number(match[2])
        if (d < 1 || d > 31 || m < 1 || m > 12) continue
        report(problem(match, [`${monthNames[m - 1]} ${d}`], `day/month after a weekday left in the source language, as ${origin} news writes dates`, 'weekday-date'))
      }
    }
    const hyphenated = context.sourceLang === 'ar' ? text.matchAll(weekdayHyphen) : []
    for (const match of [...text.matchAll(weekdaySlash), ...hyphenated]) {
      const [, weekday, day, month] = match
      const d = Number(day)
      const m = Number(month)
      if (d < 1 || d > 31 || m < 1 || m > 12) continue
      report(problem(match, [`${weekday}, ${apMonth(m)} ${d}`, `${weekday}, ${monthNames[m - 1]} ${d}`], `day/month after the weekday, as ${origin} news writes dates`, 'weekday-date'))
    }
    for (const match of text.matchAll(romanceDayPair)) {
      const [, first, joiner, second, month] = match
      if (Number(first) < 1 || Number(first) > 31 || Number(second) < 1 || Number(second) > 31) continue
      report(problem(match, [`${month} ${first} ${joiner} ${second}`], `the article and the day before the month, as ${origin} writes dates`, 'day-month'))
    }
    for (const match of text.matchAll(zoneTime)) {
      const [, hour, minute, space, zone] = match
      const time = englishTime(Number(hour), Number(minute))
      report(problem(match, [`${time}${space}${zone}`], 'a point separates hours and minutes', 'dotted-time'))
    }
    for (const match of text.matchAll(dottedTime)) {
      const [whole, word, hour, minute] = match
      const offset = whole.length - `${hour}.${minute}`.length
      if (Number(minute) > 59) continue
      // Only with a source known to write times this way, or the Indonesian `pukul`.
      if (!context.sourceLang && word!.toLowerCase() !== 'pukul') continue
      // `about 1.10 euros`, `from 2.05 percent`: an amount, not a time.
      if (isQuantity(text, match.index + whole.length)) continue
      // `3.40am`, `3.40 p.m.`: British style writes the point itself, with the twelve-hour marker.
      if (/^\s?[ap]\.?m\b/i.test(text.slice(match.index + whole.length, match.index + whole.length + 6))) continue
      report({...problem(match, [englishTime(Number(hour), Number(minute))], 'a point separates hours and minutes', 'dotted-time'), start: match.index + offset, confidence: 0.75})
    }
    for (const match of text.matchAll(hoursTime)) {
      const [, hour, minute] = match
      report({...problem(match, [englishTime(Number(hour), Number(minute))], 'the source language\'s “10:00 hours” clock notation', 'hours-time'), confidence: 0.8})
    }
    for (const match of text.matchAll(bareDayMonth)) {
      const date = dayMonthAt(match, '/')
      if (!date || (date.day <= 12 && !(context.sourceLang && dayFirst(context.sourceLang)))) continue
      report({start: date.start, end: date.end, message: `Unexpected \`${date.digits}\`, expected \`${date.expected[0]}\`: day/month digits, as ${origin} writes dates`, expected: date.expected, subId: 'day-month', confidence: 0.8})
    }
    if (context.sourceLang && dayFirst(context.sourceLang)) {
      for (const match of text.matchAll(dashDayMonth)) {
        const date = dayMonthAt(match, '-')
        if (date) report({start: date.start, end: date.end, message: `Unexpected \`${date.digits}\`, expected \`${date.expected[0]}\`: day-month digits after \`${match[1]}\`, as ${origin} writes dates`, expected: date.expected, subId: 'day-month', confidence: 0.75})
      }
    }
    if (context.sourceLang && dotDates(context.sourceLang)) {
      for (const match of text.matchAll(dottedDayMonth)) {
        const [whole, word, day, month, point] = match
        const d = Number(day)
        const m = Number(month)
        if (d < 1 || d > 31 || m < 1 || m > 12) continue
        // Without its last point the digits may be an amount (`from 3.5 to 4`, `on 2.5 percent`): only a date when
        // no amount, range or unit follows, and only after a word that introduces a date.
        if (!point && (isQuantity(text, match.index! + whole.length) || !['on', 'until', 'till', 'since', 'by', 'before', 'after'].includes(word!))) continue
        const offset = whole.length - `${day}.${month}${point}`.length
        const expected = [`${apMonth(m)} ${d}`, `${d} ${monthNames[m - 1]}`]
        report({start: match.index! + offset, end: match.index! + whole.length, message: `Unexpected \`${day}.${month}${point}\`, expected \`${expected[0]}\`: day and month with points, as ${origin} writes dates`, expected, subId: 'dotted-day-month', confidence: word === 'and' || word === 'to' ? 0.7 : 0.85})
      }
    }
    for (const match of text.matchAll(suffixedTime)) {
      const [, hour, minute] = match
      report({...problem(match, [englishTime(Number(hour), Number(minute))], 'a 24-hour time followed by `h`, as Spanish and French write times', 'h-time'), confidence: 0.85})
    }
    if (context.sourceLang && ['de', 'nl'].includes(context.sourceLang)) {
      for (const match of text.matchAll(halfHour)) {
        const [whole, word, hour] = match
        const number = hourWords.indexOf(hour!) + 1 || Number(hour)
        if (number < 1 || number > 24) continue
        const start = match.index! + word!.length + 1
        report({start, end: match.index! + whole.length, message: `Unexpected \`${whole.slice(word!.length + 1)}\`, expected \`${number - 1 === 0 ? 12 : ((number - 1) % 12 || 12)}:30\`: German *halb acht* is half past seven; in English \`half eight\` reads as 8:30`, expected: [`${number - 1 === 0 ? 12 : ((number - 1) % 12 || 12)}:30`], subId: 'half-hour', confidence: 0.8})
      }
    }
    if (context.sourceLang) reportSourceMonths(text, context.sourceLang, report)
    for (const match of text.matchAll(thisWeekdayDate)) {
      const month = monthNames.indexOf(match[3]!) + 1
      report({...problem(match, [`${match[1]}, ${apMonth(month)} ${Number(match[2])}`], 'the weekday after `this`, as French writes *ce jeudi 6 février*', 'this-weekday'), confidence: 0.75})
    }
    for (const match of text.matchAll(theOrdinalMonth)) {
      const month = monthNames.indexOf(match[2]!) + 1
      report({...problem(match, [`${apMonth(month)} ${Number(match[1])}`], 'an article and an ordinal day before the month, as French writes *le 1er décembre*', 'ordinal-day'), confidence: 0.75})
    }
    for (const match of text.matchAll(indicatorDay)) {
      const month = monthNames.indexOf(match[2]!) + 1
      report({...problem(match, [`${apMonth(month)} ${Number(match[1])}`, `${Number(match[1])} ${monthNames[month - 1]}`], 'an ordinal indicator after the day, as Italian and Portuguese write *1° dicembre*', 'ordinal-day'), confidence: 0.8})
    }
    for (const match of text.matchAll(partOfNamedDay)) {
      const [, part, day, weekday] = match
      const english = weekday ? `on ${part === 'day' ? weekday : `${weekday} ${part}`}` : part === 'day' ? day! : part === 'night' && day === 'yesterday' ? 'last night' : day === 'today' ? `this ${part}` : `${day} ${part}`
      report({...problem(match, [english], `\`the ${part} of ${day}\` rendered word for word (Italian *nella giornata di ieri*)`, 'part-of-day'), confidence: 0.8})
    }
    for (const match of text.matchAll(dateThenWeekday)) {
      const [, day, monthName, year, weekday] = match
      const month = monthNames.indexOf(monthName!) + 1
      const yearPart = year ? `, ${year}` : ''
      report({...problem(match, [`${weekday}, ${apMonth(month)} ${Number(day)}${yearPart}`, `${weekday} ${Number(day)} ${monthName}${year ? ` ${year}` : ''}`], 'the weekday after the date, as Turkish and Japanese write it', 'weekday-date'), confidence: 0.75})
    }
    if (context.sourceLang && weekNumberSources.has(context.sourceLang)) {
      for (const match of text.matchAll(weekOfYear)) {
        const week = Number(match[1])
        // A season's, a course's or a pregnancy's week is English too (`in week 3 of the season`, `by week 12`).
        const around = text.slice(Math.max(0, match.index! - 80), match.index! + match[0].length + 80)
        if (week < 1 || week > 53 || weekCountWords.test(around)) continue
        // A suggestion the editor completes (the dates), never a fix to apply.
        report({...problem(match, [`${match[0].split(' ')[0]} the week of <dates>`], `a week numbered in the year, as ${origin} news dates it; English gives the dates`, 'week-number'), confidence: 0.7, fixable: false})
      }
    }
    for (const match of text.matchAll(decadeYears)) report({...problem(match, [`${match[1]}s`], 'a decade written as Russian does (*1970-е годы*, the 1970s)', 'decade'), confidence: 0.85})
    for (const match of text.matchAll(calendarWeek)) report({...problem(match, [`the week of <dates> (week ${match[1]})`], 'German *Kalenderwoche* (KW) rendered word for word: English gives the dates', 'calendar-week'), confidence: 0.8, fixable: false})
    for (const match of text.matchAll(pastWeekday)) report({...problem(match, [`last ${match[1]}`], '`the past` before a weekday (Spanish *el pasado lunes*)', 'past-weekday'), confidence: 0.8})
    for (const match of text.matchAll(dayNumberOf)) {
      const day = Number(match[1])
      const english = `${match[0].startsWith('on') ? 'on ' : ''}the ${day}${ordinalSuffix(day)} of `
      report({...problem(match, [english.trimEnd()], '`the day 15 of` rendered word for word (Spanish *el día 15 de*)', 'day-number'), end: match.index! + match[0].length - 1, confidence: 0.8})
    }
    for (const match of text.matchAll(hoursOfTime)) {
      const [, preposition, hour, minute] = match
      const time = englishTime(Number(hour), Number(minute))
      report({...problem(match, [preposition ? `${preposition} ${time}` : time], '`the hours of` before a clock time (Turkish *saat*, Italian *alle ore*)', 'hours-of'), confidence: 0.8})
    }
    for (const match of text.matchAll(middleDotDate)) {
      const expected = `${monthNames[Number(match[1]) - 1]} ${Number(match[2])}`
      report({...problem(match, [expected], 'a month and day joined by a middle dot, as Chinese writes them', 'middle-dot-date'), confidence: 0.8})
    }
    for (const shape of sourceNotations) {
      if (shape.sources && !(context.sourceLang && shape.sources.has(context.sourceLang))) continue
      for (const match of text.matchAll(shape.pattern)) {
        const expected = shape.expected(match)
        if (expected !== undefined) report({...problem(match, [expected], shape.why, shape.subId), confidence: shape.confidence})
      }
    }
    for (const match of text.matchAll(thisMonthDay)) {
      const expected = `the ${match[2]}${ordinalSuffix(Number(match[2]))} of ${match[1]} month`
      report({...problem(match, [`<month> ${match[2]}`, expected], 'the month before the day, as Chinese writes dates (*本月14日*); English news names the month', 'month-day-order'), confidence: 0.75})
    }
    for (const match of text.matchAll(yearFirstDotted)) {
      const month = Number(match[3])
      report({...problem(match, [`${monthNames[month - 1]} ${Number(match[4])}, ${match[1]}`], 'a year-first date, as Chinese and Japanese write it', 'year-first-dotted'), confidence: 0.85})
    }
    for (const match of text.matchAll(beijingTimeFirst)) report({...problem(match, [`${englishTime(Number(match[1]), Number(match[2]))} Beijing time`], 'the time zone before the time, as Chinese writes *北京时间*', 'zone-first'), confidence: 0.85})
    for (const match of text.matchAll(elevenGoldenWeek)) report({...problem(match, ['the National Day Golden Week'], 'Chinese *十一* (October 1, National Day) rendered as a number', 'eleven-golden-week'), confidence: 0.85})
    for (const match of text.matchAll(levantineDate)) {
      const month = levantineMonths[match[2]!.toLowerCase()]!
      report({...problem(match, [`${monthNames[month - 1]} ${Number(match[1])}`], 'a Levantine month name left untranslated', 'levantine-month'), confidence: 0.9})
    }
    for (const match of text.matchAll(theHourWord)) {
      const hour = hourWords.indexOf(match[1]!) + 1 || Number(match[1])
      if (hour < 1 || hour > 24) continue
      const part = match[2]
      const twelve = hour > 12 ? hour - 12 : hour
      const suffix = part === 'morning' ? ' a.m.' : part ? ' p.m.' : ''
      report({...problem(match, [`at ${part ? twelve : hour}${suffix}`], '`at the hour` before a clock time (Arabic *الساعة*)', 'the-hour'), confidence: 0.8})
    }
    for (const match of text.matchAll(prepositionHour)) {
      // Also `at hours 15` (Italian *alle ore 15*): the plural with a bare hour.
      const [, preposition, hour, minute] = match
      report({...problem(match, [`${preposition} ${englishTime(Number(hour), Number(minute ?? 0))}`], '`hour` before a clock time (Turkish *saat*, Italian *alle ore*)', 'hours-of'), confidence: 0.8})
    }
    for (const match of text.matchAll(weekdayAtHour)) {
      const hour = Number(match[1])
      const at = match[0].lastIndexOf(' at ') + 1
      report({start: match.index! + at, end: match.index! + match[0].length, message: `Unexpected \`at ${match[1]}\`, expected \`at ${englishTime(hour, 0)}\`: a bare 24-hour clock hour`, expected: [`at ${englishTime(hour, 0)}`], subId: 'bare-hour', confidence: 0.75})
    }
    for (const match of text.matchAll(japaneseDayWeekday)) {
      const weekday = weekdayNames.find((name) => name.startsWith(match[2]!))!
      report({...problem(match, [`${weekday}, the ${match[1]}`, weekday], 'the day and a bracketed weekday, as Japanese writes dates (*14日（金）*)', 'day-weekday'), confidence: 0.8})
    }
    for (const match of text.matchAll(markerFirstTime)) {
      const afternoon = (match[1] ?? match[2]!.toLowerCase()) === 'p'
      const hour = Number(match[3])
      report({...problem(match, [englishTime(hour + (afternoon && hour < 12 ? 12 : 0), Number(match[4]))], '`a.m.`/`p.m.` before the time, as Japanese writes *午前*/*午後*', 'marker-first'), confidence: 0.85})
    }
    for (const match of text.matchAll(japaneseEra)) {
      const year = eraStart[match[1]!]! + Number(match[2]) - 1
      report({...problem(match, [String(year)], `a Japanese era year (${match[1]} ${match[2]} is ${year})`, 'era-year'), confidence: 0.85})
    }
    for (const match of text.matchAll(nightToWeekday)) report({...problem(match, [`overnight into ${match[1]}`, `on the night before ${match[1]}`], 'Russian *в ночь на* (the night before a day) rendered word for word', 'night-to'), confidence: 0.8})
    for (const match of text.matchAll(byHereYear)) report({...problem(match, [`by ${match[1]}`], 'French *d’ici* (by) rendered `by here`', 'by-here'), confidence: 0.85})
    for (const match of text.matchAll(hourOfPart)) {
      const hour = hourWords.indexOf(match[1]!) + 1 || Number(match[1])
      if (hour < 1 || hour > 12) continue
      const part = match[2] ?? match[3]
      const evening = part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 7)
      report({...problem(match, [`${match[0].startsWith('at ') ? 'at ' : ''}${hour} ${evening ? 'p.m.' : 'a.m.'}`], 'an hour with the part of the day, as the source language counts (*a las siete de la tarde*, *drei Uhr nachts*)', 'hour-of-part'), confidence: 0.75})
    }
    for (const match of text.matchAll(onTheDate)) {
      const month = monthNames.indexOf(match[2]!) + 1
      report({...problem(match, [`on ${apMonth(month)} ${Number(match[1])}`, `on ${match[2]} ${Number(match[1])}`], 'the date introduced by `the date`, as Indonesian writes *pada tanggal*', 'on-the-date'), confidence: 0.8})
    }
    for (const match of text.matchAll(lowerMonth)) {
      // `18 may apply`, `5,000 march`: the verbs, unless a year or a sentence mark closes the date.
      // After a weekday (`Saturday 14 march`) it is a date whatever follows.
      const afterWeekday = endsWithWeekday.test(text.slice(Math.max(0, match.index! - 11), match.index!))
      if ((match[2] === 'may' || match[2] === 'march') && !afterWeekday && !/^(?:\s*[,.;]|\s+\d{4}\b)/.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 6))) continue
      const month = monthNames.findIndex((name) => name.toLowerCase() === match[2]) + 1
      const start = match.index! + match[0].indexOf(match[1]!)
      report({start, end: match.index! + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${apMonth(month)} ${Number(match[1])}\`: a month in lower case, as the source language writes months`, expected: [`${apMonth(month)} ${Number(match[1])}`, `${Number(match[1])} ${monthNames[month - 1]}`], subId: 'lower-month', confidence: 0.75})
    }
    for (const match of text.matchAll(nightOf)) {
      report({...problem(match, [`overnight ${match[1]} into ${match[2]}`], 'the night named by both its days, as French writes it (*dans la nuit de samedi à dimanche*)', 'night-of'), confidence: 0.75})
    }
    for (const match of text.matchAll(nightBetween)) {
      if (match[1] === match[2]) continue
      report({...problem(match, [`overnight ${match[1]} into ${match[2]}`, `on ${match[1]} night`], 'the night named by both its days, as Italian and Spanish write it (*nella notte tra martedì e mercoledì*)', 'night-of'), confidence: 0.75})
    }
    for (const match of text.matchAll(nightTo)) {
      const previous = weekdayNames[(weekdayNames.indexOf(match[1]!) + 6) % 7]!
      report({...problem(match, [`overnight into ${match[1]}`, `on ${previous} night`], 'the night named by the day it leads to, as German writes it (*in der Nacht zu Sonntag*)', 'night-of'), confidence: 0.75})
    }
    if (context.sourceLang && fortnightSources.has(context.sourceLang)) {
      for (const match of text.matchAll(romanceFortnight)) {
        const week = match[2] === 'eight' || match[2] === '8'
        const english = `${match[1]} ${week ? 'a week' : 'two weeks'}`
        report({...problem(match, [english], `${week ? 'eight' : 'fifteen'} days, as ${origin} counts ${week ? 'a week' : 'two weeks'}`, 'fortnight'), confidence: 0.7})
      }
    }
    if (context.sourceLang && partOfDaySources.has(context.sourceLang)) {
      for (const match of text.matchAll(partOfDay)) {
        const [, part, time] = match
        const early = /^(?:beginning|start|first)/.test(part!)
        const english = `${early ? 'early' : 'late'} in the ${time}`
        report({...problem(match, [english], `the part of the ${time} named as ${origin} does (*en fin de matinée*, *a primera hora*)`, 'part-of-day'), confidence: 0.7})
      }
    }
    if (context.sourceLang && romanCenturySources.has(context.sourceLang)) {
      for (const match of text.matchAll(romanCentury)) {
        const value = romanValue(match[1] ?? match[2]!)
        if (value < 1 || value > 21) continue
        report({...problem(match, [`${value}${ordinalSuffix(value)} century`], `a century in Roman numerals, as ${origin} writes it`, 'roman-century'), confidence: 0.8})
      }
    }
    for (const match of text.matchAll(weekThenWeekday)) {
      const [, when, weekday] = match
      report({...problem(match, [`${when} ${weekday}`, `${weekday} ${when} week`], 'the week before the weekday, as Dutch and German write it (*vorige week donderdag*)', 'week-weekday'), confidence: 0.75})
    }
    for (const match of text.matchAll(weekdayDayParen)) {
      report({...problem(match, [match[1]!], 'the day of the month in brackets after the weekday, as Brazilian and Indonesian papers write it; English gives the date or the weekday', 'weekday-paren'), confidence: 0.8})
    }
    for (const match of text.matchAll(dialHour)) {
      report({...problem(match, [match[1] === '24' ? 'midnight' : englishTime(Number(match[1]), 0)], 'a 24-hour hour with `o\'clock`, as German *Uhr* and Chinese *时* count', 'dial-hour'), confidence: 0.85})
    }
    for (const match of text.matchAll(uhrTime)) {
      const [, hour, minute] = match
      report(problem(match, [englishTime(Number(hour), Number(minute ?? 0))], 'German time notation', 'uhr'))
    }
    // `21h00`, `21h`: French, Portuguese and Spanish write hours with `h`.
    if (context.sourceLang === null || hTimeLanguages.has(context.sourceLang)) {
      const notation = `${context.sourceLang === null ? 'French' : origin} time notation`
      for (const match of text.matchAll(frenchTime)) {
        const [, hour, minute] = match
        if (Number(minute) > 59) continue
        report(problem(match, [englishTime(Number(hour), Number(minute))], notation, 'h-time'))
      }
      for (const match of text.matchAll(frenchHour)) {
        const [whole, word, hour] = match
        const offset = word!.length + (whole.length - word!.length - whole.slice(word!.length).trimStart().length)
        report({...problem(match, [englishTime(Number(hour), 0)], notation, 'h-time'), start: match.index! + offset, confidence: 0.8})
      }
    }
    for (const match of text.matchAll(romanceDay)) {
      const [whole, word, weekday, day, of, month, year] = match
      // French writes the first of the month as an ordinal: `1er décembre`.
      const ordinal = day!.startsWith('1') && /\D/.test(day!)
      const d = ordinal ? 1 : Number(day)
      if (d < 1 || d > 31) continue
      // `on 15 April` is British English; only `of`, an article before the day or `1er` is the source's.
      const article = word === 'the' || word === 'The'
      if (!article && !of && !ordinal) continue
      const index = monthNames.indexOf(month!) + 1
      const start = match.index! + (article ? 0 : whole.indexOf(weekday ?? day!, word!.length))
      const yearText = year ? `, ${year}` : ''
      const actual = text.slice(start, match.index! + whole.length)
      const weekdayText = weekday ? `${weekday}, ` : ''
      const expected = [`${weekdayText}${apMonth(index)} ${d}${yearText}`, `${weekdayText}${d} ${month}${year ? ` ${year}` : ''}`]
      report({start, end: match.index! + whole.length, message: `Unexpected \`${actual}\`, expected \`${expected[0]}\`: the day before the month with \`of\` or an article, as ${origin} writes dates`, expected, subId: 'day-of-month', confidence: 0.8})
    }
    if (context.sourceLang && ['es', 'fr', 'it', 'pt', 'ca'].includes(context.sourceLang)) {
      for (const match of text.matchAll(spanishShortMonth)) {
        const day = Number(match[1])
        const month = spanishMonthNumber[match[2]!]!
        if (day < 1 || day > 31 || context.sourceLang !== 'es') continue
        report({...problem(match, [`${apMonth(month)} ${day}`, `${monthNames[month - 1]} ${day}`], 'a Spanish month abbreviation after the day', 'short-month'), confidence: 0.8})
      }
      for (const match of text.matchAll(dayInitial)) {
        const start = match.index! + match[0].indexOf(match[1]!)
        report({start, end: match.index! + match[0].length, message: `Unexpected \`${match[1]}-${match[2]}\`, expected the date written out: the day and the month’s initial, as ${origin} names an event’s date (*el 23-M*)`, expected: [], subId: 'day-initial', confidence: 0.75})
      }
      for (const match of text.matchAll(weekdayDay)) {
        const day = Number(match[2])
        if (day < 1 || day > 31) continue
        report({...problem(match, [`${match[1]}, the ${day}${ordinalSuffix(day)}`], `weekday and day number joined by *día*, as ${origin} writes dates`, 'weekday-day'), confidence: 0.8})
      }
      for (const match of text.matchAll(pastDay)) {
        const day = Number(match[1])
        if (day < 1 || day > 31) continue
        report({...problem(match, [`on the ${day}${ordinalSuffix(day)}`], `the day by its number alone, as ${origin} writes *el pasado día 18*`, 'past-day'), confidence: 0.8})
      }
      for (const match of text.matchAll(weekdayNumber)) {
        const [, weekday, day] = match
        if (Number(day) < 1 || Number(day) > 31) continue
        const start = match.index! + match[0].indexOf(weekday!)
        report({start, end: match.index! + match[0].length, message: `Unexpected \`${text.slice(start, match.index! + match[0].length)}\`, expected \`${weekday}\` with the month (\`${weekday}, <month> ${Number(day)}\`): the day's number after the weekday, as ${origin} writes dates`, expected: [weekday!], subId: 'weekday-number', confidence: 0.75})
      }
    }
    for (const match of text.matchAll(ordinalDay)) {
      const [, day, month, year] = match
      const index = monthNames.indexOf(month!) + 1
      if (Number(day) < 1 || Number(day) > 31) continue
      // Without a year, only when the source writes ordinal days this way (`he was 14. November came`).
      if (!year && context.sourceLang !== 'de' && context.sourceLang !== 'pl') continue
      const yearText = year ? `, ${year}` : ''
      report(problem(match, [`${apMonth(index)} ${Number(day)}${yearText}`, `${Number(day)} ${month}${year ? ` ${year}` : ''}`], 'a point after the day, as German writes ordinal dates', 'ordinal-day'))
    }
    reportNumericDates(context, text, report)
  }
)

/** Whether `locale` writes numeric dates with points (`27.11.2024`), from Intl (once per locale). */
const dotDates = memoized(dotDatesUncached)
function dotDatesUncached(locale: string): boolean {
  const parts = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC'}).formatToParts(Date.UTC(2024, 10, 27))
  return parts.some((part) => part.type === 'literal' && part.value.trim() === '.')
}

function reportNumericDates(context: QaContext, text: string, report: (problem: Problem) => void): void {
  const sourceDayFirst = context.sourceLang ? dayFirst(context.sourceLang) : true
  for (const match of text.matchAll(numericDate)) {
    const [, first, separator, second, year] = match
    const a = Number(first)
    const b = Number(second)
    let day: number
    let month: number
    let confidence: number
    if (a > 12 && b <= 12) {
      ;[day, month, confidence] = [a, b, 0.95]
    } else if (a <= 12 && b > 12) {
      // Month first: fine in US English unless written with points.
      if (separator !== '.') continue
      ;[day, month, confidence] = [b, a, 0.8]
    } else if (a <= 12 && b <= 12) {
      if (!context.sourceLang && separator !== '.') continue
      if (!sourceDayFirst) continue
      ;[day, month, confidence] = [a, b, separator === '.' ? 0.85 : 0.7]
    } else {
      continue
    }
    if (day < 1 || day > 31 || month < 1) continue
    report({
      ...problem(match, [`${apMonth(month)} ${day}, ${year}`, `${day} ${monthNames[month - 1]} ${year}`], 'day-month-year digits read as month-day in American English', 'numeric-date'),
      confidence
    })
  }
}

/** The day-month digits closing `match` (groups: word, day, month) and their English, or undefined when no date. */
function dayMonthAt(match: RegExpMatchArray, separator: string): {start: number; end: number; day: number; digits: string; expected: string[]} | undefined {
  const [whole, , dayDigits, monthDigits] = match
  const day = Number(dayDigits)
  const month = Number(monthDigits)
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined
  const digits = `${dayDigits}${separator}${monthDigits}`
  const end = match.index! + whole!.length
  return {start: end - digits.length, end, day, digits, expected: [...new Set([`${apMonth(month)} ${day}`, `${monthNames[month - 1]} ${day}`])]}
}

function problem(match: RegExpMatchArray, expected: string[], why: string, subId: string): Problem {
  const start = match.index!
  return {
    start,
    end: start + match[0].length,
    message: `Unexpected \`${match[0]}\`, expected \`${expected[0]}\`: ${why}`,
    expected,
    subId,
    confidence: 0.9
  }
}

/** Words after a time that keep it a time (`at 06.00 hours`). */
const clockWords: ReadonlySet<string> = new Set(['hours', 'hour', 'hrs', 'hr', 'h', 'minutes', 'o'])

/** Whether the word after `offset` makes the number before it an amount (`1.10 euros`, `2.05 percent`, `1.50 million`). */
function isQuantity(text: string, offset: number): boolean {
  // A range: `from 1.20 to 2 euros` is an amount when its upper bound is.
  // Also in Arabic-Indic digits (`from 1.10 to ١٫٢٥ dinars`).
  const range = /^[ \t\u00A0]*(?:to|and|or|-|–)[ \t\u00A0]*[$€£¥]?[\d\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B][\d\u0660-\u0669\u06F0-\u06F9]+)?/u.exec(text.slice(offset, offset + 40))
  if (range) return isQuantity(text, offset + range[0].length)
  const next = /^[ \t\u00A0]*(%|[\p{L}$€£¥]+)/u.exec(text.slice(offset, offset + 40))?.[1]?.toLowerCase()
  if (!next || clockWords.has(next)) return false
  return next === '%' || currencyOfWord(next) !== undefined || unitWords.has(next) || scaleWords.has(next) || countNouns.has(next)
}

/** `2023年5月3日` → `May 3, 2023`, `19日` → `the 19th`; undefined when a part is out of range or out of order. */
function cjkDateInEnglish(date: string): string | undefined {
  const rank = {年: 0, 月: 1, 日: 2} as const
  const parts: [number?, number?, number?] = []
  let previous = -1
  for (const [, digits, unit] of date.matchAll(/(\d+)([年月日])/gu)) {
    // Year, month, day, each at most once and in that order.
    const position = rank[unit as keyof typeof rank]
    if (position <= previous) return undefined
    parts[position] = Number(digits)
    previous = position
  }
  const [year, month, day] = parts
  if ((year !== undefined && (year < 1900 || year > 2100)) || (month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) return undefined
  const monthName = month === undefined ? undefined : monthNames[month - 1]!
  if (monthName) return `${monthName}${day === undefined ? '' : ` ${day}`}${year === undefined ? '' : day === undefined ? ` ${year}` : `, ${year}`}`
  if (day !== undefined) return year === undefined ? `the ${day}${ordinalSuffix(day)}` : undefined
  return year === undefined ? undefined : String(year)
}
