import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { CORE_BANK } from '@shared/bank/core-bank'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { banksCarried, carriedBanks } from '@shared/report/packet/carried-banks'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { createPiecePool } from '@shared/report/piece-pool'
import { fallbackFilesFor } from '@shared/report/render/font-set'
import { piecesOf } from '@shared/report/render/packet/packet-piece'
import { readPart } from '@shared/report/render/packet/pdf-part'
import { createReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfWorkerMessage } from '@shared/report/report-generator'
import type { PdfWorkerHandle } from '@shared/report/worker-pool'
import { packetInput } from '../fixtures/packet-fixtures'
import { reportFonts } from '../fixtures/report-fixtures'

/**
 * What the packet copies of a drawn piece: every object but its properties (jsPDF stamps a piece with
 * the clock and a random file id; the packet writes its own).
 */
function copied(pdf: Uint8Array): string[] {
  const part = readPart(pdf)
  return part.objects.filter((o) => o.id !== part.info).map((o) => `${o.id} ${o.head} ${Buffer.from(o.tail).toString('latin1')}`)
}

describe('what a packet piece carries to its worker', () => {
  it('carries the current core bank by id and version, any other bank (earlier releases, which load on demand, too) as it is', () => {
    const custom = structuredClone(DEFAULT_BANK)
    const archived = BUILTIN_BANKS.filter((b) => b !== CORE_BANK)
    expect(archived.length).toBeGreaterThan(0)
    const carried = carriedBanks([CORE_BANK, ...archived, custom])
    expect(carried[0]).toEqual({ kind: 'builtin', id: CORE_BANK.id, version: CORE_BANK.version })
    expect(carried.slice(1, -1)).toEqual(archived.map((bank) => ({ kind: 'given', bank })))
    // an equal bank is not the shipped one: it goes as it is, never swapped for the shipped one
    expect(carried.at(-1)).toEqual({ kind: 'given', bank: custom })
    const back = banksCarried(structuredClone(carried))
    expect(back[0]).toBe(CORE_BANK)
    expect(back.slice(1)).toEqual([...archived, custom])
  })

  it('leaves out no text that needs a fallback face: the shipped banks have none', () => {
    // the browser edition's worker loads script faces for the text it finds in a job, and a shipped
    // bank travels as its id only: text in another script added to one must be looked for there too
    expect(fallbackFilesFor(JSON.stringify(BUILTIN_BANKS))).toEqual([])
  })

  it('carries each report as its source, not its model, and draws the same bytes from a copy made for a thread', () => {
    const model = buildPacketModel(packetInput())
    const [piece] = piecesOf(model)
    if (!piece) throw new Error('no piece')
    expect(piece.reports.map((r) => r.report.kind)).toEqual(['source', 'source', 'source'])
    expect(piece.banks.filter((b) => b.kind === 'builtin')).toEqual([{ kind: 'builtin', id: CORE_BANK.id, version: CORE_BANK.version }])
    const renderer = createReportRenderer(reportFonts())
    const here = renderer.renderPiece(piece)
    // what postMessage does to a piece: its models are built from the copied records and banks
    const there = renderer.renderPiece(structuredClone(piece))
    expect(copied(there.pdf)).toEqual(copied(here.pdf))
    expect(there.reports).toEqual(here.reports)
    expect(here.reports[0]?.furniture.left).toContain(model.entries.find((e) => e.report)?.vendorName)
  }, 30_000)
})

describe('piece pool', () => {
  it('starts every worker at once when warmed, and draws the pieces on those', () => {
    const posted: PdfJob[][] = []
    const pool = createPiecePool(() => {
      const jobs: PdfJob[] = []
      posted.push(jobs)
      const worker: PdfWorkerHandle = {
        post: (job) => void jobs.push(job),
        onResult: (_listener: (m: PdfWorkerMessage) => void) => undefined,
        onCrash: () => undefined,
        terminate: () => undefined
      }
      return worker
    }, 3)
    pool.warm()
    expect(posted).toHaveLength(3)
    const [piece] = piecesOf(buildPacketModel(packetInput()))
    void pool.render(piece!).catch(() => undefined)
    expect(posted).toHaveLength(3)
    expect(posted.flat()).toHaveLength(1)
    pool.close()
  })
})
