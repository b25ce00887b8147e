import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {applyConfig, checkOptionsFrom, findConfig, loadConfig, parseDelimited, parseGlossary, validateConfig} from '../../src/config/index.js'
import {applyFixes, checkSync, qualityScore, type GlossaryEntry, type SeveritySetting} from '../../src/index.js'

/** What the desk glossary raises in `text`: `reference-term` findings of `check()` with it as `glossary`. */
function glossaryFindings(text: string, glossary: GlossaryEntry[], severity: SeveritySetting) {
  return checkSync(text, {glossary, checks: {'reference-term': severity}}).findings.filter((finding) => finding.ruleId === 'reference-term')
}

const work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'tqa-config-')))
afterAll(() => rmSync(work, {recursive: true, force: true}))

function project(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(work, 'project-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    writeFileSync(path.join(directory, name), content)
  }
  return directory
}

const name = 'translation-qa.config.json'
const invalid = (value: unknown) => () => validateConfig(value, name)

describe('validateConfig', () => {
  it('accepts every documented setting', () => {
    const config = validateConfig(
      {
        $schema: 'x',
        checks: {'number-format': 'critical', 'date-format': 'off', 'title-garble': {severity: 'minor'}, untranslated: false, 'reference-term': 'minor'},
        scoring: {weights: {major: 4}, threshold: 95, criticalFails: false},
        glossary: 'terms.csv',
        lexicon: [{check: 'epithet-calque', id: 'bumi-pertiwi', phrases: ['Mother Earth country'], expected: ['Indonesia'], sourceLang: 'id'}],
        ignores: [{ruleId: 'literal-idiom', actual: "It's empty", note: 'a quote'}]
      },
      name
    )
    expect(config.checks).toEqual({'number-format': 'critical', 'date-format': 'off', 'title-garble': {severity: 'minor'}, untranslated: false, 'reference-term': 'minor'})
    expect(invalid({checks: {glossary: 'minor'}})).toThrow('Unexpected check `checks.glossary` in translation-qa.config.json')
    expect(config.scoring).toEqual({weights: {major: 4}, threshold: 95, criticalFails: false})
    expect(config.glossary).toBe('terms.csv')
    expect(config.lexicon[0]!.id).toBe('bumi-pertiwi')
    expect(config.ignores).toEqual([{ruleId: 'literal-idiom', actual: "It's empty", note: 'a quote'}])
  })

  it('names the key, the value and what is allowed', () => {
    expect(invalid({scoring: {threshold: 'high'}})).toThrow('Unexpected `scoring.threshold` "high" in translation-qa.config.json, expected a number from 0 to 100')
    expect(invalid({scoring: {threshold: 101}})).toThrow('Unexpected `scoring.threshold` 101 in translation-qa.config.json, expected a number from 0 to 100')
    expect(invalid({scoring: {weights: {major: -1}}})).toThrow('Unexpected `scoring.weights.major` -1 in translation-qa.config.json, expected a number ≥ 0')
    expect(invalid({scoring: {weights: {huge: 1}}})).toThrow('Unexpected key `scoring.weights.huge` in translation-qa.config.json, expected one of `neutral`, `minor`, `major`, `critical`')
    expect(invalid({scoring: {criticalFails: 'yes'}})).toThrow('Unexpected `scoring.criticalFails` "yes" in translation-qa.config.json, expected `true` or `false`')
    expect(invalid({checks: {'number-format': 'severe'}})).toThrow('Unexpected `checks.number-format` "severe" in translation-qa.config.json, expected one of `off`, `neutral`, `minor`, `major`, `critical`')
    expect(invalid({checks: {'number-format': {severity: 'high'}}})).toThrow('Unexpected `checks.number-format.severity` "high"')
    expect(invalid({checks: {'numbers': 'major'}})).toThrow(/^Unexpected check `checks.numbers` in translation-qa.config.json, expected one of `number-format`, /)
    expect(invalid({checks: []})).toThrow('Unexpected `checks` [] in translation-qa.config.json, expected an object of ruleId')
    expect(invalid({glossary: 'terms.xlsx'})).toThrow('Unexpected `glossary` "terms.xlsx" in translation-qa.config.json, expected the path of a `.csv` or `.tsv` file')
    expect(invalid({lexicon: [{check: 'spelling', id: 'x', phrases: ['a']}]})).toThrow('Unexpected `lexicon[0].check` "spelling" in translation-qa.config.json, expected one of `epithet-calque`, `literal-idiom`, `mt-boilerplate`, `untranslated`')
    expect(invalid({lexicon: [{check: 'literal-idiom', id: 'Not Kebab', phrases: ['a']}]})).toThrow('Unexpected `lexicon[0].id` "Not Kebab"')
    expect(invalid({lexicon: [{check: 'literal-idiom', id: 'a', phrases: []}]})).toThrow('Unexpected `lexicon[0].phrases` [] in translation-qa.config.json, expected an array of one or more non-empty strings')
    expect(invalid({lexicon: [{check: 'literal-idiom', id: 'a', phrases: ['x'], sourceLang: 'xx'}]})).toThrow('Unexpected `lexicon[0].sourceLang` "xx"')
    expect(invalid({ignores: [{ruleId: 'nope', actual: 'x'}]})).toThrow('Unexpected `ignores[0].ruleId` "nope"')
    expect(invalid({ignores: [{ruleId: 'literal-idiom'}]})).toThrow('Unexpected `ignores[0].actual` undefined in translation-qa.config.json, expected the flagged text')
    expect(invalid({ignores: [{ruleId: 'literal-idiom', actual: 'x', when: 'always'}]})).toThrow('Unexpected key `ignores[0].when` in translation-qa.config.json, expected one of `ruleId`, `actual`, `note`')
    expect(invalid({threshold: 90})).toThrow('Unexpected key `threshold` in translation-qa.config.json, expected one of `$schema`, `checks`, `scoring`, `glossary`, `lexicon`, `ignores`')
    expect(invalid([1])).toThrow('Unexpected `(top level)` [1] in translation-qa.config.json, expected an object')
  })
})

describe('parseDelimited', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    const rows = parseDelimited('\uFEFFa, "b, c" ,"say ""hi"""\r\n\n"multi\nline",x\n', ',', 'g.csv')
    expect(rows).toEqual([
      {line: 1, cells: ['a', 'b, c', 'say "hi"']},
      {line: 3, cells: ['multi\nline', 'x']}
    ])
    expect(parseDelimited('a\tb c\t"d\te"', '\t', 'g.tsv')).toEqual([{line: 1, cells: ['a', 'b c', 'd\te']}])
  })

  it('reports broken quoting with the line', () => {
    expect(() => parseDelimited('a,b\n"open,c\n', ',', 'g.csv')).toThrow('Unexpected end of g.csv inside a quoted field that starts on line 2: close the quote')
    expect(() => parseDelimited('"a"b,c', ',', 'g.csv')).toThrow('Unexpected text after a closing quote on line 1 of g.csv')
  })
})

describe('the glossary', () => {
  const glossary = parseGlossary('term,preferred,forbidden,note\nNegeri Paman Sam,the United States,Uncle Sam country|Uncle Sam\'s land,house style\n# comment\nDPR,the House of Representatives,,\n', ',', 'g.csv')

  it('reads rows with a header, forbidden phrasings split on |', () => {
    expect(glossary).toEqual([
      {term: 'Negeri Paman Sam', preferred: 'the United States', forbidden: ['Uncle Sam country', "Uncle Sam's land"], note: 'house style'},
      {term: 'DPR', preferred: 'the House of Representatives', forbidden: []}
    ])
    expect(() => parseGlossary('term,preferred\nX,\n', ',', 'g.csv')).toThrow('Missing `preferred` for `X` on line 2 of g.csv')
    expect(() => parseGlossary('term,wanted\nX,y\n', ',', 'g.csv')).toThrow('Unexpected column `wanted` in the header of g.csv')
  })

  it('flags forbidden phrasings and the untranslated term, case-insensitively on word boundaries', () => {
    const text = "Uncle sam’s land agreed. The DPR met. DPRK and the House of Representatives did not."
    const findings = glossaryFindings(text, glossary, 'major')
    expect(findings.map((finding) => [finding.actual, finding.expected[0], finding.line, finding.column])).toEqual([
      ['Uncle sam’s land', 'The United States', 1, 1],
      ['The DPR', 'The House of Representatives', 1, 26]
    ])
    expect(findings[0]).toMatchObject({ruleId: 'reference-term', severity: 'major', category: 'terminology/wrong-term', fixable: true, message: 'Unexpected `Uncle sam’s land`, expected `The United States`: house style for `Negeri Paman Sam` (house style)'})
    expect(findings[0]).not.toHaveProperty('reference')
  })

  it('takes in the article before the phrasing when the preferred rendering brings its own', () => {
    const text = 'Yesterday the DPR met, and DPR members left.'
    const findings = glossaryFindings(text, glossary, 'major')
    expect(findings.map((finding) => [finding.actual, finding.expected[0]])).toEqual([
      ['the DPR', 'the House of Representatives'],
      ['DPR', 'the House of Representatives']
    ])
    expect(applyFixes(text, findings).output).toBe('Yesterday the House of Representatives met, and the House of Representatives members left.')
  })

  it('never flags a phrasing inside the preferred one', () => {
    const entries = parseGlossary('United States,the United States,USA\n', ',', 'g.csv')
    expect(glossaryFindings('In the United States, the USA…', entries, 'minor').map((finding) => finding.actual)).toEqual(['the USA'])
  })
})

describe('loadConfig and findConfig', () => {
  it('finds the nearest config upwards and loads its glossary relative to it', () => {
    const root = project({
      [name]: JSON.stringify({scoring: {threshold: 90}, glossary: 'data/terms.tsv', checks: {'reference-term': 'critical'}}),
      'data/terms.tsv': 'term\tpreferred\tforbidden\nNegeri Paman Sam\tthe United States\tUncle Sam land\n',
      'a/b/c/.keep': ''
    })
    expect(findConfig(path.join(root, 'a', 'b', 'c'))).toBe(path.join(root, name))
    const config = loadConfig(path.join(root, name), {cwd: path.join(root, 'a')})
    expect(config.path).toBe(path.join(root, name))
    expect(config.scoring.threshold).toBe(90)
    expect(config.checks).toEqual({'reference-term': 'critical'})
    expect(config.glossary).toEqual([{term: 'Negeri Paman Sam', preferred: 'the United States', forbidden: ['Uncle Sam land']}])
  })

  it('returns null with no config up to the root', () => {
    expect(findConfig(mkdtempSync(path.join(work, 'empty-')))).toBeNull()
  })

  it('explains unreadable files and bad JSON in one line', () => {
    const root = project({[name]: '{"scoring": {"threshold": 90,}}', 'ok.json': '{"glossary": "missing.csv"}'})
    expect(() => loadConfig(name, {cwd: root})).toThrow(/^Cannot parse translation-qa\.config\.json: .*; fix the JSON$/)
    expect(() => loadConfig('nope.json', {cwd: root})).toThrow('Cannot read configuration nope.json: no such file; check the path')
    expect(() => loadConfig('ok.json', {cwd: root})).toThrow('Cannot read glossary (`glossary` in ok.json) missing.csv: no such file; check the path')
  })
})

describe('applyConfig', () => {
  // A glossary term no built-in lexicon knows, so the finding is the glossary's own.
  const text = "They paid $2.000 each. \"It's empty,\" he told the People's Representative Council."
  const root = project({
    [name]: JSON.stringify({glossary: 'terms.csv', ignores: [{ruleId: 'literal-idiom', actual: "It's   empty"}], scoring: {threshold: 50}}),
    'terms.csv': "Dewan Perwakilan Rakyat,the House of Representatives,People's Representative Council\n"
  })
  const config = loadConfig(name, {cwd: root})

  it('passes the glossary to check(), drops dismissed findings and recomputes the score', () => {
    const checked = checkSync(text, checkOptionsFrom(config, {sourceLang: 'id'}))
    expect(checked.findings.map((finding) => finding.ruleId)).toContain('literal-idiom')
    const {report, dismissed} = applyConfig(checked, config)
    expect(dismissed.map((finding) => finding.actual)).toEqual(["It's empty"])
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['number-format', 'reference-term'])
    expect(report.score).toEqual(qualityScore(report.findings, report.words, {threshold: 50}))
    expect(report.score.threshold).toBe(50)
    // A dismissed false positive does not come back on the next run either.
    expect(applyConfig(checkSync(text, checkOptionsFrom(config, {sourceLang: 'id'})), config).report.findings.map((finding) => finding.ruleId)).not.toContain('literal-idiom')
  })

  it('passes check settings, scoring and extra lexicon entries to check()', () => {
    const settings = validateConfig(
      {
        checks: {'number-format': 'critical', 'epithet-calque': 'off'},
        scoring: {weights: {critical: 30}, threshold: 90, criticalFails: false},
        lexicon: [{check: 'literal-idiom', id: 'rumah-makan', phrases: ['eating house'], expected: ['restaurant'], meaning: 'restaurant', sourceLang: 'id'}]
      },
      name
    )
    const loaded = {...config, checks: settings.checks, scoring: settings.scoring, lexicon: settings.lexicon, glossary: [], ignores: []}
    const article = "They paid $2.000 at an eating house in Uncle Sam's country."
    const report = checkSync(article, checkOptionsFrom(loaded, {sourceLang: 'id'}))
    expect(report.findings.map((finding) => [finding.ruleId, finding.subId ?? null, finding.severity, finding.actual])).toEqual([
      ['number-format', expect.anything(), 'critical', '$2.000'],
      ['literal-idiom', 'rumah-makan', 'major', 'eating house']
    ])
    expect(report.score).toMatchObject({threshold: 90, weights: {critical: 30}, penalty: 35})
    expect(report.score.verdict).not.toBe('reject')
  })

  it('changes nothing without ignores', () => {
    const report = checkSync(text, {sourceLang: 'id'})
    const same = applyConfig(report, {...config, glossary: [], ignores: []})
    expect(same.report).toBe(report)
  })
})
