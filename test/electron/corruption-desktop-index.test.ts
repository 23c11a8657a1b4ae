import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DAMAGED, NEWER_VERSION, filesWithBytes, garbage, notice, unwrap } from './corruption-fixtures'
import { useDesktopStore } from './corruption-desktop'

/**
 * The corrupted-file matrix on the desktop (see corruption-fixtures.ts): every way the index file can be
 * damaged, with real files in a temp folder. The index is set aside byte for byte with the records it
 * named, the newest good backup is offered, and restoring it brings the data back.
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

describe('corruption suite: desktop store files', () => {
  const { paths, persistence, openService, goodHistory } = useDesktopStore({ prefix: 'al-corrupt-index-' })

  describe('a damaged index', () => {
    it.each(DAMAGED.map((d) => [d.label, d] as const))(
      '%s: set aside byte for byte with its records, newest good backup offered, the notice says what happened',
      async (_label, damage) => {
        const history = await goodHistory()
        expect(history.backups.map((b) => b.engagementCount).slice(0, 2)).toEqual([2, 1])
        const bytes = damage.bytes(history.index)
        await writeFile(paths.storeFile, bytes)

        const service = await openService()
        const n = await notice(service)
        expect(n?.kind).toBe('set-aside')
        // the user is told what was wrong, and where the file went
        expect(n?.message).toMatch(damage.says)
        expect(n?.message).toContain(`set aside unchanged as "${n?.setAsideAs}"`)
        // the bytes are preserved exactly, beside the store
        const aside = n?.setAsideAs ?? ''
        expect(dirname(aside)).toBe(paths.userData)
        expect(basename(aside)).toMatch(
          /^armslength-store\.(empty|not-json|invalid|newer-version)\.2026-11-25T\d\d-\d\d-\d\d\.\d{3}Z\.json$/
        )
        expect((await readFile(aside)).equals(bytes)).toBe(true)
        // the assessment records it referenced went with it, byte for byte; none was deleted
        const asideRecords = join(paths.userData, basename(aside, '.json') + '.assessments')
        expect(await filesWithBytes(asideRecords)).toEqual(history.bodies)
        await expect(stat(paths.assessmentsDir)).rejects.toMatchObject({ code: 'ENOENT' })
        // the newest backup that opens is offered, and no backup was added, removed or changed
        expect(n?.offeredBackup).toEqual(history.backups[0])
        expect(await persistence().listBackups()).toEqual(history.backups)
        // nothing was written in the store's place until the user acts
        await expect(stat(paths.storeFile)).rejects.toMatchObject({ code: 'ENOENT' })
        expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
        expect(await service.listAssessmentSummaries()).toEqual({ ok: true, value: [] })

        // restoring the offered backup brings the data back, assessments included
        expect(await service.restoreBackup({ id: n?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
        expect(await service.listEngagements()).toMatchObject({ ok: true, value: [{ name: 'First' }, { name: 'Second' }] })
        expect(await service.listAssessments({})).toEqual({ ok: true, value: history.assessments })

        // the next start sweeps the store's own folder, never the set-aside one
        const later = await openService()
        unwrap(await later.listBackups())
        expect(await notice(later)).toBeNull()
        expect(await later.listAssessments({})).toEqual({ ok: true, value: history.assessments })
        expect(await filesWithBytes(asideRecords)).toEqual(history.bodies)
        expect((await readFile(aside)).equals(bytes)).toBe(true)
      }
    )

    it('an index from a newer version opens read-only: unmoved, byte for byte, its data shown, every change refused', async () => {
      const history = await goodHistory()
      const bytes = NEWER_VERSION.bytes(history.index)
      await writeFile(paths.storeFile, bytes)
      const service = await openService()
      expect(await notice(service)).toBeNull()
      const startup = unwrap(await service.getStartupInfo())
      expect(startup.readOnly?.message).toMatch(NEWER_VERSION.says)
      expect(await service.listAssessments({})).toEqual({ ok: true, value: history.assessments })
      for (const attempt of [
        service.backupNow(),
        service.deleteEngagement({ id: history.first.engagement.id }),
        service.restoreBackup({ id: history.backups[0]?.id ?? '' })
      ]) {
        const r = await attempt
        expect(r.ok ? 'ok' : r.error.code).toBe('read-only')
      }
      expect((await readFile(paths.storeFile)).equals(bytes)).toBe(true)
      expect(await filesWithBytes(paths.assessmentsDir)).toEqual(history.bodies)
      expect(await persistence().listBackups()).toEqual(history.backups)
    })

    it('skips a damaged newest backup and offers the next older good one', async () => {
      const history = await goodHistory()
      const [newest, older] = history.backups
      await writeFile(join(paths.backupsDir, newest?.id ?? ''), '{"schemaVersion":')
      await writeFile(paths.storeFile, '')
      expect((await notice(await openService()))?.offeredBackup?.id).toBe(older?.id)
    })

    it('says so when there is no good backup at all', async () => {
      await writeFile(paths.storeFile, garbage(100))
      const n = await notice(await openService())
      expect(n?.offeredBackup).toBeNull()
      expect(n?.message).toMatch(/not valid JSON/)
    })

    it('keeps every set-aside file, and the records with the first, when the store is damaged again and again', async () => {
      const history = await goodHistory()
      const asides: string[] = []
      for (const bytes of [Buffer.alloc(0), garbage(64), Buffer.from('[]')]) {
        await writeFile(paths.storeFile, bytes)
        const aside = (await notice(await openService()))?.setAsideAs ?? ''
        expect((await readFile(aside)).equals(bytes)).toBe(true)
        asides.push(aside)
      }
      expect(new Set(asides).size).toBe(3)
      for (const aside of asides) await expect(stat(aside)).resolves.toBeDefined()
      expect(await filesWithBytes(join(paths.userData, basename(asides[0] ?? '', '.json') + '.assessments'))).toEqual(history.bodies)
    })
  })
})
