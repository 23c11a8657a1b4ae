import type { QuestionBank } from '../bank/bank-schema'
import type { UpgradeProgress } from '../ipc/contract'
import { isCurrentSummary, resultSummaryOf } from '../store/result-summary'
import { recordedRefOf, type AssessmentRef, type StoreIndex } from '../store/store-index'
import { messageOf } from '../util/result'
import type { BackupKeeper } from './backup-keeper'
import { BUILTIN_BANK_SOURCE } from '../bank/bank-source'
import { banksOf, wholeTextOf, type AdoptedSummary, type StoreSession } from './store-session'

// why: as the session's own reads: a few in flight keep the disk busy without opening thousands of files
const PARALLEL_READS = 16

/**
 * What a start must compute: every result summary that is missing (an index of version 4 or 5, a body that
 * could not be read before) or stale (scored under another engine version or bank content). `from` is
 * the older store version read, when the format itself is being upgraded.
 */
export type SummaryPlan = {
  from: number | null
  refs: readonly AssessmentRef[]
  /** Write a verified backup before the index: a format upgrade whose old state is not kept yet. */
  backUpFirst: boolean
}

export function summaryPlan(index: StoreIndex, upgrade: { from: number; backedUp: boolean } | null): SummaryPlan | null {
  const banks = banksOf(index)
  // a final whose ref lacks its fingerprint (written before refs recorded it) is read once to record it
  const refs = index.assessments.filter((r) => !isCurrentSummary(r.result, banks) || (r.signOff !== undefined && !r.signOff.fingerprint))
  if (upgrade === null) return refs.length === 0 ? null : { from: null, refs, backUpFirst: false }
  return { from: upgrade.from, refs, backUpFirst: !upgrade.backedUp && index.assessments.length > 0 }
}

export type SummaryUpgradeDeps = {
  session: StoreSession
  keeper: BackupKeeper
  /** Told after each batch of bodies: `done` never decreases and ends at `total`. */
  onProgress: (progress: { done: number; total: number }) => void
}

/**
 * The one-time store upgrade (index version 4 or 5 → 6), and the refresh of stale summaries after a bank or
 * engine change. Reads each body once: the summary is scored from it and, for a format upgrade, its
 * text goes into a verified backup written BEFORE anything changes. Then one index write commits every
 * summary (the records themselves are not touched). A crash before that write leaves the old index as
 * it was, and the next start does the work again; a failure is reported and the app works on, the
 * portfolio scoring bodies itself where a summary is missing or stale.
 */
export async function runSummaryUpgrade(plan: SummaryPlan, deps: SummaryUpgradeDeps): Promise<UpgradeProgress> {
  const { session, keeper, onProgress } = deps
  const index = session.index()
  let banks: QuestionBank[] = banksOf(index)
  const total = plan.refs.length
  const { backUpFirst } = plan
  const computed = new Map<string, AdoptedSummary>()
  const unreadable: string[] = []
  // for the backup: the text of every body, in index order (a format upgrade computes every ref)
  const texts = new Map<string, string>()
  let done = 0
  onProgress({ done, total })
  for (let start = 0; start < total; start += PARALLEL_READS) {
    const batch = plan.refs.slice(start, start + PARALLEL_READS)
    const read = await Promise.all(batch.map(async (ref) => ({ ref, body: await session.readStored(ref) })))
    // the earlier bank releases these bodies are pinned to; one that cannot be loaded fails the upgrade (reported), never a summary
    const loaded = await BUILTIN_BANK_SOURCE.load(read.flatMap(({ body }) => (body.ok ? [body.value.assessment.bank] : [])))
    if (!loaded.ok) throw new Error(loaded.error.message)
    banks = banksOf(index)
    for (const { ref, body } of read) {
      if (!body.ok) {
        unreadable.push(ref.title || ref.id)
        continue
      }
      computed.set(ref.id, {
        rev: ref.rev,
        result: resultSummaryOf(body.value.assessment, banks),
        recorded: recordedRefOf(body.value.assessment)
      })
      if (backUpFirst) texts.set(ref.id, body.value.raw)
    }
    done += batch.length
    onProgress({ done, total })
  }
  let backedUp = false
  if (backUpFirst) {
    const bodies = index.assessments.flatMap((r) => {
      const text = texts.get(r.id)
      return text === undefined ? [] : [text]
    })
    try {
      await keeper.backUp({ beforeChange: true, skipUnusable: true }, { text: wholeTextOf(index, bodies), skipped: unreadable })
      // a partial copy (records that could not be read left out) is not a backup of this state
      backedUp = unreadable.length === 0
    } catch (error) {
      return failed(
        plan,
        total,
        `Before upgrading the data file, a backup of it could not be made (${messageOf(error)}). Nothing was changed.`
      )
    }
  }
  try {
    // nothing to store (every body it tried could not be read): the index is left as it is, unwritten
    if (computed.size > 0 || plan.from !== null) await session.adoptSummaries(computed, { backedUp })
  } catch (error) {
    return failed(plan, total, `The upgraded data file could not be saved (${messageOf(error)}). Nothing was changed.`)
  }
  const skipped =
    unreadable.length === 0
      ? null
      : `${unreadable.length} assessment${unreadable.length === 1 ? '' : 's'} could not be read (${unreadable.slice(0, 5).join(', ')}${unreadable.length > 5 ? ', …' : ''}); ` +
        'the portfolio shows why when it needs them.'
  return { state: 'done', from: plan.from, done: total, total, message: skipped }
}

function failed(plan: SummaryPlan, total: number, message: string): UpgradeProgress {
  return { state: 'failed', from: plan.from, done: total, total, message }
}
