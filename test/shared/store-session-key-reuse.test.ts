import { describe, expect, test } from 'vitest'
import type { IdSource } from '@shared/service/clock'
import { createStoreService } from '@shared/service/store-service'
import { openStoreText } from '@shared/store/open-store'
import { bodyKey, referencedBodies } from '@shared/store/store-index'
import { fixedClock, memoryFiles, testReports } from '../helpers/memory-persistence'
import { engagementFields } from '../helpers/engagement-fields'
import { answerTo, open, spiedPersistence, value } from './store-session-fixtures'

describe('revisions never reuse a committed key', () => {
  test('after many changes, a delete and re-import of the same ids, a replace, and restores of backups with the same ids', async () => {
    const spy = spiedPersistence()
    const files = memoryFiles()
    // ids differing only by case: their bodies must be separate files on case-folding file systems
    const queue = ['eng-x', 'Case-A', 'case-a']
    let n = 0
    const ids: IdSource = { newId: () => queue.shift() ?? `n-${++n}` }
    const api = await createStoreService({
      edition: 'browser',
      persistence: spy.persistence,
      files: files.files,
      reports: testReports,
      clock: fixedClock(),
      ids
    })
    const e = value(await api.createEngagement({ fields: engagementFields() }))
    const upper = value(await api.startAssessment({ engagementId: e.id, kind: 'annual' }))
    const lower = value(await api.startAssessment({ engagementId: e.id, kind: 'adhoc' }))
    expect([upper.id, lower.id]).toEqual(['Case-A', 'case-a'])
    expect(bodyKey(upper.id, 1).toLowerCase()).not.toBe(bodyKey(lower.id, 1).toLowerCase())

    for (let i = 0; i < 30; i++) value(await api.saveAnswer({ assessmentId: i % 3 === 0 ? lower.id : upper.id, ...answerTo(i, i) }))
    const afterEdits = spy.stored()

    value(await api.exportEngagement({ engagementId: e.id }))
    const exported = files.saved.at(-1)!.data as string
    value(await api.deleteEngagement({ id: e.id }))
    expect(spy.stored().assessments).toEqual([])
    expect(spy.state.bodies.size).toBe(0)
    value(await api.applyImport({ text: exported, decisions: {} }))
    expect(spy.stored()).toEqual(afterEdits)
    // the same ids once more, replacing what is there
    value(await api.applyImport({ text: exported, decisions: { [e.id]: 'replace' } }))
    expect(spy.stored()).toEqual(afterEdits)

    const backup = value(await api.backupNow())
    value(await api.saveAnswer({ assessmentId: upper.id, ...answerTo(7, 2) }))
    value(await api.setAssessmentStatus({ assessmentId: lower.id, status: 'in-review' }))
    const beforeRestore = spy.stored()
    value(await api.restoreBackup({ id: backup.id }))
    expect(spy.stored()).toEqual(afterEdits)
    // the state a restore replaced is itself backed up first, so the restore can be undone
    expect(openStoreText(spy.state.backups.at(-1)?.raw ?? null)).toEqual({ kind: 'ok', doc: beforeRestore })
    value(await api.saveAnswer({ assessmentId: lower.id, ...answerTo(1, 1) }))
    value(await api.restoreBackupFile({ text: spy.state.backups.find((b) => b.info.id === backup.id)!.raw }))
    expect(spy.stored()).toEqual(afterEdits)

    // a restarted service goes on from the stored generation, not from zero
    const again = (await open(spy)).api
    value(await again.saveAnswer({ assessmentId: upper.id, ...answerTo(2, 2) }))

    expect(spy.violations).toEqual([])
    const written = spy.commits.flatMap((c) => c.put.map((p) => p.key))
    expect(new Set(written).size).toBe(written.length)
    // the generation never goes back, and every commit that writes bodies starts a new one
    const generations = spy.commits.map((c) => c.index.generation)
    expect(generations).toEqual([...generations].sort((a, b) => a - b))
    const writing = spy.commits.filter((c) => c.put.length > 0).map((c) => c.index.generation)
    expect(new Set(writing).size).toBe(writing.length)
    expect(new Set(spy.state.bodies.keys())).toEqual(referencedBodies(spy.index()))
  })
})
