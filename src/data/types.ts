/**
 * Types of the lexicons in `src/data/<lang>/`. Lexicons are typed data with
 * no logic; every entry was written for this project from facts about the
 * source language's press usage.
 */
import type {SourceLanguage, TargetLanguage} from '../types.js'

/** Renderings per target language (only the languages an entry knows). */
export type PerTarget<T> = Readonly<Partial<Record<TargetLanguage, T>>>

/** What keeps a literal match from being flagged. */
export interface Guard {
  /**
   * Words (lower-case) that, within `window` words before or after the match,
   * show the words are meant literally (`soap` near "wash their hands").
   */
  readonly unlessNear?: readonly string[]
  /**
   * Only written with capitals inside a sentence (`the Neighbouring Country`), as an epithet is; in lower case
   * (`the neighbouring country`) the words are plain English. `'first'`: only the first word (not an article) must
   * be capitalised (`the Main metropolis`, after the river Main).
   */
  readonly capitalised?: boolean | 'first'
  /** Words (lower-case) of which the next word after the match must be one (`his party` only before `has`, `had`, …). */
  readonly followedBy?: readonly string[]
  /** Words to look at on each side for `unlessNear` (default 6). */
  readonly window?: number
  /**
   * `'utterance'`: only flag when the match is the whole of a quotation or a
   * sentence (`"It's empty," he said` but not "the street is empty").
   */
  readonly position?: 'utterance'
  /**
   * Words (lower-case) of which at least one must be within `window` words
   * for the match to count (`victims` only near `troops`, `army`, `war`).
   */
  readonly onlyNear?: readonly string[]
  /**
   * Words (lower-case) that, right after the match, make it fluent English
   * (`of` after "washed his hands": the English idiom "wash one's hands of").
   */
  readonly unlessFollowedBy?: readonly string[]
}

/** A phrase that machine translation renders word for word. */
export interface CalqueEntry {
  /** Stable kebab-case id, unique in its check (reported as `subId`). */
  readonly id: string
  /** Language whose press uses the phrase. */
  readonly sourceLang: SourceLanguage
  /** The phrase in the source language, e.g. `'Negeri Paman Sam'`. */
  readonly source: string
  /**
   * Other source languages whose press has the same phrase, calqued the same way (Spanish *poner palos en las
   * ruedas*, Russian *ставить палки в колёса*, Turkish *tekerine çomak sokmak*): one entry, no copied literals.
   */
  readonly sharedWith?: readonly SourceLanguage[]
  /** What the phrase is. */
  readonly kind: 'country' | 'city' | 'region' | 'organisation' | 'person' | 'idiom' | 'phrase'
  /**
   * Literal renderings as machine translation writes them, per target
   * language. English/French entries are lower-case word sequences matched
   * on word boundaries (apostrophes `'`; `’` and `‘` are folded to `'`);
   * Chinese/Japanese/Arabic entries are matched as substrings.
   */
  readonly literals: PerTarget<readonly string[]>
  /** Replacements, best first, per target language. */
  readonly expected: PerTarget<readonly string[]>
  /** What the phrase means, in English, for the message. */
  readonly meaning: string
  /**
   * `'high'`: no fluent writer produces it; flagged whatever the source
   * language. `'low'`: an established nickname or idiom in the target too
   * ("the Lion City"): flagged only when the source language is known and
   * matches, and with lower confidence.
   */
  readonly confidence: 'high' | 'low'
  readonly guard?: Guard
  /** Longer explanation for the finding's note. */
  readonly note?: string
}

/** Words of a source language that should not survive into the target. */
export interface SourceWordList {
  readonly sourceLang: SourceLanguage
  /**
   * Function words, reporting verbs and particles (lower-case), frequent in
   * the language and rare as English words or names.
   */
  readonly words: readonly string[]
  /** Honorifics and titles that stay untranslated (`Bapak`, `Pak`, `Ibu`). */
  readonly honorifics: readonly string[]
  /** Words also used in English text (loanwords, names): never flagged alone. */
  readonly spared: readonly string[]
  /**
   * Content words of the press that are not English words (lower-case):
   * administration, politics, economy, weather, courts, transport, job
   * titles. Flagged lower-case, or capitalised at a sentence start; German
   * ones capitalised anywhere (German capitalises every noun). Never when a
   * capitalised word stands next to them (part of a name: `Polizei Berlin`).
   */
  readonly nouns?: readonly string[]
  /**
   * Administrative and civic terms English-language papers translate or gloss (`kelurahan`, `muhtar`), with
   * their English: flagged in any case unless glossed in brackets (`urban village (kelurahan)`).
   */
  readonly terms?: Readonly<Record<string, string>>
  /** Abbreviations of the press (`PME`, `EHPAD`, `LKW`), matched exactly as written here. */
  readonly acronyms?: readonly string[]
  /**
   * Heads of compound nouns (lower-case, German): a capitalised word of nine
   * letters or more mid-sentence that ends in one (`Sozialticket`,
   * `Netzentgelte`) and stands next to no other capitalised word is a
   * German noun left untranslated.
   */
  readonly compoundHeads?: readonly string[]
}

/** An MT or AI disclaimer, or a translation footer. */
export interface BoilerplateEntry {
  readonly id: string
  /**
   * Lower-case word sequences that mark the boilerplate; a sentence that
   * contains one is flagged whole.
   */
  readonly phrases: PerTarget<readonly string[]>
  readonly meaning: string
}
