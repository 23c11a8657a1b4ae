import type { PacketPiece, RenderedPiece } from './render/packet/packet-piece'
import type { PieceRenderer } from './render/packet/render-packet'
import type { PdfWorkerHandle } from './worker-pool'

type Waiting = { piece: PacketPiece; resolve: (piece: RenderedPiece) => void; reject: (error: Error) => void }

/**
 * How many pieces one worker draws before it is replaced by a fresh one: a bound on one worker's heap
 * over a very large packet (jsPDF's memory grows from one document to the next). Not lower: a fresh
 * worker starts with a cold JIT and parses the fonts again, and replacing every 8 pieces cost 0.6 s of
 * a 100-engagement packet (5.45 → 4.84 s) while the 1,000-engagement peak did not fall (930 → 958 MB;
 * the main thread's records and models dominated it then). A worker's heap stays within about 40–110 MB
 * from piece to piece (measured over 38 pieces), so 64 bounds it without costing a start per packet.
 */
export const PIECES_PER_WORKER = 64

/**
 * Up to `size` PDF workers drawing pieces of one audit packet, one piece at a time each, started as
 * pieces are asked for; each is replaced after `perWorker` pieces. `close` terminates them all (the
 * packet's writer calls it when done or when it fails), and a piece still waiting is refused.
 */
export function createPiecePool(
  spawn: () => PdfWorkerHandle,
  size: number,
  perWorker = PIECES_PER_WORKER
): { render: PieceRenderer; warm: () => void; close: () => void } {
  const idle: PdfWorkerHandle[] = []
  const busy = new Map<PdfWorkerHandle, Waiting & { id: number }>()
  const queue: Waiting[] = []
  let started = 0
  let nextId = 1
  let closed = false

  function start(): PdfWorkerHandle {
    started++
    const worker = spawn()
    let drawn = 0
    let retired = false
    worker.onResult((message) => {
      const job = busy.get(worker)
      if (!job || message.id !== job.id || 'progress' in message) return
      busy.delete(worker)
      if (++drawn < perWorker) idle.push(worker)
      else {
        // retired: its heap goes with it, and dispatch starts a fresh worker for the next piece
        retired = true
        started--
        worker.terminate()
      }
      if (!message.ok) job.reject(new Error(message.message))
      else if ('piece' in message) job.resolve(message.piece)
      else job.reject(new Error('The PDF worker answered a piece with a whole PDF'))
      dispatch()
    })
    worker.onCrash((message) => {
      if (retired) return
      retired = true
      const job = busy.get(worker)
      busy.delete(worker)
      const at = idle.indexOf(worker)
      if (at >= 0) idle.splice(at, 1)
      started--
      // an error event may come before the thread is gone: make sure it does not linger
      worker.terminate()
      job?.reject(new Error(`The PDF worker failed: ${message}`))
    })
    return worker
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const worker = idle.pop() ?? (started < size ? start() : undefined)
      if (!worker) return
      const job = queue.shift() as Waiting
      const id = nextId++
      busy.set(worker, { ...job, id })
      worker.post({ id, kind: 'piece', piece: job.piece })
    }
  }

  return {
    render: (piece) =>
      new Promise<RenderedPiece>((resolve, reject) => {
        if (closed) return reject(new Error('The packet was stopped'))
        queue.push({ piece, resolve, reject })
        dispatch()
      }),
    // every worker started now, before a piece is asked for: a thread's start (its code, its fonts)
    // then overlaps what the caller does meanwhile (the packet's model, its front matter)
    warm: () => {
      while (!closed && started < size) idle.push(start())
    },
    close: () => {
      closed = true
      for (const worker of [...idle, ...busy.keys()]) worker.terminate()
      for (const job of [...queue, ...busy.values()]) job.reject(new Error('The packet was stopped'))
      idle.length = 0
      busy.clear()
      queue.length = 0
    }
  }
}
