import type { ReportModel } from '../report-types'
import type { PdfCanvas } from './canvas'
import type { Layout } from './layout'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from './theme'
import type { Typesetter } from './typesetter'

const WATERMARK_SIZE = 120
const WATERMARK_ANGLE = 52

/**
 * The diagonal DRAFT mark, drawn first on each page so it sits behind the content in a light grey
 * that leaves the text readable (no transparency needed, which keeps the PDF simple to print).
 */
export function drawWatermark(canvas: PdfCanvas, ts: Typesetter): void {
  const text = ts.cover('DRAFT', 'bold')
  const w = ts.width(text, 'bold', WATERMARK_SIZE)
  const capHeight = WATERMARK_SIZE * 0.73
  const a = (WATERMARK_ANGLE * Math.PI) / 180
  const cx = PAGE.width / 2
  const cy = PAGE.height / 2
  // start point such that the middle of the word sits at the middle of the page
  const x = cx - (Math.cos(a) * w) / 2 + (Math.sin(a) * capHeight) / 2
  const y = cy + (Math.sin(a) * w) / 2 + (Math.cos(a) * capHeight) / 2
  canvas.rotatedText(text, x, y, WATERMARK_ANGLE, 'bold', WATERMARK_SIZE, COLOURS.watermark)
}

/**
 * Running header (marking, report title and engagement) and footer (document id, "Page x of y") on
 * every page, added once all pages exist so the total is known.
 */
export function drawPageFurniture(layout: Layout, model: ReportModel): void {
  const { doc, canvas, ts } = layout
  const total = layout.page
  const style = TYPE.furniture
  const right = PAGE.left + CONTENT_WIDTH
  const marking = ts.fit(model.marking, TYPE.smallBold, CONTENT_WIDTH)
  const markingWidth = ts.width(marking, 'bold', TYPE.smallBold.size)
  const titleText = ts.fit(`${model.title} · ${model.engagement.vendorName} · ${model.engagement.name}`, style, CONTENT_WIDTH * 0.74)
  const assessmentText = ts.fit(model.assessment.title, style, CONTENT_WIDTH * 0.24)
  const assessmentWidth = ts.width(assessmentText, 'regular', style.size)
  const footerLeft = ts.cover(`Document ${model.documentId} · ${model.statusLabel} · Generated ${model.generatedOn}`, 'regular')
  for (let page = 1; page <= total; page++) {
    doc.setPage(page)
    canvas.pageChanged()
    canvas.text(marking, (PAGE.width - markingWidth) / 2, 32, 'bold', TYPE.smallBold.size, COLOURS.marking)
    canvas.text(titleText, PAGE.left, 50, 'regular', style.size, COLOURS.muted)
    canvas.text(assessmentText, right - assessmentWidth, 50, 'regular', style.size, COLOURS.muted)
    canvas.line(PAGE.left, 56, right, 56, COLOURS.rule, 0.5)
    const footerY = PAGE.height - 38
    canvas.line(PAGE.left, footerY - 12, right, footerY - 12, COLOURS.rule, 0.5)
    canvas.text(footerLeft, PAGE.left, footerY, 'regular', style.size, COLOURS.muted)
    const pageText = `Page ${page} of ${total}`
    canvas.text(pageText, right - ts.width(pageText, 'regular', style.size), footerY, 'regular', style.size, COLOURS.ink)
  }
}
