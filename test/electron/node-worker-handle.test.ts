import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getHeapStatistics } from 'node:v8'
import { afterAll, describe, expect, it } from 'vitest'
import { PDF_THREAD_YOUNG_GENERATION_MB, spawnPdfThread } from '../../electron/main/pdf/node-worker-handle'
import type { PdfWorkerMessage } from '@shared/report/report-generator'

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
})
