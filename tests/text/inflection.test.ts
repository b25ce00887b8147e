import {describe, expect, it} from 'vitest'
import {foldInflection} from '../../src/text/inflection.js'
import {flagged} from '../checks/helpers.js'

describe('foldInflection', () => {
  it.each([
    [['throw', 'throws', 'threw', 'thrown', 'throwing']],
    [['take', 'takes', 'took', 'taken', 'taking']],
    [['pull', 'pulls', 'pulled', 'pulling']],
    [['pose', 'poses', 'posed', 'posing']],
    [['country', 'countries']],
    [['tie', 'ties', 'tied', 'tying']],
    [['is', 'was', 'are', 'were', 'be', 'been']],
    [['run', 'runs', 'ran', 'running']],
    [['have', 'has', 'had', 'having']],
    [['come', 'comes', 'came', 'coming']]
  ])('folds %j to one key', (forms) => {
    expect(new Set(forms.map(foldInflection)).size).toBe(1)
  })
  it('keeps different words apart', () => {
    expect(foldInflection('business')).not.toBe(foldInflection('busy'))
    expect(foldInflection('sam\'s')).toBe('sam\'s')
    expect(foldInflection('bus')).toBe('bus')
  })
})

describe('inflection-tolerant lexicon matching', () => {
  const lexicon = [{check: 'literal-idiom' as const, id: 'test-shotgun', phrases: ['throw the teapot over the moon'], expected: ['give up'], meaning: 'give up'}]
  it('matches a literal in another tense', () => {
    expect(flagged('literal-idiom', 'The coach threw the teapot over the moon.', {lexicon})).toEqual(['threw the teapot over the moon → give up'])
    expect(flagged('literal-idiom', 'Nobody is throwing the teapots over the moon.', {lexicon})).toEqual(['throwing the teapots over the moon → give up'])
  })
  it('still needs every word of the phrase', () => {
    expect(flagged('literal-idiom', 'The coach threw the ball over the moon.', {lexicon})).toEqual([])
  })
})

describe('determiners inside a lexicon match', () => {
  const lexicon = [{check: 'literal-idiom' as const, id: 'test-elbows', phrases: ['lick elbows'], expected: ['come away empty-handed'], meaning: 'come away empty-handed'}]
  it('skips a determiner the phrase does not have', () => {
    expect(flagged('literal-idiom', 'In the end the farmers licked their elbows.', {lexicon})).toEqual(['licked their elbows → come away empty-handed'])
  })
  it('never starts or ends a match on a skipped determiner', () => {
    expect(flagged('literal-idiom', 'They lick the.', {lexicon})).toEqual([])
  })
})
