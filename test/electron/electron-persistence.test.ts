import { mkdtempSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { STORE_SCHEMA_VERSION, emptyStoreDoc } from '@shared/store/store-schema'
import { dataPaths, type DataPaths } from '../../electron/main/paths'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { StoreUnreadableError } from '../../electron/main/persistence/read-text'
import { cancellingFileSaver, engagementFields, sequentialIds, steppingClock } from './fixtures'
import { testReports } from '../helpers/memory-persistence'

const electron = vi.hoisted(() => {
  // every Store gets an absolute cwd, so electron-store only reads this path and never creates it
  const app = { getPath: vi.fn(() => '/nonexistent-electron-user-data'), getVersion: vi.fn(() => '0.1.0') }
  const ipcMain = { on: vi.fn(), removeAllListeners: vi.fn() }
  const shell = { openPath: vi.fn(async () => '') }
  return { app, ipcMain, shell }
})
vi.mock('electron', () => ({ default: electron, ...electron }))

let paths: DataPaths
const clock = steppingClock()

beforeEach(() => {
  paths = dataPaths('/nonexistent', { ARMSLENGTH_USER_DATA: mkdtempSync(join(tmpdir(), 'al-store-')) })
})
afterEach(async () => {
  await rm(paths.userData, { recursive: true, force: true })
})

function persistence(backupsKept?: number): StorePersistence {
  return createElectronPersistence({ paths, now: clock.now, ...(backupsKept ? { backupsKept } : {}) })
}

function openService(p: StorePersistence = persistence()) {
  return createStoreService({ edition: 'desktop', persistence: p, files: cancellingFileSaver(), reports: testReports, clock, ids: sequentialIds(`e${Date.now()}`) })
}

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort()
}

describe('electron persistence', () => {
  it('keeps the store under ARMSLENGTH_USER_DATA', () => {
    expect(paths.storeFile).toBe(join(paths.userData, 'armslength-store.json'))
    expect(paths.backupsDir).toBe(join(paths.userData, 'backups'))
    expect(dataPaths('/home/u/.config/Arm\'s Length', {}).userData).toBe("/home/u/.config/Arm's Length")
  })

  it('round-trips an engagement through the service, unchanged across a restart', async () => {
    const first = await openService()
    const created = await first.createEngagement({ fields: engagementFields() })
    if (!created.ok) throw new Error(created.error.message)

    const second = await openService()
    const listed = await second.listEngagements()
    expect(listed).toEqual({ ok: true, value: [created.value] })
    expect(created.value.vendorName).toBe('Łódź Services Sp. z o.o.')

    const text = await readFile(paths.storeFile, 'utf8')
    expect(text).toContain('Łódź Services Sp. z o.o.')
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: STORE_SCHEMA_VERSION, engagements: [created.value] })
    // electron-store's IPC listener is closed again after construction
    expect(electron.ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data')
  })

  it.skipIf(process.platform === 'win32')('writes the store and backups readable by the owner only', async () => {
    const service = await openService()
    await service.createEngagement({ fields: engagementFields() })
    await service.backupNow()
    expect((await stat(paths.storeFile)).mode & 0o777).toBe(0o600)
    const [backup] = await filesIn(paths.backupsDir)
    expect((await stat(join(paths.backupsDir, backup ?? ''))).mode & 0o777).toBe(0o600)
  })

  it('returns null when there is no store yet, and writes nothing just by opening', async () => {
    const service = await openService()
    expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
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

  describe('damaged store files', () => {
    const goodDoc = () => ({ ...emptyStoreDoc() })
    const damaged: [string, Buffer][] = [
      ['truncated JSON', Buffer.from('{"schemaVersion":2,"engagements":[{"vendorName":"Łódź Serv', 'utf8')],
      ['an empty file', Buffer.alloc(0)],
      ['whitespace only', Buffer.from(' \n\t\n', 'utf8')],
      ['zero bytes', Buffer.alloc(64)],
      ['a newer schemaVersion', Buffer.from(JSON.stringify({ ...goodDoc(), schemaVersion: STORE_SCHEMA_VERSION + 1, future: [] }), 'utf8')],
      ['the wrong shape', Buffer.from(JSON.stringify({ ...goodDoc(), engagements: 'none' }), 'utf8')],
      ['a JSON array', Buffer.from('[1,2,3]', 'utf8')],
      ['bytes that are not UTF-8', Buffer.concat([Buffer.from('{"schemaVersion":2,"engagements":[],"assessments":[],"settings":{"confidentialityMarking":"', 'utf8'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('","defaultReviewIntervalMonths":12}}', 'utf8')])],
      ['a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(goodDoc()), 'utf8')])]
    ]

    it.each(damaged)('sets aside %s with its bytes intact and offers the newest good backup', async (_label, bytes) => {
      // a good start first, so there is a backup to offer
      const good = await openService()
      await good.createEngagement({ fields: engagementFields() })
      await openService() // opening a good file makes a rolling backup
      const backupsBefore = await persistence().listBackups()
      expect(backupsBefore.length).toBeGreaterThan(0)

      await writeFile(paths.storeFile, bytes)
      const service = await openService()
      const info = await service.getStartupInfo()
      if (!info.ok) throw new Error(info.error.message)
      const notice = info.value.notice
      expect(notice?.kind).toBe('set-aside')
      expect(notice?.offeredBackup?.id).toBe(backupsBefore[0]?.id)
      expect(notice?.offeredBackup?.engagementCount).toBe(1)

      // the damaged file was moved, byte for byte, beside the store
      const aside = notice?.setAsideAs ?? ''
      expect(dirname(aside)).toBe(paths.userData)
      expect(basename(aside)).toMatch(/^armslength-store\.[a-z-]+\.2026-11-25T\d\d-\d\d-\d\d\.\d{3}Z\.json$/)
      expect((await readFile(aside)).equals(bytes)).toBe(true)
      // nothing was written over the user's data; the register starts empty until they act
      await expect(stat(paths.storeFile)).rejects.toMatchObject({ code: 'ENOENT' })
      expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
      expect(await persistence().listBackups()).toEqual(backupsBefore)

      // restoring the offered backup brings the engagement back
      expect(await service.restoreBackup({ id: notice?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
      expect(await service.listEngagements()).toMatchObject({ ok: true, value: [{ vendorName: 'Łódź Services Sp. z o.o.' }] })
    })

    it('never overwrites an earlier set-aside file with the same name', async () => {
      const p = createElectronPersistence({ paths, now: () => '2026-11-25T10:00:00.000Z' })
      await writeFile(paths.storeFile, 'first')
      const a = await p.setAside('not-json')
      await writeFile(paths.storeFile, 'second')
      const b = await p.setAside('not-json')
      expect(a).not.toBe(b)
      expect(await readFile(a, 'utf8')).toBe('first')
      expect(await readFile(b, 'utf8')).toBe('second')
    })
  })

  describe('backups', () => {
    it('keeps only the newest N, newest first, with count and size', async () => {
      const p = persistence(3)
      const written = []
      for (let i = 0; i < 5; i++) {
        const doc = { ...emptyStoreDoc(), engagements: Array.from({ length: i }, () => ({})) }
        written.push(await p.writeBackup(JSON.stringify(doc), { createdAt: clock.now(), engagementCount: i }))
      }
      const listed = await p.listBackups()
      expect(listed.map((b) => b.id)).toEqual(written.slice(2).reverse().map((b) => b.id))
      expect(listed.map((b) => b.engagementCount)).toEqual([4, 3, 2])
      expect(listed[0]?.sizeBytes).toBe(Buffer.byteLength(JSON.stringify({ ...emptyStoreDoc(), engagements: [{}, {}, {}, {}] })))
      expect(listed[0]?.createdAt).toBe(written[4]?.createdAt)
      expect(listed[0]?.id).toMatch(/^store-2026-11-25T\d\d-\d\d-\d\d\.\d{3}Z\.json$/)
      expect(await filesIn(paths.backupsDir)).toEqual(listed.map((b) => b.id).sort())
    })

    it('rotates to ROLLING_BACKUPS_KEPT by default', async () => {
      const { ROLLING_BACKUPS_KEPT } = await import('@shared/service/persistence')
      const p = persistence()
      for (let i = 0; i < ROLLING_BACKUPS_KEPT + 3; i++) await p.writeBackup('{}', { createdAt: clock.now(), engagementCount: 0 })
      expect(await p.listBackups()).toHaveLength(ROLLING_BACKUPS_KEPT)
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

  it('leaves no temp files behind after many writes', async () => {
    const service = await openService()
    for (let i = 0; i < 5; i++) {
      const created = await service.createEngagement({ fields: engagementFields({ name: `Engagement ${i}` }) })
      expect(created.ok).toBe(true)
      await service.backupNow()
    }
    expect(await filesIn(paths.userData)).toEqual(['armslength-store.json', 'backups'])
    for (const name of await filesIn(paths.backupsDir)) expect(name).toMatch(/^store-.*\.json$/)
    expect(JSON.parse(await readFile(paths.storeFile, 'utf8')).engagements).toHaveLength(5)
  })
})
