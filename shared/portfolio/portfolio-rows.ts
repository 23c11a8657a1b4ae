import type { QuestionBank } from '../bank/bank-schema'
import type { Assessment } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import type { ScoreResult, SectionScore } from '../scoring/score-types'
import { dueStatus } from '../workflow/due'
import { scoreStoredAssessment } from '../workflow/score-stored'
import { compareEngagements } from './engagement-order'
import { assessmentsByEngagement } from '../workflow/by-engagement'
import { assessmentDate, finalsOf, isSignedFinal, latestAssessment } from './latest-assessment'
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

function dueOf(engagement: Engagement, assessments: readonly Assessment[], today: string): RowDue {
  const d = dueStatus(engagement, assessments, today)
  return { dueDate: d.dueDate, overdue: d.overdue, dueSoon: !d.overdue && d.daysUntilDue <= DUE_SOON_DAYS, daysUntilDue: d.daysUntilDue }
}

/**
 * One cell per section, keyed by section id, for the dashboard's heat map and the audit packet's: a
 * section applies when a question of it is visible, and is scored once one is answered (N/A included).
 */
export function sectionCells<T>(result: ScoreResult, cell: (section: SectionScore, state: CellState) => T): Record<string, T> {
  const answered = new Set(result.lines.filter((l) => l.status !== 'unanswered').map((l) => l.section))
  const cells: Record<string, T> = {}
  for (const s of result.sections) {
    cells[s.sectionId] = cell(s, s.visibleCount === 0 ? 'not-applicable' : answered.has(s.sectionId) ? 'scored' : 'unanswered')
  }
  return cells
}

function cellsOf(result: ScoreResult): Record<string, SectionCell> {
  return sectionCells(result, (s, state) => ({
    sectionId: s.sectionId,
    score: s.rounded,
    band: s.band,
    redFlagCount: s.redFlagCount,
    state,
    sufficiency: s.sufficiency
  }))
}

/**
 * One row per active engagement, by vendor name (then engagement name). `today` is a YYYY-MM-DD date from the caller.
 * The heat map uses the latest final assessment, else the latest draft (flagged isDraft); the trend
 * lists every final assessment's overall score, oldest first.
 */
export function portfolioRows(
  engagements: readonly Engagement[],
  assessments: readonly Assessment[],
  banks: readonly QuestionBank[],
  today: string
): PortfolioRow[] {
  const scoreOf = scoreCache(banks)
  const byEngagement = assessmentsByEngagement(assessments)
  return engagements
    .filter((e) => e.status === 'active')
    .sort(compareEngagements)
    .map((e) => {
      const own = byEngagement.get(e.id) ?? []
      const latest = latestAssessment(e.id, own)
      const scored = latest ? scoreOf(latest) : null
      const result = scored && 'result' in scored ? scored.result : null
      const trend: TrendPoint[] = []
      for (const f of finalsOf(e.id, own)) {
        const s = scoreOf(f)
        if ('result' in s)
          trend.push({ assessmentId: f.id, finalizedOn: assessmentDate(f), score: s.result.overall.rounded, band: s.result.overall.band })
      }
      return {
        engagementId: e.id,
        vendorName: e.vendorName,
        engagementName: e.name,
        owner: e.owner.trim(),
        countries: e.deliveryCountries,
        services: e.services,
        assessment: latest
          ? {
              id: latest.id,
              title: latest.title,
              kind: latest.kind,
              status: latest.status,
              date: assessmentDate(latest),
              bank: latest.bank
            }
          : null,
        isDraft: latest !== null && !isSignedFinal(latest),
        overall: result ? { score: result.overall.rounded, band: result.overall.band } : null,
        sufficiency: result ? result.sufficiency.status : null,
        sections: result ? cellsOf(result) : {},
        redFlagCount: result?.redFlags.length ?? 0,
        coverage: result ? result.coverage.ratio : null,
        provisional: result?.provisional ?? false,
        due: dueOf(e, own, today),
        trend,
        problem: scored && 'problem' in scored ? scored.problem : null
      }
    })
}
