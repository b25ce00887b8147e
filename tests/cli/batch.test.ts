import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {readLines} from '../../src/cli/line-reader.js'
import {cli, cliPath, root, seedArticle, temporary} from './helpers.js'

interface Line {
  id: string | number | null
  report?: {score: {verdict: string}; findings: Array<{ruleId: string}>}
  error?: {message: string; line: number}
}

const parse = (stdout: string): Line[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Line)

beforeAll(() => {
  // The workers run the built `dist/batch-worker.js`; `npm test` builds first.
  if (!existsSync(path.join(root, 'dist', 'batch-worker.js'))) execFileSync('npx', ['tsup', '--silent'], {cwd: root, stdio: 'ignore'})
}, 120_000)

describe('translation-qa batch', () => {
  it('keeps input order with --jobs 2, whatever finishes first', async () => {
    const cwd = temporary()
    const seed = seedArticle()
    // Long and short articles alternate, so a later short one finishes before an earlier long one.
    const records = Array.from({length: 40}, (_, index) => ({id: `a${index}`, mt: index % 5 === 0 ? seed.repeat(4) : `Paid $${index}.000 in Uncle Sam's country.`, sourceLang: 'id'}))
    writeFileSync(path.join(cwd, 'in.jsonl'), records.map((record) => JSON.stringify(record)).join('\n') + '\n')
    const result = await cli(['batch', 'in.jsonl', '--jobs', '2'], {cwd})
    const lines = parse(result.stdout)
    expect(lines.map((line) => line.id)).toEqual(records.map((record) => record.id))
    expect(lines.every((line) => line.report && line.report.findings.length > 0)).toBe(true)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^translation-qa batch: 40 records in [\d.]+ s \([\d,]+\/s, 2 jobs\)\n {2}pass 0 · fail 40 \(fix \d+, reject \d+\)\n {2}findings by category:\n/)
    expect(result.stderr).toMatch(/ {4}locale-convention\/number-format +\d+/)
    // The same lines as checking each record with one job.
    const single = await cli(['batch', 'in.jsonl', '--jobs', '1'], {cwd})
    expect(single.stdout).toBe(result.stdout)
  })

  it('turns bad records into error lines and goes on', async () => {
    const cwd = temporary()
    const good = (id: string, mt = 'Finance Minister Ana Ruiz said the budget would rise next year.') => JSON.stringify({id, mt})
    const lines = [
      good('ok1'),
      '{"id": "broken", "mt": ',
      JSON.stringify({id: 'no-mt', reference: 'x'}),
      '',
      JSON.stringify({id: 'lang', mt: 'Hello there.', sourceLang: 'klingon'}),
      '[1, 2]',
      JSON.stringify({id: {nested: true}, mt: 'x'}),
      JSON.stringify({id: 7, mt: 'Paid $2.000 here.', reference: 42}),
      good('ok2')
    ]
    const bytes = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(good('ok3') + '\r\n')])
    writeFileSync(path.join(cwd, 'in.jsonl'), bytes)
    const result = await cli(['batch', 'in.jsonl', '--jobs', '2'], {cwd})
    const output = parse(result.stdout)
    expect(output.map((line) => [line.id, line.error?.line ?? 'report'])).toEqual([
      ['ok1', 'report'],
      [null, 2],
      ['no-mt', 3],
      ['lang', 5],
      [null, 6],
      [null, 7],
      [7, 8],
      ['ok2', 'report'],
      [null, 10],
      ['ok3', 'report']
    ])
    expect(output[1]!.error!.message).toMatch(/^Invalid JSON: /)
    expect(output[2]!.error!.message).toBe('Missing `mt`: give the machine-translated text as a string')
    expect(output[3]!.error!.message).toMatch(/^Unexpected `sourceLang` `klingon`: not supported/)
    expect(output[5]!.error!.message).toBe('Expected `id` to be a string or a number, got object')
    expect(output[6]!.error!.message).toBe('Expected `reference` to be a string or null, got number')
    expect(output[8]!.error!.message).toMatch(/^Invalid UTF-8/)
    expect(result.stderr).toMatch(/pass 3 · fail 0 \(fix 0, reject 0\) · 7 bad records \(lines 2, 3, 5, 6, 7, 8, 10\)/)
    expect(result.code).toBe(1)
  })

  it('exits 0 when every article can be published, and reads standard input', async () => {
    const input = ['Finance Minister Ana Ruiz said the budget would rise next year.', 'Rain is expected on Sunday.'].map((mt, index) => JSON.stringify({id: index, mt})).join('\n')
    const result = await cli(['batch', '-', '--jobs', '1', '--quiet'], {cwd: temporary(), stdin: input})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(parse(result.stdout).map((line) => line.report!.score.verdict)).toEqual(['publish', 'publish'])
  })

  it('applies --source-lang to records without one, and refuses a bad default up front', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'in.jsonl'), JSON.stringify({id: 1, mt: 'Paid $2.000.'}) + '\n' + JSON.stringify({id: 2, mt: 'Paid $2.000.', sourceLang: 'en'}) + '\n')
    const result = await cli(['batch', 'in.jsonl', '--source-lang', 'id', '--jobs', '1'], {cwd})
    const lines = parse(result.stdout)
    expect(lines[0]!.report!.findings.map((finding) => finding.ruleId)).toEqual(['number-format'])
    expect(lines[1]!.error?.message ?? '').toMatch(/sourceLang/)
    const bad = await cli(['batch', 'in.jsonl', '--source-lang', 'xx'], {cwd})
    expect(bad.code).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toMatch(/^translation-qa: Unexpected `sourceLang` `xx`/)
  })

  it('writes --output atomically and leaves no temporary file', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'in.jsonl'), JSON.stringify({id: 'a', mt: 'Paid $2.000.', sourceLang: 'id'}) + '\n')
    const result = await cli(['batch', 'in.jsonl', '--output', 'out.jsonl', '--jobs', '1'], {cwd})
    expect(result.stdout).toBe('')
    expect(readdirSync(cwd).sort()).toEqual(['in.jsonl', 'out.jsonl'])
    expect(parse(readFileSync(path.join(cwd, 'out.jsonl'), 'utf8'))[0]!.id).toBe('a')
    const missing = await cli(['batch', 'in.jsonl', '--output', 'no/such/dir.jsonl'], {cwd})
    expect(missing.code).toBe(2)
    expect(readdirSync(cwd).sort()).toEqual(['in.jsonl', 'out.jsonl'])
  })

  it('refuses bad usage', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'in.jsonl'), '')
    for (const [argv, message] of [
      [['batch'], /^translation-qa: Missing input/],
      [['batch', 'in.jsonl', '--jobs', '0'], /^translation-qa: Unexpected `--jobs 0`, expected a whole number from 1 to 256\n$/],
      [['batch', 'missing.jsonl'], /^translation-qa: Cannot read `missing.jsonl`: no such file/],
      [['batch', '.'], /^translation-qa: Cannot read `.`: it is a directory/]
    ] as Array<[string[], RegExp]>) {
      const result = await cli(argv, {cwd})
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr).toMatch(message)
    }
    // An empty input is a valid, empty batch.
    expect(await cli(['batch', 'in.jsonl', '--quiet'], {cwd})).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('draws a progress bar only on a terminal', async () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'in.jsonl'), Array.from({length: 30}, (_, index) => JSON.stringify({id: index, mt: seedArticle()})).join('\n'))
    const terminal = await cli(['batch', 'in.jsonl', '--jobs', '2'], {cwd, tty: true})
    expect(terminal.stderr).toMatch(/\r\[[█░]{24}\] 100% {2}30 articles {2}[\d.]+\/s {2}ETA 0:00/)
    expect(terminal.stderr).toMatch(/\r\u001B\[K translation-qa batch|\r\u001B\[Ktranslation-qa batch/)
    const piped = await cli(['batch', 'in.jsonl', '--jobs', '2'], {cwd})
    expect(piped.stderr).not.toContain('\r')
  })

  it('leaves no partial output file when interrupted', async () => {
    const cwd = temporary()
    const record = JSON.stringify({id: 'a', mt: seedArticle(), sourceLang: 'id'})
    writeFileSync(path.join(cwd, 'in.jsonl'), Array.from({length: 3000}, () => record).join('\n'))
    const child = spawn(process.execPath, [cliPath, 'batch', 'in.jsonl', '--jobs', '1', '--output', 'out.jsonl'], {cwd, stdio: 'ignore'})
    // Wait until the temporary output file exists, then interrupt.
    const writing = () => readdirSync(cwd).some((name) => name.startsWith('.out.jsonl.') && name.endsWith('.tmp'))
    for (let tries = 0; tries < 200 && !writing(); tries++) await new Promise((resolve) => setTimeout(resolve, 25))
    expect(writing()).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(readdirSync(cwd)).toEqual(['in.jsonl'])
  })

  it('runs from the built CLI, with the worker next to dist/cli.js', () => {
    const cwd = temporary()
    writeFileSync(path.join(cwd, 'in.jsonl'), [JSON.stringify({id: 'x', mt: 'Paid $2.000.', sourceLang: 'id'}), 'nope'].join('\n'))
    const result = spawnSync(process.execPath, [cliPath, 'batch', 'in.jsonl', '--jobs', '2'], {cwd, encoding: 'utf8'})
    expect(result.status).toBe(1)
    expect(parse(result.stdout).map((line) => line.id)).toEqual(['x', null])
    expect(result.stderr).toMatch(/1 bad record \(line 2\)/)
  })
})

describe('readLines', () => {
  async function* chunks(...parts: Array<string | Buffer>) {
    for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part
  }
  it('splits across chunks, drops CR and a first-line BOM, and reports over-long lines without keeping them', async () => {
    const lines = []
    for await (const line of readLines(chunks('\uFEFFab', 'c\r\nde', 'f\n', 'x'.repeat(40), 'y'.repeat(40), '\nlast'), 64)) lines.push(line)
    expect(lines.map((line) => line.text ?? line.error?.slice(0, 13))).toEqual(['abc', 'def', 'Line too long', 'last'])
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4])
    expect(lines.reduce((sum, line) => sum + line.bytes, 0)).toBe(Buffer.byteLength('\uFEFFabc\r\ndef\n') + 81 + 4)
  })
})

describe('translation-qa batch: empty articles', () => {
  it('reports an empty `mt` as an error line, not a perfect score', async () => {
    const cwd = temporary()
    const result = await cli(['batch', '-', '--jobs', '1', '--source-lang', 'id'], {cwd, stdin: '{"id": "e", "mt": "  "}\n{"id": "ok", "mt": "They paid $2.000."}\n'})
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as {id: string; error?: {message: string; line: number}})
    expect(lines.map((line) => [line.id, line.error?.message ?? 'report'])).toEqual([['e', 'Empty `mt`: nothing to check; give the machine-translated text'], ['ok', 'report']])
    expect(result.code).toBe(1)
  })
})
