/**
 * `translation-qa batch`: check a JSONL stream of articles on worker
 * threads, one report line per record, in input order, with bounded memory
 * (a fixed window of records in flight), a progress bar on a terminal and a
 * summary on standard error.
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {processRecord, type RecordDefaults, type RecordOutcome} from './batch-record.js'
import {WorkerPool, workerEntry} from './batch-pool.js'
import {UsageError, type CliIo} from './io.js'
import {readLines} from './line-reader.js'
import {Progress} from './progress.js'
import {parseCommand, positiveInteger, resolveConfig} from './shared.js'
import {fileSink, stdoutSink, type Sink} from './sink.js'

export const batchUsage = `Usage: translation-qa batch <in.jsonl|-> [options]

Check many articles: one JSON record per line,
  {"id": "a1", "mt": "…", "reference"?: "…", "source"?: "…", "sourceLang"?: "id", "targetLang"?: "en"}
and print one line per record, in input order:
  {"id": "a1", "report": {…}}   or   {"id": "a1", "error": {"message": "…", "line": 7}}
A bad record (invalid JSON, no \`mt\`, unknown language) gives an error line and the batch goes on.

Options:
  --output <file>        write the lines to a file (atomically) instead of standard output
  --jobs <n>             worker threads (default: one per core, ${availableParallelism()} here)
  --source-lang <code>   source language of records that do not give one
  --target-lang <code>   MT language of records that do not give one
  --config <file>        settings file (default: the nearest translation-qa.config.json)
  --no-config            ignore configuration files
  --quiet                no summary on standard error
  -h, --help             show this help

Exit codes: 0 every article can be published, 1 some need fixing, were rejected or
could not be read, 2 usage or input error.
`

const options = {
  output: {type: 'string', short: 'o'},
  jobs: {type: 'string', short: 'j'},
  'source-lang': {type: 'string'},
  'target-lang': {type: 'string'},
  config: {type: 'string'},
  'no-config': {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'},
  help: {type: 'boolean', short: 'h'}
} as const

/** Longest JSONL line read (bytes); a longer line becomes an error line. */
export const maxLineBytes = 64 * 1024 * 1024

interface Tally {
  articles: number
  publish: number
  fix: number
  reject: number
  errors: number[]
  categories: Map<string, number>
}

export async function batchCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommand(() => parseArgs({args: argv, allowPositionals: true, strict: true, options}), 'batch')
  if (values.help) {
    io.stdout.write(batchUsage)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Missing input: give a JSONL file or `-` for standard input (see `translation-qa batch --help`)' : `Unexpected extra arguments ${positionals.slice(1).map((value) => `\`${value}\``).join(' ')}: give one JSONL file`)
  const jobs = values.jobs === undefined ? availableParallelism() : positiveInteger(values.jobs, '--jobs', 256)
  const config = resolveConfig(values.config, values['no-config'], io)
  const defaults: RecordDefaults = {sourceLang: values['source-lang'], targetLang: values['target-lang']}
  // Validate the default languages once, up front: a typo is a usage error, not 10,000 error lines.
  const probe = processRecord('{"mt":"."}', 0, config, defaults)
  if (probe.verdict === null) throw new UsageError((JSON.parse(probe.output) as {error: {message: string}}).error.message)

  const file = positionals[0]!
  let input: AsyncIterable<Uint8Array | string>
  let totalBytes: number | null = null
  if (file === '-') {
    input = io.stdin
  } else {
    const full = path.resolve(io.cwd, file)
    const info = await stat(full).catch(() => null)
    if (!info) throw new UsageError(`Cannot read \`${file}\`: no such file; check the path`)
    if (info.isDirectory()) throw new UsageError(`Cannot read \`${file}\`: it is a directory; give a JSONL file`)
    totalBytes = info.size
    input = createReadStream(full, {highWaterMark: 1 << 16})
  }

  const pool = new WorkerPool(workerEntry(), jobs, {config, defaults})
  const sink: Sink = values.output === undefined ? stdoutSink(io.stdout) : await fileSink(values.output, io)
  const progress = new Progress(io.stderr, totalBytes)
  const tally: Tally = {articles: 0, publish: 0, fix: 0, reject: 0, errors: [], categories: new Map()}
  const started = Date.now()
  try {
    await stream(input, pool, sink, tally, progress, jobs)
    await sink.commit()
  } catch (error) {
    await sink.abort()
    throw error
  } finally {
    progress.clear()
    await pool.close()
  }
  if (!values.quiet) io.stderr.write(summary(tally, (Date.now() - started) / 1000, jobs))
  return tally.fix + tally.reject + tally.errors.length > 0 ? 1 : 0
}

/** Read, dispatch, reorder and write. At most `window` records are in flight or waiting to be written. */
async function stream(input: AsyncIterable<Uint8Array | string>, pool: WorkerPool, sink: Sink, tally: Tally, progress: Progress, jobs: number): Promise<void> {
  const window = Math.max(8, jobs * 4)
  const done = new Map<number, {outcome: RecordOutcome; bytes: number}>()
  const slotWaiters: Array<() => void> = []
  let dispatched = 0
  let written = 0
  let writtenBytes = 0
  let skippedBytes = 0
  let writing: Promise<void> = Promise.resolve()
  let failure: unknown = null

  const drain = async () => {
    while (done.has(written)) {
      const {outcome, bytes} = done.get(written)!
      done.delete(written)
      written++
      writtenBytes += bytes
      count(tally, outcome)
      await sink.write(outcome.output + '\n')
      progress.update(tally.articles, writtenBytes + skippedBytes)
    }
    for (const waiter of slotWaiters.splice(0)) waiter()
  }
  const finish = (seq: number, outcome: RecordOutcome, bytes: number) => {
    done.set(seq, {outcome, bytes})
    writing = writing.then(drain).catch((error: unknown) => {
      failure ??= error
      for (const waiter of slotWaiters.splice(0)) waiter()
    })
  }

  for await (const item of readLines(input, maxLineBytes)) {
    if (failure) break
    if (item.text !== undefined && item.text.trim() === '') {
      skippedBytes += item.bytes
      continue
    }
    while (dispatched - written >= window && !failure) await new Promise<void>((resolve) => slotWaiters.push(resolve))
    const seq = dispatched++
    if (item.text === undefined) {
      finish(seq, {output: JSON.stringify({id: null, error: {message: item.error ?? 'Unreadable line', line: item.line}}), verdict: null, categories: []}, item.bytes)
      continue
    }
    const bytes = item.bytes
    pool.run({seq, text: item.text, line: item.line}).then(
      (outcome) => finish(seq, outcome, bytes),
      (error: unknown) => {
        failure ??= error
        for (const waiter of slotWaiters.splice(0)) waiter()
      }
    )
  }
  while (written < dispatched && !failure) await new Promise<void>((resolve) => slotWaiters.push(resolve))
  await writing
  if (failure) throw failure
  progress.update(tally.articles, writtenBytes + skippedBytes, true)
}

function count(tally: Tally, outcome: RecordOutcome): void {
  if (outcome.verdict === null) {
    const line = (JSON.parse(outcome.output) as {error?: {line?: number}}).error?.line
    tally.errors.push(line ?? 0)
    return
  }
  tally.articles++
  tally[outcome.verdict]++
  for (const [category, number] of outcome.categories) tally.categories.set(category, (tally.categories.get(category) ?? 0) + number)
}

function summary(tally: Tally, seconds: number, jobs: number): string {
  const number = (value: number) => value.toLocaleString('en-US')
  const total = tally.articles + tally.errors.length
  const rate = seconds > 0 ? total / seconds : total
  const lines = [`translation-qa batch: ${number(total)} record${total === 1 ? '' : 's'} in ${seconds.toFixed(1)} s (${number(Math.round(rate))}/s, ${jobs} job${jobs === 1 ? '' : 's'})`]
  const errors = tally.errors.length > 0 ? ` · ${number(tally.errors.length)} bad record${tally.errors.length === 1 ? '' : 's'} (line${tally.errors.length === 1 ? '' : 's'} ${tally.errors.slice(0, 10).join(', ')}${tally.errors.length > 10 ? ', …' : ''})` : ''
  lines.push(`  pass ${number(tally.publish)} · fail ${number(tally.fix + tally.reject)} (fix ${number(tally.fix)}, reject ${number(tally.reject)})${errors}`)
  const categories = [...tally.categories].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  if (categories.length > 0) {
    lines.push('  findings by category:')
    for (const [category, value] of categories) lines.push(`    ${category.padEnd(50)} ${number(value).padStart(8)}`)
  }
  return lines.join('\n') + '\n'
}
