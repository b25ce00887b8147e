/** Reports for the renderer tests: real ones from check(), and hand-made ones with hostile strings. */
import {readFileSync, existsSync} from 'node:fs'
import {checkSync, type Finding, type Report} from '../../src/index.js'

const corpusSeed = new URL('../../corpus/000-seed-korea-troops/', import.meta.url)

/** The seed article (and its reference when the corpus has it). */
export function seed(): {mt: string; reference: string | undefined} {
  const mtFile = new URL('mt.txt', corpusSeed)
  const mt = existsSync(mtFile) ? readFileSync(mtFile, 'utf8') : readFileSync('/work/shared/seeds/000_9b0a84d2edb3a301.txt', 'utf8')
  const referenceFile = new URL('reference.txt', corpusSeed)
  return {mt, reference: existsSync(referenceFile) ? readFileSync(referenceFile, 'utf8') : undefined}
}

/** A finding over `text.slice(start, end)`. */
export function makeFinding(text: string, start: number, end: number, extra?: Partial<Finding>): Finding {
  const before = text.slice(0, start).split('\n')
  const upToEnd = text.slice(0, end).split('\n')
  return {
    ruleId: 'number-format',
    category: 'locale-convention/number-format',
    severity: 'major',
    message: `Unexpected \`${text.slice(start, end)}\`, expected something else: test`,
    actual: text.slice(start, end),
    expected: ['X'],
    fixable: false,
    confidence: 1,
    start,
    end,
    line: before.length,
    column: before.at(-1)!.length + 1,
    endLine: upToEnd.length,
    endColumn: upToEnd.at(-1)!.length + 1,
    url: 'https://github.com/translation-qa/translation-qa/blob/main/docs/checks.md#number-format',
    ...extra
  }
}

/** A report of `mt` with exactly `findings` (score recomputed by check() on an empty finding list is fine for rendering). */
export function reportWith(mt: string, findings: Finding[]): Report {
  const report = checkSync(mt)
  return {...report, findings}
}

export const hostile = [
  'Officials said <script>window.__pwned = "script"</script> nothing.',
  'A photo <img src=x onerror="window.__pwned = \'img\'"> was shown.',
  'Click <a href="javascript:window.__pwned = \'link\'">here</a> or [here](javascript:window.__pwned=1).',
  'Quotes " and \' and & and </mark></span><svg onload="window.__pwned = \'svg\'"> end.',
  'They paid $2.000 each in Uncle Sam\'s country.'
].join('\n\n')
