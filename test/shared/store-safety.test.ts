import { describe, expect, test } from 'vitest'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { dispatch } from '@shared/ipc/dispatch'
import { createStoreService } from '@shared/service/store-service'
import type { StorePersistence } from '@shared/service/persistence'
import { bundleOf } from '@shared/exchange/build-exchange'
import { MAX_IMPORT_BYTES } from '@shared/exchange/safe-json'
import { openStoreText } from '@shared/store/open-store'
import { StoreIndexSchema, bodyKey } from '@shared/store/store-index'
import type { Assessment } from '@shared/schemas/assessment'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { CORE_BANK } from '@shared/bank/core-bank'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { SIGN_OFF, seed, value } from './store-session-fixtures'

/*
 * Issue 13: no button loses a signed record. Deletes, replacing imports and restores take a verified
 * backup first; a signed final is never dropped without one; restore checks what import checks.
 */

async function openOn(persistence: StorePersistence): Promise<ArmsLengthApi> {
  return createStoreService({
    edition: 'browser',
    persistence,
    files: memoryFiles().files,
    reports: testReports,
    clock: fixedClock(),
    ids: sequentialIds('n')
  })
}

async function withFinal() {
  const mem = memoryPersistence()
  const api = await openOn(mem.persistence)
  const s = await seed(api)
  value(await api.setAssessmentStatus({ assessmentId: s.a1.id, status: 'in-review' }))
  const final = value(await api.finalizeAssessment({ assessmentId: s.a1.id, ...SIGN_OFF }))
  // a change after the backup the sign-off takes (DECISIONS 259): the store has moved on from every backup, so what
  // these tests do needs a backup of its own (an unchanged store's newest backup is used as it is)
  value(await api.updateSettings({ settings: { ...value(await api.getSettings()), defaultReviewIntervalMonths: 6 } }))
  return { mem, api, s, final }
}

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code)

describe('deleting an engagement that holds signed-off assessments', () => {
  test('is refused without the typed name, and nothing is written or backed up', async () => {
    const { mem, api, s } = await withFinal()
    const before = mem.state.snapshot()
    const backups = mem.state.backups.length
    for (const confirmName of [undefined, '', 'wrong', s.e1.name.toUpperCase()]) {
      const r = await api.deleteEngagement({ id: s.e1.id, confirmName })
      expect(codeOf(r)).toBe('conflict')
    }
    expect(mem.state.snapshot()).toBe(before)
    expect(mem.state.backups.length).toBe(backups)
  })

  test('with the name: a pinned backup holding the final is written and read back before the delete, and restores it', async () => {
    const { mem, api, s, final } = await withFinal()
    const reads: string[] = []
    const spied: StorePersistence = { ...mem.persistence, readBackup: async (id) => (reads.push(id), mem.persistence.readBackup(id)) }
    const api2 = await openOn(spied)
    value(await api2.deleteEngagement({ id: s.e1.id, confirmName: ` ${s.e1.name} ` }))
    const backup = mem.state.backups.at(-1)!
    expect(backup.info.pinned).toBe(true)
    expect(reads).toContain(backup.info.id)
    const opened = openStoreText(backup.raw)
    expect(opened.kind === 'ok' && opened.doc.assessments.find((a) => a.id === final.id)).toEqual(final)
    expect(value(await api2.listEngagements()).map((e) => e.id)).not.toContain(s.e1.id)
    value(await api2.restoreBackup({ id: backup.info.id }))
    expect(value(await api2.openAssessment({ assessmentId: final.id })).assessment).toEqual(final)
    expect(api).toBeDefined()
  })

  test('when the backup cannot be made or does not read back, nothing is deleted', async () => {
    for (const fault of ['write', 'read-back'] as const) {
      const { mem, s } = await withFinal()
      const broken: StorePersistence = {
        ...mem.persistence,
        writeBackup: (raw, info) =>
          fault === 'write'
            ? Promise.reject(new Error('ENOSPC: no space left on device'))
            : mem.persistence.writeBackup(raw.slice(0, -10), info)
      }
      const api = await openOn(broken)
      const before = mem.state.snapshot()
      const r = await api.deleteEngagement({ id: s.e2.id })
      expect(codeOf(r), fault).toBe('io-failed')
      expect(r.ok ? '' : r.error.message).toMatch(/Nothing was changed/)
      expect(mem.state.snapshot(), fault).toBe(before)
    }
  })

  test('deleting a draft assessment backs up first, too', async () => {
    const { mem, api, s } = await withFinal()
    const backups = mem.state.backups.length
    value(await api.deleteAssessment({ assessmentId: s.a2.id }))
    expect(mem.state.backups.length).toBe(backups + 1)
    expect(JSON.parse(mem.state.backups.at(-1)!.raw).assessments.map((a: Assessment) => a.id)).toContain(s.a2.id)
  })
})

describe('import: "Replace ours" never drops a signed-off assessment', () => {
  test('our final stays beside the file’s assessments, the preview names it, and a backup is taken first', async () => {
    const { mem, api, s, final } = await withFinal()
    const theirs = { engagement: { ...s.e1, vendorName: 'Theirs' }, assessments: [] as Assessment[] }
    const text = JSON.stringify(bundleOf([theirs], '2026-11-25T10:00:00.000Z'))
    const preview = value(await api.previewImport({ text }))
    expect(preview.items[0]?.conflict?.keptFinals).toEqual([final.title])
    expect(preview.items[0]?.conflict?.droppedUnfinished).toEqual([s.a2.title || s.a2.id])
    const backups = mem.state.backups.length
    const outcome = value(await api.applyImport({ text, decisions: { [s.e1.id]: 'replace' } }))
    expect(outcome).toMatchObject({ replaced: 1, finalsKept: 1 })
    expect(mem.state.backups.length).toBe(backups + 1)
    const kept = value(await api.listAssessments({ engagementId: s.e1.id }))
    expect(kept).toEqual([final])
    expect(value(await api.listEngagements()).find((e) => e.id === s.e1.id)?.vendorName).toBe('Theirs')
  })

  test('the preview counts our draft as dropped when the file holds another version of it, not when it holds the same', async () => {
    const { api, s } = await withFinal()
    const same = JSON.stringify(bundleOf([{ engagement: s.e1, assessments: [s.a2] }], '2026-11-25T10:00:00.000Z'))
    expect(value(await api.previewImport({ text: same })).items[0]?.conflict?.droppedUnfinished).toEqual([])
    // the file was exported before our last edit: taking it replaces our later answers
    const older: Assessment = { ...s.a2, answers: {}, updatedAt: '2026-01-02T00:00:00.000Z' }
    const text = JSON.stringify(bundleOf([{ engagement: s.e1, assessments: [older] }], '2026-11-25T10:00:00.000Z'))
    expect(value(await api.previewImport({ text })).items[0]?.conflict?.droppedUnfinished).toEqual([s.a2.title || s.a2.id])
  })

  test('a different assessment of the file under our final’s id is added beside it, not over it', async () => {
    const { api, s, final } = await withFinal()
    const draft: Assessment = { ...final, status: 'draft', title: 'Their draft' }
    delete (draft as Partial<Assessment>).signOff
    const text = JSON.stringify(bundleOf([{ engagement: s.e1, assessments: [draft] }], '2026-11-25T10:00:00.000Z'))
    value(await api.applyImport({ text, decisions: { [s.e1.id]: 'replace' } }))
    const now = value(await api.listAssessments({ engagementId: s.e1.id }))
    expect(now.find((a) => a.id === final.id)).toEqual(final)
    expect(now.filter((a) => a.title === 'Their draft')).toHaveLength(1)
  })

  test('the file’s final under our final’s id with another fingerprint (signed differently) is not taken', async () => {
    const { api, s, final } = await withFinal()
    // anyone can recompute a fingerprint: the same record, its answers changed, signed again under the same id
    const edited: Assessment = {
      ...final,
      answers: { ...final.answers, 'SUP-01': { ...final.answers['SUP-01'], note: 'Edited after sign-off' } }
    }
    const resigned: Assessment = { ...edited, signOff: { ...final.signOff!, fingerprint: fingerprintAssessment(edited) } }
    expect(resigned.signOff!.fingerprint).not.toBe(final.signOff!.fingerprint)
    const text = JSON.stringify(bundleOf([{ engagement: s.e1, assessments: [resigned] }], '2026-11-25T10:00:00.000Z'))
    const preview = value(await api.previewImport({ text }))
    expect(preview.items[0]?.conflict?.signedDifferently).toEqual([final.title])
    const outcome = value(await api.applyImport({ text, decisions: { [s.e1.id]: 'replace' } }))
    expect(outcome).toMatchObject({ replaced: 1, finalsKept: 1, signedDifferently: 1 })
    const now = value(await api.listAssessments({ engagementId: s.e1.id }))
    expect(now.filter((a) => a.status === 'final')).toEqual([final])
    // nor is it taken under a new id beside the genuine copy (attacker review): the same sign-off, another fingerprint
    const renamed: Assessment = { ...resigned, id: 'asm-forged-copy' }
    const both = JSON.stringify(bundleOf([{ engagement: s.e1, assessments: [final, renamed] }], '2026-11-25T10:00:00.000Z'))
    expect(value(await api.previewImport({ text: both })).items[0]?.conflict?.signedDifferently).toEqual([final.title])
    expect(value(await api.applyImport({ text: both, decisions: { [s.e1.id]: 'replace' } }))).toMatchObject({ signedDifferently: 1 })
    expect(value(await api.listAssessments({ engagementId: s.e1.id })).filter((a) => a.status === 'final')).toEqual([final])
    // the same print under other links (revision of a final the file does not hold) would relabel ours: since the
    // link is checked where the file is read (DECISIONS 220), the file is refused and nothing changes; a scheme 4
    // sign-off records that this final revises none (DECISIONS 236), so the link contradicts it before anything else
    const relinked: Assessment = { ...final, revisionOfId: 'asm-some-other-final' }
    const links = JSON.stringify(bundleOf([{ engagement: s.e1, assessments: [relinked] }], '2026-11-25T10:00:00.000Z'))
    const refused = await api.applyImport({ text: links, decisions: { [s.e1.id]: 'replace' } })
    expect(refused.ok ? null : JSON.stringify(refused.error)).toMatch(/revisionOfId.*its sign-off records that it revises no final/)
    expect(value(await api.listAssessments({ engagementId: s.e1.id })).filter((a) => a.status === 'final')).toEqual([final])
    // the genuine copy of our own final is the same record: nothing is signed differently
    const same = JSON.stringify(bundleOf([{ engagement: s.e1, assessments: [final] }], '2026-11-25T10:00:00.000Z'))
    expect(value(await api.previewImport({ text: same })).items[0]?.conflict?.signedDifferently).toEqual([])
  })

  test('"Keep both" names the copy with the day it was imported', async () => {
    const { api, s } = await withFinal()
    const text = JSON.stringify(bundleOf([{ engagement: s.e2, assessments: [] }], '2026-11-25T10:00:00.000Z'))
    const preview = value(await api.previewImport({ text }))
    expect(preview.items[0]?.copyName).toMatch(new RegExp(`^${s.e2.name} \\(imported \\d{4}-\\d{2}-\\d{2}\\)$`))
    value(await api.applyImport({ text, decisions: { [s.e2.id]: 'keep-both' } }))
    const engagements = value(await api.listEngagements())
    expect(engagements.find((e) => e.id === s.e2.id)?.name).toBe(s.e2.name)
    expect(engagements.filter((e) => e.name === preview.items[0]?.copyName && e.id !== s.e2.id)).toHaveLength(1)
  })
})

describe('restore is as strict as import', () => {
  async function tamperedBackup() {
    const { mem, api, s, final } = await withFinal()
    const made = value(await api.backupNow())
    const doc = JSON.parse(mem.state.backups.find((b) => b.info.id === made.id)!.raw)
    const stored = doc.assessments.find((a: Assessment) => a.id === final.id)
    stored.answers['SUP-01'] = { ...(stored.answers['SUP-01'] ?? {}), note: 'Edited after sign-off' }
    return { mem, api, s, text: JSON.stringify(doc) }
  }

  test('a backup file with a final changed after sign-off is refused, with where, and nothing changes', async () => {
    const { mem, api, text } = await tamperedBackup()
    const before = mem.state.snapshot()
    const r = await api.restoreBackupFile({ text })
    expect(codeOf(r)).toBe('invalid-file')
    expect(r.ok ? [] : r.error.problems?.map((p) => p.path)).toContain('assessments[0].signOff.fingerprint')
    expect(mem.state.snapshot()).toBe(before)
  })

  test('a backup carrying a bank that poses as ours (our id with changed content, or our title) is refused, and nothing changes', async () => {
    const { mem, api } = await withFinal()
    const made = value(await api.backupNow())
    const raw = mem.state.backups.find((b) => b.info.id === made.id)!.raw
    const forged = structuredClone(CORE_BANK) as QuestionBank
    forged.questions[0]!.prompt = 'Reworded after release'
    const lookAlike = { ...structuredClone(CORE_BANK), id: 'armslength-c0re', version: '2026.4' } as QuestionBank
    const fine = { ...structuredClone(CORE_BANK), id: 'acme-bank', title: 'Acme co-employment bank', version: '2027.1' } as QuestionBank
    const before = mem.state.snapshot()
    for (const [bank, path] of [
      [forged, 'customBanks[0].id'],
      [{ ...forged, version: '2026.9' }, 'customBanks[0].id'],
      [lookAlike, 'customBanks[0].title']
    ] as const) {
      const doc = JSON.parse(raw)
      doc.customBanks = [bank]
      const r = await api.restoreBackupFile({ text: JSON.stringify(doc) })
      expect(codeOf(r)).toBe('invalid-file')
      expect(r.ok ? [] : r.error.problems?.map((p) => p.path)).toContain(path)
    }
    const twice = JSON.parse(raw)
    twice.customBanks = [fine, { ...fine, title: 'Acme, changed' }]
    const r = await api.restoreBackupFile({ text: JSON.stringify(twice) })
    expect(r.ok ? [] : r.error.problems?.map((p) => p.reason)).toContain('acme-bank 2027.1 is given twice (first at customBanks[0])')
    expect(mem.state.snapshot()).toBe(before)
    // an ordinary custom bank restores
    const ok = JSON.parse(raw)
    ok.customBanks = [fine]
    expect(codeOf(await api.restoreBackupFile({ text: JSON.stringify(ok) }))).toBe('ok')
  })

  test('a backup in the list with a tampered final is refused too', async () => {
    const { mem, api, text } = await tamperedBackup()
    const info = await mem.persistence.writeBackup(text, { createdAt: '2026-11-25T12:00:00.000Z', engagementCount: 3 })
    const before = mem.state.snapshot()
    expect(codeOf(await api.restoreBackup({ id: info.id }))).toBe('invalid-file')
    expect(mem.state.snapshot()).toBe(before)
  })

  test('the browser edition’s backup ids (with colons) pass the request check, and restore works from the list', async () => {
    const { mem, api, s } = await withFinal()
    const made = value(await api.backupNow())
    const raw = mem.state.backups.find((b) => b.info.id === made.id)!.raw
    const id = 'backup:2026-11-25T10:00:00.000Z'
    const keyed: StorePersistence = {
      ...mem.persistence,
      readBackup: async (asked) => (asked === id ? raw : mem.persistence.readBackup(asked))
    }
    const browser = await openOn(keyed)
    value(await browser.deleteAssessment({ assessmentId: s.a2.id }))
    expect(codeOf(await dispatch(browser, 'restoreBackup', { id }))).toBe('ok')
    expect(value(await browser.listAssessments({ engagementId: s.e1.id })).map((a) => a.id)).toContain(s.a2.id)
    expect(codeOf(await dispatch(browser, 'restoreBackup', { id: '../x' }))).toBe('invalid-request')
  })

  test('a backup file larger than the import limit restores: the whole store may exceed one import (1,000 engagements ≈ 60 MB)', async () => {
    const { mem, api, s, final } = await withFinal()
    const made = value(await api.backupNow())
    // the saved backup of a large store, as big as its content makes it (indentation stands in for the records)
    const raw = mem.state.backups.find((b) => b.info.id === made.id)!.raw
    const text = raw.replace('{', `{${' '.repeat(MAX_IMPORT_BYTES)}`)
    value(await api.deleteEngagement({ id: s.e1.id, confirmName: s.e1.name }))
    expect(codeOf(await dispatch(api, 'restoreBackupFile', { text }))).toBe('ok')
    expect(value(await api.openAssessment({ assessmentId: final.id })).assessment).toEqual(final)
    // an import keeps its own limit
    expect(codeOf(await dispatch(api, 'previewImport', { text }))).toBe('invalid-request')
  }, 60_000)
})

describe('a small file of many junk members (a hostile or wrong file)', () => {
  const STOPPED = { path: '(file)', reason: 'Stopped after 20 invalid members; fix these and check the file again' }

  test('a 300 KB backup of 100,000 empty assessments is refused at once, naming the first ones, and nothing changes', async () => {
    const { mem, api } = await withFinal()
    const before = mem.state.snapshot()
    const text = JSON.stringify({
      schemaVersion: 3,
      engagements: [],
      assessments: Array.from({ length: 100_000 }, () => ({})),
      settings: {},
      customBanks: []
    })
    const started = performance.now()
    const r = await api.restoreBackupFile({ text })
    expect(performance.now() - started).toBeLessThan(5000)
    expect(codeOf(r)).toBe('invalid-file')
    expect(r.ok ? '' : r.error.message).toMatch(/assessments\[0\]\.id[\s\S]*Stopped after 20 invalid members/)
    expect(mem.state.snapshot()).toBe(before)
  }, 60_000)

  test('a bundle of 100,000 empty engagements: the first twenty problems, not two hundred thousand', async () => {
    const { api } = await withFinal()
    const text = JSON.stringify({
      format: 'armslength.bundle',
      formatVersion: 1,
      exportedAt: '2026-11-25T10:00:00.000Z',
      engagements: Array.from({ length: 100_000 }, () => ({}))
    })
    const started = performance.now()
    const r = await api.previewImport({ text })
    expect(performance.now() - started).toBeLessThan(5000)
    const problems = r.ok ? [] : (r.error.problems ?? [])
    expect(problems.length).toBeLessThanOrEqual(101)
    expect(problems[0]?.path).toBe('engagements[0].engagement')
    expect(problems.at(-1)).toEqual(STOPPED)
  }, 60_000)
})

describe('a final changed in the live store (its record edited outside the app)', () => {
  test('gets no report claiming "Final, signed off": the report says the signature is broken, and nothing is saved', async () => {
    const { mem, api, final } = await withFinal()
    const index = StoreIndexSchema.parse(JSON.parse(mem.state.current!))
    const ref = index.assessments.find((r) => r.id === final.id)!
    const key = bodyKey(ref.id, ref.rev)
    const body = JSON.parse(mem.state.bodies.get(key)!) as Assessment
    mem.state.bodies.set(key, JSON.stringify({ ...body, title: 'Edited after sign-off' }))
    const files = memoryFiles()
    const reopened = await createStoreService({
      edition: 'browser',
      persistence: mem.persistence,
      files: files.files,
      reports: testReports,
      clock: fixedClock(),
      ids: sequentialIds('n')
    })
    const r = await reopened.exportReportPdf({ assessmentId: final.id })
    expect(codeOf(r)).toBe('invalid-file')
    expect(r.ok ? '' : r.error.message).toMatch(/signature broken.*changed after it was signed off/)
    expect(files.saved).toEqual([])
    expect(api).toBeDefined()
  }, 30_000)
})

describe('backup history', () => {
  test('"Back up now" with nothing changed stores nothing new and says so', async () => {
    const { mem, api } = await withFinal()
    const first = value(await api.backupNow())
    const count = mem.state.backups.length
    for (let i = 0; i < 12; i++) {
      const again = value(await api.backupNow())
      expect(again).toMatchObject({ id: first.id, reused: true })
    }
    expect(mem.state.backups.length).toBe(count)
  })

  test('after a restore from the list, backing up again stores no copy of what was just restored', async () => {
    const { mem, api, s } = await withFinal()
    const made = value(await api.backupNow())
    value(await api.deleteAssessment({ assessmentId: s.a2.id }))
    value(await api.restoreBackup({ id: made.id }))
    const count = mem.state.backups.length
    expect(value(await api.backupNow())).toMatchObject({ id: made.id, reused: true })
    expect(mem.state.backups.length).toBe(count)
  })
})

describe('after damage, the backup offered is one a restore accepts', () => {
  test('a newer backup with a tampered final is passed over for the older good one', async () => {
    const { mem, api, final } = await withFinal()
    const good = value(await api.backupNow())
    const doc = JSON.parse(mem.state.backups.find((b) => b.info.id === good.id)!.raw)
    doc.assessments.find((a: Assessment) => a.id === final.id).title = 'Edited after sign-off'
    await mem.persistence.writeBackup(JSON.stringify(doc), { createdAt: '2026-11-26T10:00:00.000Z', engagementCount: 3 })
    mem.state.current = '{"schemaVersion": 4, "generation": '
    const reopened = await openOn(mem.persistence)
    const notice = value(await reopened.getStartupInfo()).notice
    expect(notice?.offeredBackup?.id).toBe(good.id)
    expect(codeOf(await reopened.restoreBackup({ id: good.id }))).toBe('ok')
    expect(value(await reopened.openAssessment({ assessmentId: final.id })).assessment).toEqual(final)
  })
  test('a newer backup whose final was signed while the clock ran ahead is still offered (its sign-off dated after now)', async () => {
    const { mem, api, final } = await withFinal()
    value(await api.backupNow())
    const newest = mem.state.backups.at(-1)!
    const doc = JSON.parse(newest.raw)
    const ahead: Assessment = doc.assessments.find((a: Assessment) => a.id === final.id)
    // what the app itself writes when its clock reads a later year at sign-off
    ahead.signOff!.finalizedAt = '2031-01-01T00:00:00.000Z'
    ahead.signOff!.fingerprint = fingerprintAssessment(ahead)
    const made = await mem.persistence.writeBackup(JSON.stringify(doc), { createdAt: '2031-01-01T00:01:00.000Z', engagementCount: 1 })
    mem.state.current = '{"schemaVersion": 4, "generation": '
    const reopened = await openOn(mem.persistence)
    expect(value(await reopened.getStartupInfo()).notice?.offeredBackup?.id).toBe(made.id)
    expect(codeOf(await reopened.restoreBackup({ id: made.id }))).toBe('ok')
  })
})
