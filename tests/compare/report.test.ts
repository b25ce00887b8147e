/**
 * The reference section of a report: `Report.alignment` (its shape, spans
 * and sentence chrF) and `Report.score.metrics` (document BLEU, chrF,
 * chrF++ and TER of the aligned groups), identical to what
 * `translation-qa/metrics` computes on the same segments.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkSync, type AlignmentEntry, type Report} from '../../src/index.js'
import {bleu, chrf, sentenceChrf, ter} from '../../src/metrics/index.js'
// @ts-expect-error -- plain JavaScript module shared with `node scripts/alignment-accuracy.js`
import {loadAlignments} from '../../scripts/alignment-accuracy.js'

/** The segment text of one side of an entry, as the analysis builds it. */
const segment = (text: string, span: {start: number; end: number}) => text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()

function expectMetricsOf(report: Report, mt: string, reference: string): void {
  const alignment = report.alignment!
  const hypotheses = alignment.map((entry) => segment(mt, entry.mtSpan))
  const references = alignment.map((entry) => segment(reference, entry.referenceSpan))
  alignment.forEach((entry, index) => {
    const expected = hypotheses[index] && references[index] ? sentenceChrf(hypotheses[index]!, [references[index]!]).score : 0
    expect(entry.chrf).toBe(expected)
  })
  const chrfResult = chrf(hypotheses, [references])
  const chrfPlusPlus = chrf(hypotheses, [references], {wordOrder: 2})
  const bleuResult = bleu(hypotheses, [references])
  const terResult = ter(hypotheses, [references])
  expect(report.score.metrics).toEqual({
    bleu: bleuResult.score,
    chrf: chrfResult.score,
    chrfPlusPlus: chrfPlusPlus.score,
    ter: terResult.score,
    signatures: {bleu: bleuResult.signature, chrf: chrfResult.signature, chrfPlusPlus: chrfPlusPlus.signature, ter: terResult.signature}
  })
}

describe('Report.alignment', () => {
  const mt = 'The minister spoke on Monday. She said prices would fall.\n\nThe vote is in March, officials said.\n\nRead also: other news.'
  const reference = 'The minister spoke on Monday and said prices would fall.\n\nThe vote is in March, officials said.'
  const report = checkSync(mt, {reference})

  it('has `{mt, reference, mtSpan, referenceSpan, chrf}` per group, in text order, covering every sentence once', () => {
    const alignment = report.alignment!
    for (const entry of alignment) {
      expect(Object.keys(entry).sort()).toEqual(['chrf', 'mt', 'mtSpan', 'reference', 'referenceSpan'])
      expect(entry.chrf).toBeGreaterThanOrEqual(0)
      expect(entry.chrf).toBeLessThanOrEqual(100)
    }
    expect(alignment.map((entry) => [entry.mt, entry.reference])).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
      [[3], []]
    ])
    expect(alignment.map((entry: AlignmentEntry) => mt.slice(entry.mtSpan.start, entry.mtSpan.end))).toEqual(['The minister spoke on Monday. She said prices would fall.', 'The vote is in March, officials said.', 'Read also: other news.'])
    expect(alignment.map((entry) => reference.slice(entry.referenceSpan.start, entry.referenceSpan.end))).toEqual(['The minister spoke on Monday and said prices would fall.', 'The vote is in March, officials said.', ''])
    expect(alignment[1]!.chrf).toBe(100)
    expect(alignment[2]!.chrf).toBe(0)
    // An empty side sits where the previous group ended.
    expect(alignment[2]!.referenceSpan).toEqual({start: alignment[1]!.referenceSpan.end, end: alignment[1]!.referenceSpan.end})
  })

  it('is JSON-safe', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('has document metrics equal to translation-qa/metrics on the aligned segments', () => {
    expectMetricsOf(report, mt, reference)
    expect(report.score.metrics!.signatures).toEqual({
      bleu: 'nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0',
      chrf: 'nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0',
      chrfPlusPlus: 'nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0',
      ter: 'nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0'
    })
  })

  it('handles empty texts and texts without sentences', () => {
    expect(checkSync('', {reference: ''}).alignment).toEqual([])
    expect(checkSync('', {reference: ''}).score.metrics).toBeUndefined()
    const one = checkSync('Only the MT has text.', {reference: ''})
    expect(one.alignment).toEqual([{mt: [0], reference: [], mtSpan: {start: 0, end: 21}, referenceSpan: {start: 0, end: 0}, chrf: 0}])
    expect(one.score.metrics!.bleu).toBe(0)
  })
})

describe('Report.score.metrics on the corpus', () => {
  const articles = loadAlignments() as Array<{id: string; mt: string; reference: string; sourceLang: string | null}>
  it.each(articles.map((article) => [article.id, article] as const))('%s: identical to translation-qa/metrics, to the last bit', (_, article) => {
    const report = checkSync(article.mt, {reference: article.reference, sourceLang: article.sourceLang})
    expectMetricsOf(report, article.mt, article.reference)
    expect(report.score.metrics!.bleu).toBeGreaterThan(20)
  })

  it('is identical on Unicode, whitespace classes and punctuation', () => {
    const mt = 'Zoë paid 5 €\u00A0in São\u2003Paulo 😀! “Quoted,” (she) said… tab\there. ﬁne.'
    const reference = 'Zoë paid €5 in São Paulo 😀!! "Quoted," she said... tab here. fine.'
    expectMetricsOf(checkSync(mt, {reference}), mt, reference)
  })

  it('loads the corpus', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10)
    expect(readFileSync(new URL('../../corpus/000-seed-korea-troops/mt.txt', import.meta.url), 'utf8')).toContain('$2.000')
  })
})
