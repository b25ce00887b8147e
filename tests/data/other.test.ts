/**
 * Lexicons of Turkish, Vietnamese, Russian, Chinese, Japanese and Arabic,
 * and the MT/AI boilerplate phrases.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {boilerplate} from '../../src/data/boilerplate.js'
import {epithets as zhEpithets} from '../../src/data/zh/epithets.js'
import {idioms as zhIdioms} from '../../src/data/zh/idioms.js'
import {epithets as jaEpithets} from '../../src/data/ja/epithets.js'
import {idioms as jaIdioms} from '../../src/data/ja/idioms.js'
import {epithets as ruEpithets} from '../../src/data/ru/epithets.js'
import {idioms as ruIdioms} from '../../src/data/ru/idioms.js'
import {epithets as trEpithets} from '../../src/data/tr/epithets.js'
import {idioms as trIdioms} from '../../src/data/tr/idioms.js'
import {epithets as viEpithets} from '../../src/data/vi/epithets.js'
import {idioms as viIdioms} from '../../src/data/vi/idioms.js'
import {epithets as arEpithets} from '../../src/data/ar/epithets.js'
import {idioms as arIdioms} from '../../src/data/ar/idioms.js'
import {flagged} from '../checks/helpers.js'

const zh = {sourceLang: 'zh' as const}
const ja = {sourceLang: 'ja' as const}
const ru = {sourceLang: 'ru' as const}
const tr = {sourceLang: 'tr' as const}
const vi = {sourceLang: 'vi' as const}
const ar = {sourceLang: 'ar' as const}

describe('coverage', () => {
  it('has the promised number of entries per language', () => {
    expect(zhEpithets.length).toBeGreaterThanOrEqual(10)
    expect(zhIdioms.length).toBeGreaterThanOrEqual(10)
    expect(jaEpithets.length + jaIdioms.length).toBeGreaterThanOrEqual(6)
    expect(ruEpithets.length + ruIdioms.length).toBeGreaterThanOrEqual(6)
    expect(trEpithets.length + trIdioms.length).toBeGreaterThanOrEqual(6)
    expect(viEpithets.length + viIdioms.length).toBeGreaterThanOrEqual(5)
    expect(arEpithets.length + arIdioms.length).toBeGreaterThanOrEqual(6)
    expect(boilerplate.length).toBeGreaterThanOrEqual(10)
  })
})

describe('Chinese', () => {
  it('flags city nicknames with the city, article included', () => {
    expect(flagged('epithet-calque', 'The Ice City hopes to repeat last winter\'s boom.', zh)).toEqual(['The Ice City → Harbin'])
    expect(flagged('epithet-calque', 'Tourists flocked to Erbin in January.', zh)).toEqual(['Erbin → Harbin'])
    expect(flagged('epithet-calque', 'Rents in the Magic Capital rose again.', zh)).toEqual(['the Magic Capital → Shanghai'])
    expect(flagged('epithet-calque', 'Peng City\'s drone makers expanded.', zh)).toEqual(["Peng City's → Shenzhen's"])
    expect(flagged('epithet-calque', 'Hotpot restaurants in the Hibiscus City reopened.', zh)).toEqual(['the Hibiscus City → Chengdu'])
    expect(flagged('epithet-calque', 'Flights to the Spring City were cancelled because of fog.', zh)).toEqual(['the Spring City → Kunming'])
  })

  it('tells Jinan from Kunming by the context', () => {
    expect(flagged('epithet-calque', 'Jinan, the Shandong capital, is known as the Spring City for its 72 springs.', zh)).toEqual(['the Spring City → Jinan'])
  })

  it('keeps low-confidence nicknames to Chinese-source text and literal readings unflagged', () => {
    expect(flagged('epithet-calque', 'Chongqing, the Mountain City, opened a new cable car.', zh)).toEqual(['the Mountain City → Chongqing'])
    expect(flagged('epithet-calque', 'The Mountain City opened a new cable car.')).toEqual([])
    expect(flagged('epithet-calque', 'Miami, the Magic City, hosted the final.', zh)).toEqual([])
    expect(flagged('epithet-calque', 'Artists carved an ice city from 300,000 cubic meters of ice blocks, with sculptures of every landmark.', zh)).toEqual([])
  })

  it('flags literal set phrases and slang', () => {
    expect(flagged('literal-idiom', 'Harbin received 90 million person-times of tourists.', zh)).toEqual(['person-times of tourists → tourist visits'])
    expect(flagged('literal-idiom', 'Railways carried 480 million passenger-times.', zh)).toEqual(['passenger-times → passenger trips'])
    expect(flagged('literal-idiom', '"The southern little potatoes supported us," he said.', zh)).toEqual(['The southern little potatoes → Tourists from southern China'])
    expect(flagged('literal-idiom', 'The net red café drew long queues.', zh)).toEqual(['net red → influencer'])
    expect(flagged('literal-idiom', 'The melon-eating masses followed the scandal online.', zh)).toEqual(['melon-eating masses → onlookers'])
    expect(flagged('literal-idiom', 'The project is part of the One Belt One Road plan.', zh)).toEqual(['One Belt One Road → Belt and Road Initiative'])
    expect(flagged('literal-idiom', 'Prices rose 2% ring ratio in May.', zh)).toEqual(['ring ratio → month on month'])
    expect(flagged('literal-idiom', 'Brokers were accused of cutting leeks.', zh)).toEqual(['cutting leeks → fleecing small investors'])
  })

  it('guards literal readings of idioms', () => {
    expect(flagged('literal-idiom', 'Farmers were cutting leeks in the field.', zh)).toEqual([])
    expect(flagged('literal-idiom', 'The seats lie flat on long flights.', zh)).toEqual([])
    expect(flagged('literal-idiom', 'Many young graduates say they are lying flat rather than chasing promotions at work.', zh)).toEqual(['lying flat → opting out of the rat race'])
    expect(flagged('literal-idiom', 'The hearing was split over two sessions.', zh)).toEqual([])
    expect(flagged('literal-idiom', 'During the two sessions, NPC deputies debated the budget.', zh)).toEqual(['two sessions → the annual sessions of the National People\'s Congress and the CPPCC'])
  })

  it('flags pinyin left in the text, but not hukou', () => {
    expect(flagged('untranslated', 'Many laobaixing in the city joined in.', zh)).toEqual(['laobaixing → ∅'])
    expect(flagged('untranslated', 'Residents with a Harbin hukou get a discount.', zh)).toEqual([])
  })
})

describe('Japanese', () => {
  it('flags metonyms, formulas and proverbs', () => {
    expect(flagged('epithet-calque', 'The scandal shook Nagatacho.', ja)).toEqual(['Nagatacho → national politics'])
    expect(flagged('literal-idiom', 'The minister said the government will consider positively the request.', ja)).toEqual(['consider positively → consider'])
    expect(flagged('literal-idiom', '"Please treat me well."', ja)).toEqual(['Please treat me well → I look forward to working with you'])
    expect(flagged('literal-idiom', 'The announcement was water in a sleeping ear for residents.', ja)).toEqual(['water in a sleeping ear → a bolt from the blue'])
    expect(flagged('literal-idiom', 'The cabinet approved the big-boned policy on Friday.', ja)).toEqual(['big-boned policy → the government\'s annual economic and fiscal policy guidelines'])
  })

  it('guards literal readings', () => {
    expect(flagged('literal-idiom', 'He asked the nurse: please take care of me while I recover, he wrote later in his book about the operation.', ja)).toEqual([])
    expect(flagged('literal-idiom', 'This year\'s spring struggle ended with record wage hikes at big companies.', ja)).toEqual(['spring struggle → the annual spring wage negotiations'])
    expect(flagged('literal-idiom', 'The spring struggle of the garden against frost is a familiar story.', ja)).toEqual([])
    expect(flagged('epithet-calque', 'Take the subway to Nagatacho station.', ja)).toEqual([])
  })
})

describe('Russian', () => {
  it('flags periphrases and idioms', () => {
    expect(flagged('epithet-calque', 'Flights from the White-Stone city resumed.', ru)).toEqual(['the White-Stone city → Moscow'])
    expect(flagged('epithet-calque', 'Foggy Albion imposed new sanctions.', ru)).toEqual(['Foggy Albion → Britain'])
    expect(flagged('epithet-calque', 'Trade with the Celestial Empire grew by 20%.', ru)).toEqual(['the Celestial Empire → China'])
    expect(flagged('literal-idiom', 'The opposition is hanging noodles on the ears of voters.', ru)).toEqual(['hanging noodles on the ears → pull the wool over people\'s eyes'])
    expect(flagged('literal-idiom', 'The subsidy did the farmers a bear\'s service.', ru)).toEqual(["a bear's service → a disservice"])
    expect(flagged('literal-idiom', 'The new plan is neither fish nor meat.', ru)).toEqual(['neither fish nor meat → neither fish nor fowl'])
  })

  it('guards literal readings and flags Cyrillic reporting verbs', () => {
    expect(flagged('literal-idiom', 'On Lent, the monks eat neither fish nor meat.', ru)).toEqual([])
    expect(flagged('epithet-calque', 'Trade under the Qing dynasty with the Celestial Empire grew.', ru)).toEqual([])
    expect(flagged('untranslated', 'The bridge will open in June, сказал the mayor.', ru)).toEqual(['сказал → ∅'])
  })
})

describe('Turkish', () => {
  it('flags nicknames, idioms and honorifics', () => {
    expect(flagged('epithet-calque', 'Exports from the Pearl of the Aegean rose.', tr)).toEqual(['the Pearl of the Aegean → İzmir'])
    expect(flagged('epithet-calque', 'The Baby Homeland held elections.', tr)).toEqual(['The Baby Homeland → Northern Cyprus'])
    expect(flagged('literal-idiom', 'The company did not hang an ear to the union.', tr)).toEqual(['did not hang an ear → ignored'])
    expect(flagged('literal-idiom', 'After the win, the fans\' skirts were ringing bells.', tr)).toEqual(['skirts were ringing bells → overjoyed'])
    expect(flagged('untranslated', 'The talks will resume, dedi the official.', tr)).toEqual(['dedi → ∅'])
    expect(flagged('untranslated', 'A resident, Sayın Yılmaz, said the port was closed.', tr)).toEqual(['Sayın → ∅'])
  })

  it('keeps Pearl of the Aegean for Greek islands', () => {
    expect(flagged('epithet-calque', 'Mykonos, the pearl of the Aegean, welcomed a record of cruise ships.', tr)).toEqual([])
  })
})

describe('Vietnamese', () => {
  it('flags "land of" periphrases and idioms', () => {
    expect(flagged('epithet-calque', 'Tourists from the land of kimchi rose 20%.', vi)).toEqual(['the land of kimchi → South Korea'])
    expect(flagged('epithet-calque', 'Students in the land of cherry blossoms pay high fees.', vi)).toEqual(['the land of cherry blossoms → Japan'])
    expect(flagged('epithet-calque', 'Rice exports to the country of golden pagodas grew.', vi)).toEqual(['the country of golden pagodas → Thailand'])
    expect(flagged('epithet-calque', 'Vietnamese workers in the land of fog earn more.', vi)).toEqual(['the land of fog → Britain'])
    expect(flagged('literal-idiom', 'The warnings were like water poured on a duck\'s head.', vi)).toEqual(["water poured on a duck's head → like water off a duck's back"])
  })

  it('flags honorifics before a name and spares Myanmar\'s nickname', () => {
    expect(flagged('untranslated', 'Ông Thanh told reporters the line will open.', vi)).toEqual(['Ông → Mr.'])
    expect(flagged('untranslated', 'The metro will open this month, ông Thanh cho biết.', vi)).toEqual(['ông → ', 'cho biết → ∅'])
    expect(flagged('epithet-calque', 'Yangon, in the land of golden pagodas, reopened to Myanmar tourists.', vi)).toEqual([])
  })
})

describe('Arabic', () => {
  it('flags periphrases and idioms', () => {
    expect(flagged('epithet-calque', 'Oil exports to the country of Uncle Sam fell.', ar)).toEqual(['the country of Uncle Sam → the United States'])
    expect(flagged('epithet-calque', 'Elections in the Land of the Two Rivers were delayed.', ar)).toEqual(['the Land of the Two Rivers → Iraq'])
    expect(flagged('epithet-calque', 'Tourism in the land of Kinana recovered.', ar)).toEqual(['the land of Kinana → Egypt'])
    expect(flagged('literal-idiom', 'Preparations are on foot and leg for the summit.', ar)).toEqual(['on foot and leg → in full swing'])
    expect(flagged('literal-idiom', 'The truce is in the wind\'s path after the attack.', ar)).toEqual(["in the wind's path → hanging in the balance"])
    expect(flagged('literal-idiom', 'The plan targets two sparrows with one stone.', ar)).toEqual(['two sparrows with one stone → two birds with one stone'])
    expect(flagged('literal-idiom', 'The plan would hit two sparrows with one stone.', ar)).toEqual(['hit two sparrows with one stone → two birds with one stone'])
  })

  it('guards the Kingdom and literal readings', () => {
    expect(flagged('epithet-calque', 'Saudi officials said the Kingdom will raise output.', ar)).toEqual(['the Kingdom → Saudi Arabia'])
    expect(flagged('epithet-calque', 'The Kingdom of the Netherlands sent aid.', ar)).toEqual([])
    expect(flagged('epithet-calque', 'Ancient Sumer flourished in the land of the two rivers.', ar)).toEqual([])
    expect(flagged('untranslated', 'The minister قال the talks went well.', ar)).toEqual(['قال → ∅'])
  })
})

describe('boilerplate', () => {
  it('flags the AI-translation disclaimer of the seed article', () => {
    const text = 'The talks ended on Friday.\n\nThe English, Chinese, Japanese, Arabic, and French versions are automatically generated by the AI. So there may still be inaccuracies in translating, please always see Indonesian as our main language. (system supported by DigitalSiber.id)'
    const findings = checkSync(text).findings.filter((finding) => finding.ruleId === 'mt-boilerplate')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.actual.startsWith('The English, Chinese')).toBe(true)
    expect(findings[0]!.actual.endsWith('DigitalSiber.id)')).toBe(true)
  })

  it('flags translation footers and link lines in English', () => {
    expect(flagged('mt-boilerplate', 'The flood receded.\n\nThis news was translated by an automatic translation system (AI). Please refer to the Indonesian version for the most accurate information.')).toHaveLength(1)
    expect(flagged('mt-boilerplate', 'The rupiah fell.\n\nRead also: Rupiah Weakens Ahead of Fed Decision\n\nTraders were cautious.')).toEqual(['Read also: Rupiah Weakens Ahead of Fed Decision → ∅'])
    expect(flagged('mt-boilerplate', 'Prices rose.\n\nThis article was translated with the help of AI.')).toEqual(['This article was translated with the help of AI. → ∅'])
    expect(flagged('mt-boilerplate', 'Prices rose.\n\nThis article was machine-translated from German.')).toEqual(['This article was machine-translated from German. → ∅'])
    expect(flagged('mt-boilerplate', 'Prices rose.\n\nTranslated with www.DeepL.com/Translator (free version)')).toHaveLength(1)
    expect(flagged('mt-boilerplate', 'Prices rose.\n\nThis content was generated using AI.')).toHaveLength(1)
  })

  it('flags disclaimers in French, Chinese, Japanese and Arabic', () => {
    expect(flagged('mt-boilerplate', 'Les prix ont augmenté.\n\nCet article a été traduit automatiquement.', {targetLang: 'fr'})).toEqual(['Cet article a été traduit automatiquement. → ∅'])
    expect(flagged('mt-boilerplate', '价格上涨。\n\n本文由AI翻译，仅供参考。', {targetLang: 'zh'})).toHaveLength(1)
    expect(flagged('mt-boilerplate', '价格上涨。\n\n以上内容由AI生成。', {targetLang: 'zh'})).toHaveLength(1)
    expect(flagged('mt-boilerplate', '価格が上昇した。\n\nこの記事は機械翻訳されたものです。', {targetLang: 'ja'})).toHaveLength(1)
    expect(flagged('mt-boilerplate', 'ارتفعت الأسعار.\n\nتمت ترجمة هذا المقال آليًا.', {targetLang: 'ar'})).toHaveLength(1)
    expect(flagged('mt-boilerplate', 'ارتفعت الأسعار.\n\nاقرأ أيضا: الروبية تتراجع', {targetLang: 'ar'})).toHaveLength(1)
  })

  it('does not flag news about machine translation', () => {
    const texts = [
      'DeepL said its translation system is used by 10,000 companies.',
      'The court ruled that documents translated by Google Translate are not admissible, lawyers said.',
      'Researchers found that machine translation of news articles still makes errors in idioms.',
      'The ministry said the content was generated with the help of consultants.',
      'He also read the statement aloud before the vote.',
      'The app offers automatic translation in 30 languages, the company said.'
    ]
    for (const text of texts) expect(flagged('mt-boilerplate', text), text).toEqual([])
    expect(flagged('mt-boilerplate', 'Le traducteur DeepL a annoncé une levée de fonds ; la traduction automatique progresse.', {targetLang: 'fr'})).toEqual([])
    expect(flagged('mt-boilerplate', '谷歌公司表示，机器翻译技术已被广泛使用。', {targetLang: 'zh'})).toEqual([])
    expect(flagged('mt-boilerplate', '同社は自動翻訳の精度が向上したと発表した。', {targetLang: 'ja'})).toEqual([])
  })
})

describe('fluent original English', () => {
  const folder = join(__dirname, '../../corpus-english')
  const texts = readdirSync(folder).filter((name) => name.endsWith('.txt'))
  it.each(texts)('%s raises nothing from these lexicons, with or without a source language', (name) => {
    const text = readFileSync(join(folder, name), 'utf8')
    const findings = checkSync(text).findings.filter((finding) => ['epithet-calque', 'literal-idiom', 'untranslated', 'mt-boilerplate'].includes(finding.ruleId))
    expect(findings.map((finding) => `${finding.ruleId}: ${finding.actual}`)).toEqual([])
    for (const sourceLang of ['tr', 'vi', 'ru', 'ja', 'ar'] as const) {
      const own = checkSync(text, {sourceLang}).findings.filter((finding) => ['epithet-calque', 'literal-idiom', 'untranslated', 'mt-boilerplate'].includes(finding.ruleId))
      expect(own.map((finding) => `${sourceLang} ${finding.ruleId}: ${finding.actual}`)).toEqual([])
    }
  })
})

describe('corpus', () => {
  const root = join(__dirname, '../../corpus')
  const articles = readdirSync(root).filter((name) => /^\d{3}-/.test(name))
  it('catches every mt-boilerplate artifact, and the Chinese artifacts of 009', () => {
    const misses: string[] = []
    for (const name of articles) {
      let gold: {sourceLang: string; targetLang: string; artifacts: Array<{ruleId: string; text: string}>}
      try {
        gold = JSON.parse(readFileSync(join(root, name, 'gold.json'), 'utf8'))
      } catch {
        continue
      }
      const mt = readFileSync(join(root, name, 'mt.txt'), 'utf8')
      const findings = checkSync(mt, {sourceLang: gold.sourceLang as 'zh', targetLang: gold.targetLang as 'en'}).findings
      const mine = gold.artifacts.filter((artifact) => artifact.ruleId === 'mt-boilerplate' || (name.startsWith('009-') && ['epithet-calque', 'literal-idiom', 'untranslated'].includes(artifact.ruleId)))
      for (const artifact of mine) {
        const start = mt.indexOf(artifact.text)
        const end = start + artifact.text.length
        if (!findings.some((finding) => finding.ruleId === artifact.ruleId && finding.start < end && start < finding.end)) misses.push(`${name}: ${artifact.ruleId} ${artifact.text}`)
      }
    }
    expect(misses).toEqual([])
  })
})
