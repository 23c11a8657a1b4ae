import type { RiskBand } from '@shared/bank/vocabulary'
import type { BandCounts as Counts } from '@shared/portfolio/portfolio-summary'
import { BAND_LABEL } from '../BandBadge'

type Choice = RiskBand | 'unassessed'
const ORDER: readonly Choice[] = ['critical', 'high', 'moderate', 'low', 'unassessed']
const LABEL: Record<Choice, string> = { ...BAND_LABEL, unassessed: 'Not assessed' }

type Props = { counts: Counts; selected: Choice | null; onSelect: (band: Choice | null) => void }

/** Engagements per overall band; each tile is a toggle that filters the dashboard to that band. */
export function BandCounts({ counts, selected, onSelect }: Props): React.JSX.Element {
  const total = ORDER.reduce((sum, b) => sum + counts[b], 0)
  return (
    <section className="card portfolio-panel" aria-labelledby="band-counts-title">
      <h2 id="band-counts-title">Engagements by overall band</h2>
      <ul className="band-tiles">
        {ORDER.map((b) => (
          <li key={b}>
            <button
              type="button"
              className={`band-tile tile-${b}`}
              aria-pressed={selected === b}
              onClick={() => onSelect(selected === b ? null : b)}
            >
              <span className="tile-count">{counts[b]}</span>{' '}
              <span className="tile-label">{LABEL[b]}</span>
            </button>
          </li>
        ))}
      </ul>
      {total > 0 && (
        <div className="band-bar" aria-hidden="true">
          {ORDER.filter((b) => counts[b] > 0).map((b) => (
            <span key={b} className={`band-bar-part tile-${b}`} style={{ flexGrow: counts[b] }} />
          ))}
        </div>
      )}
      <p className="hint">Select a band to show only those engagements; select it again to show all.</p>
    </section>
  )
}
