/**
 * Worker thread of `translation-qa batch`: receives `{seq, text, line}`
 * messages, answers `{seq, ...RecordOutcome}`. Built as `dist/batch-worker.js`.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {QaConfig} from '../config/types.js'
import {processRecord, type RecordDefaults} from './batch-record.js'

export interface WorkerTask {
  seq: number
  text: string
  line: number
}

const {config, defaults} = workerData as {config: QaConfig; defaults: RecordDefaults}

parentPort?.on('message', (task: WorkerTask) => {
  parentPort!.postMessage({seq: task.seq, ...processRecord(task.text, task.line, config, defaults)})
})
