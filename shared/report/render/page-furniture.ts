import type { jsPDF } from 'jspdf'
import type { ReportModel } from '../report-types'
import type { PdfCanvas } from './canvas'
import { glyphContours, glyphPath } from './glyph-outline'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from './theme'
import type { Typesetter } from './typesetter'

const WATERMARK_SIZE = 120
const WATERMARK_ANGLE = 52

/**
 * The diagonal DRAFT mark, drawn first on each page so it sits behind the content in a light grey
 * that leaves the text readable (no transparency needed, which keeps the PDF simple to print). It
 * is drawn as the letters' outlines, not as text, so it never enters the text layer: copying or
 * extracting a draft's text gives the report's words without "DRAFT" scattered through them.
 */
export function drawWatermark(canvas: PdfCanvas, ts: Typesetter): void {
  canvas.fillPath(watermarkPath(ts), COLOURS.watermark)
}

const watermarkPaths = new WeakMap<object, string>()

function watermarkPath(ts: Typesetter): string {
  const face = ts.fonts.primary.bold
  const known = watermarkPaths.get(face)
  if (known !== undefined) return known
  const font = face.font
  const text = 'DRAFT'
  const w = ts.width(text, 'bold', WATERMARK_SIZE)
  const capHeight = WATERMARK_SIZE * 0.73
  const a = (WATERMARK_ANGLE * Math.PI) / 180
  const cos = Math.cos(a)
  const sin = Math.sin(a)
  // start point such that the middle of the word sits at the middle of the page (PDF coordinates)
  const x0 = PAGE.width / 2 - (cos * w) / 2 + (sin * capHeight) / 2
  const y0 = PAGE.height / 2 - (sin * w) / 2 - (cos * capHeight) / 2
  const scale = WATERMARK_SIZE / font.unitsPerEm
  let pen = 0
  const parts: string[] = []
  for (const ch of text) {
    const gid = font.glyphOf[ch.charCodeAt(0)] as number
    const penAt = pen
    parts.push(
      glyphPath(glyphContours(font, gid), (gx, gy) => {
        const u = penAt + gx * scale
        const v = gy * scale
        return [x0 + u * cos - v * sin, y0 + u * sin + v * cos]
      })
    )
    pen += ((font.advanceOf[ch.charCodeAt(0)] as number) * WATERMARK_SIZE) / 1000
  }
  const path = parts.join(' ')
  watermarkPaths.set(face, path)
  return path
}

/** The texts of the running header and footer of a run of pages; the page numbers are added here. */
export type Furniture = { marking: string; left: string; right: string; footer: string }

/** Pages `first`–`last` of a document of `total`; `shift` is added to each printed number (a packet part drawn apart). */
export type PageRange = { first: number; last: number; total: number; shift?: number }

type Target = { doc: jsPDF; canvas: PdfCanvas; ts: Typesetter }

/** A report's own header and footer texts. `footer` replaces the default left footer (in a packet). */
export function reportFurniture(model: ReportModel, footer?: string): Furniture {
  return {
    marking: model.marking,
    left: `${model.title} · ${model.engagement.vendorName} · ${model.engagement.name}`,
    right: model.assessment.title,
    footer: footer ?? `Document ${model.documentId} · ${model.statusLabel} · Generated ${model.generatedOn}`
  }
}

/**
 * Running header (marking, title, right-hand text) and footer (left text, "Page x of y") on every
 * page of a range, added once all pages exist so the total is known. In an audit packet the numbers
 * run across the whole packet.
 */
export function drawPageFurniture(target: Target, furniture: Furniture, range: PageRange): void {
  const { doc, canvas, ts } = target
  const fitted = fitFurniture(ts, furniture, range.total)
  for (let page = range.first; page <= range.last; page++) {
    doc.setPage(page)
    canvas.pageChanged()
    drawFurnitureOnPage(canvas, ts, fitted, page + (range.shift ?? 0))
  }
}

/** A run's header and footer texts, shortened to their places once for all its pages. */
export type FittedFurniture = {
  marking: string
  markingWidth: number
  left: string
  right: string
  rightWidth: number
  footer: string
  total: number
}

export function fitFurniture(ts: Typesetter, furniture: Furniture, total: number): FittedFurniture {
  const style = TYPE.furniture
  const marking = ts.fit(furniture.marking, TYPE.smallBold, CONTENT_WIDTH)
  const markingWidth = ts.width(marking, 'bold', TYPE.smallBold.size)
  const left = ts.fit(furniture.left, style, CONTENT_WIDTH * 0.74)
  const right = ts.fit(furniture.right, style, CONTENT_WIDTH * 0.24)
  const rightWidth = ts.width(right, 'regular', style.size)
  const pageWidth = ts.width(`Page ${total} of ${total}`, 'regular', style.size)
  const footer = ts.fit(furniture.footer, style, CONTENT_WIDTH - pageWidth - 12)
  return { marking, markingWidth, left, right, rightWidth, footer, total }
}

/** The header and footer of one page, numbered `number`, on the canvas's current page. */
export function drawFurnitureOnPage(canvas: PdfCanvas, ts: Typesetter, f: FittedFurniture, number: number): void {
  drawRunningText(canvas, f)
  drawPageNumber(canvas, ts, f, number)
}

/** What the header and footer of every page of a run have alike: all but the page number. */
export function drawRunningText(canvas: PdfCanvas, f: FittedFurniture): void {
  const style = TYPE.furniture
  const right = PAGE.left + CONTENT_WIDTH
  canvas.text(f.marking, (PAGE.width - f.markingWidth) / 2, 32, 'bold', TYPE.smallBold.size, COLOURS.marking)
  canvas.text(f.left, PAGE.left, 50, 'regular', style.size, COLOURS.muted)
  canvas.text(f.right, right - f.rightWidth, 50, 'regular', style.size, COLOURS.muted)
  canvas.line(PAGE.left, 56, right, 56, COLOURS.rule, 0.5)
  canvas.line(PAGE.left, FOOTER_Y - 12, right, FOOTER_Y - 12, COLOURS.rule, 0.5)
  canvas.text(f.footer, PAGE.left, FOOTER_Y, 'regular', style.size, COLOURS.muted)
}

/** "Page x of y" at the right of the footer. */
export function drawPageNumber(canvas: PdfCanvas, ts: Typesetter, f: FittedFurniture, number: number): void {
  const style = TYPE.furniture
  const pageText = `Page ${number} of ${f.total}`
  canvas.text(pageText, PAGE.left + CONTENT_WIDTH - ts.width(pageText, 'regular', style.size), FOOTER_Y, 'regular', style.size, COLOURS.ink)
}

const FOOTER_Y = PAGE.height - 38
