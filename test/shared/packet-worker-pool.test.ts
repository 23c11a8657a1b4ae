import { describe, expect, it } from 'vitest'
import type { PacketModel } from '@shared/report/packet/packet-types'
import type { PdfJob, PdfWorkerMessage } from '@shared/report/report-generator'
import type { ReportModel } from '@shared/report/report-types'
import { createWorkerReportGenerator, type PdfWorkerHandle } from '@shared/report/worker-pool'

/** A worker that records what it is asked and answers when the test says so. */
class FakeWorker implements PdfWorkerHandle {
  jobs: PdfJob[] = []
  terminated = false
  private listener: (m: PdfWorkerMessage) => void = () => undefined
  private crashListener: (m: string) => void = () => undefined
  post = (job: PdfJob): void => void this.jobs.push(job)
  onResult = (listener: (m: PdfWorkerMessage) => void): void => void (this.listener = listener)
  onCrash = (listener: (m: string) => void): void => void (this.crashListener = listener)
  terminate = (): void => void (this.terminated = true)
  send(message: PdfWorkerMessage): void {
    this.listener(message)
  }
  crash(message: string): void {
    this.crashListener(message)
  }
}

function setup() {
  const workers: FakeWorker[] = []
  const timers: (() => void)[] = []
  const generator = createWorkerReportGenerator(
    () => {
      const w = new FakeWorker()
      workers.push(w)
      return w
    },
    1000,
    { set: (fn) => timers.push(fn), clear: () => undefined }
  )
  return { generator, workers, timers }
}

const packet = { title: 'Audit packet' } as PacketModel
const report = { title: 'Report' } as ReportModel
const pdf = new Uint8Array([37, 80, 68, 70])

describe('PDF worker pool: packets', () => {
  it('posts a packet job, routes its progress and terminates the worker once the packet is done', async () => {
    const { generator, workers } = setup()
    const progress: [number, number][] = []
    const done = generator.renderPacket(packet, (d, t) => progress.push([d, t]))
    const [w] = workers
    expect(w?.jobs).toEqual([{ id: 1, kind: 'packet', model: packet }])
    w?.send({ id: 1, progress: { done: 0, total: 2 } })
    w?.send({ id: 1, progress: { done: 1, total: 2 } })
    w?.send({ id: 1, progress: { done: 2, total: 2 } })
    expect(w?.terminated).toBe(false)
    w?.send({ id: 1, ok: true, pdf })
    await expect(done).resolves.toBe(pdf)
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2]
    ])
    expect(w?.terminated).toBe(true)
    // a late message from the stopped worker changes nothing
    w?.send({ id: 1, progress: { done: 9, total: 9 } })
    expect(progress).toHaveLength(3)
  })

  it('gives every packet a fresh worker, apart from the warm one that renders reports', async () => {
    const { generator, workers } = setup()
    const r = generator.renderReport(report)
    const p = generator.renderPacket(packet)
    expect(workers).toHaveLength(2)
    const [reports, packets] = workers as [FakeWorker, FakeWorker]
    expect(reports.jobs[0]?.kind).toBe('report')
    expect(packets.jobs[0]?.kind).toBe('packet')
    reports.send({ id: reports.jobs[0]!.id, ok: true, pdf })
    packets.send({ id: packets.jobs[0]!.id, ok: true, pdf })
    await Promise.all([r, p])
    expect(reports.terminated).toBe(false)
    expect(packets.terminated).toBe(true)
    void generator.renderPacket(packet)
    expect(workers).toHaveLength(3)
  })

  it('rejects and terminates when the packet fails or its worker crashes', async () => {
    const { generator, workers } = setup()
    const failed = generator.renderPacket(packet)
    workers[0]?.send({ id: workers[0].jobs[0]!.id, ok: false, message: 'out of memory' })
    await expect(failed).rejects.toThrow('out of memory')
    expect(workers[0]?.terminated).toBe(true)
    const crashed = generator.renderPacket(packet)
    workers[1]?.crash('exit code 134')
    await expect(crashed).rejects.toThrow('The PDF worker failed: exit code 134')
    expect(workers[1]?.terminated).toBe(true)
  })

  it("stops a running packet on shutdown, and the report worker's idle timer leaves packets alone", async () => {
    const { generator, workers, timers } = setup()
    const r = generator.renderReport(report)
    workers[0]?.send({ id: workers[0].jobs[0]!.id, ok: true, pdf })
    await r
    const p = generator.renderPacket(packet)
    timers.forEach((fire) => fire())
    expect(workers[0]?.terminated).toBe(true)
    expect(workers[1]?.terminated).toBe(false)
    generator.shutdown()
    await expect(p).rejects.toThrow('The PDF worker stopped')
    expect(workers[1]?.terminated).toBe(true)
  })
})
