import { readFileSync } from 'node:fs'
import { openMemoryService } from '../helpers/memory-service'
import { describe, expect, test } from 'vitest'
import { createStoreService } from '@shared/service/store-service'
import { dispatch } from '@shared/ipc/dispatch'
import { STORE_SCHEMA_VERSION } from '@shared/store/store-schema'
import { STORE_INDEX_VERSION, StoreIndexSchema, referencedBodies } from '@shared/store/store-index'
import { openStoreText } from '@shared/store/open-store'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { engagementFields } from '../helpers/engagement-fields'

async function service(initial: string | null = null) {
  const mem = memoryPersistence(initial)
  const api = await openMemoryService(mem.persistence, sequentialIds('eng'))
  return { api, mem }
}

describe('store service', () => {
  test('a created engagement is saved before the call answers, names kept exactly', async () => {
    const { api, mem } = await service()
    const created = await api.createEngagement({ fields: engagementFields({ vendorName: 'Çağrı Merkezi A.Ş.' }) })
    expect(created.ok).toBe(true)
    expect(mem.state.writes).toBe(1)
    const reopened = await openMemoryService(mem.persistence)
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
    const created = await api.createEngagement({ fields: engagementFields() })
    if (!created.ok) throw new Error('create failed')
    const started = await api.startAssessment({ engagementId: created.value.id, kind: 'annual' })
    if (!started.ok) throw new Error('start failed')
    const question = DEFAULT_BANK.questions[0]!
    await api.saveAnswer({ assessmentId: started.value.id, questionId: question.id, answer: { choice: question.options[0]!.id } })
    const before = mem.state.snapshot()
    const writes = mem.state.writes
    mem.state.failWrites = true
    const second = await api.createEngagement({ fields: engagementFields({ name: 'Second' }) })
    expect(second.ok ? null : second.error.code).toBe('io-failed')
    const answer = await api.saveAnswer({
      assessmentId: started.value.id,
      questionId: question.id,
      answer: { choice: question.options[1]!.id }
    })
    expect(answer.ok ? null : answer.error.code).toBe('io-failed')
    expect(mem.state.snapshot()).toBe(before)
    expect(mem.state.writes).toBe(writes)
    const list = await api.listEngagements()
    expect(list.ok && list.value.length).toBe(1)
    const opened = await api.openAssessment({ assessmentId: started.value.id })
    expect(opened.ok && opened.value.assessment.answers[question.id]?.choice).toBe(question.options[0]!.id)
  })

  test('a damaged file is set aside byte for byte, the user told, the newest good backup offered', async () => {
    const good = await service()
    const engagement = await good.api.createEngagement({ fields: engagementFields() })
    const started = await good.api.startAssessment({
      engagementId: engagement.ok ? engagement.value.id : '',
      kind: 'annual',
      title: 'Année 2026'
    })
    if (!started.ok) throw new Error('start failed')
    const goodDoc = good.mem.state.storedDoc()
    // reopening a good file makes a rolling backup of it: the whole document, assessments included
    const reopened = await createStoreService({
      edition: 'desktop',
      persistence: good.mem.persistence,
      files: memoryFiles().files,
      reports: testReports,
      clock: fixedClock(),
      ids: sequentialIds()
    })
    // the start-up backup is queued, not awaited by the start; listing backups waits for it
    const listed = await reopened.listBackups()
    expect(listed.ok && listed.value.length).toBe(1)
    const backup = openStoreText(good.mem.state.backups.at(-1)?.raw ?? null)
    expect(backup).toEqual({ kind: 'ok', doc: goodDoc })

    const garbage = '{"schemaVersion": 2, "engagem'
    good.mem.state.current = garbage
    const api = await createStoreService({
      edition: 'desktop',
      persistence: good.mem.persistence,
      files: memoryFiles().files,
      reports: testReports,
      clock: fixedClock(),
      ids: sequentialIds()
    })
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
    const restoredAssessment = await api.openAssessment({ assessmentId: started.value.id })
    expect(restoredAssessment.ok && restoredAssessment.value.assessment.title).toBe('Année 2026')
    expect(good.mem.state.storedDoc()).toEqual(goodDoc)
  })

  test('a file from a newer version opens read-only: never set aside, never written, every change refused with why', async () => {
    const newer = JSON.stringify({ schemaVersion: STORE_INDEX_VERSION + 1, engagements: [{ future: true }] })
    const { api, mem } = await service(newer)
    const info = await api.getStartupInfo()
    expect(info.ok && info.value.notice).toBeNull()
    expect(info.ok && info.value.readOnly?.message).toMatch(/newer version/)
    expect(info.ok && info.value.readOnly?.message).toContain(`store version ${STORE_INDEX_VERSION + 1}`)
    const created = await api.createEngagement({ fields: engagementFields() })
    expect(created.ok ? 'ok' : created.error.code).toBe('read-only')
    expect(created.ok ? '' : created.error.message).toMatch(/newer version/)
    expect([...mem.state.setAside.values()]).toEqual([])
    expect(mem.state.current).toBe(newer)
    expect(mem.state.writes).toBe(0)
  })

  test('an index that fails validation is set aside, not trusted', async () => {
    const good = await service()
    const engagement = await good.api.createEngagement({ fields: engagementFields() })
    await good.api.startAssessment({ engagementId: engagement.ok ? engagement.value.id : '', kind: 'annual' })
    const index = JSON.parse(good.mem.state.current as string) as { generation: number; assessments: { rev: number }[] }
    // a revision newer than the index's generation could be overwritten by the next commit's new bodies
    const bad = JSON.stringify({ ...index, assessments: index.assessments.map((r) => ({ ...r, rev: index.generation + 1 })) })
    const { api, mem } = await service(bad)
    const info = await api.getStartupInfo()
    expect(info.ok && info.value.notice?.message).toMatch(/revision \d+ is newer than the index/)
    expect([...mem.state.setAside.values()]).toEqual([bad])
    expect(mem.state.writes).toBe(0)
  })

  test('an old-version file is migrated, split into index and assessments, and its exact text kept as a backup', async () => {
    const v1 = JSON.stringify({ schemaVersion: 1, engagements: [] })
    const { api, mem } = await service(v1)
    const info = await api.getStartupInfo()
    expect(info.ok && info.value.migratedFrom).toBe(1)
    expect(JSON.parse(mem.state.current as string).schemaVersion).toBe(STORE_INDEX_VERSION)
    expect(mem.state.backups[0]?.raw).toBe(v1)
  })

  test('a version 2 file with assessments is split: one record per assessment, the same data, the old text backed up', async () => {
    const v2 = readFileSync('test/fixtures/store/v2.json', 'utf8')
    const expected = openStoreText(v2)
    if (expected.kind !== 'ok') throw new Error('fixture must open')
    expect(expected.doc.assessments.length).toBeGreaterThan(0)
    const { api, mem } = await service(v2)
    const info = await api.getStartupInfo()
    expect(info.ok && info.value.migratedFrom).toBe(2)
    const index = StoreIndexSchema.parse(JSON.parse(mem.state.current as string))
    expect(index.schemaVersion).toBe(STORE_INDEX_VERSION)
    expect(index.assessments.map((r) => r.id)).toEqual(expected.doc.assessments.map((a) => a.id))
    expect(new Set(mem.state.bodies.keys())).toEqual(referencedBodies(index))
    expect(mem.state.storedDoc()).toEqual({ ...expected.doc, schemaVersion: STORE_SCHEMA_VERSION })
    expect(mem.state.backups.map((b) => b.raw)).toEqual([v2])
    const listed = await api.listAssessments({})
    expect(listed.ok && listed.value).toEqual(expected.doc.assessments)

    // the next start opens the index: no second migration, the same data
    const snapshot = mem.state.snapshot()
    const again = await openMemoryService(mem.persistence)
    const againInfo = await again.getStartupInfo()
    expect(againInfo.ok && againInfo.value.migratedFrom).toBeNull()
    expect(mem.state.snapshot()).toBe(snapshot)
    const relisted = await again.listAssessments({})
    expect(relisted.ok && relisted.value).toEqual(expected.doc.assessments)
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

  test('the message says what was refused and why, for screens that show only the message', async () => {
    const { api } = await service()
    const result = await dispatch(api, 'setReview', { assessmentId: 'a-1', questionId: 'SUP-01', verdict: null, comment: 'Fine\u0007' })
    if (result.ok) throw new Error('expected failure')
    expect(result.error.message).toMatch(/^Invalid request for setReview: comment: Contains a control or invalid character \(U\+0007\)/)
  })
})
