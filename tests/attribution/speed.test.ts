/**
 * Cost of attribution per article on the corpus (min of repeated runs, so a
 * shared machine's noise does not count): extraction of both texts plus the
 * comparison, against the whole `check()` with a reference.
 */
import {expect, it} from 'vitest'
import {analyzeAttributions, checkSync} from '../../src/index.js'
import {compareAttributions} from '../../src/attribution/compare.js'
import {modelText} from '../../src/languages/index.js'
import {loadCorpus} from './gold.js'
it('attribution costs a small share of check time', () => {
  const corpus = loadCorpus().filter((a) => /^00\d/.test(a.id))
  // Minimum of n runs (the machine is shared), after a warm-up.
  const time = (fn: () => void, n = 15) => { for (let i = 0; i < 3; i++) fn(); let best = Infinity; for (let i = 0; i < n; i++) { const t = performance.now(); fn(); best = Math.min(best, performance.now() - t) } return best }
  let words = 0, extractMt = 0, extractRef = 0, compare = 0, full = 0
  for (const a of corpus) {
    words += a.mt.split(/\s+/).length
    const mm = modelText(a.mt, 'en'), rm = modelText(a.reference, 'en')
    const x = analyzeAttributions(mm, 'en'), y = analyzeAttributions(rm, 'en')
    extractMt += time(() => analyzeAttributions(mm, 'en'))
    extractRef += time(() => analyzeAttributions(rm, 'en'))
    compare += time(() => compareAttributions(x, y))
    full += time(() => checkSync(a.mt, {reference: a.reference}), 7)
  }
  const n = corpus.length
  const attribution = (extractMt + extractRef + compare) / n
  console.log(`SPEED ${n} articles, ${Math.round(words / n)} MT words avg (min of repeated runs)`)
  console.log(`SPEED extract MT: ${(extractMt / n).toFixed(2)} ms; extract reference: ${(extractRef / n).toFixed(2)} ms; compare: ${(compare / n).toFixed(2)} ms; attribution total ${attribution.toFixed(2)} ms/article`)
  console.log(`SPEED checkSync(mt, {reference}) all checks: ${(full / n).toFixed(2)} ms/article; attribution share ${((100 * attribution) / (full / n)).toFixed(0)}%`)
  expect(attribution / (full / n)).toBeLessThan(0.25)
})
