// `npm run bench`: how much the checks cost, as ratios measured in one run.
//
// Method: build a 100-article text from the corpus (MT articles repeated in
// turn), warm up, then time the bare retext-english parse and the full check
// alternately, 11 rounds each, collecting garbage before each run (`--expose-gc`), and compare medians. Ratios are machine-neutral;
// absolute times are printed for context only.
//
// Per article (added alongside, not instead): the same 100 articles checked
// one call each, as a news desk runs the tool, against parsing each of them
// one call each. Each round times the whole loop of 100 calls (garbage
// collected before the loop, not between articles); medians of 11 rounds.
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
export const articleList = Array.from({length: articles}, (_, index) => cases[index % cases.length])
export const mt = articleList.map((article) => article.mt).join('\n\n')
export const reference = articleList.map((article) => article.reference).join('\n\n')
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
  const perArticle = benchPerArticle(rounds)
  return {
    ...perArticle,
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

/** Each article parsed, checked, and checked with its reference in its own call (see the header). */
export function benchPerArticle(rounds = 11) {
  const parse = []
  const parseBoth = []
  const full = []
  const withReference = []
  for (const article of articleList) checkSync(article.mt, {sourceLang: 'id', reference: article.reference})
  for (let round = 0; round < rounds; round++) {
    parse.push(time(() => {
      for (const article of articleList) parser.parse(article.mt)
    }))
    full.push(time(() => {
      for (const article of articleList) checkSync(article.mt, {sourceLang: 'id'})
    }))
    parseBoth.push(time(() => {
      for (const article of articleList) {
        parser.parse(article.mt)
        parser.parse(article.reference)
      }
    }))
    withReference.push(time(() => {
      for (const article of articleList) checkSync(article.mt, {sourceLang: 'id', reference: article.reference})
    }))
  }
  return {
    perArticleRatio: median(full) / median(parse),
    perArticleReferenceRatio: median(withReference) / median(parseBoth)
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
  console.log(`Per article (100 calls each): ratio check / parse ${fixed(result.perArticleRatio)}, check-with-reference / parse of both ${fixed(result.perArticleReferenceRatio)}`)
  for (const extra of ['./metrics.js', './batch.js']) {
    if (!existsSync(new URL(extra, import.meta.url))) continue
    const module = await import(extra)
    const run = module.benchMetrics ?? module.benchBatch
    if (typeof run === 'function' && !(extra === './batch.js' && process.env.BENCH_BATCH !== '1')) console.log(await run())
  }
}
