import { Worker } from 'node:worker_threads'
import type { PdfWorkerMessage } from '@shared/report/report-generator'
import { createWorkerReportGenerator } from '@shared/report/worker-pool'

const IDLE_MS = 30_000

/** The desktop's report generator: worker threads running out/main/pdf-worker.js. */
export function createThreadReportGenerator(workerFile: string) {
  return createWorkerReportGenerator(
    () => {
      const worker = new Worker(workerFile)
      return {
        post: (job) => worker.postMessage(job),
        onResult: (listener) => worker.on('message', (m: PdfWorkerMessage) => listener(m)),
        onCrash: (listener) => {
          worker.on('error', (e) => listener(e.message))
          worker.on('exit', (code) => code !== 0 && code !== 1 && listener(`exit code ${code}`))
        },
        terminate: () => void worker.terminate()
      }
    },
    IDLE_MS,
    { set: (fn, ms) => setTimeout(fn, ms).unref(), clear: (h) => clearTimeout(h as NodeJS.Timeout) }
  )
}
