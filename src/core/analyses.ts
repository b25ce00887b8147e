/**
 * Analyses that add sections to a report after the checks ran (reference
 * alignment and metrics, attribution). Each reads the shared context and
 * writes its own part of the report.
 */
import type {CheckOptions, Report} from '../types.js'
import type {QaContext} from './context.js'
import {compareAnalysis} from '../compare/analysis.js'
import {attributionAnalysis} from '../attribution/analysis.js'

export type Analysis = (report: Report, context: QaContext, options: CheckOptions) => void

export const analyses: readonly Analysis[] = [compareAnalysis, attributionAnalysis]
