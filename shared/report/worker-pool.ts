import type { PacketModel } from './packet/packet-types'
import type { ReportModel } from './report-types'
import type { PdfJob, PdfWorkerMessage, ProgressListener, ReportGenerator } from './report-generator'

/** The little a host worker must offer (node:worker_threads Worker and the DOM Worker both fit). */
export type PdfWorkerHandle = {
  post: (job: PdfJob) => void
  onResult: (listener: (message: PdfWorkerMessage) => void) => void
  onCrash: (listener: (message: string) => void) => void
  terminate: () => void
}

type Timers = { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void }

type Pending = { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }

/**
 * Reports go to one PDF worker, started on first use and terminated after `idleMs` without work, so
 * repeated reports stay warm while jsPDF's memory (which grows across runs) is released when idle.
 * Each packet gets a worker of its own that is terminated as soon as the packet is done: a packet
 * leaves a few hundred MB behind in the worker's heap, and a report asked for meanwhile is not stuck
 * behind it.
 */
export function createWorkerReportGenerator(
  spawn: () => PdfWorkerHandle,
  idleMs: number,
  timers: Timers
): ReportGenerator & { shutdown: () => void } {
  let worker: PdfWorkerHandle | null = null
  let nextId = 1
  let idle: unknown = null
  const pending = new Map<number, Pending>()
  const packets = new Map<PdfWorkerHandle, Pending>()

  function stopReports(message: string): void {
    worker?.terminate()
    worker = null
    for (const p of pending.values()) p.reject(new Error(message))
    pending.clear()
  }

  function shutdown(): void {
    stopReports('The PDF worker stopped')
    for (const [handle, p] of packets) {
      handle.terminate()
      p.reject(new Error('The PDF worker stopped'))
    }
    packets.clear()
  }

  function ensure(): PdfWorkerHandle {
    if (worker) return worker
    const w = spawn()
    w.onResult((message) => {
      if ('progress' in message) return
      const job = pending.get(message.id)
      if (!job) return
      pending.delete(message.id)
      if (!message.ok) job.reject(new Error(message.message))
      else if ('pdf' in message) job.resolve(message.pdf)
      else job.reject(new Error('The PDF worker answered a report with a packet piece'))
      if (pending.size === 0) idle = timers.set(() => stopReports('The PDF worker stopped'), idleMs)
    })
    w.onCrash((message) => {
      worker = null
      for (const p of pending.values()) p.reject(new Error(`The PDF worker failed: ${message}`))
      pending.clear()
    })
    worker = w
    return w
  }

  function renderPacket(model: PacketModel, onProgress?: ProgressListener): Promise<Uint8Array> {
    return new Promise<Uint8Array>((resolve, reject) => {
      const id = nextId++
      const w = spawn()
      // settles once: the worker is terminated first, so a late message or its exit cannot fire again
      const settle = (outcome: () => void): void => {
        if (!packets.delete(w)) return
        w.terminate()
        outcome()
      }
      packets.set(w, { resolve, reject })
      w.onResult((message) => {
        if (message.id !== id || !packets.has(w)) return
        if ('progress' in message) onProgress?.(message.progress.done, message.progress.total)
        else if (!message.ok) settle(() => reject(new Error(message.message)))
        else if ('pdf' in message) settle(() => resolve(message.pdf))
        else settle(() => reject(new Error('The PDF worker answered a packet with a packet piece')))
      })
      w.onCrash((message) => settle(() => reject(new Error(`The PDF worker failed: ${message}`))))
      w.post({ id, kind: 'packet', model })
    })
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
    renderPacket,
    shutdown
  }
}
