import type { ScoringRules } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import { bandFor, roundScore } from '../scoring/bands'
import type { PortfolioRow, TrendPoint } from './portfolio-types'

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
 * One year of the portfolio trend: the mean overall score of the engagements whose latest final of that
 * year has enough information to rely on (score and band null when none has), how many engagements were
 * left out because their latest final of the year has not, and how many earlier finals of the year were
 * superseded by the same engagement's later sign-off that year.
 */
export type PortfolioTrendPoint = {
  year: string
  score: number | null
  band: RiskBand | null
  /** Engagements in the mean: each counted once, by its latest final of the year. */
  engagements: number
  /** Engagements whose latest final of the year was signed off with insufficient information or an open decisive question. */
  leftOut: number
  /** Finals of the year replaced by the same engagement's later final of that year or by a revision of them: not in the mean. */
  superseded: number
}

/**
 * The portfolio trend, per CALENDAR YEAR OF FINALIZATION: the mean overall score of the engagements
 * finalized in that year, across the rows given (a revision counts in the year of the final it corrects). Calendar years, not cycle numbers, because engagements
 * start in different years: an engagement's first cycle in 2026 says nothing about the portfolio in its
 * first year, and "cycle 3" would mix 2024 and 2026 results.
 *
 * Each engagement counts ONCE per year, by its latest final of that year: a revision signed off later in
 * the year replaces the earlier final (which the organisation has since corrected), and counting both
 * would weigh an engagement by how often it was re-signed (vendor-manager review). When that latest final
 * cannot be relied on (signed off with insufficient information, or with a question still open that could
 * raise its band), the engagement is left out of the year's mean and counted apart, even if an earlier
 * final of the year could have been: the superseded score is not the engagement's standing, and a green
 * "Low" mean would present missing answers as low risk. The mean is banded by the given rules so the band
 * and the number never disagree. Relies on each row's trend being oldest first (portfolioRows).
 */
export function portfolioTrend(rows: readonly PortfolioRow[], rules: Pick<ScoringRules, 'bands'>): PortfolioTrendPoint[] {
  const years = new Map<string, { latest: Map<string, TrendPoint>; finals: number }>()
  for (const r of rows) {
    for (const p of r.trend) {
      // the cycle's year: a revision corrects the year of the final it replaces, whenever it was signed
      const year = p.cycleOn.slice(0, 4)
      const y = years.get(year) ?? { latest: new Map<string, TrendPoint>(), finals: 0 }
      // oldest first, so a later final of the same year replaces the engagement's earlier one
      y.latest.set(r.engagementId, p)
      y.finals += 1 + p.corrected
      years.set(year, y)
    }
  }
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, y]) => {
      const relied = [...y.latest.values()].filter((p) => p.sufficient && !p.provisionalBand)
      const score = relied.length > 0 ? roundScore(relied.reduce((sum, p) => sum + p.score, 0) / relied.length) : null
      return {
        year,
        score,
        band: score === null ? null : bandFor(score, rules),
        engagements: relied.length,
        leftOut: y.latest.size - relied.length,
        superseded: y.finals - y.latest.size
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
