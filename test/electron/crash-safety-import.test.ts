import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { referencedBodies } from '@shared/store/store-index'
import { benchBundle, benchStore } from '../bench/data'
import { random } from './crash-state'
import {
  ASSESSMENTS,
  LANES,
  SEED,
  STORE,
  VERIFY_EVERY,
  backupTemps,
  crashWorkspace,
  expectBackupsIntact,
  inLanes,
  openService,
  readDiskState,
  replay,
  value,
  verifyThroughService
} from './crash-harness'

// the parent opens the killed folders with the real service too (check d); electron-store needs `electron`
vi.mock('electron', () => import('../bench/electron-stub'))

/**
 * Crash safety during a large bundle import (the harness and the invariant: crash-harness.ts): one
 * 300-body commit; each lane first runs it once unkilled, which gives the imported state and the timings
 * the kills are spread over.
 */

const IMPORT_KILLS = 60
const IMPORTED = 100 // engagements in the imported bundle, 3 assessments each (about 2.7 MB of JSON)

const workspace = crashWorkspace('al-crash-import-')

describe('crash safety: SIGKILL at random moments', () => {
  it(`after ${IMPORT_KILLS} kills during a large bundle import, the store is the old one or the fully imported one`, async () => {
    // the store before the import: 30 engagements with 60 assessments, split by the service's own migration
    const template = workspace.path('import-template')
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
      [...referencedBodies(base.index)].map(async (key) => ({
        name: `${key}.json`,
        text: await readFile(join(template, ASSESSMENTS, `${key}.json`), 'utf8')
      }))
    )
    const reset = async (at: string) => {
      // the previous run's bodies and temp files stay: the next open must sweep them without disturbing anything
      await mkdir(join(at, ASSESSMENTS), { recursive: true })
      await Promise.all(baseBodies.map((b) => writeFile(join(at, ASSESSMENTS, b.name), b.text, { mode: 0o600 })))
      await writeFile(join(at, STORE), baseIndex, { mode: 0o600 })
    }
    const bundle = benchBundle(IMPORTED, 3, 5000)
    const bundlePath = workspace.path('bundle.json')
    await writeFile(bundlePath, `${JSON.stringify(bundle, null, 2)}\n`)

    const outcomes = { old: 0, imported: 0, duringWrite: 0 }
    const timings: string[] = []
    const lane = async (index: number, stopped: () => boolean) => {
      const rand = random(SEED + 99 + index)
      const laneDir = workspace.path(`import-${index}`)

      // calibration: one import without a kill, while the other lanes run theirs, gives the imported state
      // and how long the phases take under this load
      await reset(laneDir)
      const full = await workspace.runChild(laneDir, ['import', bundlePath], null)
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
        const run = await workspace.runChild(laneDir, ['import', bundlePath], killWhen)
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
  }, 600_000)
})
