import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import type { BackupInfo } from '@shared/ipc/contract'
import { dispatch } from '@shared/ipc/dispatch'
import { BACKUP_RETENTION, backupsToRemove } from '@shared/service/backup-retention'
import { MAX_PACKET_ENGAGEMENTS } from '@shared/service/packet-handlers'
import { exceedsBytes, utf8ByteLength } from '@shared/exchange/utf8'
import { MAX_IMPORT_BYTES, parseUntrustedJson } from '@shared/exchange/safe-json'
import { fakeApi } from '../helpers/fake-api'

/* Issue 13 items 3 and 7: backup retention that no burst can wipe; limits counted in bytes; packets capped. */

const DAY = 86_400_000
const at = (ms: number) => new Date(ms).toISOString()
const NOW = Date.parse('2026-12-05T12:00:00.000Z')
const backup = (id: string, ms: number, pinned = false): BackupInfo => ({ id, createdAt: at(ms), engagementCount: 1, sizeBytes: 1, pinned })

describe('backup retention', () => {
  test('a burst of backups today evicts nothing of yesterday, last week or last month', () => {
    const history = [
      backup('yesterday', NOW - DAY),
      backup('last-week', NOW - 7 * DAY),
      backup('last-month', NOW - 40 * DAY),
      backup('last-year', NOW - 400 * DAY)
    ]
    const burst = Array.from({ length: 50 }, (_, i) => backup(`burst-${i}`, NOW - 1000 * (50 - i)))
    const removed = new Set(backupsToRemove([...history, ...burst], at(NOW)))
    expect([...removed].filter((id) => !id.startsWith('burst-'))).toEqual(['last-year'])
    // the newest of the burst are kept, the older ones of the same day go
    expect(removed.has('burst-49')).toBe(false)
    expect(removed.size).toBe(50 - BACKUP_RETENTION.newest + 1)
  })

  test('a pinned backup is never removed, however old', () => {
    const list = [backup('pinned', NOW - 3000 * DAY, true), ...Array.from({ length: 30 }, (_, i) => backup(`b${i}`, NOW - i * 1000))]
    expect(backupsToRemove(list, at(NOW))).not.toContain('pinned')
  })

  test('property: the newest ten, every pinned one, and the newest of each recent day and month always stay', () => {
    const entry = fc.record({ ageMs: fc.integer({ min: 0, max: 500 * DAY }), pinned: fc.boolean() })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 80 }), (entries) => {
        const list = entries.map((e, i) => backup(`b${i}`, NOW - e.ageMs, e.pinned))
        const removed = new Set(backupsToRemove(list, at(NOW)))
        const newestFirst = [...list].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1))
        for (const b of newestFirst.slice(0, BACKUP_RETENTION.newest)) expect(removed.has(b.id)).toBe(false)
        for (const b of list.filter((x) => x.pinned)) expect(removed.has(b.id)).toBe(false)
        const days = new Set<string>()
        for (const b of newestFirst) {
          const day = b.createdAt.slice(0, 10)
          if (NOW - Date.parse(`${day}T00:00:00.000Z`) < BACKUP_RETENTION.dailyForDays * DAY && !days.has(day)) {
            days.add(day)
            expect(removed.has(b.id)).toBe(false)
          }
        }
        // rotation converges: applying it again removes nothing more
        const left = list.filter((b) => !removed.has(b.id))
        expect(backupsToRemove(left, at(NOW))).toEqual([])
      }),
      { numRuns: 200 }
    )
  })
})

describe('sizes are counted in UTF-8 bytes', () => {
  test('utf8ByteLength agrees with Buffer for any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'))
      }),
      { numRuns: 200 }
    )
    expect(utf8ByteLength('a€😀\ud800')).toBe(1 + 3 + 4 + 3)
  }, 20_000)

  test('exceedsBytes: a text under the limit in characters but over it in bytes is over', () => {
    expect(exceedsBytes('€€€', 8)).toBe(true)
    expect(exceedsBytes('€€€', 9)).toBe(false)
    expect(exceedsBytes('aaaa', 3)).toBe(true)
  })

  test('an import of 17.5 million three-byte characters (52 MB) is refused, though it has fewer characters than the limit', async () => {
    const text = '€'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 10)
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES)
    expect(parseUntrustedJson(text)).toMatchObject({ ok: false, problems: [{ path: '(file)' }] })
    const { api } = await fakeApi()
    const r = await api.previewImport({ text })
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-request')
  }, 20_000)
})

describe('audit packets are capped', () => {
  test(`more than ${MAX_PACKET_ENGAGEMENTS} engagements is refused at once with what to do`, async () => {
    const { api } = await fakeApi()
    const ids = Array.from({ length: MAX_PACKET_ENGAGEMENTS + 1 }, (_, i) => `e${i}`)
    const r = await dispatch(api, 'startAuditPacket', { engagementIds: ids })
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-request')
    expect(r.ok ? '' : r.error.message).toMatch(new RegExp(`at most ${MAX_PACKET_ENGAGEMENTS}.*Choose fewer`))
  })
})
