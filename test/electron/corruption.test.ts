import { mkdtempSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StartupInfo } from '@shared/ipc/contract'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { STORE_SCHEMA_VERSION, emptyStoreDoc } from '@shared/store/store-schema'
import { createBrowserPersistence } from '../../renderer/src/platform/browser-persistence'
import type { KeyValueStore } from '../../renderer/src/platform/indexed-db'
import { dataPaths, type DataPaths } from '../../electron/main/paths'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { StoreUnreadableError } from '../../electron/main/persistence/read-text'
import type { ReportGenerator } from '@shared/report/report-generator'
import { cancellingFileSaver, engagementFields, sequentialIds, steppingClock } from './fixtures'

/**
 * The corrupted-file matrix (reliability reference §2): every way the store can be damaged, on the
 * desktop (electron-store file, real files in a temp folder) and in the browser edition (IndexedDB,
 * through an in-memory KeyValueStore). For each damaged input the promise is the same:
 *   - the damaged data is set aside with its exact bytes, and nothing is written over it;
 *   - the newest backup that opens cleanly is offered (StartupInfo.notice.offeredBackup);
 *   - the notice tells the user what was wrong and where the file went.
 * An unreadable file is different: its bytes cannot be read, so it cannot be judged or copied. The app
 * leaves it exactly where it is, refuses to start and says why (path and error code).
 */

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
    constructor(readonly options: unknown) {
      BrowserWindow.created.push(this)
    }
  }
  const ipcMain = { handle: vi.fn(), on: vi.fn(), removeAllListeners: vi.fn() }
  const session = {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() } }
  }
  const dialog = { showErrorBox: vi.fn() }
  const shell = { openPath: vi.fn(async () => '') }
  return { app, BrowserWindow, ipcMain, session, dialog, shell }
})
vi.mock('electron', () => ({ default: electron, ...electron }))

/**
 * EACCES cannot be produced for real here: the tests run as root, and chmod 000 does not stop root from
 * reading. So `readFile` of one chosen path fails with the error a permission problem gives; every other
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

// why: nothing here renders a report; every generator method rejects, whatever methods the interface grows
const noReports = new Proxy({} as ReportGenerator, { get: (_target, key) => (key === 'then' ? undefined : () => Promise.reject(new Error('no reports in this suite'))) })

const STORE_VERSION_AHEAD = STORE_SCHEMA_VERSION + 1

/** A seeded byte generator, so the "garbage" is the same on every run. */
function garbage(length: number, seed = 7): Buffer {
  let a = seed
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0
    bytes[i] = a >>> 24
  }
  return bytes
}

type Damage = { label: string; bytes: (good: Buffer) => Buffer; says: RegExp }

/** What can be wrong with a store file, with what the notice must say about it. `good` is a real store file. */
const DAMAGED: Damage[] = [
  { label: 'an empty file (0 bytes)', bytes: () => Buffer.alloc(0), says: /The data file was empty\./ },
  { label: 'whitespace only', bytes: () => Buffer.from(' \r\n\t\n', 'utf8'), says: /The data file was empty\./ },
  { label: 'truncated to its first half', bytes: (good) => good.subarray(0, Math.floor(good.length / 2)), says: /not valid JSON/ },
  { label: 'truncated by its last byte', bytes: (good) => good.subarray(0, good.length - 1), says: /not valid JSON/ },
  { label: 'truncated after 10 bytes', bytes: (good) => good.subarray(0, 10), says: /not valid JSON/ },
  { label: 'binary garbage (4 KiB, seeded)', bytes: () => garbage(4096), says: /not valid JSON/ },
  { label: 'zero-filled (4 KiB, a classic power-loss result)', bytes: () => Buffer.alloc(4096), says: /not valid JSON/ },
  {
    label: 'bytes that are not UTF-8 inside valid-looking JSON',
    bytes: (good) => Buffer.concat([good.subarray(0, 40), Buffer.from([0xff, 0xfe, 0x80]), good.subarray(40)]),
    says: /not valid JSON/
  },
  { label: 'a UTF-8 byte-order mark before valid JSON', bytes: (good) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), good]), says: /not valid JSON/ },
  { label: 'valid JSON, but an array', bytes: () => Buffer.from('[1,2,3]'), says: /does not have the expected shape:\n\(root\): expected an object/ },
  { label: 'valid JSON, but null', bytes: () => Buffer.from('null'), says: /does not have the expected shape/ },
  { label: 'valid JSON, an empty object', bytes: () => Buffer.from('{}'), says: /expected shape:\nschemaVersion: missing/ },
  {
    label: 'valid JSON, engagements of the wrong type',
    bytes: () => Buffer.from(JSON.stringify({ ...emptyStoreDoc(), engagements: 'none' })),
    says: /expected shape:\n.*engagements/
  },
  {
    label: 'valid JSON, one engagement with a wrong field',
    bytes: (good) => {
      const doc = JSON.parse(good.toString('utf8')) as { engagements: Record<string, unknown>[] }
      doc.engagements[0] = { ...doc.engagements[0], headcount: 'many' }
      return Buffer.from(JSON.stringify(doc))
    },
    says: /expected shape:\nengagements\[0\]\.headcount/
  },
  {
    label: 'an export bundle saved in place of the store',
    bytes: () => Buffer.from(JSON.stringify({ format: 'armslength.bundle', formatVersion: 1, exportedAt: '2026-11-25T10:00:00.000Z', engagements: [] })),
    says: /expected shape:\nschemaVersion: missing/
  },
  {
    label: 'a newer schema version',
    bytes: (good) => Buffer.from(JSON.stringify({ ...(JSON.parse(good.toString('utf8')) as object), schemaVersion: STORE_VERSION_AHEAD, addedLater: { x: 1 } })),
    says: new RegExp(`written by a newer version of Arm's Length \\(store version ${STORE_VERSION_AHEAD}\\)`)
  }
]

const notice = async (service: { getStartupInfo: () => Promise<{ ok: true; value: StartupInfo } | { ok: false; error: { message: string } }> }) => {
  const info = await service.getStartupInfo()
  if (!info.ok) throw new Error(info.error.message)
  return info.value.notice
}

describe('corruption suite: desktop store file', () => {
  let paths: DataPaths
  const clock = steppingClock()
  const persistence = (): StorePersistence => createElectronPersistence({ paths, now: clock.now })
  const openService = (p: StorePersistence = persistence()) =>
    createStoreService({ edition: 'desktop', persistence: p, files: cancellingFileSaver(), reports: noReports, clock, ids: sequentialIds(`e${Date.now()}`) })

  beforeEach(() => {
    paths = dataPaths('/nonexistent', { ARMSLENGTH_USER_DATA: mkdtempSync(join(tmpdir(), 'al-corrupt-')) })
    fault.path = null
  })
  afterEach(async () => {
    fault.path = null
    await rm(paths.userData, { recursive: true, force: true })
  })

  /** Two good starts: an older backup with one engagement, the newest with two. Returns the good store bytes. */
  async function goodHistory(): Promise<Buffer> {
    const first = await openService()
    await first.createEngagement({ fields: engagementFields({ name: 'First' }) })
    await (await openService()).createEngagement({ fields: engagementFields({ name: 'Second' }) })
    await openService() // the rolling backup of the two-engagement state
    return readFile(paths.storeFile)
  }

  it.each(DAMAGED.map((d) => [d.label, d] as const))('%s: set aside byte for byte, newest good backup offered, the notice says what happened', async (_label, damage) => {
    const bytes = damage.bytes(await goodHistory())
    const backupsBefore = await persistence().listBackups()
    expect(backupsBefore.map((b) => b.engagementCount).slice(0, 2)).toEqual([2, 1])
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
    expect(basename(aside)).toMatch(/^armslength-store\.(empty|not-json|invalid|newer-version)\./)
    expect((await readFile(aside)).equals(bytes)).toBe(true)
    // the newest backup that opens is offered, and no backup was added, removed or changed
    expect(n?.offeredBackup).toEqual(backupsBefore[0])
    expect(await persistence().listBackups()).toEqual(backupsBefore)
    // nothing was written in the store's place until the user acts
    await expect(stat(paths.storeFile)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
    // restoring the offered backup brings the data back
    expect(await service.restoreBackup({ id: n?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
    expect(await service.listEngagements()).toMatchObject({ ok: true, value: [{ name: 'First' }, { name: 'Second' }] })
  })

  it('skips a damaged newest backup and offers the next older good one', async () => {
    await goodHistory()
    const [newest, older] = await persistence().listBackups()
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

  it('keeps every set-aside file when the store is damaged again and again', async () => {
    await goodHistory()
    const asides: string[] = []
    for (const bytes of [Buffer.alloc(0), garbage(64), Buffer.from('[]')]) {
      await writeFile(paths.storeFile, bytes)
      const aside = (await notice(await openService()))?.setAsideAs ?? ''
      expect((await readFile(aside)).equals(bytes)).toBe(true)
      asides.push(aside)
    }
    expect(new Set(asides).size).toBe(3)
    for (const aside of asides) await expect(stat(aside)).resolves.toBeDefined()
  })

  describe('an unreadable store file', () => {
    it('a folder in its place (EISDIR, real): the start fails with the path and code, and nothing is moved or written', async () => {
      await goodHistory()
      await rm(paths.storeFile)
      await mkdir(paths.storeFile)
      await writeFile(join(paths.storeFile, 'keep.txt'), 'x')
      const before = (await readdir(paths.userData)).sort()
      const opening = openService()
      await expect(opening).rejects.toBeInstanceOf(StoreUnreadableError)
      await expect(opening).rejects.toThrow(new RegExp(`${paths.storeFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} exists but cannot be read \\(EISDIR\\).*has not been changed`, 's'))
      expect((await readdir(paths.userData)).sort()).toEqual(before)
      expect(await readdir(paths.storeFile)).toEqual(['keep.txt'])
    })

    it('permission denied (EACCES, simulated; see `fault`): the start fails with the path and code, and the bytes stay as they were', async () => {
      const good = await goodHistory()
      fault.path = paths.storeFile
      const opening = openService()
      await expect(opening).rejects.toBeInstanceOf(StoreUnreadableError)
      await expect(opening).rejects.toThrow(/cannot be read \(EACCES\)\. It has not been changed\. Check its permissions/)
      fault.path = null
      expect((await readFile(paths.storeFile)).equals(good)).toBe(true)
      expect((await readdir(paths.userData)).filter((n) => n.startsWith('armslength-store.'))).toEqual(['armslength-store.json'])
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
        expect(electron.dialog.showErrorBox).toHaveBeenCalledWith("Arm's Length cannot start", expect.stringMatching(/armslength-store\.json exists but cannot be read \(EACCES\)/))
        expect(electron.app.exit).toHaveBeenCalledWith(1)
        expect(electron.BrowserWindow.created).toHaveLength(0)
      } finally {
        vi.unstubAllEnvs()
        await rm(userData, { recursive: true, force: true })
      }
    })
  })
})

/** IndexedDB as the browser edition sees it through KeyValueStore: strings under keys, in memory. */
function memoryKeyValueStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  const state = { failReads: null as Error | null, puts: 0, deletes: 0 }
  const kv: KeyValueStore = {
    get: async (key) => {
      if (state.failReads) throw state.failReads
      return data.get(key) ?? null
    },
    put: async (key, value) => {
      state.puts++
      data.set(key, value)
    },
    delete: async (key) => {
      state.deletes++
      data.delete(key)
    },
    keys: async () => [...data.keys()]
  }
  return { kv, data, state }
}

describe('corruption suite: browser edition (IndexedDB)', () => {
  const clock = steppingClock()
  const openService = (kv: KeyValueStore) =>
    createStoreService({ edition: 'browser', persistence: createBrowserPersistence(kv, clock.now), files: cancellingFileSaver(), reports: noReports, clock, ids: sequentialIds(`b${Date.now()}`) })

  async function goodHistory(kv: KeyValueStore): Promise<string> {
    await (await openService(kv)).createEngagement({ fields: engagementFields({ name: 'First' }) })
    await (await openService(kv)).createEngagement({ fields: engagementFields({ name: 'Second' }) })
    await openService(kv)
    return (await kv.get('store')) ?? ''
  }

  // IndexedDB holds strings here, so damaged bytes arrive as the string a reader of those bytes would get:
  // UTF-8 where the bytes are text, one char per byte (latin1) for raw binary
  it.each(DAMAGED.map((d) => [d.label, d] as const))('%s: set aside unchanged, newest good backup offered, the notice says what happened', async (label, damage) => {
    const { kv, data } = memoryKeyValueStore()
    const good = await goodHistory(kv)
    const bytes = damage.bytes(Buffer.from(good, 'utf8'))
    const text = /garbage|zero-filled|not UTF-8/.test(label) ? bytes.toString('latin1') : bytes.toString('utf8')
    data.set('store', text)
    const backupsBefore = await createBrowserPersistence(kv, clock.now).listBackups()
    expect(backupsBefore.map((b) => b.engagementCount).slice(0, 2)).toEqual([2, 1])

    const service = await openService(kv)
    const n = await notice(service)
    expect(n?.kind).toBe('set-aside')
    expect(n?.message).toMatch(/^The data file /)
    expect(n?.message).toContain(`set aside unchanged as "${n?.setAsideAs}"`)
    expect(n?.setAsideAs).toMatch(/^set-aside:(empty|not-json|invalid|newer-version):/)
    expect(data.get(n?.setAsideAs ?? '')).toBe(text)
    expect(n?.offeredBackup).toEqual(backupsBefore[0])
    expect(data.has('store')).toBe(false)
    expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
    expect(await service.restoreBackup({ id: n?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
    expect(await service.listEngagements()).toMatchObject({ ok: true, value: [{ name: 'First' }, { name: 'Second' }] })
  })

  it('names the damage the same way as the desktop for each kind', async () => {
    for (const damage of DAMAGED.filter((d) => !/garbage|zero-filled|not UTF-8|byte-order/.test(d.label))) {
      const { kv, data } = memoryKeyValueStore()
      const good = await goodHistory(kv)
      data.set('store', damage.bytes(Buffer.from(good, 'utf8')).toString('utf8'))
      expect((await notice(await openService(kv)))?.message, damage.label).toMatch(damage.says)
    }
  })

  it('an unreadable database (the read fails): the start fails and nothing is written or deleted', async () => {
    const { kv, data, state } = memoryKeyValueStore()
    const good = await goodHistory(kv)
    const puts = state.puts
    state.failReads = new Error('UnknownError: Internal error opening backing store for indexedDB.open.')
    await expect(openService(kv)).rejects.toThrow(/backing store/)
    expect(state.puts).toBe(puts)
    expect(data.get('store')).toBe(good)
  })
})
