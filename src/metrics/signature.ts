/**
 * sacreBLEU signatures: `key:value` pairs joined with `|`, `nrefs` first, the
 * metric's keys, then `version` last. The version printed is sacreBLEU's
 * (2.6.0), whose results these implementations reproduce, so signatures stay
 * comparable with sacreBLEU's own output.
 */
import {formatScore} from './format.js'
import type {SmoothMethod} from './types.js'

/** The sacreBLEU version whose results and signatures are reproduced. */
export const SACREBLEU_VERSION = '2.6.0'

const yesNo = (value: boolean): string => (value ? 'yes' : 'no')

function join(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([key, value]) => `${key}:${value}`).join('|')
}

export function bleuSignature(nrefs: string, lowercase: boolean, effectiveOrder: boolean, tokenize: string, smoothMethod: SmoothMethod, smoothValue: number): string {
  const smooth = smoothMethod === 'floor' || smoothMethod === 'add-k' ? `${smoothMethod}[${formatScore(smoothValue, 2)}]` : smoothMethod
  return join([
    ['nrefs', nrefs],
    ['case', lowercase ? 'lc' : 'mixed'],
    ['eff', yesNo(effectiveOrder)],
    ['tok', tokenize],
    ['smooth', smooth],
    ['version', SACREBLEU_VERSION]
  ])
}

export function chrfSignature(nrefs: string, lowercase: boolean, epsSmoothing: boolean, charOrder: number, wordOrder: number, whitespace: boolean): string {
  return join([
    ['nrefs', nrefs],
    ['case', lowercase ? 'lc' : 'mixed'],
    ['eff', yesNo(!epsSmoothing)],
    ['nc', String(charOrder)],
    ['nw', String(wordOrder)],
    ['space', yesNo(whitespace)],
    ['version', SACREBLEU_VERSION]
  ])
}

export function terSignature(nrefs: string, caseSensitive: boolean, normalized: boolean, noPunct: boolean, asianSupport: boolean): string {
  return join([
    ['nrefs', nrefs],
    ['case', caseSensitive ? 'mixed' : 'lc'],
    ['tok', 'tercom'],
    ['norm', yesNo(normalized)],
    ['punct', yesNo(!noPunct)],
    ['asian', yesNo(asianSupport)],
    ['version', SACREBLEU_VERSION]
  ])
}
