import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Assessment } from '@shared/schemas/assessment'
import { BACKUP_RETENTION } from '@shared/service/backup-retention'
import { openStoreText } from '@shared/store/open-store'
import { BODY_DAMAGED, QUESTION, escapeRegExp, filesWithBytes, notice, oldStoreDoc, refused, unwrap } from './corruption-fixtures'
import { useDesktopStore } from './corruption-desktop'

/**
 * The desktop corruption suite (see corruption-fixtures.ts), one assessment's record damaged: only that
 * assessment is refused, its bytes stay, the rest works, a backup brings it back; and recovery when parts
 * of the store are damaged or cannot be moved.
 */

// the Electron persistence loads electron-store, which needs no more of Electron than this
const electron = vi.hoisted(() => {
  // every Store gets an absolute cwd, so electron-store only reads this path and never creates it
  const app = { getPath: vi.fn(() => '/nonexistent-electron-user-data'), getVersion: vi.fn(() => '0.1.0') }
  const ipcMain = { on: vi.fn(), removeAllListeners: vi.fn() }
  const shell = { openPath: vi.fn(async () => '') }
  return { app, ipcMain, shell }
})
vi.mock('electron', () => ({ default: electron, ...electron }))

/**
 * EACCES cannot be produced for real here: the tests run as root, and chmod 000 does not stop root from
 * reading. So `readFile` of one chosen path fails with the error a permission problem gives. Likewise
 * `rename` of one chosen path fails with EPERM, as a file held open by antivirus makes it fail on Windows.
 * Every other file operation is the real one.
 */
const fault = vi.hoisted(() => ({ path: null as string | null, code: 'EACCES', renameFrom: null as string | null }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const readFile = ((...args: Parameters<typeof real.readFile>) => {
    const path = String(args[0])
    if (fault.path !== null && path === fault.path) {
      return Promise.reject(Object.assign(new Error(`${fault.code}: permission denied, open '${path}'`), { code: fault.code, path }))
    }
    return real.readFile(...args)
  }) as typeof real.readFile
  const rename = ((...args: Parameters<typeof real.rename>) => {
    if (fault.renameFrom !== null && String(args[0]) === fault.renameFrom) {
      return Promise.reject(Object.assign(new Error(`EPERM: operation not permitted, rename '${String(args[0])}'`), { code: 'EPERM' }))
    }
    return real.rename(...args)
  }) as typeof real.rename
  return { ...real, readFile, rename, default: { ...real, readFile, rename } }
})

describe('corruption suite: desktop store files', () => {
  const { paths, persistence, openService, goodHistory, bodyFileOf } = useDesktopStore({
    prefix: 'al-corrupt-records-',
    reset: () => {
      fault.path = null
      fault.renameFrom = null
    }
  })

  describe('a damaged assessment record', () => {
    it.each(BODY_DAMAGED.map((d) => [d.label, d] as const))(
      'a damaged record (%s): only that assessment is refused, naming the record; its bytes stay; the rest works; a backup brings it back',
      async (_label, damage) => {
        const history = await goodHistory()
        const { first, second } = history
        const { key, file } = bodyFileOf(history.index, first.assessment.id)
        const bytes = damage.bytes(await readFile(file), await readFile(bodyFileOf(history.index, second.assessment.id).file))
        if (bytes === null) await rm(file)
        else await writeFile(file, bytes)
        const damagedFile = async () =>
          readFile(file).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)))

        const service = await openService()
        expect(await notice(service)).toBeNull()
        unwrap(await service.listBackups()) // the start-up backup has run
        const records = await filesWithBytes(paths.assessmentsDir)
        const index = await readFile(paths.storeFile)

        const refusal = refused(damage.says)
        const opened = await service.openAssessment({ assessmentId: first.assessment.id })
        expect(opened).toEqual(refusal)
        // the message names the assessment and its record, and says what to do
        expect(opened.ok ? '' : opened.error.message).toMatch(
          new RegExp(
            `^The stored data of the assessment "Annual review First" \\(record ${escapeRegExp(key)}\\) [^]*Nothing was changed; restore a backup in Settings`
          )
        )
        expect(await service.listAssessments({ engagementId: first.engagement.id })).toEqual(refusal)
        expect(await service.listAssessments({})).toEqual(refusal)
        // a change is refused too, rather than made on top of what could not be read
        expect(await service.saveAnswer({ assessmentId: first.assessment.id, questionId: QUESTION.id, answer: null })).toEqual(refusal)
        expect(await service.deleteAssessment({ assessmentId: first.assessment.id })).toEqual(refusal)
        // … and nothing was written
        expect(await filesWithBytes(paths.assessmentsDir)).toEqual(records)
        expect((await readFile(paths.storeFile)).equals(index)).toBe(true)

        // the register and the other engagement's assessment still work, also for changes
        expect(unwrap(await service.listEngagements()).map((e) => e.name)).toEqual(['First', 'Second'])
        expect(unwrap(await service.listAssessmentSummaries()).map((s) => s.id)).toEqual([first.assessment.id, second.assessment.id])
        expect(unwrap(await service.openAssessment({ assessmentId: second.assessment.id })).assessment).toEqual(second.assessment)
        expect(await service.listAssessments({ engagementId: second.engagement.id })).toEqual({ ok: true, value: [second.assessment] })
        unwrap(await service.saveAnswer({ assessmentId: second.assessment.id, questionId: QUESTION.id, answer: null }))
        expect(unwrap(await service.openAssessment({ assessmentId: second.assessment.id })).assessment.answers).toEqual({})

        // the damaged record is exactly as it was (or still missing), also after the next start's sweep
        const later = await openService()
        unwrap(await later.listBackups())
        expect(await damagedFile()).toEqual(bytes)
        expect(await later.openAssessment({ assessmentId: first.assessment.id })).toEqual(refusal)

        // restoring the backup from before the damage brings the assessment back, a missing record too
        expect(await later.restoreBackup({ id: history.backups[0]?.id ?? '' })).toEqual({ ok: true, value: null })
        expect(unwrap(await later.openAssessment({ assessmentId: first.assessment.id })).assessment).toEqual(first.assessment)
        expect(await later.listAssessments({})).toEqual({ ok: true, value: history.assessments })
      }
    )
  })

  /** Failures around damaged records and set-aside folders that once lost data or blocked recovery. */
  describe('recovery when parts are damaged', () => {
    /** Every record file in the user-data folder, wherever it was moved: the store's folder and any set-aside one. */
    async function recordsAnywhere(): Promise<Map<string, Buffer>> {
      const all = new Map<string, Buffer>()
      for (const name of await readdir(paths.userData)) {
        if (name === 'assessments' || name.endsWith('.assessments'))
          for (const [file, bytes] of await filesWithBytes(join(paths.userData, name))) all.set(file, bytes)
      }
      return new Map([...all].sort(([a], [b]) => a.localeCompare(b)))
    }

    it('restoring a backup while a record is missing works', async () => {
      const history = await goodHistory()
      await rm(bodyFileOf(history.index, history.first.assessment.id).file)
      const service = await openService()
      expect(await service.restoreBackup({ id: history.backups[0]?.id ?? '' })).toEqual({ ok: true, value: null })
    })

    it('restoring a backup while a record is unreadable works', async () => {
      const history = await goodHistory()
      fault.path = bodyFileOf(history.index, history.first.assessment.id).file
      const service = await openService()
      expect(await service.restoreBackup({ id: history.backups[0]?.id ?? '' })).toEqual({ ok: true, value: null })
    })

    it('start-up backups do not rotate out the last backup holding an assessment whose record is damaged', async () => {
      const history = await goodHistory()
      await writeFile(bodyFileOf(history.index, history.first.assessment.id).file, '')
      for (let i = 0; i < BACKUP_RETENTION.newest; i++) unwrap(await (await openService()).listBackups())
      const p = persistence()
      const kept: Assessment[] = []
      for (const backup of await p.listBackups()) {
        const opened = openStoreText(await p.readBackup(backup.id))
        if (opened.kind === 'ok') kept.push(...opened.doc.assessments)
      }
      expect(kept).toContainEqual(history.first.assessment)
    })

    it('a record of another assessment in the wrong place does not end up, through a backup, in a store the next start sets aside', async () => {
      const history = await goodHistory()
      await copyFile(
        bodyFileOf(history.index, history.second.assessment.id).file,
        bodyFileOf(history.index, history.first.assessment.id).file
      )
      unwrap(await (await openService()).listBackups()) // the start-up backup copies the misplaced record
      await writeFile(paths.storeFile, '')
      const service = await openService()
      expect(await service.restoreBackup({ id: (await notice(service))?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
      const later = await openService()
      expect(await notice(later)).toBeNull()
      expect(unwrap(await later.listAssessmentSummaries()).map((s) => s.id)).toEqual([
        history.first.assessment.id,
        history.second.assessment.id
      ])
      unwrap(await later.listBackups()) // its start-up backup has finished before the folder is removed
    })

    it('when the records folder cannot be moved aside with a damaged index (EPERM), no record is deleted by the next start', async () => {
      const history = await goodHistory()
      await writeFile(paths.storeFile, '')
      fault.renameFrom = paths.assessmentsDir
      await openService().catch(() => undefined)
      fault.renameFrom = null
      await openService()
      expect(await recordsAnywhere()).toEqual(history.bodies)
    })

    it('when the backup of an old single document cannot be written, its exact text is still kept', async () => {
      const text = JSON.stringify(await oldStoreDoc(openService), null, 2)
      await writeFile(paths.storeFile, text)
      await writeFile(paths.backupsDir, 'a file where the backups folder goes')
      await openService().catch(() => undefined)
      const texts = await Promise.all(
        (await readdir(paths.userData)).map((name) => readFile(join(paths.userData, name), 'utf8').catch(() => ''))
      )
      expect(texts).toContain(text)
    })
  })
})
