import { parentPort } from 'node:worker_threads'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfWorkerMessage } from '@shared/report/report-generator'
import { loadReportFonts } from '../../cli/fonts'
import { messageOf } from '@shared/util/result'

// A worker thread: PDF rendering (jsPDF is synchronous and allocates a lot) stays off the main
// process's event loop, and its memory goes away when the host terminates the worker (which it does
// after every packet).
let renderer: Promise<ReportRenderer> | null = null

function reply(message: PdfWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer)
}

function render(r: ReportRenderer, job: PdfJob): Uint8Array {
  if (job.kind === 'report') return r.render(job.model)
  return r.renderPacket(job.model, (done, total) => reply({ id: job.id, progress: { done, total } }))
}

parentPort?.on('message', (job: PdfJob) => {
  renderer ??= loadReportFonts().then(createReportRenderer)
  renderer
    .then((r) => {
      const pdf = render(r, job)
      reply({ id: job.id, ok: true, pdf }, [pdf.buffer as ArrayBuffer])
    })
    .catch((error: unknown) => reply({ id: job.id, ok: false, message: messageOf(error) }))
})
