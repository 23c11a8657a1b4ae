import type { ReportModel } from './report-types'
import type { PdfJob, PdfJobResult, ReportGenerator } from './report-generator'

/** The little a host worker must offer (node:worker_threads Worker and the DOM Worker both fit). */
export type PdfWorkerHandle = {
  post: (job: PdfJob) => void
  onResult: (listener: (result: PdfJobResult) => void) => void
  onCrash: (listener: (message: string) => void) => void
  terminate: () => void
}

/**
 * One PDF worker, started on first use and terminated after `idleMs` without work, so repeated
 * reports stay warm while jsPDF's memory (which grows across runs) is released when idle.
 */
export function createWorkerReportGenerator(spawn: () => PdfWorkerHandle, idleMs: number, timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void }): ReportGenerator & { shutdown: () => void } {
  let worker: PdfWorkerHandle | null = null
  let nextId = 1
  let idle: unknown = null
  const pending = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }>()

  function shutdown(): void {
    worker?.terminate()
    worker = null
    for (const p of pending.values()) p.reject(new Error('The PDF worker stopped'))
    pending.clear()
  }

  function ensure(): PdfWorkerHandle {
    if (worker) return worker
    const w = spawn()
    w.onResult((result) => {
      const job = pending.get(result.id)
      if (!job) return
      pending.delete(result.id)
      if (result.ok) job.resolve(result.pdf)
      else job.reject(new Error(result.message))
      if (pending.size === 0) {
        idle = timers.set(shutdown, idleMs)
      }
    })
    w.onCrash((message) => {
      worker = null
      for (const p of pending.values()) p.reject(new Error(`The PDF worker failed: ${message}`))
      pending.clear()
    })
    worker = w
    return w
  }

  return {
    renderReport: (model: ReportModel) =>
      new Promise<Uint8Array>((resolve, reject) => {
        if (idle !== null) timers.clear(idle)
        idle = null
        const id = nextId++
        pending.set(id, { resolve, reject })
        ensure().post({ id, kind: 'report', model })
      }),
    shutdown
  }
}
