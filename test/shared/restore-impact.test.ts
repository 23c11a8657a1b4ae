import { describe, expect, test } from 'vitest'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { restoreImpact } from '@shared/service/restore-impact'
import { StoreIndexSchema } from '@shared/store/store-index'
import type { Assessment } from '@shared/schemas/assessment'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { fakeApi } from '../helpers/fake-api'
import { CHECKED_AT } from '../helpers/checked-at'
import { SIGN_OFF, seed, value } from './store-session-fixtures'

/*
 * Restoring replaces the whole store. Before it does, the dialog lists every signed-off assessment present
 * now that the backup lacks or holds in another state; the same list decides whether the safety copy taken
 * before the restore is pinned.
 */

async function finalize(api: ArmsLengthApi, assessmentId: string): Promise<Assessment> {
  value(await api.setAssessmentStatus({ assessmentId, status: 'in-review' }))
  return value(await api.finalizeAssessment({ assessmentId, ...SIGN_OFF }))
}

/** A1 signed after backup `early`, B1 signed before `late`; D1 started and signed after both. */
async function history() {
  const { api, mem, files } = await fakeApi()
  const s = await seed(api)
  const early = value(await api.backupNow())
  const b1 = await finalize(api, s.b1.id)
  const late = value(await api.backupNow())
  const a1 = await finalize(api, s.a1.id)
  const d1 = value(await api.startAssessment({ engagementId: s.e3.id, kind: 'adhoc', title: 'After the incident' }))
  const d1Final = await finalize(api, d1.id)
  return { mem, api, files, s, early, late, finals: { a1, b1, d1: d1Final } }
}

describe('the restore preview', () => {
  test('names each signed-off assessment the backup lacks or holds unsigned, by engagement and sign-off date, and changes nothing', async () => {
    const { mem, api, s, early, late, finals } = await history()
    const before = mem.state.snapshot()
    const backups = mem.state.backups.length

    const fromEarly = value(await api.previewRestore({ id: early.id }))
    expect(fromEarly.signedOff).toEqual([
      {
        assessmentId: finals.b1.id,
        engagementName: s.e2.name,
        vendorName: s.e2.vendorName,
        title: finals.b1.title,
        finalizedAt: finals.b1.signOff!.finalizedAt,
        inBackup: { kind: 'unsigned', status: 'draft' }
      },
      expect.objectContaining({ assessmentId: finals.a1.id, vendorName: s.e1.vendorName, inBackup: { kind: 'unsigned', status: 'draft' } }),
      expect.objectContaining({ assessmentId: finals.d1.id, title: 'After the incident', inBackup: { kind: 'missing' } })
    ])
    expect(fromEarly).toMatchObject({ engagementCount: 3, assessmentCount: 4 })

    // B1 was signed when `late` was taken: only what was signed since is listed
    const fromLate = value(await api.previewRestore({ id: late.id }))
    expect(fromLate.signedOff.map((f) => f.assessmentId)).toEqual([finals.a1.id, finals.d1.id])

    expect(mem.state.snapshot()).toBe(before)
    expect(mem.state.backups.length).toBe(backups)
  })

  test('a backup file of the data as it is affects no signed-off assessment; a file the restore refuses is refused with the same problems', async () => {
    const { api, files } = await history()
    value(await api.exportBackup())
    const text = String(files.saved.at(-1)!.data)
    expect(value(await api.previewRestore({ text })).signedOff).toEqual([])

    const doc = JSON.parse(text)
    doc.assessments.find((a: Assessment) => a.status === 'final').title = 'Edited after sign-off'
    const tampered = JSON.stringify(doc)
    const preview = await api.previewRestore({ text: tampered })
    const restore = await api.restoreBackupFile({ text: tampered })
    expect(preview.ok || restore.ok).toBe(false)
    if (preview.ok || restore.ok) return
    expect(preview.error.code).toBe('invalid-file')
    expect(preview.error.problems).toEqual(restore.error.problems)
    const unreadable = await api.previewRestore({ text: '{' })
    expect(unreadable.ok ? 'ok' : unreadable.error.code).toBe('invalid-file')
  })

  test('the safety copy before a restore is pinned exactly when the preview lists a signed-off assessment', async () => {
    const { mem, api, early } = await history()
    // a backup holding every signed-off assessment: its restore pins nothing
    const all = value(await api.backupNow())
    expect(value(await api.previewRestore({ id: all.id })).signedOff).toEqual([])
    value(await api.deleteAssessment({ assessmentId: value(await api.listAssessmentSummaries()).find((a) => a.status === 'draft')!.id }))
    value(await api.restoreBackup({ id: all.id }))
    expect(mem.state.backups.at(-1)!.info.pinned).toBe(false)

    expect(value(await api.previewRestore({ id: early.id })).signedOff).toHaveLength(3)
    const count = mem.state.backups.length
    value(await api.restoreBackup({ id: early.id }))
    const safety = mem.state.backups[count]!
    expect(safety.info.pinned).toBe(true)
    expect(JSON.parse(safety.raw).assessments.filter((a: Assessment) => a.status === 'final')).toHaveLength(3)
  })
})

describe('restoreImpact', () => {
  test('a final the backup holds signed on another date is listed with both dates', async () => {
    const { mem, finals } = await history()
    const index = StoreIndexSchema.parse(JSON.parse(mem.state.current!))
    const doc = mem.state.storedDoc()
    const other = doc.assessments.map((a) =>
      a.id === finals.a1.id ? { ...a, signOff: { ...a.signOff!, finalizedAt: '2026-01-02T09:00:00.000Z' } } : a
    )
    const impact = restoreImpact(index, { ...doc, assessments: other }, CHECKED_AT)
    expect(impact.signedOff).toEqual([
      expect.objectContaining({
        assessmentId: finals.a1.id,
        finalizedAt: finals.a1.signOff!.finalizedAt,
        inBackup: { kind: 'signed-other', finalizedAt: '2026-01-02T09:00:00.000Z' }
      })
    ])
    expect(restoreImpact(index, doc, CHECKED_AT).signedOff).toEqual([])
  })
})

/**
 * The attack the review found: a backup file in which a signed final (asm-lodz-2026 of the example) is edited
 * (another reviewer, a signed headcount of 3, a note changed) and its fingerprint computed again, keeping
 * its id and sign-off time. It passes every check an import passes; only the fingerprint tells it apart.
 */
async function forgedBackup() {
  const { api, mem, files } = await fakeApi()
  const example = readFileSync(resolve(import.meta.dirname, '../../docs/examples/managed-contact-centre.json'), 'utf8')
  value(await api.applyImport({ text: example, decisions: {} }))
  value(await api.exportBackup())
  const genuine = JSON.parse(String(files.saved.at(-1)!.data))
  const forged = structuredClone(genuine)
  const target: Assessment = forged.assessments.find((a: Assessment) => a.id === 'asm-lodz-2026')
  const signOff = target.signOff!
  signOff.reviewerName = 'Somebody Else'
  signOff.engagement!.headcount = 3
  target.answers['SUP-01']!.note = `FORGED after sign-off. ${target.answers['SUP-01']!.note ?? ''}`
  signOff.fingerprint = fingerprintAssessment(target)
  const original = genuine.assessments.find((a: Assessment) => a.id === 'asm-lodz-2026')
  return { api, mem, genuine: original as Assessment, forgedText: JSON.stringify(forged), forgedPrint: signOff.fingerprint }
}

describe('a backup holding a signed final under the same id and date but other content', () => {
  test('restoreImpact lists it as signed differently, naming the fingerprint the backup holds', async () => {
    const { mem, genuine, forgedText, forgedPrint } = await forgedBackup()
    expect(forgedPrint).not.toBe(genuine.signOff!.fingerprint)
    const index = StoreIndexSchema.parse(JSON.parse(mem.state.current!))
    const impact = restoreImpact(index, JSON.parse(forgedText), CHECKED_AT)
    expect(impact.signedOff).toEqual([
      {
        assessmentId: 'asm-lodz-2026',
        engagementName: expect.any(String),
        vendorName: expect.any(String),
        title: genuine.title,
        finalizedAt: genuine.signOff!.finalizedAt,
        inBackup: { kind: 'signed-differently', fingerprint: forgedPrint }
      }
    ])
    // the other final of the file, untouched, is not listed; nor is anything when the backup is the genuine one
    expect(restoreImpact(index, mem.state.storedDoc(), CHECKED_AT).signedOff).toEqual([])
  })

  test('the preview lists it and the safety copy before the restore is pinned, holding the genuine sign-off', async () => {
    const { api, mem, genuine, forgedText } = await forgedBackup()
    const preview = value(await api.previewRestore({ text: forgedText }))
    expect(preview.signedOff.map((a) => [a.assessmentId, a.inBackup.kind])).toEqual([['asm-lodz-2026', 'signed-differently']])

    const count = mem.state.backups.length
    value(await api.restoreBackupFile({ text: forgedText }))
    const safety = mem.state.backups[count]!
    expect(safety.info.pinned).toBe(true)
    const kept = JSON.parse(safety.raw).assessments.find((a: Assessment) => a.id === 'asm-lodz-2026')
    expect(kept.signOff.fingerprint).toBe(genuine.signOff!.fingerprint)
  })
})

describe('an index whose refs lack the sign-off fingerprint (version 5, or written before refs recorded it)', () => {
  test.each([5, 6])(
    'index version %i: the start reads each final once to record it, and the forged backup is then caught',
    async (version) => {
      const { mem, forgedText, genuine } = await forgedBackup()
      const stored = JSON.parse(mem.state.current!)
      for (const ref of stored.assessments) {
        if (ref.signOff) delete ref.signOff.fingerprint
        // a version-5 summary lacks openDecisive (the rest of the upgrade computes it again)
        if (version === 5 && ref.result) delete ref.result.openDecisive
      }
      mem.state.current = JSON.stringify({ ...stored, schemaVersion: version })

      const { api } = await fakeApi(mem)
      value(await api.listPortfolio({ today: '2026-11-25' }))
      expect(value(await api.getUpgradeProgress())?.state).toBe('done')
      const refs = StoreIndexSchema.parse(JSON.parse(mem.state.current!)).assessments
      expect(refs.find((r) => r.id === genuine.id)!.signOff).toEqual({
        finalizedAt: genuine.signOff!.finalizedAt,
        fingerprint: genuine.signOff!.fingerprint
      })
      const preview = value(await api.previewRestore({ text: forgedText }))
      expect(preview.signedOff.map((a) => a.inBackup.kind)).toEqual(['signed-differently'])
    }
  )
})
