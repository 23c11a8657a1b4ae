import { Worker } from 'node:worker_threads'

/**
 * The thread's whole program: Node's zlib over each text of a batch (their bytes one after another in
 * one buffer, `lengths` saying where each ends), answered by the batch's id. Given
 * as source rather than a bundled file: it is a few lines, uses only Node's own modules, and so runs
 * the same beside the command line, the desktop app and the bench, whose bundles differ.
 */
const PROGRAM = `
const { parentPort } = require('node:worker_threads')
const { deflateSync } = require('node:zlib')
parentPort.on('message', ({ id, bytes, lengths, level }) => {
  try {
    let at = 0
    const packed = lengths.map((length) => {
      const text = new Uint8Array(bytes, at, length)
      at += length
      return deflateSync(text, { level })
    })
    parentPort.postMessage({ id, packed })
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) })
  }
})`

type Answer = { id: number; packed?: Uint8Array[]; error?: string }
type Waiting = { resolve: (packed: string[]) => void; reject: (error: Error) => void }

let thread: Worker | null = null
let nextId = 1
const waiting = new Map<number, Waiting>()

/**
 * Compresses binary strings (one char per byte) on a thread of their own, started when first asked and
 * kept for the process (idle, it holds no work and does not keep the process alive). A packet's pages
 * are compressed there while its drawing thread draws the next report: Node's zlib took a tenth of
 * that thread's time, and two drawing threads on two cores were slower than one (V8's compiler and
 * collector need the other core), which leaves room for a thread that runs no JavaScript to speak of.
 * Answers in the order of the texts; the same level gives the same bytes as deflateSync here. If the
 * thread fails, every batch waiting is refused and the next one starts a new thread.
 */
export function deflateOffThread(texts: readonly string[], level: number): Promise<string[]> {
  const worker = (thread ??= startThread())
  const id = nextId++
  return new Promise<string[]>((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    // kept alive while a batch is out: the process must not end with its pages still being compressed
    worker.ref()
    // the texts' bytes in one buffer handed over, not copied: a piece's pages are megabytes
    const lengths = texts.map((t) => t.length)
    const bytes = Buffer.from(new ArrayBuffer(lengths.reduce((n, l) => n + l, 0)))
    let at = 0
    for (const text of texts) at += bytes.write(text, at, 'latin1')
    worker.postMessage({ id, bytes: bytes.buffer, lengths, level }, [bytes.buffer])
  })
}

function startThread(): Worker {
  const worker = new Worker(PROGRAM, { eval: true })
  worker.on('message', (answer: Answer) => {
    const batch = waiting.get(answer.id)
    waiting.delete(answer.id)
    if (waiting.size === 0) worker.unref()
    if (!batch) return
    if (answer.packed) batch.resolve(answer.packed.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('latin1')))
    else batch.reject(new Error(`Compressing the PDF's pages failed: ${answer.error ?? 'no answer'}`))
  })
  const fail = (why: string): void => {
    if (thread === worker) thread = null
    const batches = [...waiting.values()]
    waiting.clear()
    for (const batch of batches) batch.reject(new Error(`The thread compressing the PDF's pages stopped: ${why}`))
  }
  worker.on('error', (error) => fail(error.message))
  worker.on('exit', (code) => fail(`exit code ${code}`))
  worker.unref()
  return worker
}
