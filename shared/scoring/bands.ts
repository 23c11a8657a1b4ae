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

/** Lower bound of the High band: where a red flag puts a score at the least. */
export function highBandFloor(rules: BandRules): number {
  const high = rules.bands.find((threshold) => threshold.band === 'high')
  // A bank without a High threshold cannot be floored meaningfully; 0 leaves scores untouched.
  return high ? high.min : 0
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
