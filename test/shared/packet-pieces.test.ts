import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { CORE_BANK } from '@shared/bank/core-bank'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { banksCarried, carriedBanks } from '@shared/report/packet/carried-banks'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { createPiecePool } from '@shared/report/piece-pool'
import { fallbackFilesFor } from '@shared/report/render/font-set'
import { piecesOf, type PacketPiece } from '@shared/report/render/packet/packet-piece'
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

  it('gives a thread that holds two a second piece while another waits, and the last ones to the thread free first', async () => {
    const pieces = piecesOf(buildPacketModel(packetInput()))
    const piece = pieces[0] as PacketPiece
    type Fake = { jobs: PdfJob[]; answer: () => void }
    const threads: Fake[] = []
    const pool = createPiecePool(() => {
      const jobs: PdfJob[] = []
      let listener: (m: PdfWorkerMessage) => void = () => undefined
      const fake: Fake = {
        jobs,
        // answers its oldest piece, as a thread answers in the order given
        answer: () => {
          const job = jobs.shift() as PdfJob
          listener({
            id: job.id,
            ok: true,
            piece: { index: job.kind === 'piece' ? job.piece.index : -1, pdf: new Uint8Array(), pages: 0, reports: [] }
          })
        }
      }
      threads.push(fake)
      // the first is this thread (one piece at a time), the second a worker thread holding two
      return {
        post: (job) => void jobs.push(job),
        onResult: (l) => void (listener = l),
        onCrash: () => undefined,
        terminate: () => undefined,
        ...(threads.length === 2 ? { holds: 2 } : {})
      }
    }, 2)
    pool.warm()
    const [here, worker] = threads as [Fake, Fake]
    const drawn = [0, 1, 2, 3, 4].map((index) => pool.render({ ...piece, index }))
    const indexes = (t: Fake): number[] => t.jobs.map((j) => (j.kind === 'piece' ? j.piece.index : -1))
    // one each, then a second for the worker thread while more wait
    expect(indexes(worker)).toEqual([0, 2])
    expect(indexes(here)).toEqual([1])
    worker.answer()
    // two wait (3, 4): the worker thread is given one to hold behind its next
    expect(indexes(worker)).toEqual([2, 3])
    here.answer()
    expect(indexes(here)).toEqual([4])
    worker.answer()
    // nothing waits: the worker thread is not given a second piece the free thread could draw sooner
    expect(indexes(worker)).toEqual([3])
    worker.answer()
    here.answer()
    expect((await Promise.all(drawn)).map((d) => d.index)).toEqual([0, 1, 2, 3, 4])
    pool.close()
  })

  it('takes the answers of a thread holding two in either order (its first piece may still be reading its records)', async () => {
    const piece = piecesOf(buildPacketModel(packetInput()))[0] as PacketPiece
    const jobs: PdfJob[] = []
    let listener: (m: PdfWorkerMessage) => void = () => undefined
    const pool = createPiecePool(
      () => ({
        post: (job) => void jobs.push(job),
        onResult: (l) => void (listener = l),
        onCrash: () => undefined,
        terminate: () => undefined,
        holds: 2
      }),
      1
    )
    const drawn = [0, 1, 2].map((index) => pool.render({ ...piece, index }))
    expect(jobs).toHaveLength(2)
    const answer = (job: PdfJob): void =>
      listener({
        id: job.id,
        ok: true,
        piece: { index: job.kind === 'piece' ? job.piece.index : -1, pdf: new Uint8Array(), pages: 0, reports: [] }
      })
    answer(jobs[1] as PdfJob)
    expect(await drawn[1]).toMatchObject({ index: 1 })
    // the last piece waits for a thread with nothing to draw: here, once the first is answered too
    expect(jobs).toHaveLength(2)
    answer(jobs[0] as PdfJob)
    expect(jobs).toHaveLength(3)
    answer(jobs[2] as PdfJob)
    expect((await Promise.all(drawn)).map((d) => d.index)).toEqual([0, 1, 2])
    pool.close()
  })

  it("keeps a last piece for the thread that is free first, not behind a worker thread's next", () => {
    const pieces = piecesOf(buildPacketModel(packetInput()))
    const piece = pieces[0] as PacketPiece
    const posted: number[][] = []
    const pool = createPiecePool(() => {
      const jobs: number[] = []
      posted.push(jobs)
      return {
        post: (job) => void jobs.push(job.kind === 'piece' ? job.piece.index : -1),
        onResult: () => undefined,
        onCrash: () => undefined,
        terminate: () => undefined,
        holds: 2
      }
    }, 2)
    pool.warm()
    for (const index of [0, 1, 2]) void pool.render({ ...piece, index }).catch(() => undefined)
    // two threads busy with one each: the third waits for whichever is free first
    expect(posted).toEqual([[1], [0]])
    void pool.render({ ...piece, index: 3 }).catch(() => undefined)
    // two wait now: one of them is held behind a thread's piece
    expect(posted.flat().sort()).toEqual([0, 1, 2])
    pool.close()
  })
})
