import { parentPort } from 'node:worker_threads'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfJobResult } from '@shared/report/report-generator'
import { loadReportFonts } from '../../cli/fonts'

// A worker thread: PDF rendering (jsPDF is synchronous and allocates a lot) stays off the main
// process's event loop, and its memory goes away when the host terminates the worker.
let renderer: Promise<ReportRenderer> | null = null

parentPort?.on('message', (job: PdfJob) => {
  renderer ??= loadReportFonts().then(createReportRenderer)
  renderer
    .then((r) => {
      const pdf = r.render(job.model)
      const reply: PdfJobResult = { id: job.id, ok: true, pdf }
      parentPort?.postMessage(reply, [pdf.buffer as ArrayBuffer])
    })
    .catch((error: unknown) => {
      const reply: PdfJobResult = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) }
      parentPort?.postMessage(reply)
    })
})
