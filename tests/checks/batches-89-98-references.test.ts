/**
 * Fluent English from the clean references of blind attribution batches 89–98 (held out) that an artifact check
 * flagged on the first run, fixed at once.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('batches 89–98 clean-reference English', [
  // The noun `Province` before a stacked office is still the Turkish word order.
  ['title-garble', 'tr', 'Province Health Director Ayşe Kaya said two workers were injured.', 'Province Health Director → provincial director of health']
], [
  ['title-garble', 'tr', 'According to Provincial Health Director Dr. Ayşe Kaya, two of the injured suffered smoke inhalation.'],
  // Batch 97's clean references (299, 298): fluent English that a lexicon literal and a title shape took for calques.
  ['literal-idiom', 'ja', '"The company decided alone. This is very regrettable," the mayor said.'],
  ['title-garble', 'it', 'Roberto Sala, its general director, assured that no midwife will lose her job.']
])
