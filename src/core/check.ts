/**
 * `check()`: parse the MT text once, build its context, run every enabled
 * check, and turn the messages into a JSON-safe report.
 */
import type {Root} from 'nlcst'
import {unified, type PluggableList} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {allChecks} from '../checks/index.js'
import {detectLanguage} from '../languages/detect.js'
import {detectableLanguages, parserFor, resolveLanguage, sourceLanguages, targetLanguages} from '../languages/index.js'
import {qualityScore} from '../score/quality.js'
import type {CheckOptions, CheckSetting, Finding, Report, SeveritySetting} from '../types.js'
import {version} from '../version.js'
import {createContext} from './context.js'
import {assertSeverity} from './define-check.js'
import {TranslationQaError} from './errors.js'
import {analyses} from './analyses.js'

/** Longest text `check()` accepts, in UTF-16 code units (about 1,000 news articles). */
export const maxTextLength = 5_000_000

/**
 * Check a machine-translated text.
 *
 * @param mt The MT text.
 * @param options Reference, languages, check settings, lexicon, scoring.
 * @returns The report: findings, score, languages, and reference and attribution analyses.
 */
export async function check(mt: string, options?: CheckOptions | null): Promise<Report> {
  return checkSync(mt, options)
}

/** Synchronous `check()`, for workers and scripts. */
export function checkSync(mt: string, options?: CheckOptions | null): Report {
  const settings = options ?? {}
  assertText(mt, 'mt')
  if (settings.reference !== undefined && settings.reference !== null) assertText(settings.reference, 'reference')
  if (settings.source !== undefined && settings.source !== null) assertText(settings.source, 'source')
  const sourceLang = settings.sourceLang ? resolveLanguage(settings.sourceLang, sourceLanguages, 'sourceLang') : null
  const targetLang = settings.targetLang ? resolveLanguage(settings.targetLang, targetLanguages, 'targetLang') : 'en'
  const plugins = enabledPlugins(settings.checks)

  const tree: Root = parserFor(targetLang).parse(mt)
  const file = new VFile({value: mt})
  const context = createContext(tree, mt, {sourceLang, targetLang, reference: settings.reference, source: settings.source, lexicon: settings.lexicon, glossary: settings.glossary})
  file.data.translationQa = context
  unified().use(plugins).runSync(tree, file)

  const findings = withoutSubsumedGuesses(file.messages.map(toFinding).sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId)))
  const words = context.model.words.length
  const report: Report = {
    tool: {name: 'translation-qa', version},
    language: {source: sourceLang, target: targetLang, detected: mt.length >= 10 ? detectLanguage(mt.slice(0, 4000), 10, detectableLanguages) : 'und'},
    words,
    findings,
    score: qualityScore(findings, words, settings.scoring)
  }
  for (const analysis of analyses) analysis(report, context, settings)
  return report
}

function assertText(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TranslationQaError('invalid-input', `Expected \`${name}\` to be a string, got ${value === null ? 'null' : typeof value}`)
  }
  if (value.length > maxTextLength) {
    throw new TranslationQaError('invalid-input', `Unexpected \`${name}\` of ${value.length} characters, expected at most ${maxTextLength}: split the text into articles`)
  }
}

/** Check plugins with their settings; throws on unknown checks or severities. */
function enabledPlugins(checks: CheckOptions['checks']): PluggableList {
  const known = new Map(allChecks.map((plugin) => [plugin.meta.ruleId, plugin]))
  const settings = new Map<string, Record<string, unknown>>()
  for (const [ruleId, setting] of Object.entries(checks ?? {})) {
    if (!known.has(ruleId)) {
      throw new TranslationQaError('invalid-option', `Unexpected check \`${ruleId}\` in \`checks\`, expected one of ${[...known.keys()].map((id) => `\`${id}\``).join(', ')}`)
    }
    settings.set(ruleId, normalizeSetting(setting, ruleId))
  }
  const list: PluggableList = []
  for (const plugin of allChecks) {
    const setting = settings.get(plugin.meta.ruleId) ?? {}
    if (setting['severity'] === 'off') continue
    list.push([plugin, setting])
  }
  return list
}

function normalizeSetting(setting: CheckSetting, ruleId: string): Record<string, unknown> {
  if (setting === true) return {}
  if (setting === false) return {severity: 'off'}
  if (typeof setting === 'string') {
    assertSeverity(setting, ruleId)
    return {severity: setting satisfies SeveritySetting}
  }
  if (setting && typeof setting === 'object' && !Array.isArray(setting)) {
    if (setting.severity !== undefined && setting.severity !== null) assertSeverity(setting.severity, ruleId)
    return {...setting}
  }
  throw new TranslationQaError('invalid-option', `Unexpected setting ${JSON.stringify(setting)} for \`${ruleId}\`, expected a severity, \`off\`, a boolean or an object`)
}

/** A VFileMessage made by `defineCheck` as a JSON-safe finding. */
export function toFinding(message: VFileMessage): Finding {
  const data = message.translationQa
  const place = message.place && 'start' in message.place ? message.place : undefined
  /* c8 ignore next 3 -- every check reports through defineCheck, which sets both */
  if (!data || !place) {
    throw new Error(`Unexpected message without translation-qa data: ${message.reason}`)
  }
  const finding: Finding = {
    ruleId: message.ruleId ?? 'unknown',
    category: data.category,
    severity: data.severity,
    message: message.reason,
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    fixable: data.fixable,
    confidence: data.confidence,
    start: place.start.offset ?? 0,
    end: place.end.offset ?? 0,
    line: place.start.line,
    column: place.start.column,
    endLine: place.end.line,
    endColumn: place.end.column,
    url: message.url ?? ''
  }
  if (data.subId) finding.subId = data.subId
  if (message.note) finding.note = message.note
  if (data.reference) finding.reference = data.reference
  return finding
}

/**
 * Drops an unknown-word guess (`untranslated`, `source-form-unknown`: "no English dictionary has this word") that lies
 * inside another finding, which already names the problem and its fix (`adjoint` inside `the first adjoint`, a
 * title-garble finding; `kata` inside the quotative `kata Sulastri`). The report counts the error once; each plugin alone still reports its own.
 */
function withoutSubsumedGuesses(findings: Finding[]): Finding[] {
  const isGuess = (finding: Finding) => finding.ruleId === 'untranslated' && finding.subId === 'source-form-unknown'
  return findings.filter((finding) => !isGuess(finding) || !findings.some((other) => !isGuess(other) && other.start <= finding.start && other.end >= finding.end))
}
