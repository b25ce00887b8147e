/**
 * The `translation-qa` command. All logic lives here, so tests run it
 * in-process; `index.ts` only connects it to the process.
 */
import {TranslationQaError} from '../core/errors.js'
import {version} from '../version.js'
import {batchCommand} from './batch-command.js'
import {checkCommand} from './check-command.js'
import {scoreCommand} from './score-command.js'
import {UsageError, type CliIo} from './io.js'

export const usage = `Usage: translation-qa <command> [options]

Quality checks for machine-translated news.

Commands:
  check <file|->   check one article: report (text, json, html, sarif,
                   checkstyle) or fix it (see \`translation-qa check --help\`)
  batch <in.jsonl> check many articles on all cores, one JSON report per line
                   (see \`translation-qa batch --help\`)
  score            BLEU, chrF, chrF++ and TER of line-aligned files, as
                   sacreBLEU prints them (see \`translation-qa score --help\`)

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 ok, 1 findings at or above --fail-on (batch: an article that
cannot be published as is), 2 usage or input error.
`

type Command = (argv: string[], io: CliIo) => Promise<number>

const commands: Readonly<Record<string, Command>> = {check: checkCommand, batch: batchCommand, score: scoreCommand}

/** Run the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout.write(usage)
      return name === undefined ? 2 : 0
    }
    if (name === '-v' || name === '--version') {
      io.stdout.write(`${version}\n`)
      return 0
    }
    const command = commands[name]
    if (!command) throw new UsageError(`Unknown command \`${name}\`, expected one of ${Object.keys(commands).map((key) => `\`${key}\``).join(', ')} (see \`translation-qa --help\`)`)
    return await command([...rest], io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof TranslationQaError) {
      io.stderr.write(`translation-qa: ${error.message}\n`)
      return 2
    }
    // The metrics validate their input with TypeErrors that say what to fix.
    if (error instanceof TypeError && /^Expected /.test(error.message)) {
      io.stderr.write(`translation-qa: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
