/**
 * sacreBLEU 2.6.0 tokenizers: BLEU's `13a`, `intl`, `char` and `none`, and
 * TER's tercom tokenizer (`normalized`, `noPunct`, `asianSupport`,
 * case folding).
 *
 * Every tokenizer returns the tokens joined by single spaces, like sacreBLEU;
 * the `*Tokens` variants return the token list directly (identical to
 * splitting that string on Python whitespace).
 */
import type {BleuTokenizer} from './types.js'
import {pyNormalizeSpaces, pySplit} from './whitespace.js'

// mteval-v13a punctuation class: `{|}~`, `[\]^_` + backtick, space to `&`,
// `()*+`, `:;<=>?@` and `/` (Python: [\{-\~\[-\` -\&\(-\+\:-\@\/]).
const PUNCT_13A = /([{-~[-` -&(-+:-@/])/gu
const PERIOD_COMMA_UNLESS_PRECEDED_BY_DIGIT = /([^0-9])([.,])/gu
const PERIOD_COMMA_UNLESS_FOLLOWED_BY_DIGIT = /([.,])([^0-9])/gu
const DASH_AFTER_DIGIT = /([0-9])(-)/gu

// PUNCT_13A without the space. Spaces around a space change no token, and no
// later rule reads a space as a digit, a period, a comma or a dash: the tokens
// are the same, from a string a third as long.
const PUNCT_13A_NO_SPACE = /([{-~[-`!-&(-+:-@/])/gu

/** mteval-v13a rules 4–7, on a line already wrapped in spaces; only the tokens are kept, so the spaces may differ. */
function western(line: string): string {
  let out = line.replace(PUNCT_13A_NO_SPACE, ' $1 ')
  // A rule whose characters the line lacks cannot match.
  if (out.includes('.') || out.includes(',')) {
    out = out.replace(PERIOD_COMMA_UNLESS_PRECEDED_BY_DIGIT, '$1 $2 ').replace(PERIOD_COMMA_UNLESS_FOLLOWED_BY_DIGIT, ' $1 $2')
  }
  return out.includes('-') ? out.replace(DASH_AFTER_DIGIT, '$1 $2 ') : out
}

function preprocess13a(line: string): string {
  let out = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ')
  if (out.includes('&')) {
    out = out.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>')
  }
  // Wrapped in spaces like sacreBLEU: the rules look at both neighbours.
  return western(' ' + out + ' ')
}

/** The `13a` tokenizer (mteval-v13a.pl, sacreBLEU's default). */
export function tokenize13a(line: string): string {
  return pyNormalizeSpaces(preprocess13a(line))
}

const INTL_1 = /(\P{N})(\p{P})/gu
const INTL_2 = /(\p{P})(\P{N})/gu
const INTL_3 = /(\p{S})/gu

function preprocessIntl(line: string): string {
  return line.replace(INTL_1, '$1 $2 ').replace(INTL_2, ' $1 $2').replace(INTL_3, ' $1 ')
}

/** The `intl` tokenizer (mteval-v14 `--international-tokenization`). */
export function tokenizeIntl(line: string): string {
  return pyNormalizeSpaces(preprocessIntl(line))
}

/** The `char` tokenizer: every non-whitespace code point is a token. */
export function tokenizeChar(line: string): string {
  return charTokens(line).join(' ')
}

function charTokens(line: string): string[] {
  // `' '.join(code points)` then a Python-whitespace split: whitespace code
  // points disappear; everything else is its own token.
  return pySplit(Array.from(line).join(' '))
}

/** The `none` tokenizer: the line as is (BLEU still splits it on whitespace). */
export function tokenizeNone(line: string): string {
  return line
}

/** Tokenizes a BLEU line (already lowercased and right-stripped) into tokens. */
export function bleuTokens(tokenizer: BleuTokenizer, line: string): string[] {
  switch (tokenizer) {
    case '13a':
      return pySplit(preprocess13a(line))
    case 'intl':
      return pySplit(preprocessIntl(line))
    case 'char':
      return charTokens(line)
    case 'none':
      return pySplit(line)
  }
}

/** Applies a BLEU tokenizer by name and returns the space-joined tokens, like sacreBLEU's tokenizer objects. */
export function tokenizeBleu(tokenizer: BleuTokenizer, line: string): string {
  return tokenizer === 'none' ? line : bleuTokens(tokenizer, line).join(' ')
}

// ---------------------------------------------------------------------------
// tercom tokenizer (sacreBLEU `TercomTokenizer`)

export interface TerTokenizerOptions {
  normalized?: boolean
  noPunct?: boolean
  asianSupport?: boolean
  caseSensitive?: boolean
}

const TER_POSSESSIVE = /'s /gu
const TER_POSSESSIVE_END = /'s$/u

function normalizeGeneralAndWestern(sent: string): string {
  // Note the order `\n-` (tercom), the reverse of 13a's `-\n`.
  let out = sent.replaceAll('\n-', '').replaceAll('\n', ' ')
  out = out.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>')
  out = (' ' + out + ' ').replace(PUNCT_13A, ' $1 ')
  out = out.replace(TER_POSSESSIVE, " 's ").replace(TER_POSSESSIVE_END, " 's")
  return out
    .replace(PERIOD_COMMA_UNLESS_PRECEDED_BY_DIGIT, '$1 $2 ')
    .replace(PERIOD_COMMA_UNLESS_FOLLOWED_BY_DIGIT, ' $1 $2')
    .replace(DASH_AFTER_DIGIT, '$1 $2 ')
}

// CJK Unified Ideographs (4E00–9FFF) and Extension A (3400–4DBF).
const CJK_IDEOGRAPHS = /([\u4e00-\u9fff\u3400-\u4dbf])/gu
// CJK Strokes (31C0–31EF) and CJK Radicals Supplement (2E80–2EFF).
const CJK_STROKES_RADICALS = /([\u31c0-\u31ef\u2e80-\u2eff])/gu
// CJK Compatibility (3300–33FF), Compatibility Ideographs (F900–FAFF), Compatibility Forms (FE30–FE4F).
const CJK_COMPATIBILITY = /([\u3300-\u33ff\uf900-\ufaff\ufe30-\ufe4f])/gu
// Enclosed CJK Letters and Months and beyond (sacreBLEU uses 3200–3F22).
const CJK_ENCLOSED = /([\u3200-\u3f22])/gu
// Hiragana, Katakana, Katakana Phonetic Extensions. As in sacreBLEU, `^`
// inside the alternations only matches at the start of the string.
const HIRAGANA = /(^|^[\u3040-\u309f])([\u3040-\u309f]+)(?=$|^[\u3040-\u309f])/gu
const KATAKANA = /(^|^[\u30a0-\u30ff])([\u30a0-\u30ff]+)(?=$|^[\u30a0-\u30ff])/gu
const KATAKANA_EXT = /(^|^[\u31f0-\u31ff])([\u31f0-\u31ff]+)(?=$|^[\u31f0-\u31ff])/gu
const ASIAN_PUNCT = /([\u3001\u3002\u3008-\u3011\u3014-\u301f\uff61-\uff65\u30fb])/gu
const FULL_WIDTH_PUNCT = /([\uff0e\uff0c\uff1f\uff1a\uff1b\uff01\uff02\uff08\uff09])/gu
const TER_PUNCT = /[.,?:;!"()]/gu

function normalizeAsian(sent: string): string {
  return sent
    .replace(CJK_IDEOGRAPHS, ' $1 ')
    .replace(CJK_STROKES_RADICALS, ' $1 ')
    .replace(CJK_COMPATIBILITY, ' $1 ')
    .replace(CJK_ENCLOSED, ' $1 ')
    .replace(HIRAGANA, '$1 $2 ')
    .replace(KATAKANA, '$1 $2 ')
    .replace(KATAKANA_EXT, '$1 $2 ')
    .replace(ASIAN_PUNCT, ' $1 ')
    .replace(FULL_WIDTH_PUNCT, ' $1 ')
}

/** sacreBLEU's tercom tokenizer. TER applies it to the right-stripped segment. */
export function tokenizeTer(sent: string, options: TerTokenizerOptions = {}): string {
  if (sent === '') return ''
  let out = options.caseSensitive === true ? sent : sent.toLowerCase()
  if (options.normalized === true) {
    out = normalizeGeneralAndWestern(out)
    if (options.asianSupport === true) out = normalizeAsian(out)
  }
  if (options.noPunct === true) {
    out = out.replace(TER_PUNCT, '')
    if (options.asianSupport === true) out = out.replace(ASIAN_PUNCT, '').replace(FULL_WIDTH_PUNCT, '')
  }
  return pyNormalizeSpaces(out)
}
