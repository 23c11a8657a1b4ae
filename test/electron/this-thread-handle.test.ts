import { describe, expect, it } from 'vitest'
import { thisThreadHandle } from '../../electron/main/pdf/this-thread-handle'
import type { PacketPiece, RenderedPiece } from '@shared/report/render/packet/packet-piece'
import type { ReportRenderer } from '@shared/report/render/render-report'
import type { PdfWorkerMessage } from '@shared/report/report-generator'

const drawn: RenderedPiece = { index: 0, pdf: new Uint8Array([1]), pages: 1, reports: [] }
const piece = { index: 0, reports: [], banks: [], generatedAt: '2026-01-01T00:00:00.000Z' } satisfies PacketPiece
const nextTask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

function handleWith(renderPiece: ReportRenderer['renderPiece']) {
  const messages: PdfWorkerMessage[] = []
  const handle = thisThreadHandle({ renderPiece } as ReportRenderer, () => Promise.reject(new Error('no stored record here')))
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
})
