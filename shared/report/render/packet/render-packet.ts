import { plural } from '../../labels'
import type { PacketEntry, PacketModel } from '../../packet/packet-types'
import { Layout, type Bookmark } from '../layout'
import { drawPageFurniture, reportFurniture, type Furniture } from '../page-furniture'
import { finishDocument, openDocument, type PdfDocument } from '../pdf-document'
import type { PreparedFonts } from '../pdf-fonts'
import { drawReport } from '../report-body'
import { drawPacketContents, fillPacketContents, type ContentsTarget } from './packet-contents'
import { drawPacketCover } from './packet-cover'
import { drawManifest, type PageSpan } from './packet-manifest-pages'
import { drawPacketSummary } from './packet-summary'
import { compactPages } from './compact-pages'

/** Called after each engagement: `done` of `total` engagements are in the packet. */
export type PacketProgress = (done: number, total: number) => void

type Run = { furniture: Furniture; first: number; last: number }

/**
 * The audit packet as one PDF: cover, portfolio summary with the heat map, contents, every report
 * (the same pages as the single report, drawn into this document), and the manifest. Both fonts are
 * embedded once, subset to the union of the glyphs of all reports. The contents' page numbers and
 * every page's "Page x of y" are written last, once the page count is known.
 */
export function renderPacketDocument(fonts: PreparedFonts, model: PacketModel, onProgress?: PacketProgress): Uint8Array {
  const pdf = openDocument(fonts)
  const front = layoutFrom(pdf)
  drawPacketCover(front, model)
  drawPacketSummary(front, model)
  const contents = drawPacketContents(front, model)
  const runs: Run[] = [{ furniture: packetFurniture(model), first: 1, last: front.page }]
  const outline: Bookmark[] = [{ title: 'Cover', page: 1, children: [] }, ...front.outline]
  const spans = new Map<number, PageSpan>()
  const total = model.entries.length
  onProgress?.(0, total)
  model.entries.forEach((entry, i) => {
    if (entry.report) {
      pdf.doc.addPage()
      const placed = drawReport(pdf, entry.report, fonts)
      spans.set(entry.number, placed)
      outline.push({ title: bookmarkTitle(entry), page: placed.first, children: placed.outline })
      const footer = `Document ${entry.report.documentId} · ${entry.report.statusLabel} · Packet ${model.packetId}`
      runs.push({ furniture: reportFurniture(entry.report, footer), first: placed.first, last: placed.last })
      compactPages(pdf.doc, placed.first, placed.last)
    }
    onProgress?.(i + 1, total)
  })
  pdf.doc.addPage()
  const back = layoutFrom(pdf)
  drawManifest(back, model, spans)
  outline.push(...back.outline)
  runs.push({ furniture: packetFurniture(model), first: back.firstPage, last: back.page })
  const summaryPage = front.sectionPages.get('summary')
  const pageOf = (target: ContentsTarget): number | undefined =>
    target === 'summary' ? summaryPage : target === 'manifest' ? back.firstPage : spans.get(target)?.first
  fillPacketContents(pdf, contents, pageOf)
  const pages = pdf.doc.getNumberOfPages()
  for (const run of runs) drawPageFurniture(pdf, run.furniture, { first: run.first, last: run.last, total: pages })
  return finishDocument(pdf, outline, { ...model.properties, generatedAt: model.generatedAt, fileId: model.manifestHash })
}

/** A layout continuing on the document's last page, which must be empty. */
function layoutFrom(pdf: PdfDocument): Layout {
  const first = pdf.doc.getNumberOfPages()
  pdf.canvas.pageChanged()
  return new Layout(pdf.doc, pdf.canvas, pdf.ts, () => undefined, first)
}

function packetFurniture(model: PacketModel): Furniture {
  return {
    marking: model.marking,
    left: `${model.title} · ${plural(model.counts.engagements, 'engagement')}`,
    right: `Packet ${model.packetId}`,
    footer: `Packet ${model.packetId} · Generated ${model.generatedOn}`
  }
}

function bookmarkTitle(e: PacketEntry): string {
  return `${e.number}. ${e.vendorName} — ${e.engagementName}${e.status === 'draft' ? ` (${e.statusLabel.toLowerCase()})` : ''}`
}
