import { describe, expect, test } from 'vitest'
import { createStoreService } from '@shared/service/store-service'
import { dispatch } from '@shared/ipc/dispatch'
import { STORE_SCHEMA_VERSION } from '@shared/store/store-schema'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { engagementFields } from '../helpers/engagement-fields'

async function service(initial: string | null = null) {
  const mem = memoryPersistence(initial)
  const api = await createStoreService({ edition: 'browser', persistence: mem.persistence, files: memoryFiles().files, reports: testReports, clock: fixedClock(), ids: sequentialIds('eng') })
  return { api, mem }
}

describe('store service', () => {
  test('a created engagement is saved before the call answers, names kept exactly', async () => {
    const { api, mem } = await service()
    const created = await api.createEngagement({ fields: engagementFields({ vendorName: 'Çağrı Merkezi A.Ş.' }) })
    expect(created.ok).toBe(true)
    expect(mem.state.writes).toBe(1)
    const reopened = await createStoreService({ edition: 'browser', persistence: mem.persistence, files: memoryFiles().files, reports: testReports, clock: fixedClock(), ids: sequentialIds() })
    const list = await reopened.listEngagements()
    expect(list.ok && list.value.map((e) => e.vendorName)).toEqual(['Çağrı Merkezi A.Ş.'])
  })

  test('update, archive, unarchive and delete', async () => {
    const { api } = await service()
    const created = await api.createEngagement({ fields: engagementFields() })
    if (!created.ok) throw new Error('create failed')
    const id = created.value.id
    const updated = await api.updateEngagement({ id, fields: engagementFields({ headcount: 80 }) })
    expect(updated.ok && updated.value.headcount).toBe(80)
    expect(updated.ok && updated.value.createdAt).toBe(created.value.createdAt)
    const archived = await api.setEngagementStatus({ id, status: 'archived' })
    expect(archived.ok && archived.value.status).toBe('archived')
    const active = await api.setEngagementStatus({ id, status: 'active' })
    expect(active.ok && active.value.status).toBe('active')
    expect((await api.deleteEngagement({ id })).ok).toBe(true)
    const list = await api.listEngagements()
    expect(list.ok && list.value).toEqual([])
    const again = await api.deleteEngagement({ id })
    expect(again.ok ? null : again.error.code).toBe('not-found')
  })

  test('a failed write leaves memory and disk as they were and says so', async () => {
    const { api, mem } = await service()
    await api.createEngagement({ fields: engagementFields() })
    const before = mem.state.current
    mem.state.failWrites = true
    const second = await api.createEngagement({ fields: engagementFields({ name: 'Second' }) })
    expect(second.ok ? null : second.error.code).toBe('io-failed')
    expect(mem.state.current).toBe(before)
    const list = await api.listEngagements()
    expect(list.ok && list.value.length).toBe(1)
  })

  test('a damaged file is set aside byte for byte, the user told, the newest good backup offered', async () => {
    const good = await service()
    await good.api.createEngagement({ fields: engagementFields() })
    const goodBytes = good.mem.state.current as string
    // reopening a good file makes a rolling backup of it
    await createStoreService({ edition: 'desktop', persistence: good.mem.persistence, files: memoryFiles().files, reports: testReports, clock: fixedClock(), ids: sequentialIds() })
    expect(good.mem.state.backups.at(-1)?.raw).toBe(goodBytes)

    const garbage = '{"schemaVersion": 2, "engagem'
    good.mem.state.current = garbage
    const api = await createStoreService({ edition: 'desktop', persistence: good.mem.persistence, files: memoryFiles().files, reports: testReports, clock: fixedClock(), ids: sequentialIds() })
    const info = await api.getStartupInfo()
    if (!info.ok || !info.value.notice) throw new Error('expected a notice')
    expect(info.value.notice.message).toMatch(/not valid JSON/)
    expect(good.mem.state.setAside.get(info.value.notice.setAsideAs)).toBe(garbage)
    expect(info.value.notice.offeredBackup?.engagementCount).toBe(1)
    const list = await api.listEngagements()
    expect(list.ok && list.value).toEqual([])

    const restored = await api.restoreBackup({ id: info.value.notice.offeredBackup!.id })
    expect(restored.ok).toBe(true)
    const after = await api.listEngagements()
    expect(after.ok && after.value.map((e) => e.vendorName)).toEqual(['Łódź Services Sp. z o.o.'])
  })

  test('a file from a newer version is set aside, not overwritten', async () => {
    const newer = JSON.stringify({ schemaVersion: STORE_SCHEMA_VERSION + 1, engagements: [{ future: true }] })
    const { api, mem } = await service(newer)
    const info = await api.getStartupInfo()
    expect(info.ok && info.value.notice?.message).toMatch(/newer version/)
    expect([...mem.state.setAside.values()]).toEqual([newer])
  })

  test('an old-version file is migrated and written back in the current version', async () => {
    const v1 = JSON.stringify({ schemaVersion: 1, engagements: [] })
    const { api, mem } = await service(v1)
    const info = await api.getStartupInfo()
    expect(info.ok && info.value.migratedFrom).toBe(1)
    expect(JSON.parse(mem.state.current as string).schemaVersion).toBe(STORE_SCHEMA_VERSION)
    expect(mem.state.backups[0]?.raw).toBe(v1)
  })
})

describe('dispatch validates every request before the service sees it', () => {
  test.each([
    ['missing fields', 'createEngagement', {}],
    ['empty vendor name', 'createEngagement', { fields: engagementFields({ vendorName: '  ' }) }],
    ['negative headcount', 'createEngagement', { fields: engagementFields({ headcount: -1 }) }],
    ['end before start', 'createEngagement', { fields: engagementFields({ contractStart: '2026-05-01', contractEnd: '2026-01-01' }) }],
    ['extra keys', 'deleteEngagement', { id: 'x', extra: 1 }],
    ['wrong type', 'deleteEngagement', { id: 42 }],
    ['argument where none is taken', 'listEngagements', { sneaky: true }],
    ['bad status', 'setEngagementStatus', { id: 'x', status: 'deleted' }],
    ['path-like backup id', 'restoreBackup', { id: '../../etc/passwd' }]
  ] as const)('%s', async (_name, method, payload) => {
    const { api, mem } = await service()
    const result = await dispatch(api, method, payload)
    expect(result.ok ? null : result.error.code).toBe('invalid-request')
    expect(mem.state.writes).toBe(0)
  })

  test('problems name the path of each bad field', async () => {
    const { api } = await service()
    const result = await dispatch(api, 'createEngagement', { fields: engagementFields({ vendorName: '', headcount: -2 }) })
    if (result.ok) throw new Error('expected failure')
    expect(result.error.problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['fields.vendorName', 'fields.headcount']))
  })
})
