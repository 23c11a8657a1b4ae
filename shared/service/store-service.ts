import type { ArmsLengthApi, BackupInfo, StartupInfo, StoreNotice } from '../ipc/contract'
import { describeDamage, openStoreFileText, openStoreText } from '../store/open-store'
import { DEFAULT_SETTINGS, type StoreDoc } from '../store/store-schema'
import { emptyStoreIndex, referencedBodies, summaryOf, type StoreIndex } from '../store/store-index'
import { fail, ok, type Result } from '../util/result'
import type { Clock, IdSource } from './clock'
import type { StorePersistence } from './persistence'
import type { FileSaver } from './file-saver'
import type { ReportGenerator } from '../report/report-generator'
import { reportHandlers } from './report-handlers'
import { packetHandlers } from './packet-handlers'
import { engagementFile, recordFor, safeFileName } from '../exchange/build-exchange'
import { assessmentHandlers } from './assessment-handlers'
import { exchangeHandlers } from './exchange-handlers'
import { BUILTIN_BANKS } from '../bank/bank-registry'
import { readBankFile } from '../bank/import-bank'
import { SettingsSchema } from '../store/store-schema'
import { createStoreSession, type ScopeOf, type StoreSession } from './store-session'
import {
  createEngagementIn,
  deleteEngagementIn,
  findEngagement,
  setEngagementStatusIn,
  updateEngagementIn
} from './engagement-ops'

export type ServiceDeps = {
  edition: StartupInfo['edition']
  persistence: StorePersistence
  files: FileSaver
  reports: ReportGenerator
  clock: Clock
  ids: IdSource
  /**
   * Runs the start-up backup later. It copies the whole store (every assessment), so it must not hold
   * up the first screen; the hosts run it a few seconds after start. Default: at once (tests).
   */
  defer?: (task: () => void) => void
}

/** How the service reaches the store: index reads after pending writes, body reads and changes one at a time. */
export type StoreAccess = {
  /** Reads the index once every change asked for before has been written (read-your-writes). */
  afterWrites: <T>(read: (index: StoreIndex) => T) => Promise<T>
  /** The store with the bodies of `scope` loaded; runs between changes, never during one. */
  view: (scope: ScopeOf) => Promise<Result<StoreDoc>>
  /** Runs one change on a view of `scope`; the stored data moves only if the write succeeds. */
  mutate: <T>(scope: ScopeOf, change: (doc: StoreDoc) => Result<{ doc: StoreDoc; value: T }>) => Promise<Result<T>>
}

/**
 * The application service behind ArmsLengthApi, shared by the desktop main process and the browser
 * edition. It persists every change before answering, one change at a time, so a caller that got
 * `ok` knows the change is on disk.
 */
export async function createStoreService(deps: ServiceDeps): Promise<ArmsLengthApi> {
  const opened = await openSession(deps)
  const { session } = opened
  let startup = opened.startup
  let chain: Promise<unknown> = Promise.resolve()
  let writes: Promise<unknown> = Promise.resolve()

  /** Body reads, changes and backups run one at a time: a commit never drops a body a read is loading. */
  function exclusive<T>(task: () => Promise<T>, isWrite: boolean): Promise<T> {
    const run = chain.then(task)
    chain = run.catch(() => undefined)
    if (isWrite) writes = chain
    return run
  }

  const access: StoreAccess = {
    afterWrites: (read) => writes.then(() => read(session.index())),
    view: (scope) => exclusive(() => session.view(scope), false),
    mutate: (scope, change) =>
      exclusive(async () => {
        const before = await session.view(scope)
        if (!before.ok) return before
        const changed = change(before.value)
        if (!changed.ok) return changed
        try {
          await session.commitChange(before.value, changed.value.doc)
        } catch (error) {
          return fail('io-failed', `Could not save: ${messageOf(error)}`)
        }
        return ok(changed.value.value)
      }, true)
  }
  const { afterWrites, view, mutate } = access
  const banks = () => [...BUILTIN_BANKS, ...session.index().customBanks]

  /** Not queued: callers run it inside their own exclusive task. */
  async function writeBackupNow(options: { skipUnusable?: boolean } = {}): Promise<Result<BackupInfo>> {
    try {
      const whole = await session.wholeText(options)
      const info = await deps.persistence.writeBackup(whole.text, {
        createdAt: deps.clock.now(),
        engagementCount: session.index().engagements.length
      })
      // a partial safety copy (records left out) does not count as a backup of this generation
      if (whole.skipped.length === 0) await session.markBackedUp().catch(() => undefined)
      return ok(info)
    } catch (error) {
      return fail('io-failed', `Could not write the backup: ${messageOf(error)}`)
    }
  }

  /** Replaces the whole store (restoring a backup), after backing up the current state so a restore can itself be undone. */
  function restoreWhole(doc: StoreDoc): Promise<Result<null>> {
    return exclusive(async () => {
      const current = session.index()
      if (current.engagements.length > 0 || current.assessments.length > 0) {
        // why: a user restoring because a record is damaged must not be stopped by that record; the
        // safety copy keeps everything that can still be read
        const saved = await writeBackupNow({ skipUnusable: true })
        if (!saved.ok) return saved
      }
      try {
        await session.replaceAll(doc)
      } catch (error) {
        return fail('io-failed', `Could not save: ${messageOf(error)}`)
      }
      startup = { ...startup, notice: null }
      return ok(null)
    }, true)
  }

  if (opened.backupAtStart) {
    // a rolling backup of every good store we open: the last known good state survives any later damage.
    // A failed backup must not keep the user from their data, so its failure is not reported here.
    ;(deps.defer ?? ((task) => task()))(() => void exclusive(() => writeBackupNow(), false))
  }

  return {
    getStartupInfo: async () => ok(startup),
    dismissNotice: async () => {
      startup = { ...startup, notice: null }
      return ok(null)
    },
    listEngagements: () => afterWrites((index) => ok(index.engagements)),
    listAssessmentSummaries: () => afterWrites((index) => ok(index.assessments.map(summaryOf))),
    createEngagement: ({ fields }) => {
      const id = deps.ids.newId()
      return mutate({ kind: 'none' }, (doc) => {
        const next = createEngagementIn(doc, fields, id, deps.clock.now())
        const created = findEngagement(next, id)
        return created.ok ? ok({ doc: next, value: created.value }) : created
      })
    },
    updateEngagement: ({ id, fields }) =>
      mutate({ kind: 'none' }, (doc) => withEngagement(updateEngagementIn(doc, id, fields, deps.clock.now()), id)),
    setEngagementStatus: ({ id, status }) =>
      mutate({ kind: 'none' }, (doc) => withEngagement(setEngagementStatusIn(doc, id, status, deps.clock.now()), id)),
    deleteEngagement: ({ id }) =>
      mutate({ kind: 'engagements', ids: [id] }, (doc) => {
        const next = deleteEngagementIn(doc, id)
        return next.ok ? ok({ doc: next.value, value: null }) : next
      }),
    ...assessmentHandlers({ ...access, clock: deps.clock, ids: deps.ids, banks }),
    listBanks: () => afterWrites(() => ok(banks())),
    importBank: async ({ text }) => {
      const read = readBankFile(text, banks())
      if (!read.ok) return read
      const { bank, alreadyPresent } = read.value
      const value = { id: bank.id, version: bank.version, alreadyPresent }
      if (alreadyPresent) return ok(value)
      return mutate({ kind: 'none' }, (doc) => ok({ doc: { ...doc, customBanks: [...doc.customBanks, bank] }, value }))
    },
    ...reportHandlers({ view, clock: deps.clock, files: deps.files, reports: deps.reports, banks }),
    ...packetHandlers({ view, clock: deps.clock, ids: deps.ids, files: deps.files, reports: deps.reports, banks }),
    exportEngagement: async ({ engagementId }) => {
      const doc = await view({ kind: 'engagements', ids: [engagementId] })
      if (!doc.ok) return doc
      const record = recordFor(doc.value, engagementId)
      if (!record) return fail('not-found', 'That engagement no longer exists.')
      const now = deps.clock.now()
      return deps.files.save({
        suggestedName: safeFileName([record.engagement.vendorName, record.engagement.name, now.slice(0, 10)], 'json'),
        mime: 'application/json',
        data: `${JSON.stringify(engagementFile(record, now), null, 2)}\n`
      })
    },
    ...exchangeHandlers({ view, mutate, clock: deps.clock, ids: deps.ids, files: deps.files, banks, restoreWhole }),
    getSettings: () => afterWrites((index) => ok(index.settings)),
    updateSettings: ({ settings }) => {
      const parsed = SettingsSchema.parse(settings)
      return mutate({ kind: 'none' }, (doc) => ok({ doc: { ...doc, settings: parsed }, value: parsed }))
    },
    listBackups: () =>
      // waits for a backup in progress, so a list asked for after "Back up now" includes it
      exclusive(async () => {
        try {
          return ok(await deps.persistence.listBackups())
        } catch (error) {
          return fail('io-failed', `Could not list backups: ${messageOf(error)}`)
        }
      }, false),
    backupNow: () => exclusive(() => writeBackupNow(), false),
    restoreBackup: async ({ id }) => {
      const raw = await deps.persistence.readBackup(id)
      if (raw === null) return fail('not-found', 'That backup no longer exists.')
      const backup = openStoreText(raw)
      if (backup.kind === 'damaged') return fail('invalid-file', `The backup cannot be used. ${describeDamage(backup.damage)}`)
      return restoreWhole(backup.doc)
    }
  }
}

/** Ends a description with a full stop, so the next sentence does not run on from a list of problems. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function withEngagement(next: Result<StoreDoc>, id: string) {
  if (!next.ok) return next
  const found = findEngagement(next.value, id)
  return found.ok ? ok({ doc: next.value, value: found.value }) : found
}

type OpenedSession = { session: StoreSession; startup: StartupInfo; backupAtStart: boolean }

async function openSession(deps: ServiceDeps): Promise<OpenedSession> {
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
