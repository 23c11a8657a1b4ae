import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { STORE_INDEX_VERSION, StoreIndexSchema, bodyKey, referencedBodies } from '@shared/store/store-index'
import { dataPaths } from '../../electron/main/paths'
import { StoreUnreadableError } from '../../electron/main/persistence/read-text'
import { ANSWER_NOTE, QUESTION, filesIn, unwrap, usePersistenceStore } from './electron-persistence-fixtures'
import { engagementFields } from './fixtures'

/**
 * The desktop persistence on real files, as a whole: where it keeps things, a round trip through the
 * service, file modes, an empty or unreadable start, and no leftovers after many writes. Commits and record
 * keys, the start-up sweep and set-aside, and backups each have their own electron-persistence-* file.
 */

const electron = vi.hoisted(() => {
  // every Store gets an absolute cwd, so electron-store only reads this path and never creates it
  const app = { getPath: vi.fn(() => '/nonexistent-electron-user-data'), getVersion: vi.fn(() => '0.1.0') }
  const ipcMain = { on: vi.fn(), removeAllListeners: vi.fn() }
  const shell = { openPath: vi.fn(async () => '') }
  return { app, ipcMain, shell }
})
vi.mock('electron', () => ({ default: electron, ...electron }))

const { paths, persistence, openService, storedIndex, recordFile, storedAssessment } = usePersistenceStore('al-store-')

describe('electron persistence', () => {
  it('keeps the index, the assessment records and the backups under ARMSLENGTH_USER_DATA', () => {
    expect(paths.storeFile).toBe(join(paths.userData, 'armslength-store.json'))
    expect(paths.assessmentsDir).toBe(join(paths.userData, 'assessments'))
    expect(paths.backupsDir).toBe(join(paths.userData, 'backups'))
    expect(dataPaths("/home/u/.config/Arm's Length", {}).userData).toBe("/home/u/.config/Arm's Length")
    expect(dataPaths("/home/u/.config/Arm's Length", {}).assessmentsDir).toBe("/home/u/.config/Arm's Length/assessments")
  })

  it('round-trips engagements and assessments through the service: a small index plus one record per assessment', async () => {
    const assessment = await storedAssessment()
    const engagement = unwrap(await (await openService()).listEngagements())[0]

    const again = await openService()
    expect(await again.listEngagements()).toEqual({ ok: true, value: [engagement] })
    expect(unwrap(await again.openAssessment({ assessmentId: assessment.id })).assessment).toEqual(assessment)
    expect(engagement?.vendorName).toBe('Łódź Services Sp. z o.o.')

    // the index holds the register and what lists need of each assessment, not its answers
    const indexText = await readFile(paths.storeFile, 'utf8')
    const index = StoreIndexSchema.parse(JSON.parse(indexText))
    expect(index).toMatchObject({
      schemaVersion: STORE_INDEX_VERSION,
      engagements: [engagement],
      assessments: [{ id: assessment.id, title: 'Annual review' }]
    })
    expect(indexText).toContain('Łódź Services Sp. z o.o.')
    expect(indexText).not.toContain(ANSWER_NOTE)
    // the record holds the whole assessment, named by its key and revision
    const ref = index.assessments[0]
    expect(ref?.rev).toBeGreaterThanOrEqual(1)
    expect(await filesIn(paths.assessmentsDir)).toEqual([`${bodyKey(assessment.id, ref?.rev ?? 0)}.json`])
    expect(JSON.parse(await readFile(recordFile(bodyKey(assessment.id, ref?.rev ?? 0)), 'utf8'))).toEqual(assessment)
    // electron-store's IPC listener is closed again after construction
    expect(electron.ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data')
  })

  it.skipIf(process.platform === 'win32')('writes the index, the records and the backups readable by the owner only', async () => {
    await storedAssessment()
    unwrap(await (await openService()).backupNow())
    expect((await stat(paths.storeFile)).mode & 0o777).toBe(0o600)
    expect((await stat(paths.assessmentsDir)).mode & 0o777).toBe(0o700)
    const records = await filesIn(paths.assessmentsDir)
    expect(records).toHaveLength(1)
    for (const name of records) expect((await stat(join(paths.assessmentsDir, name))).mode & 0o777, name).toBe(0o600)
    const [backup] = await filesIn(paths.backupsDir)
    expect((await stat(join(paths.backupsDir, backup ?? ''))).mode & 0o777).toBe(0o600)
  })

  it('writes nothing just by opening when there is no store yet', async () => {
    const service = await openService()
    expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
    expect(await persistence().read()).toBeNull()
    expect(await filesIn(paths.userData)).toEqual([])
  })

  it('reports an unreadable store instead of treating it as missing, and leaves it alone', async () => {
    // a folder where the file should be: EISDIR (tests run as root, so EACCES cannot be produced here)
    await mkdir(paths.storeFile)
    await writeFile(join(paths.storeFile, 'keep.txt'), 'x')
    await expect(persistence().read()).rejects.toBeInstanceOf(StoreUnreadableError)
    await expect(openService()).rejects.toThrow(/cannot be read.*EISDIR.*has not been changed/s)
    expect(await filesIn(paths.storeFile)).toEqual(['keep.txt'])
  })

  it('leaves no temp files and no old revisions behind after many writes', async () => {
    const service = await openService()
    for (let i = 0; i < 5; i++) {
      const engagement = unwrap(await service.createEngagement({ fields: engagementFields({ name: `Engagement ${i}` }) }))
      const assessment = unwrap(await service.startAssessment({ engagementId: engagement.id, kind: 'annual' }))
      for (const note of ['one', 'two', 'three']) {
        unwrap(
          await service.saveAnswer({
            assessmentId: assessment.id,
            questionId: QUESTION.id,
            answer: { choice: QUESTION.options[0]!.id, note }
          })
        )
      }
      unwrap(await service.backupNow())
    }
    expect(await filesIn(paths.userData)).toEqual(['armslength-store.json', 'assessments', 'backups'])
    for (const name of await filesIn(paths.backupsDir)) expect(name).toMatch(/^store-.*\.json$/)
    const index = await storedIndex()
    expect(index.engagements).toHaveLength(5)
    // exactly one record per assessment: every earlier revision was dropped by the commit that replaced it
    expect(await filesIn(paths.assessmentsDir)).toEqual([...referencedBodies(index)].map((k) => `${k}.json`).sort())
    expect(await filesIn(paths.assessmentsDir)).toHaveLength(5)
  })
})
