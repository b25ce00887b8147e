/** Types of the `translation-qa.config.json` settings, once validated and loaded. */
import type {CheckSetting, CustomLexiconEntry, GlossaryEntry as CheckGlossaryEntry, ScoreOptions} from '../types.js'

/**
 * One row of the desk glossary file: the `glossary` entries of `check()`
 * (the `reference-term` check), as read from CSV or TSV.
 */
export interface GlossaryEntry extends CheckGlossaryEntry {
  /** The term (usually in the source language), as written in the glossary. */
  term: string
  /** The rendering the desk wants. */
  preferred: string
  /** Renderings to flag (the term itself is flagged too when it differs from `preferred`). */
  forbidden: string[]
  /** Why, for the message. */
  note?: string
}

/** A finding an editor dismissed as a false positive: never reported again. */
export interface IgnoreRule {
  ruleId: string
  /** The exact flagged text (`finding.actual`); whitespace differences are ignored. */
  actual: string
  /** Why it was dismissed (kept for people; not used). */
  note?: string
}

/** A loaded configuration. */
export interface QaConfig {
  /** Absolute path of the file it was read from, or `null` for the defaults. */
  path: string | null
  /** Check settings for `check()`. */
  checks: Record<string, CheckSetting>
  scoring: ScoreOptions
  lexicon: CustomLexiconEntry[]
  glossary: GlossaryEntry[]
  ignores: IgnoreRule[]
}

/** The settings when there is no configuration file. */
export function defaultConfig(): QaConfig {
  return {path: null, checks: {}, scoring: {}, lexicon: [], glossary: [], ignores: []}
}
