/**
 * Validation of `translation-qa.config.json`. Every problem throws a
 * `TranslationQaError` that names the key, the value and what is allowed:
 * "Unexpected `scoring.threshold` "high" in translation-qa.config.json,
 * expected a number from 0 to 100".
 */
import {allChecks} from '../checks/index.js'
import {TranslationQaError} from '../core/errors.js'
import {sourceLanguages} from '../languages/index.js'
import type {CheckSetting, CustomLexiconEntry, ScoreOptions, Severity, SeveritySetting} from '../types.js'
import type {IgnoreRule} from './types.js'

/** The file's settings before the glossary file is read. */
export interface ConfigFile {
  checks: Record<string, CheckSetting>
  scoring: ScoreOptions
  lexicon: CustomLexiconEntry[]
  /** Path of the glossary file as written (relative to the config file). */
  glossary: string | null
  ignores: IgnoreRule[]
}

const severities: readonly SeveritySetting[] = ['off', 'neutral', 'minor', 'major', 'critical']
const lexiconChecks: ReadonlyArray<CustomLexiconEntry['check']> = ['epithet-calque', 'literal-idiom', 'mt-boilerplate', 'untranslated']

function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value)
  return json.length > 60 ? `${json.slice(0, 57)}…` : json
}

function list(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Validate parsed JSON `value` read from the file called `name`. */
export function validateConfig(value: unknown, name: string): ConfigFile {
  const fail = (key: string, actual: unknown, expected: string): never => {
    throw new TranslationQaError('invalid-option', `Unexpected \`${key}\` ${show(actual)} in ${name}, expected ${expected}`)
  }
  const keys = (object: Record<string, unknown>, where: string, allowed: readonly string[]) => {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) throw new TranslationQaError('invalid-option', `Unexpected key \`${where ? `${where}.` : ''}${key}\` in ${name}, expected one of ${list(allowed)}`)
    }
  }
  if (!isObject(value)) return fail('(top level)', value, 'an object such as {"checks": {"number-format": "critical"}}')
  keys(value, '', ['$schema', 'checks', 'scoring', 'glossary', 'lexicon', 'ignores'])

  const ruleIds = allChecks.map((check) => check.meta.ruleId)
  const checks: Record<string, CheckSetting> = {}
  if (value['checks'] !== undefined) {
    if (!isObject(value['checks'])) fail('checks', value['checks'], 'an object of ruleId → severity, `off`, or {"severity": …, …options}')
    for (const [ruleId, setting] of Object.entries(value['checks'] as Record<string, unknown>)) {
      if (!ruleIds.includes(ruleId)) throw new TranslationQaError('invalid-option', `Unexpected check \`checks.${ruleId}\` in ${name}, expected one of ${list(ruleIds)}`)
      const key = `checks.${ruleId}`
      let severity: unknown
      if (typeof setting === 'string') severity = setting
      else if (typeof setting === 'boolean') severity = setting ? undefined : 'off'
      else if (isObject(setting)) severity = setting['severity']
      else fail(key, setting, `a severity (${list(severities)}), a boolean, or an object with \`severity\` and options`)
      if (severity !== undefined && !severities.includes(severity as SeveritySetting)) fail(isObject(setting) ? `${key}.severity` : key, severity, `one of ${list(severities)}`)
      checks[ruleId] = setting as CheckSetting
    }
  }

  const scoring: ScoreOptions = {}
  if (value['scoring'] !== undefined) {
    const raw = value['scoring']
    if (!isObject(raw)) return fail('scoring', raw, 'an object with `weights`, `threshold` and `criticalFails`')
    keys(raw, 'scoring', ['weights', 'threshold', 'criticalFails'])
    if (raw['weights'] !== undefined) {
      const weights = raw['weights']
      if (!isObject(weights)) return fail('scoring.weights', weights, 'an object such as {"major": 5}')
      keys(weights, 'scoring.weights', ['neutral', 'minor', 'major', 'critical'])
      const result: Partial<Record<Severity, number>> = {}
      for (const [severity, weight] of Object.entries(weights)) {
        if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) fail(`scoring.weights.${severity}`, weight, 'a number ≥ 0')
        result[severity as Severity] = weight as number
      }
      scoring.weights = result
    }
    const threshold = raw['threshold']
    if (threshold !== undefined) {
      if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 100) fail('scoring.threshold', threshold, 'a number from 0 to 100')
      scoring.threshold = threshold as number
    }
    const criticalFails = raw['criticalFails']
    if (criticalFails !== undefined) {
      if (typeof criticalFails !== 'boolean') fail('scoring.criticalFails', criticalFails, '`true` or `false`')
      scoring.criticalFails = criticalFails as boolean
    }
  }

  let glossary: string | null = null
  if (value['glossary'] !== undefined) {
    const raw = value['glossary']
    if (typeof raw !== 'string' || !/\.(csv|tsv)$/i.test(raw)) fail('glossary', raw, 'the path of a `.csv` or `.tsv` file, relative to the configuration file')
    glossary = raw as string
  }

  const lexicon: CustomLexiconEntry[] = []
  if (value['lexicon'] !== undefined) {
    if (!Array.isArray(value['lexicon'])) fail('lexicon', value['lexicon'], 'an array of entries {"check", "id", "phrases", "expected"?, "meaning"?, "sourceLang"?}')
    ;(value['lexicon'] as unknown[]).forEach((raw, index) => lexicon.push(lexiconEntry(raw, `lexicon[${index}]`, fail, keys)))
  }

  const ignores: IgnoreRule[] = []
  if (value['ignores'] !== undefined) {
    if (!Array.isArray(value['ignores'])) fail('ignores', value['ignores'], 'an array of dismissed findings {"ruleId", "actual"}')
    ;(value['ignores'] as unknown[]).forEach((raw, index) => {
      const key = `ignores[${index}]`
      if (!isObject(raw)) return fail(key, raw, 'an object {"ruleId", "actual", "note"?}')
      keys(raw, key, ['ruleId', 'actual', 'note'])
      if (typeof raw['ruleId'] !== 'string' || !ruleIds.includes(raw['ruleId'])) fail(`${key}.ruleId`, raw['ruleId'], `one of ${list(ruleIds)}`)
      if (typeof raw['actual'] !== 'string' || raw['actual'].trim() === '') fail(`${key}.actual`, raw['actual'], 'the flagged text (`finding.actual`), a non-empty string')
      if (raw['note'] !== undefined && typeof raw['note'] !== 'string') fail(`${key}.note`, raw['note'], 'a string')
      const rule: IgnoreRule = {ruleId: raw['ruleId'] as string, actual: raw['actual'] as string}
      if (typeof raw['note'] === 'string') rule.note = raw['note']
      ignores.push(rule)
    })
  }
  return {checks, scoring, lexicon, glossary, ignores}
}

function lexiconEntry(
  raw: unknown,
  key: string,
  fail: (key: string, actual: unknown, expected: string) => never,
  keys: (object: Record<string, unknown>, where: string, allowed: readonly string[]) => void
): CustomLexiconEntry {
  if (!isObject(raw)) return fail(key, raw, 'an object {"check", "id", "phrases", "expected"?, "meaning"?, "sourceLang"?}')
  keys(raw, key, ['check', 'id', 'phrases', 'expected', 'meaning', 'sourceLang'])
  const check = raw['check']
  if (typeof check !== 'string' || !(lexiconChecks as readonly string[]).includes(check)) fail(`${key}.check`, check, `one of ${list(lexiconChecks)}`)
  const id = raw['id']
  if (typeof id !== 'string' || !/^[a-z\d]+(?:-[a-z\d]+)*$/.test(id)) fail(`${key}.id`, id, 'a kebab-case id such as "negeri-paman-sam"')
  const strings = (value: unknown, field: string, nonEmpty: boolean): string[] => {
    if (!Array.isArray(value) || (nonEmpty && value.length === 0) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
      fail(`${key}.${field}`, value, `an array of${nonEmpty ? ' one or more' : ''} non-empty strings`)
    }
    return [...(value as string[])]
  }
  const entry: CustomLexiconEntry = {check: check as CustomLexiconEntry['check'], id: id as string, phrases: strings(raw['phrases'], 'phrases', true)}
  if (raw['expected'] !== undefined) entry.expected = strings(raw['expected'], 'expected', false)
  if (raw['meaning'] !== undefined) {
    if (typeof raw['meaning'] !== 'string') fail(`${key}.meaning`, raw['meaning'], 'a string')
    entry.meaning = raw['meaning'] as string
  }
  if (raw['sourceLang'] !== undefined) {
    if (typeof raw['sourceLang'] !== 'string' || !(sourceLanguages as readonly string[]).includes(raw['sourceLang'])) fail(`${key}.sourceLang`, raw['sourceLang'], `one of ${list(sourceLanguages)}`)
    entry.sourceLang = raw['sourceLang'] as CustomLexiconEntry['sourceLang'] & string
  }
  return entry
}
