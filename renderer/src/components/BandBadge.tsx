import type { RiskBand } from '@shared/bank/vocabulary'

export const BAND_LABEL: Record<RiskBand, string> = { low: 'Low', moderate: 'Moderate', high: 'High', critical: 'Critical' }

/** The band always in words, with colour as a second cue only. */
export function BandBadge({
  band,
  score,
  size = 'normal'
}: {
  band: RiskBand
  score?: number
  size?: 'normal' | 'large'
}): React.JSX.Element {
  return (
    <span className={`band band-${band} band-${size}`}>
      {BAND_LABEL[band]}
      {score !== undefined && <span className="band-score"> {score.toFixed(1)}</span>}
    </span>
  )
}
