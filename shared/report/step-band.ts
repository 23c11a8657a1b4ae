import type { RiskBand } from '../bank/vocabulary'
import type { SufficiencyStatus } from '../scoring/score-types'
import { BAND_LABELS } from './labels'

/**
 * The band an action-plan step leaves, in words, as the screen, the report and the action-plan CSV all
 * print it. A step changes answers, never what is unanswered, so on too little information the band after
 * every step is as provisional as the result's: "Low" alone would present missing information as low risk.
 */
export function bandAfterStep(band: RiskBand, status: SufficiencyStatus): string {
  return status === 'sufficient' ? BAND_LABELS[band] : `${BAND_LABELS[band]}, provisional`
}
