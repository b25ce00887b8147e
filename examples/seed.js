// Check the bundled seed article — machine-translated from Indonesian — against
// its reference phrasing, print the report an editor reads, and write the HTML
// report next to it. Run with `npm run example`.
import {readFile, writeFile, mkdir} from 'node:fs/promises'
import * as qa from 'translation-qa'

const folder = new URL('../corpus/000-seed-korea-troops/', import.meta.url)
const mt = await readFile(new URL('mt.txt', folder), 'utf8')
const reference = await readFile(new URL('reference.txt', folder), 'utf8')

const report = await qa.check(mt, {reference, sourceLang: 'id'})

console.log(qa.renderText(report, {text: mt, name: 'corpus/000-seed-korea-troops/mt.txt', color: process.stdout.isTTY}))

// The report an editor opens in a browser: one self-contained HTML file.
const output = new URL('output/', import.meta.url)
await mkdir(output, {recursive: true})
await writeFile(new URL('seed-report.html', output), qa.renderHtml(report, {mt, reference, title: 'Seed article: North Korean troops (MT from Indonesian)'}))
console.log('HTML report: examples/output/seed-report.html')
console.log(`Verdict: ${report.score.verdict.toUpperCase()} (score ${report.score.score.toFixed(2)})`)
