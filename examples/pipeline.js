// An editorial pipeline step: check every `*.txt` article in a folder (with a
// `<name>.reference.txt` beside it when there is one), write one JSON report per
// article, and exit non-zero when any article has a major or critical finding.
//
//   node examples/pipeline.js <articles-folder> <reports-folder> [source-lang]
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {check} from 'translation-qa'

const [input = new URL('articles/', import.meta.url).pathname, output = '.tmp/reports', sourceLang] = process.argv.slice(2)

await mkdir(output, {recursive: true})
let blocked = 0
const names = (await readdir(input)).filter((name) => name.endsWith('.txt') && !name.endsWith('.reference.txt')).sort()
for (const name of names) {
  const mt = await readFile(path.join(input, name), 'utf8')
  const reference = await readFile(path.join(input, name.replace(/\.txt$/, '.reference.txt')), 'utf8').catch(() => undefined)
  const report = await check(mt, {reference, sourceLang})
  await writeFile(path.join(output, name.replace(/\.txt$/, '.json')), JSON.stringify(report, null, 2) + '\n')
  const serious = report.findings.filter((finding) => finding.severity === 'major' || finding.severity === 'critical')
  if (serious.length > 0) blocked++
  console.log(`${name}: ${report.score.verdict} (score ${report.score.score}), ${serious.length} major or critical`)
}
console.log(`${names.length} articles, ${blocked} need an editor`)
process.exitCode = blocked > 0 ? 1 : 0
