import { mkdtempSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { Assessment } from '@shared/schemas/assessment'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { STORE_INDEX_VERSION, StoreIndexSchema, bodyKey, emptyStoreIndex, refOf, referencedBodies, type StoreIndex } from '@shared/store/store-index'
import { DEFAULT_SETTINGS, emptyStoreDoc } from '@shared/store/store-schema'
import type { Result } from '@shared/util/result'
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
let ids: { newId: () => string }
const clock = steppingClock()
const QUESTION = DEFAULT_BANK.questions[0]!
/** Text only an answer holds, so a test can tell where answers are stored. */
const ANSWER_NOTE = 'Seen on site visit — ąćęłńóśźż'

beforeEach(() => {
  paths = dataPaths('/nonexistent', { ARMSLENGTH_USER_DATA: mkdtempSync(join(tmpdir(), 'al-store-')) })
  // one id source per test: ids stay unique across the services a test opens
  ids = sequentialIds('e')
})
afterEach(async () => {
  await rm(paths.userData, { recursive: true, force: true })
})

function persistence(backupsKept?: number): StorePersistence {
  return createElectronPersistence({ paths, now: clock.now, ...(backupsKept ? { backupsKept } : {}) })
}

function openService(p: StorePersistence = persistence()) {
  return createStoreService({ edition: 'desktop', persistence: p, files: cancellingFileSaver(), reports: testReports, clock, ids })
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort()
}

/** Every file in a folder with its bytes (folders in it left out). */
async function filesWithBytes(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const name of await filesIn(dir)) {
    if ((await stat(join(dir, name))).isFile()) files.set(name, await readFile(join(dir, name)))
  }
  return files
}

const storedIndex = async (): Promise<StoreIndex> => StoreIndexSchema.parse(JSON.parse(await readFile(paths.storeFile, 'utf8')))
const recordFile = (key: string) => join(paths.assessmentsDir, `${key}.json`)

/** An engagement with one assessment that has an answer, written through the service. */
async function storedAssessment(): Promise<Assessment> {
  const service = await openService()
  const engagement = unwrap(await service.createEngagement({ fields: engagementFields() }))
  const started = unwrap(await service.startAssessment({ engagementId: engagement.id, kind: 'annual', title: 'Annual review' }))
  unwrap(await service.saveAnswer({ assessmentId: started.id, questionId: QUESTION.id, answer: { choice: QUESTION.options[0]!.id, note: ANSWER_NOTE } }))
  return unwrap(await service.openAssessment({ assessmentId: started.id })).assessment
}

/** A minimal index naming records of assessment ids at revisions; the persistence never looks inside. */
function indexNaming(generation: number, refs: readonly { id: string; rev: number }[]): StoreIndex {
  const at = '2026-11-25T10:00:00.000Z'
  return {
    ...emptyStoreIndex({ ...DEFAULT_SETTINGS }),
    generation,
    assessments: refs.map(({ id, rev }) => ({ id, engagementId: 'e-1', rev, kind: 'annual', status: 'draft', title: '', createdAt: at, updatedAt: at }))
  }
}

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
    expect(index).toMatchObject({ schemaVersion: STORE_INDEX_VERSION, engagements: [engagement], assessments: [{ id: assessment.id, title: 'Annual review' }] })
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

  describe('commits', () => {
    it('writes new records, then the index, then removes the records it dropped', async () => {
      const p = persistence()
      await p.commit({ put: [{ key: 'a.1', text: '{"n":1}' }], index: indexNaming(1, [{ id: 'a', rev: 1 }]), drop: [] })
      expect(await p.readBody('a.1')).toBe('{"n":1}')
      expect(JSON.parse((await p.read()) ?? 'null')).toEqual(indexNaming(1, [{ id: 'a', rev: 1 }]))

      await p.commit({ put: [{ key: 'a.2', text: '{"n":2}' }, { key: 'b.2', text: '{"b":2}' }], index: indexNaming(2, [{ id: 'a', rev: 2 }, { id: 'b', rev: 2 }]), drop: ['a.1'] })
      expect(await filesIn(paths.assessmentsDir)).toEqual(['a.2.json', 'b.2.json'])
      expect(await p.readBody('a.1')).toBeNull()
      expect(await p.readBody('a.2')).toBe('{"n":2}')
      expect(JSON.parse((await p.read()) ?? 'null')).toEqual(indexNaming(2, [{ id: 'a', rev: 2 }, { id: 'b', rev: 2 }]))
      // the index is compact: the app reads it, people restore backups
      expect(await p.read()).toBe(JSON.stringify(indexNaming(2, [{ id: 'a', rev: 2 }, { id: 'b', rev: 2 }])))
    })

    it('writes the records before the index: when the index write fails, the old index and all its records are still there and valid', async () => {
      const assessment = await storedAssessment()
      const indexText = await readFile(paths.storeFile, 'utf8')
      const records = await filesWithBytes(paths.assessmentsDir)
      const index = StoreIndexSchema.parse(JSON.parse(indexText))
      const oldKey = [...referencedBodies(index)][0] ?? ''
      const rev = index.generation + 1
      const renamed = { ...assessment, title: 'Renamed' }
      // conf serialises the index just before writing it: a throw there stands for any failed index write
      const failing = Object.assign({ ...index, generation: rev, assessments: [refOf(renamed, rev)] }, {
        toJSON: () => {
          throw new Error('ENOSPC: no space left on device')
        }
      })
      await expect(persistence().commit({ put: [{ key: bodyKey(assessment.id, rev), text: JSON.stringify(renamed) }], index: failing, drop: [oldKey] })).rejects.toThrow(
        /ENOSPC/
      )
      // the new record had been written (first), under a new name
      expect(await readFile(recordFile(bodyKey(assessment.id, rev)), 'utf8')).toBe(JSON.stringify(renamed))
      // the old index is untouched, and every record it names is still there: nothing was dropped
      expect(await readFile(paths.storeFile, 'utf8')).toBe(indexText)
      for (const [name, bytes] of records) expect(await readFile(join(paths.assessmentsDir, name)), name).toEqual(bytes)

      // the next start uses the old data and sweeps the record the failed commit left behind
      const again = await openService()
      expect(unwrap(await again.openAssessment({ assessmentId: assessment.id })).assessment).toEqual(assessment)
      expect(await filesWithBytes(paths.assessmentsDir)).toEqual(records)
    })

    it('when a record cannot be written, the index is not written and nothing is dropped', async () => {
      const assessment = await storedAssessment()
      const indexText = await readFile(paths.storeFile, 'utf8')
      const records = await filesWithBytes(paths.assessmentsDir)
      const index = StoreIndexSchema.parse(JSON.parse(indexText))
      const rev = index.generation + 1
      const newKey = bodyKey(assessment.id, rev)
      // a folder where the new record goes: its rename fails (EISDIR), as a full disk or an I/O error would
      await mkdir(recordFile(newKey))
      await writeFile(join(recordFile(newKey), 'keep.txt'), 'x')
      const renamed = { ...assessment, title: 'Renamed' }
      await expect(
        persistence().commit({
          put: [{ key: newKey, text: JSON.stringify(renamed) }],
          index: { ...index, generation: rev, assessments: [refOf(renamed, rev)] },
          drop: [...referencedBodies(index)]
        })
      ).rejects.toThrow()
      expect(await readFile(paths.storeFile, 'utf8')).toBe(indexText)
      expect(await filesWithBytes(paths.assessmentsDir)).toEqual(records)
      // the failed write left no temp file; the folder that was in the way is as it was
      expect(await filesIn(paths.assessmentsDir)).toEqual([...records.keys(), `${newKey}.json`].sort())
      expect(await filesIn(recordFile(newKey))).toEqual(['keep.txt'])
      // once the obstacle is gone, the next start finds the old data
      await rm(recordFile(newKey), { recursive: true })
      expect(unwrap(await (await openService()).openAssessment({ assessmentId: assessment.id })).assessment).toEqual(assessment)
    })

    it('gives ids that differ only in case distinct record files, also on a disk that folds case', async () => {
      const p = persistence()
      const keys = [bodyKey('Abc', 1), bodyKey('abc', 1), bodyKey('ABC', 1)]
      await p.commit({ put: keys.map((key, i) => ({ key, text: `{"i":${i}}` })), index: indexNaming(1, []), drop: [] })
      const names = await filesIn(paths.assessmentsDir)
      expect(names).toHaveLength(3)
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3)
      for (const [i, key] of keys.entries()) expect(await p.readBody(key)).toBe(`{"i":${i}}`)
    })
  })

  describe('reading records', () => {
    it('returns null for a record that does not exist, and throws for one that exists but cannot be read', async () => {
      const p = persistence()
      expect(await p.readBody('a.1')).toBeNull()
      await mkdir(join(paths.assessmentsDir, 'a.2.json'), { recursive: true })
      await expect(p.readBody('a.2')).rejects.toBeInstanceOf(StoreUnreadableError)
      await expect(p.readBody('a.2')).rejects.toThrow(/a\.2\.json exists but cannot be read \(EISDIR\)/)
    })

    it('refuses any key that is not a record key, for reads and writes alike', async () => {
      const p = persistence()
      await p.commit({ put: [{ key: 'a.1', text: '"ours"' }], index: indexNaming(1, [{ id: 'a', rev: 1 }]), drop: [] })
      const indexText = await p.read()
      // files that a traversal would reach do exist
      await writeFile(join(paths.userData, 'x.json'), 'secret')
      await writeFile(join(paths.userData, 'a.1.json'), 'outside')
      const foreign = [
        '../x',
        '../a.1',
        '..',
        '.',
        '',
        'x',
        'a',
        'a.1.json',
        'A.1',
        'a.b',
        'a.1/../../x',
        'a.1\0',
        '..\\x',
        '~0123456789ab.1',
        'a~0123456789AB.1',
        join(paths.userData, 'x'),
        join(paths.assessmentsDir, 'a.1')
      ]
      for (const key of foreign) {
        // why async: readBody throws synchronously today; either way the caller's await sees the error
        await expect(async () => p.readBody(key), JSON.stringify(key)).rejects.toThrow(/Not an assessment record key/)
        await expect(p.commit({ put: [{ key, text: 'planted' }], index: indexNaming(2, []), drop: [] }), JSON.stringify(key)).rejects.toThrow(/Not an assessment record key/)
      }
      // nothing was written anywhere, and the index is the one before
      expect(await p.read()).toBe(indexText)
      expect(await readFile(join(paths.userData, 'x.json'), 'utf8')).toBe('secret')
      expect(await readFile(join(paths.userData, 'a.1.json'), 'utf8')).toBe('outside')
      expect(await filesIn(paths.assessmentsDir)).toEqual(['a.1.json'])
      expect(await p.readBody('a.1')).toBe('"ours"')
    })
  })

  describe('sweeping at start', () => {
    it('removes records no index names and temp files of interrupted writes; keeps everything else', async () => {
      const p = persistence()
      await mkdir(paths.assessmentsDir)
      const kept = ['a.1.json', 'notes.txt', 'readme.json', 'A.1.json', 'a.json']
      const swept = ['a.2.json', 'x.99.json', 'b~0123456789ab.3.json', '.a.1.json.123.0123456789ab.tmp']
      for (const name of [...kept, ...swept]) await writeFile(join(paths.assessmentsDir, name), name)
      await mkdir(join(paths.assessmentsDir, 'folder'))
      // beside the index: conf's temp file goes; set-aside files, their records and a person's files stay
      const keptBeside = ['armslength-store.json', 'armslength-store.not-json.2026-11-25T10-00-00.000Z.json', 'armslength-store.json.bak', 'notes.txt']
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
      expect(await readFile(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments', 'x.99.json'), 'utf8')).toBe('set aside')
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

  describe('damaged store files', () => {
    const damaged: [string, (good: string) => Buffer][] = [
      ['truncated JSON', (good) => Buffer.from(good.slice(0, Math.floor(good.length / 2)), 'utf8')],
      ['an empty file', () => Buffer.alloc(0)],
      ['whitespace only', () => Buffer.from(' \n\t\n', 'utf8')],
      ['zero bytes', () => Buffer.alloc(64)],
      ['a newer schemaVersion', (good) => Buffer.from(JSON.stringify({ ...(JSON.parse(good) as object), schemaVersion: STORE_INDEX_VERSION + 1, future: [] }), 'utf8')],
      ['the wrong shape', (good) => Buffer.from(JSON.stringify({ ...(JSON.parse(good) as object), engagements: 'none' }), 'utf8')],
      ['a JSON array', () => Buffer.from('[1,2,3]', 'utf8')],
      ['bytes that are not UTF-8', (good) => Buffer.concat([Buffer.from(good.slice(0, 30), 'utf8'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(good.slice(30), 'utf8')])],
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
      expect(await readFile(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments', 'a.1.json'), 'utf8')).toBe('one')
      expect(await filesIn(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.assessments'))).toEqual(['a.1.json'])
      expect(await readFile(join(paths.userData, 'armslength-store.not-json.2026-11-25T10-00-00.000Z.2.assessments', 'a.2.json'), 'utf8')).toBe('two')
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

  it('leaves no temp files and no old revisions behind after many writes', async () => {
    const service = await openService()
    for (let i = 0; i < 5; i++) {
      const engagement = unwrap(await service.createEngagement({ fields: engagementFields({ name: `Engagement ${i}` }) }))
      const assessment = unwrap(await service.startAssessment({ engagementId: engagement.id, kind: 'annual' }))
      for (const note of ['one', 'two', 'three']) {
        unwrap(await service.saveAnswer({ assessmentId: assessment.id, questionId: QUESTION.id, answer: { choice: QUESTION.options[0]!.id, note } }))
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
