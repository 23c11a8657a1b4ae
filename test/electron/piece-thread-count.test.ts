import { afterEach, describe, expect, it, vi } from 'vitest'

const machine = vi.hoisted(() => ({ cores: 2 }))
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  availableParallelism: () => machine.cores
}))

const { pieceThreadCount } = await import('../../electron/main/pdf/packet-threads')

describe('how many threads draw a packet', () => {
  afterEach(() => vi.unstubAllEnvs())

  it("is half the cores, at least one: each drawing thread's compiling and collecting takes most of another core", () => {
    vi.stubEnv('ARMSLENGTH_PDF_WORKERS', '')
    const counts = [1, 2, 3, 4, 8, 16].map((cores) => ((machine.cores = cores), pieceThreadCount()))
    expect(counts).toEqual([1, 1, 1, 2, 4, 8])
  })

  it('is what a caller or ARMSLENGTH_PDF_WORKERS asks for, at least one', () => {
    machine.cores = 8
    expect(pieceThreadCount(3)).toBe(3)
    expect(pieceThreadCount(0)).toBe(1)
    vi.stubEnv('ARMSLENGTH_PDF_WORKERS', '2')
    expect(pieceThreadCount()).toBe(2)
  })
})
