/** `translation-qa check`: check one article, print or write its report, or fix it. */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {applyConfig, checkOptionsFrom} from '../config/apply.js'
import {checkSync} from '../core/check.js'
import {applyFixes} from '../fix/apply.js'
import {renderCheckstyle} from '../report/checkstyle.js'
import {renderHtml} from '../report/html.js'
import {renderSarif} from '../report/sarif.js'
import {renderText} from '../report/text.js'
import {qualityScore} from '../score/quality.js'
import type {Report} from '../types.js'
import {readRawText, readText, UsageError, writeAtomic, type CliIo} from './io.js'
import {failing, parseCommand, parseFailOn, resolveConfig, type FailOn} from './shared.js'

export const checkUsage = `Usage: translation-qa check <file|-> [options]

Check a machine-translated article and print the report.

Options:
  --reference <file>     reference phrasing of the same article
  --source <file>        the source-language text
  --source-lang <code>   source language (BCP 47), e.g. id, de, fr, es, zh
  --target-lang <code>   language of the MT text: en (default), fr, zh, ja, ar
  --format <format>      text (default), json, html, sarif or checkstyle
  --output <file>        write the report (with --fix: the corrected text) to a
                         file instead of standard output, atomically
  --title <text>         title of the HTML report
  --config <file>        settings file (default: the nearest
                         translation-qa.config.json above the working directory)
  --no-config            ignore configuration files
  --fix                  print the text with every safe fix applied; what was
                         fixed and what is left goes to standard error
  --write                apply the safe fixes to <file> itself (atomically)
  --fail-on <level>      exit 1 when a finding is at least this severe: minor,
                         major (default) or critical; or \`verdict\`: exit 1
                         unless the verdict is publish
  -h, --help             show this help
`

const formats = ['text', 'json', 'html', 'sarif', 'checkstyle'] as const
type Format = (typeof formats)[number]

const options = {
  reference: {type: 'string'},
  source: {type: 'string'},
  'source-lang': {type: 'string'},
  'target-lang': {type: 'string'},
  format: {type: 'string'},
  output: {type: 'string', short: 'o'},
  title: {type: 'string'},
  config: {type: 'string'},
  'no-config': {type: 'boolean'},
  fix: {type: 'boolean'},
  write: {type: 'boolean'},
  'fail-on': {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommand(() => parseArgs({args: argv, allowPositionals: true, strict: true, options}), 'check')
  if (values.help) {
    io.stdout.write(checkUsage)
    return 0
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'Missing input: give a file or `-` for standard input (see `translation-qa check --help`)' : `Unexpected extra arguments ${positionals.slice(1).map((value) => `\`${value}\``).join(' ')}: check one file at a time, or use \`translation-qa batch\``)
  }
  const format = values.format ?? 'text'
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`Unexpected \`--format ${format}\`, expected one of ${formats.map((name) => `\`${name}\``).join(', ')}`)
  const failOn = parseFailOn(values['fail-on'])
  const file = positionals[0]!
  const fixing = Boolean(values.fix || values.write)
  if (fixing && values.format !== undefined) throw new UsageError('Unexpected `--format` with `--fix`: `--fix` prints the corrected text; run `check` without `--fix` for a report')
  if (values.write && file === '-') throw new UsageError('Unexpected `--write` with standard input: give a file to fix in place, or use `--fix` to print the corrected text')
  if (values.write && values.output !== undefined) throw new UsageError('Unexpected `--write` with `--output`: `--write` replaces the input file; use `--fix --output <file>` to write elsewhere')
  if (values.output !== undefined && values.output.trim() === '') throw new UsageError('Unexpected empty `--output`: give a file name')

  const config = resolveConfig(values.config, values['no-config'], io)
  const raw = await readRawText(file, io)
  const mt = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  // An empty article is an upstream failure, not a publishable text: say so instead of a perfect score.
  if (mt.trim() === '') throw new UsageError(`Nothing to check: ${file === '-' ? 'standard input' : `\`${file}\``} is empty; give the machine-translated article`)
  const reference = values.reference ? await readText(values.reference, io) : undefined
  const source = values.source ? await readText(values.source, io) : undefined
  const checked = checkSync(mt, checkOptionsFrom(config, {reference, source, sourceLang: values['source-lang'], targetLang: values['target-lang']}))
  const {report, dismissed} = applyConfig(checked, config)
  const name = file === '-' ? 'stdin' : file

  if (fixing) return fix({raw, report, file, name, output: values.output, write: Boolean(values.write), failOn, scoring: config.scoring, io})

  const content = render(format as Format, report, {mt, reference, name, uri: uriOf(file, io), title: values.title, color: values.output === undefined && Boolean(io.stdout.isTTY) && !io.env?.['NO_COLOR']})
  const note = dismissed.length > 0 && format === 'text' ? `\n${dismissed.length} finding${dismissed.length === 1 ? '' : 's'} dismissed by \`ignores\` in ${config.path ? path.basename(config.path) : 'the configuration'}\n` : ''
  if (values.output !== undefined) await writeAtomic(values.output, content + note, io)
  else io.stdout.write(content + note)
  return failing(report, failOn) ? 1 : 0
}

interface RenderContext {
  mt: string
  reference: string | undefined
  name: string
  uri: string
  title: string | undefined
  color: boolean
}

function render(format: Format, report: Report, context: RenderContext): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report) + '\n'
    case 'html':
      return renderHtml(report, {mt: context.mt, reference: context.reference, title: context.title ?? `Translation QA: ${context.name}`})
    case 'sarif':
      return renderSarif(report, {uri: context.uri})
    case 'checkstyle':
      return renderCheckstyle(report, {name: context.name})
    default:
      return renderText(report, {text: context.mt, name: context.name, color: context.color})
  }
}

/** The input's path relative to the working directory, with forward slashes (for SARIF). */
function uriOf(file: string, io: CliIo): string {
  if (file === '-') return 'stdin'
  const relative = path.relative(io.cwd, path.resolve(io.cwd, file))
  return (relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(io.cwd, file) : relative).split(path.sep).join('/')
}

interface FixContext {
  raw: string
  report: Report
  file: string
  name: string
  output: string | undefined
  write: boolean
  failOn: FailOn
  scoring: Parameters<typeof qualityScore>[2]
  io: CliIo
}

async function fix(context: FixContext): Promise<number> {
  const {raw, report, io} = context
  const {output, applied, remaining} = applyFixes(raw, report.findings)
  if (context.write) {
    if (applied.length > 0) await writeAtomic(context.file, output, io, {keepMode: true})
  } else if (context.output !== undefined) {
    await writeAtomic(context.output, output, io)
  } else {
    io.stdout.write(output)
  }
  const left = remaining.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`).join(', ')
  const where = context.write ? ` in ${context.name}` : ''
  io.stderr.write(`translation-qa: fixed ${applied.length} of ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}${where}${remaining.length > 0 ? `; ${remaining.length} need${remaining.length === 1 ? 's' : ''} an editor: ${left}` : ''}\n`)
  const rest = {findings: remaining, score: qualityScore(remaining, report.words, context.scoring)}
  return failing(rest, context.failOn) ? 1 : 0
}
