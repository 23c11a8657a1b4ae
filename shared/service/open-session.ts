import type { BackupInfo, ReadOnlyStore, StartupInfo, StoreNotice } from '../ipc/contract'
import { describeDamage, openStoreFileText, openStoreText } from '../store/open-store'
import { DEFAULT_SETTINGS } from '../store/store-schema'
import { STORE_INDEX_VERSION, StoreIndexSchema, emptyStoreIndex, referencedBodies, type StoreIndex } from '../store/store-index'
import { isObject } from '../store/migrations'
import { messageOf } from '../util/result'
import { checkStoreDoc } from '../exchange/validate-exchange'
import { BUILTIN_BANK_SOURCE } from '../bank/bank-source'
import type { ServiceDeps } from './store-service'
import type { StorePersistence } from './persistence'
import { createStoreSession, type StoreSession } from './store-session'

export type OpenedSession = {
  session: StoreSession
  startup: StartupInfo
  backupAtStart: boolean
  /**
   * The older store version read, whose result summaries are computed after start (with progress);
   * `backedUp`: the store as it was is already kept (the split of a whole document keeps its exact text).
   */
  upgrade: { from: number; backedUp: boolean } | null
}

/**
 * Opens the store at start: an index is swept of leftovers; an old single document is backed up and split;
 * a damaged file is set aside with its records and the newest good backup offered.
 */
export async function openSession(deps: ServiceDeps): Promise<OpenedSession> {
  const { persistence } = deps
  const raw = await persistence.read()
  const opened = openStoreFileText(raw)
  const started = (notice: StoreNotice | null, migratedFrom: number | null): StartupInfo => ({
    edition: deps.edition,
    notice,
    migratedFrom,
    readOnly: null
  })
  switch (opened.kind) {
    case 'missing':
      // bodies without an index are what a crash during the very first save leaves: never committed
      await persistence.sweep(new Set())
      return {
        session: createStoreSession(persistence, emptyStoreIndex({ ...DEFAULT_SETTINGS })),
        startup: started(null, null),
        backupAtStart: false,
        upgrade: null
      }
    case 'index': {
      await persistence.sweep(referencedBodies(opened.index))
      // why: a backup identical to the newest one would only push an older, different state out of the ten kept
      const changedSinceBackup = opened.index.backedUpGeneration !== opened.index.generation
      return {
        session: createStoreSession(persistence, opened.index),
        startup: started(null, opened.from ?? null),
        backupAtStart: changedSinceBackup,
        upgrade: opened.from === undefined ? null : { from: opened.from, backedUp: false }
      }
    }
    case 'whole': {
      // an older store, all in one document: keep its exact text as a backup, then split it. Without that
      // backup the start fails and the file stays as it is: an upgrade is never the moment to risk data.
      try {
        await persistence.writeBackup(raw ?? '', { createdAt: deps.clock.now(), engagementCount: opened.doc.engagements.length })
      } catch (error) {
        throw new Error(
          `Before upgrading the data file to this version, a backup of it could not be written (${messageOf(error)}). Nothing was changed.`,
          { cause: error }
        )
      }
      await persistence.sweep(new Set())
      const session = createStoreSession(persistence, emptyStoreIndex(opened.doc.settings))
      // why: without summaries, so the first window is not held up by scoring every assessment: they are
      // computed right after start, with progress shown, like an index of version 4
      await session.replaceAll(opened.doc, { summaries: false })
      return { session, startup: started(null, opened.from), backupAtStart: false, upgrade: { from: opened.from, backedUp: true } }
    }
    case 'damaged': {
      if (opened.damage.kind === 'newer-version') return openReadOnly(deps, raw ?? '', opened.damage.version)
      const setAsideAs = await persistence.setAside(opened.damage.kind)
      const notice: StoreNotice = {
        kind: 'set-aside',
        message: `${sentence(describeDamage(opened.damage))} It was set aside unchanged as "${setAsideAs}", and the app started with an empty register.`,
        setAsideAs,
        offeredBackup: await newestGoodBackup(persistence, deps.clock.now())
      }
      return {
        session: createStoreSession(persistence, emptyStoreIndex({ ...DEFAULT_SETTINGS })),
        startup: started(notice, null),
        backupAtStart: false,
        upgrade: null
      }
    }
  }
}

/**
 * A store written by a newer version of the app: nothing is moved, swept or written (that version may
 * name and shape things differently), and every change is refused. What this version can read of it is
 * shown — the index as far as it still matches ours, each assessment when it is opened — else nothing.
 */
function openReadOnly(deps: ServiceDeps, raw: string, version: number): OpenedSession {
  const readable = readNewerIndex(raw)
  const readOnly: ReadOnlyStore = {
    storeVersion: version,
    message:
      `Your data was last saved by a newer version of Arm's Length (store version ${version}; this version writes ${STORE_INDEX_VERSION}). ` +
      `To keep it safe, this version only shows it and changes nothing${readable ? '' : ' (and cannot read its records)'}. ` +
      'Open it with the newer version, or install that version again; your data is unchanged.'
  }
  return {
    session: createStoreSession(deps.persistence, readable ?? emptyStoreIndex({ ...DEFAULT_SETTINGS })),
    startup: { edition: deps.edition, notice: null, migratedFrom: null, readOnly },
    backupAtStart: false,
    upgrade: null
  }
}

/** The newer index read as ours, when its members still have the shapes ours has; null otherwise. */
function readNewerIndex(raw: string): StoreIndex | null {
  try {
    const json: unknown = JSON.parse(raw)
    if (!isObject(json)) return null
    const { generation, engagements, assessments, settings, customBanks } = json
    const parsed = StoreIndexSchema.safeParse({
      schemaVersion: STORE_INDEX_VERSION,
      generation,
      engagements,
      assessments,
      settings,
      customBanks
    })
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

async function newestGoodBackup(persistence: StorePersistence, now: string): Promise<BackupInfo | null> {
  const backups = await persistence.listBackups().catch(() => [])
  for (const info of backups) {
    // an unreadable backup is skipped, not fatal: the next older one may be fine
    const raw = await persistence.readBackup(info.id).catch(() => null)
    const opened = raw === null ? null : openStoreText(raw)
    // offered only if a restore would accept it: the same checks as an import (sign-offs above all), a
    // sign-off dated after the clock accepted as it is from the backup list (sign-off-time.ts)
    if (opened?.kind !== 'ok') continue
    const banks = await BUILTIN_BANK_SOURCE.load(opened.doc.assessments.map((a) => a.bank))
    if (banks.ok && checkStoreDoc(opened.doc, banks.value, now, 'accepted').length === 0) return info
  }
  return null
}

/** Ends a description with a full stop, so the next sentence does not run on from a list of problems. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}
