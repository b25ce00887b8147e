// `node bench/batch.js [articles]` (after a build): throughput and peak memory of `translation-qa batch`.
//
// Method: generate a JSONL file of `articles` records (default 10,000) under .tmp/ from the corpus MT
// articles, with numbers and names varied so no two records are the same, plus one bad line per 1,000
// articles (invalid JSON, a record without `mt`, an unknown language, in turn); run `dist/cli.js batch`
// with --jobs 1 and --jobs 2 (output to a file, no summary); check that every article has a report line
// and every bad line an error line; report wall time, articles per second, the speed-up, and peak
// resident memory of the whole process (all worker threads included), measured with `/usr/bin/time -v`
// when present, else with `process.resourceUsage().maxRSS` in a wrapper process. Flat memory: the same
// --jobs 2 run on a tenth of the articles should peak at about the same RSS.
import {execFileSync, spawn} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'

const root = new URL('../', import.meta.url)
const work = new URL('.tmp/bench-batch/', root)
const cli = fileURLToPath(new URL('dist/cli.js', root))

const names = ['Budi Santoso', 'Siti Rahayu', 'Ahmad Fauzi', 'Dewi Lestari', 'Joko Widodo', 'Retno Marsudi', 'Agus Salim', 'Rina Wijaya']

/** A small deterministic PRNG (mulberry32), so every run generates the same file. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The corpus MT articles with their source languages. */
function templates() {
  const corpus = new URL('corpus/', root)
  const result = []
  for (const entry of readdirSync(corpus, {withFileTypes: true})) {
    const mt = new URL(`${entry.name}/mt.txt`, corpus)
    if (!entry.isDirectory() || !existsSync(mt)) continue
    const gold = new URL(`${entry.name}/gold.json`, corpus)
    const sourceLang = existsSync(gold) ? (JSON.parse(readFileSync(gold, 'utf8')).sourceLang ?? 'id') : 'id'
    result.push({mt: readFileSync(mt, 'utf8'), sourceLang})
  }
  if (result.length === 0) throw new Error('No corpus articles found under corpus/')
  return result
}

/** Bad lines mixed into the input: each must become one error line. */
const badLines = ['{"id": "broken", "mt": "unterminated', '{"id": "no-mt", "reference": "An article without MT."}', '{"id": "klingon", "mt": "Qapla.", "sourceLang": "tlh"}']

/** Bad lines among `articles` records. */
export function badCount(articles) {
  return Math.floor((articles + 499) / 1000)
}

/** Write `articles` JSONL records to .tmp/bench-batch/input.jsonl; returns its path and size. */
export function generate(articles = 10_000) {
  mkdirSync(work, {recursive: true})
  const file = fileURLToPath(new URL(`input-${articles}-with-bad.jsonl`, work))
  if (!existsSync(file)) {
    const sources = templates()
    const next = random(42)
    const lines = []
    for (let index = 0; index < articles; index++) {
      const {mt, sourceLang} = sources[index % sources.length]
      const name = names[Math.floor(next() * names.length)]
      const varied = mt
        .replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + next())))).slice(0, digits.length + 1))
        .replace(/\b(Park Sun-won|Kirby|Lukashenko)\b/g, name)
      lines.push(JSON.stringify({id: `article-${index}`, mt: varied, sourceLang}))
      if (index % 1000 === 500) lines.push(badLines[Math.floor(index / 1000) % badLines.length])
    }
    writeFileSync(file, lines.join('\n') + '\n')
  }
  return {file, bytes: statSync(file).size}
}

const wrapper = `
const [cli, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], cli, ...args]
process.on('exit', () => process.stderr.write('\\nMAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'))
await import(cli)
`

/** Resident memory (kB) of `pid` and its descendants, from /proc (Linux); `null` elsewhere. */
function treeRssKb(pid) {
  try {
    let total = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) total += treeRssKb(Number(child)) ?? 0
    }
    return total
  } catch {
    return null
  }
}

/** Run the batch once; returns seconds, peak RSS in MiB, RSS samples over the run, exit code. */
async function runOnce(input, jobs) {
  const output = fileURLToPath(new URL(`output-${jobs}.jsonl`, work))
  const args = [cli, 'batch', input, '--jobs', String(jobs), '--output', output, '--quiet']
  let command = process.execPath
  let argv = args
  let method = 'process.resourceUsage().maxRSS'
  if (existsSync('/usr/bin/time')) {
    method = '/usr/bin/time -v'
    command = '/usr/bin/time'
    argv = ['-v', process.execPath, ...args]
  } else {
    const script = fileURLToPath(new URL('rss-wrapper.mjs', work))
    writeFileSync(script, wrapper)
    argv = [script, ...args]
  }
  const started = process.hrtime.bigint()
  const child = spawn(command, argv, {stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
  // RSS every half second, to see whether memory stays flat over the run (not only its peak).
  const samples = []
  const timer = setInterval(() => {
    const kb = treeRssKb(child.pid)
    // (The tree includes /usr/bin/time itself: about 2 MiB.)
    if (kb) samples.push(kb)
  }, 500)
  const status = await new Promise((resolve) => child.on('close', resolve))
  clearInterval(timer)
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const kb = Number((stderr.match(/Maximum resident set size \(kbytes\): (\d+)/) ?? stderr.match(/MAXRSS_KB=(\d+)/) ?? [])[1] ?? Number.NaN)
  // Share of one core the run used (/usr/bin/time only): about 200% means both cores were busy.
  const cpuPercent = Number((stderr.match(/Percent of CPU this job got: (\d+)%/) ?? [])[1] ?? Number.NaN)
  const written = existsSync(output) ? readFileSync(output, 'utf8').split('\n').filter(Boolean) : []
  const errors = written.filter((line) => line.includes('"error":')).length
  rmSync(output, {force: true})
  return {seconds, peakRssMiB: kb / 1024, rss: quarters(samples), cpuPercent, exitCode: status, lines: written.length - errors, errors, method}
}

/** Highest RSS (MiB) in each quarter of the run: flat memory keeps them level. */
function quarters(samples) {
  if (samples.length < 4) return []
  return [0, 1, 2, 3].map((quarter) => Math.round(Math.max(...samples.slice(Math.floor((quarter * samples.length) / 4), Math.floor(((quarter + 1) * samples.length) / 4))) / 1024))
}

/** Generate the input, run --jobs 1 and --jobs 2, and report throughput, speed-up and peak memory. */
export async function benchBatch(articles = Number(process.env.BENCH_BATCH_ARTICLES ?? 10_000)) {
  if (!existsSync(cli)) execFileSync('npx', ['tsup', '--silent'], {cwd: fileURLToPath(root), stdio: 'ignore'})
  const {file, bytes} = generate(articles)
  const small = Math.max(1, Math.round(articles / 10))
  // Other processes on the machine skew the speed-up: the load average before the runs is reported with it.
  const load = Number(loadavg()[0].toFixed(2))
  const one = await runOnce(file, 1)
  const two = await runOnce(file, 2)
  const tenth = await runOnce(generate(small).file, 2)
  for (const [run, count] of [[one, articles], [two, articles], [tenth, small]]) {
    if (run.lines !== count) throw new Error(`Expected ${count} report lines, got ${run.lines} (exit code ${run.exitCode})`)
    if (run.errors !== badCount(count)) throw new Error(`Expected ${badCount(count)} error lines, got ${run.errors}`)
  }
  return {
    articles,
    inputMiB: Number((bytes / 1048576).toFixed(1)),
    cores: availableParallelism(),
    loadBefore: load,
    jobs1: {seconds: Number(one.seconds.toFixed(1)), articlesPerSecond: Math.round(articles / one.seconds), peakRssMiB: Math.round(one.peakRssMiB), rssByQuarterMiB: one.rss, cpuPercent: one.cpuPercent},
    jobs2: {seconds: Number(two.seconds.toFixed(1)), articlesPerSecond: Math.round(articles / two.seconds), peakRssMiB: Math.round(two.peakRssMiB), rssByQuarterMiB: two.rss, cpuPercent: two.cpuPercent},
    badLines: badCount(articles),
    tenth: {articles: small, peakRssMiB: Math.round(tenth.peakRssMiB)},
    speedUp: Number((one.seconds / two.seconds).toFixed(2)),
    memory: one.method
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = process.argv[2] ? Number(process.argv[2]) : undefined
  const result = await benchBatch(articles)
  console.log(`Batch: ${result.articles} articles + ${result.badLines} bad lines (${result.inputMiB} MiB JSONL), ${result.cores} cores (load average ${result.loadBefore} before the runs); every article reported, every bad line an error line`)
  console.log(`  --jobs 1: ${result.jobs1.seconds} s, ${result.jobs1.articlesPerSecond} articles/s, peak RSS ${result.jobs1.peakRssMiB} MiB (highest per quarter of the run: ${result.jobs1.rssByQuarterMiB.join(', ')} MiB), CPU ${result.jobs1.cpuPercent}%`)
  console.log(`  --jobs 2: ${result.jobs2.seconds} s, ${result.jobs2.articlesPerSecond} articles/s, peak RSS ${result.jobs2.peakRssMiB} MiB (highest per quarter of the run: ${result.jobs2.rssByQuarterMiB.join(', ')} MiB), CPU ${result.jobs2.cpuPercent}%`)
  // Say what the numbers show. Memory is flat when the last quarter of the run peaks no higher than 15% above the
  // second (the first quarter is warm-up: each worker's heap grows to its working size); the run on a tenth of
  // the articles is printed beside it, warm-up included.
  const level = (quarters) => quarters.length === 4 && quarters[3] <= quarters[1] * 1.15
  const verdict = level(result.jobs1.rssByQuarterMiB) && level(result.jobs2.rssByQuarterMiB) ? 'flat: the last quarter of each run peaks within 15% of its second' : 'not flat: memory still rises in the last quarter of a run'
  console.log(`  --jobs 2 on ${result.tenth.articles} articles: peak RSS ${result.tenth.peakRssMiB} MiB; memory ${verdict}`)
  console.log(`  speed-up ×${result.speedUp} (peak RSS via ${result.memory})`)
}
