import { jsPDF } from 'jspdf'
import type { ReportModel } from '../report-types'
import { drawActionPlan } from './action-plan'
import { drawAppendix, drawSources } from './appendix'
import { PdfCanvas } from './canvas'
import { drawCover, drawContentsPageNumbers } from './cover'
import { withFastFlate } from './fast-flate'
import { drawFindings } from './findings'
import { metadataText, needsMarkers } from './font-coverage'
import { Layout } from './layout'
import { drawMethod } from './method'
import { addOutline } from './outline'
import { drawPageFurniture, drawWatermark } from './page-furniture'
import { addFace, FAMILY, finishFace, prepareFonts, type PreparedFonts, type ReportFonts } from './pdf-fonts'
import { drawRiskProfile } from './profile-chart'
import { drawSignOff } from './signoff'
import { drawSummary } from './summary'
import { Typesetter } from './typesetter'

export type ReportRenderer = { render: (model: ReportModel) => Uint8Array }

/**
 * A report renderer for one pair of fonts. Parsing the fonts is done once here; each render()
 * builds a fresh jsPDF document (jsPDF documents cannot be reused) and returns the PDF bytes.
 * Pure: no host APIs, no clock; the same model always gives the same bytes.
 */
export function createReportRenderer(fonts: ReportFonts): ReportRenderer {
  const prepared = prepareFonts(fonts)
  return {
    render: (model) => {
      const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true })
      const faces = { regular: addFace(doc, prepared.regular), bold: addFace(doc, prepared.bold) }
      const canvas = new PdfCanvas(doc, faces)
      const ts = new Typesetter(faces)
      const layout = new Layout(doc, canvas, ts, () => {
        if (model.draft) drawWatermark(canvas, ts)
      })
      if (model.draft) drawWatermark(canvas, ts)
      const contents = drawCover(layout, model, markersNeeded(model, prepared))
      drawSummary(layout, model)
      drawMethod(layout, model)
      drawRiskProfile(layout, model)
      drawFindings(layout, model)
      drawActionPlan(layout, model)
      drawSignOff(layout, model)
      drawAppendix(layout, model)
      drawSources(layout, model)
      drawPageFurniture(layout, model)
      drawContentsPageNumbers(layout, contents)
      addOutline(doc, layout.outline)
      setDocumentInfo(doc, model)
      markFacesUsed(doc)
      finishFace(faces.regular)
      finishFace(faces.bold)
      return new Uint8Array(withFastFlate(() => doc.output('arraybuffer')))
    }
  }
}

function setDocumentInfo(doc: jsPDF, model: ReportModel): void {
  const p = model.properties
  doc.setProperties({
    title: metadataText(p.title),
    subject: metadataText(p.subject),
    author: metadataText(p.author),
    keywords: metadataText(p.keywords),
    creator: metadataText(p.creator)
  })
  doc.setCreationDate(pdfDate(model.generatedAt))
  // the file identifier follows from the data, so a report is byte-for-byte reproducible
  doc.setFileId(model.fingerprint.slice(0, 32))
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines')
}

/** "D:20261125140300+00'00'" from an ISO timestamp, in UTC so every host writes the same date. */
export function pdfDate(iso: string): string {
  const d = new Date(iso)
  const t = Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString()
  return `D:${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}${t.slice(11, 13)}${t.slice(14, 16)}${t.slice(17, 19)}+00'00'`
}

/**
 * With putOnlyUsedFonts, jsPDF lists only fonts its own text() used (so the 14 unused standard
 * fonts stay out of the file). The report draws through PdfCanvas, so each face is marked used with
 * one invisible space outside the page.
 */
function markFacesUsed(doc: jsPDF): void {
  doc.setPage(1)
  for (const style of ['normal', 'bold']) {
    doc.setFont(FAMILY, style)
    doc.text(' ', -100, -100)
  }
}

function markersNeeded(model: ReportModel, fonts: PreparedFonts): boolean {
  const text = JSON.stringify(model)
  return needsMarkers(text, fonts.regular.font.glyphOf) || needsMarkers(text, fonts.bold.font.glyphOf)
}
