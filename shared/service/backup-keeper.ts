import type { BackupInfo, BackupMade } from '../ipc/contract'
import type { StoreDoc } from '../store/store-schema'
import { openStoreText } from '../store/open-store'
import { messageOf } from '../util/result'
import type { Clock } from './clock'
import type { StorePersistence } from './persistence'
import type { StoreSession } from './store-session'
import { backupsToRemove } from './backup-retention'

export type BackupRequest = {
  /** Kept whatever the rotation: the backup is taken before signed-off assessments are removed. */
  pinned?: boolean
  /** Leave out (and name) assessments that cannot be read, rather than fail: the safety copy before a restore. */
  skipUnusable?: boolean
  /**
   * Taken right before a change is written: the store does not stay in this state, so the index is not
   * marked as backed up (that would be one more write, and a wasted one).
   */
  beforeChange?: boolean
}

/**
 * Makes backups that are known to be good: each one is read back and opened before it counts, an
 * unchanged state is not stored twice (it would only push an older, different state out), and after
 * each one the shared retention rule runs. Not queued: the service calls it inside its exclusive tasks.
 */
export function createBackupKeeper(deps: { persistence: StorePersistence; session: StoreSession; clock: Clock }) {
  const { persistence, session, clock } = deps
  /** A verified backup holding exactly the store at `generation`. */
  let current: { generation: number; info: BackupInfo } | null = null

  /** Reads the backup back: it must be byte for byte what was meant, and open as a whole store. */
  async function verify(info: BackupInfo, text: string | null): Promise<string | null> {
    const back = await persistence.readBackup(info.id).catch((error: unknown) => {
      throw new Error(`the backup could not be read back (${messageOf(error)})`)
    })
    if (back === null) return 'the backup is missing right after it was written'
    if (text !== null && back !== text) return 'the backup read back differs from what was written'
    if (openStoreText(back).kind !== 'ok') return 'the backup does not open as a whole store'
    return null
  }

  async function reuse(request: BackupRequest, text: string | null): Promise<BackupMade | null> {
    const generation = session.index().generation
    if (current?.generation === generation && (current.info.pinned || !request.pinned)) {
      if ((await verify(current.info, null).catch(() => 'unreadable')) === null) return { ...current.info, reused: true }
      current = null
    }
    if (request.pinned || text === null) return null
    const newest = (await persistence.listBackups().catch(() => []))[0]
    if (!newest) return null
    const raw = await persistence.readBackup(newest.id).catch(() => null)
    if (raw !== text) return null
    current = { generation, info: newest }
    if (!request.beforeChange) await session.markBackedUp().catch(() => undefined)
    return { ...newest, reused: true }
  }

  async function rotate(): Promise<void> {
    // why: a failed clean-up must not turn a good backup into an error; the next backup tries again
    try {
      const remove = backupsToRemove(await persistence.listBackups(), clock.now())
      if (remove.length > 0) await persistence.removeBackups(remove)
    } catch {
      // kept for now
    }
  }

  /**
   * A verified backup of the store as it is now: an existing one when it holds the same state, else a new one.
   * The caller of `prepared` must have built it from the current generation's bodies (wholeTextOf).
   */
  async function backUp(request: BackupRequest = {}, prepared?: { text: string; skipped: string[] }): Promise<BackupMade> {
    const generation = session.index().generation
    const known = await reuse(request, null)
    if (known) return known
    // prepared: the whole text a caller already built from this generation's bodies (the summary upgrade reads each body once)
    const whole = prepared ?? (await session.wholeText({ skipUnusable: request.skipUnusable ?? false }))
    const complete = whole.skipped.length === 0
    const same = complete ? await reuse(request, whole.text) : null
    if (same) return same
    const info = await persistence.writeBackup(whole.text, {
      createdAt: clock.now(),
      engagementCount: session.index().engagements.length,
      pinned: request.pinned ?? false
    })
    const problem = await verify(info, whole.text)
    if (problem !== null) throw new Error(problem)
    // a partial safety copy (records left out) is not a backup of this state
    if (complete) {
      current = { generation, info }
      if (!request.beforeChange) await session.markBackedUp().catch(() => undefined)
    }
    await rotate()
    return { ...info, reused: false }
  }

  /** After a restore from the list: the store now holds exactly that backup's content. */
  async function restoredFrom(info: BackupInfo): Promise<void> {
    current = { generation: session.index().generation, info }
    await session.markBackedUp().catch(() => undefined)
  }

  return { backUp, restoredFrom }
}

export type BackupKeeper = ReturnType<typeof createBackupKeeper>

/** Signed-off assessments in `before` that `after` no longer holds with the same fingerprint. */
export function droppedFinals(before: StoreDoc, after: StoreDoc): string[] {
  if (before === after) return []
  const kept = new Map(after.assessments.map((a) => [a.id, a]))
  return before.assessments
    .filter((a) => a.status === 'final')
    .filter((a) => {
      const now = kept.get(a.id)
      return now === undefined || (now !== a && now.signOff?.fingerprint !== a.signOff?.fingerprint)
    })
    .map((a) => a.title || a.id)
}

/** Whether a change removes anything: an engagement or an assessment in view that `after` no longer has. */
export function removesRecords(before: StoreDoc, after: StoreDoc): boolean {
  if (before === after) return false
  const engagements = new Set(after.engagements.map((e) => e.id))
  const assessments = new Set(after.assessments.map((a) => a.id))
  return before.engagements.some((e) => !engagements.has(e.id)) || before.assessments.some((a) => !assessments.has(a.id))
}
