/**
 * Fluent English from the clean references of blind attribution batches 89–94 (held out) that an artifact check
 * flagged on the first run, fixed at once.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('batches 89–94 clean-reference English', [
  // The noun `Province` before a stacked office is still the Turkish word order.
  ['title-garble', 'tr', 'Province Health Director Ayşe Kaya said two workers were injured.', 'Province Health Director → provincial director of health']
], [
  ['title-garble', 'tr', 'According to Provincial Health Director Dr. Ayşe Kaya, two of the injured suffered smoke inhalation.']
])
