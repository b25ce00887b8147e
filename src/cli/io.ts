/**
 * Input and output for the CLI: reading text files and stdin strictly
 * (UTF-8 only, no binaries, no directories) and writing files atomically.
 */
import {randomBytes} from 'node:crypto'
import {chmod, open, readFile, realpath, rename, stat, unlink} from 'node:fs/promises'
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

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Decode bytes as UTF-8 text, refusing binaries and other encodings; a byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const text = decodeWithBom(bytes, name)
  // A byte-order mark is not part of the text.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Decode bytes as UTF-8 text, refusing binaries and other encodings, keeping a byte-order mark. */
export function decodeWithBom(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new UsageError(`Cannot read ${name}: it looks binary (it contains NUL bytes); give a UTF-8 text file`)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new UsageError(`Cannot read ${name}: it is not valid UTF-8; convert it, e.g. \`iconv -f latin1 -t utf-8\``)
  }
}

/** Read a text file, or stdin for `-`, without its byte-order mark. */
export async function readText(file: string, io: CliIo): Promise<string> {
  const text = await readRawText(file, io)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Read a text file, or stdin for `-`, keeping a byte-order mark (for `--write` and sacreBLEU-exact scoring). */
export async function readRawText(file: string, io: CliIo): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    return decodeWithBom(Buffer.concat(chunks), 'standard input')
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
  try {
    return decodeWithBom(await readFile(full), `\`${file}\``)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`Cannot read \`${file}\`: ${(error as Error).message}`)
  }
}

/** Temporary files to remove if the process is interrupted (see `cli/index.ts`). */
export const pendingTemporaryFiles = new Set<string>()

/** A temporary file next to `full`, for an atomic write. */
export function temporaryPath(full: string): string {
  return path.join(path.dirname(full), `.${path.basename(full)}.${randomBytes(6).toString('hex')}.tmp`)
}

/**
 * The file a write to `full` should replace: the target of a symbolic link
 * (so the link survives and the file it points at changes, as an editor
 * saving through the link would), `full` itself otherwise or when it does
 * not exist yet.
 */
export async function writeTarget(full: string): Promise<string> {
  try {
    return await realpath(full)
  } catch {
    return full
  }
}

/**
 * Write `content` to `file` atomically: a temporary file in the same
 * directory, flushed to disk, then renamed into place, so readers see the
 * old file or the new one, never a part. `keepMode` copies the permissions
 * of the file it replaces.
 */
export async function writeAtomic(file: string, content: string, io: CliIo, options?: {keepMode?: boolean}): Promise<void> {
  const full = await writeTarget(path.resolve(io.cwd, file))
  const temporary = temporaryPath(full)
  pendingTemporaryFiles.add(temporary)
  try {
    const mode = options?.keepMode ? (await stat(full)).mode & 0o7777 : undefined
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (mode !== undefined) await chmod(temporary, mode)
    await rename(temporary, full)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw new UsageError(`Cannot write \`${file}\`: ${(error as Error).message.replace(/^[A-Z]+: /, '')}`)
  } finally {
    pendingTemporaryFiles.delete(temporary)
  }
}
