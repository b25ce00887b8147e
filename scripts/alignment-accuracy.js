// Sentence-alignment accuracy on the corpus's gold alignments
// (`corpus/<id>/alignment.json`). `node scripts/alignment-accuracy.js` (after a
// build; `TQA_DIST=<folder>` to use another build) prints the table;
// tests/compare/alignment.test.ts asserts the threshold stated in the README.
//
// Gold format (`translation-qa-alignment/1`): `groups`, in text order, each
// `{mt: [...], reference: [...]}` listing the sentences of one aligned group
// by the first characters of each sentence (unique in its text). A group may
// have an empty side (a sentence the other text does not have).
//
// Gold sentences are mapped onto the sentences `check()` itself reads (its text
// model: the parser's sentences, with `No. 3` kept whole and a number's full
// stop before a capital ending one), read off the report of the text aligned
// with itself, which pairs every sentence with its copy; where `check()` does
// not split two gold sentences (`… at 10 a.m. The costs …`), the links that
// hold them are merged into one gold link first.
//
// Accuracy = share of gold links that `check()`'s `Report.alignment`
// reproduces exactly: one of its groups has exactly the same MT sentences and
// exactly the same reference sentences, no more, no fewer. 1–0 and 0–1 links
// count like the others. Precision (share of predicted groups that are gold
// links) is printed too.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const root = new URL('../', import.meta.url)

/** Articles with a gold alignment: `{id, mt, reference, sourceLang, targetLang, gold}`. */
export function loadAlignments(corpus = 'corpus') {
  const folder = new URL(`${corpus}/`, root)
  return readdirSync(folder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/alignment.json`, folder)))
    .map((entry) => {
      const base = new URL(`${entry.name}/`, folder)
      const meta = existsSync(new URL('gold.json', base)) ? JSON.parse(readFileSync(new URL('gold.json', base), 'utf8')) : {}
      return {
        id: entry.name,
        mt: readFileSync(new URL('mt.txt', base), 'utf8'),
        reference: readFileSync(new URL('reference.txt', base), 'utf8'),
        sourceLang: meta.sourceLang ?? null,
        targetLang: meta.targetLang ?? null,
        gold: JSON.parse(readFileSync(new URL('alignment.json', base), 'utf8'))
      }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** Offset of the sentence that starts with `prefix` (which must occur once in `text`). */
function startOf(text, prefix, where) {
  const at = text.indexOf(prefix)
  if (at === -1) throw new Error(`${where}: gold sentence ${JSON.stringify(prefix)} is not in the text`)
  if (text.indexOf(prefix, at + 1) !== -1) throw new Error(`${where}: gold sentence ${JSON.stringify(prefix)} occurs more than once; lengthen it`)
  return at
}

/**
 * Start and end offsets of each sentence of `text` as `check()` reads it: the text aligned with itself pairs every
 * sentence with its copy, one to one, and each pair's span is the sentence.
 */
export function sentenceRanges(text, checkSync) {
  const alignment = checkSync(text, {reference: text}).alignment ?? []
  const ranges = []
  for (const [index, entry] of alignment.entries()) {
    if (entry.mt.length !== 1 || entry.mt[0] !== index) throw new Error(`a text aligned with itself did not pair sentence ${index} with its copy`)
    ranges.push([entry.mtSpan.start, entry.mtSpan.end])
  }
  return ranges
}

/** Index of the sentence of `ranges` that holds `offset`. */
function sentenceOf(ranges, offset, where) {
  const index = ranges.findIndex(([start, end]) => start <= offset && offset < end)
  if (index === -1) throw new Error(`${where}: a gold sentence starts outside every sentence the parser finds`)
  return index
}

/** A group as `mt-sentences|reference-sentences`. */
const keyOf = (mt, reference) => `${[...new Set(mt)].sort((a, b) => a - b).join(',')}|${[...new Set(reference)].sort((a, b) => a - b).join(',')}`

/** Gold groups as sentence indexes, merging groups that share a sentence `check()` reads. */
export function goldLinks(article, checkSync) {
  if (article.targetLang && article.targetLang !== 'en') throw new Error(`${article.id}: only English targets are supported, got ${article.targetLang}`)
  const mtRanges = sentenceRanges(article.mt, checkSync)
  const referenceRanges = sentenceRanges(article.reference, checkSync)
  const links = article.gold.groups.map((group) => ({
    mt: group.mt.map((prefix) => sentenceOf(mtRanges, startOf(article.mt, prefix, `${article.id}/mt.txt`), `${article.id}/mt.txt`)),
    reference: group.reference.map((prefix) => sentenceOf(referenceRanges, startOf(article.reference, prefix, `${article.id}/reference.txt`), `${article.id}/reference.txt`)),
    gold: [group]
  }))
  const merged = []
  for (const link of links) {
    const previous = merged.at(-1)
    if (previous && (link.mt.some((index) => previous.mt.includes(index)) || link.reference.some((index) => previous.reference.includes(index)))) {
      previous.mt = [...new Set([...previous.mt, ...link.mt])]
      previous.reference = [...new Set([...previous.reference, ...link.reference])]
      previous.gold.push(...link.gold)
    } else merged.push({...link})
  }
  const mtCount = new Set(links.flatMap((link) => link.mt)).size
  const referenceCount = new Set(links.flatMap((link) => link.reference)).size
  // The gold must name every sentence, or it no longer matches the text.
  if (mtCount !== mtRanges.length || referenceCount !== referenceRanges.length) {
    throw new Error(`${article.id}: the gold alignment covers ${mtCount} of ${mtRanges.length} MT and ${referenceCount} of ${referenceRanges.length} reference sentences`)
  }
  return merged
}

/**
 * Accuracy of `checkSync`'s `Report.alignment` on every gold alignment.
 * Returns `{articles: [{id, gold, predicted, correct, misses}], gold, predicted, correct, accuracy, precision}`.
 */
export function alignmentAccuracy(checkSync, corpus = 'corpus') {
  const articles = []
  for (const article of loadAlignments(corpus)) {
    const links = goldLinks(article, checkSync)
    const report = checkSync(article.mt, {reference: article.reference, sourceLang: article.sourceLang, targetLang: article.targetLang})
    const predicted = new Set((report.alignment ?? []).map((entry) => keyOf(entry.mt, entry.reference)))
    const misses = []
    let correct = 0
    for (const link of links) {
      if (predicted.has(keyOf(link.mt, link.reference))) correct++
      else misses.push(link.gold)
    }
    articles.push({id: article.id, gold: links.length, predicted: predicted.size, correct, misses})
  }
  const gold = articles.reduce((sum, article) => sum + article.gold, 0)
  const predicted = articles.reduce((sum, article) => sum + article.predicted, 0)
  const correct = articles.reduce((sum, article) => sum + article.correct, 0)
  return {articles, gold, predicted, correct, accuracy: gold === 0 ? null : correct / gold, precision: predicted === 0 ? null : correct / predicted}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.env.TQA_DIST ? pathToFileURL(`${path.resolve(process.env.TQA_DIST)}/`) : new URL('dist/', root)
  const {checkSync} = await import(new URL('index.js', dist).href)
  const result = alignmentAccuracy(checkSync)
  const percent = (value) => (value === null ? '  n/a' : `${(value * 100).toFixed(1).padStart(5)}%`)
  console.log('article                      gold links  reproduced  accuracy')
  for (const article of result.articles) {
    console.log(`${article.id.padEnd(28)} ${String(article.gold).padStart(10)}  ${String(article.correct).padStart(10)}    ${percent(article.correct / article.gold)}`)
    for (const miss of article.misses) console.log(`    missed: ${JSON.stringify(miss)}`)
  }
  console.log(`${'all'.padEnd(28)} ${String(result.gold).padStart(10)}  ${String(result.correct).padStart(10)}    ${percent(result.accuracy)}`)
  console.log(`Precision (predicted groups that are gold links): ${percent(result.precision)} of ${result.predicted}`)
}
