import { describe, expect, it } from 'vitest'
import { thisThreadHandle } from '../../electron/main/pdf/this-thread-handle'
import type { PacketPiece, RenderedPiece } from '@shared/report/render/packet/packet-piece'
import type { ReportRenderer } from '@shared/report/render/render-report'
import type { PdfWorkerMessage } from '@shared/report/report-generator'

const drawn: RenderedPiece = { index: 0, pdf: new Uint8Array([1]), pages: 1, reports: [] }
const piece = { index: 0, reports: [], banks: [], generatedAt: '2026-01-01T00:00:00.000Z' } satisfies PacketPiece
const nextTask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** A renderer whose piece is drawn in `steps` steps (one report each, then the file, by `renderPiece`), each noted in `log`. */
function handleWith(renderPiece: ReportRenderer['renderPiece'], steps = 1, log: string[] = []) {
  const messages: PdfWorkerMessage[] = []
  function* renderPieceInSteps(p: PacketPiece): Generator<void, RenderedPiece, void> {
    for (let i = 1; i < steps; i++) {
      log.push('step')
      yield
    }
    log.push('step')
    return renderPiece(p)
  }
  const handle = thisThreadHandle({ renderPiece, renderPieceInSteps } as ReportRenderer, () =>
    Promise.reject(new Error('no stored record here'))
  )
  handle.onResult((m) => void messages.push(m))
  return { handle, messages }
}

describe('this thread as a piece worker', () => {
  it('draws a posted piece in a task of its own, not inside the post', async () => {
    const { handle, messages } = handleWith(() => drawn)
    handle.post({ id: 7, kind: 'piece', piece })
    expect(messages).toEqual([])
    await nextTask()
    expect(messages).toEqual([{ id: 7, ok: true, piece: drawn }])
  })

  it('draws a piece one step per task, so this thread answers other work between its reports', async () => {
    const log: string[] = []
    const { handle, messages } = handleWith(() => drawn, 4, log)
    handle.post({ id: 3, kind: 'piece', piece })
    // other work of this thread (a worker thread's answer, a piece to write), queued as the piece is drawn
    const other = (): void => void setImmediate(() => messages.length === 0 && (log.push('other'), other()))
    other()
    while (messages.length === 0) await nextTask()
    expect(messages).toEqual([{ id: 3, ok: true, piece: drawn }])
    const steps = log.flatMap((entry, i) => (entry === 'step' ? [i] : []))
    expect(steps).toHaveLength(4)
    // never two steps in one go: other work ran between every two
    for (let k = 1; k < steps.length; k++) expect(log.slice(steps[k - 1]! + 1, steps[k])).toContain('other')
  })

  it('answers a piece it cannot draw with the error, and nothing once terminated', async () => {
    const { handle, messages } = handleWith(() => {
      throw new Error('no fonts')
    })
    handle.post({ id: 1, kind: 'piece', piece })
    await nextTask()
    expect(messages).toEqual([{ id: 1, ok: false, message: 'no fonts' }])
    handle.post({ id: 2, kind: 'piece', piece })
    handle.terminate()
    await nextTask()
    expect(messages).toHaveLength(1)
  })

  it('takes the step after one that yields a promise (pages compressed elsewhere) only once it settles, and answers its failure', async () => {
    const log: string[] = []
    let settle: () => void = () => undefined
    const compressed = new Promise<void>((resolve) => (settle = resolve))
    function* renderPieceInSteps(): Generator<Promise<unknown> | undefined, RenderedPiece, void> {
      log.push('drawn')
      yield compressed
      log.push('written')
      return drawn
    }
    const messages: PdfWorkerMessage[] = []
    const handle = thisThreadHandle({ renderPieceInSteps } as unknown as ReportRenderer, () => Promise.reject(new Error('none')))
    handle.onResult((m) => void messages.push(m))
    handle.post({ id: 4, kind: 'piece', piece })
    for (let i = 0; i < 5; i++) await nextTask()
    expect(log).toEqual(['drawn'])
    settle()
    while (messages.length === 0) await nextTask()
    expect(log).toEqual(['drawn', 'written'])
    expect(messages).toEqual([{ id: 4, ok: true, piece: drawn }])

    function* failing(): Generator<Promise<unknown> | undefined, RenderedPiece, void> {
      yield Promise.reject(new Error('the compressing thread stopped'))
      return drawn
    }
    const broken = thisThreadHandle({ renderPieceInSteps: failing } as unknown as ReportRenderer, () => Promise.reject(new Error('none')))
    const answers: PdfWorkerMessage[] = []
    broken.onResult((m) => void answers.push(m))
    broken.post({ id: 5, kind: 'piece', piece })
    while (answers.length === 0) await nextTask()
    expect(answers).toEqual([{ id: 5, ok: false, message: 'the compressing thread stopped' }])
  })
})
