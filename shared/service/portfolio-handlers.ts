import type { ArmsLengthApi } from '../ipc/contract'
import { engagementFinals, latestAssessment } from '../portfolio/latest-assessment'
import { portfolioRowsFromRefs, type ResultRef } from '../portfolio/portfolio-rows'
import { isCurrentSummary, resultSummaryOf, summaryFits, type ResultSummary } from '../store/result-summary'
import type { AssessmentRef } from '../store/store-index'
import { assessmentsByEngagement } from '../workflow/by-engagement'
import { ok, type Result } from '../util/result'
import type { BankRef } from '../bank/bank-registry'
import type { StoreAccess } from './store-service'
import { banksOf } from './store-session'

/**
 * The portfolio from the index: each engagement's latest assessment and its finals (the trend) are
 * taken with their stored result summaries. A summary that is missing or stale (isCurrentSummary) is
 * never shown: that assessment's body is read and scored instead, so the rows always agree with the
 * records. Normally none is: every save writes a current summary and the start-up upgrade refreshes
 * the rest.
 */
export function portfolioHandlers(
  deps: Pick<StoreAccess, 'afterWrites' | 'view'> & {
    /** Loads the earlier built-in bank releases among `refs` (bank-source.ts): a row's cells are read with its bank's sections. */
    loadBanks: (refs: readonly BankRef[]) => Promise<Result<unknown>>
  }
): Pick<ArmsLengthApi, 'listPortfolio'> {
  return {
    listPortfolio: async ({ today }) => {
      const { index, used } = await deps.afterWrites((index) => ({ index, used: refsShown(index.engagements, index.assessments) }))
      const loaded = await deps.loadBanks(used.flatMap((r) => (r.result ? [r.result.bank] : [])))
      if (!loaded.ok) return loaded
      const banks = banksOf(index)
      const usable = (r: AssessmentRef): r is AssessmentRef & { result: ResultSummary } =>
        isCurrentSummary(r.result, banks) && summaryFits(r.result, banks)
      const stale = used.filter((r) => !usable(r))
      const refs: ResultRef[] = used.flatMap((r) => (usable(r) ? [{ ...r, result: r.result }] : []))
      if (stale.length > 0) {
        const staleIds = new Set(stale.map((r) => r.id))
        const doc = await deps.view({ kind: 'engagements', ids: [...new Set(stale.map((r) => r.engagementId))] })
        if (!doc.ok) return doc
        const docBanks = banksOf(doc.value)
        for (const a of doc.value.assessments) if (staleIds.has(a.id)) refs.push({ ...a, result: resultSummaryOf(a, docBanks) })
      }
      return ok(portfolioRowsFromRefs(index.engagements, refs, today, banks))
    }
  }
}

/** The refs a portfolio row reads: per active engagement, its latest assessment and its finals. */
function refsShown(engagements: readonly { id: string; status: string }[], refs: readonly AssessmentRef[]): AssessmentRef[] {
  const byEngagement = assessmentsByEngagement(refs)
  const used: AssessmentRef[] = []
  for (const e of engagements) {
    if (e.status !== 'active') continue
    const own = byEngagement.get(e.id) ?? []
    const finals = engagementFinals(e.id, own)
    used.push(...finals.finals)
    const latest = latestAssessment(e.id, own, finals)
    if (latest && !finals.finals.some((f) => f === latest)) used.push(latest)
  }
  return used
}
