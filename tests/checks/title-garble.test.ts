import {describe, expect, it} from 'vitest'
import {flagged} from './helpers.js'

describe('title-garble', () => {
  it.each([
    ['MP Park Sun-won of the Democratic Party\'s main opposition told reporters.', {}, ["the Democratic Party's main opposition → the main opposition Democratic Party"]],
    ['Mr. President Joko Widodo opened the plant.', {}, ['Mr. President → President']],
    ['Head of State Prabowo Subianto arrived.', {}, ['Head of State → President']],
    ['Minister of Foreign Affairs Retno Marsudi said so.', {sourceLang: 'id'}, ['Minister of Foreign Affairs → Foreign Minister']]
  ] as const)('flags %j', (text, options, expected) => {
    expect(flagged('title-garble', text, options)).toEqual(expected)
  })

  it.each([
    'Park Sun-won, a lawmaker of the main opposition Democratic Party, told reporters.',
    'President Joko Widodo opened the plant, and Mr. Widodo then left.',
    'The head of state arrived late.',
    'The Minister of Foreign Affairs said so.'
  ])('accepts %j', (text) => {
    expect(flagged('title-garble', text)).toEqual([])
  })
})

describe('title-garble: calqued official titles', () => {
  it.each([
    ['Federal Chancellor Olaf Scholz spoke.', 'Federal Chancellor → Chancellor'],
    ['The President of the Government Pedro Sánchez spoke.', 'The President of the Government → Prime Minister'],
    ['President of the Republic Emmanuel Macron spoke.', 'President of the Republic → President']
  ])('flags %j', (text, expected) => {
    expect(flagged('title-garble', text)).toEqual([expected])
  })
  it('accepts the titles without a name after them', () => {
    expect(flagged('title-garble', 'He met the federal chancellor and the President of the Republic.')).toEqual([])
  })
})
