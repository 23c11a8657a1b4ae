import { Worker } from 'node:worker_threads'
import type { PdfWorkerMessage } from '@shared/report/report-generator'
import { createWorkerReportGenerator } from '@shared/report/worker-pool'

const IDLE_MS = 30_000

/** Told when a PDF worker thread fails (an error it did not catch, or an abnormal exit), for the log. */
export type WorkerFailureLog = (failure: { error?: Error; exitCode?: number }) => void

/** The desktop's report generator: worker threads running out/main/pdf-worker.js. */
export function createThreadReportGenerator(workerFile: string, onFailure: WorkerFailureLog = () => undefined) {
  return createWorkerReportGenerator(
    () => {
      const worker = new Worker(workerFile)
      return {
        post: (job) => worker.postMessage(job),
        onResult: (listener) => worker.on('message', (m: PdfWorkerMessage) => listener(m)),
        onCrash: (listener) => {
          worker.on('error', (e) => {
            onFailure({ error: e })
            listener(e.message)
          })
          worker.on('exit', (code) => {
            if (code === 0 || code === 1) return
            onFailure({ exitCode: code })
            listener(`exit code ${code}`)
          })
        },
        terminate: () => void worker.terminate()
      }
    },
    IDLE_MS,
    { set: (fn, ms) => setTimeout(fn, ms).unref(), clear: (h) => clearTimeout(h as NodeJS.Timeout) }
  )
}
