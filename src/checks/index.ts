/** Every check, in the order they run. */
import type {Check} from '../core/define-check.js'
import {dateFormat} from './date-format.js'
import {epithetCalque} from './epithet-calque.js'
import {literalIdiom} from './literal-idiom.js'
import {mtBoilerplate} from './mt-boilerplate.js'
import {numberFormat} from './number-format.js'
import {titleGarble} from './title-garble.js'
import {untranslated} from './untranslated.js'
import {numberFidelity} from './number-fidelity.js'
import {nameFidelity} from './name-fidelity.js'
import {omission} from './omission.js'
import {addition} from './addition.js'
import {pronounShift} from './pronoun-shift.js'
import {referenceTerm} from './reference-term.js'
import {attributionUnintroduced} from './attribution-unintroduced.js'
import {attributionAmbiguous} from './attribution-ambiguous.js'
import {attributionOrphanQuote} from './attribution-orphan-quote.js'
import {attributionFidelity} from './attribution-fidelity.js'

export {dateFormat, epithetCalque, literalIdiom, mtBoilerplate, numberFormat, titleGarble, untranslated}
export {numberFidelity, nameFidelity, omission, addition, pronounShift, referenceTerm}
export {attributionUnintroduced, attributionAmbiguous, attributionOrphanQuote, attributionFidelity}

export const allChecks: ReadonlyArray<Check<Record<string, unknown>>> = [
  numberFormat,
  dateFormat,
  epithetCalque,
  literalIdiom,
  untranslated,
  titleGarble,
  mtBoilerplate,
  // Reference checks: after mt-boilerplate, whose findings addition leaves alone.
  numberFidelity,
  nameFidelity,
  omission,
  addition,
  pronounShift,
  referenceTerm,
  // Attribution: who said what (src/attribution/).
  attributionUnintroduced,
  attributionAmbiguous,
  attributionOrphanQuote,
  attributionFidelity
] as unknown as ReadonlyArray<Check<Record<string, unknown>>>
