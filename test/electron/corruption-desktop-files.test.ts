import { mkdtempSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { STORE_INDEX_VERSION, StoreIndexSchema, bodyKey, referencedBodies } from '@shared/store/store-index'
import { emptyStoreDoc } from '@shared/store/store-schema'
import { memoryPersistence } from '../helpers/memory-persistence'
import { StoreUnreadableError } from '../../electron/main/persistence/read-text'
import { escapeRegExp, filesWithBytes, notice, oldStoreDoc, refused, unwrap } from './corruption-fixtures'
import { useDesktopStore } from './corruption-desktop'
import { engagementFields } from './fixtures'

/**
 * The desktop corruption suite (see corruption-fixtures.ts), whole files: an old single-document store is
 * split on first open, its exact text kept; leftovers of interrupted writes are swept at start; and an
 * index or record that cannot be read at all is left where it is, the start refused with path and code.
 */

// the last test starts the desktop app itself (electron/main/index.ts), so this is the Electron it needs
const electron = vi.hoisted(() => {
  const EventEmitter = (require('node:events') as typeof import('node:events')).EventEmitter
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn(() => '/nonexistent-electron-user-data'),
    getVersion: vi.fn(() => '0.1.0')
  })
  class BrowserWindow {
    static created: BrowserWindow[] = []
    static getAllWindows = vi.fn(() => BrowserWindow.created)
    isDestroyed = vi.fn(() => false)
    once = vi.fn()
    show = vi.fn()
    loadFile = vi.fn(async () => undefined)
    loadURL = vi.fn(async () => undefined)
    // window.ts asks before a close the page holds back (will-prevent-unload)
    webContents = { on: vi.fn() }
    constructor(readonly options: unknown) {
      BrowserWindow.created.push(this)
    }
  }
  const ipcMain = { handle: vi.fn(), on: vi.fn(), removeAllListeners: vi.fn() }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() }
    }
  }
  const dialog = { showErrorBox: vi.fn() }
  const shell = { openPath: vi.fn(async () => '') }
  // the app:// scheme the main process registers before ready (electron/main/app-protocol.ts)
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  return { app, BrowserWindow, ipcMain, session, dialog, shell, protocol }
})
vi.mock('electron', () => ({ default: electron, ...electron }))

/**
 * EACCES cannot be produced for real here: the tests run as root, and chmod 000 does not stop root from
 * reading. So `readFile` of one chosen path fails with the error a permission problem gives. Every other
 * file operation is the real one.
 */
const fault = vi.hoisted(() => ({ path: null as string | null, code: 'EACCES' }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const readFile = ((...args: Parameters<typeof real.readFile>) => {
    const path = String(args[0])
    if (fault.path !== null && path === fault.path) {
      return Promise.reject(Object.assign(new Error(`${fault.code}: permission denied, open '${path}'`), { code: fault.code, path }))
    }
    return real.readFile(...args)
  }) as typeof real.readFile
  return { ...real, readFile, default: { ...real, readFile } }
})

describe('corruption suite: desktop store files', () => {
  const { paths, persistence, openService, goodHistory, bodyFileOf } = useDesktopStore({
    prefix: 'al-corrupt-files-',
    reset: () => {
      fault.path = null
    }
  })

  describe('an old single-document store (store version 3 and older)', () => {
    it('is split into an index and one record per assessment, the data unchanged and its exact text kept as a backup', async () => {
      const doc = await oldStoreDoc(openService)
      // pretty-printed, so the backup must be the exact text, not a re-serialisation
      const text = JSON.stringify(doc, null, 2)
      await writeFile(paths.storeFile, text)

      const service = await openService()
      expect(await service.getStartupInfo()).toEqual({
        ok: true,
        value: { edition: 'desktop', notice: null, migratedFrom: 3, readOnly: null }
      })
      const index = StoreIndexSchema.parse(JSON.parse(await readFile(paths.storeFile, 'utf8')))
      expect(index.schemaVersion).toBe(STORE_INDEX_VERSION)
      expect(index.assessments.map((r) => r.id)).toEqual(['Imported-A1', 'imported-a1', doc.assessments[2]?.id])
      // one record per assessment, holding exactly that assessment, and nothing else in the folder
      const records = await filesWithBytes(paths.assessmentsDir)
      expect([...records.keys()]).toEqual([...referencedBodies(index)].map((k) => `${k}.json`).sort())
      expect(new Set([...records.keys()].map((name) => name.toLowerCase())).size).toBe(3)
      for (const ref of index.assessments) {
        expect(JSON.parse(records.get(`${bodyKey(ref.id, ref.rev)}.json`)?.toString('utf8') ?? 'null')).toEqual(
          doc.assessments.find((a) => a.id === ref.id)
        )
      }
      // the data read through the service is the original
      expect(await service.listEngagements()).toEqual({ ok: true, value: doc.engagements })
      expect(await service.listAssessments({})).toEqual({ ok: true, value: doc.assessments })
      expect(await service.getSettings()).toEqual({ ok: true, value: doc.settings })
      // a backup holds the original text exactly
      const backups = unwrap(await service.listBackups())
      const texts = await Promise.all(backups.map((b) => persistence().readBackup(b.id)))
      expect(texts).toContain(text)

      // the next start reads the index: no second migration, same data
      const again = await openService()
      expect(unwrap(await again.getStartupInfo()).migratedFrom).toBeNull()
      expect(await again.listAssessments({})).toEqual({ ok: true, value: doc.assessments })
      expect(await again.openAssessment({ assessmentId: 'Imported-A1' })).toMatchObject({
        ok: true,
        value: { assessment: doc.assessments[0] }
      })
    })

    it('a version 1 file (engagements only) is migrated and split too, its exact text kept', async () => {
      const { persistence: memory } = memoryPersistence()
      const engagement = unwrap(
        await (await openService(memory)).createEngagement({ fields: engagementFields({ reviewIntervalMonths: 24 }) })
      )
      const { reviewIntervalMonths: _dropped, ...v1Engagement } = engagement
      const text = JSON.stringify({ schemaVersion: 1, engagements: [v1Engagement] })
      await writeFile(paths.storeFile, text)

      const service = await openService()
      expect(unwrap(await service.getStartupInfo())).toEqual({ edition: 'desktop', notice: null, migratedFrom: 1, readOnly: null })
      // version 2 gave every engagement a 12-month review interval
      expect(await service.listEngagements()).toEqual({ ok: true, value: [{ ...engagement, reviewIntervalMonths: 12 }] })
      expect(await service.listAssessments({})).toEqual({ ok: true, value: [] })
      expect(JSON.parse(await readFile(paths.storeFile, 'utf8'))).toMatchObject({ schemaVersion: STORE_INDEX_VERSION, assessments: [] })
      const texts = await Promise.all(unwrap(await service.listBackups()).map((b) => persistence().readBackup(b.id)))
      expect(texts).toContain(text)
    })
  })

  describe('leftovers of interrupted writes', () => {
    it('are swept at start; the records in use and files a person put there stay', async () => {
      const history = await goodHistory()
      const generation = StoreIndexSchema.parse(JSON.parse(history.index.toString('utf8'))).generation
      const leftovers = [
        // a record no index names: written by a commit whose index write never happened
        join(paths.assessmentsDir, 'x.99.json'),
        join(paths.assessmentsDir, `${bodyKey(history.first.assessment.id, generation + 1)}.json`),
        // writeFileAtomic's temp file, from a write cut short
        join(paths.assessmentsDir, '.abc.json.123.0123456789ab.tmp'),
        // conf's temp file of the index
        join(paths.userData, 'armslength-store.json.tmp-123456abcdef')
      ]
      const kept = [join(paths.assessmentsDir, 'notes.txt'), join(paths.assessmentsDir, 'readme.json'), join(paths.userData, 'notes.txt')]
      for (const file of [...leftovers, ...kept]) await writeFile(file, '{"schemaVersion":')

      const service = await openService()
      for (const file of leftovers) await expect(stat(file), file).rejects.toMatchObject({ code: 'ENOENT' })
      for (const file of kept) expect(await readFile(file, 'utf8'), file).toBe('{"schemaVersion":')
      const records = await filesWithBytes(paths.assessmentsDir)
      records.delete('notes.txt')
      records.delete('readme.json')
      expect(records).toEqual(history.bodies)
      expect(await service.listAssessments({})).toEqual({ ok: true, value: history.assessments })
    })

    it('records without any index (a crash during the very first save) are swept, and nothing is written', async () => {
      await mkdir(paths.assessmentsDir)
      await writeFile(join(paths.assessmentsDir, 'e-2.2.json'), '{}')
      await writeFile(join(paths.assessmentsDir, 'notes.txt'), 'mine')
      const service = await openService()
      expect(await service.listAssessmentSummaries()).toEqual({ ok: true, value: [] })
      expect(await readdir(paths.assessmentsDir)).toEqual(['notes.txt'])
      expect((await readdir(paths.userData)).sort()).toEqual(['assessments'])
    })
  })

  describe('an unreadable file', () => {
    it('the index: a folder in its place (EISDIR, real): the start fails with the path and code, and nothing is moved or written', async () => {
      const history = await goodHistory()
      await rm(paths.storeFile)
      await mkdir(paths.storeFile)
      await writeFile(join(paths.storeFile, 'keep.txt'), 'x')
      const before = (await readdir(paths.userData)).sort()
      const opening = openService()
      await expect(opening).rejects.toBeInstanceOf(StoreUnreadableError)
      await expect(opening).rejects.toThrow(
        new RegExp(`${escapeRegExp(paths.storeFile)} exists but cannot be read \\(EISDIR\\).*has not been changed`, 's')
      )
      expect((await readdir(paths.userData)).sort()).toEqual(before)
      expect(await readdir(paths.storeFile)).toEqual(['keep.txt'])
      expect(await filesWithBytes(paths.assessmentsDir)).toEqual(history.bodies)
    })

    it('the index: permission denied (EACCES, simulated; see `fault`): the start fails with the path and code, and the bytes stay as they were', async () => {
      const history = await goodHistory()
      fault.path = paths.storeFile
      const opening = openService()
      await expect(opening).rejects.toBeInstanceOf(StoreUnreadableError)
      await expect(opening).rejects.toThrow(/cannot be read \(EACCES\)\. It has not been changed\. Check its permissions/)
      fault.path = null
      expect((await readFile(paths.storeFile)).equals(history.index)).toBe(true)
      expect((await readdir(paths.userData)).filter((n) => n.startsWith('armslength-store.'))).toEqual(['armslength-store.json'])
      // no sweep ran: the records are untouched
      expect(await filesWithBytes(paths.assessmentsDir)).toEqual(history.bodies)
    })

    it('an assessment record: permission denied (EACCES, simulated): that assessment is refused with the path and code, the rest works', async () => {
      const history = await goodHistory()
      const { key, file } = bodyFileOf(history.index, history.first.assessment.id)
      fault.path = file
      const service = await openService()
      expect(await notice(service)).toBeNull()
      const refusal = refused(
        new RegExp(`\\(record ${escapeRegExp(key)}\\) cannot be read \\(.*${escapeRegExp(file)}.*\\(EACCES\\)[^]*Nothing was changed`)
      )
      expect(await service.openAssessment({ assessmentId: history.first.assessment.id })).toEqual(refusal)
      expect(await service.listAssessments({ engagementId: history.first.engagement.id })).toEqual(refusal)
      expect(unwrap(await service.openAssessment({ assessmentId: history.second.assessment.id })).assessment).toEqual(
        history.second.assessment
      )
      expect(unwrap(await service.listEngagements())).toHaveLength(2)
      // once it can be read again, it opens: nothing was moved, changed or deleted meanwhile
      fault.path = null
      expect(await filesWithBytes(paths.assessmentsDir)).toEqual(history.bodies)
      expect(unwrap(await service.openAssessment({ assessmentId: history.first.assessment.id })).assessment).toEqual(
        history.first.assessment
      )
    })

    it('an assessment record: a folder in its place (EISDIR, real): that assessment is refused, the service keeps working', async () => {
      const history = await goodHistory()
      const { key, file } = bodyFileOf(history.index, history.first.assessment.id)
      await rm(file)
      await mkdir(file)
      await writeFile(join(file, 'keep.txt'), 'x')
      const service = await openService()
      unwrap(await service.listBackups())
      expect(await service.openAssessment({ assessmentId: history.first.assessment.id })).toEqual(
        refused(new RegExp(`\\(record ${escapeRegExp(key)}\\) cannot be read \\(.*\\(EISDIR\\)`))
      )
      expect(unwrap(await service.openAssessment({ assessmentId: history.second.assessment.id })).assessment).toEqual(
        history.second.assessment
      )
      unwrap(await service.createEngagement({ fields: engagementFields({ name: 'Third' }) }))
      expect(unwrap(await service.listEngagements()).map((e) => e.name)).toEqual(['First', 'Second', 'Third'])
      expect(await readdir(file)).toEqual(['keep.txt'])
    })

    it('the desktop app shows that message in an error box and exits, opening no window', async () => {
      const userData = mkdtempSync(join(tmpdir(), 'al-corrupt-main-'))
      vi.stubEnv('ARMSLENGTH_USER_DATA', userData)
      vi.stubEnv('ELECTRON_RENDERER_URL', '')
      try {
        await writeFile(join(userData, 'armslength-store.json'), JSON.stringify(emptyStoreDoc()))
        fault.path = join(userData, 'armslength-store.json')
        electron.BrowserWindow.created.length = 0
        vi.resetModules()
        const index = await import('../../electron/main/index')
        await index.started
        expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
          "Arm's Length cannot start",
          expect.stringMatching(/armslength-store\.json exists but cannot be read \(EACCES\)/)
        )
        expect(electron.app.exit).toHaveBeenCalledWith(1)
        expect(electron.BrowserWindow.created).toHaveLength(0)
      } finally {
        vi.unstubAllEnvs()
        await rm(userData, { recursive: true, force: true })
      }
    })
  })
})
