import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getHeapStatistics } from 'node:v8'
import { afterAll, describe, expect, it } from 'vitest'
import { PDF_THREAD_YOUNG_GENERATION_MB, spawnPdfThread } from '../../electron/main/pdf/node-worker-handle'
import type { PdfWorkerMessage } from '@shared/report/report-generator'
import { setThreadNoticeSink, type ThreadNotice } from '../../electron/main/pdf/thread-notices'

const dir = mkdtempSync(join(tmpdir(), 'armslength-worker-handle-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// a stand-in for pdf-worker.js: says what its heap was given (its heap's own statistics: no allocation is timed here)
const probe = join(dir, 'probe.mjs')
writeFileSync(
  probe,
  `import { parentPort, resourceLimits } from 'node:worker_threads'
import { getHeapStatistics } from 'node:v8'
parentPort.postMessage({ id: 1, ok: false, message: JSON.stringify({ ...resourceLimits, heapLimit: getHeapStatistics().heap_size_limit }) })
`
)

describe('a PDF worker thread', () => {
  it('runs with a young generation of PDF_THREAD_YOUNG_GENERATION_MB (a third of V8’s 48), its old generation as large as this thread’s', async () => {
    const handle = spawnPdfThread(probe)
    type Limits = { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number; heapLimit: number }
    const limits = await new Promise<Limits>((resolve, reject) => {
      handle.onResult((m: PdfWorkerMessage) => 'message' in m && resolve(JSON.parse(m.message) as Limits))
      handle.onCrash((message) => reject(new Error(message)))
    })
    handle.terminate()
    expect(limits.maxYoungGenerationSizeMb).toBe(PDF_THREAD_YOUNG_GENERATION_MB)
    expect(PDF_THREAD_YOUNG_GENERATION_MB).toBeLessThan(48)
    // the old generation is left to V8: a large packet's thread must not run out of heap for this
    expect(limits.maxOldGenerationSizeMb * 2 ** 20).toBeGreaterThanOrEqual(getHeapStatistics().heap_size_limit * 0.9)
  })

  it('passes a notice from the thread on to this thread’s sink, once, and never to a job’s listeners', async () => {
    // a stand-in whose compressing thread failed: the notice first, then its job's answer
    const noticing = join(dir, 'noticing.mjs')
    writeFileSync(
      noticing,
      `import { parentPort } from 'node:worker_threads'
parentPort.postMessage({ notice: { kind: 'compressing-thread-failed', why: 'zlib refused' } })
parentPort.postMessage({ id: 7, ok: false, message: 'answered' })
`
    )
    const notices: ThreadNotice[] = []
    setThreadNoticeSink((n) => notices.push(n))
    try {
      const handle = spawnPdfThread(noticing)
      const heard: unknown[] = []
      await new Promise<void>((resolve, reject) => {
        handle.onResult((m) => heard.push(m))
        handle.onResult((m) => 'id' in m && m.id === 7 && resolve())
        handle.onCrash((message) => reject(new Error(message)))
      })
      handle.terminate()
      expect(notices).toEqual([{ kind: 'compressing-thread-failed', why: 'zlib refused' }])
      expect(heard).toEqual([{ id: 7, ok: false, message: 'answered' }])
    } finally {
      setThreadNoticeSink(() => undefined)
    }
  })
})
