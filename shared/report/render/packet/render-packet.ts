import type { PacketBuild } from '../../packet/packet-model'
import type { PacketModel } from '../../packet/packet-types'
import type { PreparedFonts } from '../pdf-fonts'
import { pieceCutter, piecesOf, renderPacketPiece, type PacketPiece, type RenderedPiece } from './packet-piece'
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
  const writer = openPacketWriter(fonts, model, (bytes) => void chunks.push(bytes), onProgress)
  for (const piece of piecesOf(model)) writer.add(renderPacketPiece(fonts, piece))
  writer.finish()
  return concat(chunks)
}

/**
 * The audit packet written into `sink`, its pieces drawn by `render` (on one thread or several), at most
 * `ahead` of them asked for beyond the next one to write: a drawn piece waits in memory only until
 * the pieces before it are written, so memory stays flat however large the packet. The pieces are
 * written in packet order whichever worker finishes first, so the bytes are always the same.
 *
 * Given a PacketBuild rather than a model, the first pieces are asked for as their entries are
 * built, so the workers draw while the rest of the model (every engagement scored and checked) is
 * built here. Resolves with the model.
 */
export async function writePacket(options: {
  fonts: PreparedFonts
  model: PacketModel | PacketBuild
  sink: PdfSink
  render: PieceRenderer
  ahead: number
  onProgress?: PacketProgress | undefined
}): Promise<PacketModel> {
  const { render } = options
  const limit = Math.max(1, options.ahead)
  const pieces: PacketPiece[] = []
  const asked = new Map<number, Promise<RenderedPiece>>()
  const ask = (index: number): void => {
    const drawing = render(pieces[index] as PacketPiece)
    // a failure is thrown where the piece is awaited; until then it must not count as unhandled
    drawing.catch(() => undefined)
    asked.set(index, drawing)
  }
  let model: PacketModel
  if ('build' in options.model) {
    const cut = pieceCutter(options.model.shared)
    model = options.model.build((entry) => {
      const piece = cut.add(entry)
      if (!piece) return
      pieces.push(piece)
      if (piece.index <= limit) ask(piece.index)
    })
    const last = cut.end()
    if (last) pieces.push(last)
  } else {
    model = options.model
    pieces.push(...piecesOf(model))
  }
  const writer = openPacketWriter(options.fonts, model, options.sink, options.onProgress)
  let next = asked.size
  for (let written = 0; written < pieces.length; written++) {
    while (next < pieces.length && next - written <= limit) ask(next++)
    const piece = await (asked.get(written) as Promise<RenderedPiece>)
    asked.delete(written)
    writer.add(piece)
    await writer.drained()
  }
  writer.finish()
  await writer.drained()
  return model
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
