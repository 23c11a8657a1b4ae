import type { PacketPiece, RenderedPiece } from './render/packet/packet-piece'
import type { PieceRenderer } from './render/packet/render-packet'
import type { PdfWorkerHandle } from './worker-pool'

type Waiting = { piece: PacketPiece; resolve: (piece: RenderedPiece) => void; reject: (error: Error) => void }
type Job = Waiting & { id: number }

/**
 * A thread that draws pieces. `holds`: how many pieces it may be given at once (1 when not said).
 * A worker thread given two starts the second as soon as the first is drawn, without waiting for the
 * thread that hands out pieces (this one, which also draws and writes) to be free to give it one.
 */
export type PieceThread = PdfWorkerHandle & { holds?: number }

type Started = { handle: PieceThread; jobs: Job[]; posted: number }

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
 * Up to `size` PDF workers drawing pieces of one audit packet, each given up to its `holds` pieces at
 * a time (answered in any order), started as pieces are asked for; each is replaced after
 * `perWorker` pieces. A piece goes to a thread with nothing to draw first, then to a new thread, and
 * only then, while more pieces wait, to one that holds more. `close` terminates them all (the packet's writer calls it when
 * done or when it fails), and a piece still waiting is refused.
 */
export function createPiecePool(
  spawn: () => PieceThread,
  size: number,
  perWorker = PIECES_PER_WORKER
): { render: PieceRenderer; warm: () => void; close: () => void } {
  const threads: Started[] = []
  const queue: Waiting[] = []
  let nextId = 1
  let closed = false

  function retire(thread: Started): void {
    const at = threads.indexOf(thread)
    if (at >= 0) threads.splice(at, 1)
    thread.handle.terminate()
  }

  function start(): Started {
    const handle = spawn()
    const thread: Started = { handle, jobs: [], posted: 0 }
    threads.push(thread)
    handle.onResult((message) => {
      // by its id: a thread holding two pieces may answer the second first (its first one's records still being read)
      if ('progress' in message) return
      const at = thread.jobs.findIndex((j) => j.id === message.id)
      if (at < 0) return
      const job = thread.jobs.splice(at, 1)[0] as Job
      // its heap goes with it once it has drawn its share, and dispatch starts a fresh worker for the next piece
      if (thread.posted >= perWorker && thread.jobs.length === 0) retire(thread)
      if (!message.ok) job.reject(new Error(message.message))
      else if ('piece' in message) job.resolve(message.piece)
      else job.reject(new Error('The PDF worker answered a piece with a whole PDF'))
      dispatch()
    })
    handle.onCrash((message) => {
      if (!threads.includes(thread)) return
      // an error event may come before the thread is gone: make sure it does not linger
      retire(thread)
      const jobs = thread.jobs.splice(0)
      for (const job of jobs) job.reject(new Error(`The PDF worker failed: ${message}`))
    })
    return thread
  }

  const canTake = (thread: Started, held: number): boolean => thread.jobs.length === held && thread.posted < perWorker

  /**
   * The thread for the next piece: one with nothing to draw (the latest started first), a new one, or,
   * while another piece waits besides this one, one that holds more: the last pieces go to whichever
   * thread is free first rather than behind another piece.
   */
  function next(): Started | undefined {
    for (let i = threads.length - 1; i >= 0; i--) if (canTake(threads[i] as Started, 0)) return threads[i]
    if (threads.length < size) return start()
    if (queue.length < 2) return undefined
    for (let held = 1; ; held++) {
      const open = threads.filter((t) => held < (t.handle.holds ?? 1))
      if (open.length === 0) return undefined
      for (let i = open.length - 1; i >= 0; i--) if (canTake(open[i] as Started, held)) return open[i]
    }
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const thread = next()
      if (!thread) return
      const job = { ...(queue.shift() as Waiting), id: nextId++ }
      thread.jobs.push(job)
      thread.posted++
      thread.handle.post({ id: job.id, kind: 'piece', piece: job.piece })
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
      while (!closed && threads.length < size) start()
    },
    close: () => {
      closed = true
      const jobs = [...queue, ...threads.flatMap((t) => t.jobs)]
      for (const thread of threads) thread.handle.terminate()
      threads.length = 0
      queue.length = 0
      for (const job of jobs) job.reject(new Error('The packet was stopped'))
    }
  }
}
