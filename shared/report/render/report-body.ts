import type { ReportModel } from '../report-types'
import { drawActionPlan } from './action-plan'
import { drawAppendix, drawSources } from './appendix'
import { drawContentsPageNumbers, drawCover, type ContentsEntry } from './cover'
import { drawFindings } from './findings'
import { valueNeedsMarkers } from './font-coverage'
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

/** A contents line of a report's cover with the page its section starts on (document page numbers). */
export type ContentsNumber = { id: ContentsEntry['id']; page: number; y: number; target: number }

/**
 * Draws every page of one report, starting on the document's current page, which must be empty
 * (page 1 of a single report, or a fresh page in an audit packet). The running header and footer are
 * left to the caller, since "Page x of y" needs the document's final page count.
 */
export function drawReport(pdf: PdfDocument, model: ReportModel, fonts: PreparedFonts): ReportPlacement {
  const { placement, layout, contents } = drawReportPages(pdf, model, fonts)
  drawContentsPageNumbers(layout, contents)
  return placement
}

/**
 * A report's pages without the page numbers of its contents, which are returned instead: an audit
 * packet drawn in pieces writes them with the running headers once the packet's page numbers are known.
 */
export function drawReportWithoutNumbers(
  pdf: PdfDocument,
  model: ReportModel,
  fonts: PreparedFonts
): ReportPlacement & { numbers: ContentsNumber[] } {
  const { placement, layout, contents } = drawReportPages(pdf, model, fonts)
  const numbers = contents.flatMap((c) => {
    const target = layout.sectionPages.get(c.id)
    return target === undefined ? [] : [{ id: c.id, page: c.page, y: c.y, target }]
  })
  return { ...placement, numbers }
}

function drawReportPages(
  pdf: PdfDocument,
  model: ReportModel,
  fonts: PreparedFonts
): { placement: ReportPlacement; layout: Layout; contents: ContentsEntry[] } {
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
  return { placement: { first, last: layout.page, outline: layout.outline }, layout, contents }
}

/**
 * Whether anything in the report's model (as JSON would write it) needs a missing-glyph marker. The
 * strings found to need none are remembered per set of faces (bounded), so a packet checks each bank
 * text once rather than once per report.
 */
function markersNeeded(model: ReportModel, fonts: PreparedFonts): boolean {
  let checked = CHECKED_TEXTS.get(fonts)
  if (!checked || checked.size >= MAX_CHECKED_TEXTS) CHECKED_TEXTS.set(fonts, (checked = new Set()))
  return valueNeedsMarkers(model, (cp) => fonts.covers(cp, 'regular') && fonts.covers(cp, 'bold'), checked)
}

const CHECKED_TEXTS = new WeakMap<PreparedFonts, Set<string>>()
/**
 * A few thousand: a bank's texts are far fewer, and the rest (notes, names beyond ASCII) do not come
 * again in another report, so a larger set would only keep a large packet's notes alive.
 */
const MAX_CHECKED_TEXTS = 5_000
