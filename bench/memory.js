// `node bench/memory.js [articles]` (after a build): memory of one process that checks many articles in turn,
// as a batch worker does.
//
// Method: the corpus articles in turn (every other one with its reference), each made unique (numbers shifted,
// a new name and a made-up word added, so caches keyed by text or word would grow), `articles` of them
// (default 10,000). Every 1,000 articles it prints resident memory and V8's used heap as they are (no forced
// garbage collection): memory that levels off is bounded; memory that keeps climbing is a leak.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {checkSync} from '../dist/index.js'

const corpus = new URL('../corpus/', import.meta.url)
const cases = readdirSync(corpus)
  .filter((name) => existsSync(new URL(`${name}/mt.txt`, corpus)))
  .map((name) => ({mt: readFileSync(new URL(`${name}/mt.txt`, corpus), 'utf8'), reference: readFileSync(new URL(`${name}/reference.txt`, corpus), 'utf8')}))
const articles = Number(process.argv[2] ?? 10000)
const mib = (bytes) => (bytes / 1048576).toFixed(0)
const samples = []
for (let index = 0; index < articles; index++) {
  const source = cases[index % cases.length]
  const mt = source.mt.replace(/\d+/g, (digits) => String((Number(digits) + index) % 100000)) + ` Reporter${index} Xq${index.toString(36)}zz said it.`
  checkSync(mt, {sourceLang: 'id', reference: index % 2 ? source.reference : undefined})
  if ((index + 1) % 1000 === 0) {
    const {rss, heapUsed} = process.memoryUsage()
    samples.push(rss)
    console.log(`${String(index + 1).padStart(6)} articles: RSS ${mib(rss)} MiB, heap used ${mib(heapUsed)} MiB`)
  }
}
if (samples.length >= 4) {
  const half = samples.slice(Math.floor(samples.length / 2))
  const growth = Math.max(...half) / Math.min(...half)
  console.log(`Second half of the run: RSS between ${mib(Math.min(...half))} and ${mib(Math.max(...half))} MiB (${growth <= 1.15 ? 'level: bounded memory' : 'still climbing'})`)
}
