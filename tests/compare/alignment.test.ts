/**
 * Sentence alignment: accuracy on the corpus's gold alignments (the script
 * `scripts/alignment-accuracy.js` measures it; the README states it), the
 * shape of `Report.alignment`, and alignment moves on small texts.
 */
import {describe, expect, it} from 'vitest'
// @ts-expect-error -- plain JavaScript module shared with `node scripts/alignment-accuracy.js`
import {alignmentAccuracy, goldLinks, loadAlignments, sentenceRanges} from '../../scripts/alignment-accuracy.js'
import {checkSync} from '../../src/index.js'

interface Accuracy {
  articles: Array<{id: string; gold: number; predicted: number; correct: number; misses: unknown[]}>
  gold: number
  predicted: number
  correct: number
  accuracy: number
  precision: number
}

describe('alignment accuracy on the corpus gold alignments', () => {
  const result = alignmentAccuracy(checkSync) as Accuracy

  it('covers every corpus article', () => {
    expect(result.articles.length).toBeGreaterThanOrEqual(10)
    expect(result.gold).toBeGreaterThan(150)
  })

  it('reproduces at least 95% of the gold links exactly', () => {
    console.log(`alignment accuracy ${(result.accuracy * 100).toFixed(1)}% (${result.correct}/${result.gold} gold links), precision ${(result.precision * 100).toFixed(1)}%`)
    expect(result.accuracy).toBeGreaterThanOrEqual(0.95)
  })
})

interface Link {
  mt: number[]
  reference: number[]
}
interface Article {
  id: string
  mt: string
  reference: string
  sourceLang: string | null
  targetLang: string | null
}

const key = (link: Link) => `${link.mt.join(',')}|${link.reference.join(',')}`
const shift = (links: readonly Link[], from: number, by: number): Link[] => links.map((link) => ({mt: link.mt.map((index) => (index >= from ? index + by : index)), reference: link.reference}))

/**
 * Edits of the MT whose gold alignment is known by construction: a sentence
 * deleted (its reference sentence becomes 0–1), a foreign sentence inserted
 * (1–0), two sentences joined into one (1–2).
 */
function edits(article: Article): Array<{name: string; mt: string; links: Link[]}> {
  const links = goldLinks(article, checkSync) as Link[]
  const ranges = sentenceRanges(article.mt, checkSync) as Array<[number, number]>
  const oneToOne = (k: number) => links[k] && links[k]!.mt.length === 1 && links[k]!.reference.length === 1
  let k = Math.floor(links.length / 2)
  while (k < links.length - 1 && !(oneToOne(k) && oneToOne(k + 1) && links[k + 1]!.mt[0] === links[k]!.mt[0]! + 1)) k++
  const i = links[k]!.mt[0]!
  const [start, end] = ranges[i]!
  const next = ranges[i + 1]![0]
  const sameParagraph = /^[ \t]+$/.test(article.mt.slice(end, next))
  const result = []
  // Deleted: sentence i and the space after it.
  result.push({name: 'deleted sentence', mt: article.mt.slice(0, start) + article.mt.slice(next), links: [...shift(links.slice(0, k), i, 0), {mt: [], reference: links[k]!.reference}, ...shift(links.slice(k + 1), i, -1)]})
  // Inserted after sentence i: a sentence that shares nothing with the article.
  const foreign = ' Xylophone quartets rehearse beneath amber lanterns every Thursday evening.'
  result.push({name: 'inserted sentence', mt: article.mt.slice(0, end) + foreign + article.mt.slice(end), links: [...links.slice(0, k + 1), {mt: [i + 1], reference: []}, ...shift(links.slice(k + 1), i + 1, 1)]})
  // Joined: sentence i ends with a semicolon instead of a full stop.
  if (sameParagraph && /[.!?]$/.test(article.mt.slice(start, end))) {
    result.push({name: 'joined sentences', mt: article.mt.slice(0, end - 1) + ';' + article.mt.slice(end), links: [...links.slice(0, k), {mt: [i], reference: [...links[k]!.reference, ...links[k + 1]!.reference]}, ...shift(links.slice(k + 2), i + 1, -1)]})
  }
  return result
}

describe('alignment accuracy on edits with a known alignment', () => {
  const articles = loadAlignments() as Article[]
  let gold = 0
  let correct = 0
  const misses: string[] = []
  for (const article of articles) {
    for (const edit of edits(article)) {
      const report = checkSync(edit.mt, {reference: article.reference, sourceLang: article.sourceLang, targetLang: article.targetLang})
      const predicted = new Set(report.alignment!.map((entry) => key(entry)))
      for (const link of edit.links) {
        gold++
        if (predicted.has(key(link))) correct++
        else misses.push(`${article.id} ${edit.name}: ${key(link)}`)
      }
    }
  }

  it('reproduces at least 95% of the links of deleted, inserted and joined sentences', () => {
    console.log(`alignment accuracy on edits ${((correct / gold) * 100).toFixed(1)}% (${correct}/${gold} links)${misses.length > 0 ? `; missed ${misses.join('; ')}` : ''}`)
    expect(gold).toBeGreaterThan(500)
    expect(correct / gold).toBeGreaterThanOrEqual(0.95)
  })
})
