import type { QuestionBank } from '../bank/bank-schema'
import type { Assessment } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import type { ScoreResult } from '../scoring/score-types'
import { dueStatus } from '../workflow/due'
import { scoreStoredAssessment } from '../workflow/score-stored'
import { assessmentDate, finalsOf, isSignedFinal, latestAssessment } from './latest-assessment'
import type { PortfolioRow, RowDue, SectionCell, TrendPoint } from './portfolio-types'

/** "Due soon" on the dashboard: the next assessment falls due within this many days. */
export const DUE_SOON_DAYS = 60

/** Scores each stored assessment at most once per call (finals appear both in the trend and as the latest). */
export function scoreCache(banks: readonly QuestionBank[]): (a: Assessment) => { result: ScoreResult } | { problem: string } {
  const cache = new Map<string, { result: ScoreResult } | { problem: string }>()
  return (a) => {
    const key = `${a.id}@${a.updatedAt}`
    const known = cache.get(key)
    if (known) return known
    const scored = scoreStoredAssessment(a, banks)
    const value = scored.ok ? { result: scored.value.result } : { problem: scored.error.message }
    cache.set(key, value)
    return value
  }
}

function dueOf(engagement: Engagement, assessments: readonly Assessment[], today: string): RowDue {
  const d = dueStatus(engagement, assessments, today)
  return { dueDate: d.dueDate, overdue: d.overdue, dueSoon: !d.overdue && d.daysUntilDue <= DUE_SOON_DAYS, daysUntilDue: d.daysUntilDue }
}

function cellsOf(result: ScoreResult): Record<string, SectionCell> {
  const answered = new Set(result.lines.filter((l) => l.status !== 'unanswered').map((l) => l.section))
  const cells: Record<string, SectionCell> = {}
  for (const s of result.sections) {
    const state = s.visibleCount === 0 ? 'not-applicable' : answered.has(s.sectionId) ? 'scored' : 'unanswered'
    cells[s.sectionId] = { sectionId: s.sectionId, score: s.rounded, band: s.band, redFlagCount: s.redFlagCount, state }
  }
  return cells
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

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
  const byEngagement = new Map<string, Assessment[]>()
  for (const a of assessments) byEngagement.set(a.engagementId, [...(byEngagement.get(a.engagementId) ?? []), a])
  return engagements
    .filter((e) => e.status === 'active')
    .sort((a, b) => collator.compare(a.vendorName, b.vendorName) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
    .map((e) => {
      const own = byEngagement.get(e.id) ?? []
      const latest = latestAssessment(e.id, own)
      const scored = latest ? scoreOf(latest) : null
      const result = scored && 'result' in scored ? scored.result : null
      const trend: TrendPoint[] = []
      for (const f of finalsOf(e.id, own)) {
        const s = scoreOf(f)
        if ('result' in s) trend.push({ assessmentId: f.id, finalizedOn: assessmentDate(f), score: s.result.overall.rounded, band: s.result.overall.band })
      }
      return {
        engagementId: e.id,
        vendorName: e.vendorName,
        engagementName: e.name,
        owner: e.owner.trim(),
        countries: e.deliveryCountries,
        services: e.services,
        assessment: latest
          ? { id: latest.id, title: latest.title, kind: latest.kind, status: latest.status, date: assessmentDate(latest), bank: latest.bank }
          : null,
        isDraft: latest !== null && !isSignedFinal(latest),
        overall: result ? { score: result.overall.rounded, band: result.overall.band } : null,
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
