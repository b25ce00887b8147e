/**
 * The packed tarball, as a user gets it from npm: its files, `import` from
 * ESM, `require()` from CommonJS, and the bin.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync, renameSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
// Inside the repository so the tarball's dependencies resolve to its node_modules.
const work = path.join(root, '.tmp', 'package-test')
const installed = path.join(work, 'node_modules', 'translation-qa')
let files: string[] = []

beforeAll(() => {
  rmSync(work, {recursive: true, force: true})
  mkdirSync(path.join(work, 'node_modules'), {recursive: true})
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
  const [packed] = JSON.parse(output) as Array<{filename: string; files: Array<{path: string}>}>
  files = packed!.files.map((file) => file.path).sort()
  execFileSync('tar', ['-xzf', path.join(work, packed!.filename), '-C', work])
  renameSync(path.join(work, 'package'), installed)
}, 120_000)

describe('the packed package', () => {
  it('ships the build, the docs and nothing else', () => {
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/index.d.ts')
    expect(files).toContain('dist/metrics.js')
    expect(files).toContain('dist/cli.js')
    expect(files).toContain('README.md')
    expect(files).toContain('LICENSE')
    expect(files.every((file) => /^(dist\/|README\.md$|LICENSE$|NOTICE$|package\.json$)/.test(file))).toBe(true)
    expect(files.some((file) => file.endsWith('.map'))).toBe(false)
  })

  it('is imported from ESM and required from CommonJS with the same results', () => {
    const text = 'They paid $2.000 each in Uncle Sam\'s country.'
    writeFileSync(path.join(work, 'esm.mjs'), `import {checkSync} from 'translation-qa'\nimport {sentenceChrf} from 'translation-qa/metrics'\nconst r = checkSync(${JSON.stringify(text)}, {sourceLang: 'id'})\nconsole.log(JSON.stringify([r.findings.map(f => f.ruleId + ':' + f.actual), typeof sentenceChrf]))\n`)
    writeFileSync(path.join(work, 'cjs.cjs'), `const {checkSync} = require('translation-qa')\nconst {sentenceChrf} = require('translation-qa/metrics')\nconst r = checkSync(${JSON.stringify(text)}, {sourceLang: 'id'})\nconsole.log(JSON.stringify([r.findings.map(f => f.ruleId + ':' + f.actual), typeof sentenceChrf]))\n`)
    const esm = execFileSync(process.execPath, ['esm.mjs'], {cwd: work, encoding: 'utf8'})
    const cjs = execFileSync(process.execPath, ['cjs.cjs'], {cwd: work, encoding: 'utf8'})
    expect(JSON.parse(esm)).toEqual([['number-format:$2.000', "epithet-calque:Uncle Sam's country"], 'function'])
    expect(cjs).toBe(esm)
  })

  it('runs its bin', () => {
    const version = execFileSync(process.execPath, [path.join(installed, 'dist', 'cli.js'), '--version'], {encoding: 'utf8'})
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('keeps the metrics entry free of any parser', () => {
    // Follow metrics.js and every chunk it imports: none may import unified or a retext parser.
    const dist = path.join(installed, 'dist')
    const seen = new Set<string>()
    const queue = ['metrics.js']
    const bare: string[] = []
    while (queue.length > 0) {
      const file = queue.pop()!
      if (seen.has(file)) continue
      seen.add(file)
      const code = readFileSync(path.join(dist, file), 'utf8')
      for (const match of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
        const specifier = match[1]!
        if (specifier.startsWith('./')) queue.push(specifier.slice(2))
        else bare.push(specifier)
      }
    }
    expect(bare.filter((specifier) => /unified|retext|parse-english|parse-latin|nlcst|franc/.test(specifier))).toEqual([])
  })
})
