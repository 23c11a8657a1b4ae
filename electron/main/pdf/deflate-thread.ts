import { Worker } from 'node:worker_threads'
import { tellThreadNotice } from './thread-notices'

/**
 * The thread's whole program: Node's zlib over each text of a batch (their bytes one after another in
 * one buffer, `lengths` saying where each ends), answered by the batch's id the same way, the buffer
 * handed over both ways. Given as source rather than a bundled file: it is a few lines, uses only
 * Node's own modules, and so runs the same beside the command line, the desktop app and the bench,
 * whose bundles differ.
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
    const out = new Uint8Array(packed.reduce((n, p) => n + p.length, 0))
    at = 0
    for (const p of packed) {
      out.set(p, at)
      at += p.length
    }
    parentPort.postMessage({ id, bytes: out.buffer, lengths: packed.map((p) => p.length) }, [out.buffer])
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) })
  }
})`

type Answer = { id: number; bytes?: ArrayBuffer; lengths?: number[]; error?: string }
type Waiting = { worker: Worker; resolve: (packed: string[]) => void; reject: (error: Error) => void }

let thread: Worker | null = null
let nextId = 1
const waiting = new Map<number, Waiting>()

/**
 * Compresses binary strings (one char per byte) on a thread of their own, started when first asked and
 * kept for the thread that asked (one per drawing thread; idle, it holds no work and does not keep the
 * process alive). A packet's pages are compressed there while its drawing thread draws the next report:
 * Node's zlib took a tenth of that thread's time, and two drawing threads on two cores were slower than
 * one (V8's compiler and collector need the other core), which leaves room for a thread that runs no
 * JavaScript to speak of. Answers in the order of the texts; the same level gives the same bytes as
 * deflateSync here. If the thread fails, the batches it holds are refused and the next batch starts
 * a new thread.
 */
export function deflateOffThread(texts: readonly string[], level: number): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    // the texts' bytes in one buffer handed over, not copied: a piece's pages are megabytes
    const lengths = texts.map((t) => t.length)
    const bytes = Buffer.from(new ArrayBuffer(lengths.reduce((n, l) => n + l, 0)))
    let at = 0
    for (const text of texts) at += bytes.write(text, at, 'latin1')
    const worker = (thread ??= startThread())
    const id = nextId++
    waiting.set(id, { worker, resolve, reject })
    try {
      // kept alive while a batch is out: the process must not end with its pages still being compressed
      worker.ref()
      worker.postMessage({ id, bytes: bytes.buffer, lengths, level }, [bytes.buffer])
    } catch (error) {
      settled(id)
      throw error
    }
  })
}

/** The batch `id` taken off the waiting list, the thread let go of once it has none. */
function settled(id: number): Waiting | undefined {
  const batch = waiting.get(id)
  waiting.delete(id)
  if (batch && ![...waiting.values()].some((w) => w.worker === batch.worker)) batch.worker.unref()
  return batch
}

function startThread(): Worker {
  const worker = new Worker(PROGRAM, { eval: true })
  worker.on('message', (answer: Answer) => {
    const batch = settled(answer.id)
    if (!batch) return
    const { bytes, lengths } = answer
    if (!bytes || !lengths) {
      const why = `Compressing the PDF's pages failed: ${answer.error ?? 'no answer'}`
      tellThreadNotice({ kind: 'compressing-thread-failed', why })
      return batch.reject(new Error(why))
    }
    const packed: string[] = []
    let at = 0
    for (const length of lengths) {
      packed.push(Buffer.from(bytes, at, length).toString('latin1'))
      at += length
    }
    batch.resolve(packed)
  })
  // only this thread's batches: a batch sent since to a new thread is that thread's
  const fail = (why: string): void => {
    if (thread === worker) thread = null
    const stopped = `The thread compressing the PDF's pages stopped: ${why}`
    let refused = 0
    for (const [id, batch] of waiting) {
      if (batch.worker !== worker) continue
      waiting.delete(id)
      refused++
      batch.reject(new Error(stopped))
    }
    // told when it cost something (batches waiting, or an error of its own): an idle thread ended with its host is not news
    if (refused > 0 || !why.startsWith('exit code')) tellThreadNotice({ kind: 'compressing-thread-failed', why: stopped })
  }
  worker.on('error', (error) => fail(error.message))
  worker.on('exit', (code) => fail(`exit code ${code}`))
  worker.unref()
  return worker
}
