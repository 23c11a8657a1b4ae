import type { PacketModel } from '../../packet/packet-types'
import type { PreparedFonts } from '../pdf-fonts'
import { piecesOf, renderPacketPiece, type PacketPiece, type RenderedPiece } from './packet-piece'
import { openPacketWriter, type PacketProgress } from './packet-writer'
import type { PdfSink } from './pdf-stream-writer'

export type { PacketProgress } from './packet-writer'

/** Draws one piece of a packet: in a worker (a host's), or here on this thread. */
export type PieceRenderer = (piece: PacketPiece) => Promise<RenderedPiece>

/**
 * The audit packet as one PDF, every piece drawn on this thread: for tests, `verify` and hosts
 * without workers. The bytes are the same as when the pieces are drawn by any number of workers.
 */
export function renderPacketDocument(fonts: PreparedFonts, model: PacketModel, onProgress?: PacketProgress): Uint8Array {
  const chunks: Uint8Array[] = []
  const writer = openPacketWriter(fonts, model, (bytes) => chunks.push(bytes), onProgress)
  for (const piece of piecesOf(model)) writer.add(renderPacketPiece(fonts, piece))
  writer.finish()
  return concat(chunks)
}

/**
 * The audit packet written into `sink`, its pieces drawn by `render` (one worker per core), at most
 * `ahead` of them at a time beyond the next one to write: drawn pieces wait in memory only until
 * the pieces before them are written, so memory stays flat however large the packet.
 */
export async function writePacket(options: {
  fonts: PreparedFonts
  model: PacketModel
  sink: PdfSink
  render: PieceRenderer
  ahead: number
  onProgress?: PacketProgress | undefined
}): Promise<void> {
  const { model, render } = options
  const writer = openPacketWriter(options.fonts, model, options.sink, options.onProgress)
  const pieces = piecesOf(model)
  const drawn = new Map<number, RenderedPiece>()
  let asked = 0
  let written = 0
  await new Promise<void>((resolve, reject) => {
    let failed = false
    const fail = (error: unknown): void => {
      failed = true
      reject(error instanceof Error ? error : new Error(String(error)))
    }
    const arrived = (piece: RenderedPiece): void => {
      if (failed) return
      try {
        drawn.set(piece.index, piece)
        for (let next = drawn.get(written); next; next = drawn.get(written)) {
          drawn.delete(written)
          writer.add(next)
          written++
        }
      } catch (error) {
        fail(error)
        return
      }
      if (written === pieces.length) resolve()
      else ask()
    }
    const ask = (): void => {
      while (!failed && asked < pieces.length && asked - written < Math.max(1, options.ahead)) {
        render(pieces[asked++] as PacketPiece).then(arrived, fail)
      }
    }
    if (pieces.length === 0) resolve()
    else ask()
  })
  writer.finish()
}

/** The chunks a sink collected, as one array. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}
