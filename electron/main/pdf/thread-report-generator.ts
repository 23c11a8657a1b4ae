import { createWorkerReportGenerator } from '@shared/report/worker-pool'
import { spawnPdfThread, type WorkerFailureLog } from './node-worker-handle'

export type { WorkerFailureLog } from './node-worker-handle'

const IDLE_MS = 30_000

/** The desktop's report generator: worker threads running out/main/pdf-worker.js. */
export function createThreadReportGenerator(workerFile: string, onFailure: WorkerFailureLog = () => undefined) {
  return createWorkerReportGenerator(() => spawnPdfThread(workerFile, onFailure), IDLE_MS, {
    set: (fn, ms) => setTimeout(fn, ms).unref(),
    clear: (h) => clearTimeout(h as NodeJS.Timeout)
  })
}
