import type { ReportModel } from '../report-types'
import { drawActionPlan } from './action-plan'
import { drawAppendix, drawSources } from './appendix'
import { drawContentsPageNumbers, drawCover } from './cover'
import { drawFindings } from './findings'
import { needsMarkers } from './font-coverage'
import { Layout, type Bookmark } from './layout'
import { drawMethod } from './method'
import { drawWatermark } from './page-furniture'
import type { PdfDocument } from './pdf-document'
import type { PreparedFonts } from './pdf-fonts'
import { drawRiskProfile } from './profile-chart'
import { drawSignOff } from './signoff'
import { drawSummary } from './summary'

/** Where a report went in its document: its pages (inclusive) and its bookmarks. */
export type ReportPlacement = { first: number; last: number; outline: Bookmark[] }

/**
 * Draws every page of one report, starting on the document's current page, which must be empty
 * (page 1 of a single report, or a fresh page in an audit packet). The running header and footer are
 * left to the caller, since "Page x of y" needs the document's final page count.
 */
export function drawReport(pdf: PdfDocument, model: ReportModel, fonts: PreparedFonts): ReportPlacement {
  const { doc, canvas, ts } = pdf
  const first = doc.getNumberOfPages()
  const layout = new Layout(
    doc,
    canvas,
    ts,
    () => {
      if (model.draft) drawWatermark(canvas, ts)
    },
    first
  )
  canvas.pageChanged()
  if (model.draft) drawWatermark(canvas, ts)
  const contents = drawCover(layout, model, markersNeeded(model, fonts))
  drawSummary(layout, model)
  drawMethod(layout, model)
  drawRiskProfile(layout, model)
  drawFindings(layout, model)
  drawActionPlan(layout, model)
  drawSignOff(layout, model)
  drawAppendix(layout, model)
  drawSources(layout, model)
  const last = layout.page
  drawContentsPageNumbers(layout, contents)
  return { first, last, outline: layout.outline }
}

function markersNeeded(model: ReportModel, fonts: PreparedFonts): boolean {
  return needsMarkers(JSON.stringify(model), (cp) => fonts.covers(cp, 'regular') && fonts.covers(cp, 'bold'))
}
