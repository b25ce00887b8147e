/** Codes of the errors translation-qa throws for bad input or options. */
export type ErrorCode = 'invalid-input' | 'unknown-language' | 'invalid-option'

/**
 * An error caused by the caller's input or options, with a message that says
 * what is wrong, where, and how to fix it. Anything else thrown is a bug.
 */
export class TranslationQaError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'TranslationQaError'
    this.code = code
  }
}
