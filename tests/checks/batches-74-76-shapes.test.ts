/**
 * Shapes and entries added after reading the artifacts of attribution batches 74–76 (cases 228–236), with the
 * English that must still pass.
 */
import {describe, expect, it} from 'vitest'
import {findingsOf} from './helpers.js'
import {shapeSuite} from './helpers.js'

shapeSuite('batches 74–76 artifact shapes', [
  ['number-format', 'ja', 'The petition collected more than 9千 signatures.', '9千 → 9,000'],
  ['number-format', 'vi', 'The landslide swept away 3,5 ha of rice fields.', '3,5 → 3.5'],
  ['date-format', 'ja', 'The line will close on 14 days, the company said.', 'on 14 days → on the 14th'],
  ['date-format', 'es', 'The vote is at 19 hours in the town hall.', 'at 19 hours → at 7 p.m.'],
  ['date-format', 'tr', 'The fishermen protested on the date of 3 April.', 'on the date of 3 April → on April 3'],
  ['literal-idiom', 'ru', 'The officials put sticks in the wheels of the reform.', 'sticks in the wheels of → spokes in the wheel'],
  ['literal-idiom', 'tr', 'They put a stick in our wheel again.', 'stick in our wheel → spokes in the wheel'],
  ['literal-idiom', 'ru', '"The compensation we will see like our own ears," she said.', 'see like our own ears → will never see'],
  ['literal-idiom', 'es', 'At the end of the accounts, the plant is needed.', 'At the end of the accounts → At the end of the day'],
  ['literal-idiom', 'it', '"They want us to make a good face to a bad game," he said.', 'make a good face to a bad game → put a brave face on it'],
  ['literal-idiom', 'it', 'An ambulance will be active 24 hours on 24.', '24 hours on 24 → round the clock'],
  ['literal-idiom', 'it', 'If it is not soup it is wet bread, residents say.', 'If it is not soup it is wet bread → It\'s six of one and half a dozen of the other'],
  ['literal-idiom', 'ar', 'The network has exceeded its virtual age.', 'virtual age → expected lifespan'],
  ['literal-idiom', 'ar', 'The ministry had one ear of clay and the other of dough.', 'one ear of clay and the other of dough → turned a deaf ear'],
  ['literal-idiom', 'pt', 'The ministers never put the feet in this hospital.', 'never put the feet → never set foot'],
  ['literal-idiom', 'pt', 'The decision was not taken of light heart.', 'of light heart → lightly'],
  ['literal-idiom', 'pt', 'The residents will go until the end.', 'go until the end → see it through'],
  ['literal-idiom', 'nl', 'The alderman called it a step in the good direction.', 'a step in the good direction → a step in the right direction'],
  ['literal-idiom', 'ja', 'The town has become an isolated island on the land.', 'isolated island on the land → cut off from the world'],
  ['title-garble', 'pt', 'The director clinical of the hospital spoke.', 'The director clinical → the clinical director'],
  ['title-garble', 'pt', 'The administration council approved the closure.', 'administration council → board of directors'],
  ['title-garble', 'it', 'The assessor Ghirardi replied in the chamber.', 'The assessor → Councillor'],
  ['untranslated', 'it', 'The director general of the Asl confirmed it.', 'Asl → ∅'],
  ['untranslated', 'it', 'The mayor presented an appeal to the Tar.', 'Tar → regional administrative court'],
  ['untranslated', 'ar', 'The members of the municipal Majlis met.', 'Majlis → council'],
  ['untranslated', 'nl', 'The milieueffectrapportage is due in May.', 'milieueffectrapportage → environmental impact assessment']
], [
  ['date-format', 'es', 'The lab ran the test at 19 hours per week.'],
  ['date-format', 'ja', 'The results come in 14 days.'],
  ['date-format', 'ja', 'The fee applies on 20 days this year.'],
  ['literal-idiom', 'pt', 'After the shift they never put their feet up.'],
  ['literal-idiom', 'ar', 'Players of the game choose a virtual age for their avatars.'],
  ['literal-idiom', 'es', 'The team went with a light heart into the final.'],
  ['title-garble', 'es', 'The director general resigned.'],
  ['untranslated', 'it', 'The tar sands of Alberta are vast.']
])

describe('calques shared by several source languages', () => {
  it('reports a shared entry under the entry’s own id, naming both languages', () => {
    const [finding] = findingsOf('literal-idiom', 'The officials put sticks in the wheels of the reform.', {sourceLang: 'ru'})
    expect(finding?.message).toContain('which Russian says the same way')
  })

  it('a language not listed does not get the entry', () => {
    expect(findingsOf('literal-idiom', 'The officials put sticks in the wheels of the reform.', {sourceLang: 'ja'})).toEqual([])
  })
})
