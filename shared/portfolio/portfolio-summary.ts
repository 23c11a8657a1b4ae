import type { ScoringRules } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import { bandFor, roundScore } from '../scoring/bands'
import type { PortfolioRow } from './portfolio-types'

/**
 * Engagements per overall band, counting only results with sufficient information. unassessed: no
 * assessment, no score, or nothing answered ("Not assessed"); insufficient: below the coverage threshold
 * ("Insufficient information"). Neither is ever counted in a band, least of all as Low.
 */
export type BandCounts = Record<RiskBand, number> & { unassessed: number; insufficient: number }

export function bandCounts(rows: readonly PortfolioRow[]): BandCounts {
  const counts: BandCounts = { low: 0, moderate: 0, high: 0, critical: 0, unassessed: 0, insufficient: 0 }
  for (const r of rows) {
    if (!r.overall || r.sufficiency === null || r.sufficiency === 'not-assessed') counts.unassessed += 1
    else if (r.sufficiency === 'insufficient') counts.insufficient += 1
    else counts[r.overall.band] += 1
  }
  return counts
}

/**
 * One year of the portfolio trend: the mean overall score of the final assessments signed off that year
 * with enough information to rely on (score and band null when there was none), and how many finals of
 * that year were left out for insufficient information.
 */
export type PortfolioTrendPoint = {
  year: string
  score: number | null
  band: RiskBand | null
  assessments: number
  engagements: number
  leftOut: number
}

/**
 * The portfolio trend, per CALENDAR YEAR OF FINALIZATION: the mean overall score of every final
 * assessment signed off in that year, across the rows given. Calendar years, not cycle numbers,
 * because engagements start in different years: an engagement's first cycle in 2026 says nothing about
 * the portfolio in its first year, and "cycle 3" would mix 2024 and 2026 results. When an engagement
 * was finalized twice in one year (a revision), both count. A final signed off with insufficient
 * information is left out of the mean and counted apart: its low score is missing answers, and a green
 * "Low" mean would present it as low risk. The mean is banded by the given rules so the band and the
 * number never disagree.
 */
export function portfolioTrend(rows: readonly PortfolioRow[], rules: Pick<ScoringRules, 'bands'>): PortfolioTrendPoint[] {
  const years = new Map<string, { sum: number; n: number; leftOut: number; engagements: Set<string> }>()
  for (const r of rows) {
    for (const p of r.trend) {
      const year = p.finalizedOn.slice(0, 4)
      const y = years.get(year) ?? { sum: 0, n: 0, leftOut: 0, engagements: new Set<string>() }
      // nor is one whose band a question still open could raise: its low score may be that question unanswered
      if (p.sufficient && !p.provisionalBand) {
        y.sum += p.score
        y.n += 1
        y.engagements.add(r.engagementId)
      } else y.leftOut += 1
      years.set(year, y)
    }
  }
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, y]) => {
      const score = y.n > 0 ? roundScore(y.sum / y.n) : null
      return {
        year,
        score,
        band: score === null ? null : bandFor(score, rules),
        assessments: y.n,
        engagements: y.engagements.size,
        leftOut: y.leftOut
      }
    })
}

/** Engagements whose next assessment is overdue, longest overdue first. */
export function overdueRows(rows: readonly PortfolioRow[]): PortfolioRow[] {
  return rows
    .filter((r) => r.due.overdue)
    .sort((a, b) => a.due.daysUntilDue - b.due.daysUntilDue || a.vendorName.localeCompare(b.vendorName))
}

/** Engagements due within DUE_SOON_DAYS days and not yet overdue, soonest first. */
export function dueSoonRows(rows: readonly PortfolioRow[]): PortfolioRow[] {
  return rows
    .filter((r) => r.due.dueSoon)
    .sort((a, b) => a.due.daysUntilDue - b.due.daysUntilDue || a.vendorName.localeCompare(b.vendorName))
}
