/**
 * Language packs: which parser reads a target language, and which languages
 * the checks know as sources.
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import retextLatin from 'retext-latin'
import {unified, type Plugin, type Processor} from 'unified'
import {TranslationQaError} from '../core/errors.js'
import {segmenterParser} from '../text/segmenter-parser.js'
import {modelFromTree, type TextModel} from '../text/model.js'
import type {SourceLanguage, TargetLanguage} from '../types.js'

export const targetLanguages: readonly TargetLanguage[] = ['en', 'fr', 'zh', 'ja', 'ar']
export const sourceLanguages: readonly SourceLanguage[] = ['id', 'ms', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'tr', 'vi', 'ru', 'pl', 'zh', 'ja', 'ar']

/** franc's ISO 639-3 code of each language translation-qa knows (the same table as `untranslated`'s). */
export const francCodes: Readonly<Record<SourceLanguage | TargetLanguage, string>> = {
  id: 'ind', ms: 'zlm', de: 'deu', fr: 'fra', es: 'spa', pt: 'por', it: 'ita', nl: 'nld', tr: 'tur', vi: 'vie',
  ru: 'rus', pl: 'pol', zh: 'cmn', ja: 'jpn', ar: 'arb', en: 'eng'
}

/** The languages `Report.language.detected` is chosen from: the source and target languages, as franc names them. */
export const detectableLanguages: readonly string[] = [...new Set([...targetLanguages, ...sourceLanguages].map((code) => francCodes[code]))]

/** The parser plugin of a target language. */
export function parserPlugin(target: TargetLanguage): Plugin<[], string, Root> {
  if (target === 'en') return retextEnglish as unknown as Plugin<[], string, Root>
  if (target === 'fr') return retextLatin as unknown as Plugin<[], string, Root>
  return segmenterParser(target)
}

const processors = new Map<TargetLanguage, Processor<Root>>()

/** A frozen processor that only parses `target` text. */
export function parserFor(target: TargetLanguage): Processor<Root> {
  let processor = processors.get(target)
  if (!processor) {
    processor = unified().use(parserPlugin(target)).freeze() as unknown as Processor<Root>
    processors.set(target, processor)
  }
  return processor
}

/** Parse `text` written in `target` and build its text model. */
export function modelText(text: string, target: TargetLanguage): TextModel {
  return modelFromTree(parserFor(target).parse(text), text)
}

/**
 * Read a BCP 47 tag and return its primary language subtag if it is one of
 * `allowed`. `what` names the option in error messages.
 */
export function resolveLanguage<T extends string>(tag: unknown, allowed: readonly T[], what: string): T {
  // Every check call resolves its languages; `Intl.getCanonicalLocales` is the costly part, so answers are kept.
  let known = resolved.get(allowed) as Map<string, T> | undefined
  const hit = typeof tag === 'string' ? known?.get(tag) : undefined
  if (hit !== undefined) return hit
  const code = resolveUncached(tag, allowed, what)
  if (!known) {
    known = new Map()
    resolved.set(allowed, known)
  }
  if (known.size < 1000) known.set(tag as string, code)
  return code
}

/** Resolved tags per list of allowed languages. */
const resolved = new WeakMap<readonly string[], Map<string, string>>()

function resolveUncached<T extends string>(tag: unknown, allowed: readonly T[], what: string): T {
  if (typeof tag !== 'string' || tag.trim() === '') {
    throw new TranslationQaError('unknown-language', `Expected \`${what}\` to be a BCP 47 language tag such as \`${allowed[0]}\`, got ${JSON.stringify(tag)}`)
  }
  let canonical: string
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0] ?? ''
  } catch {
    throw new TranslationQaError('unknown-language', `Unexpected \`${what}\` \`${tag}\`: not a valid BCP 47 language tag; use one of ${allowed.join(', ')}`)
  }
  const primary = canonical.split('-')[0]!.toLowerCase()
  const alias: Record<string, string> = {in: 'id', iw: 'he', zsm: 'ms'}
  const code = (alias[primary] ?? primary) as T
  if (!allowed.includes(code)) {
    throw new TranslationQaError('unknown-language', `Unexpected \`${what}\` \`${tag}\`: not supported; use one of ${allowed.join(', ')}`)
  }
  return code
}
