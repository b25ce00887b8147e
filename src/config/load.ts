/**
 * Finding and reading `translation-qa.config.json` (node only: the CLI and
 * scripts use it; the library entry does not import it).
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {TranslationQaError} from '../core/errors.js'
import {parseGlossary} from './glossary.js'
import {defaultConfig, type QaConfig} from './types.js'
import {validateConfig} from './validate.js'

export const configName = 'translation-qa.config.json'

/** The nearest `translation-qa.config.json` in `cwd` or a directory above it, or `null`. */
export function findConfig(cwd: string): string | null {
  let directory = path.resolve(cwd)
  for (;;) {
    const candidate = path.join(directory, configName)
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
    const parent = path.dirname(directory)
    if (parent === directory) return null
    directory = parent
  }
}

function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative && !path.isAbsolute(relative) ? relative : file
}

function readUtf8(file: string, name: string, what: string): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file; check the path' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new TranslationQaError('invalid-option', `Cannot read ${what} ${name}: ${reason}`)
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new TranslationQaError('invalid-option', `Cannot read ${what} ${name}: it is not valid UTF-8`)
  }
}

/** Read, validate and load the configuration at `file` (and its glossary). */
export function loadConfig(file: string, options?: {cwd?: string | undefined} | null): QaConfig {
  const cwd = options?.cwd ?? process.cwd()
  const full = path.resolve(cwd, file)
  const name = display(full, cwd)
  const text = readUtf8(full, name, 'configuration')
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    throw new TranslationQaError('invalid-option', `Cannot parse ${name}: ${(error as Error).message}; fix the JSON`)
  }
  const settings = validateConfig(value, name)
  const config: QaConfig = {...defaultConfig(), path: full, checks: settings.checks, scoring: settings.scoring, lexicon: settings.lexicon, ignores: settings.ignores}
  if (settings.glossary) {
    const glossaryFile = path.resolve(path.dirname(full), settings.glossary)
    const glossaryName = display(glossaryFile, cwd)
    config.glossary = parseGlossary(readUtf8(glossaryFile, glossaryName, `glossary (\`glossary\` in ${name})`), /\.tsv$/i.test(glossaryFile) ? '\t' : ',', glossaryName)
  }
  return config
}
