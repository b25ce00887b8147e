/**
 * SARIF 2.1.0 for code-scanning and review tools: one run, rules from the
 * checks' metadata, one result per finding with its region in UTF-16 code
 * units (`columnKind: "utf16CodeUnits"`, JavaScript offsets), and fixes for
 * the suggestions `applyFixes()` would apply.
 */
import {allChecks} from '../checks/index.js'
import {docsUrl, packageName, type CheckMeta} from '../core/define-check.js'
import {fixReplacement, isSafeFix} from '../fix/apply.js'
import type {Category, Finding, Report, Severity} from '../types.js'

/** Options of `renderSarif()`. */
export interface SarifOptions {
  /** URI of the checked file, relative to the repository or working directory (default: `'text.txt'`). */
  uri?: string | null | undefined
  /** Indent the JSON (default: 2; 0 for one line). */
  indent?: number | null | undefined
}

export type SarifLevel = 'none' | 'note' | 'warning' | 'error'

export interface SarifRegion {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  charOffset: number
  charLength: number
  snippet?: {text: string}
}

export interface SarifRule {
  id: string
  name: string
  shortDescription: {text: string}
  helpUri: string
  defaultConfiguration: {level: SarifLevel}
  properties: {category: Category; fixable: boolean; tags: string[]}
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: {text: string}
  locations: Array<{physicalLocation: {artifactLocation: {uri: string; index: number}; region: SarifRegion}}>
  fixes?: Array<{
    description: {text: string}
    artifactChanges: Array<{artifactLocation: {uri: string; index: number}; replacements: Array<{deletedRegion: SarifRegion; insertedContent?: {text: string}}>}>
  }>
  properties: {severity: Severity; category: Category; confidence: number; expected: string[]; subId?: string}
}

/** The SARIF log `renderSarif()` serialises. */
export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: {driver: {name: string; version: string; informationUri: string; rules: SarifRule[]}}
    columnKind: 'utf16CodeUnits'
    artifacts: Array<{location: {uri: string}; mimeType: string}>
    results: SarifResult[]
    properties: {verdict: string; score: number; threshold: number; pass: boolean; words: number}
  }>
}

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
export const informationUri = 'https://github.com/translation-qa/translation-qa'

/** SARIF level of a severity: critical and major are errors, minor warnings, neutral notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'critical' || severity === 'major' ? 'error' : severity === 'minor' ? 'warning' : 'note'
}

/** The SARIF log of a report, as an object. */
export function toSarif(report: Report, options?: SarifOptions | null): SarifLog {
  const uri = encodeUri(options?.uri ?? 'text.txt')
  const rules = allChecks.map((check) => ruleOf(check.meta))
  const index = new Map(rules.map((rule, position) => [rule.id, position]))
  // Findings from outside the built-in checks (a user plugin) get a rule of their own.
  for (const finding of report.findings) {
    if (index.has(finding.ruleId)) continue
    index.set(finding.ruleId, rules.length)
    rules.push(ruleOf({ruleId: finding.ruleId, category: finding.category, severity: finding.severity, fixable: finding.fixable, description: `${finding.ruleId} (${finding.category})`}, finding.url))
  }
  const results = report.findings.map((finding) => resultOf(finding, uri, index.get(finding.ruleId)!))
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: packageName, version: report.tool.version, informationUri, rules}},
        columnKind: 'utf16CodeUnits',
        artifacts: [{location: {uri}, mimeType: 'text/plain'}],
        results,
        properties: {verdict: report.score.verdict, score: report.score.score, threshold: report.score.threshold, pass: report.score.pass, words: report.words}
      }
    ]
  }
}

/** Render a report as SARIF 2.1.0 JSON. */
export function renderSarif(report: Report, options?: SarifOptions | null): string {
  const indent = options?.indent ?? 2
  return JSON.stringify(toSarif(report, options), null, indent) + '\n'
}

function ruleOf(meta: CheckMeta, url?: string): SarifRule {
  return {
    id: meta.ruleId,
    name: meta.ruleId.replace(/(^|-)([a-z\d])/g, (_, __: string, letter: string) => letter.toUpperCase()),
    shortDescription: {text: meta.description},
    helpUri: url && /^https:\/\//.test(url) ? url : `${docsUrl}#${meta.ruleId}`,
    defaultConfiguration: {level: sarifLevel(meta.severity)},
    properties: {category: meta.category, fixable: meta.fixable, tags: ['translation', meta.category.split('/')[0]!]}
  }
}

function regionOf(finding: Finding, snippet: boolean): SarifRegion {
  const region: SarifRegion = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    charOffset: finding.start,
    charLength: finding.end - finding.start
  }
  if (snippet) region.snippet = {text: finding.actual}
  return region
}

function resultOf(finding: Finding, uri: string, ruleIndex: number): SarifResult {
  const artifactLocation = {uri, index: 0}
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: {text: finding.message},
    locations: [{physicalLocation: {artifactLocation, region: regionOf(finding, true)}}],
    properties: {severity: finding.severity, category: finding.category, confidence: finding.confidence, expected: [...finding.expected]}
  }
  if (finding.subId) result.properties.subId = finding.subId
  if (isSafeFix(finding)) {
    const text = fixReplacement(finding)
    result.fixes = [
      {
        description: {text: text ? `Replace \`${finding.actual}\` with \`${text}\`` : `Remove \`${finding.actual}\``},
        artifactChanges: [{artifactLocation, replacements: [text ? {deletedRegion: regionOf(finding, false), insertedContent: {text}} : {deletedRegion: regionOf(finding, false)}]}]
      }
    ]
  }
  return result
}

/** A relative URI reference for a file path: forward slashes, each segment percent-encoded. */
export function encodeUri(file: string): string {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(file)) return file
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}
