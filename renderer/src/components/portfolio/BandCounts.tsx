import { RISK_BANDS, type RiskBand } from '@shared/bank/vocabulary'
import { BAND_LABEL } from '../BandBadge'
import { COUNT_ORDER, COUNT_STATUS_LABEL, type CountChoice } from '../../honest-state'

const LABEL: Record<CountChoice, string> = { ...BAND_LABEL, ...COUNT_STATUS_LABEL }

type Props = {
  counts: Record<CountChoice, number>
  /** Of the rows counted under a band above Low, those a question still open could raise (risingByBand). */
  rising?: Partial<Record<RiskBand, number>>
  selected: CountChoice | null
  onSelect: (choice: CountChoice | null) => void
}

/**
 * Engagements per overall band; each tile is a toggle that filters the dashboard to that band. Only a
 * result with enough answers counts under a band; a Low that a question still open could raise is "Provisional",
 * never "Low", and a higher band one could raise counts under that band as the least it is, its tile saying how
 * many could still rise. The rest are "Insufficient information" or "Not assessed".
 */
export function BandCounts({ counts, rising = {}, selected, onSelect }: Props): React.JSX.Element {
  const anyRising = Object.values(rising).some((n) => n > 0)
  const total = COUNT_ORDER.reduce((sum, b) => sum + counts[b], 0)
  return (
    <section className="card portfolio-panel" aria-labelledby="band-counts-title">
      <h2 id="band-counts-title">Engagements by overall band</h2>
      <ul className="band-tiles">
        {COUNT_ORDER.map((b) => (
          <li key={b}>
            <button
              type="button"
              className={`band-tile tile-${b}`}
              aria-pressed={selected === b}
              onClick={() => onSelect(selected === b ? null : b)}
            >
              <span className="tile-count">{counts[b]}</span> <span className="tile-label">{LABEL[b]}</span>
              {isBand(b) && (rising[b] ?? 0) > 0 && (
                <span className="tile-rising">
                  <span className="visually-hidden">, </span>
                  {rising[b]} could rise
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {total > 0 && (
        <div className="band-bar" aria-hidden="true">
          {COUNT_ORDER.filter((b) => counts[b] > 0).map((b) => (
            <span key={b} className={`band-bar-part tile-${b}`} style={{ flexGrow: counts[b] }} />
          ))}
        </div>
      )}
      {counts.insufficient > 0 && (
        <p className="hint" data-testid="insufficient-hint">
          Insufficient: too few questions are answered to rely on a band; the score is provisional until more are answered.
        </p>
      )}
      {counts.provisional > 0 && (
        <p className="hint" data-testid="provisional-hint">
          Provisional: enough is answered for a Low, but a question still open could raise the band on its own; it is provisional until
          answered.
        </p>
      )}
      {anyRising && (
        <p className="hint" data-testid="rising-hint">
          Could rise: counted under the band it has reached, the least it is; a question still open could raise it further.
        </p>
      )}
      <p className="hint">Select a band to show only those engagements; select it again to show all.</p>
    </section>
  )
}

function isBand(choice: CountChoice): choice is RiskBand {
  return (RISK_BANDS as readonly string[]).includes(choice)
}
