import type { BackupInfo, StartupInfo, StoreNotice } from '../ipc/contract'
import { describeDamage, openStoreFileText, openStoreText } from '../store/open-store'
import { DEFAULT_SETTINGS } from '../store/store-schema'
import { emptyStoreIndex, referencedBodies } from '../store/store-index'
import { messageOf } from '../util/result'
import type { ServiceDeps } from './store-service'
import type { StorePersistence } from './persistence'
import { createStoreSession, type StoreSession } from './store-session'

export type OpenedSession = { session: StoreSession; startup: StartupInfo; backupAtStart: boolean }

/**
 * Opens the store at start: an index is swept of leftovers; an old single document is backed up and split;
 * a damaged file is set aside with its records and the newest good backup offered.
 */
export async function openSession(deps: ServiceDeps): Promise<OpenedSession> {
  const { persistence } = deps
  const raw = await persistence.read()
  const opened = openStoreFileText(raw)
  const started = (notice: StoreNotice | null, migratedFrom: number | null): StartupInfo => ({ edition: deps.edition, notice, migratedFrom })
  switch (opened.kind) {
    case 'missing':
      // bodies without an index are what a crash during the very first save leaves: never committed
      await persistence.sweep(new Set())
      return { session: createStoreSession(persistence, emptyStoreIndex({ ...DEFAULT_SETTINGS })), startup: started(null, null), backupAtStart: false }
    case 'index': {
      await persistence.sweep(referencedBodies(opened.index))
      // why: a backup identical to the newest one would only push an older, different state out of the ten kept
      const changedSinceBackup = opened.index.backedUpGeneration !== opened.index.generation
      return { session: createStoreSession(persistence, opened.index), startup: started(null, null), backupAtStart: changedSinceBackup }
    }
    case 'whole': {
      // an older store, all in one document: keep its exact text as a backup, then split it. Without that
      // backup the start fails and the file stays as it is: an upgrade is never the moment to risk data.
      try {
        await persistence.writeBackup(raw ?? '', { createdAt: deps.clock.now(), engagementCount: opened.doc.engagements.length })
      } catch (error) {
        throw new Error(`Before upgrading the data file to this version, a backup of it could not be written (${messageOf(error)}). Nothing was changed.`, { cause: error })
      }
      await persistence.sweep(new Set())
      const session = createStoreSession(persistence, emptyStoreIndex(opened.doc.settings))
      await session.replaceAll(opened.doc)
      return { session, startup: started(null, opened.from), backupAtStart: false }
    }
    case 'damaged': {
      const setAsideAs = await persistence.setAside(opened.damage.kind)
      const notice: StoreNotice = {
        kind: 'set-aside',
        message: `${sentence(describeDamage(opened.damage))} It was set aside unchanged as "${setAsideAs}", and the app started with an empty register.`,
        setAsideAs,
        offeredBackup: await newestGoodBackup(persistence)
      }
      return { session: createStoreSession(persistence, emptyStoreIndex({ ...DEFAULT_SETTINGS })), startup: started(notice, null), backupAtStart: false }
    }
  }
}

async function newestGoodBackup(persistence: StorePersistence): Promise<BackupInfo | null> {
  const backups = await persistence.listBackups().catch(() => [])
  for (const info of backups) {
    // an unreadable backup is skipped, not fatal: the next older one may be fine
    const raw = await persistence.readBackup(info.id).catch(() => null)
    if (raw !== null && openStoreText(raw).kind === 'ok') return info
  }
  return null
}

/** Ends a description with a full stop, so the next sentence does not run on from a list of problems. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}
