/**
 * A fixed pool of worker threads for `translation-qa batch`. Each worker
 * holds at most `depth` tasks at once (so a slow article never hoards
 * work); a worker that dies fails only its own tasks and is replaced.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {RecordOutcome} from './batch-record.js'
import type {WorkerTask} from './batch-worker.js'
import {UsageError} from './io.js'

interface Slot {
  worker: Worker
  tasks: Map<number, {resolve: (outcome: RecordOutcome) => void; line: number}>
}

/** The worker entry: `batch-worker.js` next to the built CLI (or in `dist/` when running from source). */
export function workerEntry(): URL {
  const candidates = [new URL('./batch-worker.js', import.meta.url), new URL('../../dist/batch-worker.js', import.meta.url)]
  for (const candidate of candidates) if (existsSync(fileURLToPath(candidate))) return candidate
  throw new UsageError('Cannot find `batch-worker.js` next to the CLI: reinstall translation-qa (or build it with `npx tsup`)')
}

export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly waiters: Array<() => void> = []
  private crashes = 0
  private closed = false

  constructor(
    private readonly entry: URL,
    private readonly size: number,
    private readonly data: unknown,
    private readonly depth = 2
  ) {
    for (let index = 0; index < size; index++) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    const slot: Slot = {worker: new Worker(this.entry, {workerData: this.data}), tasks: new Map()}
    slot.worker.on('message', (message: RecordOutcome & {seq: number}) => {
      const task = slot.tasks.get(message.seq)
      if (!task) return
      slot.tasks.delete(message.seq)
      task.resolve({output: message.output, verdict: message.verdict, categories: message.categories})
      this.wake()
    })
    const fail = (reason: string) => {
      if (this.closed) return
      const index = this.slots.indexOf(slot)
      if (index === -1) return
      this.crashes++
      for (const [seq, task] of slot.tasks) {
        task.resolve({output: JSON.stringify({id: null, error: {message: `Worker stopped while checking this record (${reason}); check it alone with \`translation-qa check\``, line: task.line}}), verdict: null, categories: []})
        slot.tasks.delete(seq)
      }
      // Replace the worker, unless workers keep dying (then stop using it).
      if (this.crashes <= this.size * 3) this.slots[index] = this.spawn()
      else this.slots.splice(index, 1)
      this.wake()
    }
    slot.worker.on('error', (error) => fail(error.message))
    slot.worker.on('exit', (code) => fail(`exit code ${code}`))
    return slot
  }

  private wake(): void {
    const waiters = this.waiters.splice(0)
    for (const waiter of waiters) waiter()
  }

  /** Check one record in a worker; resolves with its outcome (never rejects). */
  async run(task: WorkerTask): Promise<RecordOutcome> {
    for (;;) {
      if (this.slots.length === 0) throw new Error('Every batch worker crashed; see the errors above')
      const slot = this.slots.reduce((best, candidate) => (candidate.tasks.size < best.tasks.size ? candidate : best))
      if (slot.tasks.size < this.depth) {
        return new Promise<RecordOutcome>((resolve) => {
          slot.tasks.set(task.seq, {resolve, line: task.line})
          slot.worker.postMessage(task)
        })
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve))
    }
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }
}
