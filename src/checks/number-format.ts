/**
 * `number-format`: numbers written in the source locale's convention, which
 * mean something else (or nothing) in the target language: `$2.000`,
 * `3.500 workers`, `2,5 percent`, `2 000 euros`, `1.200,50`,
 * `1.500 million`, and digits of another script.
 */
import {defineCheck, type Problem} from '../core/define-check.js'
import {derived, type QaContext} from '../core/context.js'
import {isSpaceSeparator, languageName, numberConventions, type NumberConventions} from '../locales/conventions.js'
import {currencyOfWord, formatEnglish, formatWith, minorDigitsOf, readNumber, numberRunsOf, type NumberRun} from '../locales/numbers.js'
import {scaleWords, countNouns, unitWords, referenceWords} from '../data/en/numbers.js'
import {foreignScaleWords} from '../data/scale-words.js'
import {englishFunctionWords} from '../data/en/common-words.js'

// Conventions a number may have been written in when the source language is unknown.
const conventionCandidates: readonly NumberConventions[] = [numberConventions('id'), numberConventions('fr'), numberConventions('en')]

export const numberFormat = defineCheck(
  {
    ruleId: 'number-format',
    category: 'locale-convention/number-format',
    severity: 'major',
    fixable: true,
    description: 'Numbers written with the source locale’s separators, which read differently in the target language'
  },
  ({context, report}) => {
    const {text} = context.model
    const runs = numberRunsOf(context.model)
    const target = context.targetNumbers
    // Document evidence: numbers that are unambiguously in the target's grouping.
    const targetStyle = runs.some((run) => isUnambiguousTarget(run, target))
    for (const run of runs) {
      if (run.glued || referenceWords.has(run.previous)) continue
      const problem = judge(run, context, targetStyle)
      const scale = context.targetLang === 'en' ? scaleWordAfter(run, context) : undefined
      if (problem && scale && problem.subId !== 'scale') {
        // One finding for `3,5 Mrd.`: the number and its scale word are fixed together.
        const fixed = problem.expected?.[0] ?? ''
        const expected = scale.currency ? `${scale.currency}${fixed} ${scale.english}` : `${fixed}${context.model.text.slice(run.end, scale.wordStart)}${scale.english}`
        report({...problem, end: scale.end, message: `Unexpected \`${context.model.text.slice(problem.start, scale.end)}\`, expected \`${expected}\`: ${problem.message.split(': ').slice(1).join(': ')}, and the scale word is ${languageName(scale.language)}`, expected: [expected]})
      } else if (problem) {
        report(problem)
      } else if (scale) {
        const {text} = context.model
        const start = run.currency ? run.currency.start : run.start
        const number = text.slice(start, scale.wordStart)
        const expected = scale.currency ? `${scale.currency}${number.trim()} ${scale.english}` : `${number}${scale.english}`
        report({
          start,
          end: scale.end,
          message: `Unexpected \`${text.slice(start, scale.end)}\`, expected \`${expected}\`: ${languageName(scale.language)} scale word left untranslated`,
          expected: [expected],
          subId: 'scale-word',
          confidence: 0.9
        })
      }
    }
    reportForeignDigits(text, context, report)
    if (context.targetLang === 'en') {
      reportSpacedPercent(text, context, report)
      reportSourceNotations(text, report)
      reportGluedScale(text, context, report)
      reportColonScore(text, context, report)
      reportWholePriceDash(text, report)
      if (context.sourceLang === 'nl') reportDutchTon(text, report)
      if (context.sourceLang === 'ar') reportArabicCompounds(text, report)
      if (context.sourceLang && digitsThousandSources.has(context.sourceLang)) reportDigitsThousand(text, report)
      if (context.sourceLang && numberConventions(context.sourceLang).decimal === ',') reportRaceDistances(text, report)
    }
    if (context.targetLang === 'en' || context.targetLang === 'fr') reportCjkScaleDigits(text, report)
    if (context.targetLang === 'en') {
      reportChineseScales(text, report)
      reportThousandMillions(text, report)
    }
  }
)

// Arabic counts its scales one by one: *مليون ومئتا ألف* `one million and 200 thousand`, *23 ألفا و500* `23 thousand
// and 500`. English writes the number.
const arabicCompound = /\b(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten) (million|thousand) and (\d{1,3})(?: (thousand))?\b/g
const smallNumberWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

function reportArabicCompounds(text: string, report: (problem: Problem) => void): void {
  for (const match of text.matchAll(arabicCompound)) {
    const [whole, first, scale, second, secondScale] = match
    const head = first === 'a' ? 1 : smallNumberWords.includes(first!) ? smallNumberWords.indexOf(first!) + 1 : Number(first)
    const size = scale === 'million' ? 1e6 : 1e3
    const rest = Number(second) * (secondScale ? 1e3 : 1)
    if (rest >= size) continue
    const value = head * size + rest
    const english = value >= 1e6 ? englishAmount(value) : formatEnglish(String(value), '')
    if (!english) continue
    report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${english}\`: a number spelled scale by scale, as Arabic counts`, expected: [english], subId: 'scale-by-scale', confidence: 0.85})
  }
}

// A marathon is 42.195 km and a half marathon 21.097 km; with the source's decimal comma they read as thousands of
// kilometres (`the 21,097 kilometres of the course`).
const raceDistance = /\b(42|21),(195|0975|097|1|2)(?= ?(?:km|kilomet(?:re|er)s?)\b)/g

function reportRaceDistances(text: string, report: (problem: Problem) => void): void {
  for (const match of text.matchAll(raceDistance)) {
    const english = `${match[1]}.${match[2]}`
    report({start: match.index!, end: match.index! + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${english}\`: a race distance written with the source's decimal comma (a marathon is 42.195 km)`, expected: [english], subId: 'decimal-comma', confidence: 0.85})
  }
}

// Dutch, German and Scandinavian prices mark whole units with `,-` (`€ 250,-`, `CHF 40.–`); English writes `€250`.
const wholePriceDash = /(€|EUR|CHF|Fr\.|SFr\.|kr\.?|DKK|NOK|SEK)\s?(\d{1,3}(?:[.\u00a0\u202f ]\d{3})*|\d+)[,.](?:-{1,2}|–|—)(?![\d-])/g

function reportWholePriceDash(text: string, report: (problem: Problem) => void): void {
  for (const match of text.matchAll(wholePriceDash)) {
    const [whole, currency, amount] = match
    const digits = amount!.replace(/\D/g, '')
    const english = `${currency === '€' ? '€' : `${currency} `}${formatEnglish(digits, '')}`
    report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${english}\`: \`,-\` marks a whole amount in Dutch and German prices, not in English`, expected: [english], subId: 'whole-price-dash', confidence: 0.9})
  }
}

// Spanish *mil millones*, Portuguese *mil milhões*, Italian *mille milioni*: a billion, which MT writes out.
// After a number (`2,5 thousand million`) only the words are this finding; the number has its own.
const thousandMillion = /\b(?:(a|one)\s+)?thousand\s+millions?\b/gi

function reportThousandMillions(text: string, report: (problem: Problem) => void): void {
  for (const match of text.matchAll(thousandMillion)) {
    const [whole, count] = match
    const expected = count ? `${count} billion` : 'billion'
    if (!count && !/\d\s+$/.test(text.slice(Math.max(0, match.index! - 3), match.index!))) continue
    report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${expected}\`: a thousand million is a billion (Spanish *mil millones*, Portuguese *mil milhões*)`, expected: [expected], subId: 'scale', confidence: 0.85})
  }
}

// Digits with the Chinese and Japanese scale characters left in (`860万`, `4億5000万円`, `1万2000`, `9千`).
// A number, its scale (億 hundred million, 万 ten thousand), the ten thousands after 億, the units left, the currency.
// A decimal comma too (`4,2万`, from a European-style rendering): no grouping has one or two digits after it.
const cjkScaleDigits = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d{1,2}(?!\d))?)([億亿万千])(?:(\d+(?:\.\d+)?)万)?(\d+)?(円|元)?/gu
const cjkCurrency: Readonly<Record<string, string>> = {円: 'yen', 元: 'yuan'}

function reportCjkScaleDigits(text: string, report: (problem: Problem) => void): void {
  if (!/[万億亿千]/u.test(text)) return
  for (const match of text.matchAll(cjkScaleDigits)) {
    const [whole, leading, scale, tenThousands, units, currency] = match
    // `1万2万` is no number: ten thousands follow only hundred millions.
    if ((scale === '万' || scale === '千') && tenThousands !== undefined) continue
    // `3,500万` groups thousands with a comma; `1,5万` (rare) marks a decimal.
    const number = /^\d{1,3}(?:,\d{3})+$/.test(leading!) ? leading!.replace(/,/g, '') : leading!.replace(',', '.')
    const value = Number(number) * (scale === '千' ? 1e3 : scale === '万' ? 1e4 : 1e8) + Number(tenThousands ?? 0) * 1e4 + Number(units ?? 0)
    const amount = englishAmount(value)
    if (!amount) continue
    const english = currency ? `${amount} ${cjkCurrency[currency]}` : amount
    report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${english}\`: Chinese or Japanese scale characters (千 thousand, 万 ten thousand, 億 hundred million) left in the number`, expected: [english], subId: 'cjk-scale', confidence: 0.95})
  }
}

// Chinese counts in 万 (ten thousand) and 亿 (hundred million); MT writes them out literally, or in pinyin (`6.8 wan`).
// Japanese *万* and *億* in romaji (`4,500 man yen`, `1 oku`), `man` only before what it counts.
const chineseScale = /(?<![\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s+(hundred[- ]million|100 million|ten[- ]thousands?|10 thousand|wan|oku|man(?= (?:yen|visitors|people|tourists|households|residents|viewers|spectators|copies|units|cases|tonnes|tons|packs|packages|bags|bottles|boxes|pieces|items|products|users|subscribers|passengers)\b))\b(?!-)/g

/** `1,692 hundred million yuan` → `169.2 billion yuan`. */
function reportChineseScales(text: string, report: (problem: Problem) => void): void {
  for (const match of text.matchAll(chineseScale)) {
    const [whole, number, unit] = match
    // Also in digits, inside the number: `3.2 100 million yuan` (3.2亿元).
    const hundredMillions = unit === 'hundred million' || unit === 'hundred-million' || unit === '100 million' || unit === 'oku'
    const value = Number(number!.replace(/,/g, '')) * (hundredMillions ? 1e8 : 1e4)
    const english = englishAmount(value)
    if (!english) continue
    report({
      start: match.index!,
      end: match.index! + whole.length,
      message: `Unexpected \`${whole}\`, expected \`${english}\`: ${unit === 'man' || unit === 'oku' ? 'Japanese' : 'Chinese'} counts in ${hundredMillions ? '亿 (hundred million)' : '万 (ten thousand)'}, English in thousands`,
      expected: [english],
      subId: 'chinese-scale',
      confidence: 0.9
    })
  }
}

/** A value in English words: 169200000000 → `169.2 billion`, 30000 → `30,000`. */
function englishAmount(value: number): string | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined
  for (const [size, name] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (value >= size) {
      const amount = Math.round((value / size) * 1000) / 1000
      return `${amount} ${name}`
    }
  }
  return Number.isInteger(value) ? formatEnglish(String(value), '') : undefined
}

/** `1,500` in English is a grouping no decimal-comma reading explains away. */
/** A word after the number that says what is counted or measured (not `and`, `to`: `chapters 3,4 and 5`). */
function wordAfterCounts(next: string): boolean {
  return /^\p{Ll}{3,}(?:-\p{Ll}+)*$/u.test(next) && !englishFunctionWords.has(next)
}

function isUnambiguousTarget(run: NumberRun, target: NumberConventions): boolean {
  return run.separators.length > 0 && run.separators.every((separator) => separator === target.group) && readNumber(run, target) !== null && run.groups[0] !== '0'
}

function judge(run: NumberRun, context: QaContext, targetStyle: boolean): Problem | undefined {
  if (run.separators.length === 0) return undefined
  const target = context.targetNumbers
  const asTarget = readNumber(run, target)
  // Written in the target's own grouping (`1,200` in English): the target reading wins.
  if (asTarget && run.separators.every((separator) => separator === target.group)) return undefined
  // English-style numbers are a source convention too when the target is not English.
  const sources = context.sourceNumbers ? knownSourceCandidates(context.sourceNumbers, context.targetLang === 'en', asTarget === null) : conventionCandidates
  for (const source of sources) {
    if (source.group === target.group && source.decimal === target.decimal) continue
    const asSource = readNumber(run, source)
    if (!asSource) continue
    if (asTarget && asTarget.integer === asSource.integer && asTarget.fraction === asSource.fraction) continue
    const evidence = weigh(run, source, asTarget !== null, context, targetStyle)
    if (evidence.score < 3) continue
    const fixed = formatWith(asSource.integer, asSource.fraction, target)
    const start = run.currency ? run.currency.start : run.start
    const prefix = context.model.text.slice(start, run.start)
    const expected = [prefix + fixed]
    const scaled = rescale(asSource, run.next)
    const scaleEnd = scaled ? wordEnd(lowerText(context), run.end, run.next) : -1
    const origin = context.sourceLang ? languageName(context.sourceLang) : 'a source language'
    const how = describe(run, source)
    if (scaled && scaleEnd > 0) {
      return {
        start,
        end: scaleEnd,
        message: `Unexpected \`${context.model.text.slice(start, scaleEnd)}\`, expected \`${prefix}${scaled}\`: ${how} in ${origin}`,
        expected: [prefix + scaled, `${prefix}${fixed} ${run.next}`],
        confidence: evidence.confidence,
        subId: 'scale'
      }
    }
    return {
      start,
      end: run.end,
      message: `Unexpected \`${context.model.text.slice(start, run.end)}\`, expected \`${expected[0]}\`: ${how} in ${origin}`,
      expected,
      confidence: evidence.confidence,
      subId: evidence.kind,
      ...(evidence.why.length > 0 ? {note: `Read as ${context.sourceLang ? origin : 'source-locale'} notation because ${evidence.why.join('; ')}.`} : {})
    }
  }
  return undefined
}

/**
 * The notations to try for a known source: its own; with a point for grouping where it groups with spaces (French
 * and Swiss copy writes `1.350 euros` as often as `1 350 euros`); English when the target is not English; and, for a
 * number no English reading explains (`4,7 million` from Arabic, whose Latin-digit notation is English), every
 * decimal-comma notation.
 */
function knownSourceCandidates(source: NumberConventions, englishTarget: boolean, invalidInTarget: boolean): readonly NumberConventions[] {
  const candidates = [source]
  if (isSpaceSeparator(source.group) && source.decimal === ',') candidates.push({...source, group: '.'})
  // Arabic copy in Latin digits follows French conventions in the Maghreb (`1.200 seats`, `3,5 million`); the
  // evidence (a count noun, three-digit groups) still decides.
  if (source.locale === 'ar') candidates.push(numberConventions('fr'), {...numberConventions('fr'), group: '.'})
  if (!englishTarget) candidates.push(numberConventions('en'))
  if (invalidInTarget) candidates.push(...conventionCandidates)
  return candidates
}

function describe(run: NumberRun, source: NumberConventions): string {
  const groupsWith = run.separators.find((separator) => separator === source.group || ((isSpaceSeparator(source.group) || source.group === '.') && isSpaceSeparator(separator)))
  const decimal = run.separators.at(-1) === source.decimal && !isSpaceSeparator(source.decimal)
  const name = (separator: string) => (separator === '.' ? '`.`' : separator === ',' ? '`,`' : 'a space')
  if (groupsWith && decimal) return `${name(groupsWith)} groups thousands and ${name(source.decimal)} marks decimals`
  if (groupsWith) return `${name(groupsWith)} groups thousands`
  return `${name(source.decimal)} marks decimals`
}

interface Evidence {
  score: number
  confidence: number
  kind: string
  why: string[]
}

/**
 * How sure we are that `run` is written in `source` notation. Readings that
 * are also valid in the target (`2.000` = two) need evidence; readings only
 * valid in the source (`1.234.567`, `1.200,50`) are certain.
 */
function weigh(run: NumberRun, source: NumberConventions, validInTarget: boolean, context: QaContext, targetStyle: boolean): Evidence {
  const why: string[] = []
  const usesSpace = run.separators.some((separator) => isSpaceSeparator(separator))
  const usesDecimal = run.separators.at(-1) === source.decimal
  const kind = usesSpace ? 'space-grouping' : usesDecimal && run.separators.length > 1 ? 'mixed' : usesDecimal ? 'decimal-comma' : 'dot-grouping'
  let score = 0
  const known = context.sourceLang !== null
  const minor = minorDigitsOf(run)
  const fraction = run.groups.at(-1) ?? ''
  const next = run.next
  const scaled = scaleWords.has(next) || foreignScaleWords.has(next.replace(/\.$/, ''))
  const quantity = countNouns.has(next) || scaleWords.has(next) || foreignScaleWords.has(next.replace(/\.$/, '')) || unitWords.has(next) || run.currency !== null || minor !== undefined

  if (!validInTarget) {
    if (kind === 'mixed' || run.separators.length > 1) {
      score += 5
      why.push('no target-language reading fits its separators')
    } else if (kind === 'space-grouping') {
      const typographic = run.separators.some((separator) => separator !== ' ')
      if (typographic) score += 4
      if (known && isSpaceSeparator(source.group)) score += 2
      // `from 2 870 to 3 208,40 rubles`: the range's other end says what is counted.
      if (quantity || spacedRangeEndCounts(context.model.text, run.end)) score += 2
      if (/^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|on|page|pages|no|number)$/.test(run.previous)) score -= 4
      // `98 412 registered voters`: a lower-case word after it reads as what is counted.
      if (wordAfterCounts(next)) score += 1
      why.push('English groups thousands with commas')
    } else if (fraction.length === 3 && run.separators[0] === source.group) {
      // One group separator the target does not use: `3.500 travailleurs` in French.
      if (known) score += 2
      if (quantity) score += 2
      if (fraction.endsWith('0')) score += 1
      why.push(`${context.targetLang === 'en' ? 'English' : languageName(context.targetLang)} does not group thousands with \`${source.group}\``)
    } else {
      // One decimal comma: `2,5 percent`; `from 2,60 to 2,85 euros`: the range's other end says what is counted.
      if (known) score += 2
      // `0,2516 euro`: a leading zero, or four decimals, is no list and no grouping in any English reading.
      if (known && (run.groups[0] === '0' || fraction.length >= 4)) score += 1
      if (quantity || next === '%' || next === '‰' || next === 'percent' || next === 'per' || rangeEndCounts(context.model.text, run.end, source)) score += 2
      // `was 2,31, compared with 2.24`: the same kind of value written with a point close by.
      else if (fraction.length <= 2 && decimalPointNear(context.model.text, run.start, run.end)) score += 1
      // `12,4 cubic hectometres`: one or two decimals before a lower-case word.
      else if (fraction.length <= 2 && (wordAfterCounts(next) || next === 'out')) score += 1
      // `Rp 2,5 billion`: the decimals belong to the scaled amount, not to the currency.
      if (minor !== undefined && fraction.length > minor && !scaled) score -= 2
      why.push('English marks decimals with a point')
    }
  } else {
    // Valid in both: `2.000` is two in English and two thousand in Indonesian.
    if (minor !== undefined && fraction.length > minor) {
      score += 3
      why.push(`the currency has ${minor === 0 ? 'no' : minor} decimal digit${minor === 1 ? '' : 's'}`)
    }
    if (known) {
      score += 2
      why.push(`${languageName(context.sourceLang!)} groups thousands with \`${source.group}\``)
    }
    // `1.284 dengue cases`: the counted noun after one modifier.
    // `3.412 registered tourist flats`: or after two.
    const second = /^\p{Ll}+$/u.test(next) ? wordAfter(context.model.text, run.end, 2) : undefined
    const third = second !== undefined && !countNouns.has(second) && /^\p{Ll}+$/u.test(second) ? wordAfter(context.model.text, run.end, 3) : undefined
    const counted = countNouns.has(next) ? next : third !== undefined && countNouns.has(third) ? third : second
    if (counted !== undefined && countNouns.has(counted)) {
      score += 2
      why.push(`\`${counted}\` are counted in whole numbers`)
    }
    if (scaleWords.has(next)) {
      score += 2
      why.push(`\`${next}\` after three decimals is not how English writes amounts`)
    }
    if (fraction.endsWith('0')) score += 1
    if (fraction === '000') score += 1
    if (targetStyle) {
      score += 1
      why.push('other numbers in the text use English grouping')
    }
    // `2.35 metres` is a measurement; `2.350 metres`, with a trailing zero, is English for nobody but a grouping.
    if (unitWords.has(next) && !countNouns.has(next) && !fraction.endsWith('0')) score -= 1
  }
  return {score, confidence: Math.min(1, Math.max(0.5, score / 5)), kind, why}
}

/** The `nth` word after offset `end` (`1.284 dengue cases`, 2 → `cases`), lower-cased, or undefined. */
function wordAfter(text: string, end: number, nth: 2 | 3): string | undefined {
  const pattern = nth === 2 ? secondWord : thirdWord
  return pattern.exec(text.slice(end, end + 20 * nth))?.[1]?.toLowerCase()
}
const secondWord = /^\s+\p{L}+\s+(\p{L}+)/u
const thirdWord = /^\s+\p{L}+\s+\p{L}+\s+(\p{L}+)/u

/** Whether a number with a decimal point (`2.24`) stands within a few words of `[start, end)`. */
function decimalPointNear(text: string, start: number, end: number): boolean {
  return /(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,])/.test(text.slice(Math.max(0, start - 40), start)) || /(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,])/.test(text.slice(end, end + 40))
}

/** Whether `to 2,85 euros`, `and 3,1 percent` follows `end`: a range whose other end is an amount in the same notation. */
function rangeEndCounts(text: string, end: number, source: NumberConventions): boolean {
  const match = /^\s+(?:to|and|or|-|–)\s+[$€£¥]?\d+(.)\d+\s*(%|\p{L}+)/u.exec(text.slice(end, end + 40))
  if (!match || match[1] !== source.decimal) return false
  const word = match[2]!.toLowerCase()
  return word === '%' || word === '‰' || word === 'percent' || countNouns.has(word) || unitWords.has(word) || scaleWords.has(word) || currencyOfWord(word) !== undefined
}

/** `from 2 870 to 3 208,40 rubles`: a space-grouped range whose other end names what is counted. */
function spacedRangeEndCounts(text: string, end: number): boolean {
  const word = /^\s+(?:to|and|or|-|–)\s+\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?\s*(%|\p{L}+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase()
  return word !== undefined && (word === '%' || countNouns.has(word) || unitWords.has(word) || scaleWords.has(word) || currencyOfWord(word) !== undefined)
}

/** `1.500 million` read as 1,500 million → `1.5 billion`. */
function rescale(value: {integer: string; fraction: string}, next: string): string | undefined {
  const scale = scaleWords.get(next)
  if (!scale || value.fraction) return undefined
  const integer = Number(value.integer)
  if (!(integer >= 1000)) return undefined
  const names: ReadonlyArray<readonly [number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']]
  const total = integer * scale
  for (const [size, name] of names) {
    if (total >= size) {
      const amount = total / size
      if (!Number.isInteger(amount * 1000)) return undefined
      return `${amount.toString()} ${name}`
    }
  }
  return undefined
}

/** The checked text lower-cased, once per text (not once per number). */
function lowerText(context: QaContext): string {
  return derived(context, 'number-format:lower-text', () => context.model.text.toLowerCase())
}

/**
 * First offset of `word` in `lower` at `from` up to `from + maxGap`, else -1: the same as
 * `indexOf(word, from)` within that gap, without searching the rest of the text.
 */
function indexNear(lower: string, word: string, from: number, maxGap: number): number {
  for (let at = from; at <= from + maxGap; at++) if (lower.startsWith(word, at)) return at
  return -1
}

/** End of `word` when it starts at most 3 characters after `from` in `lower` (the lower-cased text), else -1. */
function wordEnd(lower: string, from: number, word: string): number {
  const at = indexNear(lower, word, from, 3)
  return at === -1 ? -1 : at + word.length
}

/** A source-language scale word right after a number (`Rp 5 juta`, `3,5 Mrd.`). */
function scaleWordAfter(run: NumberRun, context: QaContext): {wordStart: number; end: number; english: string; language: string; currency?: string} | undefined {
  const scale = foreignScaleWords.get(run.next.replace(/\.$/, ''))
  if (!scale) return undefined
  if (context.sourceLang && !scale.languages.includes(context.sourceLang)) return undefined
  if (scale.afterCurrency && !run.currency) return undefined
  const wordStart = indexNear(lowerText(context), run.next, run.end, 2)
  if (wordStart === -1) return undefined
  const found = {wordStart, end: wordStart + run.next.length - (run.next.endsWith('.') ? 1 : 0), english: scale.english, language: context.sourceLang ?? scale.languages[0]!}
  return scale.currency ? {...found, currency: scale.currency} : found
}

// `35 %`: French, German, Spanish and Italian put a (no-break) space before the percent sign; English does not.
const spacedPercent = /(?<![\d.,])(\d+(?:[.,]\d+)?)([ \u00A0\u202F])%/g
const spacePercentSources = new Set(['fr', 'de', 'es', 'it', 'pt', 'ru', 'nl', 'tr', 'vi', 'id'])

function reportSpacedPercent(text: string, context: QaContext, report: (problem: Problem) => void): void {
  for (const match of text.matchAll(spacedPercent)) {
    const [whole, number, space] = match
    // A plain space is only the source's habit when the source is known to write it; a no-break space always is.
    if (space === ' ' && !(context.sourceLang && spacePercentSources.has(context.sourceLang))) continue
    // A decimal comma is number-format's other finding; leave the whole to it.
    if (number!.includes(',')) continue
    report({start: match.index, end: match.index + whole.length, message: `Unexpected \`${whole}\`, expected \`${number}%\`: a space before the percent sign, as the source language writes it`, expected: [`${number}%`], subId: 'percent-space', confidence: 0.7, severity: 'minor'})
  }
}

// `12mila visitors` (Italian writes *mila* glued to the digits): a source scale word inside the number's word.
const gluedScale = /(?<![\p{L}\d.,])(\d{1,3})(\p{Ll}{3,8})(?![\p{L}\d])/gu

function reportGluedScale(text: string, context: QaContext, report: (problem: Problem) => void): void {
  if (!context.sourceLang) return
  for (const match of text.matchAll(gluedScale)) {
    const scale = foreignScaleWords.get(match[2]!)
    if (!scale || scale.currency || scale.afterCurrency || !scale.languages.includes(context.sourceLang)) continue
    const number = match[1]!
    // Thousands read best as a grouped number (`12,000`); larger scales keep the English word (`12 million`).
    const english = scale.english === 'thousand' ? (Number(number) * 1000).toLocaleString('en-US') : `${number} ${scale.english}`
    report({start: match.index, end: match.index + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${english}\`: a source-language scale word glued to the number`, expected: [english], subId: 'scale-word', confidence: 0.9})
  }
}

// `beating Ellerbrook 31:29` (German, Dutch, Russian, Turkish and Polish write scores with a colon): English uses a hyphen.
const colonScore = /(?<![\d:.,])(\d{1,3}):(\d{1,3})(?![\d:])/g
const colonScoreSources: ReadonlySet<string> = new Set(['de', 'nl', 'ru', 'tr', 'pl'])
const scoreWords = /\b(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|defeated|defeat|victory|draw|drew|drawn|score|scored|final|match|game|half-time|halftime|goals?)\b/i

function reportColonScore(text: string, context: QaContext, report: (problem: Problem) => void): void {
  if (!context.sourceLang || !colonScoreSources.has(context.sourceLang)) return
  for (const match of text.matchAll(colonScore)) {
    const first = Number(match[1])
    const second = Number(match[2])
    // A clock time (`18:30`) is no score unless it cannot be one and the sentence is about a game.
    const clock = first <= 24 && second <= 59 && match[2]!.length === 2
    const before = text.slice(Math.max(0, match.index - 80), match.index)
    if (clock || !scoreWords.test(before)) continue
    // `a slap shot at 38:15`: the game clock (minutes and seconds) after `at`, not a score.
    if (match[2]!.length === 2 && second <= 59 && /\b(?:at|in the|after|until|before)\s*$/i.test(before)) continue
    const expected = `${first}-${second}`
    report({start: match.index, end: match.index + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${expected}\`: a score written with a colon, as the source language writes it`, expected: [expected], subId: 'score-colon', confidence: 0.75, severity: 'minor'})
  }
}

// Dutch *ton* (a hundred thousand euros): `a subsidy of up to 2 ton`. Only with money in the sentence before it and
// no weight after it (`2 ton of steel`).
// Also `more than a ton` (*ruim een ton*): one hundred thousand, after a word of degree.
const dutchTon = /(?<![\d.,])(?:(\d{1,3})|(?<=\b(?:more than|almost|nearly|about|around|over|roughly|some|at least|up to|less than) )a) ton\b(?! (?:of|per|a|an|each|CO2|steel|grain|waste|cargo|sand)\b)/g
const moneyWords = /\b(?:subsid(?:y|ies)|grants?|euros?|fines?|salar(?:y|ies)|budget|compensation|bonus|loan|worth|cost|costs|spent|spend|invested|contribute|contributes|contributed|contribution|borrow|borrows|paid|pay|payment|premium|allowance|damages|€)(?![\p{L}])/iu

function reportDutchTon(text: string, report: (problem: Problem) => void): void {
  for (const match of text.matchAll(dutchTon)) {
    const sentenceStart = Math.max(text.lastIndexOf('. ', match.index), text.lastIndexOf('\n', match.index), 0)
    if (!moneyWords.test(text.slice(sentenceStart, match.index))) continue
    const value = Number(match[1] ?? 1) * 100000
    const expected = `€${value.toLocaleString('en-US')}`
    report({start: match.index, end: match.index + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${expected}\`: Dutch *ton* (a hundred thousand euros) rendered as a weight`, expected: [expected], subId: 'dutch-ton', confidence: 0.8})
  }
}

// Arabic *180 ألف*, Russian *180 тыс.*, Vietnamese *180 nghìn*: `180 thousand`, which English news writes `180,000`.
// Not `23 thousand and 500` (the Arabic compound above) nor `180 thousand million`.
const digitsThousand = /(?<![\d.,])(?<!\band |\bmillion )([1-9]\d{0,2}) thousand\b(?! (?:and|million|millions|billion|billions)\b)(?!-)/g
const digitsThousandSources: ReadonlySet<string> = new Set(['ar', 'ru', 'vi', 'tr', 'zh', 'id'])

function reportDigitsThousand(text: string, report: (problem: Problem) => void): void {
  for (const match of text.matchAll(digitsThousand)) {
    const expected = `${match[1]},000`
    report({start: match.index, end: match.index + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${expected}\`: a number of thousands in words after digits, as the source writes it`, expected: [expected], subId: 'digits-thousand', confidence: 0.75, severity: 'minor'})
  }
}

// Arabic *عشرات الآلاف*, Spanish *decenas de miles*: `dozens of thousands` for tens of thousands.
const dozensOfThousands = /\b[Dd]ozens of (thousands|millions)\b/g
// Arabic decimal and group marks (٫ ٬) between Latin digits: `3٫5 million`.
const arabicMarks = /\d+(?:[\u066B\u066C]\d+)+/g
// A Chinese or Japanese currency character after digits: `86元`, `300円`.
const cjkCurrencyAfter = /(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?([元円])(?![\p{Script=Han}])/gu

// `%40`: Turkish writes the percent sign before the number (*yüzde 40*, `%40`).
// Also with a space after the sign (`% 40`), unless a number stands before it (`50 % 40`).
const prefixPercent = /(?<![\p{L}\d%])(?<![\d%][ \u00A0])%[ \u00A0]?(\d+(?:[.,]\d+)?)(?![\d%])/gu

// Arabic *بالمئة* (in the hundred) and Vietnamese *phần trăm* rendered word for word: `78 in the hundred`. Not a
// place in a race (`third in the hundred`, `the hundred metres`).
const inTheHundred = /(?<![\p{L}\d.,])(\d{1,3}(?:[.,]\d+)?) (?:in|of|per) the hundred\b(?! ?(?:metres|meters|m\b|yards|race|final|freestyle|breaststroke|backstroke|butterfly|hurdles|sprint))/gu

// Arabic *ألف* and Romance *mil*, *millions de* rendered as a plural scale word: `35 thousands tickets`, `42 millions of
// euros`. English writes the scale word in the singular after a number.
const pluralScale = /(?<![\d.,])(\d{1,3}(?:[.,]\d+)?) (thousands|millions|billions)(?: of)?(?= \p{L})/gu

// Turkish *yüzde 18*: `percent 18`, the word before the number.
const percentWordFirst = /\bpercent (\d{1,3}(?:[.,]\d{1,2})?)(?![\w-]|[.,]\d)/g
// Turkish *2 milyar 450 milyon*: a scale and the next one down, each with its number (`2 billion 450 million`).
const stackedScales = /\b(\d{1,3}) (?:billion (\d{1,3}) million|million (\d{1,3}) thousand)\b/g
// Chinese *人民币35元*: the currency given twice, `RMB 35 yuan`.
const doubledYuan = /\bRMB ?(\d[\d,.]*) yuan\b/g

/** A notation of the source language, read by one pattern: what English writes instead, and why. */
interface NotationShape {
  pattern: RegExp
  expected: (match: RegExpMatchArray) => string[]
  why: string
  subId: string
  confidence: number
  severity?: 'minor'
}

const notationShapes: readonly NotationShape[] = [
  {pattern: dozensOfThousands, expected: (match) => [`tens of ${match[1]}`], why: '*decenas*, *عشرات* (tens) rendered as dozens', subId: 'dozens-of-thousands', confidence: 0.8, severity: 'minor'},
  {pattern: arabicMarks, expected: (match) => [match[0].replace(/\u066B/g, '.').replace(/\u066C/g, ',')], why: 'an Arabic decimal or group mark between Latin digits', subId: 'digit-script', confidence: 0.95},
  {pattern: cjkCurrencyAfter, expected: (match) => [`${match[1]}${match[2] ? `.${match[2]}` : ''} ${match[3] === '元' ? 'yuan' : 'yen'}`], why: 'the currency left as a character', subId: 'cjk-currency', confidence: 0.9},
  {pattern: prefixPercent, expected: (match) => [`${match[1]!.replace(',', '.')}%`], why: 'the percent sign before the number, as Turkish writes it', subId: 'percent-prefix', confidence: 0.85},
  {pattern: inTheHundred, expected: (match) => [`${match[1]!.replace(',', '.')}%`, `${match[1]!.replace(',', '.')} per cent`], why: 'a percentage rendered word for word (Arabic *بالمئة*, in the hundred)', subId: 'percent-words', confidence: 0.85},
  {pattern: pluralScale, expected: (match) => [`${match[1]} ${match[2]!.slice(0, -1)}`], why: 'a scale word in the plural after a number, as the source language writes it', subId: 'plural-scale', confidence: 0.85},
  {pattern: percentWordFirst, expected: (match) => [`${match[1]!.replace(',', '.')}%`, `${match[1]!.replace(',', '.')} percent`], why: '`percent` before the number, as Turkish *yüzde* writes it', subId: 'percent-prefix', confidence: 0.85},
  {pattern: stackedScales, expected: (match) => [`${match[1]}.${(match[2] ?? match[3])!.padStart(3, '0').replace(/0+$/, '')} ${match[2] ? 'billion' : 'million'}`], why: 'a scale and the next one down written out with their own numbers, as Turkish and Russian write amounts', subId: 'stacked-scales', confidence: 0.85},
  {pattern: doubledYuan, expected: (match) => [`${match[1]} yuan`, `RMB ${match[1]}`], why: 'the currency named twice (Chinese *人民币…元*)', subId: 'doubled-currency', confidence: 0.85}
]

function reportSourceNotations(text: string, report: (problem: Problem) => void): void {
  for (const shape of notationShapes) {
    for (const match of text.matchAll(shape.pattern)) {
      const expected = shape.expected(match)
      report({start: match.index!, end: match.index! + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${expected[0]}\`: ${shape.why}`, expected, subId: shape.subId, confidence: shape.confidence, ...(shape.severity ? {severity: shape.severity} : {})})
    }
  }
}

/** Arabic-Indic, Persian or full-width digits in a Latin-script target. */
function reportForeignDigits(text: string, context: QaContext, report: (problem: Problem) => void): void {
  if (context.targetLang === 'ar') return
  const pattern = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19][\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19\u066B\u066C.,]*/g
  if (context.targetLang === 'zh' || context.targetLang === 'ja') return
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    const converted = match[0].replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (digit) => {
      const code = digit.charCodeAt(0)
      const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660
      return String(code - zero)
    }).replace(/\u066B/g, '.').replace(/\u066C/g, ',')
    report({
      start: match.index,
      end: match.index + match[0].length,
      message: `Unexpected \`${match[0]}\`, expected \`${converted}\`: digits of another script`,
      expected: [converted],
      subId: 'digit-script'
    })
  }
}
