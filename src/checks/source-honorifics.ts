/**
 * Source-language honorifics left in an English text: *Pak Budi*, *Herr
 * Huber*, *Mme Roux*, *don Anselmo*, *Hasan Bey*. They are words of the
 * source language that were not translated (and Japanese suffixes, *Tanaka-san*), so `untranslated` reports them
 * (MQM Accuracy/Untranslated); `title-garble` keeps honorifics rendered as
 * English words (`Mister the Mayor`). Blind annotators classed a left
 * honorific as untranslated 85 times out of 120 (see ARCHITECTURE.md).
 */
import type {Problem} from '../core/define-check.js'
import type {QaContext} from '../core/context.js'
import {memoized} from '../core/memo.js'
import {sourceWordsByLanguage} from '../data/index.js'
import {languageName} from '../locales/conventions.js'
import {matchAllRequired} from '../text/required-literal.js'
import type {SourceLanguage} from '../types.js'

const maleHonorifics = new Set(['m', 'mm', 'mr', 'monsieur', 'bapak', 'pak', 'cak', 'bung', 'saudara', 'sdr', 'tuan', 'encik', 'herr', 'herrn', 'hr', 'señor', 'senor', 'sr', 'signor', 'signore', 'sig', 'senhor', 'seu', 'meneer', 'heer', 'dhr', 'pan', 'panu', 'bay', 'ông', 'mas', 'don', 'господин', 'gospodin', 'г-н'])
// Doctor titles whose English is `Dr.` (*dottore*, *doutora*, *doctora*).
const doctorHonorifics = new Set(['dra', 'dottor', 'dottoressa', 'dott', 'dott.ssa', 'doutor', 'doutora'])
const femaleHonorifics = new Set(['mme', 'mmes', 'mlle', 'madame', 'mademoiselle', 'ibu', 'bu', 'saudari', 'sdri', 'nyonya', 'nona', 'hj', 'mbak', 'puan', 'cik', 'frau', 'fr', 'fräulein', 'señora', 'senora', 'señorita', 'sra', 'srta', 'doña', 'dña', 'signora', 'signorina', 'sig.ra', 'sig.na', 'senhora', 'dona', 'mevrouw', 'mevr', 'pani', 'panią', 'bayan', 'bà', 'госпожа', 'gospozha', 'г-жа'])

/** `norm` without one final period (`sra.` → `sra`). */
function withoutFinalPeriod(norm: string): string {
  return norm.endsWith('.') ? norm.slice(0, -1) : norm
}

/** The source language's honorifics, lower-cased, without a final period (built once per language). */
const honorificsOf = memoized((lang: string): ReadonlySet<string> => new Set((sourceWordsByLanguage[lang as SourceLanguage]?.honorifics ?? []).map((word) => withoutFinalPeriod(word.toLowerCase()))))

// `Kemal Bey`, `Ayşe Hanım`, `Süleyman Hoca`: Turkish puts the honorific after the (given) name.
const turkishPostHonorific = /\b(\p{Lu}[\p{L}'’-]+) (Bey|Hanım|Hanim|Hoca)\b/gu
// Japanese name suffixes (*さん*, *氏*, *様*, *君*, *先生*, *選手*, *監督*) kept after the name: `Oda Masaru-shi`,
// `Hoshino Kenta-san`, `Mori-kantoku`. Blind annotators class them as untranslated 21 times of 24.
const japaneseSuffix = /\b(\p{Lu}\p{Ll}+)-(san|shi|sama|kun|chan|sensei|senshu|kantoku|dono|shachō|shacho|kachō|kacho|buchō|bucho)\b/gu

// Chinese forms of address left in pinyin after the surname (*田阿姨* `Tian ayi`, *王老师* `Wang laoshi`).
const chineseAddress = /\b(\p{Lu}\p{Ll}+) (ayi|shushu|laoshi|xiansheng|nüshi|nvshi|dashu|dama|laoban|shifu)\b/gu
const chineseAddressEnglish: Readonly<Record<string, string>> = {ayi: 'Ms.', shushu: 'Mr.', xiansheng: 'Mr.', nüshi: 'Ms.', nvshi: 'Ms.', dashu: 'Mr.', dama: 'Ms.'}

/** An honorific the source language writes after the name: the pattern (name, honorific) and the English to expect. */
interface PostNameHonorific {
  readonly pattern: RegExp
  readonly expected: (name: string, honorific: string) => string[]
  readonly why: string
}

const postNameHonorifics: Partial<Record<SourceLanguage, PostNameHonorific>> = {
  // Chinese *田阿姨* `Tian ayi`: English writes `Ms. Tian` (or the name alone for a title such as *老师*).
  zh: {pattern: chineseAddress, expected: (name, address) => [chineseAddressEnglish[address] ? `${chineseAddressEnglish[address]} ${name}` : name], why: 'Chinese form of address left in pinyin'},
  ja: {pattern: japaneseSuffix, expected: (name) => [name], why: 'Japanese honorific suffix left untranslated'},
  // Turkish *Mehmet Bey*, *Ayşe Hanım*: English writes `Mr.`/`Ms.` before the name, or nothing.
  tr: {pattern: turkishPostHonorific, expected: (name, honorific) => [name, `${honorific === 'Hoca' ? 'coach' : honorific === 'Bey' ? 'Mr.' : 'Ms.'} ${name}`], why: 'Turkish honorific after the name left untranslated'}
}

/** Report the source language's honorifics left before (or, in Chinese, Japanese and Turkish, after) a name. */
export function reportSourceHonorifics(context: QaContext, report: (problem: Problem) => void): void {
  const {text, words} = context.model
  const lang = context.sourceLang ?? 'id'
  const honorifics = honorificsOf(lang)
  for (let index = 0; index + 1 < words.length; index++) {
    const word = words[index]!
    const key = withoutFinalPeriod(word.norm)
    if (!honorifics.has(key)) continue
    const next = words[index + 1]!
    // An abbreviated honorific keeps its period (`Sra. López`), inside the word or just after it; the parser
    // may end a sentence there, so a period lets the name follow in the next one.
    const end = text.charCodeAt(word.end) === 46 /* . */ ? word.end + 1 : word.end
    const abbreviated = end > word.end || word.value.endsWith('.')
    const sameSentence = next.sentence === word.sentence || abbreviated
    if (!sameSentence || !/^\p{Lu}\p{Ll}/u.test(next.value) || text.slice(end, next.start).trim() !== '' || next.start === end) continue
    // Capitalised like a title (`Pak`), not an acronym (`MAS` is the Monetary Authority of Singapore). Spanish *don*
    // and *doña* stay lower-case before the name (`don Ernesto`), which English never writes.
    const lowerDon = (key === 'don' || key === 'doña') && word.value === key && (lang === 'es' || lang === 'it' || lang === 'pt')
    if (!lowerDon && !/^\p{Lu}(?:\P{Lu}|$)/u.test(word.value)) continue
    // `M.` is also an initial: only an honorific in French-source MT.
    if ((key === 'm' || key === 'mme') && context.sourceLang !== 'fr') continue
    // `Don` is an English first name too: only before a given name and a surname (`Don Aurelio Pazos`).
    // Spanish usage puts *don* before the given name alone (`Don Ernesto has always denied …`): a name ending in a vowel
    // with no surname after it.
    const givenNameOnly = /[aeiou]$/.test(next.norm) && !(words[index + 2] && words[index + 2]!.sentence === word.sentence && /^\p{Lu}/u.test(words[index + 2]!.value)) && (lang === 'es' || lang === 'it' || lang === 'pt')
    if (key === 'don' && !lowerDon && !givenNameOnly && !(words[index + 2] && words[index + 2]!.sentence === word.sentence && /^\p{Lu}\p{Ll}/u.test(words[index + 2]!.value) && /^\s+$/.test(text.slice(next.end, words[index + 2]!.start)))) continue
    const english = maleHonorifics.has(key) ? 'Mr.' : femaleHonorifics.has(key) ? 'Ms.' : doctorHonorifics.has(key) ? 'Dr.' : undefined
    const actual = text.slice(word.start, end)
    report({
      start: word.start,
      end,
      message: `Unexpected \`${actual}\`${english ? `, expected \`${english}\`` : ''}: ${languageName(lang)} honorific left untranslated`,
      expected: english ? [english] : [],
      subId: 'honorific',
      severity: 'minor',
      confidence: 0.85
    })
  }
  // Honorifics after the name, per source language: one reading, three tables.
  const after = context.sourceLang ? postNameHonorifics[context.sourceLang] : undefined
  if (after) {
    for (const match of matchAllRequired(text, after.pattern)) {
      const [whole, name, honorific] = match
      const expected = after.expected(name!, honorific!)
      report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${expected.join('` or `')}\`: ${after.why}`, expected, subId: 'honorific', severity: 'minor', confidence: 0.85})
    }
  }
}
