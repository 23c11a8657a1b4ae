import { BAND_LABEL } from '../BandBadge'
import { COUNT_ORDER, COUNT_STATUS_LABEL, type CountChoice } from '../../honest-state'

const LABEL: Record<CountChoice, string> = { ...BAND_LABEL, ...COUNT_STATUS_LABEL }

type Props = { counts: Record<CountChoice, number>; selected: CountChoice | null; onSelect: (choice: CountChoice | null) => void }

/**
 * Engagements per overall band; each tile is a toggle that filters the dashboard to that band. Only a
 * result with enough answers counts under a band, and only when no question still open could raise it:
 * the rest are "Provisional", "Insufficient information" or "Not assessed", never "Low".
 */
export function BandCounts({ counts, selected, onSelect }: Props): React.JSX.Element {
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
          Provisional: enough is answered, but a question still open could raise the band on its own; it is provisional until answered.
        </p>
      )}
      <p className="hint">Select a band to show only those engagements; select it again to show all.</p>
    </section>
  )
}
