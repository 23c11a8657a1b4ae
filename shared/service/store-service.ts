import type { ArmsLengthApi, BackupInfo, BackupMade, StartupInfo, UpgradeProgress } from '../ipc/contract'
import { runSummaryUpgrade, summaryPlan } from './summary-upgrade'
import { portfolioHandlers } from './portfolio-handlers'
import { describeDamage, openStoreText } from '../store/open-store'
import { SettingsSchema, type StoreDoc } from '../store/store-schema'
import type { QuestionBank } from '../bank/bank-schema'
import { summaryOf, type StoreIndex } from '../store/store-index'
import { fail, messageOf, ok, type Result } from '../util/result'
import { todayOf, type Clock, type IdSource } from './clock'
import type { StorePersistence } from './persistence'
import type { FileSaver } from './file-saver'
import type { ReportGenerator } from '../report/report-generator'
import { reportHandlers } from './report-handlers'
import { packetHandlers } from './packet-handlers'
import { engagementFile, recordFor, safeFileName } from '../exchange/build-exchange'
import { assessmentHandlers } from './assessment-handlers'
import { exchangeHandlers, readBackupFile } from './exchange-handlers'
import { restoreImpact } from './restore-impact'
import { BUILTIN_BANK_SOURCE } from '../bank/bank-source'
import { readBankFile } from '../bank/import-bank'
import type { ScopeOf } from './store-session'
import { openSession } from './open-session'
import { collectDiagnostics, type DiagnosticsHost } from '../diagnostics/collect-diagnostics'
import { createBackupKeeper, droppedFinals, removesRecords, type BackupRequest } from './backup-keeper'
import { checkStoreDoc } from '../exchange/validate-exchange'
import type { SignedAhead } from '../exchange/sign-off-time'
import { deleteEngagementChecked } from './delete-engagement'
import { createEngagementIn, findEngagement, setEngagementStatusIn, updateEngagementIn } from './engagement-ops'

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
  /** What "Copy diagnostic information" says about the host (version, platform, log); absent in tests. */
  host?: DiagnosticsHost
}

/** How the service reaches the store: index reads after pending writes, body reads and changes one at a time. */
export type StoreAccess = {
  /** Reads the index once every change asked for before has been written (read-your-writes). */
  afterWrites: <T>(read: (index: StoreIndex) => T) => Promise<T>
  /** The store with the bodies of `scope` loaded; runs between changes, never during one. */
  view: (scope: ScopeOf) => Promise<Result<StoreDoc>>
  /**
   * Runs one change on a view of `scope`; the stored data moves only if the write succeeds. A change
   * that removes an engagement or assessment, or one marked `destructive` (an import replacing ours),
   * is written only after a verified backup of everything — pinned when it drops a signed-off assessment.
   */
  mutate: <T>(
    scope: ScopeOf,
    change: (doc: StoreDoc) => Result<{ doc: StoreDoc; value: T }>,
    options?: { destructive?: boolean }
  ) => Promise<Result<T>>
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
  const keeper = createBackupKeeper({ persistence: deps.persistence, session, clock: deps.clock })
  /** A store from a newer version is shown, never written: every change answers this. */
  const readOnly = (): Result<never> | null => (startup.readOnly ? fail('read-only', startup.readOnly.message) : null)

  /** Body reads, changes and backups run one at a time: a commit never drops a body a read is loading. */
  function exclusive<T>(task: () => Promise<T>, isWrite: boolean): Promise<T> {
    const run = chain.then(task)
    chain = run.catch(() => undefined)
    if (isWrite) writes = chain
    return run
  }

  /** Not queued: callers run it inside their own exclusive task. */
  async function backUpNow(request: BackupRequest = {}): Promise<Result<BackupMade>> {
    const refused = readOnly()
    if (refused) return refused
    try {
      return ok(await keeper.backUp(request))
    } catch (error) {
      return fail('io-failed', `Could not write the backup: ${messageOf(error)}`)
    }
  }

  /** The verified backup a destructive change waits for; its failure stops the change. */
  async function backUpBefore(request: BackupRequest): Promise<Result<BackupMade>> {
    const made = await backUpNow({ ...request, beforeChange: true })
    return made.ok
      ? made
      : fail(made.error.code, `Nothing was changed: a backup of your data must be made first, and it failed. ${made.error.message}`)
  }

  const builtins = BUILTIN_BANK_SOURCE
  /**
   * A view with the earlier bank releases its assessments are pinned to loaded, so every handler finds
   * them in banks() synchronously. An archive that cannot be loaded fails the view: the user is told, and
   * nothing is scored or written without the bank an assessment was answered under.
   */
  async function viewWithBanks(scope: ScopeOf): Promise<Result<StoreDoc>> {
    const doc = await session.view(scope)
    if (!doc.ok) return doc
    const loaded = await builtins.load(doc.value.assessments.map((a) => a.bank))
    return loaded.ok ? doc : loaded
  }

  const access: StoreAccess = {
    afterWrites: (read) => writes.then(() => read(session.index())),
    view: (scope) => exclusive(() => viewWithBanks(scope), false),
    mutate: (scope, change, options = {}) =>
      exclusive(async () => {
        const refused = readOnly()
        if (refused) return refused
        const before = await viewWithBanks(scope)
        if (!before.ok) return before
        const changed = change(before.value)
        if (!changed.ok) return changed
        const after = changed.value.doc
        if (after !== before.value && (options.destructive || removesRecords(before.value, after))) {
          const saved = await backUpBefore({ pinned: droppedFinals(before.value, after).length > 0 })
          if (!saved.ok) return saved
        }
        try {
          await session.commitChange(before.value, after)
        } catch (error) {
          return fail('io-failed', `Could not save: ${messageOf(error)}`)
        }
        return ok(changed.value.value)
      }, true)
  }
  const { afterWrites, view, mutate } = access
  const banks = () => [...builtins.loaded(), ...session.index().customBanks]
  /** Every bank, each earlier release loaded: for what reads assessments not yet in the store (an import, a restore). */
  const allBanks = async (): Promise<Result<QuestionBank[]>> => {
    const loaded = await builtins.loadAll()
    return loaded.ok ? ok(banks()) : loaded
  }
  // the portfolio waits for the upgrade: until then it would have to score every body itself
  const { listPortfolio: portfolio } = portfolioHandlers({
    view,
    afterWrites: (read) => upgraded.then(() => afterWrites(read)),
    loadBanks: (refs) => builtins.load(refs)
  })

  /**
   * The checks an import passes, with the banks the document's assessments were answered under (restore and
   * its preview). `ahead`: a sign-off dated after the clock is accepted from the backup list, refused from a file.
   */
  async function checkRestorable(doc: StoreDoc, nothingDone: string, ahead: SignedAhead): Promise<Result<null>> {
    const loaded = await builtins.load(doc.assessments.map((a) => a.bank))
    if (!loaded.ok) return loaded
    const problems = checkStoreDoc(doc, loaded.value, deps.clock.now(), ahead)
    return problems.length > 0
      ? fail('invalid-file', `This backup does not pass the checks an import must pass, so ${nothingDone}.`, problems)
      : ok(null)
  }

  /**
   * Replaces the whole store (restoring a backup) once it passes the checks an import passes, after a
   * verified backup of the current state, so a restore can itself be undone.
   */
  function restoreWhole(doc: StoreDoc, from?: BackupInfo): Promise<Result<null>> {
    return exclusive(async () => {
      const refused = readOnly()
      if (refused) return refused
      const checked = await checkRestorable(doc, 'nothing was restored', from ? 'accepted' : 'refused')
      if (!checked.ok) return checked
      const current = session.index()
      if (current.engagements.length > 0 || current.assessments.length > 0) {
        // why: a user restoring because a record is damaged must not be stopped by that record; the
        // safety copy keeps everything that can still be read. It is pinned when the restore takes away
        // or replaces a signed-off assessment: the list the restore dialog showed (restore-impact.ts)
        const pinned = restoreImpact(current, doc, deps.clock.now()).signedOff.length > 0
        const saved = await backUpBefore({ skipUnusable: true, pinned })
        if (!saved.ok) return saved
      }
      try {
        await session.replaceAll(doc)
      } catch (error) {
        return fail('io-failed', `Could not save: ${messageOf(error)}`)
      }
      if (from) await keeper.restoredFrom(from)
      startup = { ...startup, notice: null }
      return ok(null)
    }, true)
  }

  // The one-time store upgrade (index version 4, or a just-split older document → 5) or a refresh of stale
  // result summaries, while the renderer polls getUpgradeProgress and shows progress. It runs in the
  // exclusive queue, so body reads and changes wait for it; it changes no record, so index reads need not.
  // Never on a read-only store: nothing of a newer version's data is written.
  let upgrade: UpgradeProgress | null = null
  /** Ends with the upgrade. Reads of the index do not wait for it (the register opens at once); body reads, changes and the portfolio do. */
  let upgraded: Promise<unknown> = Promise.resolve()
  const plan = startup.readOnly ? null : summaryPlan(session.index(), opened.upgrade)
  if (plan) {
    upgrade = { state: 'running', from: plan.from, done: 0, total: plan.refs.length, message: null }
    upgraded = exclusive(async () => {
      try {
        upgrade = await runSummaryUpgrade(plan, {
          session,
          keeper,
          onProgress: ({ done, total }) => {
            upgrade = { state: 'running', from: plan.from, done, total, message: null }
          }
        })
      } catch (error) {
        upgrade = { state: 'failed', from: plan.from, done: 0, total: plan.refs.length, message: messageOf(error) }
      }
    }, false)
  }

  const assessments = assessmentHandlers({ ...access, clock: deps.clock, ids: deps.ids, banks, loadAllBanks: () => builtins.loadAll() })

  if (opened.backupAtStart) {
    // a rolling backup of every good store we open: the last known good state survives any later damage.
    // A failed backup must not keep the user from their data, so its failure is not reported here.
    ;(deps.defer ?? ((task) => task()))(() => void exclusive(() => backUpNow(), false))
  }

  return {
    getStartupInfo: async () => ok(startup),
    getDiagnostics: () =>
      collectDiagnostics({
        index: () => afterWrites((index) => index),
        backups: () => deps.persistence.listBackups(),
        startup: () => startup,
        host: deps.host
      }),
    dismissNotice: async () => {
      // both are told once: a damaged file set aside, or an upgrade of the storage format
      startup = { ...startup, notice: null, migratedFrom: null }
      return ok(null)
    },
    listEngagements: () => afterWrites((index) => ok(index.engagements)),
    listAssessmentSummaries: () => afterWrites((index) => ok(index.assessments.map(summaryOf))),
    listPortfolio: portfolio,
    getUpgradeProgress: async () => ok(upgrade),
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
    deleteEngagement: ({ id, confirmName }) =>
      mutate({ kind: 'engagements', ids: [id] }, (doc) => {
        const next = deleteEngagementChecked(doc, id, confirmName)
        return next.ok ? ok({ doc: next.value, value: null }) : next
      }),
    ...assessments,
    finalizeAssessment: async (req) => {
      const signed = await assessments.finalizeAssessment(req)
      // until the next start the newest backup held this final unsigned, so restoring it would have un-signed it
      // (vendor-manager review): a backup holding the signed final is taken once it is stored, later, as at start-up
      if (!signed.ok) return signed
      // the hosts defer it past the answer; without `defer` (tests) it is made before answering, so nothing races it
      if (deps.defer) deps.defer(() => void exclusive(() => backUpNow(), false))
      else await exclusive(() => backUpNow(), false)
      return signed
    },
    listBanks: () => afterWrites(() => ok(banks())),
    loadBanks: async ({ refs }) => {
      const loaded = refs === undefined ? await builtins.loadAll() : await builtins.load(refs)
      return loaded.ok ? afterWrites(() => ok(banks())) : loaded
    },
    importBank: async ({ text }) => {
      // why: every release loaded, so a file claiming an earlier release's id and version is compared with it
      const all = await allBanks()
      if (!all.ok) return all
      const read = readBankFile(text, all.value)
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
        suggestedName: safeFileName([record.engagement.vendorName, record.engagement.name, todayOf(deps.clock)], 'json'),
        mime: 'application/json',
        data: `${JSON.stringify(engagementFile(record, now), null, 2)}\n`
      })
    },
    ...exchangeHandlers({ view, mutate, clock: deps.clock, ids: deps.ids, files: deps.files, banks, allBanks, restoreWhole, portfolio }),
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
    backupNow: () => exclusive(() => backUpNow(), false),
    restoreBackup: async ({ id }) => {
      const backup = await readBackupById(id)
      if (!backup.ok) return backup
      const info = (await deps.persistence.listBackups().catch(() => [])).find((b) => b.id === id)
      return restoreWhole(backup.value, info)
    },
    previewRestore: async (req) => {
      const doc = 'id' in req ? await readBackupById(req.id) : readBackupFile(req.text)
      if (!doc.ok) return doc
      // as the restore decides it: a sign-off dated after now is accepted only from a backup the list holds
      const listed = 'id' in req && (await deps.persistence.listBackups().catch(() => [])).some((b) => b.id === req.id)
      const checked = await checkRestorable(doc.value, 'it cannot be restored', listed ? 'accepted' : 'refused')
      if (!checked.ok) return checked
      return afterWrites((index) => ok(restoreImpact(index, doc.value, deps.clock.now())))
    }
  }

  async function readBackupById(id: string): Promise<Result<StoreDoc>> {
    const raw = await deps.persistence.readBackup(id)
    if (raw === null) return fail('not-found', 'That backup no longer exists.')
    const backup = openStoreText(raw)
    return backup.kind === 'damaged' ? fail('invalid-file', `The backup cannot be used. ${describeDamage(backup.damage)}`) : ok(backup.doc)
  }
}

function withEngagement(next: Result<StoreDoc>, id: string) {
  if (!next.ok) return next
  const found = findEngagement(next.value, id)
  return found.ok ? ok({ doc: next.value, value: found.value }) : found
}
