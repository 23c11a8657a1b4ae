import { Worker } from 'node:worker_threads'
import type { PdfWorkerMessage } from '@shared/report/report-generator'
import type { PdfWorkerHandle } from '@shared/report/worker-pool'

/** Told when a PDF worker thread fails (an error it did not catch, or an abnormal exit), for the log. */
export type WorkerFailureLog = (failure: { error?: Error; exitCode?: number }) => void

/**
 * A worker thread running `workerFile` (the bundled pdf-worker.js) as the shared worker pools see it.
 * The file's own path goes along, so a packet's worker can start the workers for its pieces.
 */
export function spawnPdfThread(workerFile: string, onFailure: WorkerFailureLog = () => undefined): PdfWorkerHandle {
  const worker = new Worker(workerFile, { workerData: { workerFile } })
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
}
