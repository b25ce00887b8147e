import {chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, seedArticle, temporary} from './helpers.js'

const money = "They paid $2.000 each in Uncle Sam's country."

describe('translation-qa check', () => {
  it('prints the report in every format, machine formats on stdout', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'a.txt'), money)
    const json = await cli(['check', 'a.txt', '--source-lang', 'id', '--format', 'json'], {cwd})
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout).findings).toHaveLength(2)
    const sarif = await cli(['check', 'a.txt', '--source-lang', 'id', '--format', 'sarif'], {cwd})
    expect(JSON.parse(sarif.stdout).runs[0].artifacts[0].location.uri).toBe('a.txt')
    const checkstyle = await cli(['check', 'a.txt', '--source-lang', 'id', '--format', 'checkstyle'], {cwd})
    expect(checkstyle.stdout).toContain('<file name="a.txt">')
    const html = await cli(['check', 'a.txt', '--source-lang', 'id', '--format', 'html', '--title', 'Desk <3'], {cwd})
    expect(html.stdout).toMatch(/^<!doctype html>/)
    expect(html.stdout).toContain('<title>Desk &lt;3</title>')
    const text = await cli(['check', 'a.txt', '--source-lang', 'id'], {cwd})
    expect(text.stdout).toMatch(/Verdict: FIX/)
    for (const result of [json, sarif, checkstyle, html, text]) expect(result.stderr).toBe('')
  })

  it('gates on --fail-on severities or the verdict', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'clean.txt'), 'Finance Minister Ana Ruiz said the budget would rise next year.')
    writeFileSync(path.join(cwd, 'a.txt'), money)
    expect((await cli(['check', 'clean.txt'], {cwd})).code).toBe(0)
    expect((await cli(['check', 'clean.txt', '--fail-on', 'verdict'], {cwd})).code).toBe(0)
    expect((await cli(['check', 'a.txt', '--source-lang', 'id', '--fail-on', 'verdict'], {cwd})).code).toBe(1)
    expect((await cli(['check', 'a.txt', '--source-lang', 'id', '--fail-on', 'critical'], {cwd})).code).toBe(0)
    const bad = await cli(['check', 'a.txt', '--fail-on', 'often'], {cwd})
    expect(bad).toEqual({code: 2, stdout: '', stderr: 'translation-qa: Unexpected `--fail-on often`, expected `minor`, `major`, `critical` or `verdict`\n'})
  })

  it('writes --output atomically, leaving no temporary file', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'a.txt'), money)
    mkdirSync(path.join(cwd, 'out'))
    const result = await cli(['check', 'a.txt', '--source-lang', 'id', '--format', 'html', '--output', 'out/report.html'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(readdirSync(path.join(cwd, 'out'))).toEqual(['report.html'])
    expect(readFileSync(path.join(cwd, 'out', 'report.html'), 'utf8')).toMatch(/<\/html>\n$/)
    // A folder that does not exist: a one-line error, and nothing written anywhere.
    const failed = await cli(['check', 'a.txt', '--format', 'json', '--output', 'missing/report.json'], {cwd})
    expect(failed.code).toBe(2)
    expect(failed.stderr).toMatch(/^translation-qa: Cannot write `missing\/report\.json`: .*\n$/)
    expect(readdirSync(cwd).sort()).toEqual(['a.txt', 'out'])
  })

  it('refuses bad usage with one line that says how to fix it', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'a.txt'), money)
    const cases: Array<[string[], RegExp]> = [
      [['check'], /^translation-qa: Missing input: give a file or `-`/],
      [['check', 'a.txt', '--format', 'pdf'], /^translation-qa: Unexpected `--format pdf`, expected one of `text`, `json`, `html`, `sarif`, `checkstyle`\n$/],
      [['check', 'a.txt', '--fix', '--format', 'json'], /^translation-qa: Unexpected `--format` with `--fix`/],
      [['check', '-', '--write'], /^translation-qa: Unexpected `--write` with standard input/],
      [['check', 'a.txt', '--write', '--output', 'b.txt'], /^translation-qa: Unexpected `--write` with `--output`/],
      [['check', 'nope.txt'], /^translation-qa: Cannot read `nope.txt`: no such file; check the path\n$/],
      [['check', 'a.txt', '--source-lang', 'klingon'], /^translation-qa: Unexpected `sourceLang` `klingon`/],
      [['check', 'a.txt', '--colour'], /^translation-qa: Unknown option '--colour'.* \(see `translation-qa check --help`\)\n$/],
      [['check', 'a.txt', '--config', 'none.json'], /^translation-qa: Cannot read configuration none.json: no such file/]
    ]
    for (const [argv, message] of cases) {
      const result = await cli(argv, {cwd})
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr, argv.join(' ')).toMatch(message)
    }
    // An empty article is an upstream failure, not a perfect score.
    writeFileSync(path.join(cwd, 'empty.txt'), ' \n\n')
    for (const [argv, stdin, message] of [[['check', 'empty.txt'], undefined, /^translation-qa: Nothing to check: `empty.txt` is empty/], [['check', '-'], '', /^translation-qa: Nothing to check: standard input is empty/]] as const) {
      const result = await cli([...argv], stdin === undefined ? {cwd} : {cwd, stdin})
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    }
  })

  it('--fix on the seed corrects `$2.000` and "Uncle Sam\'s country" and changes nothing else', async () => {
    const cwd = temporary()
    const seed = seedArticle()
    writeFileSync(path.join(cwd, 'seed.txt'), seed)
    const result = await cli(['check', 'seed.txt', '--source-lang', 'id', '--fix'], {cwd})
    expect(result.stdout).toBe(seed.replace('$2.000', '$2,000').replace("Uncle Sam's country", 'the United States'))
    // The diff: exactly two lines differ, and in each only the flagged span changed.
    const before = seed.split('\n')
    const after = result.stdout.split('\n')
    expect(after).toHaveLength(before.length)
    const changes = before.flatMap((line, index) => (line === after[index] ? [] : [{line: index + 1, ...changedSpan(line, after[index]!)}]))
    expect(changes).toHaveLength(2)
    const fixes: ReadonlyArray<readonly [string, string]> = [['$2.000', '$2,000'], ["Uncle Sam's country", 'the United States']]
    for (const [index, change] of changes.entries()) {
      const [flagged, fixed] = fixes[index]!
      const line = before[change.line - 1]!
      const at = line.indexOf(flagged)
      // The changed characters lie inside the flagged span, and the line is otherwise identical.
      expect(at).toBeGreaterThanOrEqual(0)
      expect(change.start).toBeGreaterThanOrEqual(at)
      expect(change.end).toBeLessThanOrEqual(at + flagged.length)
      expect(after[change.line - 1]).toBe(line.slice(0, at) + fixed + line.slice(at + flagged.length))
    }
    expect(changes.map((change) => change.line)).toEqual([19, 23])
    // Findings that need an editor (no single safe suggestion) are listed on stderr and decide the exit code.
    expect(result.stderr).toMatch(/^translation-qa: fixed 2 of \d+ findings; \d+ needs? an editor: .*title-garble/)
    expect(result.code).toBe(1)
    // The input is never touched without --write.
    expect(readFileSync(path.join(cwd, 'seed.txt'), 'utf8')).toBe(seed)
  })

  it('--fix --output writes the corrected text to a file', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'a.txt'), money)
    const result = await cli(['check', 'a.txt', '--source-lang', 'id', '--fix', '--output', 'fixed.txt'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(readFileSync(path.join(cwd, 'fixed.txt'), 'utf8')).toBe('They paid $2,000 each in the United States.')
    expect(readFileSync(path.join(cwd, 'a.txt'), 'utf8')).toBe(money)
  })

  it('--write through a symbolic link fixes the file it points at and keeps the link', async () => {
    const cwd = temporary()
    mkdirSync(path.join(cwd, 'desk'))
    writeFileSync(path.join(cwd, 'desk', 'real.txt'), money)
    symlinkSync(path.join('desk', 'real.txt'), path.join(cwd, 'link.txt'))
    const result = await cli(['check', 'link.txt', '--source-lang', 'id', '--write'], {cwd})
    expect(result.code).toBe(0)
    expect(lstatSync(path.join(cwd, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(cwd, 'desk', 'real.txt'), 'utf8')).toBe('They paid $2,000 each in the United States.')
    expect(readdirSync(path.join(cwd, 'desk'))).toEqual(['real.txt'])
  })

  it('--write fixes the file in place atomically, keeping its BOM, line ends and mode', async () => {
    const cwd = temporary()
    const file = path.join(cwd, 'a.txt')
    writeFileSync(file, `\uFEFF${money}\r\nSecond line.\r\n`)
    chmodSync(file, 0o640)
    const result = await cli(['check', 'a.txt', '--source-lang', 'id', '--write'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('translation-qa: fixed 2 of 2 findings in a.txt\n')
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFThey paid $2,000 each in the United States.\r\nSecond line.\r\n')
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(readdirSync(cwd)).toEqual(['a.txt'])
    // Nothing to fix: the file is not rewritten.
    const mtime = statSync(file).mtimeMs
    await cli(['check', 'a.txt', '--source-lang', 'id', '--write'], {cwd})
    expect(statSync(file).mtimeMs).toBe(mtime)
  })

  it('uses translation-qa.config.json: severities, scoring, glossary and dismissed findings', async () => {
    const cwd = temporary()
    mkdirSync(path.join(cwd, 'desk', 'today'), {recursive: true})
    writeFileSync(path.join(cwd, 'translation-qa.config.json'), JSON.stringify({
      checks: {'number-format': 'minor'},
      scoring: {threshold: 50},
      glossary: 'terms.csv',
      ignores: [{ruleId: 'epithet-calque', actual: "Uncle Sam's country"}]
    }))
    writeFileSync(path.join(cwd, 'terms.csv'), 'term,preferred,forbidden\nDewan Perwakilan Rakyat,the House of Representatives,People\'s Representative Council\n')
    writeFileSync(path.join(cwd, 'desk', 'today', 'a.txt'), `${money} The People's Representative Council met.`)
    const result = await cli(['check', 'a.txt', '--source-lang', 'id', '--format', 'json'], {cwd: path.join(cwd, 'desk', 'today')})
    const report = JSON.parse(result.stdout)
    expect(report.findings.map((finding: {ruleId: string; severity: string}) => `${finding.ruleId}:${finding.severity}`)).toEqual(['number-format:minor', 'reference-term:major'])
    expect(report.score.threshold).toBe(50)
    expect(result.code).toBe(1)
    const text = await cli(['check', 'a.txt', '--source-lang', 'id'], {cwd: path.join(cwd, 'desk', 'today')})
    expect(text.stdout).toContain('1 finding dismissed by `ignores` in translation-qa.config.json')
    const fixed = await cli(['check', 'a.txt', '--source-lang', 'id', '--fix'], {cwd: path.join(cwd, 'desk', 'today')})
    expect(fixed.stdout).toBe("They paid $2,000 each in Uncle Sam's country. The House of Representatives met.")
    const ignored = await cli(['check', 'a.txt', '--source-lang', 'id', '--format', 'json', '--no-config'], {cwd: path.join(cwd, 'desk', 'today')})
    expect(JSON.parse(ignored.stdout).findings.map((finding: {ruleId: string}) => finding.ruleId)).toEqual(['number-format', 'epithet-calque'])
    writeFileSync(path.join(cwd, 'translation-qa.config.json'), '{"scoring": {"threshold": "high"}}')
    const broken = await cli(['check', 'a.txt'], {cwd: path.join(cwd, 'desk', 'today')})
    expect(broken).toMatchObject({code: 2, stderr: 'translation-qa: Unexpected `scoring.threshold` "high" in ../../translation-qa.config.json, expected a number from 0 to 100\n'})
  })

  it('reads standard input', async () => {
    const result = await cli(['check', '-', '--source-lang', 'id', '--format', 'json'], {cwd: temporary(), stdin: money})
    expect(JSON.parse(result.stdout).findings).toHaveLength(2)
  })
})

/** Where `before` differs from `after` once their common prefix and suffix are removed (offsets into `before`). */
function changedSpan(before: string, after: string): {start: number; end: number} {
  let prefix = 0
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++
  let suffix = 0
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++
  return {start: prefix, end: before.length - suffix}
}
