/** Helpers shared by the CLI commands: argument parsing, configuration, severities. */
import {findConfig, loadConfig} from '../config/load.js'
import {defaultConfig, type QaConfig} from '../config/types.js'
import type {Report, Severity} from '../types.js'
import {UsageError, type CliIo} from './io.js'

/** Run a `parseArgs` call; its errors become one-line usage errors. */
export function parseCommand<T>(parse: () => T, command: string): T {
  try {
    return parse()
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')} (see \`translation-qa ${command} --help\`)`)
  }
}

/** The configuration: `--config <file>`, else the nearest `translation-qa.config.json`, else the defaults. */
export function resolveConfig(explicit: string | undefined, disabled: boolean | undefined, io: CliIo): QaConfig {
  if (explicit !== undefined && disabled) throw new UsageError('Unexpected `--config` with `--no-config`: give one of them')
  if (disabled) return defaultConfig()
  const file = explicit ?? findConfig(io.cwd)
  return file ? loadConfig(file, {cwd: io.cwd}) : defaultConfig()
}

export const severityRank: Readonly<Record<Severity, number>> = {neutral: 0, minor: 1, major: 2, critical: 3}

/** `--fail-on` levels: a severity, or `verdict` (fail unless the verdict is `publish`). */
export type FailOn = 'minor' | 'major' | 'critical' | 'verdict'

export function parseFailOn(value: string | undefined): FailOn {
  const failOn = value ?? 'major'
  if (!['minor', 'major', 'critical', 'verdict'].includes(failOn)) throw new UsageError(`Unexpected \`--fail-on ${failOn}\`, expected \`minor\`, \`major\`, \`critical\` or \`verdict\``)
  return failOn as FailOn
}

/** Whether `report` fails: a finding at or above the severity, or (for `verdict`) a verdict other than `publish`. */
export function failing(report: Pick<Report, 'findings' | 'score'>, failOn: FailOn): boolean {
  if (failOn === 'verdict') return report.score.verdict !== 'publish'
  return report.findings.some((finding) => severityRank[finding.severity] >= severityRank[failOn])
}

/** A positive integer option. */
export function positiveInteger(value: string, option: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`Unexpected \`${option} ${value}\`, expected a whole number from 1 to ${max}`)
  return Number(value)
}
