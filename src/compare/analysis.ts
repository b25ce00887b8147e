/**
 * The reference section of a report: the sentence alignment
 * (`report.alignment`, with the sentence chrF of each group) and
 * document-level BLEU, chrF, chrF++ and TER of the aligned text, with their
 * sacreBLEU signatures (`report.score.metrics`). Each aligned group is one
 * segment, so a sentence the MT split in two is scored against its one
 * reference sentence.
 */
import type {Analysis} from '../core/analyses.js'
import {bleu, ter} from '../metrics/index.js'
import type {AlignmentEntry} from '../types.js'
import {ChrfCounter, chrfOf, chrfPlusPlusOf, chrfSignatures, sumStatistics, type SegmentStatistics} from './chrf-statistics.js'
import {comparisonOf, type Side} from './comparison.js'

export const compareAnalysis: Analysis = (report, context) => {
  const comparison = comparisonOf(context)
  if (!comparison) return
  const hypotheses: string[] = []
  const references: string[] = []
  const entries: AlignmentEntry[] = []
  // chrF statistics of every group, read once: the sentence chrF of each, and the document chrF and chrF++ of their sums.
  const counter = new ChrfCounter()
  const statistics: SegmentStatistics[] = []
  let mtAt = 0
  let referenceAt = 0
  for (const group of comparison.groups) {
    const mtSpan = spanOf(comparison.mt, group.mt, mtAt)
    const referenceSpan = spanOf(comparison.reference, group.reference, referenceAt)
    mtAt = mtSpan.end
    referenceAt = referenceSpan.end
    const hypothesis = segment(comparison.mt, mtSpan)
    const reference = segment(comparison.reference, referenceSpan)
    hypotheses.push(hypothesis)
    references.push(reference)
    const stats = counter.statistics(hypothesis, reference)
    statistics.push(stats)
    entries.push({mt: [...group.mt], reference: [...group.reference], mtSpan, referenceSpan, chrf: hypothesis && reference ? chrfOf(stats) : 0})
  }
  report.alignment = entries
  if (hypotheses.length === 0) return
  const bleuResult = bleu(hypotheses, [references])
  const terResult = ter(hypotheses, [references])
  const total = sumStatistics(statistics)
  report.score.metrics = {
    bleu: bleuResult.score,
    chrf: chrfOf(total),
    chrfPlusPlus: chrfPlusPlusOf(total),
    ter: terResult.score,
    signatures: {bleu: bleuResult.signature, chrf: chrfSignatures.chrf, chrfPlusPlus: chrfSignatures.chrfPlusPlus, ter: terResult.signature}
  }
}

/** Offsets of a group's sentences; an empty group sits where the previous one ended. */
function spanOf(side: Side, sentences: readonly number[], at: number): {start: number; end: number} {
  if (sentences.length === 0) return {start: at, end: at}
  return {start: side.model.sentences[sentences[0]!]!.start, end: side.model.sentences[sentences.at(-1)!]!.end}
}

/** A group's text as one metric segment: one line, single spaces (`.replace(/\s+/g, ' ').trim()` in one pass). */
function segment(side: Side, span: {start: number; end: number}): string {
  const text = side.model.text
  let start = span.start
  let end = span.end
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  let out = ''
  // Start of the text not yet copied.
  let from = start
  for (let index = start; index < end; index++) {
    if (!isSpace(text.charCodeAt(index))) continue
    let last = index + 1
    while (isSpace(text.charCodeAt(last))) last++
    // A single plain space stays where it is.
    if (last === index + 1 && text.charCodeAt(index) === 0x20) continue
    out += text.slice(from, index) + ' '
    from = last
    index = last - 1
  }
  return from === start ? text.slice(start, end) : out + text.slice(from, end)
}

/** JavaScript's `\s` (and what `trim()` removes): white space and line terminators. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
