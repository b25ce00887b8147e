/**
 * Invariants every lexicon entry must keep, whoever writes it: unique ids,
 * literals the matcher can use, replacements for every target a literal is
 * given for, the minimum coverage the product promises, and silence on
 * fluent original English.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {boilerplate, epithetsByLanguage, idiomsByLanguage, sourceWordsByLanguage} from '../../src/data/index.js'
import type {CalqueEntry} from '../../src/data/types.js'
import {englishWords} from '../../src/data/en/common-words.js'
import {phraseWords} from '../../src/text/phrases.js'
import {checkSync} from '../../src/index.js'
import type {TargetLanguage} from '../../src/types.js'

const lexicons = {'epithet-calque': epithetsByLanguage, 'literal-idiom': idiomsByLanguage} as const

function entries(lexicon: typeof epithetsByLanguage): Array<[string, CalqueEntry]> {
  return Object.entries(lexicon).flatMap(([lang, list]) => (list ?? []).map((entry): [string, CalqueEntry] => [lang, entry]))
}

describe.each(Object.entries(lexicons))('%s lexicon', (_ruleId, lexicon) => {
  const all = entries(lexicon)

  it('has unique ids within each language', () => {
    for (const list of Object.values(lexicon)) {
      const ids = (list ?? []).map((entry) => entry.id)
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
    }
  })

  it('files each entry under its own source language, with kebab-case ids and a meaning', () => {
    for (const [lang, entry] of all) {
      expect(entry.sourceLang, entry.id).toBe(lang)
      expect(entry.id, entry.id).toMatch(/^[a-z\d]+(?:-[a-z\d]+)*$/)
      expect(entry.meaning.trim().length, entry.id).toBeGreaterThan(0)
      expect(entry.source.trim().length, entry.id).toBeGreaterThan(0)
    }
  })

  it('gives lower-case literals that parse to words, and a replacement for every target it matches in', () => {
    for (const [, entry] of all) {
      for (const [target, literals] of Object.entries(entry.literals) as Array<[TargetLanguage, readonly string[]]>) {
        expect(literals.length, `${entry.id} ${target}`).toBeGreaterThan(0)
        for (const literal of literals) {
          expect(literal, entry.id).toBe(literal.toLowerCase())
          expect(literal, entry.id).toBe(literal.trim())
          expect(phraseWords(literal, target).length, `${entry.id}: ${literal}`).toBeGreaterThan(0)
        }
        expect(entry.expected[target]?.length ?? 0, `${entry.id} has literals but no replacement in ${target}`).toBeGreaterThan(0)
      }
    }
  })

  it('never matches one of its own replacements', () => {
    for (const [, entry] of all) {
      for (const [target, literals] of Object.entries(entry.literals) as Array<[TargetLanguage, readonly string[]]>) {
        const replacements = new Set((entry.expected[target] ?? []).map((text) => phraseWords(text, target).join(' ')))
        for (const literal of literals) expect(replacements.has(phraseWords(literal, target).join(' ')), `${entry.id}: ${literal}`).toBe(false)
      }
    }
  })
})

describe('coverage promised for Indonesian', () => {
  const epithets = epithetsByLanguage.id ?? []
  it('has at least 30 country and 15 city epithets', () => {
    expect(epithets.filter((entry) => entry.kind === 'country').length).toBeGreaterThanOrEqual(30)
    expect(epithets.filter((entry) => entry.kind === 'city').length).toBeGreaterThanOrEqual(15)
  })
  it('has at least 25 idioms', () => {
    expect((idiomsByLanguage.id ?? []).length).toBeGreaterThanOrEqual(25)
  })
  it('has epithets and idioms for every other source language the package names', () => {
    for (const lang of ['de', 'fr', 'es', 'pt', 'it', 'nl', 'tr', 'vi', 'ru', 'zh', 'ja', 'ar'] as const) {
      expect((epithetsByLanguage[lang]?.length ?? 0) + (idiomsByLanguage[lang]?.length ?? 0), lang).toBeGreaterThan(0)
    }
  })
})

describe('source word lists', () => {
  it('never list an English word as a source word', () => {
    for (const [lang, list] of Object.entries(sourceWordsByLanguage)) {
      const spared = new Set(list?.spared ?? [])
      const clashes = (list?.words ?? []).filter((word) => !word.includes(' ') && englishWords.has(word) && !spared.has(word))
      expect(clashes, lang).toEqual([])
    }
  })
  it('are lower-case and unique', () => {
    for (const [lang, list] of Object.entries(sourceWordsByLanguage)) {
      const words = list?.words ?? []
      expect(words.filter((word) => word !== word.toLowerCase()), lang).toEqual([])
      expect(words.filter((word, index) => words.indexOf(word) !== index), lang).toEqual([])
      expect(list?.sourceLang, lang).toBe(lang)
    }
  })
})

describe('boilerplate', () => {
  it('covers every target language with lower-case phrases', () => {
    const targets = new Set<string>()
    for (const entry of boilerplate) {
      for (const [target, phrases] of Object.entries(entry.phrases)) {
        targets.add(target)
        for (const phrase of phrases ?? []) expect(phrase, entry.id).toBe(phrase.toLowerCase())
      }
    }
    expect([...targets].sort()).toEqual(['ar', 'en', 'fr', 'ja', 'zh'])
  })
})

describe('fluent original English', () => {
  const folder = new URL('../../corpus-english/', import.meta.url)
  const texts = readdirSync(folder).filter((name) => name.endsWith('.txt'))
  it.each(texts)('%s raises no lexicon finding whatever the source language', (name) => {
    const text = readFileSync(new URL(name, folder), 'utf8')
    const findings = checkSync(text, {checks: {'epithet-calque': true, 'literal-idiom': true, 'mt-boilerplate': true}}).findings
    const lexical = findings.filter((finding) => ['epithet-calque', 'literal-idiom', 'mt-boilerplate'].includes(finding.ruleId))
    expect(lexical.map((finding) => `${finding.ruleId}: ${finding.actual}`)).toEqual([])
  })
})
