/** In-process CLI runs: a fake terminal, temporary folders, the seed article. */
import {existsSync, mkdtempSync, readFileSync, realpathSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import {run} from '../../src/cli/run.js'

export const root = path.resolve(import.meta.dirname, '..', '..')
export const cliPath = path.join(root, 'dist', 'cli.js')

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Run `translation-qa …argv` in-process with `cwd` and optional stdin. */
export async function cli(argv: string[], options: {cwd: string; stdin?: string | Buffer; tty?: boolean}): Promise<RunResult> {
  const stdout: string[] = []
  const stderr: string[] = []
  const input = options.stdin === undefined ? Buffer.alloc(0) : Buffer.from(options.stdin)
  const code = await run(argv, {
    stdout: {write: (chunk: string) => stdout.push(chunk), isTTY: false},
    stderr: {write: (chunk: string) => stderr.push(chunk), isTTY: options.tty ?? false},
    stdin: Readable.from([input]),
    cwd: options.cwd,
    env: {}
  })
  return {code, stdout: stdout.join(''), stderr: stderr.join('')}
}

/** A fresh temporary folder (no config file above it). */
export function temporary(prefix = 'tqa-cli-'): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)))
}

/** The seed article as the user supplied it. */
export function seedArticle(): string {
  const corpus = path.join(root, 'corpus', '000-seed-korea-troops', 'mt.txt')
  return readFileSync(existsSync(corpus) ? corpus : '/work/shared/seeds/000_9b0a84d2edb3a301.txt', 'utf8')
}
