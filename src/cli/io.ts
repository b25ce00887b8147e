/**
 * Input and output for the CLI: reading text files and stdin strictly
 * (UTF-8 only, no binaries, no directories) and writing files atomically.
 */
import {randomBytes} from 'node:crypto'
import {readFile, rename, stat, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** An input or usage problem: printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  stdout: {write(chunk: string): unknown; isTTY?: boolean | undefined}
  stderr: {write(chunk: string): unknown; isTTY?: boolean | undefined}
  stdin: AsyncIterable<Buffer | string> & {isTTY?: boolean | undefined}
  cwd: string
  env?: Readonly<Record<string, string | undefined>>
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Decode bytes as UTF-8 text, refusing binaries and other encodings. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new UsageError(`Cannot read ${name}: it looks binary (it contains NUL bytes); give a UTF-8 text file`)
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new UsageError(`Cannot read ${name}: it is not valid UTF-8; convert it, e.g. \`iconv -f latin1 -t utf-8\``)
  }
  // A byte-order mark is not part of the text.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Read a text file, or stdin for `-`. */
export async function readText(file: string, io: CliIo): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    return decodeText(Buffer.concat(chunks), 'standard input')
  }
  const full = path.resolve(io.cwd, file)
  let info
  try {
    info = await stat(full)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`Cannot read \`${file}\`: no such file; check the path`)
    if (code === 'EACCES') throw new UsageError(`Cannot read \`${file}\`: permission denied`)
    throw new UsageError(`Cannot read \`${file}\`: ${(error as Error).message}`)
  }
  if (info.isDirectory()) throw new UsageError(`Cannot read \`${file}\`: it is a directory; give a text file (or use \`translation-qa batch\`)`)
  return decodeText(await readFile(full), `\`${file}\``)
}

/** Write `content` to `file` atomically: a temporary file renamed into place. */
export async function writeAtomic(file: string, content: string, io: CliIo): Promise<void> {
  const full = path.resolve(io.cwd, file)
  const temporary = `${full}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, content)
    await rename(temporary, full)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw new UsageError(`Cannot write \`${file}\`: ${(error as Error).message}`)
  }
}
