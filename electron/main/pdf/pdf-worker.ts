import { parentPort, workerData } from 'node:worker_threads'
import { concat } from '@shared/report/render/packet/render-packet'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfWorkerMessage } from '@shared/report/report-generator'
import { loadReportFonts } from '../../cli/fonts'
import { NATIVE_DEFLATE } from './native-deflate'
import { messageOf } from '@shared/util/result'
import { writePacketOnThreads } from './packet-threads'
import { installNativeSha256 } from '../native-sha256'
import { readPieceRecords } from '@shared/report/render/packet/packet-piece'
import { readStoredFile } from './read-stored-file'
import { setThreadNoticeSink, type ThreadNoticeMessage } from './thread-notices'

// A worker thread: PDF rendering (jsPDF is synchronous and allocates a lot) stays off the main
// process's event loop, and its memory goes away when the host terminates the worker (which it does
// after every packet). A packet's worker draws the front matter and pieces itself, starts more drawing
// threads (this same file) where the machine has the cores for them (pieceThreadCount), and writes the packet.
let renderer: Promise<ReportRenderer> | null = null
installNativeSha256()
const ownFile = (workerData as { workerFile?: string } | null)?.workerFile ?? null

// this thread's notices (and its piece threads', relayed by their handles) go to the thread that started it
setThreadNoticeSink((notice) => parentPort?.postMessage({ notice } satisfies ThreadNoticeMessage))

function reply(message: PdfWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer)
}

async function run(r: ReportRenderer, job: PdfJob): Promise<void> {
  switch (job.kind) {
    case 'report': {
      const pdf = r.render(job.model)
      return reply({ id: job.id, ok: true, pdf }, [pdf.buffer as ArrayBuffer])
    }
    case 'piece': {
      // in steps, awaiting what a step yields: its pages are compressed off this thread meanwhile
      const steps = r.renderPieceInSteps(await readPieceRecords(job.piece, readStoredFile))
      let step = steps.next()
      while (!step.done) {
        if (step.value) await step.value
        step = steps.next()
      }
      const piece = step.value
      return reply({ id: job.id, ok: true, piece }, [piece.pdf.buffer as ArrayBuffer])
    }
    case 'packet': {
      const chunks: Uint8Array[] = []
      await writePacketOnThreads({
        renderer: r,
        model: job.model,
        sink: (bytes) => void chunks.push(bytes),
        workerFile: ownFile,
        onProgress: (done, total) => reply({ id: job.id, progress: { done, total } })
      })
      const pdf = concat(chunks)
      return reply({ id: job.id, ok: true, pdf }, [pdf.buffer as ArrayBuffer])
    }
  }
}

// the fonts are read and parsed as soon as the thread starts: a packet's piece workers are started
// before their first piece is ready, and a report's worker is started for a report
const ready = (): Promise<ReportRenderer> => (renderer ??= loadReportFonts().then((fonts) => createReportRenderer(fonts, NATIVE_DEFLATE)))
if (parentPort) void ready().catch(() => undefined)

parentPort?.on('message', (job: PdfJob) => {
  ready()
    .then((r) => run(r, job))
    .catch((error: unknown) => reply({ id: job.id, ok: false, message: messageOf(error) }))
})
