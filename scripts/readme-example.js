// Put the real output of `npm run example` into the README, between
// `<!-- example:start -->` and `<!-- example:end -->`. Run after a build:
// `node scripts/readme-example.js` (rewrite) or `--check` (exit 1 when the
// README is out of date; tests/docs.test.ts does the same comparison).
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'

const readmeUrl = new URL('../README.md', import.meta.url)
const start = '<!-- example:start -->'
const end = '<!-- example:end -->'

/** What `node examples/seed.js` prints, without colours. */
export function exampleOutput() {
  return execFileSync(process.execPath, [new URL('../examples/seed.js', import.meta.url).pathname], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})
}

/** The README with `output` as its example block. */
export function withExample(readme, output) {
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} block`)
  const block = `${start}\n\n\`\`\`text\n${output.trimEnd()}\n\`\`\`\n\n`
  return readme.slice(0, from) + block + readme.slice(to)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync(readmeUrl, 'utf8')
  const updated = withExample(readme, exampleOutput())
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md: the example output is out of date; run `node scripts/readme-example.js`')
      process.exit(1)
    }
  } else if (updated !== readme) {
    writeFileSync(readmeUrl, updated)
    console.log('README.md: example output updated')
  }
}
