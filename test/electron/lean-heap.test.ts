import { beforeEach, describe, expect, it, vi } from 'vitest'

const flags = vi.hoisted(() => ({ set: [] as string[] }))
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flag: string) => void flags.set.push(flag)
}))

const { LEAN_HEAP_ABOVE_ENGAGEMENTS, packetGrowingPercent, withLeanHeap } = await import('../../electron/main/pdf/lean-heap')

describe('a packet drawn with its heap growth held', () => {
  beforeEach(() => void (flags.set = []))

  it('holds the heap growth to 20 % while a large packet is made, and gives V8 its own back afterwards, even when it fails', async () => {
    const seen: string[][] = []
    await withLeanHeap(1000, async () => void seen.push([...flags.set]))
    expect(seen).toEqual([['--heap-growing-percent=20']])
    expect(flags.set).toEqual(['--heap-growing-percent=20', '--heap-growing-percent=0'])
    flags.set = []
    await expect(withLeanHeap(1000, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full')
    expect(flags.set).toEqual(['--heap-growing-percent=20', '--heap-growing-percent=0'])
  })

  it('holds a packet of up to LEAN_HEAP_ABOVE_ENGAGEMENTS to half again what was live, no leaner (its time counts too)', async () => {
    expect(packetGrowingPercent(LEAN_HEAP_ABOVE_ENGAGEMENTS)).toBe(50)
    expect(packetGrowingPercent(LEAN_HEAP_ABOVE_ENGAGEMENTS + 1)).toBe(20)
    const seen: string[][] = []
    expect(await withLeanHeap(100, async () => (seen.push([...flags.set]), 'made'))).toBe('made')
    expect(seen).toEqual([['--heap-growing-percent=50']])
    expect(flags.set).toEqual(['--heap-growing-percent=50', '--heap-growing-percent=0'])
  })

  it('restores the default only when the last of two packets made at once is done', async () => {
    let finishFirst = (): void => undefined
    const first = withLeanHeap(500, () => new Promise<void>((resolve) => (finishFirst = resolve)))
    await withLeanHeap(500, async () => undefined)
    expect(flags.set).toEqual(['--heap-growing-percent=20'])
    finishFirst()
    await first
    expect(flags.set).toEqual(['--heap-growing-percent=20', '--heap-growing-percent=0'])
  })

  it('holds the leanest growth of the packets being made at once, whichever finishes first', async () => {
    let finishSmall = (): void => undefined
    const small = withLeanHeap(50, () => new Promise<void>((resolve) => (finishSmall = resolve)))
    let finishLarge = (): void => undefined
    const large = withLeanHeap(500, () => new Promise<void>((resolve) => (finishLarge = resolve)))
    expect(flags.set).toEqual(['--heap-growing-percent=50', '--heap-growing-percent=20'])
    finishLarge()
    await large
    expect(flags.set.at(-1)).toBe('--heap-growing-percent=50')
    finishSmall()
    await small
    expect(flags.set).toEqual([
      '--heap-growing-percent=50',
      '--heap-growing-percent=20',
      '--heap-growing-percent=50',
      '--heap-growing-percent=0'
    ])
  })
})
