import type { PacketModel } from '../packet/packet-types'
import type { ReportModel } from '../report-types'
import { renderPacketDocument, type PacketProgress } from './packet/render-packet'
import { drawPageFurniture, reportFurniture } from './page-furniture'
import { finishDocument, openDocument } from './pdf-document'
import { prepareFonts, type ReportFonts } from './pdf-fonts'
import { drawReport } from './report-body'

export type ReportRenderer = {
  render: (model: ReportModel) => Uint8Array
  /** The audit packet: cover, summary, contents, every report and the manifest in one PDF. */
  renderPacket: (model: PacketModel, onProgress?: PacketProgress) => Uint8Array
}

/**
 * A report renderer for one pair of fonts. Parsing the fonts is done once here; each render builds a
 * fresh jsPDF document (jsPDF documents cannot be reused) and returns the PDF bytes.
 * Pure: no host APIs, no clock; the same model always gives the same bytes.
 */
export function createReportRenderer(fonts: ReportFonts): ReportRenderer {
  const prepared = prepareFonts(fonts)
  return {
    render: (model) => {
      const pdf = openDocument(prepared)
      const placed = drawReport(pdf, model, prepared)
      drawPageFurniture(pdf, reportFurniture(model), { first: placed.first, last: placed.last, total: placed.last })
      return finishDocument(pdf, placed.outline, { ...model.properties, generatedAt: model.generatedAt, fileId: model.fingerprint })
    },
    renderPacket: (model, onProgress) => renderPacketDocument(prepared, model, onProgress)
  }
}
