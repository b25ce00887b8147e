import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {epithets} from '../../src/data/id/epithets.js'
import {idioms} from '../../src/data/id/idioms.js'
import {sourceWords} from '../../src/data/id/source-words.js'
import {epithets as msEpithets} from '../../src/data/ms/epithets.js'
import {idioms as msIdioms} from '../../src/data/ms/idioms.js'
import {sourceWords as msSourceWords} from '../../src/data/ms/source-words.js'
import {flagged} from '../checks/helpers.js'

const id = {sourceLang: 'id' as const}

describe('Indonesian epithets', () => {
  it('has the required coverage', () => {
    expect(new Set(epithets.filter((entry) => entry.kind === 'country').map((entry) => entry.source)).size).toBeGreaterThanOrEqual(30)
    expect(new Set(epithets.filter((entry) => entry.kind === 'city').map((entry) => entry.source)).size).toBeGreaterThanOrEqual(15)
    expect(idioms.length).toBeGreaterThanOrEqual(25)
    expect(msEpithets.length).toBeGreaterThanOrEqual(8)
    expect(msIdioms.length).toBeGreaterThanOrEqual(8)
  })

  it('flags literal renderings with the expected replacement, article and possessive', () => {
    expect(flagged('epithet-calque', "Rates in Uncle Sam's country stayed high.", id)).toEqual(["Uncle Sam's country → the United States"])
    expect(flagged('epithet-calque', 'Exports to the country of Uncle Sam fell.', id)).toEqual(['the country of Uncle Sam → the United States'])
    expect(flagged('epithet-calque', 'Data from the Bamboo Curtain Country were weak.', id)).toEqual(['the Bamboo Curtain Country → China'])
    expect(flagged('epithet-calque', "The Bamboo Curtain Country's exports grew.", id)).toEqual(["The Bamboo Curtain Country's → China's"])
    expect(flagged('epithet-calque', 'The Garuda currency slid.', id)).toEqual(['The Garuda currency → The rupiah'])
    expect(flagged('epithet-calque', 'Floods hit 27 locations in the City of Heroes.', id)).toEqual(['the City of Heroes → Surabaya'])
    expect(flagged('epithet-calque', 'Ginseng Country beat Japan 2-1.', id)).toEqual(['Ginseng Country → South Korea'])
    expect(flagged('epithet-calque', 'He flew to the Land of the Rising Sun last week.', id)).toEqual(['the Land of the Rising Sun → Japan'])
  })

  it('keeps high-confidence entries without a source language and low ones only with it', () => {
    expect(flagged('epithet-calque', "Rates in Uncle Sam's country stayed high.")).toEqual(["Uncle Sam's country → the United States"])
    expect(flagged('epithet-calque', 'Fintech firms in the Lion City raised funds.')).toEqual([])
    expect(flagged('epithet-calque', 'Fintech firms in the Lion City raised funds.', id)).toEqual(['the Lion City → Singapore'])
  })

  it('matches other targets', () => {
    expect(flagged('epithet-calque', '山姆大叔的国家的利率仍然很高。', {...id, targetLang: 'zh'})).toEqual(['山姆大叔的国家 → 美国'])
    expect(flagged('epithet-calque', 'Les données du pays du rideau de bambou sont faibles.', {...id, targetLang: 'fr'})).toEqual(['pays du rideau de bambou → la Chine'])
  })

  it('spares literal uses', () => {
    expect(flagged('epithet-calque', 'The tulip country of the Skagit Valley draws crowds to its festival.', id)).toEqual([])
    expect(flagged('epithet-calque', 'Tourists on safari in lion country saw a pride near the river.', id)).toEqual([])
  })
})

describe('Indonesian idioms', () => {
  it('flags word-for-word idioms', () => {
    expect(flagged('literal-idiom', 'The case would be brought to the green table next month.', id)).toEqual(['brought to the green table → brought to court'])
    expect(flagged('literal-idiom', 'He allegedly received lubricant money from contractors.', id)).toEqual(['lubricant money → bribes'])
    expect(flagged('literal-idiom', 'His client was made a black goat in the case.', id)).toEqual(['black goat → scapegoat'])
    expect(flagged('literal-idiom', 'The lawyer finally lifted the talk on Friday.', id)).toEqual(['lifted the talk → spoke out'])
    expect(flagged('literal-idiom', 'Residents were disturbed by bird news about the floodgate.', id)).toEqual(['bird news → rumors'])
    expect(flagged('literal-idiom', '"It\'s empty," President Lukashenko told the BBC.', id)).toEqual(["It's empty → Nonsense"])
    expect(flagged('literal-idiom', 'Smugglers used rat roads to avoid the checkpoint.', id)).toEqual(['rat roads → back roads'])
    expect(flagged('literal-idiom', 'Kirby warned of potential victims of North Korea if troops engaged in fighting.', id)).toEqual(['potential victims of North Korea → potential North Korean casualties'])
    expect(flagged('literal-idiom', 'A summit of the BRICS country-state group opened.', id)).toEqual(['country-state group → group of countries'])
    expect(flagged('literal-idiom', 'The rupiah is now like an egg at the tip of a horn.', id)).toEqual(['like an egg at the tip of a horn → in a precarious position'])
    expect(flagged('literal-idiom', 'The KPK arrested the regent in a hand-catching operation.', id)).toEqual(['hand-catching operation → sting operation'])
    expect(flagged('literal-idiom', 'Officials must not wash hands over the corruption case.', id)).toEqual(['wash hands → evade responsibility'])
  })

  it('spares literal readings', () => {
    expect(flagged('literal-idiom', 'In the early morning the room was empty.', id)).toEqual([])
    expect(flagged('literal-idiom', 'The street is empty, he said, and it\'s empty every night.', id)).toEqual([])
    expect(flagged('literal-idiom', 'Residents were asked to wash their hands with soap and clean water.', id)).toEqual([])
    expect(flagged('literal-idiom', 'Cooks wash hands with soap before every shift.', id)).toEqual([])
    expect(flagged('literal-idiom', 'Aid reached the victims of the flood on Wednesday.', id)).toEqual([])
    expect(flagged('literal-idiom', 'The farmer sold a black goat at the livestock market.', id)).toEqual([])
    expect(flagged('literal-idiom', 'Police said the potential victims of the scam were elderly.', id)).toEqual([])
  })
})

describe('Indonesian source words', () => {
  it('flags reporting particles and honorifics', () => {
    expect(flagged('untranslated', '"Everything was handled by the committee," ujarnya.', id)).toEqual(['ujarnya → ∅'])
    expect(flagged('untranslated', '"The officers tersebut are working in shifts," kata dia at the post.', id)).toEqual(['tersebut → ∅', 'kata dia → ∅'])
    expect(flagged('untranslated', 'A resident, Ibu Siti Aminah, said the water rose fast.', id)).toEqual(['Ibu → Ms.'])
  })

  it('keeps its lists lower-case and free of English words and names', () => {
    for (const list of [sourceWords, msSourceWords]) {
      for (const word of [...list.words, ...list.spared]) expect(word, word).toBe(word.toLowerCase())
      for (const word of ['dan', 'di', 'para', 'data', 'program', 'yang', 'ada', 'pun']) expect(list.words).not.toContain(word)
    }
  })
})

describe('Malay lexicons', () => {
  const ms = {sourceLang: 'ms' as const}
  it('flags Malay epithets, idioms and honorifics', () => {
    expect(flagged('epithet-calque', 'Tourism in the State Below the Wind grew.', ms)).toEqual(['the State Below the Wind → Sabah'])
    expect(flagged('epithet-calque', 'Visitors to the Land Below the Wind rose.', ms)).toEqual(['the Land Below the Wind → Sabah'])
    expect(flagged('literal-idiom', 'The officer asked the driver for coffee money at the roadblock.', ms)).toEqual(['coffee money → a bribe'])
    expect(flagged('literal-idiom', 'The couple were caught wet by religious officers.', ms)).toEqual(['caught wet → caught red-handed'])
    expect(flagged('untranslated', '"We will cooperate fully," katanya.', ms)).toEqual(['katanya → ∅'])
    expect(flagged('untranslated', 'A witness, Encik Ahmad, said he heard shouting.', ms)).toEqual(['Encik → Mr.'])
  })

  it('spares literal readings and titles kept in English', () => {
    expect(flagged('literal-idiom', 'She spent her coffee money on a latte at the cafe.', ms)).toEqual([])
    expect(flagged('untranslated', 'Tan Sri Muhyiddin Yassin and Datuk Seri Anwar Ibrahim met.', ms)).toEqual([])
  })
})

describe('lexicon data', () => {
  it('has unique ids and well-formed literals', () => {
    for (const entries of [epithets, idioms, msEpithets, msIdioms]) {
      const ids = entries.map((entry) => entry.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const entry of entries) {
        for (const literal of [...(entry.literals.en ?? []), ...(entry.literals.fr ?? [])]) expect(literal, entry.id).toBe(literal.toLowerCase())
        for (const target of Object.keys(entry.literals) as Array<keyof typeof entry.literals>) expect(entry.expected[target]?.length ?? 0, `${entry.id} ${target}`).toBeGreaterThan(0)
      }
    }
  })

  it('raises nothing on fluent original English', () => {
    const folder = join(__dirname, '../../corpus-english')
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(join(folder, file), 'utf8')
      for (const options of [{}, id, {sourceLang: 'ms' as const}]) {
        const findings = checkSync(text, options).findings.filter((finding) => ['epithet-calque', 'literal-idiom', 'untranslated'].includes(finding.ruleId))
        expect(findings.map((finding) => `${file}: ${finding.ruleId} ${finding.actual}`).filter((line) => !/Lion City|Big Apple/.test(line) || !('sourceLang' in options))).toEqual([])
      }
    }
  })
})

describe('Indonesian corpus articles', () => {
  const root = join(__dirname, '../../corpus')
  const folders = readdirSync(root).filter((name) => /^00[0-3]-/.test(name))
  it.each(folders)('%s: every epithet, idiom and untranslated artifact is flagged', (folder) => {
    const mt = readFileSync(join(root, folder, 'mt.txt'), 'utf8')
    const gold = JSON.parse(readFileSync(join(root, folder, 'gold.json'), 'utf8')) as {sourceLang: 'id'; artifacts: Array<{ruleId: string; text: string; occurrence?: number}>}
    const findings = checkSync(mt, {sourceLang: gold.sourceLang}).findings
    const missed: string[] = []
    for (const artifact of gold.artifacts) {
      if (!['epithet-calque', 'literal-idiom', 'untranslated'].includes(artifact.ruleId)) continue
      let start = -1
      for (let count = 0; count < (artifact.occurrence ?? 1); count++) start = mt.indexOf(artifact.text, start + 1)
      const end = start + artifact.text.length
      if (!findings.some((finding) => finding.ruleId === artifact.ruleId && finding.start < end && finding.end > start)) missed.push(`${artifact.ruleId}: ${artifact.text}`)
    }
    expect(missed).toEqual([])
    const extra = findings.filter((finding) => ['epithet-calque', 'literal-idiom'].includes(finding.ruleId) && !gold.artifacts.some((artifact) => artifact.ruleId === finding.ruleId && artifact.text.includes(finding.actual.replace(/^the /i, ''))))
    expect(extra.map((finding) => finding.actual)).toEqual([])
  })
})

describe('more Indonesian regional nicknames', () => {
  it('flags them with the region they stand for', () => {
    expect(flagged('epithet-calque', 'Floods hit the Land of Rencong again.', {sourceLang: 'id'})).toEqual(['the Land of Rencong → Aceh'])
    expect(flagged('epithet-calque', 'Prices rose in the Concrete Country.', {sourceLang: 'id'})).toEqual(['the Concrete Country → Hong Kong'])
    expect(flagged('epithet-calque', 'Investors returned to Earth of Sriwijaya.', {sourceLang: 'id'})).toEqual(['Earth of Sriwijaya → South Sumatra'])
  })
  it('keeps literal uses quiet', () => {
    expect(flagged('epithet-calque', 'Cement shortages hit the concrete country roads, builders said.', {sourceLang: 'id'})).toEqual([])
    expect(flagged('epithet-calque', 'The Salt Island in the Caribbean welcomed divers.', {sourceLang: 'id'})).toEqual([])
  })
})
