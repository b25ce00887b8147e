/**
 * translation-qa: quality checks for machine-translated news.
 * This module only re-exports.
 */
export {check, checkSync, toFinding} from './core/check.js'
export {defineCheck, type Check, type CheckMeta, type CheckPluginOptions, type Problem, type RuleArguments} from './core/define-check.js'
export {TranslationQaError, type ErrorCode} from './core/errors.js'
export type {QaContext} from './core/context.js'
export {allChecks, dateFormat, epithetCalque, literalIdiom, mtBoilerplate, numberFormat, titleGarble, untranslated} from './checks/index.js'
export {numberFidelity, nameFidelity, omission, addition, pronounShift, referenceTerm} from './checks/index.js'
export {attributionUnintroduced, attributionAmbiguous, attributionOrphanQuote, attributionFidelity} from './checks/index.js'
export {analyzeAttributions, compareAttributions, type AttributionExtraction, type AttributionComparison, type FidelityError, type FidelityLabel} from './attribution/index.js'
export type {ReferenceTermOptions} from './checks/reference-term.js'
export {qualityScore, defaultWeights, defaultThreshold} from './score/quality.js'
export {renderText, type TextOptions} from './report/text.js'
export {renderHtml, type HtmlOptions} from './report/html.js'
export {renderSarif, toSarif, type SarifOptions, type SarifLog} from './report/sarif.js'
export {renderCheckstyle, type CheckstyleOptions, type CheckstyleFile} from './report/checkstyle.js'
export {applyFixes, isSafeFix, type FixResult} from './fix/apply.js'
export {version} from './version.js'
export type * from './types.js'
