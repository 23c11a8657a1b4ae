import type { ReportModel } from './report-types'

/**
 * Renders PDFs off the caller's thread: a worker thread beside the main process on the desktop, a
 * Web Worker in the browser edition, or in-process for the command line.
 */
export interface ReportGenerator {
  renderReport: (model: ReportModel) => Promise<Uint8Array>
}

/** Messages between a host and its PDF worker. */
export type PdfJob = { id: number; kind: 'report'; model: ReportModel }
export type PdfJobResult = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string }
