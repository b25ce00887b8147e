/**
 * `title-garble`: titles and honorifics that MT garbles: "the Democratic
 * Party's main opposition", "Head of State X", "Mr. President X",
 * untranslated honorifics (Bapak, Ibu, Pak, Herr, Frau).
 */
import {defineCheck} from '../core/define-check.js'
import {sourceWordsByLanguage} from '../data/index.js'
import {languageName} from '../locales/conventions.js'
import type {SourceLanguage} from '../types.js'

const maleHonorifics = new Set(['bapak', 'pak', 'tuan', 'herr', 'monsieur', 'señor', 'senor', 'signor', 'signore', 'senhor', 'bay', 'ông', 'meneer', 'heer', 'господин'])
const femaleHonorifics = new Set(['ibu', 'bu', 'nyonya', 'puan', 'frau', 'madame', 'mme', 'señora', 'senora', 'signora', 'senhora', 'bayan', 'bà', 'mevrouw', 'госпожа'])

// Bounded repetitions keep every pattern linear.
const opposition = /\b(?:the\s+)?((?:[A-Z][\p{L}-]*\s+){1,4}Party)['’]s\s+(main|largest|biggest|leading)\s+opposition\b/gu
const honorificTitle = /\b(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Sir)\s+(President|Vice President|Prime Minister|Minister|Governor|Mayor|Regent|Chairman|Chairwoman|Speaker|Ambassador|Secretary|Director|General|Professor|Doctor|Dr\.)\s+(?=\p{Lu})/gu
const headOfState = /\bHead of State\s+(?=\p{Lu}\p{Ll})/gu
const ministerOf = /\bMinister of (Foreign Affairs|Defen[cs]e|Finance|Home Affairs|Trade|Health|Education|Agriculture|Industry|Energy|Transportation|Tourism|Justice)\s+(?=\p{Lu}\p{Ll})/gu

export const titleGarble = defineCheck(
  {
    ruleId: 'title-garble',
    category: 'accuracy/mistranslation',
    severity: 'major',
    fixable: false,
    description: 'Garbled titles and untranslated honorifics (“the Democratic Party’s main opposition”, “Mr. President X”, “Pak Budi”)',
    targets: ['en']
  },
  ({context, report}) => {
    const {text, words} = context.model
    for (const match of text.matchAll(opposition)) {
      const [whole, party, adjective] = match
      const expected = `the ${adjective} opposition ${party!.trim()}`
      report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${expected}\`: title words in the wrong order`, expected: [expected], subId: 'opposition-order', confidence: 0.9})
    }
    for (const match of text.matchAll(honorificTitle)) {
      const title = match[1]!
      const whole = match[0].trimEnd()
      report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${title}\`: English does not put an honorific before a title and name`, expected: [title], subId: 'honorific-title', confidence: 0.9, fixable: true, severity: 'minor'})
    }
    for (const match of text.matchAll(headOfState)) {
      const whole = match[0].trimEnd()
      report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`President\`: *Kepala Negara* rendered word for word as a title`, expected: ['President'], subId: 'head-of-state', confidence: 0.75, severity: 'minor'})
    }
    if (context.sourceLang) {
      for (const match of text.matchAll(ministerOf)) {
        const portfolio = match[1] === 'Foreign Affairs' ? 'Foreign' : match[1]!
        const whole = match[0].trimEnd()
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${portfolio} Minister\`: English puts the portfolio before the title`, expected: [`${portfolio} Minister`], subId: 'minister-of', confidence: 0.7, severity: 'minor'})
      }
    }
    // Untranslated honorifics before a name.
    const languages: SourceLanguage[] = context.sourceLang ? [context.sourceLang] : ['id']
    const honorifics = new Map<string, SourceLanguage>()
    for (const lang of languages) for (const word of sourceWordsByLanguage[lang]?.honorifics ?? []) honorifics.set(word.toLowerCase().replace(/\.$/, ''), lang)
    for (let index = 0; index + 1 < words.length; index++) {
      const word = words[index]!
      const lang = honorifics.get(word.norm.replace(/\.$/, ''))
      if (!lang) continue
      const next = words[index + 1]!
      if (next.sentence !== word.sentence || !/^\p{Lu}\p{Ll}/u.test(next.value) || text.slice(word.end, next.start).trim() !== '') continue
      if (!/^\p{Lu}/u.test(word.value)) continue
      const key = word.norm.replace(/\.$/, '')
      const english = maleHonorifics.has(key) ? 'Mr.' : femaleHonorifics.has(key) ? 'Ms.' : undefined
      report({
        start: word.start,
        end: word.end,
        message: `Unexpected \`${word.value}\`${english ? `, expected \`${english}\`` : ''}: ${languageName(lang)} honorific left untranslated`,
        expected: english ? [english] : [],
        subId: 'honorific',
        severity: 'minor',
        confidence: 0.85
      })
    }
  }
)
