import {describe, expect, it} from 'vitest'
import {checkSync, type CheckOptions, type Finding} from '../../src/index.js'

/** Findings of one check on `text`. */
export function findingsOf(ruleId: string, text: string, options: CheckOptions = {}): Finding[] {
  return checkSync(text, options).findings.filter((finding) => finding.ruleId === ruleId)
}

/** `actual → expected[0]` of each finding of one check, the way a reviewer reads them. */
export function flagged(ruleId: string, text: string, options: CheckOptions = {}): string[] {
  return findingsOf(ruleId, text, options).map((finding) => `${finding.actual} → ${finding.expected[0] ?? '∅'}`)
}

/** A source language the shape tables name (the check options' type). */
type Source = NonNullable<CheckOptions['sourceLang']>

/** `[ruleId, sourceLang, text, expected]`: the text must raise exactly that one finding of the check. */
export type FlaggedCase = readonly [ruleId: string, sourceLang: Source, text: string, expected: string]
/** `[ruleId, sourceLang, text]`: the text must raise no finding of the check. */
export type PassingCase = readonly [ruleId: string, sourceLang: Source, text: string]

/**
 * The tests of the shapes and entries added after a blind set was read: each flagged text raises exactly its one
 * finding, and each passing text (the English that must stay clean) none.
 */
export function shapeSuite(name: string, flags: readonly FlaggedCase[], passes: readonly PassingCase[]): void {
  describe(name, () => {
    it.each(flags)('%s (%s): flags %j', (ruleId, sourceLang, text, expected) => {
      expect(flagged(ruleId, text, {sourceLang})).toEqual([expected])
    })
    if (passes.length > 0) {
      it.each(passes)('%s (%s): passes %j', (ruleId, sourceLang, text) => {
        expect(flagged(ruleId, text, {sourceLang})).toEqual([])
      })
    }
  })
}
