import { describe, expect, it } from 'vitest'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { piecesOf, type RenderedPiece } from '@shared/report/render/packet/packet-piece'
import { readPart } from '@shared/report/render/packet/pdf-part'
import { createReportRenderer } from '@shared/report/render/render-report'
import type { StreamDeflate } from '@shared/report/render/stream-deflate'
import { NATIVE_DEFLATE } from '../../electron/main/pdf/native-deflate'
import { compactPages } from '@shared/report/render/compact-pages'
import { finishedPageContent, outputBytes, PAGE_STAND_IN_PREFIX, standInForPage } from '@shared/report/render/jspdf-door'
import { openDocument } from '@shared/report/render/pdf-document'
import { prepareFonts } from '@shared/report/render/pdf-fonts'
import { packetInput } from '../fixtures/packet-fixtures'
import { reportFonts } from '../fixtures/report-fixtures'

/** What the packet copies of a drawn piece: every object but its properties (jsPDF stamps a piece with the clock). */
function copied(pdf: Uint8Array): string[] {
  const part = readPart(pdf)
  return part.objects.filter((o) => o.id !== part.info).map((o) => `${o.id} ${o.head} ${Buffer.from(o.tail).toString('latin1')}`)
}

/** Node's compressor, counting what it compresses on the drawing thread and what it sends off it. */
function countingDeflate(): StreamDeflate & { here: number; sent: number } {
  const { binaryOffThread } = NATIVE_DEFLATE
  if (!binaryOffThread) throw new Error('Node compresses off the drawing thread')
  const counted = {
    ...NATIVE_DEFLATE,
    here: 0,
    sent: 0,
    binary: (plain: string) => (counted.here++, NATIVE_DEFLATE.binary(plain)),
    binaryOffThread: (plains: readonly string[]) => ((counted.sent += plains.length), binaryOffThread(plains))
  }
  return counted
}

describe("a packet piece's pages compressed off the drawing thread", () => {
  it('gives the same piece, its pages compressed on the other thread while it draws and none again here', async () => {
    const [piece] = piecesOf(buildPacketModel(packetInput()))
    if (!piece) throw new Error('no piece')
    const inOneGo = countingDeflate()
    const together = createReportRenderer(reportFonts(), inOneGo).renderPiece(piece)
    expect(inOneGo.sent).toBe(0)

    const inSteps = countingDeflate()
    const steps = createReportRenderer(reportFonts(), inSteps).renderPieceInSteps(piece)
    let waits = 0
    let step = steps.next()
    while (!step.done) {
      if (step.value) {
        waits++
        await step.value
      }
      step = steps.next()
    }
    const apart: RenderedPiece = step.value
    expect(copied(apart.pdf)).toEqual(copied(together.pdf))
    expect(apart.reports).toEqual(together.reports)
    // once, before the file: every page sent (identical pages once), and only the rest (fonts) compressed here
    expect(waits).toBe(1)
    expect(inSteps.sent).toBeGreaterThan(0)
    expect(inSteps.sent).toBeLessThanOrEqual(apart.pages)
    expect(inSteps.here + inSteps.sent).toBe(inOneGo.here)
  }, 30_000)

  it('compresses the pages with the file when the other thread fails them, the same bytes, nothing left unhandled', async () => {
    const [piece] = piecesOf(buildPacketModel(packetInput()))
    if (!piece) throw new Error('no piece')
    const together = createReportRenderer(reportFonts(), NATIVE_DEFLATE).renderPiece(piece)
    const failing: StreamDeflate = { ...NATIVE_DEFLATE, binaryOffThread: () => Promise.reject(new Error('the compressing thread stopped')) }
    const steps = createReportRenderer(reportFonts(), failing).renderPieceInSteps(piece)
    let step = steps.next()
    while (!step.done) {
      // a step at a time on later tasks, as this thread draws them: a failed batch must not be unhandled meanwhile
      await new Promise((resolve) => setImmediate(resolve))
      if (step.value) await step.value
      step = steps.next()
    }
    expect(copied(step.value.pdf)).toEqual(copied(together.pdf))
  }, 30_000)

  it('compresses with the file a page whose identical twin went in a batch that failed, the same bytes', async () => {
    const [first] = piecesOf(buildPacketModel(packetInput()))
    const report = first?.reports[0]
    if (!first || !report) throw new Error('no piece')
    // the same engagement twice: the second report's pages are the first's twins, bar those that print its number
    const piece = { ...first, reports: [report, { ...report, number: report.number + 1 }] }
    const { binaryOffThread } = NATIVE_DEFLATE
    if (!binaryOffThread) throw new Error('Node compresses off the drawing thread')
    const together = createReportRenderer(reportFonts(), NATIVE_DEFLATE).renderPiece(piece)
    let batches = 0
    const sent: number[] = []
    const firstFails: StreamDeflate = {
      ...NATIVE_DEFLATE,
      binaryOffThread: (plains) => (
        sent.push(plains.length),
        batches++ === 0 ? Promise.reject(new Error('the compressing thread stopped')) : binaryOffThread(plains)
      )
    }
    const steps = createReportRenderer(reportFonts(), firstFails).renderPieceInSteps(piece)
    let step = steps.next()
    while (!step.done) {
      if (step.value) await step.value
      step = steps.next()
    }
    // the second report sent only its few pages that differ: the rest stood on the failed batch
    expect(sent.length).toBe(2)
    expect(sent[1]).toBeLessThan(sent[0] as number)
    expect(copied(step.value.pdf)).toEqual(copied(together.pdf))
  }, 30_000)

  it('refuses to write a page whose stand-in has no compressed stream, rather than print the stand-in', () => {
    const pdf = openDocument(prepareFonts(reportFonts(), NATIVE_DEFLATE))
    pdf.doc.addPage()
    pdf.canvas.text('Vendor', 72, 72, 'regular', 10, '0 0 0')
    compactPages(pdf.doc, 2, 2)
    const written = outputBytes(pdf.doc, NATIVE_DEFLATE)
    const text = finishedPageContent(pdf.doc, 2)
    if (text === null) throw new Error('page 2 is not finished')
    const standIn = `${PAGE_STAND_IN_PREFIX}0`
    standInForPage(pdf.doc, 2, standIn)
    expect(() => outputBytes(pdf.doc, NATIVE_DEFLATE)).toThrow('A compressed page is missing')
    // with its stream, the file is the one written from the page's text
    const withStream = outputBytes(pdf.doc, NATIVE_DEFLATE, new Map([[standIn, NATIVE_DEFLATE.binary(text)]]))
    expect(copied(withStream)).toEqual(copied(written))
  })
})
