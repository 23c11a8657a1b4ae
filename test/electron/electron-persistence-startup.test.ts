import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { STORE_INDEX_VERSION } from '@shared/store/store-index'
import { emptyStoreDoc } from '@shared/store/store-schema'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { filesIn, filesWithBytes, unwrap, usePersistenceStore } from './electron-persistence-fixtures'

/**
 * What the desktop persistence does with files it finds at start: leftovers of interrupted writes are
 * swept, anything else stays; a damaged index is set aside byte for byte with its records, never
 * overwriting an earlier set-aside, and the newest good backup is offered.
 */

const electron = vi.hoisted(() => {
  // every Store gets an absolute cwd, so electron-store only reads this path and never creates it
  const app = { getPath: vi.fn(() => '/nonexistent-electron-user-data'), getVersion: vi.fn(() => '0.1.0') }
  const ipcMain = { on: vi.fn(), removeAllListeners: vi.fn() }
  const shell = { openPath: vi.fn(async () => '') }
  return { app, ipcMain, shell }
})
vi.mock('electron', () => ({ default: electron, ...electron }))

const { paths, persistence, openService, recordFile, storedAssessment } = usePersistenceStore('al-store-startup-')

describe('electron persistence', () => {
  describe('sweeping at start', () => {
    it('removes records no index names and temp files of interrupted writes; keeps everything else', async () => {
      const p = persistence()
      await mkdir(paths.assessmentsDir)
      const kept = ['a.1.json', 'notes.txt', 'readme.json', 'A.1.json', 'a.json']
      const swept = ['a.2.json', 'x.99.json', 'b~0123456789ab.3.json', '.a.1.json.123.0123456789ab.tmp']
      for (const name of [...kept, ...swept]) await writeFile(join(paths.assessmentsDir, name), name)
      await mkdir(join(paths.assessmentsDir, 'folder'))
      // beside the index: conf's temp file goes; set-aside files, their records and a person's files stay
      const keptBeside = [
        'armslength-store.json',
        'armslength-store.not-json.2026-11-25T10-00-00.000Z.json',
        'armslength-store.json.bak',
        'notes.txt'
      ]
      for (const name of keptBeside) await writeFile(join(paths.userData, name), name)
      await writeFile(join(paths.userData, 'armslength-store.json.tmp-123456abcdef'), '{"schemaVer')
      await mkdir(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments'))
      await writeFile(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments', 'x.99.json'), 'set aside')

      await p.sweep(new Set(['a.1']))
      expect(await filesIn(paths.assessmentsDir)).toEqual([...kept, 'folder'].sort())
      for (const name of kept) expect(await readFile(join(paths.assessmentsDir, name), 'utf8')).toBe(name)
      expect(await filesIn(paths.userData)).toEqual(
        [...keptBeside, 'assessments', 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments'].sort()
      )
      expect(
        await readFile(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments', 'x.99.json'), 'utf8')
      ).toBe('set aside')
    })

    // why: on Windows a leftover held open by antivirus cannot be removed; that must not stop the app
    it('a leftover that cannot be removed does not keep the store from opening', async () => {
      const assessment = await storedAssessment()
      await mkdir(join(paths.assessmentsDir, 'x.99.json'))
      await writeFile(join(paths.assessmentsDir, 'x.99.json', 'keep.txt'), 'x')
      const service = await openService()
      expect(unwrap(await service.openAssessment({ assessmentId: assessment.id })).assessment).toEqual(assessment)
    })

    it('does nothing, and creates nothing, when there is no records folder', async () => {
      await persistence().sweep(new Set(['a.1']))
      expect(await filesIn(paths.userData)).toEqual([])
    })
  })

  describe('a store from a newer version', () => {
    it('opens read-only: nothing is moved or written, what can be read is shown, every change is refused', async () => {
      const assessment = await storedAssessment()
      unwrap(await (await openService()).listBackups()) // waits for the start-up backup
      const good = JSON.parse(await readFile(paths.storeFile, 'utf8')) as object
      await writeFile(paths.storeFile, JSON.stringify({ ...good, schemaVersion: STORE_INDEX_VERSION + 1, future: [] }))
      const files = await filesWithBytes(paths.userData)
      const service = await openService()
      const startup = unwrap(await service.getStartupInfo())
      expect(startup.notice).toBeNull()
      expect(startup.readOnly?.storeVersion).toBe(STORE_INDEX_VERSION + 1)
      expect(unwrap(await service.openAssessment({ assessmentId: assessment.id })).assessment).toEqual(assessment)
      const refused = await service.saveAnswer({ assessmentId: assessment.id, questionId: 'SUP-01', answer: null })
      expect(refused.ok ? 'ok' : refused.error.code).toBe('read-only')
      const backup = await service.backupNow()
      expect(backup.ok ? 'ok' : backup.error.code).toBe('read-only')
      expect(await filesWithBytes(paths.userData)).toEqual(files)
    })
  })

  describe('damaged store files', () => {
    const damaged: [string, (good: string) => Buffer][] = [
      ['truncated JSON', (good) => Buffer.from(good.slice(0, Math.floor(good.length / 2)), 'utf8')],
      ['an empty file', () => Buffer.alloc(0)],
      ['whitespace only', () => Buffer.from(' \n\t\n', 'utf8')],
      ['zero bytes', () => Buffer.alloc(64)],
      ['the wrong shape', (good) => Buffer.from(JSON.stringify({ ...(JSON.parse(good) as object), engagements: 'none' }), 'utf8')],
      ['a JSON array', () => Buffer.from('[1,2,3]', 'utf8')],
      [
        'bytes that are not UTF-8',
        (good) =>
          Buffer.concat([Buffer.from(good.slice(0, 30), 'utf8'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(good.slice(30), 'utf8')])
      ],
      ['a byte-order mark', (good) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good, 'utf8')])],
      ['an old whole document of the wrong shape', () => Buffer.from(JSON.stringify({ ...emptyStoreDoc(), engagements: 'none' }), 'utf8')]
    ]

    it.each(damaged)('sets aside %s with its records, bytes intact, and offers the newest good backup', async (_label, damage) => {
      // a good start first, so there is a backup to offer
      const assessment = await storedAssessment()
      unwrap(await (await openService()).listBackups()) // waits for the start-up backup
      const backupsBefore = await persistence().listBackups()
      expect(backupsBefore).toHaveLength(1)
      const records = await filesWithBytes(paths.assessmentsDir)

      const bytes = damage(await readFile(paths.storeFile, 'utf8'))
      await writeFile(paths.storeFile, bytes)
      const service = await openService()
      const notice = unwrap(await service.getStartupInfo()).notice
      expect(notice?.kind).toBe('set-aside')
      expect(notice?.offeredBackup).toEqual(backupsBefore[0])

      // the damaged index was moved, byte for byte, beside the store, and its records with it
      const aside = notice?.setAsideAs ?? ''
      expect(dirname(aside)).toBe(paths.userData)
      expect(basename(aside)).toMatch(/^armslength-store\.[a-z-]+\.2026-11-25T\d\d-\d\d-\d\d\.\d{3}Z\.json$/)
      expect((await readFile(aside)).equals(bytes)).toBe(true)
      expect(await filesWithBytes(aside.replace(/\.json$/, '.assessments'))).toEqual(records)
      // nothing was written over the user's data; the register starts empty until they act
      await expect(stat(paths.storeFile)).rejects.toMatchObject({ code: 'ENOENT' })
      await expect(stat(paths.assessmentsDir)).rejects.toMatchObject({ code: 'ENOENT' })
      expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
      expect(await persistence().listBackups()).toEqual(backupsBefore)

      // restoring the offered backup brings the engagement and its assessment back
      expect(await service.restoreBackup({ id: notice?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
      expect(await service.listEngagements()).toMatchObject({ ok: true, value: [{ vendorName: 'Łódź Services Sp. z o.o.' }] })
      expect(unwrap(await service.openAssessment({ assessmentId: assessment.id })).assessment).toEqual(assessment)
    })

    it('moves the records folder with the index, and never overwrites an earlier set-aside file or folder', async () => {
      const p = createElectronPersistence({ paths, now: () => '2026-11-25T10:00:00.000Z' })
      await writeFile(paths.storeFile, 'first')
      await mkdir(paths.assessmentsDir)
      await writeFile(recordFile('a.1'), 'one')
      const a = await p.setAside('not-json')
      expect(a).toBe(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.json'))
      await expect(stat(paths.assessmentsDir)).rejects.toMatchObject({ code: 'ENOENT' })

      await writeFile(paths.storeFile, 'second')
      await mkdir(paths.assessmentsDir)
      await writeFile(recordFile('a.2'), 'two')
      const b = await p.setAside('not-json')
      expect(b).toBe(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.2.json'))

      // an index without a records folder (nothing was ever assessed) is set aside alone
      await writeFile(paths.storeFile, 'third')
      const c = await p.setAside('empty')

      expect(await readFile(a, 'utf8')).toBe('first')
      expect(await readFile(b, 'utf8')).toBe('second')
      expect(await readFile(c, 'utf8')).toBe('third')
      expect(
        await readFile(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments', 'a.1.json'), 'utf8')
      ).toBe('one')
      expect(await filesIn(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments'))).toEqual(['a.1.json'])
      expect(
        await readFile(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.2.assessments', 'a.2.json'), 'utf8')
      ).toBe('two')
      expect(await filesIn(paths.userData)).toEqual(
        [
          basename(a),
          'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments',
          basename(b),
          'armslength-store.not-json.2026-11-25T10-00-00.000Z.2.assessments',
          basename(c)
        ].sort()
      )
    })
  })
})
