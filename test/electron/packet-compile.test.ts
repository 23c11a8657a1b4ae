import { beforeEach, describe, expect, it, vi } from 'vitest'

const flags = vi.hoisted(() => ({ set: [] as string[] }))
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flag: string) => void flags.set.push(flag)
}))

const { withoutTurboInlining } = await import('../../electron/main/pdf/packet-compile')
const { startPacketThreads } = await import('../../electron/main/pdf/packet-threads')

describe('a packet made with TurboFan inlining off', () => {
  beforeEach(() => void (flags.set = []))

  it('turns inlining off while the packet is made and back on afterwards, even when it fails', async () => {
    const seen: string[][] = []
    expect(await withoutTurboInlining(async () => (seen.push([...flags.set]), 'made'))).toBe('made')
    expect(seen).toEqual([['--no-turbo-inlining']])
    expect(flags.set).toEqual(['--no-turbo-inlining', '--turbo-inlining'])
    await expect(withoutTurboInlining(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full')
    expect(flags.set).toEqual(['--no-turbo-inlining', '--turbo-inlining', '--no-turbo-inlining', '--turbo-inlining'])
  })

  it('keeps it off until the last of packets made at once is done', async () => {
    let finishFirst: () => void = () => undefined
    const first = withoutTurboInlining(() => new Promise<void>((resolve) => (finishFirst = resolve)))
    await withoutTurboInlining(async () => undefined)
    expect(flags.set).toEqual(['--no-turbo-inlining'])
    finishFirst()
    await first
    expect(flags.set).toEqual(['--no-turbo-inlining', '--turbo-inlining'])
  })

  it('is how every packet is written, with its heap held as well', async () => {
    const during: string[][] = []
    const renderer = {
      writePacket: async () => (during.push([...flags.set]), { entries: [] })
    } as unknown as Parameters<typeof startPacketThreads>[0]['renderer']
    const threads = startPacketThreads({ renderer, workerFile: null })
    await threads.write({ entries: [] } as unknown as Parameters<typeof threads.write>[0], () => undefined)
    expect(during).toEqual([['--heap-growing-percent=50', '--no-turbo-inlining']])
    expect(flags.set).toEqual(['--heap-growing-percent=50', '--no-turbo-inlining', '--turbo-inlining', '--heap-growing-percent=0'])
  })
})
