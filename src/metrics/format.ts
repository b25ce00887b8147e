/**
 * Number and score-line formatting exactly like Python's `f"{x:.{n}f}"`:
 * the exact binary value of the double is rounded to `n` decimals, and exact
 * ties go to the even digit. JavaScript's `toFixed` rounds exact ties up
 * (`(6.25).toFixed(1)` is `"6.3"`, Python gives `"6.2"`), so it is not used.
 */
import type {BleuResult, ChrfResult, TerResult} from './types.js'

const scratch = new DataView(new ArrayBuffer(8))

/**
 * Formats `value` with `decimals` digits after the point, rounding half to
 * even on the exact binary value (Python `format(value, '.<decimals>f')`).
 */
export function formatScore(value: number, decimals: number): string {
  if (typeof value !== 'number') {
    throw new TypeError(`Expected \`value\` of formatScore() to be a number, got ${value === null ? 'null' : typeof value}`)
  }
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw new TypeError(`Expected \`decimals\` of formatScore() to be an integer from 0 to 100, got ${String(decimals)}`)
  }
  if (Number.isNaN(value)) return 'nan'
  if (value === Infinity) return 'inf'
  if (value === -Infinity) return '-inf'

  scratch.setFloat64(0, value)
  const high = scratch.getUint32(0)
  const low = scratch.getUint32(4)
  const negative = high >>> 31 === 1
  const exponentBits = (high >>> 20) & 0x7ff
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low)
  let exponent: number
  if (exponentBits === 0) {
    exponent = -1074
  } else {
    mantissa |= 1n << 52n
    exponent = exponentBits - 1075
  }

  // value = mantissa * 2^exponent; scaled = value * 10^decimals, rounded half-even.
  const power = 10n ** BigInt(decimals)
  let digits: bigint
  if (exponent >= 0) {
    digits = (mantissa << BigInt(exponent)) * power
  } else {
    const numerator = mantissa * power
    const shift = BigInt(-exponent)
    const denominator = 1n << shift
    const quotient = numerator >> shift
    const twiceRemainder = (numerator - (quotient << shift)) << 1n
    if (twiceRemainder > denominator || (twiceRemainder === denominator && (quotient & 1n) === 1n)) digits = quotient + 1n
    else digits = quotient
  }

  let text = digits.toString()
  if (decimals > 0) {
    if (text.length <= decimals) text = '0'.repeat(decimals - text.length + 1) + text
    text = text.slice(0, text.length - decimals) + '.' + text.slice(text.length - decimals)
  }
  return (negative ? '-' : '') + text
}

function checkWidth(fn: string, width: number): void {
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 0 || width > 100) {
    throw new TypeError(`Expected \`width\` of ${fn}() to be an integer from 0 to 100, got ${String(width)}`)
  }
}

/**
 * sacreBLEU's full BLEU line, e.g.
 * `BLEU|nrefs:1|…|version:2.6.0 = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)`.
 */
export function formatBleu(result: BleuResult, width = 2): string {
  checkWidth('formatBleu', width)
  const precisions = result.precisions.map((precision) => formatScore(precision, 1)).join('/')
  return (
    `${result.name}|${result.signature} = ${formatScore(result.score, width)} ${precisions} ` +
    `(BP = ${formatScore(result.bp, 3)} ratio = ${formatScore(result.ratio, 3)} hyp_len = ${result.sysLen} ref_len = ${result.refLen})`
  )
}

/** sacreBLEU's chrF line, e.g. `chrF2|nrefs:1|…|version:2.6.0 = 80.54`. */
export function formatChrf(result: ChrfResult, width = 2): string {
  checkWidth('formatChrf', width)
  return `${result.name}|${result.signature} = ${formatScore(result.score, width)}`
}

/** sacreBLEU's TER line, e.g. `TER|nrefs:1|…|version:2.6.0 = 13.60`. */
export function formatTer(result: TerResult, width = 2): string {
  checkWidth('formatTer', width)
  return `${result.name}|${result.signature} = ${formatScore(result.score, width)}`
}
