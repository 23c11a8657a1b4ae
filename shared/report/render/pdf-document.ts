import { jsPDF } from 'jspdf'
import { PdfCanvas } from './canvas'
import { withFastFlate } from './fast-flate'
import { metadataText } from './font-coverage'
import type { Bookmark } from './layout'
import { addOutline } from './outline'
import { addFace, FAMILY, finishFace, type DocFaces, type PreparedFonts } from './pdf-fonts'
import { Typesetter } from './typesetter'

/** One PDF being drawn: the jsPDF document with the two faces added once, however many reports go in. */
export type PdfDocument = { doc: jsPDF; faces: DocFaces; canvas: PdfCanvas; ts: Typesetter }

/** Document properties, plus the values that make the file reproducible (creation date, file id). */
export type DocumentInfo = { title: string; subject: string; author: string; keywords: string; creator: string; generatedAt: string; fileId: string }

/**
 * A fresh A4 document with both faces. Each face is one subset for the whole document, so a packet
 * of a hundred reports embeds each font once, subset to the union of the glyphs they use.
 */
export function openDocument(fonts: PreparedFonts): PdfDocument {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true })
  const faces = { regular: addFace(doc, fonts.regular), bold: addFace(doc, fonts.bold) }
  indexPagesByObjectId(doc)
  return { doc, faces, canvas: new PdfCanvas(doc, faces), ts: new Typesetter(faces) }
}

/** Adds bookmarks and properties, completes the font subsets and returns the PDF bytes. */
export function finishDocument(pdf: PdfDocument, bookmarks: readonly Bookmark[], info: DocumentInfo): Uint8Array {
  const { doc, faces } = pdf
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
  markFacesUsed(doc)
  finishFace(faces.regular)
  finishFace(faces.bold)
  return new Uint8Array(withFastFlate(() => doc.output('arraybuffer')))
}

/** "D:20261125140300+00'00'" from an ISO timestamp, in UTC so every host writes the same date. */
export function pdfDate(iso: string): string {
  const d = new Date(iso)
  const t = Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString()
  return `D:${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}${t.slice(11, 13)}${t.slice(14, 16)}${t.slice(17, 19)}+00'00'`
}

type PageInfo = { objId: number; pageNumber: number }
type PageLookup = { internal: { getPageInfo: (n: number) => PageInfo; getPageInfoByObjId: (objId: number) => PageInfo; getNumberOfPages: () => number } }

/**
 * jsPDF's annotation plugin looks up every page by its object id while writing the file, and that
 * lookup scans all pages: quadratic, about 0.2 s for a 4,500-page packet. The same answer from an
 * index, built when first asked (object ids are assigned just before the pages are written).
 */
function indexPagesByObjectId(doc: jsPDF): void {
  // narrow cast: getPageInfoByObjId is part of jsPDF's plugin API but missing from its typings
  const internal = (doc as unknown as PageLookup).internal
  const scan = internal.getPageInfoByObjId
  let index = new Map<number, number>()
  internal.getPageInfoByObjId = (objId) => {
    let page = index.get(objId)
    if (page === undefined || internal.getPageInfo(page).objId !== objId) {
      index = new Map()
      for (let n = 1; n <= internal.getNumberOfPages(); n++) index.set(internal.getPageInfo(n).objId, n)
      page = index.get(objId)
    }
    return page === undefined ? scan(objId) : internal.getPageInfo(page)
  }
}

/**
 * With putOnlyUsedFonts, jsPDF lists only fonts its own text() used (so the 14 unused standard
 * fonts stay out of the file). Everything is drawn through PdfCanvas, so each face is marked used
 * with one invisible space outside the page.
 */
function markFacesUsed(doc: jsPDF): void {
  doc.setPage(1)
  for (const style of ['normal', 'bold']) {
    doc.setFont(FAMILY, style)
    doc.text(' ', -100, -100)
  }
}
