/**
 * Contrastive suite (design notes §7.3): take a clean reference, use it as
 * both reference and MT (fidelity 1, no attribution error), then make one
 * minimal edit to the MT side. Each edit must raise its expected
 * `attribution-fidelity` label (as the finding's `subId`) at the edited
 * place and lower the document F1. Invariance cases (re-ordering that keeps
 * who said what) must raise no error.
 */
import {describe, expect, it} from 'vitest'
import {checkSync, type Report} from '../../src/index.js'
import {loadCorpus} from './gold.js'

const references = new Map(loadCorpus().map((article) => [article.id, article.reference]))
const reference = (prefix: string) => {
  for (const [id, text] of references) if (id.startsWith(prefix)) return text
  throw new Error(`no corpus article ${prefix}`)
}

interface Perturbation {
  name: string
  article: string
  /** Exact text in the reference, and what the MT has instead. */
  from: string
  to: string
  label: string
  /** A word the finding must cover in the MT (defaults to the first word of `to`). */
  at?: string
}

const perturbations: Perturbation[] = [
  // Swap the speaker.
  {name: 'swap the speaker (quote)', article: '000', from: '"Nonsense," Lukashenko told the BBC', to: '"Nonsense," Kirby told the BBC', label: 'speaker-changed', at: 'Kirby'},
  {name: 'swap the speaker (indirect)', article: '000', from: 'Kirby warned of potential', to: 'Lukashenko warned of potential', label: 'speaker-changed', at: 'Lukashenko'},
  {name: 'swap the speaker (organisation)', article: '010', from: 'the Japan Coast Guard said Wednesday', to: 'the Japan Meteorological Agency said Wednesday', label: 'speaker-changed', at: 'Japan'},
  {name: 'swap the speaker (held-out, named)', article: '012', from: '"Safety must always come first. The public must be able to see that the rules are strict," Li said.', to: '"Safety must always come first. The public must be able to see that the rules are strict," Chen said.', label: 'speaker-changed', at: 'Chen'},
  // Drop "according to".
  {name: 'drop "according to" (after)', article: '000', from: 'for service in Russia, according to the NIS.', to: 'for service in Russia.', label: 'attribution-dropped', at: 'A'},
  {name: 'drop "according to" (before)', article: '010', from: 'According to the coast guard, the ferry', to: 'The ferry', label: 'attribution-dropped', at: 'The'},
  {name: 'drop "according to" (held-out, after)', article: '012', from: 'this year, according to the bureau.', to: 'this year.', label: 'attribution-dropped', at: 'The'},
  // confirmed → claimed.
  {name: 'confirmed → claimed', article: '000', from: 'the White House confirmed the presence', to: 'the White House claimed the presence', label: 'cue-stance-shift', at: 'claimed'},
  {name: 'said → claimed', article: '010', from: 'But the company said that', to: 'But the company claimed that', label: 'cue-stance-shift', at: 'claimed'},
  // he → she.
  {name: 'he → she (quote)', article: '000', from: 'if they are deployed," he said.', to: 'if they are deployed," she said.', label: 'pronoun-wrong-antecedent', at: 'she'},
  {name: 'he → she (indirect)', article: '011', from: 'He said the ministry would', to: 'She said the ministry would', label: 'pronoun-wrong-antecedent', at: 'She'},
  {name: 'she → he', article: '012', from: 'faster than a motorcycle," she said', to: 'faster than a motorcycle," he said', label: 'pronoun-wrong-antecedent', at: 'he'},
  // Remove the first full-name mention.
  {name: 'remove the first full-name mention (Kirby)', article: '000', from: 'White House national security spokesman John Kirby said', to: 'Kirby said', label: 'surname-only-first-mention', at: 'Kirby'},
  {name: 'remove the first full-name mention (Kaya)', article: '011', from: 'union head Murat Kaya said', to: 'Kaya said', label: 'surname-only-first-mention', at: 'Kaya'},
  {name: 'remove the first full-name mention (Tanabe)', article: '010', from: 'Yuko Tanabe, 38, who was traveling with her two children, said', to: 'Tanabe said', label: 'surname-only-first-mention', at: 'Tanabe'},
  // "told Kyodo" → "Kyodo said".
  {name: '"told Kyodo News" → "Kyodo News said"', article: '000', from: 'a Ukrainian military source told Kyodo News on Thursday', to: 'Kyodo News said on Thursday', label: 'recipient-as-source', at: 'Kyodo'},
  {name: '"told Anadolu Agency" → "Anadolu Agency said"', article: '011', from: 'An official of the company told Anadolu Agency that', to: 'Anadolu Agency said that', label: 'recipient-as-source', at: 'Anadolu'},
  {name: '"told Xinhua" → "Xinhua said"', article: '012', from: 'Zhou Xiaoyu, an office worker in Nanshan District, told Xinhua that', to: 'Xinhua said that', label: 'recipient-as-source', at: 'Xinhua'},
  // More from the design notes' table.
  {name: 'said → denied (polarity)', article: '000', from: 'the Russian army," Kirby said.', to: 'the Russian army," Kirby denied.', label: 'polarity-flip', at: 'denied'},
  {name: '"according to X" → "reportedly"', article: '000', from: 'A North Korean soldier receives about $2,000 a month for service in Russia, according to the NIS.', to: 'A North Korean soldier reportedly receives about $2,000 a month for service in Russia.', label: 'source-dropped-to-hedge', at: 'reportedly'},
  {name: 'drop ", citing Y"', article: '000', from: ' told reporters, citing a report by National Intelligence Service (NIS) Director Cho Tae-yong.', to: ' told reporters.', label: 'intermediary-dropped', at: 'told'}
]

/** Re-orderings that keep who said what: no error. */
const invariant: Array<{name: string; article: string; from: string; to: string}> = [
  {name: '"X, according to Y" → "According to Y, X"', article: '000', from: 'A North Korean soldier receives about $2,000 a month for service in Russia, according to the NIS.', to: 'According to the NIS, a North Korean soldier receives about $2,000 a month for service in Russia.'},
  {name: '"X said Y" → "Y, X said"', article: '011', from: 'Kaya said he hoped for a quick agreement but that the union was ready for a long fight.', to: 'The union hoped for a quick agreement but was ready for a long fight, Kaya said.'}
]

function run(mt: string, ref: string): Report {
  return checkSync(mt, {reference: ref, checks: Object.fromEntries(['number-fidelity', 'name-fidelity', 'omission', 'addition', 'pronoun-shift', 'reference-term'].map((id) => [id, 'off']))})
}

describe('contrastive suite: minimal perturbations of a clean reference', () => {
  const baselines = new Map<string, Report>()
  const baseline = (article: string) => {
    let report = baselines.get(article)
    if (!report) {
      const text = reference(article)
      report = run(text, text)
      baselines.set(article, report)
    }
    return report
  }

  it('a reference checked against itself scores 1 with no attribution error', () => {
    for (const article of new Set(perturbations.map((item) => item.article))) {
      const report = baseline(article)
      const imperfect = report.attribution!.pairs.filter((pair) => pair.fidelity < 1)
      expect(report.attribution!.score.f1, `${article}: ${JSON.stringify(imperfect)}`).toBe(1)
      expect(report.findings.filter((finding) => finding.ruleId.startsWith('attribution-')).map((finding) => finding.message), article).toEqual([])
    }
  })

  let passed = 0
  for (const perturbation of perturbations) {
    it(`${perturbation.name} → ${perturbation.label}, and the score drops`, () => {
      const ref = reference(perturbation.article)
      expect(ref.includes(perturbation.from), `"${perturbation.from}" is in ${perturbation.article}`).toBe(true)
      const mt = ref.replace(perturbation.from, perturbation.to)
      const report = run(mt, ref)
      const findings = report.findings.filter((finding) => finding.ruleId === 'attribution-fidelity')
      const editStart = ref.indexOf(perturbation.from)
      const at = perturbation.at ?? perturbation.to.split(/\s+/)[0]!
      // The word `at`, whole, from the edit on (text before the edit is unchanged; a dropped cue is reported on its sentence).
      const sentenceStart = Math.max(0, mt.lastIndexOf('\n', editStart))
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')
      pattern.lastIndex = perturbation.to.includes(at) ? editStart : sentenceStart
      const atStart = pattern.exec(mt)?.index ?? -1
      const hit = findings.find((finding) => finding.subId === perturbation.label && finding.start <= atStart && atStart < Math.max(finding.end, finding.start + 1))
      expect(hit, `${perturbation.label} at "${at}"; got ${findings.map((finding) => `${finding.subId}@${finding.actual}`).join(', ') || 'none'}`).toBeDefined()
      const before = baseline(perturbation.article).attribution!.score.f1!
      const after = report.attribution!.score.f1!
      expect(after, `F1 ${before} → ${after}`).toBeLessThan(before)
      passed++
    })
  }

  for (const item of invariant) {
    it(`invariance: ${item.name} raises no attribution error`, () => {
      const ref = reference(item.article)
      expect(ref.includes(item.from)).toBe(true)
      const mt = ref.replace(item.from, item.to)
      const findings = run(mt, ref).findings.filter((finding) => finding.ruleId === 'attribution-fidelity' && finding.severity !== 'minor')
      expect(findings.map((finding) => `${finding.subId}: ${finding.message}`)).toEqual([])
    })
  }

  it('passes 100%', () => {
    console.log(`contrastive suite: ${passed}/${perturbations.length} perturbations raise their label and lower the score`)
    expect(passed).toBe(perturbations.length)
  })
})
