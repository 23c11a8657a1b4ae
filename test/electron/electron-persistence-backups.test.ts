import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { emptyStoreDoc } from '@shared/store/store-schema'
import { filesIn, unwrap, usePersistenceStore } from './electron-persistence-fixtures'

/** The desktop persistence's backups: rotation, naming, reading by id only, and whole documents that restore. */

const electron = vi.hoisted(() => {
  // every Store gets an absolute cwd, so electron-store only reads this path and never creates it
  const app = { getPath: vi.fn(() => '/nonexistent-electron-user-data'), getVersion: vi.fn(() => '0.1.0') }
  const ipcMain = { on: vi.fn(), removeAllListeners: vi.fn() }
  const shell = { openPath: vi.fn(async () => '') }
  return { app, ipcMain, shell }
})
vi.mock('electron', () => ({ default: electron, ...electron }))

const { paths, clock, persistence, openService, storedAssessment } = usePersistenceStore('al-store-backups-')

describe('electron persistence', () => {
  describe('backups', () => {
    it('lists every backup newest first, with count and size; removes only what it is asked to, by exact name', async () => {
      const p = persistence()
      const written = []
      for (let i = 0; i < 5; i++) {
        const doc = { ...emptyStoreDoc(), engagements: Array.from({ length: i }, () => ({})) }
        written.push(await p.writeBackup(JSON.stringify(doc), { createdAt: clock.now(), engagementCount: i }))
      }
      await p.removeBackups([written[0]!.id, written[1]!.id, '../armslength-store.json'])
      const listed = await p.listBackups()
      expect(listed.map((b) => b.id)).toEqual(
        written
          .slice(2)
          .reverse()
          .map((b) => b.id)
      )
      expect(listed.map((b) => b.engagementCount)).toEqual([4, 3, 2])
      expect(listed[0]?.sizeBytes).toBe(Buffer.byteLength(JSON.stringify({ ...emptyStoreDoc(), engagements: [{}, {}, {}, {}] })))
      expect(listed[0]?.createdAt).toBe(written[4]?.createdAt)
      expect(listed[0]?.id).toMatch(/^store-2026-11-25T\d\d-\d\d-\d\d\.\d{3}Z\.json$/)
      expect(await filesIn(paths.backupsDir)).toEqual(listed.map((b) => b.id).sort())
    })

    it('a pinned backup carries it in its name, and lists as pinned', async () => {
      const p = persistence()
      const info = await p.writeBackup('{"n":1}', { createdAt: clock.now(), engagementCount: 0, pinned: true })
      expect(info.id).toMatch(/\.pinned\.json$/)
      expect(await p.listBackups()).toEqual([{ ...info, sizeBytes: 7 }])
      expect(info.pinned).toBe(true)
      expect(await p.readBackup(info.id)).toBe('{"n":1}')
    })

    it('gives two backups in the same millisecond distinct ids, newest first', async () => {
      const p = persistence()
      const at = '2026-11-25T12:00:00.000Z'
      const a = await p.writeBackup('{"n":1}', { createdAt: at, engagementCount: 0 })
      const b = await p.writeBackup('{"n":2}', { createdAt: at, engagementCount: 0 })
      expect(a.id).not.toBe(b.id)
      expect((await p.listBackups()).map((x) => x.id)).toEqual([b.id, a.id])
      expect(await p.readBackup(b.id)).toBe('{"n":2}')
    })

    it('a backup is a whole document holding every assessment, which restores', async () => {
      const assessment = await storedAssessment()
      const service = await openService()
      const info = unwrap(await service.backupNow())
      const doc = JSON.parse((await persistence().readBackup(info.id)) ?? 'null') as { schemaVersion: number; assessments: unknown[] }
      expect(doc.schemaVersion).toBe(3)
      expect(doc.assessments).toEqual([assessment])
      unwrap(await service.deleteAssessment({ assessmentId: assessment.id }))
      expect(await filesIn(paths.assessmentsDir)).toEqual([])
      unwrap(await service.restoreBackup({ id: info.id }))
      expect(unwrap(await (await openService()).openAssessment({ assessmentId: assessment.id })).assessment).toEqual(assessment)
    })

    it('reads a backup by id and refuses anything that is not a plain backup name', async () => {
      const p = persistence()
      const info = await p.writeBackup('{"ok":true}', { createdAt: clock.now(), engagementCount: 0 })
      expect(await p.readBackup(info.id)).toBe('{"ok":true}')
      // files that a traversal would reach do exist
      await writeFile(join(paths.userData, 'x'), 'secret')
      await writeFile(join(paths.userData, 'store-2026-11-25T10-00-00.000Z.json'), 'outside')
      for (const id of [
        '../x',
        '..',
        '.',
        '',
        'x',
        join(paths.userData, 'x'),
        `../${info.id}`,
        `${info.id}/../../x`,
        '..\\x',
        '../store-2026-11-25T10-00-00.000Z.json',
        `${info.id}\0`,
        'armslength-store.json',
        'store-2026-11-25T99-99-99.000Z.json'
      ]) {
        expect(await p.readBackup(id), id).toBeNull()
      }
    })

    it('lists nothing when there is no backups folder yet', async () => {
      expect(await persistence().listBackups()).toEqual([])
    })
  })
})
