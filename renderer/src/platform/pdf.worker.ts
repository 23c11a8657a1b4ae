/// <reference lib="webworker" />
import { decodeBase64 } from '@shared/report/render/base64'
import { fallbackFilesFor, lazyFallbacks } from '@shared/report/render/font-set'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfWorkerMessage } from '@shared/report/report-generator'
import regularUrl from '../../../assets/fonts/DejaVuSans.ttf?inline'
import boldUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?inline'
import { messageOf } from '@shared/util/result'

// The browser edition's PDF worker. DejaVu is inlined into this (lazily loaded) chunk, so a report in
// Latin script loads nothing more. The script fallbacks (Arabic, Hebrew, Devanagari, Thai, CJK, Hangul,
// emoji: several MB) are each a chunk of their own, imported only when a job's text needs them.
// The host terminates the worker after every packet.
const base64Of = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1)
const fallbackChunks = import.meta.glob<string>(['../../../assets/fonts/*.ttf', '!../../../assets/fonts/DejaVuSans*.ttf'], {
  query: '?inline',
  import: 'default'
})
const loaded = new Map<string, Uint8Array>()
let renderer: ReportRenderer | null = null

async function loadFallbacks(job: PdfJob): Promise<void> {
  const wanted = fallbackFilesFor(JSON.stringify(job.kind === 'piece' ? job.piece : job.model)).filter((file) => !loaded.has(file))
  await Promise.all(
    wanted.map(async (file) => {
      const chunk = fallbackChunks[`../../../assets/fonts/${file}`]
      // a face that cannot be had leaves its script to the visible [U+…] markers
      if (chunk) loaded.set(file, decodeBase64(await chunk()))
    })
  )
}

function reply(message: PdfWorkerMessage, transfer: Transferable[] = []): void {
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer)
}

self.addEventListener('message', (event: MessageEvent<PdfJob>) => {
  const job = event.data
  void (async () => {
    try {
      await loadFallbacks(job)
      renderer ??= createReportRenderer({
        regular: base64Of(regularUrl),
        bold: base64Of(boldUrl),
        fallbacks: lazyFallbacks((file) => loaded.get(file))
      })
      if (job.kind === 'piece') {
        const piece = renderer.renderPiece(job.piece)
        reply({ id: job.id, ok: true, piece }, [piece.pdf.buffer as ArrayBuffer])
        return
      }
      // a packet is drawn on this worker's one thread (the desktop spreads its pieces over every core)
      const pdf =
        job.kind === 'report'
          ? renderer.render(job.model)
          : renderer.renderPacket(job.model, (done, total) => reply({ id: job.id, progress: { done, total } }))
      reply({ id: job.id, ok: true, pdf }, [pdf.buffer as ArrayBuffer])
    } catch (error) {
      reply({ id: job.id, ok: false, message: messageOf(error) })
    }
  })()
})
