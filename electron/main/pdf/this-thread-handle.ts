import type { ReportRenderer } from '@shared/report/render/render-report'
import type { PdfJob, PdfWorkerMessage } from '@shared/report/report-generator'
import type { PdfWorkerHandle } from '@shared/report/worker-pool'
import { messageOf } from '@shared/util/result'
import { readPieceRecords } from '@shared/report/render/packet/packet-piece'
import type { StoredText } from '@shared/report/packet/stored-record'

/**
 * This thread as one of a packet's piece workers: a piece posted to it is drawn here in tasks of its
 * own (never inside the caller's call), with the renderer this thread already holds: a thread fewer
 * to start (its code compiled, its fonts parsed, its JIT warmed again). On two cores it is the only
 * drawing thread (pieceThreadCount).
 *
 * A piece is drawn one report per task (renderPieceInSteps): between them this thread answers the
 * worker threads (a finished piece written, the next one posted). Drawn in one go, a worker thread
 * that finished its piece waited for the rest of this thread's piece, ≈ 0.1–0.4 s each time. A step
 * that yields a promise (its pages being compressed on another thread) is followed once it settles.
 */
export function thisThreadHandle(renderer: ReportRenderer, readStored: StoredText): PdfWorkerHandle {
  let listener: (message: PdfWorkerMessage) => void = () => undefined
  let terminated = false
  const fail = (id: number, error: unknown): void => listener({ id, ok: false, message: messageOf(error) })
  return {
    post: (job: PdfJob) => {
      setImmediate(() => {
        if (terminated) return
        if (job.kind !== 'piece') return listener({ id: job.id, ok: false, message: 'This thread only draws packet pieces' })
        // its stored records are read first (asynchronously), then the piece is drawn, a report per task
        readPieceRecords(job.piece, readStored)
          .then((piece) => {
            const steps = renderer.renderPieceInSteps(piece)
            const step = (): void => {
              if (terminated) return
              try {
                const next = steps.next()
                if (next.done) listener({ id: job.id, ok: true, piece: next.value })
                // its pages still being compressed off this thread: the next step once they are
                else if (next.value)
                  next.value.then(
                    () => setImmediate(step),
                    (error: unknown) => terminated || fail(job.id, error)
                  )
                else setImmediate(step)
              } catch (error) {
                fail(job.id, error)
              }
            }
            step()
          })
          .catch((error: unknown) => fail(job.id, error))
      })
    },
    onResult: (l) => void (listener = l),
    // nothing here dies apart from this thread
    onCrash: () => undefined,
    terminate: () => void (terminated = true)
  }
}
