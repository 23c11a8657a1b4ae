import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

const flags = vi.hoisted(() => ({ set: [] as string[] }))
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flag: string) => void flags.set.push(flag)
}))

const { withoutTurboInlining } = await import('../../electron/main/pdf/packet-compile')
const { startPacketThreads } = await import('../../electron/main/pdf/packet-threads')
const { spawnPdfThread } = await import('../../electron/main/pdf/node-worker-handle')

// a stand-in for a PDF thread in the middle of a packet: it never ends by itself
const dir = mkdtempSync(join(tmpdir(), 'armslength-packet-compile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const busyThread = join(dir, 'busy.mjs')
writeFileSync(busyThread, `setInterval(() => undefined, 1000)\n`)

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

  it('puts the settings back as this thread wants them once its last PDF thread has ended, though one was stopped mid-packet', async () => {
    // a packet worker terminated while making a packet cannot turn inlining back on itself: this thread does
    const first = spawnPdfThread(busyThread)
    const second = spawnPdfThread(busyThread)
    first.terminate()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(flags.set).toEqual([])
    second.terminate()
    await vi.waitFor(() => expect(flags.set).toEqual(['--turbo-inlining', '--heap-growing-percent=0']))

    // while this thread makes a packet of its own, its setting is the packet's
    flags.set = []
    let finish: () => void = () => undefined
    const packet = withoutTurboInlining(() => new Promise<void>((resolve) => (finish = resolve)))
    spawnPdfThread(busyThread).terminate()
    await vi.waitFor(() => expect(flags.set).toEqual(['--no-turbo-inlining', '--no-turbo-inlining', '--heap-growing-percent=0']))
    finish()
    await packet
    expect(flags.set.at(-1)).toBe('--turbo-inlining')
  })
})
