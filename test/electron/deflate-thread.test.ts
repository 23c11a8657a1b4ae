import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { deflateOffThread } from '../../electron/main/pdf/deflate-thread'
import { setThreadNoticeSink, type ThreadNotice } from '../../electron/main/pdf/thread-notices'

/** A binary string (one char per byte) holding every byte value, and some text as a page has it. */
const text = (n: number): string =>
  Array.from({ length: 256 }, (_, b) => String.fromCharCode(b)).join('') + `BT /F1 9 Tf 56.69 ${n} Td (<0041>) Tj ET\n`.repeat(50 + n)

describe('the thread that compresses PDF streams', () => {
  it('gives each text of a batch compressed as deflateSync does at the same level, in order', async () => {
    const texts = [text(1), '', text(2), text(1)]
    const packed = await deflateOffThread(texts, 3)
    expect(packed.map((p) => Buffer.from(p, 'latin1'))).toEqual(texts.map((t) => deflateSync(Buffer.from(t, 'latin1'), { level: 3 })))
  })

  it('answers batches sent at once each with its own texts', async () => {
    const batches = Array.from({ length: 12 }, (_, i) => [text(i), text(i + 100)])
    const answers = await Promise.all(batches.map((b) => deflateOffThread(b, 1)))
    answers.forEach((packed, i) =>
      expect(packed).toEqual(batches[i]?.map((t) => deflateSync(Buffer.from(t, 'latin1'), { level: 1 }).toString('latin1')))
    )
  })

  it('refuses a batch it cannot compress with the reason, tells it for the log, and compresses the next', async () => {
    const notices: ThreadNotice[] = []
    setThreadNoticeSink((n) => notices.push(n))
    try {
      // zlib refuses a level above 9, on the compressing thread
      await expect(deflateOffThread(['fine'], 42)).rejects.toThrow(/Compressing the PDF's pages failed: .*level/)
      expect(notices).toEqual([
        { kind: 'compressing-thread-failed', why: expect.stringMatching(/^Compressing the PDF's pages failed: .*level/) }
      ])
      expect(await deflateOffThread(['again'], 3)).toEqual([deflateSync(Buffer.from('again', 'latin1'), { level: 3 }).toString('latin1')])
      expect(notices).toHaveLength(1)
    } finally {
      setThreadNoticeSink(() => undefined)
    }
  })
})
