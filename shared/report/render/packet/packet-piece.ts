import { packetReportModel } from '../../packet/packet-report'
import { banksCarried } from '../../packet/carried-banks'
import type { CarriedBank, PacketEntry, PacketModel, PacketReport, PacketShared } from '../../packet/packet-types'
import type { Bookmark } from '../layout'
import { reportFurniture, type Furniture } from '../page-furniture'
import { finishPart, openDocument, type PdfDocument } from '../pdf-document'
import { FACES_MARKED_ON_PAGE, type PreparedFonts } from '../pdf-fonts'
import { drawReportWithoutNumbers, type ContentsNumber } from '../report-body'
import { compactPages } from '../compact-pages'
import { finishedPageContent, PAGE_STAND_IN_PREFIX, standInForPage } from '../jspdf-door'
import { readStoredReport, type StoredText } from '../../packet/stored-record'

/**
 * How many reports one piece of a packet holds. Fixed, never derived from the number of cores: the
 * pieces, and so the packet's bytes, are the same however many workers draw them (verify re-renders
 * a packet and compares it page by page). Eight reports are ~360 pages, ~1 s of work: enough to
 * keep a worker busy between messages, small enough to spread 100 engagements over several threads.
 */
export const PIECE_SIZE = 8

/**
 * Some consecutive reports of a packet, drawn apart (in a worker) into a PDF of their own. Each report
 * comes as its source (the engagement's records) with the packet's banks (built-in ones by id and
 * version) and generation time: the worker builds its model.
 */
export type PacketPiece = {
  index: number
  reports: { number: number; report: PacketReport }[]
  banks: readonly CarriedBank[]
  generatedAt: string
}

/**
 * A report in a drawn piece; pages are the piece's own (1-based), the packet shifts them. Its running
 * header comes along (the packet draws it once every page number is known), so the packet needs no
 * report model of its own.
 */
export type PieceReport = {
  number: number
  first: number
  last: number
  outline: Bookmark[]
  numbers: ContentsNumber[]
  furniture: Furniture
}

/** A drawn piece: its PDF (pages, their fonts and links) and where each report went in it. */
export type RenderedPiece = { index: number; pdf: Uint8Array; pages: number; reports: PieceReport[] }

/** The packet's reports in pieces of PIECE_SIZE, in packet order. */
export function piecesOf(model: PacketModel): PacketPiece[] {
  const cut = pieceCutter({ banks: model.reportBanks, generatedAt: model.generatedAt })
  const pieces = model.entries.flatMap((e) => cut.add(e) ?? [])
  const last = cut.end()
  return last ? [...pieces, last] : pieces
}

/**
 * Cuts a packet's reports into pieces as its entries come, in packet order: `add` returns a piece as
 * it fills, `end` the last one. The same pieces as piecesOf, which uses it.
 */
export function pieceCutter(shared: PacketShared): { add: (entry: PacketEntry) => PacketPiece | null; end: () => PacketPiece | null } {
  let index = 0
  let reports: PacketPiece['reports'] = []
  const cut = (): PacketPiece => {
    const piece = { index: index++, reports, banks: shared.banks, generatedAt: shared.generatedAt }
    reports = []
    return piece
  }
  return {
    add: (entry) => {
      if (entry.report) reports.push({ number: entry.number, report: entry.report })
      return reports.length === PIECE_SIZE ? cut() : null
    },
    end: () => (reports.length > 0 ? cut() : null)
  }
}

/** The piece with its stored records read (readStoredReport), where it is to be drawn: before renderPacketPiece. */
export async function readPieceRecords(piece: PacketPiece, read: StoredText): Promise<PacketPiece> {
  if (!piece.reports.some((r) => r.report.kind === 'stored')) return piece
  const reports = await Promise.all(piece.reports.map(async (r) => ({ number: r.number, report: await readStoredReport(r.report, read) })))
  return { ...piece, reports }
}

/**
 * Draws a piece's reports, each starting on a new page, without running headers and without the
 * page numbers of their contents: those need the packet's page numbers, which are known only once
 * every piece is drawn, and are added by the packet writer on top of these pages.
 */
export function renderPacketPiece(fonts: PreparedFonts, piece: PacketPiece): RenderedPiece {
  const steps = packetPieceSteps(fonts, piece, false)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The same drawing in steps: one report per step, then the file, which the last step returns. A
 * thread that has other work besides (the main thread, which also hands pieces to the worker threads
 * and writes the packet) does it between the steps, so a worker thread that finished its piece gets
 * the next one within a report's drawing rather than a whole piece's. The bytes are those of
 * renderPacketPiece, which runs these steps.
 *
 * Unless `offThread` is false, and where the host compresses off this thread (stream-deflate), each
 * report's pages are sent to be compressed as soon as the report is drawn, and the step before the
 * file yields the promise of them all: the caller takes the last step once it settles, and the file
 * then uses them as they are (each page's text by then replaced by a stand-in for its stream).
 * Identical pages of a piece are sent once. The bytes are the same, and a batch that fails leaves its
 * pages to be compressed with the file.
 */
export function* packetPieceSteps(
  fonts: PreparedFonts,
  piece: PacketPiece,
  offThread = true
): Generator<Promise<unknown> | undefined, RenderedPiece, void> {
  const pdf = openDocument(fonts)
  const packet = { banks: banksCarried(piece.banks), generatedAt: piece.generatedAt }
  const reports: PieceReport[] = []
  const compressing = offThread && fonts.deflate.binaryOffThread ? pagesCompressedOffThread(fonts.deflate.binaryOffThread) : null
  for (const [i, { number, report }] of piece.reports.entries()) {
    if (i > 0) {
      yield
      pdf.doc.addPage()
    }
    // built here and dropped once drawn: a piece's models are the only ones alive at a time
    const model = packetReportModel(report, packet)
    const placed = drawReportWithoutNumbers(pdf, model, fonts)
    compactPages(pdf.doc, placed.first, placed.last)
    reports.push({ number, ...placed, furniture: reportFurniture(model) })
    compressing?.send(pdf, placed.first, placed.last)
  }
  yield compressing?.done()
  const pages = pdf.doc.getNumberOfPages()
  return { index: piece.index, pdf: finishPart(pdf, compressing?.compressed), pages, reports }
}

/**
 * A piece's finished pages sent to be compressed off this thread, and what has come back. Once a batch is
 * back, each of its pages' content in the document gives way to a short stand-in (jspdf-door) under which
 * its compressed stream is kept: writing the file then looks up a few characters per page, not the page's
 * whole text (hashing ≈ 45 MB of a 100-engagement packet's pages took ≈ 0.1 s of the drawing thread).
 * Identical pages (bank text that recurs across the piece's reports) are sent once: a page is compared
 * only with those sent of the same length.
 */
function pagesCompressedOffThread(compress: (plains: readonly string[]) => Promise<string[]>) {
  const compressed = new Map<string, string>()
  const sentByLength = new Map<number, { content: string; standIn: string }[]>()
  const batches: Promise<void>[] = []
  let standIns = 0
  return {
    compressed: compressed as ReadonlyMap<string, string>,
    /**
     * A drawn report's pages: nothing more is drawn on them in the piece (the packet's overlays are streams
     * of their own), but for the piece's first, where finishing the fonts marks them used.
     */
    send(pdf: PdfDocument, first: number, last: number): void {
      const plains: string[] = []
      const plainStandIns: string[] = []
      const pages: { page: number; standIn: string }[] = []
      for (let page = first; page <= last; page++) {
        const content = page === FACES_MARKED_ON_PAGE ? null : finishedPageContent(pdf.doc, page)
        if (content === null) continue
        const sameLength = sentByLength.get(content.length)
        let standIn = sameLength?.find((sent) => sent.content === content)?.standIn
        if (standIn === undefined) {
          standIn = `${PAGE_STAND_IN_PREFIX}${standIns++}`
          const sent = { content, standIn }
          if (sameLength) sameLength.push(sent)
          else sentByLength.set(content.length, [sent])
          plains.push(content)
          plainStandIns.push(standIn)
        }
        pages.push({ page, standIn })
      }
      if (pages.length === 0) return
      // a batch that fails (the compressing thread stopped) is only slower: its pages keep their text and are
      // compressed when the file is written, as before, and so does a page whose twin was in that batch; no
      // failure is left unhandled while the piece is still being drawn
      batches.push(
        (plains.length > 0 ? compress(plains) : Promise.resolve([])).then(
          (packed) => {
            packed.forEach((p, k) => compressed.set(plainStandIns[k] as string, p))
            for (const { page, standIn } of pages) if (compressed.has(standIn)) standInForPage(pdf.doc, page, standIn)
          },
          () => undefined
        )
      )
    },
    done: (): Promise<unknown> | undefined => (batches.length > 0 ? Promise.all(batches) : undefined)
  }
}
