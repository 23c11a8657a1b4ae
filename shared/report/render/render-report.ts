import type { PacketBuild } from '../packet/packet-model'
import type { PacketModel } from '../packet/packet-types'
import type { ReportModel } from '../report-types'
import { packetPieceSteps, renderPacketPiece, type PacketPiece, type RenderedPiece } from './packet/packet-piece'
import { renderPacketDocument, writePacket, type PacketProgress, type PieceRenderer } from './packet/render-packet'
import type { PdfSink } from './packet/pdf-stream-writer'
import { drawPageFurniture, reportFurniture } from './page-furniture'
import { finishDocument, openDocument } from './pdf-document'
import { prepareFonts, type ReportFonts } from './pdf-fonts'
import type { StreamDeflate } from './stream-deflate'
import { drawReport } from './report-body'

/** How a packet's pieces get drawn and where its bytes go (see writePacket). */
export type PacketStream = { sink: PdfSink; render: PieceRenderer; ahead: number; onProgress?: PacketProgress | undefined }

export type ReportRenderer = {
  render: (model: ReportModel) => Uint8Array
  /** The audit packet: cover, summary, contents, every report and the manifest in one PDF, drawn on this thread. */
  renderPacket: (model: PacketModel, onProgress?: PacketProgress) => Uint8Array
  /**
   * The same packet, byte for byte, its pieces drawn by `render` (workers) and written into `sink` as
   * they come; from a PacketBuild, the first pieces are drawn while the model is built. Resolves with the model.
   */
  writePacket: (model: PacketModel | PacketBuild, stream: PacketStream) => Promise<PacketModel>
  /** One piece of a packet: what a packet's worker draws. */
  renderPiece: (piece: PacketPiece) => RenderedPiece
  /**
   * The same piece drawn in steps (one report each, then the file, which the last step returns): for a
   * thread with other work between them. A step may yield a promise (its pages being compressed off
   * this thread): the next step is taken once it settles.
   */
  renderPieceInSteps: (piece: PacketPiece) => Generator<Promise<unknown> | undefined, RenderedPiece, void>
}

/**
 * A report renderer for one pair of fonts. Parsing the fonts is done once here; each render builds a
 * fresh jsPDF document (jsPDF documents cannot be reused) and returns the PDF bytes.
 * Pure: no host APIs, no clock; the same model always gives the same bytes for the same `deflate`
 * (the host's stream compressor; by default the portable one, see stream-deflate).
 */
export function createReportRenderer(fonts: ReportFonts, deflate?: StreamDeflate): ReportRenderer {
  const prepared = prepareFonts(fonts, deflate)
  return {
    render: (model) => {
      const pdf = openDocument(prepared)
      const placed = drawReport(pdf, model, prepared)
      drawPageFurniture(pdf, reportFurniture(model), { first: placed.first, last: placed.last, total: placed.last })
      return finishDocument(pdf, placed.outline, { ...model.properties, generatedAt: model.generatedAt, fileId: model.fingerprint })
    },
    renderPacket: (model, onProgress) => renderPacketDocument(prepared, model, onProgress),
    writePacket: (model, stream) => writePacket({ fonts: prepared, model, ...stream }),
    renderPiece: (piece) => renderPacketPiece(prepared, piece),
    renderPieceInSteps: (piece) => packetPieceSteps(prepared, piece)
  }
}
