/**
 * translation-qa: quality checks for machine-translated news.
 * This module only re-exports.
 */
export {check, checkSync, toFinding} from './core/check.js'
export {defineCheck, type Check, type CheckMeta, type CheckPluginOptions, type Problem, type RuleArguments} from './core/define-check.js'
export {TranslationQaError, type ErrorCode} from './core/errors.js'
export type {QaContext} from './core/context.js'
export {allChecks, dateFormat, epithetCalque, literalIdiom, mtBoilerplate, numberFormat, titleGarble, untranslated} from './checks/index.js'
export {qualityScore, defaultWeights, defaultThreshold} from './score/quality.js'
export {renderText, type TextOptions} from './report/text.js'
export {version} from './version.js'
export type * from './types.js'
