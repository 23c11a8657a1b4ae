import { jsPDF } from 'jspdf'
import { PdfCanvas } from './canvas'
import { metadataText } from './font-coverage'
import { contentWriter, indexPagesByObjectId, outputBytes } from './jspdf-door'
import type { Bookmark } from './layout'
import { addOutline } from './outline'
import { DocFonts, jsPdfFaces, type PreparedFonts } from './pdf-fonts'
import { Typesetter } from './typesetter'

/** One PDF being drawn: the jsPDF document and the faces it uses, however many reports go in. */
export type PdfDocument = { doc: jsPDF; fonts: DocFonts; canvas: PdfCanvas; ts: Typesetter }

/** Document properties, plus the values that make the file reproducible (creation date, file id). */
export type DocumentInfo = {
  title: string
  subject: string
  author: string
  keywords: string
  creator: string
  generatedAt: string
  fileId: string
}

/**
 * The language of the document's prose. Every heading, explanation and label the report writes is
 * English; names and notes in other scripts are quotations inside it. Screen readers and
 * hyphenating viewers read /Lang from the catalog.
 */
export const DOCUMENT_LANGUAGE = 'en'

/** A fresh A4 document. Faces are added as the content first uses them (pdf-fonts). */
export function openDocument(fonts: PreparedFonts): PdfDocument {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true })
  const docFonts = new DocFonts(jsPdfFaces(doc), fonts)
  indexPagesByObjectId(doc)
  return { doc, fonts: docFonts, canvas: new PdfCanvas(contentWriter(doc), docFonts), ts: new Typesetter(fonts) }
}

/** Adds bookmarks and properties, completes the font subsets and returns the PDF bytes. */
export function finishDocument(pdf: PdfDocument, bookmarks: readonly Bookmark[], info: DocumentInfo): Uint8Array {
  const { doc } = pdf
  addOutline(doc, bookmarks)
  doc.setProperties({
    title: metadataText(info.title),
    subject: metadataText(info.subject),
    author: metadataText(info.author),
    keywords: metadataText(info.keywords),
    creator: metadataText(info.creator)
  })
  doc.setCreationDate(pdfDate(info.generatedAt))
  // the file identifier follows from the data, so a document is byte-for-byte reproducible
  doc.setFileId(info.fileId.slice(0, 32))
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines')
  doc.setLanguage(DOCUMENT_LANGUAGE)
  pdf.fonts.finish()
  return outputBytes(doc, pdf.fonts.set.deflate)
}

/**
 * The PDF bytes of a document that is one part of a larger file (a piece of an audit packet): fonts
 * completed, no outline or properties, since the file it goes into has its own.
 */
export function finishPart(pdf: PdfDocument, compressedAlready?: ReadonlyMap<string, string>): Uint8Array {
  pdf.fonts.finish()
  return outputBytes(pdf.doc, pdf.fonts.set.deflate, compressedAlready)
}

/** "D:20261125140300+00'00'" from an ISO timestamp, in UTC so every host writes the same date. */
export function pdfDate(iso: string): string {
  const d = new Date(iso)
  const t = Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString()
  return `D:${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}${t.slice(11, 13)}${t.slice(14, 16)}${t.slice(17, 19)}+00'00'`
}
