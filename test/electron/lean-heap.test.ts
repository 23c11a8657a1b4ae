import { beforeEach, describe, expect, it, vi } from 'vitest'

const flags = vi.hoisted(() => ({ set: [] as string[] }))
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flag: string) => void flags.set.push(flag)
}))

const { LEAN_HEAP_ABOVE_ENGAGEMENTS, withLeanHeap } = await import('../../electron/main/pdf/lean-heap')

describe('a large packet drawn with a lean heap', () => {
  beforeEach(() => void (flags.set = []))

  it('holds the heap growth while a large packet is made, and gives V8 its own back afterwards, even when it fails', async () => {
    const seen: string[][] = []
    await withLeanHeap(1000, async () => void seen.push([...flags.set]))
    expect(seen).toEqual([['--heap-growing-percent=20']])
    expect(flags.set).toEqual(['--heap-growing-percent=20', '--heap-growing-percent=0'])
    flags.set = []
    await expect(withLeanHeap(1000, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full')
    expect(flags.set).toEqual(['--heap-growing-percent=20', '--heap-growing-percent=0'])
  })

  it('leaves a packet of up to LEAN_HEAP_ABOVE_ENGAGEMENTS as it was (its time counts more than its memory)', async () => {
    expect(await withLeanHeap(LEAN_HEAP_ABOVE_ENGAGEMENTS, async () => 'made')).toBe('made')
    expect(flags.set).toEqual([])
  })

  it('restores the default only when the last of two lean packets made at once is done', async () => {
    let finishFirst = (): void => undefined
    const first = withLeanHeap(500, () => new Promise<void>((resolve) => (finishFirst = resolve)))
    await withLeanHeap(500, async () => undefined)
    expect(flags.set).toEqual(['--heap-growing-percent=20'])
    finishFirst()
    await first
    expect(flags.set).toEqual(['--heap-growing-percent=20', '--heap-growing-percent=0'])
  })
})
