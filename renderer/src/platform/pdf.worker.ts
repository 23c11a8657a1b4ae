/// <reference lib="webworker" />
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfWorkerMessage } from '@shared/report/report-generator'
import regularUrl from '../../../assets/fonts/DejaVuSans.ttf?inline'
import boldUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?inline'
import { messageOf } from '@shared/util/result'

// The browser edition's PDF worker. The fonts are inlined into this (lazily loaded) chunk, so no
// fetch is needed and the initial bundle stays small. The host terminates it after every packet.
const base64Of = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1)
let renderer: ReportRenderer | null = null

function reply(message: PdfWorkerMessage, transfer: Transferable[] = []): void {
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer)
}

self.addEventListener('message', (event: MessageEvent<PdfJob>) => {
  const job = event.data
  try {
    renderer ??= createReportRenderer({ regular: base64Of(regularUrl), bold: base64Of(boldUrl) })
    const pdf =
      job.kind === 'report' ? renderer.render(job.model) : renderer.renderPacket(job.model, (done, total) => reply({ id: job.id, progress: { done, total } }))
    reply({ id: job.id, ok: true, pdf }, [pdf.buffer as ArrayBuffer])
  } catch (error) {
    reply({ id: job.id, ok: false, message: messageOf(error) })
  }
})
