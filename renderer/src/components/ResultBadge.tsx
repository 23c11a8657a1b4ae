import type { RiskBand } from '@shared/bank/vocabulary'
import { assertNever } from '@shared/util/result'
import { BAND_LABEL, BandBadge } from './BandBadge'
import { RESULT_STATUS_LABEL, type ResultStatus } from '../honest-state'

type Props = { status: ResultStatus; band: RiskBand; score: number; size?: 'normal' | 'large' }

/**
 * A result as every screen shows it: the band only when there is enough to rely on it; otherwise
 * "Not assessed" (no band at all) or "Insufficient information" with the computed band marked
 * provisional, both in a neutral style that is never the safe green.
 */
export function ResultBadge({ status, band, score, size = 'normal' }: Props): React.JSX.Element {
  switch (status) {
    case 'sufficient':
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
          <span className="band-provisional">
            provisional: {BAND_LABEL[band]} {score.toFixed(1)}
          </span>
        </span>
      )
    default:
      return assertNever(status)
  }
}
