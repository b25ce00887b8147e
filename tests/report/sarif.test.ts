import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {allChecks, applyFixes, checkSync, renderSarif, toSarif} from '../../src/index.js'
import {hostile, makeFinding, reportWith, seed} from './fixtures.js'

// A HAND-WRITTEN SUBSET of the official SARIF 2.1.0 schema (the official file cannot be downloaded here):
// official property names with additionalProperties: false, required properties, enums and minimums.
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-2.1.0-subset.schema.json', import.meta.url), 'utf8')) as object
const validate = new Ajv({allErrors: true, strict: false}).compile(schema)

describe('renderSarif', () => {
  const {mt, reference} = seed()
  const report = checkSync(mt, {sourceLang: 'id', reference})
  const log = JSON.parse(renderSarif(report, {uri: 'articles/seed article.txt'})) as ReturnType<typeof toSarif>
  const run = log.runs[0]!

  it('is valid against the (hand-written subset of the) SARIF 2.1.0 schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const hostileLog = JSON.parse(renderSarif(checkSync(hostile, {sourceLang: 'id'})))
    expect(validate(hostileLog), JSON.stringify(validate.errors, null, 2)).toBe(true)
    // The schema subset has teeth: a wrong level, a stray property or a 0 column are refused.
    const broken = structuredClone(log)
    broken.runs[0]!.results[0]!.level = 'critical' as 'error'
    expect(validate(broken)).toBe(false)
    const stray = structuredClone(log) as unknown as {runs: Array<{results: Array<Record<string, unknown>>}>}
    stray.runs[0]!.results[0]!['severity'] = 'major'
    expect(validate(stray)).toBe(false)
    const column = structuredClone(log)
    column.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startColumn = 0
    expect(validate(column)).toBe(false)
  })

  it('describes the tool and every check as a rule', () => {
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/)
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver).toMatchObject({name: 'translation-qa', version: report.tool.version, informationUri: expect.stringMatching(/^https:\/\//)})
    const ids = run.tool.driver.rules.map((rule) => rule.id)
    for (const check of allChecks) {
      const rule = run.tool.driver.rules[ids.indexOf(check.meta.ruleId)]!
      expect(rule.shortDescription.text).toBe(check.meta.description)
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*#${check.meta.ruleId}$`))
      expect(rule.properties.category).toBe(check.meta.category)
    }
  })

  it('gives one result per finding, with the right level, rule index and region', () => {
    expect(run.results).toHaveLength(report.findings.length)
    const levels = {critical: 'error', major: 'error', minor: 'warning', neutral: 'note'} as const
    report.findings.forEach((finding, index) => {
      const result = run.results[index]!
      expect(result.ruleId).toBe(finding.ruleId)
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(finding.ruleId)
      expect(result.level).toBe(levels[finding.severity])
      expect(result.message.text).toBe(finding.message)
      const {artifactLocation, region} = result.locations[0]!.physicalLocation
      expect(artifactLocation.uri).toBe('articles/seed%20article.txt')
      expect(region).toMatchObject({startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, charOffset: finding.start, charLength: finding.end - finding.start})
      // The region points at the text: columns and offsets agree.
      expect(mt.slice(region.charOffset, region.charOffset + region.charLength)).toBe(finding.actual)
      const lineStart = mt.split('\n').slice(0, region.startLine - 1).join('\n').length + (region.startLine > 1 ? 1 : 0)
      expect(lineStart + region.startColumn - 1).toBe(region.charOffset)
    })
    expect(new Set(run.results.map((result) => result.level))).toContain('error')
  })

  it('carries fixes exactly for the suggestions applyFixes() applies', () => {
    const withFixes = run.results.filter((result) => result.fixes)
    const {applied} = applyFixes(mt, report.findings)
    expect(withFixes.map((result) => result.locations[0]!.physicalLocation.region.charOffset).sort()).toEqual(applied.map((finding) => finding.start).sort())
    const money = withFixes.find((result) => result.ruleId === 'number-format')!
    const replacement = money.fixes![0]!.artifactChanges[0]!.replacements[0]!
    expect(replacement.insertedContent).toEqual({text: '$2,000'})
    expect(mt.slice(replacement.deletedRegion.charOffset, replacement.deletedRegion.charOffset + replacement.deletedRegion.charLength)).toBe('$2.000')
    const deletion = withFixes.find((result) => result.ruleId === 'mt-boilerplate')
    if (deletion) expect(deletion.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent).toBeUndefined()
  })

  it('adds a rule for findings from outside the built-in checks (a check of your own)', () => {
    const text = 'The Uncle Sam land.'
    const custom = reportWith(text, [makeFinding(text, 4, 18, {ruleId: 'desk-style', category: 'terminology/wrong-term', url: 'https://example.org/desk-style'})])
    const sarif = toSarif(custom)
    const rule = sarif.runs[0]!.tool.driver.rules.find((candidate) => candidate.id === 'desk-style')!
    expect(rule.properties.category).toBe('terminology/wrong-term')
    expect(sarif.runs[0]!.results[0]!.ruleIndex).toBe(sarif.runs[0]!.tool.driver.rules.indexOf(rule))
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true)
  })

  it('is plain JSON: article text cannot break out of strings', () => {
    const text = 'x"}]} <script>\u2028'
    const custom = reportWith(text, [makeFinding(text, 0, text.length, {message: text})])
    const parsed = JSON.parse(renderSarif(custom)) as ReturnType<typeof toSarif>
    expect(parsed.runs[0]!.results[0]!.message.text).toBe(text)
  })
})
