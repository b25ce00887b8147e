/**
 * `defineCheck()`: turn a rule body into a retext plugin, as
 * unified-lint-rule does for remark-lint. The wrapper owns identity
 * (ruleId, source, url), category and severity; the rule body only reports
 * offsets and words, so every finding's `actual` is the text at its place.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {TranslationQaError} from './errors.js'
import {contextOf, type ContextSettings, type QaContext} from './context.js'
import type {Category, Severity, SeveritySetting, Span, TargetLanguage} from '../types.js'

/** Package name, used as every message's `source`. */
export const packageName = 'translation-qa'
/** Where the checks are documented. */
export const docsUrl = 'https://github.com/translation-qa/translation-qa/blob/main/docs/checks.md'

/** What a check is. */
export interface CheckMeta {
  /** Kebab-case id, equal to the check's file name. */
  readonly ruleId: string
  readonly category: Category
  /** Default severity. */
  readonly severity: Severity
  /** Whether its first suggestion can be applied without an editor. */
  readonly fixable: boolean
  /** One line, for docs and SARIF rule descriptions. */
  readonly description: string
  /** Target languages it works on (default: all). */
  readonly targets?: readonly TargetLanguage[]
  /** Whether it needs a reference text (it does nothing without one). */
  readonly needsReference?: boolean
}

/** What a rule body reports. */
export interface Problem {
  start: number
  end: number
  /** "Unexpected `x`, expected `y`: why" — one line, no final period. */
  message: string
  expected?: readonly string[]
  note?: string
  subId?: string
  /** 0–1 (default 1). */
  confidence?: number
  /** Severity of this problem when the user has not set one for the check. */
  severity?: Severity
  /** Whether this problem's first suggestion is safe to apply (default: the check's `fixable`). */
  fixable?: boolean
  category?: Category
  /** Matching span in the reference text. */
  reference?: Span
}

/** What a rule body is given. */
export interface RuleArguments<Options> {
  tree: Root
  file: VFile
  context: QaContext
  options: Readonly<Options>
  report: (problem: Problem) => void
}

/** Data a finding carries on its VFileMessage. */
export interface MessageData {
  category: Category
  severity: Severity
  subId?: string
  confidence: number
  fixable: boolean
  reference?: Span
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** translation-qa's own fields of a finding. */
    translationQa?: MessageData | undefined
  }
}

/** Options every check accepts when used as a plugin. */
export type CheckPluginOptions<Options> = Options &
  ContextSettings & {
    /** Severity of every finding of this check, or `'off'`. */
    severity?: SeveritySetting | null | undefined
  }

/** A check: a retext plugin with its metadata attached. */
export type Check<Options extends object = Record<never, never>> = Plugin<[(Readonly<CheckPluginOptions<Options>> | null | undefined)?], Root> & {
  readonly meta: CheckMeta
}

/** Whether `start..end` lies within one of `paragraphs` (sorted, disjoint), by binary search. */
function insideParagraph(paragraphs: ReadonlyArray<{start: number; end: number}>, start: number, end: number): boolean {
  let low = 0
  let high = paragraphs.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const paragraph = paragraphs[mid]!
    if (start < paragraph.start) high = mid - 1
    else if (start >= paragraph.end) low = mid + 1
    else return end <= paragraph.end
  }
  return false
}

const severities: ReadonlySet<string> = new Set(['neutral', 'minor', 'major', 'critical', 'off'])

/** Check that `value` is a severity setting; throw a clear error otherwise. */
export function assertSeverity(value: unknown, ruleId: string): asserts value is SeveritySetting {
  if (typeof value !== 'string' || !severities.has(value)) {
    throw new TranslationQaError('invalid-option', `Unexpected severity ${JSON.stringify(value)} for \`${ruleId}\`, expected one of \`off\`, \`neutral\`, \`minor\`, \`major\`, \`critical\``)
  }
}

/**
 * Run `make` without capturing stack traces. A `VFileMessage` is an `Error`
 * whose constructor captures the stack and then sets `stack` to `''`: the
 * capture is most of the cost of a message, and nothing reads it.
 */
function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * Define a check. `rule` is called once per file with the tree, the file,
 * the shared context and the options, and calls `report()` for each problem.
 */
export function defineCheck<Options extends object = Record<never, never>>(
  meta: CheckMeta,
  rule: (argument: RuleArguments<Options>) => void
): Check<Options> {
  const url = `${docsUrl}#${meta.ruleId}`
  function plugin(options?: Readonly<CheckPluginOptions<Options>> | null) {
    const settings = (options ?? {}) as Readonly<CheckPluginOptions<Options>>
    const configured = settings.severity ?? undefined
    if (configured !== undefined) assertSeverity(configured, meta.ruleId)
    return function (tree: Root, file: VFile): undefined {
      if (configured === 'off') return
      const context = contextOf(tree, file, settings)
      if (meta.targets && !meta.targets.includes(context.targetLang)) return
      if (meta.needsReference && !context.reference) return
      const text = context.model.text
      const seen = new Set<string>()
      rule({
        tree,
        file,
        context,
        options: settings,
        report(problem) {
          const {start, end} = problem
          // A rule must point at text; a bad span is dropped rather than reported wrongly.
          if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) return
          // Only text the tree has positions for: generated, position-less nodes are never reported.
          if (!insideParagraph(context.model.paragraphs, start, end)) return
          const key = `${start}:${end}:${problem.subId ?? ''}`
          if (seen.has(key)) return
          seen.add(key)
          const severity = configured ?? problem.severity ?? meta.severity
          const message = withoutStackTrace(() =>
            file.message(problem.message, {
              place: {start: context.toPoint(start), end: context.toPoint(end)},
              ruleId: meta.ruleId,
              source: packageName
            })
          )
          message.actual = text.slice(start, end)
          message.expected = problem.expected ? [...problem.expected] : []
          message.url = url
          if (problem.note) message.note = problem.note
          // vfile's tri-state: errors for major and critical, warnings for minor, info for neutral.
          message.fatal = severity === 'major' || severity === 'critical' ? true : severity === 'minor' ? false : undefined
          const data: MessageData = {
            category: problem.category ?? meta.category,
            severity,
            confidence: problem.confidence ?? 1,
            fixable: problem.fixable ?? meta.fixable
          }
          if (problem.subId) data.subId = problem.subId
          if (problem.reference) data.reference = problem.reference
          message.translationQa = data
        }
      })
    }
  }
  return Object.assign(plugin, {meta}) as unknown as Check<Options>
}
