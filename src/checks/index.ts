/** Every check, in the order they run. */
import type {Check} from '../core/define-check.js'
import {dateFormat} from './date-format.js'
import {epithetCalque} from './epithet-calque.js'
import {literalIdiom} from './literal-idiom.js'
import {mtBoilerplate} from './mt-boilerplate.js'
import {numberFormat} from './number-format.js'
import {titleGarble} from './title-garble.js'
import {untranslated} from './untranslated.js'

export {dateFormat, epithetCalque, literalIdiom, mtBoilerplate, numberFormat, titleGarble, untranslated}

export const allChecks: ReadonlyArray<Check<Record<string, unknown>>> = [
  numberFormat,
  dateFormat,
  epithetCalque,
  literalIdiom,
  untranslated,
  titleGarble,
  mtBoilerplate
] as unknown as ReadonlyArray<Check<Record<string, unknown>>>
