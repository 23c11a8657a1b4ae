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
 *  (d) after every VERIFY_EVERY-th kill (the last one included), the real service opens the folder in this
 *      process: it reads exactly what is on disk, changes no data (it may record its start-up backup in
 *      the index), and afterwards no unreferenced body and no temp file is left beside the store.
 * Rolling backups must all open cleanly too. Saves: the child runs a seeded mix of calls (crash-child.ts
 * `step`), so commits of the index alone, of one body, of drops only and of the whole store all occur.
 * Import: one 300-body commit; each lane first runs it once unkilled, which gives the imported state and
 * the timings the kills are spread over.
 * (Power loss is not simulated: SIGKILL keeps the page cache, so this tests the write order and the
 * renames, not fsync.)
 */

const SAVE_KILLS = 300
const LANES = 2 // two independent stores killed concurrently: the machine has two cores
const IMPORT_KILLS = 60
const IMPORTED = 100 // engagements in the imported bundle, 3 assessments each (about 2.7 MB of JSON)
const VERIFY_EVERY = 10 // divides both lanes' kill counts, so each lane ends with a verifying open
const SEED = Number(process.env['CRASH_SEED'] ?? 20261125)

const STORE = 'armslength-store.json'
const ASSESSMENTS = 'assessments'

type Run = { lines: ChildLine[]; at: { ready?: number; writing?: number; ack?: number }; stderr: string }
type Commit = { seq: number; digest: string; put: number; drop: number }
/** The logical store on disk: the index and its bodies in index order (digest null: no index). */
type DiskState = { digest: string | null; index: StoreIndex | null; bodies: Assessment[]; byKey: ReadonlyMap<string, Body> }
type Body = { text: string; assessment: Assessment }

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
    // the open (its sweep) never changes the logical store; the child holds its start-up backup until it has read it
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

/**
 * Checks (a) and (b) and returns the logical store on disk with its digest, computed as the child does.
 * A body whose text is byte-identical to one in `known` (validated after an earlier kill) is not
 * validated again: the bytes are compared, so anything torn or rewritten is still checked in full.
 */
async function readDiskState(dir: string, context: string, known: ReadonlyMap<string, Body> = new Map()): Promise<DiskState> {
  const indexText = await readTextOrNull(join(dir, STORE))
  if (indexText === null) return { digest: null, index: null, bodies: [], byKey: new Map() }
  const opened = openStoreFileText(indexText)
  if (opened.kind !== 'index') {
    throw new Error(`${context}: the index does not open as an index but as '${opened.kind}'${opened.kind === 'damaged' ? `: ${describeDamage(opened.damage)}` : ''}`)
  }
  const keys = opened.index.assessments.map((ref) => bodyKey(ref.id, ref.rev))
  const texts = await Promise.all(keys.map((key) => readTextOrNull(join(dir, ASSESSMENTS, `${key}.json`))))
  const byKey = new Map<string, Body>()
  opened.index.assessments.forEach((ref, i) => {
    const key = keys[i]!
    const text = texts[i]
    if (text === null || text === undefined) throw new Error(`${context}: the index references the body ${key}, which is missing`)
    const seen = known.get(key)
    if (seen?.text === text) {
      byKey.set(key, seen)
      return
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new Error(`${context}: the body ${key} is not JSON (${String(error)}; ${text.length} characters)`)
    }
    const parsed = AssessmentSchema.safeParse(json)
    if (!parsed.success) throw new Error(`${context}: the body ${key} does not validate: ${parsed.error.message.slice(0, 500)}`)
    if (parsed.data.id !== ref.id || parsed.data.engagementId !== ref.engagementId) throw new Error(`${context}: the body ${key} holds another assessment`)
    byKey.set(key, { text, assessment: parsed.data })
  })
  const bodies = keys.map((key) => byKey.get(key)!)
  return { digest: stateDigest(indexText, bodies.map((b) => b.text)), index: opened.index, bodies: bodies.map((b) => b.assessment), byKey }
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
 * disk, and its start (the sweep) leaves no unreferenced body and no temp file beside the store. The open
 * may take its start-up backup and record that in the index (bookkeeping, no data); returns the state
 * after it, which the next child then finds.
 */
async function verifyThroughService(dir: string, disk: DiskState, context: string): Promise<DiskState> {
  const paths = dataPaths('/nonexistent', { ARMSLENGTH_USER_DATA: dir })
  const api = await openService(dir)
  expect(value(await api.getStartupInfo(), context).notice, context).toBeNull()
  // waits for the start-up backup, so nothing of this open writes once the next child runs
  value(await api.listBackups(), context)
  const after = await readDiskState(dir, context, disk.byKey)
  expect(dataOf(after), `${context}: opening changed the data`).toEqual(dataOf(disk))
  expect(value(await api.listEngagements(), context), context).toEqual(after.index?.engagements ?? [])
  expect(value(await api.listAssessments({}), context), context).toEqual(after.bodies)
  expect(value(await api.listAssessmentSummaries(), context), context).toEqual(after.index?.assessments.map(summaryOf) ?? [])
  expect(value(await api.getSettings(), context), context).toEqual(after.index?.settings ?? DEFAULT_SETTINGS)

  const referenced = after.index === null ? [] : [...referencedBodies(after.index)].map((key) => `${key}.json`).sort()
  const bodyFiles = (await readdir(paths.assessmentsDir).catch(() => [] as string[])).sort()
  expect(bodyFiles, `${context}: files in assessments/ after an open`).toEqual(referenced)
  expect((await readdir(dir)).filter(isTemp), `${context}: temp files beside the index after an open`).toEqual([])
  expect(await backupTemps(dir), `${context}: temp files of killed backup writes after an open`).toBe(0)
  return after
}

/** The stored data without the index's backup bookkeeping: what an open must never change. */
function dataOf(state: DiskState): string {
  const bodies = [...state.byKey].map(([key, body]) => [key, body.text])
  return JSON.stringify({ index: state.index === null ? null : { ...state.index, backedUpGeneration: undefined }, bodies })
}

/**
 * Runs LANES lanes concurrently. The first failure stops the others before their next kill and is
 * rethrown once all have stopped, so no child is still writing when the folder is removed.
 */
async function inLanes<T>(lane: (index: number, stopped: () => boolean) => Promise<T>): Promise<T[]> {
  let failed = false
  const settled = await Promise.allSettled(
    Array.from({ length: LANES }, (_, index) =>
      lane(index, () => failed).catch((error: unknown) => {
        failed = true
        throw error
      })
    )
  )
  const rejected = settled.find((s) => s.status === 'rejected')
  if (rejected) throw rejected.reason
  return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
}

/** Every rolling backup on disk opens cleanly: a killed backup write never leaves a half file under a backup name. */
async function expectBackupsIntact(dir: string): Promise<void> {
  const names = await readdir(join(dir, 'backups')).catch(() => [] as string[])
  for (const name of names.filter((n) => parseBackupName(n) !== null)) {
    const text = await readFile(join(dir, 'backups', name), 'utf8')
    expect(openStoreText(text).kind, `backup ${name}`).toBe('ok')
  }
}

/** Temp files of killed backup writes (each as large as the store); an open sweeps them. */
const backupTemps = async (dir: string): Promise<number> => (await readdir(join(dir, 'backups')).catch(() => [] as string[])).filter(isTemp).length

describe('crash safety: SIGKILL at random moments', () => {
  it(`after ${SAVE_KILLS} kills during saves, the store is always the last committed state or the one in flight`, async () => {
    const stats = { kills: 0, acks: 0, commits: 0, rewrites: 0, duringWrite: 0, newerThanAck: 0, multiBody: 0, inRewrite: 0, verified: 0 }
    // a restore rewrites the whole store in one commit: every body under a new revision, every old one dropped
    const isRewrite = (c: { put?: number; drop?: number }): boolean => (c.put ?? 0) >= 10 && (c.drop ?? 0) >= 10
    const ops = new Map<string, number>()
    const lane = async (index: number, stopped: () => boolean) => {
      const rand = random(SEED + index)
      const dir = join(work, `saves-${index}`)
      let onDisk: DiskState = { digest: null, index: null, bodies: [], byKey: new Map() }
      for (let i = 0; i < SAVE_KILLS / LANES && !stopped(); i++) {
        const ms = 5 + Math.floor(rand() * 56)
        const opsSeed = Math.floor(rand() * 2 ** 31)
        // the start-up backup (deferred in the app) lands anywhere among the first saves, or after the kill
        const backupDelay = Math.floor(rand() * 60)
        const run = await runChild(dir, ['saves', String(opsSeed), String(backupDelay)], { after: 'ready', ms })
        const context = `lane ${index}, kill ${i} after ${ms} ms (CRASH_SEED=${SEED})`
        expect(run.lines.find((l) => l.error)?.error, `${context}: ${run.stderr}`).toBeUndefined()
        expect(run.at.ready, `${context}: the child never opened the store. ${run.stderr}`).toBeDefined()
        const { floor, pending } = replay(run, onDisk.digest, context)
        const disk = await readDiskState(dir, context, onDisk.byKey)
        const allowed = pending === null ? [floor] : [floor, pending.digest]
        expect(allowed, `${context}: the logical store on disk is neither the last committed state nor the one in flight`).toContain(disk.digest)

        stats.kills++
        stats.acks += run.lines.filter((l) => l.ack !== undefined).length
        stats.commits += run.lines.filter((l) => l.committed !== undefined).length
        stats.rewrites += run.lines.filter((l) => l.writing !== undefined && isRewrite(l)).length
        for (const line of run.lines) if (line.op !== undefined) ops.set(line.op, (ops.get(line.op) ?? 0) + 1)
        if (pending !== null) {
          stats.duringWrite++
          if (disk.digest === pending.digest) stats.newerThanAck++
          if (pending.put + pending.drop >= 2) stats.multiBody++
          if (isRewrite(pending)) stats.inRewrite++
        }
        onDisk = disk
        if ((i + 1) % VERIFY_EVERY === 0) {
          onDisk = await verifyThroughService(dir, disk, `${context}, verifying open`)
          stats.verified++
        }
      }
      await expectBackupsIntact(dir)
      return backupTemps(dir)
    }
    const leftovers = await inLanes(lane)
    console.info(
      `crash-safety saves: ${stats.kills} kills, ${stats.acks} acknowledged calls, ${stats.commits} completed commits ` +
        `(${stats.rewrites} whole-store rewrites begun), ${stats.duringWrite} kills with a commit in flight (${stats.newerThanAck} of them ` +
        `left the new state; ${stats.multiBody} in commits of two or more bodies, ${stats.inRewrite} in whole-store rewrites), ` +
        `${stats.verified} verifying opens; calls: ${[...ops].map(([op, n]) => `${op} ${n}`).join(', ')}; ` +
        `${leftovers.reduce((a, b) => a + b, 0)} backup temp files left since the last verifying open`
    )
    expect(stats.kills).toBe(SAVE_KILLS)
    // the kills must actually hit commits in progress, multi-file ones included, or the test proves little
    expect(stats.duringWrite).toBeGreaterThan(SAVE_KILLS / 4)
    expect(stats.multiBody).toBeGreaterThan(SAVE_KILLS / 10)
    for (const op of ['create', 'update', 'delete-engagement', 'start', 'answer', 'review', 'finalize', 'revision', 'delete-assessment']) {
      expect(ops.get(op) ?? 0, `acknowledged ${op} calls`).toBeGreaterThan(0)
    }
    // restores are long (a hundred bodies), so most are killed before their acknowledgement; that they began is enough
    expect(stats.rewrites, 'whole-store rewrites begun').toBeGreaterThan(0)
  }, 150_000)

  it(`after ${IMPORT_KILLS} kills during a large bundle import, the store is the old one or the fully imported one`, async () => {
    // the store before the import: 30 engagements with 60 assessments, split by the service's own migration
    const template = join(work, 'import-template')
    await mkdir(template, { recursive: true })
    await writeFile(join(template, STORE), JSON.stringify(benchStore(30, 2)), { mode: 0o600 })
    const migrating = await openService(template)
    expect(value(await migrating.getStartupInfo(), 'template').migratedFrom).not.toBeNull()
    value(await migrating.listBackups(), 'template')
    // opened once more, it takes its start-up backup and records that; the import children then take none,
    // and the import is their only commit
    const base = await verifyThroughService(template, await readDiskState(template, 'template'), 'template')
    if (base.index === null) throw new Error('the template has no index')
    expect(base.index.assessments).toHaveLength(60)
    const baseIndex = await readFile(join(template, STORE), 'utf8')
    const baseBodies = await Promise.all(
      [...referencedBodies(base.index)].map(async (key) => ({ name: `${key}.json`, text: await readFile(join(template, ASSESSMENTS, `${key}.json`), 'utf8') }))
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

    const outcomes = { old: 0, imported: 0, duringWrite: 0 }
    const timings: string[] = []
    const lane = async (index: number, stopped: () => boolean) => {
      const rand = random(SEED + 99 + index)
      const laneDir = join(work, `import-${index}`)

      // calibration: one import without a kill, while the other lanes run theirs, gives the imported state
      // and how long the phases take under this load
      await reset(laneDir)
      const full = await runChild(laneDir, ['import', bundlePath], null)
      expect(full.lines.find((l) => l.error)?.error, full.stderr).toBeUndefined()
      const writes = full.lines.filter((l) => l.writing !== undefined)
      expect(writes, 'the import child commits once: the import').toHaveLength(1)
      expect(writes[0]?.put, 'bodies written by the import').toBe(IMPORTED * 3)
      const imported = writes[0]?.digest ?? ''
      const importedState = await readDiskState(laneDir, `import lane ${index}, calibration`, base.byKey)
      expect(importedState.digest).toBe(imported)
      expect(importedState.index?.engagements).toHaveLength(30 + IMPORTED)
      expect(importedState.bodies).toHaveLength(60 + IMPORTED * 3)
      await verifyThroughService(laneDir, importedState, `import lane ${index}, calibration, verifying open`)
      const known = new Map([...base.byKey, ...importedState.byKey])
      const readyToAck = (full.at.ack ?? 0) - (full.at.ready ?? 0)
      // the longest write seen in this lane: with the lanes out of step, a write is often slower than in calibration
      let writeMs = (full.at.ack ?? 0) - (full.at.writing ?? 0)
      const calibrated = writeMs

      for (let i = 0; i < IMPORT_KILLS / LANES && !stopped(); i++) {
        await reset(laneDir)
        // half the kills anywhere in the import (validation, apply, write), half in and just after the write
        const killWhen =
          i % 2 === 0
            ? { after: 'ready' as const, ms: Math.floor(rand() * readyToAck * 1.1) }
            : { after: 'writing' as const, ms: Math.floor(rand() * (writeMs * 2 + 2)) }
        const run = await runChild(laneDir, ['import', bundlePath], killWhen)
        const context = `import lane ${index}, kill ${i}, ${killWhen.ms} ms after ${killWhen.after} (CRASH_SEED=${SEED})`
        expect(run.lines.find((l) => l.error)?.error, `${context}: ${run.stderr}`).toBeUndefined()
        const { floor, pending } = replay(run, base.digest, context)
        const disk = await readDiskState(laneDir, context, known)
        expect([base.digest, imported], `${context}: neither the old store nor the imported one`).toContain(disk.digest)
        expect(pending === null ? [floor] : [floor, pending.digest], context).toContain(disk.digest)
        const began = run.lines.some((l) => l.writing !== undefined)
        const acked = run.lines.some((l) => l.ack !== undefined)
        if (!began) expect(disk.digest, `${context}: changed before the import was written`).toBe(base.digest)
        if (acked) expect(disk.digest, `${context}: acknowledged but not on disk`).toBe(imported)
        if (began && acked) writeMs = Math.max(writeMs, (run.at.ack ?? 0) - (run.at.writing ?? 0))
        if (began && !acked) outcomes.duringWrite++
        if (disk.digest === imported) outcomes.imported++
        else outcomes.old++
        if ((i + 1) % VERIFY_EVERY === 0) await verifyThroughService(laneDir, disk, `${context}, verifying open`)
      }
      timings.push(`import ${Math.round(readyToAck)} ms, write ${Math.round(calibrated)}–${Math.round(writeMs)} ms`)
      await expectBackupsIntact(laneDir)
      return backupTemps(laneDir)
    }
    const leftovers = await inLanes(lane)
    console.info(
      `crash-safety import: ${IMPORT_KILLS} kills (${timings.join('; ')}): ` +
        `${outcomes.old} left the old store, ${outcomes.imported} the imported one, ${outcomes.duringWrite} killed while writing; ` +
        `${leftovers.reduce((a, b) => a + b, 0)} backup temp files left since the last verifying open`
    )
    // both outcomes must occur, and kills inside the write, or the test proves little
    expect(outcomes.duringWrite).toBeGreaterThan(0)
    expect(outcomes.old).toBeGreaterThan(0)
    expect(outcomes.imported).toBeGreaterThan(0)
  }, 150_000)
})
