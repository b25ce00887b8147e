/**
 * One batch record → one output line. Runs in the worker threads: parse the
 * JSON, validate the record, check it, apply the configuration. Every
 * problem with the record becomes an error line; nothing throws.
 */
import {applyConfig, checkOptionsFrom} from '../config/apply.js'
import type {QaConfig} from '../config/types.js'
import {checkSync} from '../core/check.js'
import {TranslationQaError} from '../core/errors.js'
import type {QualityScore} from '../types.js'

/** Defaults for records that do not say (from `--source-lang` / `--target-lang`). */
export interface RecordDefaults {
  sourceLang?: string | undefined
  targetLang?: string | undefined
}

/** What a record produced. */
export interface RecordOutcome {
  /** The output line, without its line break. */
  output: string
  verdict: QualityScore['verdict'] | null
  /** Findings per category, `[category, count]`. */
  categories: Array<[string, number]>
}

type Id = string | number | null

function errorLine(id: Id, message: string, line: number): RecordOutcome {
  return {output: JSON.stringify({id, error: {message, line}}), verdict: null, categories: []}
}

function optionalText(record: Record<string, unknown>, key: string): string | null | undefined {
  const value = record[key]
  if (value === undefined || value === null || typeof value === 'string') return value
  throw new TranslationQaError('invalid-input', `Expected \`${key}\` to be a string or null, got ${Array.isArray(value) ? 'an array' : typeof value}`)
}

/** Process one JSONL line (`line` is its 1-based number in the input). */
export function processRecord(text: string, line: number, config: QaConfig, defaults: RecordDefaults): RecordOutcome {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return errorLine(null, `Invalid JSON: ${(error as Error).message}; write one JSON object per line`, line)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorLine(null, `Expected a JSON object {"id", "mt", "reference"?, "source"?, "sourceLang"?, "targetLang"?}, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`, line)
  }
  const record = value as Record<string, unknown>
  const rawId = record['id']
  const id: Id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null
  if (rawId !== undefined && rawId !== null && id === null) return errorLine(null, `Expected \`id\` to be a string or a number, got ${Array.isArray(rawId) ? 'an array' : typeof rawId}`, line)
  if (typeof record['mt'] !== 'string') {
    return errorLine(id, record['mt'] === undefined ? 'Missing `mt`: give the machine-translated text as a string' : `Expected \`mt\` to be a string, got ${record['mt'] === null ? 'null' : typeof record['mt']}`, line)
  }
  const mt = record['mt']
  if (mt.trim() === '') return errorLine(id, 'Empty `mt`: nothing to check; give the machine-translated text', line)
  try {
    const sourceLang = optionalText(record, 'sourceLang') ?? defaults.sourceLang
    const targetLang = optionalText(record, 'targetLang') ?? defaults.targetLang
    const checked = checkSync(mt, checkOptionsFrom(config, {reference: optionalText(record, 'reference'), source: optionalText(record, 'source'), sourceLang, targetLang}))
    const {report} = applyConfig(checked, config)
    return {
      output: JSON.stringify({id, report}),
      verdict: report.score.verdict,
      categories: report.score.categories.map((category) => [category.category, category.count])
    }
  } catch (error) {
    if (error instanceof TranslationQaError) return errorLine(id, error.message, line)
    return errorLine(id, `Internal error while checking this record: ${(error as Error).message ?? String(error)} (please report it)`, line)
  }
}
