import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { bundleOf } from '@shared/exchange/build-exchange'
import { openStoreText } from '@shared/store/open-store'
import type { Result } from '@shared/util/result'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { engagementFields } from '../helpers/engagement-fields'

/** Start-up backups, upgrades that cannot be backed up, and import clashes across engagements. */

type Mem = ReturnType<typeof memoryPersistence>
let starts = 0
const open = (persistence: StorePersistence): Promise<ArmsLengthApi> =>
  createStoreService({
    edition: 'browser',
    persistence,
    files: memoryFiles().files,
    reports: testReports,
    clock: fixedClock(),
    ids: sequentialIds(`s${++starts}`)
  })

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** Opens a service and waits for its start-up backup (listBackups waits for queued backups). */
async function start(mem: Mem): Promise<ArmsLengthApi> {
  const api = await open(mem.persistence)
  must(await api.listBackups())
  return api
}

/** A fresh store with one engagement and one draft assessment. */
async function storeWithOneAssessment() {
  const mem = memoryPersistence()
  const api = await start(mem)
  const engagement = must(await api.createEngagement({ fields: engagementFields() }))
  must(await api.startAssessment({ engagementId: engagement.id, kind: 'annual' }))
  return { mem, engagement }
}

describe('start-up backups', () => {
  test('a start takes a backup only when the store changed since the newest backup', async () => {
    const { mem, engagement } = await storeWithOneAssessment()
    await start(mem)
    expect(mem.state.backups).toHaveLength(1)
    // nothing changed: three more starts add nothing, so the ten kept are ten different states
    for (let i = 0; i < 3; i++) await start(mem)
    expect(mem.state.backups).toHaveLength(1)
    must(await (await start(mem)).updateEngagement({ id: engagement.id, fields: engagementFields({ name: 'Renamed' }) }))
    await start(mem)
    expect(mem.state.backups).toHaveLength(2)
    const newest = openStoreText(mem.state.backups.at(-1)?.raw ?? null)
    expect(newest.kind === 'ok' && newest.doc).toEqual(mem.state.storedDoc())
  })

  test('a damaged assessment record stops the start-up backup instead of filling the backups with unusable copies', async () => {
    const { mem, engagement } = await storeWithOneAssessment()
    await start(mem)
    const good = mem.state.backups.map((b) => b.raw)
    must(await (await start(mem)).updateEngagement({ id: engagement.id, fields: engagementFields({ name: 'Changed' }) }))
    const [key, text] = [...mem.state.bodies][0] ?? ['', '']
    mem.state.bodies.set(key, text.slice(0, 20))
    for (let i = 0; i < 12; i++) await start(mem)
    expect(mem.state.backups.map((b) => b.raw)).toEqual(good)
    expect(good.every((raw) => openStoreText(raw).kind === 'ok')).toBe(true)
  })
})

describe('upgrading an old single-document store', () => {
  const v2 = readFileSync('test/fixtures/store/v2.json', 'utf8')

  test('when its backup cannot be written, the start fails, saying so, and the file stays exactly as it was', async () => {
    const mem = memoryPersistence(v2)
    const persistence: StorePersistence = {
      ...mem.persistence,
      writeBackup: () => Promise.reject(new Error('ENOSPC: no space left on device'))
    }
    await expect(open(persistence)).rejects.toThrow(
      /a backup of it could not be written \(ENOSPC: no space left on device\)\. Nothing was changed\./
    )
    expect(mem.state.current).toBe(v2)
    expect(mem.state.bodies.size).toBe(0)
    expect(mem.state.setAside.size).toBe(0)
    // once there is space again, the upgrade happens and keeps the old text
    const api = await start(mem)
    expect(must(await api.getStartupInfo()).migratedFrom).toBe(2)
    expect(mem.state.backups.map((b) => b.raw)).toContain(v2)
  })

  test('the upgrade is told once: dismissing the notice clears it for this run', async () => {
    const api = await start(memoryPersistence(v2))
    expect(must(await api.getStartupInfo()).migratedFrom).toBe(2)
    must(await api.dismissNotice())
    expect(must(await api.getStartupInfo())).toMatchObject({ migratedFrom: null, notice: null })
  })

  test('a document with an assessment whose engagement is missing is set aside, not a start that fails every time', async () => {
    const { mem } = await storeWithOneAssessment()
    const orphaned = JSON.stringify({ ...mem.state.storedDoc(), engagements: [] })
    const broken = memoryPersistence(orphaned)
    const notice = must(await (await open(broken.persistence)).getStartupInfo()).notice
    expect(notice?.message).toMatch(/assessments\[0\]\.engagementId: no engagement .* in this document/)
    expect([...broken.state.setAside.values()]).toEqual([orphaned])
  })
})

describe('an import that replaces an engagement', () => {
  test('an imported assessment whose id another engagement uses gets a new id; the other one is kept', async () => {
    const mem = memoryPersistence()
    const api = await start(mem)
    const one = must(await api.createEngagement({ fields: engagementFields({ vendorName: 'One' }) }))
    const two = must(await api.createEngagement({ fields: engagementFields({ vendorName: 'Two' }) }))
    const ours = must(await api.startAssessment({ engagementId: one.id, kind: 'annual', title: 'Ours, of One' }))
    const theirs = {
      engagement: { ...two, vendorName: 'Two (theirs)' },
      assessments: [{ ...ours, engagementId: two.id, title: 'Theirs, of Two' }]
    }
    const text = JSON.stringify(bundleOf([theirs], '2026-11-25T10:00:00.000Z'))
    expect(must(await api.applyImport({ text, decisions: { [two.id]: 'replace' } }))).toEqual({
      added: 0,
      replaced: 1,
      skipped: 0,
      keptBoth: 0,
      finalsKept: 0,
      signedDifferently: 0,
      secondRevisions: 0
    })
    const stored = mem.state.storedDoc().assessments
    expect(stored.find((a) => a.id === ours.id)).toEqual(ours)
    const imported = stored.filter((a) => a.engagementId === two.id)
    expect(imported.map((a) => a.title)).toEqual(['Theirs, of Two'])
    expect(imported[0]?.id).not.toBe(ours.id)
    expect(new Set(stored.map((a) => a.id)).size).toBe(stored.length)
  })
})

describe("dates in exports follow the user's calendar", () => {
  test('the portfolio CSV judges due dates, and names the file, by the clock’s local date, not the UTC date', async () => {
    // 23:00 UTC on 25 November is already 26 November in Manila
    const clock = { now: () => '2026-11-25T23:00:00.000Z', today: () => '2026-11-26' }
    const saved = memoryFiles()
    const api = await createStoreService({
      edition: 'desktop',
      persistence: memoryPersistence().persistence,
      files: saved.files,
      reports: testReports,
      clock,
      ids: sequentialIds('c')
    })
    // never assessed: due since the day it was created, 25 November, so overdue by the user's calendar
    must(await api.createEngagement({ fields: engagementFields() }))
    must(await api.exportCsv({ kind: 'portfolio' }))
    const [file] = saved.saved
    expect(file?.suggestedName).toContain('2026-11-26')
    const row = String(file?.data).split('\r\n')[1] ?? ''
    expect(row).toContain('2026-11-25')
    expect(row).toContain('Overdue')
  })
})
