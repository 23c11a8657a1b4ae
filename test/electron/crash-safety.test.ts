import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { AssessmentSchema, type Assessment } from '@shared/schemas/assessment'
import { createStoreService } from '@shared/service/store-service'
import { describeDamage, openStoreFileText, openStoreText } from '@shared/store/open-store'
import { bodyKey, referencedBodies, summaryOf, type StoreIndex } from '@shared/store/store-index'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import type { Result } from '@shared/util/result'
import { dataPaths } from '../../electron/main/paths'
import { parseBackupName } from '../../electron/main/persistence/backup-files'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { buildNodeBundle } from '../../scripts/bench/node-bundle.mjs'
import { benchBundle, benchStore } from '../bench/data'
import { noReports, random, stateDigest, type ChildLine } from './crash-state'
import { cancellingFileSaver } from './fixtures'

// the parent opens the killed folders with the real service too (check d); electron-store needs `electron`
vi.mock('electron', () => import('../bench/electron-stub'))

/**
 * Crash consistency of the desktop store, by killing a real writer (reliability reference §2, "kill loop").
 *
 * test/electron/crash-child.ts is bundled once with Vite (`electron` stubbed, everything else real:
 * createStoreService → createElectronPersistence → body files (writeFileAtomic) and electron-store/conf →
 * atomically for the index) and run as a plain Node process. Before each commit reaches the persistence it
 * prints {"writing":c,"digest"} — the digest of the logical store that commit makes (stateDigest: the index
 * text and every body it references) — then {"committed":c} when the commit returned, and {"ack":n} when
 * the API call resolved. The parent sends SIGKILL at a random moment, then reads the index and every body
 * it references from disk.
 *
 * The invariant, after every kill:
 *  (a) the index opens as an index (openStoreFileText → 'index');
 *  (b) every body it references exists, parses, validates (AssessmentSchema) and is that assessment;
 *  (c) the logical store's digest equals the last committed state (so at least the last acknowledged
 *      one) or the single commit in flight — never older, never a mix. The service runs one change at a
 *      time, so at most one commit is ever in flight.
 *  (d) every VERIFY_EVERY kills and at the end, the real service opens the folder: it reads exactly what
 *      is on disk, and afterwards no unreferenced body and no temp file is left.
 * (Power loss is not simulated: SIGKILL keeps the page cache, so this tests the write order and the
 * renames, not fsync.)
 */

const SAVE_KILLS = 300
const LANES = 2 // two independent stores killed concurrently: the machine has two cores
const IMPORT_KILLS = 60
const IMPORTED = 100 // engagements in the imported bundle, 3 assessments each (about 2.7 MB of JSON)
const VERIFY_EVERY = 10
const SEED = Number(process.env['CRASH_SEED'] ?? 20261125)

const STORE = 'armslength-store.json'
const ASSESSMENTS = 'assessments'

type Run = { lines: ChildLine[]; at: { ready?: number; writing?: number; ack?: number }; stderr: string }
type Commit = { seq: number; digest: string; put: number; drop: number }
/** The logical store on disk: the index and its bodies in index order (digest null: no index). */
type DiskState = { digest: string | null; index: StoreIndex | null; bodies: Assessment[] }

let work: string
let childJs: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'al-crash-'))
  await buildNodeBundle({ entries: { 'crash-child': 'test/electron/crash-child.ts' }, outDir: join(work, 'bundle') })
  childJs = join(work, 'bundle', 'crash-child.js')
}, 60_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

/**
 * Runs the child until `killWhen` says so (SIGKILL), or until it acknowledges when `killWhen` is null.
 * Resolves after the process is gone and its stdout fully read.
 */
function runChild(dir: string, args: string[], killWhen: { after: 'ready' | 'writing'; ms: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [childJs, ...args], {
      env: { ...process.env, ARMSLENGTH_USER_DATA: dir },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const run: Run = { lines: [], at: {}, stderr: '' }
    let buffer = ''
    let killScheduled = false
    const kill = (ms: number) => {
      if (killScheduled) return
      killScheduled = true
      setTimeout(() => child.kill('SIGKILL'), ms)
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffer.slice(0, nl)) as ChildLine
        buffer = buffer.slice(nl + 1)
        run.lines.push(line)
        const t = performance.now() - started
        if (line.ready) run.at.ready ??= t
        if (line.writing !== undefined) run.at.writing ??= t
        if (line.ack !== undefined) run.at.ack ??= t
        if (line.error) child.kill('SIGKILL')
        if (killWhen === null && line.ack !== undefined) child.kill('SIGKILL')
        if (killWhen && ((killWhen.after === 'ready' && line.ready) || (killWhen.after === 'writing' && line.writing !== undefined))) kill(killWhen.ms)
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk))
    // a run that never reaches its kill point must not hang the suite
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('error', reject)
    child.on('close', () => {
      clearTimeout(guard)
      resolve(run)
    })
  })
}

/**
 * Replays the child's lines. `before` is the state on disk when it started; the result is the last
 * committed state and the commit in flight when it died, if any.
 */
function replay(run: Run, before: string | null, context: string): { floor: string | null; pending: Commit | null } {
  let floor = before
  let pending: Commit | null = null
  for (const line of run.lines) {
    // opening (sweep, backup) never changes the logical store
    if (line.ready) expect(line.digest ?? null, `${context}: the child opened another state than the one on disk`).toBe(before)
    if (line.writing !== undefined) {
      expect(pending, `${context}: commit ${line.writing} began while commit ${pending?.seq} was in flight`).toBeNull()
      pending = { seq: line.writing, digest: line.digest ?? '', put: line.put ?? 0, drop: line.drop ?? 0 }
    }
    if (line.committed !== undefined) {
      expect(pending?.seq, `${context}: commit ${line.committed} returned without having begun`).toBe(line.committed)
      floor = pending?.digest ?? null
      pending = null
    }
    if (line.ack !== undefined) expect(pending, `${context}: call ${line.ack} acknowledged before its commit returned`).toBeNull()
  }
  return { floor, pending }
}

async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Checks (a) and (b) and returns the logical store on disk with its digest, computed as the child does. */
async function readDiskState(dir: string, context: string): Promise<DiskState> {
  const indexText = await readTextOrNull(join(dir, STORE))
  if (indexText === null) return { digest: null, index: null, bodies: [] }
  const opened = openStoreFileText(indexText)
  if (opened.kind !== 'index') {
    throw new Error(`${context}: the index does not open as an index but as '${opened.kind}'${opened.kind === 'damaged' ? `: ${describeDamage(opened.damage)}` : ''}`)
  }
  const texts: string[] = []
  const bodies: Assessment[] = []
  for (const ref of opened.index.assessments) {
    const key = bodyKey(ref.id, ref.rev)
    const text = await readTextOrNull(join(dir, ASSESSMENTS, `${key}.json`))
    if (text === null) throw new Error(`${context}: the index references the body ${key}, which is missing`)
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new Error(`${context}: the body ${key} is not JSON (${String(error)}; ${text.length} characters)`)
    }
    const parsed = AssessmentSchema.safeParse(json)
    if (!parsed.success) throw new Error(`${context}: the body ${key} does not validate: ${parsed.error.message.slice(0, 500)}`)
    if (parsed.data.id !== ref.id || parsed.data.engagementId !== ref.engagementId) throw new Error(`${context}: the body ${key} holds another assessment`)
    texts.push(text)
    bodies.push(parsed.data)
  }
  return { digest: stateDigest(indexText, texts), index: opened.index, bodies }
}

const isTemp = (name: string): boolean => name.includes('.tmp')

function value<T>(result: Result<T>, context: string): T {
  if (!result.ok) throw new Error(`${context}: ${result.error.message}`)
  return result.value
}

/** The real service on the real desktop persistence, as the app opens it (the backup not deferred). */
function openService(dir: string): Promise<ArmsLengthApi> {
  const clock = { now: () => new Date().toISOString() }
  return createStoreService({
    edition: 'desktop',
    persistence: createElectronPersistence({ paths: dataPaths('/nonexistent', { ARMSLENGTH_USER_DATA: dir }), now: clock.now }),
    files: cancellingFileSaver(),
    reports: noReports,
    clock,
    ids: { newId: () => randomUUID() }
  })
}

/**
 * Check (d): the real service on the real persistence opens the folder, reads back exactly what is on
 * disk, and its start (the sweep) leaves no unreferenced body and no temp file beside the store.
 */
async function verifyThroughService(dir: string, disk: DiskState, context: string): Promise<void> {
  const paths = dataPaths('/nonexistent', { ARMSLENGTH_USER_DATA: dir })
  const api = await openService(dir)
  expect(value(await api.getStartupInfo(), context).notice, context).toBeNull()
  // waits for the start-up backup, so nothing of this open writes once the next child runs
  value(await api.listBackups(), context)
  expect(value(await api.listEngagements(), context), context).toEqual(disk.index?.engagements ?? [])
  expect(value(await api.listAssessments({}), context), context).toEqual(disk.bodies)
  expect(value(await api.listAssessmentSummaries(), context), context).toEqual(disk.index?.assessments.map(summaryOf) ?? [])
  expect(value(await api.getSettings(), context), context).toEqual(disk.index?.settings ?? DEFAULT_SETTINGS)
  expect((await readDiskState(dir, context)).digest, `${context}: opening changed the store`).toBe(disk.digest)

  const referenced = disk.index === null ? [] : [...referencedBodies(disk.index)].map((key) => `${key}.json`).sort()
  const bodyFiles = (await readdir(paths.assessmentsDir).catch(() => [] as string[])).sort()
  expect(bodyFiles, `${context}: files in assessments/ after an open`).toEqual(referenced)
  expect((await readdir(dir)).filter(isTemp), `${context}: temp files beside the index after an open`).toEqual([])
}

/** Every rolling backup on disk opens cleanly: a killed backup write never leaves a half file under a backup name. */
async function expectBackupsIntact(dir: string): Promise<void> {
  const names = await readdir(join(dir, 'backups')).catch(() => [] as string[])
  for (const name of names.filter((n) => parseBackupName(n) !== null)) {
    const text = await readFile(join(dir, 'backups', name), 'utf8')
    expect(openStoreText(text).kind, `backup ${name}`).toBe('ok')
  }
}

/** Temp files of killed backup writes: nothing removes them (see docs/performance.md, "Crash safety"). */
const backupTemps = async (dir: string): Promise<number> => (await readdir(join(dir, 'backups')).catch(() => [] as string[])).filter(isTemp).length

describe('crash safety: SIGKILL at random moments', () => {
  it(`after ${SAVE_KILLS} kills during saves, the store is always the last committed state or the one in flight`, async () => {
    const stats = { kills: 0, acks: 0, commits: 0, duringWrite: 0, newerThanAck: 0, multiBody: 0, restores: 0, verified: 0 }
    const ops = new Map<string, number>()
    const lane = async (index: number) => {
      const rand = random(SEED + index)
      const dir = join(work, `saves-${index}`)
      let onDisk: DiskState = { digest: null, index: null, bodies: [] }
      for (let i = 0; i < SAVE_KILLS / LANES; i++) {
        const ms = 5 + Math.floor(rand() * 56)
        const opsSeed = Math.floor(rand() * 2 ** 31)
        // the start-up backup (deferred in the app) lands anywhere among the first saves, or after the kill
        const backupDelay = Math.floor(rand() * 60)
        const run = await runChild(dir, ['saves', String(opsSeed), String(backupDelay)], { after: 'ready', ms })
        const context = `lane ${index}, kill ${i} after ${ms} ms (CRASH_SEED=${SEED})`
        expect(run.lines.find((l) => l.error)?.error, `${context}: ${run.stderr}`).toBeUndefined()
        expect(run.at.ready, `${context}: the child never opened the store. ${run.stderr}`).toBeDefined()
        const { floor, pending } = replay(run, onDisk.digest, context)
        const disk = await readDiskState(dir, context)
        const allowed = pending === null ? [floor] : [floor, pending.digest]
        expect(allowed, `${context}: the logical store on disk is neither the last committed state nor the one in flight`).toContain(disk.digest)

        stats.kills++
        stats.acks += run.lines.filter((l) => l.ack !== undefined).length
        stats.commits += run.lines.filter((l) => l.committed !== undefined).length
        for (const line of run.lines) if (line.op !== undefined) ops.set(line.op, (ops.get(line.op) ?? 0) + 1)
        if (pending !== null) {
          stats.duringWrite++
          if (disk.digest === pending.digest) stats.newerThanAck++
          if (pending.put + pending.drop >= 2) stats.multiBody++
          if (pending.put > 10 && pending.drop > 10) stats.restores++
        }
        onDisk = disk
        if ((i + 1) % VERIFY_EVERY === 0) {
          await verifyThroughService(dir, disk, `${context}, verifying open`)
          stats.verified++
        }
      }
      await expectBackupsIntact(dir)
      return backupTemps(dir)
    }
    const leftovers = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)))
    console.info(
      `crash-safety saves: ${stats.kills} kills, ${stats.acks} acknowledged calls, ${stats.commits} completed commits, ` +
        `${stats.duringWrite} kills with a commit in flight (${stats.newerThanAck} of them left the new state; ` +
        `${stats.multiBody} in commits of two or more bodies, ${stats.restores} in whole-store restores), ` +
        `${stats.verified} verifying opens; calls: ${[...ops].map(([op, n]) => `${op} ${n}`).join(', ')}; ` +
        `${leftovers.reduce((a, b) => a + b, 0)} orphaned backup temp files`
    )
    expect(stats.kills).toBe(SAVE_KILLS)
    // the kills must actually hit commits in progress, multi-file ones included, or the test proves little
    expect(stats.duringWrite).toBeGreaterThan(SAVE_KILLS / 4)
    expect(stats.multiBody).toBeGreaterThan(SAVE_KILLS / 10)
    for (const op of ['create', 'update', 'delete-engagement', 'start', 'answer', 'review', 'finalize', 'revision', 'delete-assessment', 'restore']) {
      expect(ops.get(op) ?? 0, `acknowledged ${op} calls`).toBeGreaterThan(0)
    }
  }, 150_000)

  it(`after ${IMPORT_KILLS} kills during a large bundle import, the store is the old one or the fully imported one`, async () => {
    // the store before the import: 30 engagements with 60 assessments, split by the service's own migration
    const template = join(work, 'import-template')
    await mkdir(template, { recursive: true })
    await writeFile(join(template, STORE), JSON.stringify(benchStore(30, 2)), { mode: 0o600 })
    const migrating = await openService(template)
    expect(value(await migrating.getStartupInfo(), 'template').migratedFrom).not.toBeNull()
    value(await migrating.listBackups(), 'template')
    const base = await readDiskState(template, 'template')
    expect(base.index?.assessments).toHaveLength(60)
    const baseIndex = await readFile(join(template, STORE), 'utf8')
    const baseBodies = await Promise.all(
      [...referencedBodies(base.index!)].map(async (key) => ({ name: `${key}.json`, text: await readFile(join(template, ASSESSMENTS, `${key}.json`), 'utf8') }))
    )
    const reset = async (at: string) => {
      // the previous run's bodies and temp files stay: the next open must sweep them without disturbing anything
      await mkdir(join(at, ASSESSMENTS), { recursive: true })
      await Promise.all(baseBodies.map((b) => writeFile(join(at, ASSESSMENTS, b.name), b.text, { mode: 0o600 })))
      await writeFile(join(at, STORE), baseIndex, { mode: 0o600 })
    }
    const bundle = benchBundle(IMPORTED, 3, 5000)
    const bundlePath = join(work, 'bundle.json')
    await writeFile(bundlePath, `${JSON.stringify(bundle, null, 2)}\n`)

    // calibration: one import without a kill gives the imported state and how long the phases take
    const dir = join(work, 'import-calibration')
    await reset(dir)
    const full = await runChild(dir, ['import', bundlePath], null)
    expect(full.lines.find((l) => l.error)?.error, full.stderr).toBeUndefined()
    const writes = full.lines.filter((l) => l.writing !== undefined)
    expect(writes, 'the import is one commit').toHaveLength(1)
    expect(writes[0]?.put, 'bodies written by the import').toBe(IMPORTED * 3)
    const imported = writes[0]?.digest ?? ''
    const importedState = await readDiskState(dir, 'calibration')
    expect(importedState.digest).toBe(imported)
    expect(importedState.index?.engagements).toHaveLength(30 + IMPORTED)
    expect(importedState.bodies).toHaveLength(60 + IMPORTED * 3)
    await verifyThroughService(dir, importedState, 'calibration, verifying open')
    const readyToAck = (full.at.ack ?? 0) - (full.at.ready ?? 0)
    const writeMs = (full.at.ack ?? 0) - (full.at.writing ?? 0)

    const outcomes = { old: 0, imported: 0, duringWrite: 0 }
    const lane = async (index: number) => {
      const rand = random(SEED + 99 + index)
      const laneDir = join(work, `import-${index}`)
      for (let i = 0; i < IMPORT_KILLS / LANES; i++) {
        await reset(laneDir)
        // half the kills anywhere in the import (validation, apply, write), half in and just after the write
        const killWhen =
          i % 2 === 0
            ? { after: 'ready' as const, ms: Math.floor(rand() * readyToAck * 1.1) }
            : { after: 'writing' as const, ms: Math.floor(rand() * (writeMs * 1.3 + 2)) }
        const run = await runChild(laneDir, ['import', bundlePath], killWhen)
        const context = `import lane ${index}, kill ${i}, ${killWhen.ms} ms after ${killWhen.after} (CRASH_SEED=${SEED})`
        expect(run.lines.find((l) => l.error)?.error, `${context}: ${run.stderr}`).toBeUndefined()
        const { floor, pending } = replay(run, base.digest, context)
        const disk = await readDiskState(laneDir, context)
        expect([base.digest, imported], `${context}: neither the old store nor the imported one`).toContain(disk.digest)
        expect(pending === null ? [floor] : [floor, pending.digest], context).toContain(disk.digest)
        const began = run.lines.some((l) => l.writing !== undefined)
        const acked = run.lines.some((l) => l.ack !== undefined)
        if (!began) expect(disk.digest, `${context}: changed before the import was written`).toBe(base.digest)
        if (acked) expect(disk.digest, `${context}: acknowledged but not on disk`).toBe(imported)
        if (began && !acked) outcomes.duringWrite++
        if (disk.digest === imported) outcomes.imported++
        else outcomes.old++
        if ((i + 1) % VERIFY_EVERY === 0) await verifyThroughService(laneDir, disk, `${context}, verifying open`)
      }
      await expectBackupsIntact(laneDir)
      return backupTemps(laneDir)
    }
    const leftovers = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)))
    console.info(
      `crash-safety import: ${IMPORT_KILLS} kills (import ${Math.round(readyToAck)} ms, write ${Math.round(writeMs)} ms): ` +
        `${outcomes.old} left the old store, ${outcomes.imported} the imported one, ${outcomes.duringWrite} killed while writing; ` +
        `${leftovers.reduce((a, b) => a + b, 0)} orphaned backup temp files`
    )
    // both outcomes must occur, and kills inside the write, or the test proves little
    expect(outcomes.duringWrite).toBeGreaterThan(0)
    expect(outcomes.old).toBeGreaterThan(0)
    expect(outcomes.imported).toBeGreaterThan(0)
  }, 150_000)
})
