import { beforeEach, describe, expect, it } from 'vitest'
import { createStoreService } from '@shared/service/store-service'
import { StoreIndexSchema, bodyKey, referencedBodies } from '@shared/store/store-index'
import { createBrowserPersistence } from '../../renderer/src/platform/browser-persistence'
import type { KeyValueStore } from '../../renderer/src/platform/indexed-db'
import { memoryKeyValueStore } from '../helpers/memory-key-value-store'
import {
  BODY_DAMAGED,
  DAMAGED,
  NEWER_VERSION,
  QUESTION,
  engagementWithAssessment,
  escapeRegExp,
  noReports,
  notice,
  oldStoreDoc,
  refused,
  unwrap
} from './corruption-fixtures'
import { cancellingFileSaver, sequentialIds, steppingClock } from './fixtures'

/**
 * The corrupted-file matrix in the browser edition (see corruption-fixtures.ts): IndexedDB records through
 * an in-memory KeyValueStore behind the real createBrowserPersistence. Nothing here loads Electron or
 * touches files, so this file mocks neither.
 */

/** The assessment records (`body:<key>`) of the browser store, by record key. */
function bodyRecords(data: Map<string, string>, prefix = 'body:'): Map<string, string> {
  return new Map([...data].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]))
}

describe('corruption suite: browser edition (IndexedDB)', () => {
  const clock = steppingClock()
  let ids: { newId: () => string }
  const openService = (kv: KeyValueStore) =>
    createStoreService({
      edition: 'browser',
      persistence: createBrowserPersistence(kv, clock.now),
      files: cancellingFileSaver(),
      reports: noReports,
      clock,
      ids
    })

  beforeEach(() => {
    ids = sequentialIds('b')
  })

  async function goodHistory(kv: KeyValueStore, data: Map<string, string>) {
    const first = await engagementWithAssessment(await openService(kv), 'First')
    const two = await openService(kv)
    unwrap(await two.listBackups())
    const second = await engagementWithAssessment(two, 'Second')
    const three = await openService(kv)
    const backups = unwrap(await three.listBackups())
    const bodies = bodyRecords(data)
    expect(bodies.size).toBe(2)
    return { index: (await kv.get('store')) ?? '', bodies, first, second, assessments: unwrap(await three.listAssessments({})), backups }
  }

  // IndexedDB holds strings here, so damaged bytes arrive as the string a reader of those bytes would get:
  // UTF-8 where the bytes are text, one char per byte (latin1) for raw binary
  const asText = (bytes: Buffer, binary: boolean | undefined) => (binary ? bytes.toString('latin1') : bytes.toString('utf8'))

  it.each(DAMAGED.map((d) => [d.label, d] as const))(
    '%s: set aside unchanged with its records, newest good backup offered, the notice says what happened',
    async (_label, damage) => {
      const { kv, data } = memoryKeyValueStore()
      const history = await goodHistory(kv, data)
      const text = asText(damage.bytes(Buffer.from(history.index, 'utf8')), damage.binary)
      data.set('store', text)
      expect(history.backups.map((b) => b.engagementCount).slice(0, 2)).toEqual([2, 1])

      const service = await openService(kv)
      const n = await notice(service)
      expect(n?.kind).toBe('set-aside')
      expect(n?.message).toMatch(/^The data file /)
      expect(n?.message).toContain(`set aside unchanged as "${n?.setAsideAs}"`)
      expect(n?.setAsideAs).toMatch(/^set-aside:(empty|not-json|invalid|newer-version):/)
      expect(data.get(n?.setAsideAs ?? '')).toBe(text)
      // the records went with it under its name, unchanged; none is left (or deleted) under the store's
      expect(bodyRecords(data, `${n?.setAsideAs}:body:`)).toEqual(history.bodies)
      expect(bodyRecords(data).size).toBe(0)
      expect(n?.offeredBackup).toEqual(history.backups[0])
      expect(data.has('store')).toBe(false)
      expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
      expect(await service.restoreBackup({ id: n?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
      expect(await service.listEngagements()).toMatchObject({ ok: true, value: [{ name: 'First' }, { name: 'Second' }] })
      expect(await service.listAssessments({})).toEqual({ ok: true, value: history.assessments })
      // a later start leaves the set-aside records alone
      unwrap(await (await openService(kv)).listBackups())
      expect(bodyRecords(data, `${n?.setAsideAs}:body:`)).toEqual(history.bodies)
      expect(data.get(n?.setAsideAs ?? '')).toBe(text)
    }
  )

  it('an index from a newer version opens read-only: nothing moved or written, its data shown, changes refused', async () => {
    const { kv, data } = memoryKeyValueStore()
    const history = await goodHistory(kv, data)
    const text = NEWER_VERSION.bytes(Buffer.from(history.index, 'utf8')).toString('utf8')
    data.set('store', text)
    const before = new Map(data)
    const service = await openService(kv)
    expect(await notice(service)).toBeNull()
    expect(unwrap(await service.getStartupInfo()).readOnly?.message).toMatch(NEWER_VERSION.says)
    expect(await service.listAssessments({})).toEqual({ ok: true, value: history.assessments })
    const r = await service.createEngagement({ fields: history.first.engagement })
    expect(r.ok ? 'ok' : r.error.code).toBe('read-only')
    expect(data).toEqual(before)
  })

  it('names the damage the same way as the desktop for each kind', async () => {
    for (const damage of DAMAGED.filter((d) => !d.binary)) {
      const { kv, data } = memoryKeyValueStore()
      const history = await goodHistory(kv, data)
      data.set('store', damage.bytes(Buffer.from(history.index, 'utf8')).toString('utf8'))
      expect((await notice(await openService(kv)))?.message, damage.label).toMatch(damage.says)
    }
  })

  it.each(BODY_DAMAGED.map((d) => [d.label, d] as const))(
    'a damaged record (%s): only that assessment is refused; the record stays as it is; a backup brings it back',
    async (_label, damage) => {
      const { kv, data } = memoryKeyValueStore()
      const history = await goodHistory(kv, data)
      const { first, second } = history
      const ref = StoreIndexSchema.parse(JSON.parse(history.index)).assessments
      const keyOf = (id: string) => {
        const r = ref.find((x) => x.id === id)
        return r ? bodyKey(r.id, r.rev) : ''
      }
      const key = keyOf(first.assessment.id)
      const bytes = damage.bytes(
        Buffer.from(history.bodies.get(key) ?? '', 'utf8'),
        Buffer.from(history.bodies.get(keyOf(second.assessment.id)) ?? '', 'utf8')
      )
      const text = bytes === null ? null : asText(bytes, damage.binary)
      if (text === null) data.delete(`body:${key}`)
      else data.set(`body:${key}`, text)

      const service = await openService(kv)
      unwrap(await service.listBackups())
      const refusal = refused(damage.says)
      const opened = await service.openAssessment({ assessmentId: first.assessment.id })
      expect(opened).toEqual(refusal)
      expect(opened.ok ? '' : opened.error.message).toContain(`"Annual review First" (record ${key})`)
      expect(await service.listAssessments({ engagementId: first.engagement.id })).toEqual(refusal)
      expect(await service.saveAnswer({ assessmentId: first.assessment.id, questionId: QUESTION.id, answer: null })).toEqual(refusal)
      expect(unwrap(await service.listEngagements())).toHaveLength(2)
      expect(unwrap(await service.listAssessmentSummaries())).toHaveLength(2)
      expect(await service.listAssessments({ engagementId: second.engagement.id })).toEqual({ ok: true, value: [second.assessment] })
      unwrap(await service.saveAnswer({ assessmentId: second.assessment.id, questionId: QUESTION.id, answer: null }))
      unwrap(await (await openService(kv)).listBackups())
      expect(data.get(`body:${key}`) ?? null).toBe(text)

      // restoring the backup from before the damage brings it back, a missing record too
      expect(await service.restoreBackup({ id: history.backups[0]?.id ?? '' })).toEqual({ ok: true, value: null })
      expect(unwrap(await service.openAssessment({ assessmentId: first.assessment.id })).assessment).toEqual(first.assessment)
    }
  )

  it('an old single-document store is split into records, the data unchanged and its exact text kept as a backup', async () => {
    const doc = await oldStoreDoc((p) =>
      createStoreService({ edition: 'browser', persistence: p, files: cancellingFileSaver(), reports: noReports, clock, ids })
    )
    const text = JSON.stringify(doc, null, 2)
    const { kv, data } = memoryKeyValueStore({ store: text })

    const service = await openService(kv)
    expect(await service.getStartupInfo()).toEqual({
      ok: true,
      value: { edition: 'browser', notice: null, migratedFrom: 3, readOnly: null }
    })
    const index = StoreIndexSchema.parse(JSON.parse(data.get('store') ?? 'null'))
    const records = bodyRecords(data)
    expect([...records.keys()].sort()).toEqual([...referencedBodies(index)].sort())
    for (const ref of index.assessments) {
      expect(JSON.parse(records.get(bodyKey(ref.id, ref.rev)) ?? 'null')).toEqual(doc.assessments.find((a) => a.id === ref.id))
    }
    expect(await service.listEngagements()).toEqual({ ok: true, value: doc.engagements })
    expect(await service.listAssessments({})).toEqual({ ok: true, value: doc.assessments })
    expect(await service.getSettings()).toEqual({ ok: true, value: doc.settings })
    const backups = unwrap(await service.listBackups())
    const stored = createBrowserPersistence(kv, clock.now)
    expect(await Promise.all(backups.map((b) => stored.readBackup(b.id)))).toContain(text)
  })

  it('an unreadable database (the read fails): the start fails and nothing is written or deleted', async () => {
    const { kv, data, state } = memoryKeyValueStore()
    const history = await goodHistory(kv, data)
    const writes = state.writes
    state.failReads = new Error('UnknownError: Internal error opening backing store for indexedDB.open.')
    await expect(openService(kv)).rejects.toThrow(/backing store/)
    expect(state.writes).toBe(writes)
    expect(data.get('store')).toBe(history.index)
    expect(bodyRecords(data)).toEqual(history.bodies)
  })

  it('an unreadable assessment record (its read fails): that assessment is refused, the rest works', async () => {
    const { kv, data, state } = memoryKeyValueStore()
    const history = await goodHistory(kv, data)
    const ref = StoreIndexSchema.parse(JSON.parse(history.index)).assessments.find((r) => r.id === history.first.assessment.id)
    const key = ref ? bodyKey(ref.id, ref.rev) : ''
    state.failKey = `body:${key}`
    const service = await openService(kv)
    expect(await service.openAssessment({ assessmentId: history.first.assessment.id })).toEqual(
      refused(
        new RegExp(
          `\\(record ${escapeRegExp(key)}\\) cannot be read \\(UnknownError: the record body:${escapeRegExp(key)} could not be read`
        )
      )
    )
    expect(unwrap(await service.openAssessment({ assessmentId: history.second.assessment.id })).assessment).toEqual(
      history.second.assessment
    )
    expect(bodyRecords(data)).toEqual(history.bodies)
  })
})
