import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
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
import { noReports, stateDigest, type ChildLine } from './crash-state'
import { cancellingFileSaver } from './fixtures'

/**
 * Crash consistency of the desktop store, by killing a real writer (reliability reference §2, "kill loop"):
 * what the saves test (crash-safety-saves.test.ts) and the import test (crash-safety-import.test.ts) share.
 * A test file importing this must mock `electron` (vi.mock('electron', () => import('../bench/electron-stub'))):
 * the parent opens the killed folders with the real service too (check d), and electron-store needs it.
 *
 * test/electron/crash-child.ts is bundled once per test file with Vite (`electron` stubbed, everything else real:
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
 * Rolling backups must all open cleanly too.
 * (Power loss is not simulated: SIGKILL keeps the page cache, so this tests the write order and the
 * renames, not fsync.)
 */

export const LANES = 2 // two independent stores killed concurrently: the machine has two cores
export const VERIFY_EVERY = 10 // divides both tests' kills per lane, so each lane ends with a verifying open
export const SEED = Number(process.env['CRASH_SEED'] ?? 20261125)

export const STORE = 'armslength-store.json'
export const ASSESSMENTS = 'assessments'

export type Run = { lines: ChildLine[]; at: { ready?: number; writing?: number; ack?: number }; stderr: string }
type Commit = { seq: number; digest: string; put: number; drop: number }
/** The logical store on disk: the index and its bodies in index order (digest null: no index). */
export type DiskState = { digest: string | null; index: StoreIndex | null; bodies: Assessment[]; byKey: ReadonlyMap<string, Body> }
export type Body = { text: string; assessment: Assessment }

type KillWhen = { after: 'ready' | 'writing'; ms: number }

/**
 * A temp folder of the calling test file's own, with the child built into it before its tests and the
 * folder removed after them: test files running in parallel share neither their stores nor the build.
 */
export function crashWorkspace(prefix: string): {
  path: (...parts: string[]) => string
  runChild: (dir: string, args: string[], killWhen: KillWhen | null) => Promise<Run>
} {
  let work: string | undefined
  let childJs = ''
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), prefix))
    await buildNodeBundle({ entries: { 'crash-child': 'test/electron/crash-child.ts' }, outDir: join(work, 'bundle') })
    childJs = join(work, 'bundle', 'crash-child.js')
  }, 60_000)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  return {
    path: (...parts) => {
      if (work === undefined) throw new Error('the crash workspace is made in beforeAll')
      return join(work, ...parts)
    },
    runChild: (dir, args, killWhen) => runChild(childJs, dir, args, killWhen)
  }
}

/**
 * Runs the child until `killWhen` says so (SIGKILL), or until it acknowledges when `killWhen` is null.
 * Resolves after the process is gone and its stdout fully read.
 */
function runChild(childJs: string, dir: string, args: string[], killWhen: KillWhen | null): Promise<Run> {
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
        if (killWhen && ((killWhen.after === 'ready' && line.ready) || (killWhen.after === 'writing' && line.writing !== undefined)))
          kill(killWhen.ms)
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
export function replay(run: Run, before: string | null, context: string): { floor: string | null; pending: Commit | null } {
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
export async function readDiskState(dir: string, context: string, known: ReadonlyMap<string, Body> = new Map()): Promise<DiskState> {
  const indexText = await readTextOrNull(join(dir, STORE))
  if (indexText === null) return { digest: null, index: null, bodies: [], byKey: new Map() }
  const opened = openStoreFileText(indexText)
  if (opened.kind !== 'index') {
    throw new Error(
      `${context}: the index does not open as an index but as '${opened.kind}'${opened.kind === 'damaged' ? `: ${describeDamage(opened.damage)}` : ''}`
    )
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
    if (parsed.data.id !== ref.id || parsed.data.engagementId !== ref.engagementId)
      throw new Error(`${context}: the body ${key} holds another assessment`)
    byKey.set(key, { text, assessment: parsed.data })
  })
  const bodies = keys.map((key) => byKey.get(key)!)
  return {
    digest: stateDigest(
      indexText,
      bodies.map((b) => b.text)
    ),
    index: opened.index,
    bodies: bodies.map((b) => b.assessment),
    byKey
  }
}

const isTemp = (name: string): boolean => name.includes('.tmp')

export function value<T>(result: Result<T>, context: string): T {
  if (!result.ok) throw new Error(`${context}: ${result.error.message}`)
  return result.value
}

/** The real service on the real desktop persistence, as the app opens it (the backup not deferred). */
export function openService(dir: string): Promise<ArmsLengthApi> {
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
export async function verifyThroughService(dir: string, disk: DiskState, context: string): Promise<DiskState> {
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
export async function inLanes<T>(lane: (index: number, stopped: () => boolean) => Promise<T>): Promise<T[]> {
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
export async function expectBackupsIntact(dir: string): Promise<void> {
  const names = await readdir(join(dir, 'backups')).catch(() => [] as string[])
  for (const name of names.filter((n) => parseBackupName(n) !== null)) {
    const text = await readFile(join(dir, 'backups', name), 'utf8')
    expect(openStoreText(text).kind, `backup ${name}`).toBe('ok')
  }
}

/** Temp files of killed backup writes (each as large as the store); an open sweeps them. */
export const backupTemps = async (dir: string): Promise<number> =>
  (await readdir(join(dir, 'backups')).catch(() => [] as string[])).filter(isTemp).length
