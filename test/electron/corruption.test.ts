import { mkdtempSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { ArmsLengthApi, BackupInfo } from '@shared/ipc/contract'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { ROLLING_BACKUPS_KEPT, type StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { STORE_INDEX_VERSION, StoreIndexSchema, bodyKey, referencedBodies, type StoreIndex } from '@shared/store/store-index'
import { openStoreText } from '@shared/store/open-store'
import { emptyStoreDoc, type StoreDoc } from '@shared/store/store-schema'
import type { Result } from '@shared/util/result'
import { createBrowserPersistence } from '../../renderer/src/platform/browser-persistence'
import type { KeyValueStore } from '../../renderer/src/platform/indexed-db'
import { memoryKeyValueStore } from '../helpers/memory-key-value-store'
import { dataPaths, type DataPaths } from '../../electron/main/paths'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { StoreUnreadableError } from '../../electron/main/persistence/read-text'
import type { ReportGenerator } from '@shared/report/report-generator'
import { memoryPersistence } from '../helpers/memory-persistence'
import { cancellingFileSaver, engagementFields, sequentialIds, steppingClock } from './fixtures'

/**
 * The corrupted-file matrix (reliability reference §2): every way the store can be damaged, on the
 * desktop (the index file and one file per assessment, real files in a temp folder) and in the browser
 * edition (IndexedDB records, through an in-memory KeyValueStore). The store is an index plus one record
 * per assessment (shared/store/store-index.ts), so there are two kinds of damage:
 *
 * A damaged index (the store file / the `store` record). The promise is the same as for the old single
 * file:
 *   - the damaged index is set aside with its exact bytes, and nothing is written over it;
 *   - the assessment records it referenced go with it (desktop: a folder beside it; browser: under its
 *     name), byte for byte: nothing is deleted, not even by a later start's sweep;
 *   - the newest backup that opens cleanly is offered (StartupInfo.notice.offeredBackup);
 *   - the notice tells the user what was wrong and where the file went;
 *   - restoring the offered backup brings the data back.
 *
 * A damaged assessment record (missing, empty, truncated, not JSON, wrong shape, another assessment's).
 * Only that assessment is affected: reading it answers `invalid-file` naming the record and saying that
 * nothing was changed; its bytes stay as they are; the register and every other assessment still work;
 * restoring a backup brings it back.
 *
 * An unreadable file is different: its bytes cannot be read, so it cannot be judged or copied. An
 * unreadable index is left exactly where it is and the app refuses to start, saying why (path and error
 * code); an unreadable assessment record is reported like a damaged one.
 *
 * Also here: an old single-document store (store version ≤ 3) is split on first open, its exact text kept
 * as a backup; and leftovers of interrupted writes are swept at start, while anything else stays.
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

// why: nothing here renders a report; every generator method rejects, whatever methods the interface grows
const noReports = new Proxy({} as ReportGenerator, { get: (_target, key) => (key === 'then' ? undefined : () => Promise.reject(new Error('no reports in this suite'))) })

const INDEX_VERSION_AHEAD = STORE_INDEX_VERSION + 1
const QUESTION = DEFAULT_BANK.questions[0]!

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

/** Rewrites a JSON file's content through `edit`. */
function editJson(good: Buffer, edit: (json: Record<string, unknown>) => unknown): Buffer {
  return Buffer.from(JSON.stringify(edit(JSON.parse(good.toString('utf8')) as Record<string, unknown>)))
}

function editIndex(good: Buffer, edit: (index: StoreIndex) => unknown): Buffer {
  return Buffer.from(JSON.stringify(edit(StoreIndexSchema.parse(JSON.parse(good.toString('utf8'))))))
}

/** `binary`: raw bytes, which the browser edition (strings) sees one char per byte. */
type Damage = { label: string; bytes: (good: Buffer) => Buffer; says: RegExp; binary?: true }

/** What can be wrong with the store file (the index), with what the notice must say about it. `good` is a real index. */
const DAMAGED: Damage[] = [
  { label: 'an empty file (0 bytes)', bytes: () => Buffer.alloc(0), says: /The data file was empty\./ },
  { label: 'whitespace only', bytes: () => Buffer.from(' \r\n\t\n', 'utf8'), says: /The data file was empty\./ },
  { label: 'truncated to its first half', bytes: (good) => good.subarray(0, Math.floor(good.length / 2)), says: /not valid JSON/ },
  { label: 'truncated by its last byte', bytes: (good) => good.subarray(0, good.length - 1), says: /not valid JSON/ },
  { label: 'truncated after 10 bytes', bytes: (good) => good.subarray(0, 10), says: /not valid JSON/ },
  { label: 'binary garbage (4 KiB, seeded)', bytes: () => garbage(4096), says: /not valid JSON/, binary: true },
  { label: 'zero-filled (4 KiB, a classic power-loss result)', bytes: () => Buffer.alloc(4096), says: /not valid JSON/, binary: true },
  {
    label: 'bytes that are not UTF-8 inside valid-looking JSON',
    bytes: (good) => Buffer.concat([good.subarray(0, 40), Buffer.from([0xff, 0xfe, 0x80]), good.subarray(40)]),
    says: /not valid JSON/,
    binary: true
  },
  { label: 'a UTF-8 byte-order mark before valid JSON', bytes: (good) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), good]), says: /not valid JSON/ },
  { label: 'valid JSON, but an array', bytes: () => Buffer.from('[1,2,3]'), says: /does not have the expected shape:\n\(root\): expected an object/ },
  { label: 'valid JSON, but null', bytes: () => Buffer.from('null'), says: /does not have the expected shape/ },
  { label: 'valid JSON, an empty object', bytes: () => Buffer.from('{}'), says: /expected shape:\nschemaVersion: missing/ },
  {
    label: 'an index with engagements of the wrong type',
    bytes: (good) => editIndex(good, (index) => ({ ...index, engagements: 'none' })),
    says: /expected shape:\n.*engagements/
  },
  {
    label: 'an index with one engagement with a wrong field',
    bytes: (good) => editIndex(good, (index) => ({ ...index, engagements: [{ ...index.engagements[0], headcount: 'many' }, ...index.engagements.slice(1)] })),
    says: /expected shape:\nengagements\[0\]\.headcount/
  },
  {
    label: 'an index with an assessment entry of the wrong shape',
    bytes: (good) => editIndex(good, (index) => ({ ...index, assessments: [{ ...index.assessments[0], rev: 'latest' }, ...index.assessments.slice(1)] })),
    says: /expected shape:\nassessments\[0\]\.rev/
  },
  {
    label: 'an index that lists one assessment twice',
    bytes: (good) => editIndex(good, (index) => ({ ...index, assessments: [...index.assessments, index.assessments[0]] })),
    says: /expected shape:\n.*is listed twice/
  },
  {
    label: 'an index naming a revision newer than itself',
    bytes: (good) => editIndex(good, (index) => ({ ...index, assessments: [{ ...index.assessments[0], rev: index.generation + 1 }, ...index.assessments.slice(1)] })),
    says: /expected shape:\n.*newer than the index/
  },
  {
    label: 'an old whole document (store version 3) with engagements of the wrong type',
    bytes: () => Buffer.from(JSON.stringify({ ...emptyStoreDoc(), engagements: 'none' })),
    says: /expected shape:\n.*engagements/
  },
  {
    label: 'an export bundle saved in place of the store',
    bytes: () => Buffer.from(JSON.stringify({ format: 'armslength.bundle', formatVersion: 1, exportedAt: '2026-11-25T10:00:00.000Z', engagements: [] })),
    says: /expected shape:\nschemaVersion: missing/
  },
  {
    label: 'a newer schema version',
    bytes: (good) => editJson(good, (json) => ({ ...json, schemaVersion: INDEX_VERSION_AHEAD, addedLater: { x: 1 } })),
    says: new RegExp(`written by a newer version of Arm's Length \\(store version ${INDEX_VERSION_AHEAD}\\)`)
  }
]

/**
 * What can be wrong with one assessment's record, with what the refusal must say. `good` is that record,
 * `other` the record of an assessment of another engagement; null means the record is gone.
 */
type BodyDamage = { label: string; bytes: (good: Buffer, other: Buffer) => Buffer | null; says: RegExp; binary?: true }

const BODY_DAMAGED: BodyDamage[] = [
  { label: 'missing', bytes: () => null, says: /\) is missing\. Nothing was changed/ },
  { label: 'empty', bytes: () => Buffer.alloc(0), says: /\) is not valid JSON \(.*\)\. Nothing was changed/ },
  { label: 'truncated to its first half', bytes: (good) => good.subarray(0, Math.floor(good.length / 2)), says: /\) is not valid JSON \(/ },
  { label: 'not JSON (binary garbage)', bytes: () => garbage(512), says: /\) is not valid JSON \(/, binary: true },
  {
    label: 'valid JSON of the wrong shape',
    bytes: (good) => editJson(good, (json) => ({ ...json, status: 'lost' })),
    says: /\) does not have the expected shape:\nstatus[^]*Nothing was changed/
  },
  { label: 'the record of another assessment copied in its place', bytes: (_good, other) => other, says: /\) belongs to another assessment\. Nothing was changed/ }
]

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const notice = async (service: ArmsLengthApi) => unwrap(await service.getStartupInfo()).notice

/** Every file in a folder (none when it does not exist) with its bytes. */
async function filesWithBytes(dir: string): Promise<Map<string, Buffer>> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  const files = new Map<string, Buffer>()
  for (const name of names.sort()) files.set(name, await readFile(join(dir, name)))
  return files
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

type Started = { engagement: Engagement; assessment: Assessment }

/** An engagement with one assessment that has an answer, as the user leaves them. */
async function engagementWithAssessment(service: ArmsLengthApi, name: string): Promise<Started> {
  const engagement = unwrap(await service.createEngagement({ fields: engagementFields({ name }) }))
  const started = unwrap(await service.startAssessment({ engagementId: engagement.id, kind: 'annual', title: `Annual review ${name}` }))
  const answer = { choice: QUESTION.options[0]!.id, note: `Zażółć gęślą jaźń — ${name}` }
  unwrap(await service.saveAnswer({ assessmentId: started.id, questionId: QUESTION.id, answer }))
  return { engagement, assessment: unwrap(await service.openAssessment({ assessmentId: started.id })).assessment }
}

/** An invalid-file refusal whose message matches `says`. */
function refused(says: RegExp) {
  return { ok: false, error: { code: 'invalid-file', message: expect.stringMatching(says) } }
}

/** A store as version 3 kept it: everything in one document. Built with today's code, in memory. */
async function oldStoreDoc(open: (p: StorePersistence) => Promise<ArmsLengthApi>): Promise<StoreDoc> {
  const { persistence: memory, state } = memoryPersistence()
  const service = await open(memory)
  const first = await engagementWithAssessment(service, 'First')
  await engagementWithAssessment(service, 'Second')
  unwrap(await service.startAssessment({ engagementId: first.engagement.id, kind: 'adhoc', title: 'Ad hoc check' }))
  unwrap(await service.updateSettings({ settings: { confidentialityMarking: 'Attorney work product', defaultReviewIntervalMonths: 6 } }))
  const doc = state.storedDoc()
  // imports can bring ids with capitals; on a disk that folds case, their records must not collide
  // with the lower-case spelling of the same id
  const [a, b, c] = doc.assessments
  if (!a || !b || !c) throw new Error('expected three assessments')
  return { ...doc, assessments: [{ ...a, id: 'Imported-A1' }, { ...b, id: 'imported-a1' }, c] }
}

describe('corruption suite: desktop store files', () => {
  let paths: DataPaths
  let ids: { newId: () => string }
  const clock = steppingClock()
  const persistence = (): StorePersistence => createElectronPersistence({ paths, now: clock.now })
  const openService = (p: StorePersistence = persistence()) =>
    createStoreService({ edition: 'desktop', persistence: p, files: cancellingFileSaver(), reports: noReports, clock, ids })

  beforeEach(() => {
    paths = dataPaths('/nonexistent', { ARMSLENGTH_USER_DATA: mkdtempSync(join(tmpdir(), 'al-corrupt-')) })
    // one id source per test: ids stay unique across the services a test opens
    ids = sequentialIds('e')
    fault.path = null
    fault.renameFrom = null
  })
  afterEach(async () => {
    fault.path = null
    fault.renameFrom = null
    await rm(paths.userData, { recursive: true, force: true })
  })

  type History = {
    index: Buffer
    /** The assessment record files, by file name. */
    bodies: Map<string, Buffer>
    first: Started
    second: Started
    assessments: Assessment[]
    /** Newest first: the start-up backups of the two-engagement and the one-engagement state. */
    backups: BackupInfo[]
  }

  /** Three good starts, each with its start-up backup written: an older backup with one engagement, the newest with two. */
  async function goodHistory(): Promise<History> {
    const first = await engagementWithAssessment(await openService(), 'First')
    const two = await openService()
    unwrap(await two.listBackups()) // waits for the start-up backup
    const second = await engagementWithAssessment(two, 'Second')
    const three = await openService()
    const backups = unwrap(await three.listBackups())
    const bodies = await filesWithBytes(paths.assessmentsDir)
    const index = await readFile(paths.storeFile)
    // the good store really has its assessments as records: exactly the ones the index names
    expect([...bodies.keys()]).toEqual([...referencedBodies(StoreIndexSchema.parse(JSON.parse(index.toString('utf8'))))].map((k) => `${k}.json`).sort())
    expect(bodies.size).toBe(2)
    return { index, bodies, first, second, assessments: unwrap(await three.listAssessments({})), backups }
  }

  function bodyFileOf(index: Buffer, assessmentId: string): { key: string; file: string } {
    const ref = StoreIndexSchema.parse(JSON.parse(index.toString('utf8'))).assessments.find((r) => r.id === assessmentId)
    if (!ref) throw new Error(`no ${assessmentId} in the index`)
    const key = bodyKey(ref.id, ref.rev)
    return { key, file: join(paths.assessmentsDir, `${key}.json`) }
  }

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
        expect(basename(aside)).toMatch(/^armslength-store\.(empty|not-json|invalid|newer-version)\.2026-11-25T\d\d-\d\d-\d\d\.\d{3}Z\.json$/)
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
        const damagedFile = async () => readFile(file).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)))

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
          new RegExp(`^The stored data of the assessment "Annual review First" \\(record ${escapeRegExp(key)}\\) [^]*Nothing was changed; restore a backup in Settings`)
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
        if (name === 'assessments' || name.endsWith('.assessments')) for (const [file, bytes] of await filesWithBytes(join(paths.userData, name))) all.set(file, bytes)
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
      for (let i = 0; i < ROLLING_BACKUPS_KEPT; i++) unwrap(await (await openService()).listBackups())
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
      await copyFile(bodyFileOf(history.index, history.second.assessment.id).file, bodyFileOf(history.index, history.first.assessment.id).file)
      unwrap(await (await openService()).listBackups()) // the start-up backup copies the misplaced record
      await writeFile(paths.storeFile, '')
      const service = await openService()
      expect(await service.restoreBackup({ id: (await notice(service))?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
      const later = await openService()
      expect(await notice(later)).toBeNull()
      expect(unwrap(await later.listAssessmentSummaries()).map((s) => s.id)).toEqual([history.first.assessment.id, history.second.assessment.id])
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
      const texts = await Promise.all((await readdir(paths.userData)).map((name) => readFile(join(paths.userData, name), 'utf8').catch(() => '')))
      expect(texts).toContain(text)
    })
  })

  describe('an old single-document store (store version 3 and older)', () => {
    it('is split into an index and one record per assessment, the data unchanged and its exact text kept as a backup', async () => {
      const doc = await oldStoreDoc(openService)
      // pretty-printed, so the backup must be the exact text, not a re-serialisation
      const text = JSON.stringify(doc, null, 2)
      await writeFile(paths.storeFile, text)

      const service = await openService()
      expect(await service.getStartupInfo()).toEqual({ ok: true, value: { edition: 'desktop', notice: null, migratedFrom: 3 } })
      const index = StoreIndexSchema.parse(JSON.parse(await readFile(paths.storeFile, 'utf8')))
      expect(index.schemaVersion).toBe(STORE_INDEX_VERSION)
      expect(index.assessments.map((r) => r.id)).toEqual(['Imported-A1', 'imported-a1', doc.assessments[2]?.id])
      // one record per assessment, holding exactly that assessment, and nothing else in the folder
      const records = await filesWithBytes(paths.assessmentsDir)
      expect([...records.keys()]).toEqual([...referencedBodies(index)].map((k) => `${k}.json`).sort())
      expect(new Set([...records.keys()].map((name) => name.toLowerCase())).size).toBe(3)
      for (const ref of index.assessments) {
        expect(JSON.parse(records.get(`${bodyKey(ref.id, ref.rev)}.json`)?.toString('utf8') ?? 'null')).toEqual(doc.assessments.find((a) => a.id === ref.id))
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
      expect(await again.openAssessment({ assessmentId: 'Imported-A1' })).toMatchObject({ ok: true, value: { assessment: doc.assessments[0] } })
    })

    it('a version 1 file (engagements only) is migrated and split too, its exact text kept', async () => {
      const { persistence: memory } = memoryPersistence()
      const engagement = unwrap(await (await openService(memory)).createEngagement({ fields: engagementFields({ reviewIntervalMonths: 24 }) }))
      const { reviewIntervalMonths: _dropped, ...v1Engagement } = engagement
      const text = JSON.stringify({ schemaVersion: 1, engagements: [v1Engagement] })
      await writeFile(paths.storeFile, text)

      const service = await openService()
      expect(unwrap(await service.getStartupInfo())).toEqual({ edition: 'desktop', notice: null, migratedFrom: 1 })
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
      await expect(opening).rejects.toThrow(new RegExp(`${escapeRegExp(paths.storeFile)} exists but cannot be read \\(EISDIR\\).*has not been changed`, 's'))
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
      const refusal = refused(new RegExp(`\\(record ${escapeRegExp(key)}\\) cannot be read \\(.*${escapeRegExp(file)}.*\\(EACCES\\)[^]*Nothing was changed`))
      expect(await service.openAssessment({ assessmentId: history.first.assessment.id })).toEqual(refusal)
      expect(await service.listAssessments({ engagementId: history.first.engagement.id })).toEqual(refusal)
      expect(unwrap(await service.openAssessment({ assessmentId: history.second.assessment.id })).assessment).toEqual(history.second.assessment)
      expect(unwrap(await service.listEngagements())).toHaveLength(2)
      // once it can be read again, it opens: nothing was moved, changed or deleted meanwhile
      fault.path = null
      expect(await filesWithBytes(paths.assessmentsDir)).toEqual(history.bodies)
      expect(unwrap(await service.openAssessment({ assessmentId: history.first.assessment.id })).assessment).toEqual(history.first.assessment)
    })

    it('an assessment record: a folder in its place (EISDIR, real): that assessment is refused, the service keeps working', async () => {
      const history = await goodHistory()
      const { key, file } = bodyFileOf(history.index, history.first.assessment.id)
      await rm(file)
      await mkdir(file)
      await writeFile(join(file, 'keep.txt'), 'x')
      const service = await openService()
      unwrap(await service.listBackups())
      expect(await service.openAssessment({ assessmentId: history.first.assessment.id })).toEqual(refused(new RegExp(`\\(record ${escapeRegExp(key)}\\) cannot be read \\(.*\\(EISDIR\\)`)))
      expect(unwrap(await service.openAssessment({ assessmentId: history.second.assessment.id })).assessment).toEqual(history.second.assessment)
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

/** The assessment records (`body:<key>`) of the browser store, by record key. */
function bodyRecords(data: Map<string, string>, prefix = 'body:'): Map<string, string> {
  return new Map([...data].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]))
}

describe('corruption suite: browser edition (IndexedDB)', () => {
  const clock = steppingClock()
  let ids: { newId: () => string }
  const openService = (kv: KeyValueStore) =>
    createStoreService({ edition: 'browser', persistence: createBrowserPersistence(kv, clock.now), files: cancellingFileSaver(), reports: noReports, clock, ids })

  beforeEach(() => {
    ids = sequentialIds('b')
  })

  async function goodHistory(kv: KeyValueStore, data: Map<string, string>) {
    const first = await engagementWithAssessment(await openService(kv), 'First')
    const two = await openService(kv)
    unwrap(await two.listBackups())
    const second = await engagementWithAssessment(two, 'Second')
    const three = await openService(kv)
    const backups = unwrap(await three.listBackups())
    const bodies = bodyRecords(data)
    expect(bodies.size).toBe(2)
    return { index: (await kv.get('store')) ?? '', bodies, first, second, assessments: unwrap(await three.listAssessments({})), backups }
  }

  // IndexedDB holds strings here, so damaged bytes arrive as the string a reader of those bytes would get:
  // UTF-8 where the bytes are text, one char per byte (latin1) for raw binary
  const asText = (bytes: Buffer, binary: boolean | undefined) => (binary ? bytes.toString('latin1') : bytes.toString('utf8'))

  it.each(DAMAGED.map((d) => [d.label, d] as const))('%s: set aside unchanged with its records, newest good backup offered, the notice says what happened', async (_label, damage) => {
    const { kv, data } = memoryKeyValueStore()
    const history = await goodHistory(kv, data)
    const text = asText(damage.bytes(Buffer.from(history.index, 'utf8')), damage.binary)
    data.set('store', text)
    expect(history.backups.map((b) => b.engagementCount).slice(0, 2)).toEqual([2, 1])

    const service = await openService(kv)
    const n = await notice(service)
    expect(n?.kind).toBe('set-aside')
    expect(n?.message).toMatch(/^The data file /)
    expect(n?.message).toContain(`set aside unchanged as "${n?.setAsideAs}"`)
    expect(n?.setAsideAs).toMatch(/^set-aside:(empty|not-json|invalid|newer-version):/)
    expect(data.get(n?.setAsideAs ?? '')).toBe(text)
    // the records went with it under its name, unchanged; none is left (or deleted) under the store's
    expect(bodyRecords(data, `${n?.setAsideAs}:body:`)).toEqual(history.bodies)
    expect(bodyRecords(data).size).toBe(0)
    expect(n?.offeredBackup).toEqual(history.backups[0])
    expect(data.has('store')).toBe(false)
    expect(await service.listEngagements()).toEqual({ ok: true, value: [] })
    expect(await service.restoreBackup({ id: n?.offeredBackup?.id ?? '' })).toEqual({ ok: true, value: null })
    expect(await service.listEngagements()).toMatchObject({ ok: true, value: [{ name: 'First' }, { name: 'Second' }] })
    expect(await service.listAssessments({})).toEqual({ ok: true, value: history.assessments })
    // a later start leaves the set-aside records alone
    unwrap(await (await openService(kv)).listBackups())
    expect(bodyRecords(data, `${n?.setAsideAs}:body:`)).toEqual(history.bodies)
    expect(data.get(n?.setAsideAs ?? '')).toBe(text)
  })

  it('names the damage the same way as the desktop for each kind', async () => {
    for (const damage of DAMAGED.filter((d) => !d.binary)) {
      const { kv, data } = memoryKeyValueStore()
      const history = await goodHistory(kv, data)
      data.set('store', damage.bytes(Buffer.from(history.index, 'utf8')).toString('utf8'))
      expect((await notice(await openService(kv)))?.message, damage.label).toMatch(damage.says)
    }
  })

  it.each(BODY_DAMAGED.map((d) => [d.label, d] as const))('a damaged record (%s): only that assessment is refused; the record stays as it is; a backup brings it back', async (_label, damage) => {
    const { kv, data } = memoryKeyValueStore()
    const history = await goodHistory(kv, data)
    const { first, second } = history
    const ref = StoreIndexSchema.parse(JSON.parse(history.index)).assessments
    const keyOf = (id: string) => {
      const r = ref.find((x) => x.id === id)
      return r ? bodyKey(r.id, r.rev) : ''
    }
    const key = keyOf(first.assessment.id)
    const bytes = damage.bytes(Buffer.from(history.bodies.get(key) ?? '', 'utf8'), Buffer.from(history.bodies.get(keyOf(second.assessment.id)) ?? '', 'utf8'))
    const text = bytes === null ? null : asText(bytes, damage.binary)
    if (text === null) data.delete(`body:${key}`)
    else data.set(`body:${key}`, text)

    const service = await openService(kv)
    unwrap(await service.listBackups())
    const refusal = refused(damage.says)
    const opened = await service.openAssessment({ assessmentId: first.assessment.id })
    expect(opened).toEqual(refusal)
    expect(opened.ok ? '' : opened.error.message).toContain(`"Annual review First" (record ${key})`)
    expect(await service.listAssessments({ engagementId: first.engagement.id })).toEqual(refusal)
    expect(await service.saveAnswer({ assessmentId: first.assessment.id, questionId: QUESTION.id, answer: null })).toEqual(refusal)
    expect(unwrap(await service.listEngagements())).toHaveLength(2)
    expect(unwrap(await service.listAssessmentSummaries())).toHaveLength(2)
    expect(await service.listAssessments({ engagementId: second.engagement.id })).toEqual({ ok: true, value: [second.assessment] })
    unwrap(await service.saveAnswer({ assessmentId: second.assessment.id, questionId: QUESTION.id, answer: null }))
    unwrap(await (await openService(kv)).listBackups())
    expect(data.get(`body:${key}`) ?? null).toBe(text)

    // restoring the backup from before the damage brings it back, a missing record too
    expect(await service.restoreBackup({ id: history.backups[0]?.id ?? '' })).toEqual({ ok: true, value: null })
    expect(unwrap(await service.openAssessment({ assessmentId: first.assessment.id })).assessment).toEqual(first.assessment)
  })

  it('an old single-document store is split into records, the data unchanged and its exact text kept as a backup', async () => {
    const doc = await oldStoreDoc((p) => createStoreService({ edition: 'browser', persistence: p, files: cancellingFileSaver(), reports: noReports, clock, ids }))
    const text = JSON.stringify(doc, null, 2)
    const { kv, data } = memoryKeyValueStore({ store: text })

    const service = await openService(kv)
    expect(await service.getStartupInfo()).toEqual({ ok: true, value: { edition: 'browser', notice: null, migratedFrom: 3 } })
    const index = StoreIndexSchema.parse(JSON.parse(data.get('store') ?? 'null'))
    const records = bodyRecords(data)
    expect([...records.keys()].sort()).toEqual([...referencedBodies(index)].sort())
    for (const ref of index.assessments) {
      expect(JSON.parse(records.get(bodyKey(ref.id, ref.rev)) ?? 'null')).toEqual(doc.assessments.find((a) => a.id === ref.id))
    }
    expect(await service.listEngagements()).toEqual({ ok: true, value: doc.engagements })
    expect(await service.listAssessments({})).toEqual({ ok: true, value: doc.assessments })
    expect(await service.getSettings()).toEqual({ ok: true, value: doc.settings })
    const backups = unwrap(await service.listBackups())
    const stored = createBrowserPersistence(kv, clock.now)
    expect(await Promise.all(backups.map((b) => stored.readBackup(b.id)))).toContain(text)
  })

  it('an unreadable database (the read fails): the start fails and nothing is written or deleted', async () => {
    const { kv, data, state } = memoryKeyValueStore()
    const history = await goodHistory(kv, data)
    const writes = state.writes
    state.failReads = new Error('UnknownError: Internal error opening backing store for indexedDB.open.')
    await expect(openService(kv)).rejects.toThrow(/backing store/)
    expect(state.writes).toBe(writes)
    expect(data.get('store')).toBe(history.index)
    expect(bodyRecords(data)).toEqual(history.bodies)
  })

  it('an unreadable assessment record (its read fails): that assessment is refused, the rest works', async () => {
    const { kv, data, state } = memoryKeyValueStore()
    const history = await goodHistory(kv, data)
    const ref = StoreIndexSchema.parse(JSON.parse(history.index)).assessments.find((r) => r.id === history.first.assessment.id)
    const key = ref ? bodyKey(ref.id, ref.rev) : ''
    state.failKey = `body:${key}`
    const service = await openService(kv)
    expect(await service.openAssessment({ assessmentId: history.first.assessment.id })).toEqual(
      refused(new RegExp(`\\(record ${escapeRegExp(key)}\\) cannot be read \\(UnknownError: the record body:${escapeRegExp(key)} could not be read`))
    )
    expect(unwrap(await service.openAssessment({ assessmentId: history.second.assessment.id })).assessment).toEqual(history.second.assessment)
    expect(bodyRecords(data)).toEqual(history.bodies)
  })
})
