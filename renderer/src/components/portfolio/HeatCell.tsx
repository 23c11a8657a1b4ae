import type { RiskBand } from '@shared/bank/vocabulary'
import type { SectionCell } from '@shared/portfolio/portfolio-types'
import { BAND_LABEL } from '../BandBadge'

/** A band tile: the word and the score always in text, the colour only as a second cue. */
export function BandTile({ band, score, redFlags, draft, strong }: { band: RiskBand; score: number; redFlags: number; draft: boolean; strong?: boolean }): React.JSX.Element {
  return (
    <span className={`heat-tile heat-${band} ${draft ? 'is-draft' : ''} ${strong ? 'is-overall' : ''}`}>
      <span className="heat-band">{BAND_LABEL[band]}</span>
      <span className="heat-score">{score.toFixed(1)}</span>
      {redFlags > 0 && (
        <span className="heat-flag">
          <span aria-hidden="true">⚑</span>
          <span className="visually-hidden">{redFlags === 1 ? ', red flag' : `, ${redFlags} red flags`}</span>
        </span>
      )}
    </span>
  )
}

/** One section of one engagement; sections with nothing to score say why instead of showing a 0. */
export function HeatCell({ cell, draft }: { cell: SectionCell | undefined; draft: boolean }): React.JSX.Element {
  if (!cell || cell.state === 'unanswered') {
    return (
      <td className="heat-cell">
        <span className="heat-empty" title="No answers in this section yet">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">Not answered</span>
        </span>
      </td>
    )
  }
  if (cell.state === 'not-applicable') {
    return (
      <td className="heat-cell">
        <span className="heat-empty" title="No question of this section applies to this engagement">
          <abbr title="Not applicable">n/a</abbr>
        </span>
      </td>
    )
  }
  return (
    <td className="heat-cell">
      <BandTile band={cell.band} score={cell.score} redFlags={cell.redFlagCount} draft={draft} />
    </td>
  )
}
