/**
 * The news idioms of id, de, fr, es, pt and it (`src/data/<lang>/news-idioms.ts`):
 * every entry matches its own literals in running text, inflected forms match,
 * guards keep literal readings quiet, and nothing fires on fluent English.
 */
import {describe, expect, it} from 'vitest'
import {newsIdioms as de} from '../../src/data/de/news-idioms.js'
import {newsIdioms as es} from '../../src/data/es/news-idioms.js'
import {newsIdioms as fr} from '../../src/data/fr/news-idioms.js'
import {newsIdioms as id} from '../../src/data/id/news-idioms.js'
import {newsIdioms as itIdioms} from '../../src/data/it/news-idioms.js'
import {newsIdioms as pt} from '../../src/data/pt/news-idioms.js'
import type {CalqueEntry} from '../../src/data/types.js'
import type {SourceLanguage} from '../../src/types.js'
import {flagged} from '../checks/helpers.js'

const idiom = (text: string, sourceLang?: SourceLanguage) => flagged('literal-idiom', text, {sourceLang})
const all: Array<[SourceLanguage, readonly CalqueEntry[]]> = [['id', id], ['de', de], ['fr', fr], ['es', es], ['pt', pt], ['it', itIdioms]]

describe('news idioms', () => {
  it('add well over a hundred entries', () => {
    expect(all.reduce((sum, [, list]) => sum + list.length, 0)).toBeGreaterThanOrEqual(200)
  })

  // Entries whose guard needs particular neighbours (onlyNear) are tested one by one below.
  const plain = all.flatMap(([lang, list]) => list.filter((entry) => !entry.guard?.onlyNear).map((entry): [string, SourceLanguage, CalqueEntry] => [entry.id, lang, entry]))
  it.each(plain)('%s matches its first literal in a sentence', (_id, lang, entry) => {
    const literal = entry.literals.en![0]!
    const found = idiom(`Officials said on Monday that they would ${literal} then.`, lang)
    expect(found.length, literal).toBe(1)
    expect(found[0]!.split(' → ')[1]).toBe(entry.expected.en![0])
  })

  it('flags inflected forms and skips determiners MT adds', () => {
    expect(idiom('The subsidy is only a drop on the hot stone.', 'de')).toEqual(['drop on the hot stone → a drop in the ocean'])
    expect(idiom('The two burglars were caught in the fresh act.', 'de')).toEqual(['in the fresh act → red-handed'])
    expect(idiom('The operator is turning the price screw again.', 'de')).toEqual(['price screw → raise prices'])
    expect(idiom('The figures are not the yellow of the egg, he added.', 'de')).toEqual(['yellow of the egg → ideal'])
    expect(idiom('The court gave the reason to the consumers.', 'es')).toEqual(['gave the reason to → side with'])
    expect(idiom('In what goes of the year, 300 firms closed.', 'es')).toEqual(['In what goes of the year → So far this year'])
    expect(idiom('The suspects gave themselves to the flight after the robbery.', 'es')).toEqual(['gave themselves to the flight → flee'])
    expect(idiom('The festival made the full of hotels.', 'fr')).toEqual(['made the full of → be full'])
    expect(idiom('The unions are wind standing against the reform.', 'fr')).toEqual(['wind standing against → up in arms against'])
    expect(idiom('They are playing cats with our officers.', 'id')).toEqual(['playing cats with → play cat and mouse with'])
    expect(idiom('The number one person in Jakarta visited the site.', 'id')).toEqual(['The number one person → The head'])
  })

  it('needs the neighbours its guard asks for', () => {
    expect(idiom('After the storm the old town was land under.', 'de')).toEqual(['was land under → was flooded'])
    expect(idiom('The village was land under cultivation after the storm.', 'de')).toEqual([])
    expect(idiom('The summer festival fell into the water this year.', 'de')).toEqual(['fell into the water → be cancelled'])
    expect(idiom('At the festival a boy fell into the water from the pier.', 'de')).toEqual([])
    expect(idiom('In the ranking of the states, Bremen is the tail light.', 'de')).toEqual(['tail light → bottom of the table'])
    expect(idiom('The car had a broken tail light.', 'de')).toEqual([])
    expect(idiom('Five houses were devoured by the red rooster on Sunday night.', 'id')).toEqual(['the red rooster → the fire'])
    expect(idiom('We had dinner at the Red Rooster restaurant.', 'id')).toEqual([])
    expect(idiom('The Paris parquet opened an investigation into the suspect.', 'fr')).toEqual(["parquet → the prosecutor's office"])
    expect(idiom('They laid a new oak parquet in the court building.', 'fr')).toEqual([])
  })

  it('keeps literal readings quiet', () => {
    expect(idiom('The pilot threw the towel into the bin.', 'es')).toEqual([])
    expect(idiom('She threw in the towel after the third round.', 'es')).toEqual([])
    expect(idiom('It will cost an arm and a leg.', 'fr')).toEqual([])
    expect(idiom('It rained on wet ground all night.', 'es')).toEqual([])
    expect(idiom('The paramedic gave mouth to mouth resuscitation, from mouth to mouth.', 'id')).toEqual([])
    expect(idiom('Blood pressure rose sharply.', 'id')).toEqual([])
    expect(idiom('The photographer kept the minister in the viewfinder of his camera.', 'it')).toEqual([])
  })
})

describe('idioms found on attribution batch 5 and held-out set 7', () => {
  it('keep their literal readings quiet', () => {
    expect(idiom('The strike will go until the end of the month.', 'fr')).toEqual([])
    expect(idiom('The union said it would go until the end.', 'fr')).toHaveLength(1)
    expect(idiom('The patient had been walking on their gums, the dentist said.', 'de')).toEqual([])
    expect(idiom('The soldiers were walking in place during the drill.', 'id')).toEqual([])
    expect(idiom('Talks are walking in place, the minister admitted.', 'id')).toHaveLength(1)
  })
})
