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
