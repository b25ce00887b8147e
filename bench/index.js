// `npm run bench`: how much the checks cost, as ratios measured in one run.
//
// Method: build a 100-article text from the corpus (MT articles repeated in
// turn), warm up, then time the bare retext-english parse and the full check
// alternately, 11 rounds each, collecting garbage before each run (`--expose-gc`), and compare medians. Ratios are machine-neutral;
// absolute times are printed for context only.
import {readdirSync, readFileSync, existsSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {checkSync} from '../dist/index.js'

const corpus = new URL('../corpus/', import.meta.url)
const cases = readdirSync(corpus, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/mt.txt`, corpus)))
  .map((entry) => ({
    mt: readFileSync(new URL(`${entry.name}/mt.txt`, corpus), 'utf8'),
    reference: readFileSync(new URL(`${entry.name}/reference.txt`, corpus), 'utf8')
  }))
if (cases.length === 0) throw new Error('No corpus articles found under corpus/')

const articles = 100
const mt = Array.from({length: articles}, (_, index) => cases[index % cases.length].mt).join('\n\n')
const reference = Array.from({length: articles}, (_, index) => cases[index % cases.length].reference).join('\n\n')
const words = mt.split(/\s+/).length

const parser = unified().use(retextEnglish)
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
function time(run) {
  // Collect garbage first so one run does not pay for the previous one's.
  globalThis.gc?.()
  const start = performance.now()
  run()
  return performance.now() - start
}

export function benchChecks(rounds = 11) {
  const parse = []
  const parseBoth = []
  const full = []
  const withReference = []
  // Warm-up: JIT, lexicon tries, Intl caches.
  checkSync(mt, {sourceLang: 'id'})
  checkSync(mt, {sourceLang: 'id', reference})
  for (let round = 0; round < rounds; round++) {
    parse.push(time(() => parser.parse(mt)))
    full.push(time(() => checkSync(mt, {sourceLang: 'id'})))
    parseBoth.push(time(() => {
      parser.parse(mt)
      parser.parse(reference)
    }))
    withReference.push(time(() => checkSync(mt, {sourceLang: 'id', reference})))
  }
  return {
    articles,
    words,
    parseMs: median(parse),
    checkMs: median(full),
    ratio: median(full) / median(parse),
    articlesPerSecond: articles / (median(full) / 1000),
    parseBothMs: median(parseBoth),
    checkWithReferenceMs: median(withReference),
    referenceRatio: median(withReference) / median(parseBoth)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = benchChecks()
  const fixed = (value, digits = 2) => value.toFixed(digits)
  console.log(`Text: ${result.articles} articles, ${result.words} words (corpus MT articles in turn)`)
  console.log(`Bare retext-english parse:          ${fixed(result.parseMs, 1)} ms`)
  console.log(`Full check (parse + every check):   ${fixed(result.checkMs, 1)} ms`)
  console.log(`Ratio check / parse:                ${fixed(result.ratio)}  (budget ≤ 1.5)`)
  console.log(`Articles per second:                ${fixed(result.articlesPerSecond, 0)}`)
  console.log(`Parse of MT + reference:            ${fixed(result.parseBothMs, 1)} ms`)
  console.log(`Check with reference:               ${fixed(result.checkWithReferenceMs, 1)} ms`)
  console.log(`Ratio check-with-reference / parse of both: ${fixed(result.referenceRatio)}  (budget ≤ 3)`)
  for (const extra of ['./metrics.js', './batch.js']) {
    if (!existsSync(new URL(extra, import.meta.url))) continue
    const module = await import(extra)
    const run = module.benchMetrics ?? module.benchBatch
    if (typeof run === 'function' && !(extra === './batch.js' && process.env.BENCH_BATCH !== '1')) console.log(await run())
  }
}
