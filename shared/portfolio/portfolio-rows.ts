import type { QuestionBank } from '../bank/bank-schema'
import { bandStillProvisional } from '../scoring/band-provisional'
import type { Assessment } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import type { ScoreResult, ScoreSummary, SectionScore } from '../scoring/score-types'
import { dueAfterCycle } from '../workflow/due'
import type { StandingFinal } from '../workflow/revision-cycles'
import { isSignedFinal } from '../workflow/signed-final'
import { bankMissingProblem, decodeCells, resultSummaryOf, type ResultSummary, type ScoredSummary } from '../store/result-summary'
import { findBank } from '../bank/bank-registry'
import { countriesNotAssessed } from '../bank/profiles-for'
import type { CountryCode } from '../schemas/countries'
import { scoreStoredAssessment } from '../workflow/score-stored'
import { compareEngagements } from './engagement-order'
import { assessmentsByEngagement } from '../workflow/by-engagement'
import { assessmentDate, engagementFinals, latestAssessment, type LatestInput } from './latest-assessment'
import type { CellState, PortfolioRow, RowDue, SectionCell, TrendPoint } from './portfolio-types'

/** "Due soon" on the dashboard: the next assessment falls due within this many days. */
export const DUE_SOON_DAYS = 60

/** Scores each stored assessment at most once per call (finals appear both in the trend and as the latest). */
export function scoreCache(
  banks: readonly QuestionBank[]
): (a: Assessment) => { bank: QuestionBank; result: ScoreResult } | { problem: string } {
  const cache = new Map<string, { bank: QuestionBank; result: ScoreResult } | { problem: string }>()
  return (a) => {
    const key = `${a.id}@${a.updatedAt}`
    const known = cache.get(key)
    if (known) return known
    const scored = scoreStoredAssessment(a, banks)
    const value = scored.ok ? scored.value : { problem: scored.error.message }
    cache.set(key, value)
    return value
  }
}

/** The row's due date, from the engagement's standing finals (what dueStatus counts from its assessments). */
function dueOf(engagement: Engagement, standing: readonly StandingFinal<LatestInput>[], today: string): RowDue {
  const d = dueAfterCycle(engagement, standing.at(-1)?.cycle.firstFinalizedAt ?? null, today)
  return { dueDate: d.dueDate, overdue: d.overdue, dueSoon: !d.overdue && d.daysUntilDue <= DUE_SOON_DAYS, daysUntilDue: d.daysUntilDue }
}

/**
 * One cell per section, keyed by section id, for the dashboard's heat map and the audit packet's: a
 * section applies when a question of it is visible, and is scored once one is answered (N/A included).
 */
export function sectionCells<T>(result: ScoreSummary, cell: (section: SectionScore, state: CellState) => T): Record<string, T> {
  const answered = new Set(result.lines.filter((l) => l.status !== 'unanswered').map((l) => l.section))
  const cells: Record<string, T> = {}
  for (const s of result.sections) {
    cells[s.sectionId] = cell(s, s.visibleCount === 0 ? 'not-applicable' : answered.has(s.sectionId) ? 'scored' : 'unanswered')
  }
  return cells
}

/** The heat-map cells of a summary, keyed by section id; none when the bank is not at hand or does not fit. */
function cellsOf(summary: ScoredSummary, banks: readonly QuestionBank[]): Record<string, SectionCell> {
  const bank = findBank(banks, summary.bank)
  const decoded = bank
    ? decodeCells(
        summary.cells,
        bank.sections.map((s) => s.id)
      )
    : null
  const cells: Record<string, SectionCell> = {}
  for (const c of decoded ?? []) cells[c.sectionId] = c
  return cells
}

/** The engagement's delivery countries the summary's applied profiles leave unassessed; none when its bank is not at hand. */
function notAssessedIn(summary: ScoredSummary, banks: readonly QuestionBank[], engagement: Engagement): CountryCode[] {
  const bank = findBank(banks, summary.bank)
  return bank ? countriesNotAssessed(bank, summary.profiles, engagement).map((c) => c.country) : []
}

/** What a row reads of an assessment besides its result: a whole assessment, or its ref in the index. */
export type RowSource = LatestInput & Pick<Assessment, 'title' | 'kind'>

/** A ref with a result summary that is current (isCurrentSummary): what the index-only portfolio is built from. */
export type ResultRef = RowSource & { result: ResultSummary }

/**
 * One row per active engagement, by vendor name (then engagement name). `today` is a YYYY-MM-DD date from the caller.
 * The heat map uses the final of the latest cycle, else the latest draft (flagged isDraft); the trend
 * lists each cycle's final overall score (a signed revision in place of the final it corrects), oldest cycle first. Scores every assessment it uses (at most once).
 */
export function portfolioRows(
  engagements: readonly Engagement[],
  assessments: readonly Assessment[],
  banks: readonly QuestionBank[],
  today: string
): PortfolioRow[] {
  const cache = new Map<Assessment, ResultSummary>()
  return rowsOf(engagements, assessments, today, banks, (a) => {
    let known = cache.get(a)
    if (!known) {
      known = resultSummaryOf(a, banks)
      cache.set(a, known)
    }
    return known
  })
}

/**
 * The same rows from the index alone: each ref's stored result summary stands for scoring its body
 * (test/shared/portfolio-from-index.property.test.ts proves the two agree). The caller passes only
 * current summaries: the service recomputes a stale or missing one from the body first.
 */
export function portfolioRowsFromRefs(
  engagements: readonly Engagement[],
  refs: readonly ResultRef[],
  today: string,
  banks: readonly QuestionBank[]
): PortfolioRow[] {
  return rowsOf(engagements, refs, today, banks, (r) => r.result)
}

function rowsOf<A extends RowSource>(
  engagements: readonly Engagement[],
  assessments: readonly A[],
  today: string,
  banks: readonly QuestionBank[],
  resultOf: (a: A) => ResultSummary
): PortfolioRow[] {
  const byEngagement = assessmentsByEngagement(assessments)
  return engagements
    .filter((e) => e.status === 'active')
    .sort(compareEngagements)
    .map((e) => {
      const own = byEngagement.get(e.id) ?? []
      // the finals and cycles are counted once per engagement: the latest assessment, the trend and the due date read them
      const finals = engagementFinals(e.id, own)
      const latest = latestAssessment(e.id, own, finals)
      const summary = latest ? resultOf(latest) : null
      const result = summary?.kind === 'scored' ? summary : null
      const trend: TrendPoint[] = []
      // one point per cycle: a signed revision stands in place of the final it corrects (revision-cycles.ts)
      for (const { final: f, cycle } of finals.standing) {
        const s = resultOf(f)
        if (s.kind === 'scored')
          trend.push({
            assessmentId: f.id,
            finalizedOn: assessmentDate(f),
            cycleOn: cycle.firstFinalizedAt.slice(0, 10),
            corrected: cycle.corrected,
            score: s.score,
            band: s.band,
            sufficient: s.sufficiency === 'sufficient',
            provisionalBand: bandStillProvisional(s.sufficiency, s.band, s.openDecisive > 0)
          })
      }
      return {
        engagementId: e.id,
        vendorName: e.vendorName,
        engagementName: e.name,
        owner: e.owner.trim(),
        countries: e.deliveryCountries,
        services: e.services,
        assessment:
          latest && summary
            ? {
                id: latest.id,
                title: latest.title,
                kind: latest.kind,
                status: latest.status,
                date: assessmentDate(latest),
                bank: summary.bank
              }
            : null,
        isDraft: latest !== null && !isSignedFinal(latest),
        overall: result ? { score: result.score, band: result.band } : null,
        sufficiency: result ? result.sufficiency : null,
        sections: result ? cellsOf(result, banks) : {},
        countriesNotAssessed: result ? notAssessedIn(result, banks, e) : [],
        redFlagCount: result?.redFlags ?? 0,
        coverage: result ? result.coverage : null,
        provisional: result?.provisional ?? false,
        openDecisive: result?.openDecisive ?? 0,
        due: dueOf(e, finals.standing, today),
        trend,
        problem: summary?.kind === 'unscorable' ? bankMissingProblem(summary.bank) : null
      }
    })
}
