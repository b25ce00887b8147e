// Precision and recall of every artifact check on the annotated corpus, and
// false flags per 2,000 words on fluent original English. `node scripts/evaluate.js`
// prints the table; tests/corpus.test.ts asserts the thresholds stated in the README.
import {existsSync, readdirSync, readFileSync} from 'node:fs'

const root = new URL('../', import.meta.url)

/** The nth (1-based) occurrence of `needle` in `text`, or -1. */
export function occurrence(text, needle, nth) {
  let at = -1
  for (let count = 0; count < nth; count++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) return -1
  }
  return at
}

/** The annotated articles of `name` (`corpus`, or `corpus-heldout`, which has no references). */
export function loadCorpus(name = 'corpus') {
  const folder = new URL(`${name}/`, root)
  return readdirSync(folder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/gold.json`, folder)))
    .map((entry) => {
      const base = new URL(`${entry.name}/`, folder)
      return {
        id: entry.name,
        mt: readFileSync(new URL('mt.txt', base), 'utf8'),
        reference: existsSync(new URL('reference.txt', base)) ? readFileSync(new URL('reference.txt', base), 'utf8') : null,
        gold: JSON.parse(readFileSync(new URL('gold.json', base), 'utf8'))
      }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}

/**
 * The cases of `corpus/` whose texts are still held out (`corpus/held-out.json`): blind attribution batches only
 * their first-run summaries were read of. Their artifacts were never tuned on, so they are scored apart from the
 * tuned cases, as another first run on unseen text.
 */
export function heldOutCases(name = 'corpus') {
  const file = new URL(`${name}/held-out.json`, root)
  if (!existsSync(file)) return new Set()
  return new Set(JSON.parse(readFileSync(file, 'utf8')).cases)
}

export function loadEnglish() {
  const folder = new URL('corpus-english/', root)
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({id: name, text: readFileSync(new URL(name, folder), 'utf8')}))
}

/**
 * Score `ruleIds` on the corpus with `checkSync`. A finding matches a gold
 * artifact of the same check when their spans overlap; each gold artifact and
 * each finding is matched at most once.
 */
export function evaluate(checkSync, ruleIds, corpus = 'corpus') {
  const tally = () => Object.fromEntries(ruleIds.map((ruleId) => [ruleId, {tp: 0, fp: 0, fn: 0, misses: [], falseAlarms: []}]))
  const tuned = tally()
  const untuned = tally()
  const heldOut = heldOutCases(corpus)
  // Gold artifacts an editor is pointed at by any of the checks, whichever class it reports (`Frau Brandt` as
  // a garbled title where the gold says untranslated): a second, looser recall printed beside the per-check one.
  const anyCheck = {flagged: 0, total: 0}
  const referenceFindings = []
  for (const article of loadCorpus(corpus)) {
    const perRule = heldOut.has(article.id) ? untuned : tuned
    const report = checkSync(article.mt, {sourceLang: article.gold.sourceLang, targetLang: article.gold.targetLang})
    const findings = report.findings.filter((finding) => ruleIds.includes(finding.ruleId))
    const used = new Set()
    for (const artifact of article.gold.artifacts) {
      if (!ruleIds.includes(artifact.ruleId)) continue
      const start = occurrence(article.mt, artifact.text, artifact.occurrence ?? 1)
      if (start === -1) throw new Error(`${article.id}: gold text ${JSON.stringify(artifact.text)} (occurrence ${artifact.occurrence}) is not in mt.txt`)
      const end = start + artifact.text.length
      if (!heldOut.has(article.id)) {
        anyCheck.total++
        if (findings.some((finding) => finding.start < end && start < finding.end)) anyCheck.flagged++
      }
      const index = findings.findIndex((finding, position) => !used.has(position) && finding.ruleId === artifact.ruleId && finding.start < end && start < finding.end)
      if (index === -1) {
        perRule[artifact.ruleId].fn++
        perRule[artifact.ruleId].misses.push(`${article.id}: ${artifact.text}`)
      } else {
        used.add(index)
        perRule[artifact.ruleId].tp++
      }
    }
    findings.forEach((finding, position) => {
      if (used.has(position)) return
      // A finding on a gold artifact of another check is not a false alarm, only a classification slip.
      const onGold = article.gold.artifacts.some((artifact) => {
        const start = occurrence(article.mt, artifact.text, artifact.occurrence ?? 1)
        return start !== -1 && finding.start < start + artifact.text.length && start < finding.end
      })
      if (onGold) return
      perRule[finding.ruleId].fp++
      perRule[finding.ruleId].falseAlarms.push(`${article.id}: ${finding.actual}`)
    })
    if (article.reference === null) continue
    const clean = checkSync(article.reference, {sourceLang: article.gold.sourceLang, targetLang: article.gold.targetLang})
    for (const finding of clean.findings) if (ruleIds.includes(finding.ruleId)) referenceFindings.push(`${article.id}/reference.txt: ${finding.ruleId} ${finding.actual}`)
  }
  let englishWords = 0
  const englishFindings = []
  for (const article of loadEnglish()) {
    englishWords += article.text.split(/\s+/).filter(Boolean).length
    const report = checkSync(article.text, {})
    for (const finding of report.findings) if (ruleIds.includes(finding.ruleId)) englishFindings.push(`${article.id}: ${finding.ruleId} ${finding.actual}`)
  }
  const ratio = (a, b) => (b === 0 ? null : a / b)
  const summary = (perRule) => {
    const total = {tp: 0, fp: 0, fn: 0}
    for (const stats of Object.values(perRule)) {
      total.tp += stats.tp
      total.fp += stats.fp
      total.fn += stats.fn
    }
    return {
      perRule: Object.fromEntries(Object.entries(perRule).map(([ruleId, stats]) => [ruleId, {...stats, precision: ratio(stats.tp, stats.tp + stats.fp), recall: ratio(stats.tp, stats.tp + stats.fn)}])),
      total: {...total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn)}
    }
  }
  return {
    ...summary(tuned),
    // The held-out cases' own scores, or null when the corpus has none.
    heldOut: heldOut.size === 0 ? null : {cases: heldOut.size, ...summary(untuned)},
    anyCheck: {...anyCheck, recall: ratio(anyCheck.flagged, anyCheck.total)},
    referenceFindings,
    english: {words: englishWords, findings: englishFindings, per2000: englishWords === 0 ? null : (englishFindings.length / englishWords) * 2000}
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {checkSync, allChecks} = await import('../dist/index.js')
  const artifactChecks = ['number-format', 'date-format', 'epithet-calque', 'literal-idiom', 'untranslated', 'title-garble', 'mt-boilerplate']
  const at = process.argv.indexOf('--corpus')
  const corpus = at === -1 ? 'corpus' : process.argv[at + 1]
  if (!corpus || !existsSync(new URL(`${corpus}/`, root))) {
    console.error(`Unknown corpus folder \`${corpus}\`: pass \`--corpus corpus\` or \`--corpus corpus-heldout\``)
    process.exit(2)
  }
  console.log(`Corpus: ${corpus}/`)
  const result = evaluate(checkSync, artifactChecks.filter((ruleId) => allChecks.some((check) => check.meta.ruleId === ruleId)), corpus)
  const percent = (value) => (value === null ? '  n/a' : `${(value * 100).toFixed(1).padStart(5)}%`)
  const table = ({perRule, total}, details) => {
    console.log('check             gold  found  precision  recall')
    for (const [ruleId, stats] of Object.entries(perRule)) {
      console.log(`${ruleId.padEnd(16)} ${String(stats.tp + stats.fn).padStart(5)} ${String(stats.tp + stats.fp).padStart(6)}     ${percent(stats.precision)}  ${percent(stats.recall)}`)
      if (!details) continue
      for (const miss of stats.misses) console.log(`    missed: ${miss}`)
      for (const alarm of stats.falseAlarms) console.log(`    false alarm: ${alarm}`)
    }
    console.log(`${'all'.padEnd(16)} ${String(total.tp + total.fn).padStart(5)} ${String(total.tp + total.fp).padStart(6)}     ${percent(total.precision)}  ${percent(total.recall)}`)
  }
  table(result, true)
  console.log(`${'flagged by any'.padEnd(16)} ${String(result.anyCheck.total).padStart(5)} ${String(result.anyCheck.flagged).padStart(6)}                ${percent(result.anyCheck.recall)}  (gold artifacts some check points at, whatever class it reports)`)
  // Still held out: only the summary, so that nobody tunes on its misses by reading this output.
  if (result.heldOut) {
    console.log(`\nHeld-out cases of ${corpus}/ (${result.heldOut.cases}, listed in held-out.json; untuned, summary only):`)
    table(result.heldOut, false)
  }
  console.log(`\nReference texts (all cases): ${result.referenceFindings.length} findings`)
  for (const line of result.referenceFindings) console.log(`    ${line}`)
  console.log(`Fluent English: ${result.english.findings.length} findings in ${result.english.words} words (${result.english.per2000?.toFixed(2) ?? 'n/a'} per 2,000 words)`)
  for (const line of result.english.findings) console.log(`    ${line}`)
}
