/** Attribution fidelity: who said what, and how. */
export {analyzeAttributions, type AttributionExtraction} from './analyze.js'
export {compareAttributions, resolvabilityShare, type AttributionComparison, type FidelityError, type FidelityLabel} from './compare.js'
export {attributionAnalysis} from './analysis.js'
export {attributionLexicon, type AttributionLexicon, type AttributionLexiconData} from './lexicon.js'
