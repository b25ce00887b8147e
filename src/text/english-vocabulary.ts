/**
 * Whether a lower-case word is English, by the American and British Hunspell
 * dictionaries (`dictionary-en`, `dictionary-en-gb`, read with `nspell`, the
 * speller of retext-spell). Used by `untranslated` to find source words that
 * no list names: MT output has next to no typos, so a lower-case word neither
 * dictionary knows is a word left in the source language, or a coinage the
 * guards below recognise (`fintech`, `leptospirosis`, `café`).
 *
 * The dictionaries are read on first use (≈ 0.35 s, ≈ 20 MiB), synchronously,
 * from the installed packages: their entry modules read the files with a
 * top-level `await`, which would stop `require()` of this package.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import nspell from 'nspell'
import {currencyWords, newsVocabulary} from '../data/en/news-vocabulary.js'

type Speller = ReturnType<typeof nspell>

let spellers: Speller[] | undefined

function load(name: string): Speller {
  const entry = createRequire(import.meta.url).resolve(name)
  return nspell({aff: readFileSync(new URL('index.aff', `file://${entry}`)), dic: readFileSync(new URL('index.dic', `file://${entry}`))})
}

function known(word: string): boolean {
  spellers ??= [load('dictionary-en'), load('dictionary-en-gb')]
  return spellers.some((speller) => speller.correct(word))
}

/** Whether the American or British dictionary lists `word` as it is (lower case: no name passes). */
export function isDictionaryWord(word: string): boolean {
  return word.length <= maxWordLength && known(word)
}

const maxWordLength = 30

// Endings English coins words with: a word ending so is taken as English even when no dictionary has it.
const coinedEnding = /(?:osis|itis|ology|ologist|ologists|ics|ic|ectomy|aemia|emia|icide|icides)$/
// Chemical names (pesticides, drugs, compounds: `chlorothalonil`, `fluoxetine`, `bromoform`): an element or group
// prefix and a chemistry ending. Bounded alternations, no nested quantifiers.
const chemicalName = /^(?:chlor|fluor|brom|iod|methyl|ethyl|propyl|butyl|benz|phen|nitr|sulf|sulph|hydr|carb|amin|glyph|acet|cyan|phosph)\p{L}{1,20}(?:ol|il|ine|ane|ene|ide|ate|ite|one|ole|azole|form|ium|yl|ose)$/u
// Suffixes English derives words with; the stem before them is tried as a word.
const englishDerivation = /^(\p{L}{3,}?)(?:i[sz](?:ation|ations|ing|ed|es|e)|ability|able|ness|ment|ments|ers|er|ing|ed|s)$/u
// -ise/-ize verbs, in either spelling: the stem, the `s`/`z` and the ending.
const izeVerb = /^(\p{L}{3,}?)i([sz])(e|ed|es|ing|ation|ations)$/u
// Prefixes English coins words with (`reindustrialisation`, `cybersecurity`, `agrifood`).
const coiningPrefix = /^(?:re|un|de|non|pre|post|over|under|up|out|down|off|anti|counter|co|cyber|eco|bio|geo|tele|auto|mega|micro|nano|agri|agro|hydro|petro|socio|narco|semi|inter|trans|ultra|multi|mini|hyper|super)(?=\p{L}{4})/u

/**
 * Whether `word` (lower case, letters only) is English or an English
 * formation: a dictionary word, a word with its diacritics dropped (`café`),
 * a compound ending in a dictionary word (`upfield`, `nearshoring`), or a word with a coining prefix or ending
 * (`reindustrialisation`, `bronchiolitis`).
 */
export function isEnglishFormation(word: string): boolean {
  let answer = answers.get(word)
  if (answer === undefined) {
    answer = formation(word)
    // Bounded: a text of random letters cannot grow it without end.
    if (answers.size >= maxAnswers) answers.clear()
    answers.set(word, answer)
  }
  return answer
}

/** Answers so far: news vocabulary repeats, and an unknown word costs a few dozen dictionary lookups. */
const answers = new Map<string, boolean>()
const maxAnswers = 100_000

function formation(word: string): boolean {
  // Longer than any formation worth splitting (the splits below cost O(length²)): the dictionaries alone decide.
  if (word.length > maxWordLength) return known(word)
  if (known(word) || coinedEnding.test(word) || chemicalName.test(word) || newsVocabulary.has(word) || currencyWords.has(word)) return true
  if (isDerivation(word)) return true
  // Adjectives in -ural from nouns in -ure (`prefectural`, `sculptural`).
  if (/^\p{L}{3,}ural$/u.test(word) && known(`${word.slice(0, -2)}e`)) return true
  const agent = /^(\p{L}{3,})ators?$/u.exec(word)?.[1]
  if (agent !== undefined && known(`${agent}ate`)) return true
  const verb = izeVerb.exec(word)
  if (verb) {
    const [, verbStem, letter, ending] = verb
    // The other spelling (`anonymise`/`anonymize`: one dictionary may list only one), or a verb made from an
    // adjective or noun (`anonymise` ← anonymous, `apologise` ← apology).
    if (known(`${verbStem}i${letter === 's' ? 'z' : 's'}${ending}`)) return true
    if (['ous', 'y', 'ic', 'al'].some((suffix) => known(`${verbStem}${suffix}`))) return true
  }
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '')
  if (plain !== word && known(plain)) return true
  const prefix = coiningPrefix.exec(plain)?.[0]
  if (prefix && formation(plain.slice(prefix.length))) return true
  for (let cut = 3; cut <= plain.length - 3; cut++) {
    const tail = plain.slice(cut)
    // A known word of five letters or more ends a compound whatever its first part (`nearshoring`); shorter
    // ones end too many source words (`puskeswan`).
    if ((tail.length >= 5 && known(tail)) || (known(plain.slice(0, cut)) && isEnglishTail(tail))) return true
  }
  return false
}

/** An English derivation of a dictionary word (`influencer`, `tokenized`, `livestreamed`). */
function isDerivation(word: string): boolean {
  const stem = englishDerivation.exec(word)?.[1]
  return stem !== undefined && (known(stem) || known(`${stem}e`))
}

/** The second part of a compound: a dictionary word, or a derivation of one (`shoring`). */
function isEnglishTail(tail: string): boolean {
  return known(tail) || isDerivation(tail)
}
