import type { RiskBand } from '@shared/bank/vocabulary'
import type { ScoreResult } from '@shared/scoring/score-types'
import { assertNever } from '@shared/util/result'
import { bandStillProvisional, bandWithheld } from '@shared/scoring/band-provisional'
import { BAND_LABEL, BandBadge } from './BandBadge'
import { RESULT_STATUS_LABEL, type ResultStatus } from '../honest-state'

type Props = {
  status: ResultStatus
  band: RiskBand
  score: number
  /** A question still open could decide the result on its own (ScoreResult.sufficiency.decisiveUnanswered). */
  open?: boolean
  size?: 'normal' | 'large'
}

/**
 * A result as every screen shows it: the band only when there is enough to rely on it; otherwise
 * "Not assessed" (no band at all) or "Insufficient information" with the computed band marked
 * provisional (a Low not named at all: "no band yet"), both in a neutral style that is never the safe green. A band enough answers back but a
 * question still open could raise (a Critical cannot rise) reads "Low 12.0, provisional", as the report
 * prints it, in the same neutral style: never a plain "Low" (vendor-manager review).
 */
export function ResultBadge({ status, band, score, open = false, size = 'normal' }: Props): React.JSX.Element {
  switch (status) {
    case 'sufficient':
      if (bandStillProvisional(status, band, open)) {
        return (
          <span className={`band band-insufficient band-${size}`} data-result-status="provisional">
            {BAND_LABEL[band]} {score.toFixed(1)},<span className="band-provisional"> provisional</span>
          </span>
        )
      }
      return <BandBadge band={band} score={score} size={size} />
    case 'not-assessed':
      return (
        <span className={`band band-none band-${size}`} data-result-status={status}>
          {RESULT_STATUS_LABEL[status]}
        </span>
      )
    case 'insufficient':
      return (
        <span className={`band band-insufficient band-${size}`} data-result-status={status}>
          {RESULT_STATUS_LABEL[status]}
          {/* a Low on too little information is not named: what is unanswered scores nothing, so the score so far understates it (counsel review) */}
          <span className="band-provisional">
            {bandWithheld(status, band)
              ? `no band yet: ${score.toFixed(1)} so far`
              : `provisional: ${BAND_LABEL[band]} ${score.toFixed(1)}`}
          </span>
        </span>
      )
    default:
      return assertNever(status)
  }
}

/**
 * An assessment's overall result as a badge: its status, band and score, and whether a question still open could
 * raise it. One place reads these off the score, so no screen can show the overall band without the open check.
 */
export function OverallResultBadge({ result, size = 'normal' }: { result: ScoreResult; size?: 'normal' | 'large' }): React.JSX.Element {
  return (
    <ResultBadge
      status={result.sufficiency.status}
      band={result.overall.band}
      score={result.overall.rounded}
      open={result.sufficiency.decisiveUnanswered.length > 0}
      size={size}
    />
  )
}
