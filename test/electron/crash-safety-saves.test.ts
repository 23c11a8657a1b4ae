import { describe, expect, it, vi } from 'vitest'
import { random } from './crash-state'
import {
  LANES,
  SEED,
  VERIFY_EVERY,
  backupTemps,
  crashWorkspace,
  expectBackupsIntact,
  inLanes,
  readDiskState,
  replay,
  verifyThroughService,
  type DiskState
} from './crash-harness'

// the parent opens the killed folders with the real service too (check d); electron-store needs `electron`
vi.mock('electron', () => import('../bench/electron-stub'))

/**
 * Crash safety during saves (the harness and the invariant: crash-harness.ts). The child runs a seeded mix
 * of calls (crash-child.ts `step`), so commits of the index alone, of one body, of drops only and of the
 * whole store all occur.
 */

const SAVE_KILLS = 300

const workspace = crashWorkspace('al-crash-saves-')

describe('crash safety: SIGKILL at random moments', () => {
  it(`after ${SAVE_KILLS} kills during saves, the store is always the last committed state or the one in flight`, async () => {
    const stats = { kills: 0, acks: 0, commits: 0, rewrites: 0, duringWrite: 0, newerThanAck: 0, multiBody: 0, inRewrite: 0, verified: 0 }
    // a restore rewrites the whole store in one commit: every body under a new revision, every old one dropped
    const isRewrite = (c: { put?: number; drop?: number }): boolean => (c.put ?? 0) >= 10 && (c.drop ?? 0) >= 10
    const ops = new Map<string, number>()
    const lane = async (index: number, stopped: () => boolean) => {
      const rand = random(SEED + index)
      const dir = workspace.path(`saves-${index}`)
      let onDisk: DiskState = { digest: null, index: null, bodies: [], byKey: new Map() }
      for (let i = 0; i < SAVE_KILLS / LANES && !stopped(); i++) {
        // why the longer windows: a delete or restore first writes and reads back a backup of the whole store,
        // which takes longer than the usual window; a fifth of the runs let it finish or die while the backup is
        // written, and one in ten runs long enough for a restore's whole-store rewrite to begin even on a busy machine
        const pick = rand()
        const ms = pick < 0.1 ? 500 + Math.floor(rand() * 2500) : pick < 0.3 ? 60 + Math.floor(rand() * 440) : 5 + Math.floor(rand() * 56)
        const opsSeed = Math.floor(rand() * 2 ** 31)
        // the start-up backup (deferred in the app) lands anywhere among the first saves, or after the kill
        const backupDelay = Math.floor(rand() * 60)
        const run = await workspace.runChild(dir, ['saves', String(opsSeed), String(backupDelay)], { after: 'ready', ms })
        const context = `lane ${index}, kill ${i} after ${ms} ms (CRASH_SEED=${SEED})`
        expect(run.lines.find((l) => l.error)?.error, `${context}: ${run.stderr}`).toBeUndefined()
        expect(run.at.ready, `${context}: the child never opened the store. ${run.stderr}`).toBeDefined()
        const { floor, pending } = replay(run, onDisk.digest, context)
        const disk = await readDiskState(dir, context, onDisk.byKey)
        const allowed = pending === null ? [floor] : [floor, pending.digest]
        expect(allowed, `${context}: the logical store on disk is neither the last committed state nor the one in flight`).toContain(
          disk.digest
        )

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
    // the kills must actually hit commits in progress, multi-file ones included, or the test proves little.
    // A sixth: since store index version 5 each save first scores the assessment for its result summary, and
    // since scoring works out each law's open questions it takes a little longer, so less of a save's time is
    // the commit itself (68 of 300 in one CI run, 22 %; exactly 60 in another, which the old bound of a fifth
    // failed though every state was right). 50 kills inside commits still prove the point.
    expect(stats.duringWrite).toBeGreaterThan(SAVE_KILLS / 6)
    expect(stats.multiBody).toBeGreaterThan(SAVE_KILLS / 10)
    for (const op of ['create', 'update', 'delete-engagement', 'start', 'answer', 'review', 'finalize', 'revision', 'delete-assessment']) {
      expect(ops.get(op) ?? 0, `acknowledged ${op} calls`).toBeGreaterThan(0)
    }
    // restores are long (a hundred bodies), so most are killed before their acknowledgement; that they began is enough
    expect(stats.rewrites, 'whole-store rewrites begun').toBeGreaterThan(0)
  }, 600_000)
})
