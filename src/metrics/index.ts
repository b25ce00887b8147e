/**
 * `translation-qa/metrics`: BLEU, chrF, chrF++ and TER reproducing
 * sacreBLEU 2.6.0 (Matt Post et al., Apache-2.0; TER part © 2020 Memsource,
 * Apache-2.0), in dependency-free TypeScript.
 */
export {bleu, sentenceBleu, computeBleu} from './bleu.js'
export {chrf, sentenceChrf} from './chrf.js'
export {ter, sentenceTer} from './ter.js'
export {formatScore, formatBleu, formatChrf, formatTer} from './format.js'
export {SACREBLEU_VERSION} from './signature.js'
export {tokenize13a, tokenizeIntl, tokenizeChar, tokenizeNone, tokenizeBleu, tokenizeTer} from './tokenizers.js'
export type {TerTokenizerOptions} from './tokenizers.js'
export {pySplit, pyRstrip, isPyWhitespace} from './whitespace.js'
export type {
  BleuOptions,
  BleuResult,
  BleuScoreParts,
  BleuTokenizer,
  ChrfOptions,
  ChrfResult,
  ComputeBleuOptions,
  ReferenceStreams,
  SmoothMethod,
  TerOptions,
  TerResult
} from './types.js'
