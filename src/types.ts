/**
 * Public types of translation-qa.
 *
 * Everything a `Report` holds is JSON-safe: plain objects, arrays, strings,
 * numbers, booleans and `null`.
 */

/** Severity of a finding, with MQM-style default weights 0 / 1 / 5 / 25. */
export type Severity = 'neutral' | 'minor' | 'major' | 'critical'

/** Severity setting of a check: a severity, or `'off'` to disable it. */
export type SeveritySetting = Severity | 'off'

/**
 * Category of a finding: a dimension of MQM Core, then a leaf.
 * Leaves that MQM Core does not have (`number-format`, `attribution`,
 * `boilerplate`) are our own extensions.
 */
export type Category =
  | 'accuracy/mistranslation'
  | 'accuracy/omission'
  | 'accuracy/addition'
  | 'accuracy/untranslated'
  | 'accuracy/attribution'
  | 'terminology/wrong-term'
  | 'terminology/inconsistent'
  | 'linguistic-conventions/grammar'
  | 'linguistic-conventions/punctuation'
  | 'style/unidiomatic'
  | 'style/awkward'
  | 'locale-convention/number-format'
  | 'locale-convention/currency-format'
  | 'locale-convention/date-format'
  | 'locale-convention/time-format'
  | 'locale-convention/name-format'
  | 'audience-appropriateness/culture-specific-reference'
  | 'design-and-markup/boilerplate'

/** The seven MQM Core dimensions (the part of a `Category` before the slash). */
export type Dimension =
  | 'accuracy'
  | 'terminology'
  | 'linguistic-conventions'
  | 'style'
  | 'locale-convention'
  | 'audience-appropriateness'
  | 'design-and-markup'

/** A span of text: UTF-16 offsets (JavaScript string indices), end exclusive. */
export interface Span {
  start: number
  end: number
  text: string
}

/** One problem found in the checked text. */
export interface Finding {
  /** Check that raised it (the check's file name, kebab-case), e.g. `'number-format'`. */
  ruleId: string
  /** Entry of the check's lexicon or sub-rule that matched, e.g. `'negeri-paman-sam'`. */
  subId?: string
  category: Category
  severity: Severity
  /** One line: "Unexpected `$2.000`, expected `$2,000`: …". */
  message: string
  /** Longer explanation (markdown), when the message is not enough. */
  note?: string
  /** Exactly `text.slice(start, end)`. */
  actual: string
  /** Suggested replacements, best first; `[]` means "remove or rephrase". */
  expected: string[]
  /** Whether `expected[0]` may be applied without an editor (see `applyFixes`). */
  fixable: boolean
  /** How sure the check is, 0–1. */
  confidence: number
  start: number
  end: number
  /** 1-indexed line and column (UTF-16 columns) of `start`. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Absolute URL of the check's documentation. */
  url: string
  /** Where the finding was matched against the reference text. */
  reference?: Span
}

/** Languages whose conventions the checks know, as BCP 47 primary subtags. */
export type SourceLanguage =
  | 'id'
  | 'de'
  | 'fr'
  | 'es'
  | 'pt'
  | 'it'
  | 'nl'
  | 'tr'
  | 'vi'
  | 'ru'
  | 'zh'
  | 'ja'
  | 'ar'
  | 'pl'
  | 'ms'

/** Languages the MT text may be written in. */
export type TargetLanguage = 'en' | 'fr' | 'zh' | 'ja' | 'ar'

/** A lexicon entry supplied by the user at run time (see `CheckOptions.lexicon`). */
export interface CustomLexiconEntry {
  /** Which check uses it. */
  check: 'epithet-calque' | 'literal-idiom' | 'mt-boilerplate' | 'untranslated'
  /** Stable id, kebab-case. */
  id: string
  /** Phrases to flag, matched case-insensitively on word boundaries. */
  phrases: string[]
  /** Replacement suggestions (empty: rephrase or remove). */
  expected?: string[]
  /** What it means, for the message. */
  meaning?: string
  /** Source language whose MT produces it; unset: any. */
  sourceLang?: SourceLanguage
}

/** A house-style glossary entry (see `CheckOptions.glossary` and the `reference-term` check). */
export interface GlossaryEntry {
  /** What the entry is about, e.g. `'United States'`; its id in findings. */
  term: string
  /** The house-style rendering, e.g. `'the United States'`. */
  preferred: string
  /**
   * Renderings to flag wherever they occur, e.g. `"Uncle Sam's country"`;
   * matched in any case, plural or possessive. The term itself is flagged too
   * when it differs from `preferred` (a source term left untranslated).
   */
  forbidden?: string | readonly string[] | null | undefined
  /** Why, shown in the message. */
  note?: string | null | undefined
}

/** Per-check setting: a severity, `'off'`, or an object with a severity and options. */
export type CheckSetting =
  | SeveritySetting
  | boolean
  | ({severity?: SeveritySetting | null | undefined} & Record<string, unknown>)

/** Options of `check()`. */
export interface CheckOptions {
  /** Reference phrasing (human translation, post-edit, wire copy) of the same article. */
  reference?: string | null | undefined
  /** The source-language text. */
  source?: string | null | undefined
  /** BCP 47 tag of the source language, e.g. `'id'`; unset: unknown, checks use every language's data. */
  sourceLang?: string | null | undefined
  /** BCP 47 tag of the MT language (default: `'en'`). */
  targetLang?: string | null | undefined
  /** Checks on/off and their severities, by ruleId. */
  checks?: Readonly<Record<string, CheckSetting>> | null | undefined
  /** Extra lexicon entries. */
  lexicon?: ReadonlyArray<CustomLexiconEntry> | null | undefined
  /** House-style glossary for the `reference-term` check. */
  glossary?: ReadonlyArray<GlossaryEntry> | null | undefined
  /** Score settings. */
  scoring?: ScoreOptions | null | undefined
}

/** How the quality score is computed. */
export interface ScoreOptions {
  /** Penalty per severity (default: neutral 0, minor 1, major 5, critical 25). */
  weights?: Partial<Record<Severity, number>> | null | undefined
  /** Lowest passing score on the 0–100 scale (default: 99). */
  threshold?: number | null | undefined
  /** Whether any critical finding fails the text whatever its score (default: true). */
  criticalFails?: boolean | null | undefined
}

/** Penalty of one category. */
export interface CategoryScore {
  category: Category
  count: number
  penalty: number
}

/** Quality score from the findings, with categories from MQM Core. */
export interface QualityScore {
  /** 100 × (1 − penalty / words), floored at 0 is not applied: it may be negative. */
  score: number
  /** Absolute penalty total: Σ weight(severity). */
  penalty: number
  /** Penalty per 1,000 words. */
  perThousandWords: number
  words: number
  threshold: number
  pass: boolean
  /** `'publish'`, `'fix'` (fails, nothing critical) or `'reject'` (critical). */
  verdict: 'publish' | 'fix' | 'reject'
  counts: Record<Severity, number>
  categories: CategoryScore[]
  weights: Record<Severity, number>
  /** Reference metrics, when a reference was given. */
  metrics?: ReferenceMetrics
}

/** Document-level metrics of the MT against the reference. */
export interface ReferenceMetrics {
  bleu: number
  chrf: number
  chrfPlusPlus: number
  ter: number
  signatures: {bleu: string; chrf: string; chrfPlusPlus: string; ter: string}
}

/** One aligned group of MT and reference sentences. */
export interface AlignmentEntry {
  mt: number[]
  reference: number[]
  mtSpan: {start: number; end: number}
  referenceSpan: {start: number; end: number}
  chrf: number
}

/** Language information of a report. */
export interface ReportLanguage {
  source: string | null
  target: string
  /**
   * ISO 639-3 code of the language franc detects in the MT text among the
   * languages translation-qa knows (franc's `only` set to the source and
   * target languages: eng, fra, cmn, jpn, arb, ind, zlm, deu, spa, por, ita,
   * nld, tur, vie, rus, pol), or `'und'`.
   */
  detected: string
}

/** What `check()` returns. */
export interface Report {
  /** Tool name and version. */
  tool: {name: 'translation-qa'; version: string}
  language: ReportLanguage
  /** Words of the MT text. */
  words: number
  findings: Finding[]
  score: QualityScore
  /** Sentence alignment, when a reference was given. */
  alignment?: AlignmentEntry[]
  /** Attribution extraction and fidelity. */
  attribution?: AttributionReport
}

/** Stance class of a reporting cue. */
export type CueClass =
  | 'neutral'
  | 'assertive'
  | 'endorsing'
  | 'distancing'
  | 'negative'
  | 'directive'
  | 'cognitive'
  | 'hedge'

/** Kinds of attribution. */
export type AttributionKind =
  | 'direct'
  | 'mixed'
  | 'indirect'
  | 'according-to'
  | 'parenthetical'
  | 'dateline'
  | 'carryover'
  | 'unattributed-hedge'

/** How a source mention was resolved to an entity. */
export type Resolution =
  | 'full-name'
  | 'name-linked'
  | 'role-linked'
  | 'pronoun-unique'
  | 'pronoun-ambiguous'
  | 'surname-only-unintroduced'
  | 'carryover'
  | 'generic'
  | 'none'

/** A person, organisation or medium mentioned in a text. */
export interface Entity {
  id: string
  type: 'person' | 'org' | 'media' | 'group' | 'unknown'
  canonical: string
  given?: string
  family?: string
  titles: string[]
  gender: 'm' | 'f' | 'unknown'
  introducedByFullName: boolean
  mentions: Span[]
}

/** Who said what, and how. */
export interface Attribution {
  id: string
  kind: AttributionKind
  source?: Span & {entity?: string; resolution: Resolution; candidates?: string[]}
  cue?: Span & {lemma: string; class: CueClass; negated: boolean; modal?: string}
  content: Span[]
  recipient?: Span
  chain?: Array<{role: 'reporter' | 'speaker' | 'cited'; source: Span & {entity?: string}; cue?: Span}>
  /** Which extraction rule fired. */
  rule: string
}

/** An MT attribution paired with a reference attribution, with its fidelity. */
export interface AttributionPair {
  mt: string | null
  reference: string | null
  /** 0–1, `0.5·source + 0.3·cue + 0.2·resolvability`. */
  fidelity: number
  sourceMatch: number
  cueMatch: number
  resolvability: number
  contentSimilarity: number
  labels: string[]
}

/** Attribution results of a report. */
export interface AttributionReport {
  mt: {entities: Entity[]; attributions: Attribution[]}
  reference?: {entities: Entity[]; attributions: Attribution[]}
  pairs: AttributionPair[]
  score: {
    /** Share of MT attributions whose source a reader can resolve; `null` when there are none. */
    resolvability: number | null
    precision: number | null
    recall: number | null
    f1: number | null
    labels: Record<string, number>
  }
}
