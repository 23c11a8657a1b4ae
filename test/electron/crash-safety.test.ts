import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStoreText } from '@shared/store/open-store'
import { parseBackupName } from '../../electron/main/persistence/backup-files'
import { buildNodeBundle } from '../../scripts/bench/node-bundle.mjs'
import { benchBundle, benchStore } from '../bench/data'

/**
 * Crash consistency of the desktop store, by killing a real writer (reliability reference §2, "kill loop").
 *
 * test/electron/crash-child.ts is bundled once with Vite (`electron` stubbed, everything else real:
 * createStoreService → createElectronPersistence → electron-store/conf → atomically) and run as a plain
 * Node process. It prints {"writing":n,"digest"} just before each save is handed to the persistence and
 * {"ack":n} once the save resolved. The parent sends SIGKILL at a random moment, then reads the file.
 *
 * The invariant, after every kill: the store file parses and validates (openStoreText → ok), and its
 * SHA-256 equals either the last acknowledged state or the one save that had begun after it — never
 * anything older than what the app had confirmed, never a mix. Saves are serialized by the service's
 * queue, so at most one save is ever in flight. (Power loss is not simulated: SIGKILL keeps the page
 * cache, so this tests the rename protocol, not fsync.)
 */

const SAVE_KILLS = 300
const LANES = 2 // two independent stores killed concurrently: the machine has two cores
const IMPORT_KILLS = 60
const IMPORTED = 100 // engagements in the imported bundle, 3 assessments each (about 2.7 MB of JSON)
const SEED = Number(process.env['CRASH_SEED'] ?? 20261125)

const STORE = 'armslength-store.json'
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** mulberry32: a small seeded generator, so a failing run can be replayed with CRASH_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Line = { ready?: true; writing?: number; digest?: string; ack?: number; error?: string }
type Run = { lines: Line[]; at: { ready?: number; writing?: number; ack?: number }; stderr: string }

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
        const line = JSON.parse(buffer.slice(0, nl)) as Line
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

/** What the disk may hold after the run: the last acknowledged state, or the single save after it. */
function allowedStates(run: Run, before: string | null): { acked: string | null; pending: string | null } {
  let acked = before
  let pending: { seq: number; digest: string } | null = null
  for (const line of run.lines) {
    if (line.writing !== undefined && line.digest) pending = { seq: line.writing, digest: line.digest }
    if (line.ack !== undefined && pending && pending.seq === line.ack) {
      acked = pending.digest
      pending = null
    }
  }
  return { acked, pending: pending?.digest ?? null }
}

async function readStore(dir: string): Promise<string | null> {
  try {
    return await readFile(join(dir, STORE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Every rolling backup on disk opens cleanly: a killed backup write never leaves a half file under a backup name. */
async function expectBackupsIntact(dir: string): Promise<void> {
  const names = await readdir(join(dir, 'backups')).catch(() => [] as string[])
  for (const name of names.filter((n) => parseBackupName(n) !== null)) {
    const text = await readFile(join(dir, 'backups', name), 'utf8')
    expect(openStoreText(text).kind, `backup ${name}`).toBe('ok')
  }
}

const leftoverTempFiles = async (dir: string): Promise<number> => (await readdir(dir)).filter((n) => n.includes('.tmp')).length

describe('crash safety: SIGKILL at random moments', () => {
  it(`after ${SAVE_KILLS} kills during saves, the store is always the acknowledged state or the next one`, async () => {
    const stats = { kills: 0, duringWrite: 0, newerThanAck: 0, acks: 0 }
    const lane = async (index: number) => {
      const rand = random(SEED + index)
      const dir = join(work, `saves-${index}`)
      let onDisk: string | null = null
      for (let i = 0; i < SAVE_KILLS / LANES; i++) {
        const ms = 5 + Math.floor(rand() * 56)
        const run = await runChild(dir, ['saves'], { after: 'ready', ms })
        const context = `lane ${index}, kill ${i} after ${ms} ms (CRASH_SEED=${SEED})`
        expect(run.lines.find((l) => l.error)?.error, `${context}: ${run.stderr}`).toBeUndefined()
        expect(run.at.ready, `${context}: the child never opened the store. ${run.stderr}`).toBeDefined()
        const { acked, pending } = allowedStates(run, onDisk)
        const text = await readStore(dir)
        const digest = text === null ? null : sha256(text)
        expect([acked, pending], context).toContain(digest)
        if (text !== null) expect(openStoreText(text).kind, context).toBe('ok')
        stats.kills++
        stats.acks += run.lines.filter((l) => l.ack !== undefined).length
        if (pending !== null) stats.duringWrite++
        if (pending !== null && digest === pending) stats.newerThanAck++
        onDisk = digest
      }
      await expectBackupsIntact(dir)
      return leftoverTempFiles(dir)
    }
    const leftovers = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)))
    console.info(
      `crash-safety saves: ${stats.kills} kills, ${stats.acks} acknowledged saves, ${stats.duringWrite} kills with a save in flight ` +
        `(${stats.newerThanAck} of them left the new state), ${leftovers.reduce((a, b) => a + b, 0)} orphaned temp files`
    )
    expect(stats.kills).toBe(SAVE_KILLS)
    // the kills must actually hit saves in progress, or the test proves little (about 70% do here)
    expect(stats.duringWrite).toBeGreaterThan(SAVE_KILLS / 4)
  }, 120_000)

  it(`after ${IMPORT_KILLS} kills during a large bundle import, the store is the old one or the fully imported one`, async () => {
    const dir = join(work, 'import-calibration')
    const base = JSON.stringify(benchStore(30, 2))
    const bundle = benchBundle(IMPORTED, 3, 5000)
    const bundlePath = join(work, 'bundle.json')
    await writeFile(bundlePath, `${JSON.stringify(bundle, null, 2)}\n`)
    const reset = async (at: string) => {
      // the previous run's orphaned temp files stay: they must not disturb anything
      await writeFile(join(at, STORE), base, { mode: 0o600 })
    }
    await mkdir(dir, { recursive: true })

    // calibration: one import without a kill gives the imported state and how long the phases take
    await reset(dir)
    const full = await runChild(dir, ['import', bundlePath], null)
    expect(full.lines.find((l) => l.error)?.error, full.stderr).toBeUndefined()
    const imported = full.lines.find((l) => l.writing !== undefined)?.digest
    expect(imported).toBeDefined()
    const importedText = await readStore(dir)
    expect(sha256(importedText ?? '')).toBe(imported)
    const opened = openStoreText(importedText)
    if (opened.kind !== 'ok') throw new Error('the imported store does not open')
    expect(opened.doc.engagements).toHaveLength(30 + IMPORTED)
    expect(opened.doc.assessments).toHaveLength(60 + IMPORTED * 3)
    const readyToAck = (full.at.ack ?? 0) - (full.at.ready ?? 0)
    const writeMs = (full.at.ack ?? 0) - (full.at.writing ?? 0)

    const outcomes = { old: 0, imported: 0, duringWrite: 0 }
    const lane = async (index: number) => {
      const rand = random(SEED + 99 + index)
      const laneDir = join(work, `import-${index}`)
      await mkdir(laneDir, { recursive: true })
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
        const text = await readStore(laneDir)
        expect(text, context).not.toBeNull()
        const digest = sha256(text ?? '')
        expect([sha256(base), imported], context).toContain(digest)
        if (text !== null) expect(openStoreText(text).kind, context).toBe('ok')
        const began = run.lines.some((l) => l.writing !== undefined)
        const acked = run.lines.some((l) => l.ack !== undefined)
        if (!began) expect(digest, `${context}: changed before the import was written`).toBe(sha256(base))
        if (acked) expect(digest, `${context}: acknowledged but not on disk`).toBe(imported)
        if (began && !acked) outcomes.duringWrite++
        if (digest === imported) outcomes.imported++
        else outcomes.old++
      }
      await expectBackupsIntact(laneDir)
      return leftoverTempFiles(laneDir)
    }
    const leftovers = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)))
    console.info(
      `crash-safety import: ${IMPORT_KILLS} kills (import ${Math.round(readyToAck)} ms, write ${Math.round(writeMs)} ms): ` +
        `${outcomes.old} left the old store, ${outcomes.imported} the imported one, ${outcomes.duringWrite} killed while writing; ` +
        `${leftovers.reduce((a, b) => a + b, 0)} orphaned temp files`
    )
    // both outcomes must occur, and kills inside the write, or the test proves little
    expect(outcomes.duringWrite).toBeGreaterThan(0)
    expect(outcomes.old).toBeGreaterThan(0)
    expect(outcomes.imported).toBeGreaterThan(0)
  }, 120_000)
})
