import type { PacketModel } from './packet/packet-types'
import type { PacketPiece, RenderedPiece } from './render/packet/packet-piece'
import type { ReportModel } from './report-types'

/** Reports progress while a packet is built: `done` of `total` engagements are in. */
export type ProgressListener = (done: number, total: number) => void

/**
 * Renders PDFs off the caller's thread: a worker thread beside the main process on the desktop, a
 * Web Worker in the browser edition, or in-process for the command line.
 */
export interface ReportGenerator {
  renderReport: (model: ReportModel) => Promise<Uint8Array>
  /** One audit packet PDF. A worker-based generator releases the worker afterwards. */
  renderPacket: (model: PacketModel, onProgress?: ProgressListener) => Promise<Uint8Array>
}

/**
 * Messages between a host and its PDF worker. A packet job's worker draws the packet's pieces in
 * workers of its own ('piece' jobs, on machines with the cores for them) and writes the packet from them.
 */
export type PdfJob =
  | { id: number; kind: 'report'; model: ReportModel }
  | { id: number; kind: 'packet'; model: PacketModel }
  | { id: number; kind: 'piece'; piece: PacketPiece }
export type PdfJobResult =
  { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: true; piece: RenderedPiece } | { id: number; ok: false; message: string }
/** Sent by the worker while a packet job runs, before its result. */
export type PdfJobProgress = { id: number; progress: { done: number; total: number } }
export type PdfWorkerMessage = PdfJobResult | PdfJobProgress
