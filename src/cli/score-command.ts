/**
 * `translation-qa score`: corpus BLEU, chrF, chrF++ and TER of line-aligned
 * files, as the sacreBLEU command line computes them (lines read with
 * universal newlines and `rstrip()`ed, byte-order marks kept), printed with
 * their signatures.
 */
import {parseArgs} from 'node:util'
import {bleu} from '../metrics/bleu.js'
import {chrf} from '../metrics/chrf.js'
import {formatBleu, formatChrf, formatScore, formatTer} from '../metrics/format.js'
import {ter} from '../metrics/ter.js'
import type {BleuTokenizer} from '../metrics/types.js'
import {pyRstrip} from '../metrics/whitespace.js'
import {readRawText, UsageError, type CliIo} from './io.js'
import {parseCommand} from './shared.js'

export const scoreUsage = `Usage: translation-qa score --hypothesis <file> --reference <file> [--reference <file2> …] [options]

Score line-aligned files (one segment per line) like sacreBLEU 2.6.0 and print
each score with its signature.

Options:
  -i, --hypothesis <file>   system output (\`-\` for standard input)
  -r, --reference <file>    reference; repeat for several references
  -m, --metrics <list>      comma-separated: bleu, chrf, chrf++, ter (default: bleu,chrf)
  --tokenize <name>         BLEU tokenizer: 13a (default), intl, char, none
  --lowercase               case-insensitive BLEU and chrF
  -w, --width <n>           decimals of the scores (default: 1, as sacreBLEU)
  --format <format>         text (default: sacreBLEU's score lines) or json
  -h, --help                show this help
`

const options = {
  hypothesis: {type: 'string', short: 'i'},
  reference: {type: 'string', short: 'r', multiple: true},
  metrics: {type: 'string', short: 'm'},
  tokenize: {type: 'string'},
  lowercase: {type: 'boolean'},
  width: {type: 'string', short: 'w'},
  format: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const

const metricNames = ['bleu', 'chrf', 'chrf++', 'ter'] as const
type MetricName = (typeof metricNames)[number]
const tokenizers: readonly BleuTokenizer[] = ['13a', 'intl', 'char', 'none']

/** Lines as Python's text mode reads them (`\n`, `\r\n` and `\r` end a line), each `rstrip()`ed. */
export function segments(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines.map(pyRstrip)
}

interface Scored {
  name: string
  score: number
  signature: string
  line: string
  verbose?: string
}

export async function scoreCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommand(() => parseArgs({args: argv, allowPositionals: true, strict: true, options}), 'score')
  if (values.help) {
    io.stdout.write(scoreUsage)
    return 0
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument \`${positionals[0]}\`: give files with \`--hypothesis\` and \`--reference\``)
  if (!values.hypothesis) throw new UsageError('Missing `--hypothesis <file>`: the system output, one segment per line')
  const referenceFiles = values.reference ?? []
  if (referenceFiles.length === 0) throw new UsageError('Missing `--reference <file>`: one or more references, one segment per line')
  const requested = (values.metrics ?? 'bleu,chrf').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean)
  for (const name of requested) if (!(metricNames as readonly string[]).includes(name)) throw new UsageError(`Unexpected metric \`${name}\` in \`--metrics\`, expected a comma-separated list of ${metricNames.map((value) => `\`${value}\``).join(', ')}`)
  const tokenize = (values.tokenize ?? '13a') as BleuTokenizer
  if (!tokenizers.includes(tokenize)) throw new UsageError(`Unexpected \`--tokenize ${values.tokenize}\`, expected one of ${tokenizers.map((value) => `\`${value}\``).join(', ')}`)
  const width = values.width === undefined ? 1 : Number(values.width)
  if (!/^\d+$/.test(values.width ?? '1') || width > 10) throw new UsageError(`Unexpected \`--width ${values.width}\`, expected a whole number from 0 to 10`)
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unexpected \`--format ${format}\`, expected \`text\` or \`json\``)

  const hypotheses = segments(await readRawText(values.hypothesis, io))
  if (hypotheses.length === 0) throw new UsageError(`Unexpected empty \`${values.hypothesis}\`: give one segment per line`)
  const references: string[][] = []
  for (const file of referenceFiles) {
    const lines = segments(await readRawText(file, io))
    if (lines.length !== hypotheses.length) throw new UsageError(`Unexpected ${lines.length} line${lines.length === 1 ? '' : 's'} in \`${file}\`, expected ${hypotheses.length} as in \`${values.hypothesis}\`: the files must be line-aligned`)
    references.push(lines)
  }

  const lowercase = Boolean(values.lowercase)
  const results: Scored[] = []
  for (const name of [...new Set(requested as MetricName[])]) {
    if (name === 'bleu') {
      const result = bleu(hypotheses, references, {tokenize, lowercase})
      const line = formatBleu(result, width)
      results.push({name: result.name, score: result.score, signature: result.signature, line, verbose: line.slice(line.indexOf(' = ') + 3).split(' ').slice(1).join(' ')})
    } else if (name === 'ter') {
      const result = ter(hypotheses, references)
      results.push({name: result.name, score: result.score, signature: result.signature, line: formatTer(result, width)})
    } else {
      const result = chrf(hypotheses, references, {wordOrder: name === 'chrf++' ? 2 : 0, lowercase})
      results.push({name: result.name, score: result.score, signature: result.signature, line: formatChrf(result, width)})
    }
  }
  if (format === 'json') {
    const objects = results.map((result) => ({
      name: result.name,
      score: Number(formatScore(result.score, width)),
      signature: result.signature,
      ...(result.verbose === undefined ? {} : {verbose_score: result.verbose}),
      ...Object.fromEntries(result.signature.split('|').map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)]))
    }))
    io.stdout.write(JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 1) + '\n')
  } else {
    io.stdout.write(results.map((result) => result.line).join('\n') + '\n')
  }
  return 0
}
