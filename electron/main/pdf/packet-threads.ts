import { availableParallelism } from 'node:os'
import { createPiecePool } from '@shared/report/piece-pool'
import type { PacketBuild } from '@shared/report/packet/packet-model'
import type { PacketModel } from '@shared/report/packet/packet-types'
import type { PdfSink } from '@shared/report/render/packet/pdf-stream-writer'
import type { PacketProgress } from '@shared/report/render/packet/render-packet'
import type { ReportRenderer } from '@shared/report/render/render-report'
import { spawnPdfThread } from './node-worker-handle'

/**
 * Writes an audit packet with its pieces drawn on every core: one worker thread each (running
 * `workerFile`, the bundled pdf-worker.js), two pieces asked ahead per worker so none waits for
 * the next. Without a worker file (tests run from the sources) the pieces are drawn on this thread;
 * the bytes are the same either way. The workers are started first, so their start overlaps the
 * building of the packet's model (given a PacketBuild) and the first pieces are drawn meanwhile.
 * Resolves with the model.
 */
export async function writePacketOnThreads(options: {
  renderer: ReportRenderer
  model: PacketModel | PacketBuild
  sink: PdfSink
  workerFile: string | null
  onProgress?: PacketProgress | undefined
  workers?: number
}): Promise<PacketModel> {
  const { renderer, model, sink, onProgress } = options
  if (options.workerFile === null) {
    return renderer.writePacket(model, { sink, render: async (piece) => renderer.renderPiece(piece), ahead: 1, onProgress })
  }
  const workerFile = options.workerFile
  const workers = pieceWorkerCount(options.workers)
  const pool = createPiecePool(() => spawnPdfThread(workerFile), workers)
  try {
    pool.warm()
    return await renderer.writePacket(model, { sink, render: pool.render, ahead: 2 * workers, onProgress })
  } finally {
    pool.close()
  }
}

/** How many workers draw a packet's pieces: as asked, else ARMSLENGTH_PDF_WORKERS, else one per core. */
export function pieceWorkerCount(asked?: number): number {
  return Math.max(1, asked ?? workersFromEnvironment() ?? availableParallelism())
}

/** ARMSLENGTH_PDF_WORKERS=n draws a packet's pieces with n workers instead of one per core (tests, measurements). */
function workersFromEnvironment(): number | undefined {
  const n = Number(process.env['ARMSLENGTH_PDF_WORKERS'])
  return Number.isInteger(n) && n > 0 ? n : undefined
}
