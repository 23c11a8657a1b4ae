import { Worker } from 'node:worker_threads'
import type { PdfWorkerMessage } from '@shared/report/report-generator'
import type { PdfWorkerHandle } from '@shared/report/worker-pool'
import { reapplyHeapGrowth } from './lean-heap'
import { reapplyInlining } from './packet-compile'
import { isThreadNoticeMessage, tellThreadNotice, type ThreadNoticeMessage } from './thread-notices'

/** Told when a PDF worker thread fails (an error it did not catch, or an abnormal exit), for the log. */
export type WorkerFailureLog = (failure: { error?: Error; exitCode?: number }) => void

/**
 * The young generation of a PDF worker thread's heap, in MB (V8's default here is 48: two 16 MB
 * semi-spaces and their large objects). Drawing allocates fast and little of it lives long, so a young
 * generation a third the size collects the same garbage sooner: V8 keeps both semi-spaces committed,
 * and with two threads drawing a packet they were ≈ 64 MB of its peak. Measured on the 100-engagement
 * packet, with the heap growth held (lean-heap.ts): 383–415 → 315–338 MB; the smaller young generation
 * alone cost no CPU time that could be measured (docs/performance.md, DECISIONS 221).
 */
export const PDF_THREAD_YOUNG_GENERATION_MB = 16

/**
 * A worker thread running `workerFile` (the bundled pdf-worker.js) as the shared worker pools see it.
 * The file's own path goes along, so a packet's worker can start the workers for its pieces.
 */
export function spawnPdfThread(workerFile: string, onFailure: WorkerFailureLog = () => undefined): PdfWorkerHandle {
  const worker = new Worker(workerFile, {
    workerData: { workerFile },
    // only the young generation: the old one keeps V8's limit, so a large packet never runs out of heap here
    resourceLimits: { maxYoungGenerationSizeMb: PDF_THREAD_YOUNG_GENERATION_MB }
  })
  running++
  // a notice is not a job's answer: it goes on up, once however many listen for answers (a packet's piece thread
  // tells the packet's thread, which tells the host's log)
  worker.on('message', (m: unknown) => {
    if (isThreadNoticeMessage(m)) tellThreadNotice(m.notice)
  })
  // a thread ended in the middle of a packet (terminated, crashed) leaves V8's packet settings as they were
  // then, for the whole process: put back as this thread wants them once none of its PDF threads is left
  worker.once('exit', () => {
    if (--running > 0) return
    reapplyInlining()
    reapplyHeapGrowth()
  })
  return {
    post: (job) => worker.postMessage(job),
    onResult: (listener) =>
      worker.on('message', (m: PdfWorkerMessage | ThreadNoticeMessage) => {
        if (!isThreadNoticeMessage(m)) listener(m)
      }),
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

/** This thread's PDF worker threads not yet ended. */
let running = 0
