import type { ArmsLengthApi, BackupInfo, StartupInfo, StoreNotice } from '../ipc/contract'
import { describeDamage, openStoreText } from '../store/open-store'
import { emptyStoreDoc, type StoreDoc } from '../store/store-schema'
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
}

type Session = { doc: StoreDoc; startup: StartupInfo }

/**
 * The application service behind ArmsLengthApi, shared by the desktop main process and the browser
 * edition. It keeps the store in memory and persists every change before answering, one change at a
 * time, so a caller that got `ok` knows the change is on disk.
 */
export async function createStoreService(deps: ServiceDeps): Promise<ArmsLengthApi> {
  const session = await openSession(deps)
  let queue: Promise<unknown> = Promise.resolve()

  /** Runs one change after the previous one finished; the in-memory doc moves only if the write succeeds. */
  function mutate<T>(change: (doc: StoreDoc) => Result<{ doc: StoreDoc; value: T }>): Promise<Result<T>> {
    const run = queue.then(async (): Promise<Result<T>> => {
      const changed = change(session.doc)
      if (!changed.ok) return changed
      try {
        await deps.persistence.write(changed.value.doc)
      } catch (error) {
        return fail('io-failed', `Could not save: ${error instanceof Error ? error.message : String(error)}`)
      }
      session.doc = changed.value.doc
      return ok(changed.value.value)
    })
    queue = run.catch(() => undefined)
    return run
  }

  const banks = () => [...BUILTIN_BANKS, ...session.doc.customBanks]

  /** Reads wait for earlier changes, so a caller always reads its own writes. */
  function afterWrites<T>(read: () => T): Promise<T> {
    return queue.then(read)
  }

  async function backup(): Promise<Result<BackupInfo>> {
    try {
      const info = await deps.persistence.writeBackup(JSON.stringify(session.doc), {
        createdAt: deps.clock.now(),
        engagementCount: session.doc.engagements.length
      })
      return ok(info)
    } catch (error) {
      return fail('io-failed', `Could not write the backup: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return {
    getStartupInfo: async () => ok(session.startup),
    dismissNotice: async () => {
      session.startup = { ...session.startup, notice: null }
      return ok(null)
    },
    listEngagements: () => afterWrites(() => ok(session.doc.engagements)),
    createEngagement: ({ fields }) => {
      const id = deps.ids.newId()
      return mutate((doc) => {
        const next = createEngagementIn(doc, fields, id, deps.clock.now())
        const created = findEngagement(next, id)
        return created.ok ? ok({ doc: next, value: created.value }) : created
      })
    },
    updateEngagement: ({ id, fields }) =>
      mutate((doc) => withEngagement(updateEngagementIn(doc, id, fields, deps.clock.now()), id)),
    setEngagementStatus: ({ id, status }) =>
      mutate((doc) => withEngagement(setEngagementStatusIn(doc, id, status, deps.clock.now()), id)),
    deleteEngagement: ({ id }) =>
      mutate((doc) => {
        const next = deleteEngagementIn(doc, id)
        return next.ok ? ok({ doc: next.value, value: null }) : next
      }),
    ...assessmentHandlers({ read: () => session.doc, afterWrites, mutate, clock: deps.clock, ids: deps.ids, banks }),
    listBanks: () => afterWrites(() => ok(banks())),
    importBank: async ({ text }) => {
      const read = readBankFile(text, banks())
      if (!read.ok) return read
      const { bank, alreadyPresent } = read.value
      const value = { id: bank.id, version: bank.version, alreadyPresent }
      if (alreadyPresent) return ok(value)
      return mutate((doc) => ok({ doc: { ...doc, customBanks: [...doc.customBanks, bank] }, value }))
    },
    ...reportHandlers({ read: () => session.doc, afterWrites, clock: deps.clock, files: deps.files, reports: deps.reports, banks }),
    ...packetHandlers({ read: () => session.doc, afterWrites, clock: deps.clock, ids: deps.ids, files: deps.files, reports: deps.reports, banks }),
    exportEngagement: async ({ engagementId }) => {
      const record = recordFor(session.doc, engagementId)
      if (!record) return fail('not-found', 'That engagement no longer exists.')
      const now = deps.clock.now()
      return deps.files.save({
        suggestedName: safeFileName([record.engagement.vendorName, record.engagement.name, now.slice(0, 10)], 'json'),
        mime: 'application/json',
        data: `${JSON.stringify(engagementFile(record, now), null, 2)}\n`
      })
    },
    ...exchangeHandlers({
      read: () => session.doc,
      afterWrites,
      mutate,
      clock: deps.clock,
      ids: deps.ids,
      files: deps.files,
      banks,
      backupCurrent: backup
    }),
    getSettings: () => afterWrites(() => ok(session.doc.settings)),
    updateSettings: ({ settings }) => {
      const parsed = SettingsSchema.parse(settings)
      return mutate((doc) => ok({ doc: { ...doc, settings: parsed }, value: parsed }))
    },
    listBackups: async () => {
      try {
        return ok(await deps.persistence.listBackups())
      } catch (error) {
        return fail('io-failed', `Could not list backups: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
    backupNow: backup,
    restoreBackup: async ({ id }) => {
      const raw = await deps.persistence.readBackup(id)
      if (raw === null) return fail('not-found', 'That backup no longer exists.')
      const opened = openStoreText(raw)
      if (opened.kind === 'damaged') return fail('invalid-file', `The backup cannot be used. ${describeDamage(opened.damage)}`)
      // the current state is backed up first, so a restore can itself be undone
      if (session.doc.engagements.length > 0 || session.doc.assessments.length > 0) {
        const saved = await backup()
        if (!saved.ok) return saved
      }
      const restored = await mutate(() => ok({ doc: opened.doc, value: null }))
      if (restored.ok) session.startup = { ...session.startup, notice: null }
      return restored
    }
  }
}

function withEngagement(next: Result<StoreDoc>, id: string) {
  if (!next.ok) return next
  const found = findEngagement(next.value, id)
  return found.ok ? ok({ doc: next.value, value: found.value }) : found
}

async function openSession(deps: ServiceDeps): Promise<Session> {
  const raw = await deps.persistence.read()
  const opened = openStoreText(raw)
  switch (opened.kind) {
    case 'missing':
      return { doc: opened.doc, startup: { edition: deps.edition, notice: null, migratedFrom: null } }
    case 'ok': {
      // a rolling backup of every good file we open: the last known good state survives any later damage.
      // A failed backup must not keep the user from their data, so it is not fatal here.
      await deps.persistence
        .writeBackup(raw ?? '', { createdAt: deps.clock.now(), engagementCount: opened.doc.engagements.length })
        .catch(() => undefined)
      if (opened.migratedFrom !== undefined) await deps.persistence.write(opened.doc)
      return { doc: opened.doc, startup: { edition: deps.edition, notice: null, migratedFrom: opened.migratedFrom ?? null } }
    }
    case 'damaged': {
      const setAsideAs = await deps.persistence.setAside(opened.damage.kind)
      const notice: StoreNotice = {
        kind: 'set-aside',
        message: `${describeDamage(opened.damage)} It was set aside unchanged as "${setAsideAs}", and the app started with an empty register.`,
        setAsideAs,
        offeredBackup: await newestGoodBackup(deps.persistence)
      }
      return { doc: emptyStoreDoc(), startup: { edition: deps.edition, notice, migratedFrom: null } }
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
