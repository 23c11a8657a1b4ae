import type { ScoringRules } from '@shared/bank/bank-schema'
import { BAND_LABEL } from '../BandBadge'

/** The top of a band as shown with one decimal: just under the next band's lower bound. */
function upper(nextMin: number | undefined): string {
  return nextMin === undefined ? '100' : (nextMin - 0.1).toFixed(1)
}

/** What the colours, numbers and marks in the heat map mean, with the bank's band thresholds. */
export function HeatLegend({ rules }: { rules: Pick<ScoringRules, 'bands'> }): React.JSX.Element {
  const bands = rules.bands.map((b, i) => ({ band: b.band, range: `${b.min}–${upper(rules.bands[i + 1]?.min)}` }))
  return (
    <div className="heat-legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul>
        {bands.map((b) => (
          <li key={b.band}>
            <span className={`legend-swatch heat-${b.band}`} aria-hidden="true" />
            {BAND_LABEL[b.band]} {b.range}
          </li>
        ))}
        <li>
          <span className="legend-swatch heat-insufficient" aria-hidden="true" />
          Hatched: provisional. “Low?”: a question still open could raise the band; “Insuff. (29.8)”: too little information for a band
        </li>
        <li>
          <span className="legend-swatch legend-draft" aria-hidden="true" />
          Dashed: draft, not signed off
        </li>
        <li>
          <span aria-hidden="true">⚑</span> red flag
        </li>
        <li>
          <span aria-hidden="true">—</span> no answers yet
        </li>
        <li>n/a: no question applies</li>
      </ul>
      <p className="hint">
        Each row shows the engagement’s latest final assessment, or its latest draft where none is final. Scores run from 0 (no sign of
        co-employment) to 100.
      </p>
    </div>
  )
}
