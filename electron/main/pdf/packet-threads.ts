import { availableParallelism } from 'node:os'
import { createPiecePool, type PieceThread } from '@shared/report/piece-pool'
import type { PacketBuild } from '@shared/report/packet/packet-model'
import type { PacketModel } from '@shared/report/packet/packet-types'
import type { PdfSink } from '@shared/report/render/packet/pdf-stream-writer'
import type { PacketProgress } from '@shared/report/render/packet/render-packet'
import type { ReportRenderer } from '@shared/report/render/render-report'
import { spawnPdfThread } from './node-worker-handle'
import { thisThreadHandle } from './this-thread-handle'
import { readPieceRecords, type PacketPiece, type RenderedPiece } from '@shared/report/render/packet/packet-piece'
import type { StoredText } from '@shared/report/packet/stored-record'
import { readStoredFile } from './read-stored-file'
import { withLeanHeap } from './lean-heap'
import { withoutTurboInlining } from './packet-compile'

/** How many pieces a worker thread is given at once (this thread takes one). */
export const WORKER_THREAD_HOLDS = 2

/**
 * Pieces asked for ahead of the next one to write, per drawing thread. Four, not two: with two, a
 * worker thread's first piece (drawn with a cold JIT, ≈ 1 s) held the writing back while this thread
 * drew the next ones, and the worker thread then waited for pieces to be asked for. A drawn piece
 * waiting to be written is ≈ 1.3 MB.
 */
export const PIECES_AHEAD_PER_THREAD = 4

/**
 * Writes an audit packet with its pieces drawn on pieceThreadCount threads: this one and worker threads
 * (running `workerFile`, the bundled pdf-worker.js), PIECES_AHEAD_PER_THREAD pieces asked
 * ahead per thread so none waits for the next. Without a worker file (tests run from the sources) every piece
 * is drawn on this thread; the bytes are the same either way. The workers are started first, so their
 * start overlaps the building of the packet's model (given a PacketBuild), and the first pieces are
 * drawn meanwhile. Resolves with the model.
 */
export async function writePacketOnThreads(
  options: PacketThreadOptions & { model: PacketModel | PacketBuild; sink: PdfSink; onProgress?: PacketProgress | undefined }
): Promise<PacketModel> {
  const threads = startPacketThreads(options)
  try {
    return await threads.write(options.model, options.sink, options.onProgress)
  } finally {
    threads.close()
  }
}

export type PacketThreadOptions = {
  renderer: ReportRenderer
  workerFile: string | null
  workers?: number | undefined
  /** Reads a stored record's file on this thread (the command line's input reader); worker threads read it themselves. */
  readStored?: StoredText | undefined
}

/** The threads that draw one packet, started before its model is known (writePacketOnThreads). */
export type PacketThreads = {
  /** Writes the packet into `sink`, its pieces drawn by these threads; resolves with its model. */
  write: (model: PacketModel | PacketBuild, sink: PdfSink, onProgress?: PacketProgress) => Promise<PacketModel>
  /** Stops the worker threads: once the packet is written, or when none will be. */
  close: () => void
}

/**
 * Starts a packet's drawing threads at once, so their start (each worker thread's code compiled and
 * fonts parsed, about a second) overlaps whatever comes before the packet: the command line starts
 * them before it reads and checks the input files.
 */
export function startPacketThreads(options: PacketThreadOptions): PacketThreads {
  const { renderer } = options
  const readStored = options.readStored ?? readStoredFile
  if (options.workerFile === null) {
    const render = async (piece: PacketPiece): Promise<RenderedPiece> => renderer.renderPiece(await readPieceRecords(piece, readStored))
    return {
      write: (model, sink, onProgress) =>
        withPacketSettings(engagementsOf(model), () => renderer.writePacket(model, { sink, render, ahead: 1, onProgress })),
      close: () => undefined
    }
  }
  const workerFile = options.workerFile
  const workers = pieceThreadCount(options.workers)
  // this thread draws too, as one of them: a thread fewer to start (see thisThreadHandle). A worker
  // thread holds two pieces, so it starts its next as soon as one is drawn: this thread, busy with a
  // report of its own piece, would answer it only after that (≈ 0.1 s a piece, measured)
  let hereFree = true
  const spawn = (): PieceThread => {
    if (!hereFree) return { ...spawnPdfThread(workerFile), holds: WORKER_THREAD_HOLDS }
    hereFree = false
    const here = thisThreadHandle(renderer, readStored)
    return { ...here, terminate: () => ((hereFree = true), here.terminate()) }
  }
  const pool = createPiecePool(spawn, workers)
  try {
    pool.warm()
  } catch (error) {
    pool.close()
    throw error
  }
  return {
    write: (model, sink, onProgress) =>
      withPacketSettings(engagementsOf(model), () =>
        renderer.writePacket(model, { sink, render: pool.render, ahead: PIECES_AHEAD_PER_THREAD * workers, onProgress })
      ),
    close: () => pool.close()
  }
}

/** V8 as a packet is best made: its heap held (lean-heap) and TurboFan's inlining off (packet-compile). */
const withPacketSettings = <T>(engagements: number, make: () => Promise<T>): Promise<T> =>
  withLeanHeap(engagements, () => withoutTurboInlining(make))

const engagementsOf = (model: PacketModel | PacketBuild): number => ('build' in model ? model.engagements : model.entries.length)

/**
 * How many threads draw a packet's pieces, this one among them: as asked, else ARMSLENGTH_PDF_WORKERS,
 * else half the cores (at least one). Not one per core: each drawing thread brings its own work on V8's
 * background threads (compiling its code, collecting its garbage), about as much CPU again as it draws.
 * On two cores, one drawing thread made the 100-engagement packet faster than two (2.7 against 3.0 s
 * before inlining was turned off, packet-compile; equal at 300 engagements), with 70 MB less memory
 * (docs/performance.md, DECISIONS 243). Larger machines were not measured.
 */
export function pieceThreadCount(asked?: number): number {
  return Math.max(1, asked ?? workersFromEnvironment() ?? Math.floor(availableParallelism() / 2))
}

/** ARMSLENGTH_PDF_WORKERS=n draws a packet's pieces on n threads (this one and n − 1 workers) instead of half the cores (tests, measurements). */
function workersFromEnvironment(): number | undefined {
  const n = Number(process.env['ARMSLENGTH_PDF_WORKERS'])
  return Number.isInteger(n) && n > 0 ? n : undefined
}
