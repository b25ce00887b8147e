// `node --expose-gc bench/compare.js` (after a build): the cost of checking
// against a reference, and metric throughput.
//
// 1. Check with a reference / bare parse of both texts. Method as in
//    bench/index.js: a 100-article text (the corpus MT articles in turn, and
//    their references in the same order), warm-up, then 11 rounds in which the
//    bare retext-english parse of MT + reference, the check with the
//    reference, and the check without it are timed alternately, garbage
//    collected before each run; medians of CPU time are compared (see
//    `time`). The budget is a ratio of 3 (issue 3). Absolute times are
//    printed for context only.
// 2. Metric throughput: corpus BLEU, chrF, chrF++ and TER over the 2,000
//    segments of bench/metrics.js (median of 5 runs), in segments per second,
//    next to sacreBLEU's warm timings.
//
// `TQA_DIST=<folder>` measures another build than dist/ (a folder with
// index.js and metrics.js).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

const dist = process.env.TQA_DIST ? pathToFileURL(`${path.resolve(process.env.TQA_DIST)}/`) : new URL('../dist/', import.meta.url)
const {checkSync} = await import(new URL('index.js', dist).href)
const {bleu, chrf, ter} = await import(new URL('metrics.js', dist).href)

const corpus = new URL('../corpus/', import.meta.url)
const cases = readdirSync(corpus, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/mt.txt`, corpus)) && existsSync(new URL(`${entry.name}/reference.txt`, corpus)))
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((entry) => ({
    mt: readFileSync(new URL(`${entry.name}/mt.txt`, corpus), 'utf8'),
    reference: readFileSync(new URL(`${entry.name}/reference.txt`, corpus), 'utf8')
  }))
if (cases.length === 0) throw new Error('No corpus articles with a reference found under corpus/')

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
/**
 * Milliseconds of CPU time `run` takes (user + system, `process.cpuUsage`):
 * unlike wall time, it does not count time spent waiting while other
 * processes have the CPU, so ratios hold on a busy machine.
 */
function time(run) {
  globalThis.gc?.()
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Check with a reference against the bare parse of both texts. */
export function benchReference(rounds = 11, articles = 100) {
  const mt = Array.from({length: articles}, (_, index) => cases[index % cases.length].mt).join('\n\n')
  const reference = Array.from({length: articles}, (_, index) => cases[index % cases.length].reference).join('\n\n')
  const parser = unified().use(retextEnglish)
  const parseBoth = []
  const withReference = []
  const withoutReference = []
  checkSync(mt, {sourceLang: 'id', reference})
  checkSync(mt, {sourceLang: 'id'})
  for (let round = 0; round < rounds; round++) {
    parseBoth.push(time(() => {
      parser.parse(mt)
      parser.parse(reference)
    }))
    withReference.push(time(() => checkSync(mt, {sourceLang: 'id', reference})))
    withoutReference.push(time(() => checkSync(mt, {sourceLang: 'id'})))
  }
  const report = checkSync(mt, {sourceLang: 'id', reference})
  return {
    articles,
    words: mt.split(/\s+/).length + reference.split(/\s+/).length,
    sentences: report.alignment.length,
    rounds,
    parseBothMs: median(parseBoth),
    checkWithReferenceMs: median(withReference),
    checkWithoutReferenceMs: median(withoutReference),
    ratio: median(withReference) / median(parseBoth)
  }
}

/** Corpus BLEU, chrF, chrF++ and TER throughput on bench/metrics.js's 2,000 segments. */
export async function benchMetricThroughput(rounds = 5) {
  const {makeCorpus, SACREBLEU_SECONDS} = await import('./metrics.js')
  const {hypotheses, references} = makeCorpus()
  const runs = {
    bleu: () => bleu(hypotheses, references),
    chrf: () => chrf(hypotheses, references),
    chrfpp: () => chrf(hypotheses, references, {wordOrder: 2}),
    ter: () => ter(hypotheses, references)
  }
  const results = {segments: hypotheses.length, rounds}
  for (const [name, run] of Object.entries(runs)) {
    run()
    const ms = median(Array.from({length: rounds}, () => time(run)))
    const segmentsPerSecond = hypotheses.length / (ms / 1000)
    const sacrebleu = SACREBLEU_SECONDS.segments / SACREBLEU_SECONDS[name]
    results[name] = {ms, segmentsPerSecond, sacrebleuSegmentsPerSecond: sacrebleu, speedup: segmentsPerSecond / sacrebleu}
  }
  return results
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchReference()
  console.log(`Text: ${result.articles} articles (corpus MT and reference in turn), ${result.words} words in both, ${result.sentences} aligned groups; median of ${result.rounds}`)
  console.log(`Bare retext-english parse of MT + reference: ${result.parseBothMs.toFixed(1)} ms`)
  console.log(`Check with the reference:                    ${result.checkWithReferenceMs.toFixed(1)} ms`)
  console.log(`Check without it (for context):              ${result.checkWithoutReferenceMs.toFixed(1)} ms`)
  console.log(`Ratio check-with-reference / parse of both:  ${result.ratio.toFixed(2)}  (budget ≤ 3)`)
  const metrics = await benchMetricThroughput()
  console.log(`Metrics on ${metrics.segments} segments, median of ${metrics.rounds}:`)
  for (const name of ['bleu', 'chrf', 'chrfpp', 'ter']) {
    const {ms, segmentsPerSecond, sacrebleuSegmentsPerSecond, speedup} = metrics[name]
    const label = {bleu: 'BLEU', chrf: 'chrF', chrfpp: 'chrF++', ter: 'TER'}[name]
    console.log(`  ${label.padEnd(7)} ${ms.toFixed(1).padStart(8)} ms  ${Math.round(segmentsPerSecond).toLocaleString('en-US').padStart(9)} segments/s  (sacreBLEU warm ${Math.round(sacrebleuSegmentsPerSecond).toLocaleString('en-US')} segments/s: ${speedup.toFixed(1)}x)`)
  }
}
