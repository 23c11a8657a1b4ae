import type { SufficiencyStatus, ScoreResult } from '@shared/scoring/score-types'
import type { PortfolioRow } from '@shared/portfolio/portfolio-types'
import type { RiskBand } from '@shared/bank/vocabulary'
import { rowBandProvisional } from '@shared/portfolio/row-provisional'

/**
 * Whether a result may be shown as a band: the one rule every screen uses, read from
 * `ScoreResult.sufficiency` (or derived the same way where only a summary is at hand), so missing
 * information is never shown as low risk.
 */
export type ResultStatus = SufficiencyStatus

export const RESULT_STATUS_LABEL: Record<Exclude<ResultStatus, 'sufficient'>, string> = {
  'not-assessed': 'Not assessed',
  insufficient: 'Insufficient information'
}

/** A section's status, as scored (`SectionScore.sufficiency`); a section the result does not hold is not assessed. */
export function sectionStatus(score: ScoreResult, sectionId: string): ResultStatus {
  return score.sections.find((s) => s.sectionId === sectionId)?.sufficiency ?? 'not-assessed'
}

/** A portfolio row's status, as scored (`PortfolioRow.sufficiency`); a row without a scored assessment is not assessed. */
export function rowStatus(row: PortfolioRow): ResultStatus {
  return row.overall && row.sufficiency !== null ? row.sufficiency : 'not-assessed'
}

/**
 * What the portfolio counts a row under: its band only when the result is sufficient. A Low that a question
 * still open could raise is counted apart as provisional, never as Low; a Moderate or High that one could raise
 * is at least that band, so it counts under it, as the least it is (its tile says how many could still rise):
 * put apart, a High was missing from the High tile and from the dashboard filtered to High.
 */
export type CountChoice = RiskBand | 'provisional' | 'insufficient' | 'not-assessed'

export function countChoiceOf(row: PortfolioRow): CountChoice {
  const status = rowStatus(row)
  if (status !== 'sufficient' || !row.overall) return status === 'sufficient' ? 'not-assessed' : status
  return rowBandProvisional(row) && row.overall.band === 'low' ? 'provisional' : row.overall.band
}

/** Rows counted under a band above Low that a question still open could raise, per band. */
export function risingByBand(rows: readonly PortfolioRow[]): Partial<Record<RiskBand, number>> {
  const rising: Partial<Record<RiskBand, number>> = {}
  for (const r of rows) {
    const choice = countChoiceOf(r)
    if (choice !== 'provisional' && r.overall && rowBandProvisional(r) && choice === r.overall.band)
      rising[choice] = (rising[choice] ?? 0) + 1
  }
  return rising
}

export const COUNT_ORDER: readonly CountChoice[] = ['critical', 'high', 'moderate', 'low', 'provisional', 'insufficient', 'not-assessed']

/** The words of the counts that are not a band. */
export const COUNT_STATUS_LABEL: Record<Exclude<CountChoice, RiskBand>, string> = {
  ...RESULT_STATUS_LABEL,
  // why: the tile is narrow; "Insufficient information" was cut off at 1280 px (BandCounts' hint says the rest)
  insufficient: 'Insufficient',
  provisional: 'Provisional'
}

export function countsByChoice(rows: readonly PortfolioRow[]): Record<CountChoice, number> {
  const counts: Record<CountChoice, number> = {
    critical: 0,
    high: 0,
    moderate: 0,
    low: 0,
    provisional: 0,
    insufficient: 0,
    'not-assessed': 0
  }
  for (const r of rows) counts[countChoiceOf(r)] += 1
  return counts
}
