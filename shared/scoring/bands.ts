import type { ScoringRules } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'

type BandRules = Pick<ScoringRules, 'bands'>

/**
 * The band a score falls in: the last threshold whose lower bound the score reaches.
 * Thresholds are bank data, ascending from low at 0; a score below every bound is 'low'.
 */
export function bandFor(score: number, rules: BandRules): RiskBand {
  let band: RiskBand = 'low'
  for (const threshold of rules.bands) {
    if (score >= threshold.min) band = threshold.band
  }
  return band
}

/**
 * What one decisive factor of each band leaves of the distance to 100: 1 − (band's lower bound / 100).
 * A factor of band B lifts a score s to 100 − (100 − s) × remaining[B], so from 0 it lands exactly on
 * B's lower bound, and each further factor closes part of the remaining distance (section 2.6 of the
 * methodology). A bank without a threshold for B gives 1: no lift.
 */
export function liftRemaining(rules: BandRules): Readonly<Record<RiskBand, number>> {
  const remaining = (band: RiskBand): number => {
    const threshold = rules.bands.find((t) => t.band === band)
    return threshold ? 1 - Math.min(100, Math.max(0, threshold.min)) / 100 : 1
  }
  return { low: 1, moderate: remaining('moderate'), high: remaining('high'), critical: remaining('critical') }
}

/** The score a set of decisive factors lifts `score` to: each closes its share of the distance to 100. */
export function liftScore(score: number, bands: readonly RiskBand[], remaining: Readonly<Record<RiskBand, number>>): number {
  // No factor, no arithmetic: 100 − (100 − s) is not always exactly s in floating point.
  if (bands.length === 0) return score
  let left = 100 - score
  for (const band of bands) left *= remaining[band]
  return 100 - left
}

/**
 * The highest score that still reads as `band` once rounded to one decimal as shown: one tenth below the next
 * band's lower bound (74.9 for High under bounds 50/75). 100 for the top band, or when the bank has no higher bound.
 */
export function topOfBand(band: RiskBand, rules: BandRules): number {
  const above = rules.bands.filter((t) => bandRank(t.band) > bandRank(band)).map((t) => t.min)
  if (above.length === 0) return 100
  return (Math.ceil(Math.min(...above) * 10) - 1) / 10
}

/** One decimal, as shown to people. Bands are read from this value so text and band never disagree. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10
}

const BAND_ORDER: Readonly<Record<RiskBand, number>> = { low: 0, moderate: 1, high: 2, critical: 3 }

/** A band's place from low (0) to critical (3), for comparing and sorting bands. */
export function bandRank(band: RiskBand): number {
  return BAND_ORDER[band]
}

/** The higher of two bands. */
export function maxBand(a: RiskBand, b: RiskBand): RiskBand {
  return bandRank(a) >= bandRank(b) ? a : b
}
