/**
 * Extraction against the corpus gold: exact-span and overlap
 * precision/recall/F1 for cue, source and content, on both texts of every
 * article. The tuned articles (000–009, the ones the rules were developed
 * on) and the held-out articles (010–017 in three batches, annotated before the extractor
 * was first run on them) are reported separately.
 */
import {describe, expect, it} from 'vitest'
import {analyzeAttributions} from '../../src/index.js'
import {isResolvable} from '../../src/attribution/compare.js'
import {modelText} from '../../src/languages/index.js'
import {emptyMetrics, flattenGold, flattenPredicted, loadCorpus, prf, score, type CorpusCase, type Metrics} from './gold.js'

const corpus = loadCorpus().filter((article) => article.gold?.attributions)
/**
 * Held-out articles, written and annotated before the extractor first ran on
 * them. Batch 1's first run exposed general bugs that were then fixed (see
 * docs/attribution.md for its first-run numbers); batch 2 was written after
 * those fixes and has not been tuned on at all.
 */
const batch1 = new Set(['010-ja-osaka-ferry', '011-tr-mersin-strike', '012-zh-shenzhen-drones'])
const batch2 = new Set(['013-vi-hanoi-metro', '014-ru-kazan-bridge'])
const batch3 = new Set(['015-pt-lisbon-housing', '016-it-milan-transit-strike', '017-nl-rotterdam-dike'])
const batch4 = new Set(['018-es-valencia-port-expansion', '019-de-munich-hospital-strike', '020-id-jakarta-flood-relief'])
const batch5 = new Set(['021-fr-valbrune-metro-route', '022-id-lengkong-desalination-strike', '023-ar-football-federation-election'])
const batch6 = new Set(['024-id-ferry-bankruptcy', '025-de-hospital-waiting-list', '026-pt-wine-cooperative'])
const batch7 = new Set(['027-es-reservoir-rationing', '028-it-maternity-closure', '029-id-ferry-suspension'])
const batch8 = new Set(['030-de-bridge-closure', '031-fr-maternity-closure', '032-tr-ferry-fares'])
const batch9 = new Set(['033-id-lamar-river-waste', '034-es-almendral-port-strike', '035-ru-medvezhinsk-heating'])
const batch10 = new Set(['036-id-flood-rice', '037-fr-tram-galleries', '038-de-water-price'])
const batch11 = new Set(['039-pt-alcarrede-port-dredging', '040-nl-wolderveen-night-emergency', '041-id-sukamekar-village-fund-trial'])
const batch12 = new Set(['042-es-valdehondo-water-cuts', '043-it-castelrocco-museum', '044-zh-songling-bus-line'])
const batch13 = new Set(['045-de-ostrach-railway', '046-fr-lere-hospital-merger', '047-ja-hakuryu-ski-resort'])
const batch14 = new Set(['048-id-school-breakfast', '049-ru-mine-wage-arrears', '050-tr-pasture-solar-plant'])
const batch15 = new Set(['051-fr-hervaumont-water-contract', '052-es-villa-carmela-bus-fare', '053-vi-kim-lam-rice-export'])
const batch16 = new Set(['054-ar-desalination-cracks', '055-de-tram-cost-overrun', '056-id-housing-fraud'])
const batch17 = new Set(['057-it-valmora-bridge', '058-pt-dengue-campaign', '059-id-market-fire'])
// Batch 18 is still held out: run once, only its summary read (docs/attribution.md).
const batch18 = new Set(['060-es-night-water-cuts', '061-fr-bridge-closure', '062-ja-bear-sightings'])
// Batch 19 too.
const batch19 = new Set(['063-id-market-renovation', '064-de-indoor-pool', '065-fr-vineyard-hail'])
const tuned = corpus.filter((article) => ![batch1, batch2, batch3, batch4, batch5, batch6, batch7, batch8, batch9, batch10, batch11, batch12, batch13, batch14, batch15, batch16, batch17, batch18, batch19].some((batch) => batch.has(article.id)))
const heldOut = corpus.filter((article) => batch1.has(article.id))
const heldOut2 = corpus.filter((article) => batch2.has(article.id))
const heldOut3 = corpus.filter((article) => batch3.has(article.id))
const heldOut4 = corpus.filter((article) => batch4.has(article.id))
const heldOut5 = corpus.filter((article) => batch5.has(article.id))
const heldOut6 = corpus.filter((article) => batch6.has(article.id))
const heldOut7 = corpus.filter((article) => batch7.has(article.id))
const heldOut8 = corpus.filter((article) => batch8.has(article.id))
const heldOut9 = corpus.filter((article) => batch9.has(article.id))
const heldOut10 = corpus.filter((article) => batch10.has(article.id))
const heldOut11 = corpus.filter((article) => batch11.has(article.id))
const heldOut12 = corpus.filter((article) => batch12.has(article.id))
const heldOut13 = corpus.filter((article) => batch13.has(article.id))
const heldOut14 = corpus.filter((article) => batch14.has(article.id))
const heldOut15 = corpus.filter((article) => batch15.has(article.id))
const heldOut16 = corpus.filter((article) => batch16.has(article.id))
const heldOut17 = corpus.filter((article) => batch17.has(article.id))
const heldOut18 = corpus.filter((article) => batch18.has(article.id))
const heldOut19 = corpus.filter((article) => batch19.has(article.id))

function measure(articles: CorpusCase[], side: 'mt' | 'reference' | 'both'): Metrics {
  const metrics = emptyMetrics()
  for (const article of articles) {
    for (const which of side === 'both' ? (['mt', 'reference'] as const) : [side]) {
      const text = which === 'mt' ? article.mt : article.reference
      const gold = article.gold?.attributions?.[which]
      if (!gold) continue
      const extraction = analyzeAttributions(modelText(text, 'en'), 'en')
      const entities = new Map(extraction.entities.map((entity) => [entity.id, entity]))
      const before = metrics.missed.length
      const spuriousBefore = metrics.spurious.length
      score(metrics, flattenPredicted(extraction, (attribution) => isResolvable(attribution, entities)), flattenGold(text, gold))
      for (const item of metrics.missed.slice(before)) (item as {where?: string}).where = `${article.id}/${which}`
      for (const item of metrics.spurious.slice(spuriousBefore)) (item as {where?: string}).where = `${article.id}/${which}`
    }
  }
  return metrics
}

const pct = (value: number) => (value * 100).toFixed(1)
function table(label: string, metrics: Metrics): string {
  const rows = (['cue', 'source', 'content'] as const).map((part) => {
    const exact = prf(metrics[`${part}Exact`])
    const overlap = prf(metrics[`${part}Overlap`])
    return `  ${part.padEnd(8)} exact P ${pct(exact.p)} R ${pct(exact.r)} F1 ${pct(exact.f)} | overlap P ${pct(overlap.p)} R ${pct(overlap.r)} F1 ${pct(overlap.f)}`
  })
  const resolvable = metrics.resolvable.total ? `${metrics.resolvable.agree}/${metrics.resolvable.total}` : 'n/a'
  return `${label} (gold ${metrics.cueExact.gold} cues, predicted ${metrics.cueExact.predicted}; resolvability agrees ${resolvable})\n${rows.join('\n')}`
}
const describeMiss = (item: {where?: string; contentText?: string; kind: string}) => `${item.where} ${item.kind}: ${(item.contentText ?? '').slice(0, 50)}`

describe('attribution extraction against the corpus gold', () => {
  it('has gold spans that exist in the texts', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15)
    for (const article of corpus) {
      for (const which of ['mt', 'reference'] as const) {
        const text = which === 'mt' ? article.mt : article.reference
        for (const attribution of article.gold!.attributions![which] ?? []) {
          for (const key of ['source', 'cue', 'content'] as const) {
            const span = attribution[key]
            if (!span) continue
            let count = 0
            for (let at = text.indexOf(span.text); at !== -1; at = text.indexOf(span.text, at + 1)) count++
            expect(count, `${article.id}/${which}: ${key} "${span.text}" #${span.occurrence}`).toBeGreaterThanOrEqual(span.occurrence ?? 1)
          }
        }
      }
    }
  })

  for (const side of ['mt', 'reference'] as const) {
    it(`tuned articles, ${side}: cue and source overlap F1 ≥ 0.9, content overlap F1 ≥ 0.85`, () => {
      const metrics = measure(tuned, side)
      console.log(table(`tuned ${side}`, metrics))
      expect(prf(metrics.cueOverlap).f, metrics.missed.map(describeMiss).join('\n')).toBeGreaterThanOrEqual(0.9)
      expect(prf(metrics.sourceOverlap).f).toBeGreaterThanOrEqual(0.9)
      expect(prf(metrics.contentOverlap).f).toBeGreaterThanOrEqual(0.85)
      expect(prf(metrics.cueExact).f).toBeGreaterThanOrEqual(0.85)
    })
  }

  // Batches 5 (021–023, fr/id/ar) and 6 (024–026, id/de/pt), written blind after the calque rules, ran first at
  // 0.783 and 0.826; their floors are those first runs, below the 0.90 target.
  // Batch 4 (first run 0.708, 0.833 after its own fixes) reached 0.938 with the calque rules by verb class
  // (docs/attribution.md); it is no longer held out, so this is a regression floor, not a measure of generalisation.
  for (const [name, articles, size, floor] of [['held-out batch 1', heldOut, 3, 0.9], ['held-out batch 2', heldOut2, 2, 0.9], ['held-out batch 3', heldOut3, 3, 0.9], ['held-out batch 4', heldOut4, 3, 0.9], ['held-out batch 5', heldOut5, 3, 0.78], ['held-out batch 6', heldOut6, 3, 0.82], ['held-out batch 7', heldOut7, 3, 0.9], ['held-out batch 8', heldOut8, 3, 0.9], ['held-out batch 9', heldOut9, 3, 0.9], ['held-out batch 10', heldOut10, 3, 0.9], ['held-out batch 11', heldOut11, 3, 0.9], ['held-out batch 12', heldOut12, 3, 0.9], ['held-out batch 13', heldOut13, 3, 0.9], ['held-out batch 14', heldOut14, 3, 0.9], ['held-out batch 15', heldOut15, 3, 0.9], ['held-out batch 16', heldOut16, 3, 0.9], ['held-out batch 17', heldOut17, 3, 0.9], ['held-out batch 18', heldOut18, 3, 0.94], ['held-out batch 19', heldOut19, 3, 0.89]] as const) {
    it(`${name} MT articles: cue recall ≥ ${floor}`, () => {
      expect(articles.length).toBe(size)
      const mt = measure(articles, 'mt')
      const reference = measure(articles, 'reference')
      console.log(table(`${name} mt`, mt))
      console.log(table(`${name} reference`, reference))
      if (mt.missed.length + mt.spurious.length > 0) console.log(`${name} mt missed:\n${mt.missed.map(describeMiss).join('\n')}\nspurious:\n${mt.spurious.map(describeMiss).join('\n')}`)
      expect(prf(mt.cueOverlap).r).toBeGreaterThanOrEqual(floor)
    })
  }
})
