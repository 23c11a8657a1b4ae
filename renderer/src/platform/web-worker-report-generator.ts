import type { PdfWorkerMessage } from '@shared/report/report-generator'
import { createWorkerReportGenerator } from '@shared/report/worker-pool'

const IDLE_MS = 30_000

/** The browser edition's report generator: module Web Workers, loaded (with the fonts) on first use. `onFailure` feeds the log. */
export function createWebWorkerReportGenerator(onFailure: (message: string) => void = () => undefined) {
  return createWorkerReportGenerator(
    () => {
      const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' })
      return {
        post: (job) => worker.postMessage(job),
        onResult: (listener) => worker.addEventListener('message', (e: MessageEvent<PdfWorkerMessage>) => listener(e.data)),
        onCrash: (listener) =>
          worker.addEventListener('error', (e) => {
            onFailure(e.message)
            listener(e.message)
          }),
        terminate: () => worker.terminate()
      }
    },
    IDLE_MS,
    { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) }
  )
}
