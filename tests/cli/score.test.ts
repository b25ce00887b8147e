import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {segments} from '../../src/cli/score-command.js'
import {bleu, chrf, formatBleu, formatChrf, formatTer, ter} from '../../src/metrics/index.js'
import {cli, temporary} from './helpers.js'

const hypotheses = ['The cat sat on the mat.', 'Hello world  ', 'It rained on Sunday in Jakarta.']
const first = ['The cat is on the mat.', 'Hello, world', 'It rained in Jakarta on Sunday.']
const second = ['A cat sat on the mat.', 'Hello world', 'On Sunday it rained in Jakarta.']

function files(): string {
  const cwd = temporary()
  writeFileSync(path.join(cwd, 'hyp.txt'), hypotheses.join('\n') + '\n')
  writeFileSync(path.join(cwd, 'ref1.txt'), first.join('\r\n') + '\r\n')
  writeFileSync(path.join(cwd, 'ref2.txt'), second.join('\n'))
  return cwd
}

describe('translation-qa score', () => {
  it('prints sacreBLEU score lines with signatures for every metric', async () => {
    const cwd = files()
    const result = await cli(['score', '--hypothesis', 'hyp.txt', '--reference', 'ref1.txt', '--reference', 'ref2.txt', '--metrics', 'bleu,chrf,chrf++,ter'], {cwd})
    const hyps = hypotheses.map((line) => line.trimEnd())
    const refs = [first, second]
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [formatBleu(bleu(hyps, refs), 1), formatChrf(chrf(hyps, refs), 1), formatChrf(chrf(hyps, refs, {wordOrder: 2}), 1), formatTer(ter(hyps, refs), 1)].join('\n') + '\n'
    })
    expect(result.stdout).toMatch(/^BLEU\|nrefs:2\|case:mixed\|eff:no\|tok:13a\|smooth:exp\|version:2\.6\.0 = \d+\.\d /)
    expect(result.stdout).toMatch(/\nchrF2\+\+\|nrefs:2\|/)
  })

  it('prints JSON like sacreBLEU, one object per metric', async () => {
    const cwd = files()
    const one = await cli(['score', '-i', 'hyp.txt', '-r', 'ref1.txt', '-m', 'bleu', '--format', 'json', '-w', '2'], {cwd})
    const parsed = JSON.parse(one.stdout)
    expect(parsed).toMatchObject({name: 'BLEU', signature: 'nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0', nrefs: '1', case: 'mixed', tok: '13a', smooth: 'exp', version: '2.6.0'})
    expect(parsed.score).toBe(Number(bleu(hypotheses.map((line) => line.trimEnd()), [first]).score.toFixed(2)))
    expect(parsed.verbose_score).toMatch(/^[\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ \(BP = [\d.]+ ratio = [\d.]+ hyp_len = \d+ ref_len = \d+\)$/)
    const both = JSON.parse((await cli(['score', '-i', 'hyp.txt', '-r', 'ref1.txt', '--format', 'json'], {cwd})).stdout)
    expect(both.map((item: {name: string}) => item.name)).toEqual(['BLEU', 'chrF2'])
  })

  it('reads lines as sacreBLEU does: universal newlines, rstrip, BOM kept', () => {
    expect(segments('a \r\nb\rc\n\nd  \n')).toEqual(['a', 'b', 'c', '', 'd'])
    expect(segments('\uFEFFx\n')).toEqual(['\uFEFFx'])
    expect(segments('')).toEqual([])
  })

  it('refuses misaligned files and bad options', async () => {
    const cwd = files()
    writeFileSync(path.join(cwd, 'short.txt'), 'one line\n')
    const cases: Array<[string[], RegExp]> = [
      [['score', '-i', 'hyp.txt', '-r', 'short.txt'], /^translation-qa: Unexpected 1 line in `short.txt`, expected 3 as in `hyp.txt`: the files must be line-aligned\n$/],
      [['score', '-r', 'ref1.txt'], /^translation-qa: Missing `--hypothesis <file>`/],
      [['score', '-i', 'hyp.txt'], /^translation-qa: Missing `--reference <file>`/],
      [['score', '-i', 'hyp.txt', '-r', 'ref1.txt', '-m', 'meteor'], /^translation-qa: Unexpected metric `meteor` in `--metrics`/],
      [['score', '-i', 'hyp.txt', '-r', 'ref1.txt', '--tokenize', 'zh'], /^translation-qa: Unexpected `--tokenize zh`/],
      [['score', '-i', 'hyp.txt', '-r', 'ref1.txt', '-w', 'x'], /^translation-qa: Unexpected `--width x`/],
      [['score', '-i', 'hyp.txt', '-r', 'nope.txt'], /^translation-qa: Cannot read `nope.txt`: no such file/]
    ]
    for (const [argv, message] of cases) {
      const result = await cli(argv, {cwd})
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr, argv.join(' ')).toMatch(message)
    }
  })

  const vectorsPath = path.resolve(import.meta.dirname, '../../../shared/references/sacrebleu-public-vectors.json')
  it.skipIf(!existsSync(vectorsPath))('matches sacreBLEU 2.6.0 on its own corpus BLEU test vectors', async () => {
    interface Vector {call: string; hyps: string[]; refs: string[][]; equivalent_params?: Record<string, unknown>; kwargs?: Record<string, unknown>; actual: {score: number} | number}
    const vectors = (JSON.parse(readFileSync(vectorsPath, 'utf8')) as {bleu: Vector[]}).bleu.filter(
      (vector) => vector.call.startsWith('corpus_bleu(') && (vector.equivalent_params?.['tokenize'] ?? vector.kwargs?.['tokenize'] ?? '13a') === '13a' && !vector.kwargs?.['lowercase'] && (vector.kwargs?.['smooth_method'] ?? 'exp') === 'exp' && vector.hyps.every((line) => !/[\r\n]/.test(line))
    )
    expect(vectors.length).toBeGreaterThan(0)
    for (const vector of vectors) {
      const cwd = temporary()
      writeFileSync(path.join(cwd, 'hyp.txt'), vector.hyps.join('\n') + '\n')
      const argv = ['score', '-i', 'hyp.txt', '-m', 'bleu', '-w', '4', '--format', 'json']
      vector.refs.forEach((stream, index) => {
        writeFileSync(path.join(cwd, `ref${index}.txt`), stream.join('\n') + '\n')
        argv.push('-r', `ref${index}.txt`)
      })
      const result = await cli(argv, {cwd})
      const expected = typeof vector.actual === 'number' ? vector.actual : vector.actual.score
      expect(JSON.parse(result.stdout).score).toBeCloseTo(expected, 3)
    }
  })
})
