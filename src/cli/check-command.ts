/** `translation-qa check`: check one article. */
import {parseArgs} from 'node:util'
import {checkSync} from '../core/check.js'
import {renderText} from '../report/text.js'
import type {Report, Severity} from '../types.js'
import {readText, UsageError, type CliIo} from './io.js'

export const checkUsage = `Usage: translation-qa check <file|-> [options]

Check a machine-translated article and print the report.

Options:
  --reference <file>     reference phrasing of the same article
  --source <file>        the source-language text
  --source-lang <code>   source language (BCP 47), e.g. id, de, fr, es, zh
  --target-lang <code>   language of the MT text: en (default), fr, zh, ja, ar
  --format <format>      text (default) or json
  --fail-on <severity>   exit 1 when a finding is at least this severe:
                         minor, major (default) or critical
  -h, --help             show this help
`

const severityRank: Record<Severity, number> = {neutral: 0, minor: 1, major: 2, critical: 3}

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parse(argv)
  if (values.help) {
    io.stdout.write(checkUsage)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Missing input: give a file or `-` for standard input (see `translation-qa check --help`)' : `Unexpected extra arguments ${positionals.slice(1).map((value) => `\`${value}\``).join(' ')}: check one file at a time, or use \`translation-qa batch\``)
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unexpected \`--format ${format}\`, expected \`text\` or \`json\``)
  const failOn = values['fail-on'] ?? 'major'
  if (!['minor', 'major', 'critical'].includes(failOn)) throw new UsageError(`Unexpected \`--fail-on ${failOn}\`, expected \`minor\`, \`major\` or \`critical\``)
  const file = positionals[0]!
  const mt = await readText(file, io)
  const reference = values.reference ? await readText(values.reference, io) : undefined
  const source = values.source ? await readText(values.source, io) : undefined
  const report = checkSync(mt, {reference, source, sourceLang: values['source-lang'], targetLang: values['target-lang']})
  if (format === 'json') io.stdout.write(JSON.stringify(report) + '\n')
  else io.stdout.write(renderText(report, {text: mt, name: file === '-' ? 'stdin' : file, color: Boolean(io.stdout.isTTY) && !io.env?.['NO_COLOR']}))
  return failing(report, failOn as Severity) ? 1 : 0
}

/** Whether any finding reaches `threshold`. */
export function failing(report: Report, threshold: Severity): boolean {
  return report.findings.some((finding) => severityRank[finding.severity] >= severityRank[threshold])
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        reference: {type: 'string'},
        source: {type: 'string'},
        'source-lang': {type: 'string'},
        'target-lang': {type: 'string'},
        format: {type: 'string'},
        'fail-on': {type: 'string'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')} (see \`translation-qa check --help\`)`)
  }
}
