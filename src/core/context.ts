/**
 * The context of one checked text: computed once per file, stored on
 * `file.data.translationQa`, and read by every check. Checks used alone as
 * retext plugins build it on first use from the tree they are given.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {resolveLanguage, sourceLanguages, targetLanguages, modelText} from '../languages/index.js'
import {numberConventions, type NumberConventions} from '../locales/conventions.js'
import {modelFromTree, type TextModel} from '../text/model.js'
import type {CustomLexiconEntry, GlossaryEntry, SourceLanguage, TargetLanguage} from '../types.js'

/** A point in a text: 1-indexed line and column, 0-indexed offset. */
export interface TextPoint {
  line: number
  column: number
  offset: number
}

/** The reference text and its model. */
export interface ReferenceText {
  text: string
  model: TextModel
}

/** Everything checks read about the text they check. */
export interface QaContext {
  model: TextModel
  sourceLang: SourceLanguage | null
  targetLang: TargetLanguage
  /** Number conventions of the source locale, when it is known. */
  sourceNumbers: NumberConventions | null
  /** Number conventions of the target locale. */
  targetNumbers: NumberConventions
  reference: ReferenceText | null
  /** The source-language text, when given. */
  source: string | null
  lexicon: readonly CustomLexiconEntry[]
  /** House-style glossary (`CheckOptions.glossary`). */
  glossary: readonly GlossaryEntry[]
  toPoint: (offset: number) => TextPoint
  /** Values derived lazily and shared between checks (alignment, attributions); see `derived`. */
  cache: Map<string, unknown>
}

declare module 'vfile' {
  interface DataMap {
    translationQa: QaContext
  }
}

/** Settings a check may be given when used alone as a plugin. */
export interface ContextSettings {
  sourceLang?: string | null | undefined
  targetLang?: string | null | undefined
  reference?: string | null | undefined
  source?: string | null | undefined
  lexicon?: readonly CustomLexiconEntry[] | null | undefined
  glossary?: readonly GlossaryEntry[] | null | undefined
}

/** Build a context for `text` whose tree is `tree`. */
export function createContext(tree: Root, text: string, settings: ContextSettings): QaContext {
  const sourceLang = settings.sourceLang ? resolveLanguage(settings.sourceLang, sourceLanguages, 'sourceLang') : null
  const targetLang = settings.targetLang ? resolveLanguage(settings.targetLang, targetLanguages, 'targetLang') : 'en'
  const place = location(text)
  const reference = typeof settings.reference === 'string' ? {text: settings.reference, model: modelText(settings.reference, targetLang)} : null
  return {
    model: modelFromTree(tree, text),
    sourceLang,
    targetLang,
    sourceNumbers: sourceLang ? numberConventions(sourceLang) : null,
    targetNumbers: numberConventions(targetLang),
    reference,
    source: typeof settings.source === 'string' ? settings.source : null,
    lexicon: settings.lexicon ?? [],
    glossary: settings.glossary ?? [],
    toPoint(offset) {
      const point = place.toPoint(offset)
      /* c8 ignore next -- offsets come from the text itself */
      return point ? {line: point.line, column: point.column, offset} : {line: 1, column: 1, offset}
    },
    cache: new Map()
  }
}

/** The context of `file`, built from `tree` and `settings` if no earlier check built it. */
export function contextOf(tree: Root, file: VFile, settings: ContextSettings): QaContext {
  let context = file.data.translationQa
  if (!context) {
    context = createContext(tree, String(file.value ?? ''), settings)
    file.data.translationQa = context
  }
  return context
}

/** A value derived from the context once and shared by every check that asks for it. */
export function derived<T>(context: QaContext, key: string, compute: () => T): T {
  if (context.cache.has(key)) return context.cache.get(key) as T
  const value = compute()
  context.cache.set(key, value)
  return value
}
