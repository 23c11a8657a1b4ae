import { describe, expect, test } from 'vitest'
import { browserBackups } from '../../renderer/src/platform/browser-backups'
import { memoryKeyValueStore } from '../helpers/memory-key-value-store'

/** A whole-store text of about 2.5 million characters, with a surrogate pair (an emoji) across every part boundary. */
function bigText(): string {
  const filler = 'é'.repeat(999_999)
  return `{"a":"${filler}😀${filler}😀${'x'.repeat(500_000)}"}`
}

describe('browser edition: rolling backups in parts', () => {
  test('a large backup is stored in parts of about a million characters and reads back exactly, its UTF-8 size counted', async () => {
    const { kv, data } = memoryKeyValueStore()
    const backups = browserBackups(kv)
    const raw = bigText()
    const info = await backups.write(raw, { createdAt: '2026-11-25T10:00:00.000Z', engagementCount: 3 })
    const parts = [...data.keys()].filter((k) => k.startsWith(`${info.id}:part:`))
    expect(parts.length).toBe(3)
    for (const key of parts) expect((data.get(key) ?? '').length).toBeLessThanOrEqual(1_000_000)
    expect(await backups.read(info.id)).toBe(raw)
    expect(info.sizeBytes).toBe(Buffer.byteLength(raw, 'utf8'))
    expect(await backups.list()).toEqual([
      { id: info.id, createdAt: '2026-11-25T10:00:00.000Z', engagementCount: 3, sizeBytes: info.sizeBytes, pinned: false }
    ])
  })

  test('a backup interrupted before its meta record is not listed; a backup from before parts still reads', async () => {
    const { kv, data } = memoryKeyValueStore({
      'backup:2026-01-01T00:00:00.000Z': '{"old":true}',
      'backup:2026-01-01T00:00:00.000Z:meta': JSON.stringify({
        id: 'backup:2026-01-01T00:00:00.000Z',
        createdAt: '2026-01-01T00:00:00.000Z',
        engagementCount: 1,
        sizeBytes: 12
      }),
      'backup:2026-02-01T00:00:00.000Z:part:0': '{"half'
    })
    const backups = browserBackups(kv)
    expect((await backups.list()).map((b) => b.id)).toEqual(['backup:2026-01-01T00:00:00.000Z'])
    expect(await backups.read('backup:2026-01-01T00:00:00.000Z')).toBe('{"old":true}')
    expect(await backups.read('backup:2026-02-01T00:00:00.000Z')).toBeNull()
    // ids that are not a backup's are never read
    for (const id of ['store', 'backup:2026-01-01T00:00:00.000Z:meta', 'backup:2026-02-01T00:00:00.000Z:part:0'])
      expect(await backups.read(id)).toBeNull()
    expect(data.size).toBe(3)
  })

  test('remove takes a backup away whole, none of its parts left; a pinned backup says so; same-millisecond backups get distinct ids', async () => {
    const { kv, data } = memoryKeyValueStore()
    const backups = browserBackups(kv)
    const pad = 'p'.repeat(1_200_000)
    const first = await backups.write(`{"n":0,"pad":"${pad}"}`, { createdAt: '2026-11-25T10:00:00.000Z', engagementCount: 0 })
    const second = await backups.write(`{"n":1,"pad":"${pad}"}`, {
      createdAt: '2026-11-25T10:00:00.000Z',
      engagementCount: 1,
      pinned: true
    })
    expect(second.id).not.toBe(first.id)
    expect(second.pinned).toBe(true)
    expect(await backups.read(first.id)).toBe(`{"n":0,"pad":"${pad}"}`)
    await backups.remove([first.id])
    expect(await backups.list()).toEqual([second])
    expect([...data.keys()].filter((k) => k.startsWith(`${first.id}:`) || k === first.id)).toEqual([])
    expect([...data.keys()].length).toBe(3)
  })

  test('a backup that fails half-way (storage full) leaves no parts behind, and parts a closed page left are removed by the next backup', async () => {
    const { kv, data } = memoryKeyValueStore({ 'backup:2026-02-01T00:00:00.000Z:part:0': '{"half' })
    let puts = 0
    const full = {
      ...kv,
      put: async (key: string, value: string) => (++puts === 2 ? Promise.reject(new Error('QuotaExceededError')) : kv.put(key, value))
    }
    const backups = browserBackups(full)
    await expect(backups.write(bigText(), { createdAt: '2026-11-25T10:00:00.000Z', engagementCount: 3 })).rejects.toThrow(
      'QuotaExceededError'
    )
    expect([...data.keys()]).toEqual([])
    const info = await backups.write('{"whole":true}', { createdAt: '2026-11-25T11:00:00.000Z', engagementCount: 1 })
    expect(await backups.read(info.id)).toBe('{"whole":true}')
    expect([...data.keys()].sort()).toEqual([`${info.id}:meta`, `${info.id}:part:0`])
  })
})
