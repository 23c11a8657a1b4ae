import { beforeAll, describe, expect, it } from 'vitest'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { STATUS_LABELS } from '@shared/report/labels'
import { buildPacketModel, packetShared } from '@shared/report/packet/packet-model'
import type { PacketEntry, PacketModel } from '@shared/report/packet/packet-types'
import { createPiecePool } from '@shared/report/piece-pool'
import { PIECE_SIZE, piecesOf } from '@shared/report/render/packet/packet-piece'
import { concat } from '@shared/report/render/packet/render-packet'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfWorkerMessage } from '@shared/report/report-generator'
import type { PdfWorkerHandle } from '@shared/report/worker-pool'
import { readPdf, type PdfFacts } from '../helpers/pdf-text'
import { extractPdf, type ExtractedPdf } from '../fixtures/pdf-extract'
import { exampleRecord, packetInput } from '../fixtures/packet-fixtures'
import { reportFonts } from '../fixtures/report-fixtures'

const EXAMPLES = ['managed-contact-centre.json', 'philippines-unregistered-vendor.json', 'permatemp-staff-augmentation.json']

/** Eleven reported engagements: two pieces (8 + 3), so pages, fonts and numbers cross a piece boundary. */
function records(): EngagementRecord[] {
  return Array.from({ length: PIECE_SIZE + 3 }, (_, i) => {
    const { engagement, assessments } = exampleRecord(EXAMPLES[i % EXAMPLES.length] as string)
    const id = `eng-${String(i + 1).padStart(2, '0')}`
    return {
      engagement: { ...engagement, id, vendorName: `Vendor ${String(i + 1).padStart(2, '0')} ${engagement.vendorName}` },
      assessments: assessments.map((a) => ({ ...a, id: `${id}-${a.id}`, engagementId: id }))
    }
  })
}

/** A worker that draws on this thread after `delay(piece index)` ms: later pieces can finish first. */
function fakeWorker(renderer: ReportRenderer, delay: (index: number) => number, crashOn?: number): PdfWorkerHandle {
  let listener: (m: PdfWorkerMessage) => void = () => undefined
  let crash: (message: string) => void = () => undefined
  let terminated = false
  return {
    post: (job: PdfJob) => {
      if (job.kind !== 'piece') throw new Error('a piece worker only draws pieces')
      setTimeout(() => {
        if (terminated) return
        if (job.piece.index === crashOn) return crash('out of memory')
        const piece = renderer.renderPiece(job.piece)
        listener({ id: job.id, ok: true, piece })
      }, delay(job.piece.index))
    },
    onResult: (l) => void (listener = l),
    onCrash: (l) => void (crash = l),
    terminate: () => void (terminated = true)
  }
}

let renderer: ReportRenderer
let spawned = 0
let model: PacketModel
let inOrder: Uint8Array
let pdf: PdfFacts
let boxes: ExtractedPdf

beforeAll(async () => {
  renderer = createReportRenderer(reportFonts())
  model = buildPacketModel(packetInput(records()))
  inOrder = renderer.renderPacket(model)
  pdf = await readPdf(inOrder)
  boxes = await extractPdf(inOrder)
}, 120_000)

async function streamed(workers: number, delay: (index: number) => number, asyncSink: boolean, perWorker?: number): Promise<Uint8Array> {
  const pool = createPiecePool(
    () => {
      spawned++
      return fakeWorker(renderer, delay)
    },
    workers,
    perWorker
  )
  const chunks: Uint8Array[] = []
  const sink = asyncSink
    ? (bytes: Uint8Array) => new Promise<void>((resolve) => setTimeout(() => resolve(void chunks.push(bytes)), 1))
    : (bytes: Uint8Array) => void chunks.push(bytes)
  try {
    await renderer.writePacket(model, { sink, render: pool.render, ahead: 2 * workers })
  } finally {
    pool.close()
  }
  return concat(chunks)
}

/** A page's lines (0-based page), rebuilt from text positions: page numbers are drawn after the lines. */
function linesOf(page: number): string {
  const runs = [...(boxes.boxes[page] ?? [])].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: { y: number; parts: string[] }[] = []
  for (const r of runs) {
    const line = lines.find((l) => Math.abs(l.y - r.y) < 1.5)
    if (line) line.parts.push(r.str)
    else lines.push({ y: r.y, parts: [r.str] })
  }
  return `${lines.map((l) => l.parts.join(' ').replace(/\s+/g, ' ').trim()).join('\n')}\n`
}

/** "Vendor 07": unique, and short enough never to be wrapped. */
const tagOf = (e: PacketEntry): string => e.vendorName.slice(0, 'Vendor 07'.length)
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The page of a report's cover: the covers in page order are the reports in packet order (several
 * engagements here share an example assessment, so its document id and name appear more than once).
 */
function coverOf(e: PacketEntry): number {
  const covers = pdf.pages.flatMap((t, i) => (t.startsWith('LEGAL REVIEW REPORT') ? [i + 1] : []))
  const reported = model.entries.filter((r) => r.report !== null)
  expect(covers).toHaveLength(reported.length)
  return covers[reported.indexOf(e)] as number
}

describe('audit packet drawn in pieces and written as a stream', () => {
  it('gives the same bytes on one thread, one worker or three whose pieces finish out of order', async () => {
    expect(piecesOf(model).map((p) => p.reports.length)).toEqual([PIECE_SIZE, 3])
    const one = await streamed(1, () => 1, false)
    // the second piece finishes long before the first: it waits, and is written after it
    const three = await streamed(3, (index) => (index === 0 ? 60 : 1), true)
    expect(Buffer.from(one).equals(Buffer.from(inOrder))).toBe(true)
    expect(Buffer.from(three).equals(Buffer.from(inOrder))).toBe(true)
  }, 120_000)

  it('gives the same bytes when the first pieces are drawn while the model is still being built', async () => {
    const input = packetInput(records())
    const asked: { piece: number; entriesBuilt: number }[] = []
    let entriesBuilt = 0
    const pool = createPiecePool(() => fakeWorker(renderer, () => 1), 2)
    const chunks: Uint8Array[] = []
    const written = await renderer.writePacket(
      {
        shared: packetShared(input),
        engagements: input.records.length,
        build: (onEntry) =>
          buildPacketModel(input, (entry) => {
            entriesBuilt++
            onEntry(entry)
          })
      },
      {
        sink: (bytes) => void chunks.push(bytes),
        render: (piece) => (asked.push({ piece: piece.index, entriesBuilt }), pool.render(piece)),
        ahead: 4
      }
    )
    pool.close()
    // the first piece was asked for once its eight entries were built, not after all eleven
    expect(asked[0]).toEqual({ piece: 0, entriesBuilt: PIECE_SIZE })
    expect(asked.map((a) => a.piece)).toEqual([0, 1])
    expect(written).toEqual(model)
    expect(Buffer.from(concat(chunks)).equals(Buffer.from(inOrder))).toBe(true)
  }, 120_000)

  it('gives the same bytes when each worker is replaced after every piece (its heap released)', async () => {
    spawned = 0
    const retiring = await streamed(1, () => 1, false, 1)
    expect(spawned).toBe(piecesOf(model).length)
    expect(Buffer.from(retiring).equals(Buffer.from(inOrder))).toBe(true)
  }, 120_000)

  it('is one valid PDF: every page numbered across the pieces, the contents pointing at each cover', () => {
    const n = pdf.pages.length
    pdf.pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${n}`))
    const reported = model.entries.filter((e) => e.report !== null)
    expect(reported).toHaveLength(PIECE_SIZE + 3)
    const contents = linesOf(pdf.pages.findIndex((text) => text.includes('Engagement reports')))
    for (const e of reported) {
      const cover = coverOf(e)
      expect(cover, e.vendorName).toBeGreaterThan(3)
      // "<n>. <vendor> — <engagement> <status> <page>" (wrapped), the page number ending the entry
      expect(contents).toMatch(new RegExp(`\\n${e.number}\\. ${tagOf(e)}(?:(?!\\n\\d+\\. )[^])*? ${escaped(e.statusLabel)} ${cover}\\n`))
      // the report's own contents give its sections' pages in the packet's numbering
      const summaryPage = Number(/\n1\. Executive summary (\d+)\n/.exec(linesOf(cover - 1))?.[1])
      expect(summaryPage, e.vendorName).toBeGreaterThan(cover)
      expect(pdf.pages[summaryPage - 1]).toContain('1. Executive summary')
      expect(pdf.pages[summaryPage - 1]).toContain(`Document ${e.documentId} ·`)
      expect(pdf.pages[cover - 1]).toContain(`Document ${e.documentId} · ${STATUS_LABELS[e.assessment!.status]} · Packet ${model.packetId}`)
    }
  })

  it('keeps the text of a report page in the middle of the second piece, its bookmarks and its properties', () => {
    const last = model.entries.filter((e) => e.report !== null).at(-1) as PacketEntry
    const middle = coverOf(last) + 3
    expect(pdf.pages[middle - 1]).toContain(
      `Document ${last.documentId} · ${STATUS_LABELS[last.assessment!.status]} · Packet ${model.packetId}`
    )
    expect(pdf.pages[middle - 1]!.length).toBeGreaterThan(400)
    for (const e of model.entries) expect(pdf.outline.some((t) => t.startsWith(`${e.number}. ${e.vendorName} — `))).toBe(true)
    expect(pdf.outline[0]).toBe('Cover')
    expect(pdf.outline.at(-1)).toBe('Manifest')
    expect(pdf.info['Keywords']).toContain(`manifest-sha256:${model.manifestHash}`)
    expect(pdf.info['Title']).toBe(`Audit packet: ${model.entries.length} engagements`)
  })

  it('fails, and stops every worker, when a worker dies on a piece', async () => {
    const handles: { terminated: boolean }[] = []
    const pool = createPiecePool(() => {
      const handle = fakeWorker(renderer, () => 1, 1)
      const seen = { terminated: false }
      handles.push(seen)
      return { ...handle, terminate: () => ((seen.terminated = true), handle.terminate()) }
    }, 2)
    const writing = renderer.writePacket(model, { sink: () => undefined, render: pool.render, ahead: 4 })
    await expect(writing).rejects.toThrow('The PDF worker failed: out of memory')
    pool.close()
    expect(handles.length).toBeGreaterThan(0)
    expect(handles.every((h) => h.terminated)).toBe(true)
  }, 60_000)
})
