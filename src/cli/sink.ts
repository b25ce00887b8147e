/**
 * Where streamed output goes: standard output (respecting backpressure) or
 * a file written atomically (a temporary file renamed into place at the
 * end, removed on failure or interruption: never a partial output file).
 */
import type {FileHandle} from 'node:fs/promises'
import {open, rename, unlink} from 'node:fs/promises'
import path from 'node:path'
import {pendingTemporaryFiles, temporaryPath, UsageError, writeTarget, type CliIo} from './io.js'

export interface Sink {
  /** Queue a chunk; resolves when the caller may write more. */
  write(chunk: string): Promise<void>
  /** Flush and commit (rename the file into place). */
  commit(): Promise<void>
  /** Give up: remove the temporary file. */
  abort(): Promise<void>
}

const flushAt = 1 << 16

type Writable = CliIo['stdout'] & {once?: (event: 'drain', listener: () => void) => unknown}

export function stdoutSink(stdout: Writable): Sink {
  let buffer: string[] = []
  let size = 0
  const flush = async () => {
    if (size === 0) return
    const chunk = buffer.join('')
    buffer = []
    size = 0
    const ok = stdout.write(chunk)
    if (ok === false && typeof stdout.once === 'function') await new Promise<void>((resolve) => stdout.once!('drain', resolve))
  }
  return {
    async write(chunk) {
      buffer.push(chunk)
      size += chunk.length
      if (size >= flushAt) await flush()
    },
    commit: flush,
    async abort() {
      await flush()
    }
  }
}

export async function fileSink(file: string, io: CliIo): Promise<Sink> {
  const full = await writeTarget(path.resolve(io.cwd, file))
  const temporary = temporaryPath(full)
  let handle: FileHandle
  try {
    handle = await open(temporary, 'wx')
  } catch (error) {
    throw new UsageError(`Cannot write \`${file}\`: ${(error as Error).message.replace(/^[A-Z]+: /, '')}`)
  }
  pendingTemporaryFiles.add(temporary)
  let buffer: string[] = []
  let size = 0
  let closed = false
  const flush = async () => {
    if (size === 0) return
    const chunk = buffer.join('')
    buffer = []
    size = 0
    await handle.write(chunk)
  }
  const close = async () => {
    if (closed) return
    closed = true
    await handle.close()
  }
  const abort = async () => {
    await close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    pendingTemporaryFiles.delete(temporary)
  }
  return {
    async write(chunk) {
      buffer.push(chunk)
      size += chunk.length
      if (size >= flushAt) await flush()
    },
    async commit() {
      try {
        await flush()
        await handle.sync()
        await close()
        await rename(temporary, full)
        pendingTemporaryFiles.delete(temporary)
      } catch (error) {
        await abort()
        throw new UsageError(`Cannot write \`${file}\`: ${(error as Error).message.replace(/^[A-Z]+: /, '')}`)
      }
    },
    abort
  }
}
