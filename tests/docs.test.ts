import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {allChecks} from '../src/index.js'

it('documents every check with the category, severity and fixability the code has', () => {
  const docs = readFileSync(new URL('../docs/checks.md', import.meta.url), 'utf8')
  for (const {meta} of allChecks) {
    const row = docs.split('\n').find((line) => line.startsWith(`| \`${meta.ruleId}\` |`))
    expect(row, `docs/checks.md has no table row for ${meta.ruleId}`).toBeDefined()
    const cells = row!.split('|').map((cell) => cell.trim())
    expect(cells[2]).toBe(`\`${meta.category}\``)
    expect(cells[3]).toBe(meta.severity)
    expect(cells[4]).toBe(meta.fixable ? 'yes' : 'no')
  }
})

it('lists every check in the README with the metadata the code has', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  for (const {meta} of allChecks) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${meta.ruleId}\` |`))
    expect(row, `README.md has no table row for ${meta.ruleId}`).toBeDefined()
    const cells = row!.split('|').map((cell) => cell.trim())
    expect(cells.slice(2, 7)).toEqual([`\`${meta.category}\``, meta.severity, meta.fixable ? 'yes' : 'no', meta.needsReference ? 'yes' : 'no', meta.targets ? meta.targets.join(', ') : 'all'])
  }
})

it('shows the real output of `npm run example` in the README', async () => {
  // @ts-expect-error: a plain JavaScript script without types.
  const {exampleOutput, withExample} = await import('../scripts/readme-example.js')
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  expect(withExample(readme, exampleOutput()), 'run `node scripts/readme-example.js` after changing a check').toBe(readme)
}, 60000)
