/// <reference lib="webworker" />
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfJobResult } from '@shared/report/report-generator'
import regularUrl from '../../../assets/fonts/DejaVuSans.ttf?inline'
import boldUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?inline'

// The browser edition's PDF worker. The fonts are inlined into this (lazily loaded) chunk, so no
// fetch is needed and the initial bundle stays small.
const base64Of = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1)
let renderer: ReportRenderer | null = null

self.addEventListener('message', (event: MessageEvent<PdfJob>) => {
  const job = event.data
  try {
    renderer ??= createReportRenderer({ regular: base64Of(regularUrl), bold: base64Of(boldUrl) })
    const pdf = renderer.render(job.model)
    const reply: PdfJobResult = { id: job.id, ok: true, pdf }
    ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, [pdf.buffer as ArrayBuffer])
  } catch (error) {
    const reply: PdfJobResult = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) }
    ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(reply)
  }
})
