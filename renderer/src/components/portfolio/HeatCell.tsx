import type { RiskBand } from '@shared/bank/vocabulary'
import type { SectionCell } from '@shared/portfolio/portfolio-types'
import { bandStillProvisional } from '@shared/scoring/band-provisional'
import { BAND_LABEL } from '../BandBadge'
import { RESULT_STATUS_LABEL, type ResultStatus } from '../../honest-state'

type TileProps = {
  band: RiskBand
  score: number
  redFlags: number
  draft: boolean
  status: ResultStatus
  /** A question still open could raise this band on its own (the row's, or one of this section's). */
  open?: boolean
  strong?: boolean
}

/**
 * A band tile: the word and the score always in text, the colour only as a second cue. A result
 * without enough answers is never coloured as its band: "Not assessed" has no band, "Insufficient"
 * ("Insuff." in a section) shows only the provisional score in brackets, as the audit packet does; a band a
 * question still open could raise reads "Low?" in a neutral hatched tile ("Provisional", as the Results
 * screen says), never in the band's colour.
 */
export function BandTile({ band, score, redFlags, draft, status, open = false, strong }: TileProps): React.JSX.Element {
  if (status === 'not-assessed') {
    return (
      <span className={`heat-tile heat-none ${strong ? 'is-overall' : ''}`} data-result-status={status}>
        <span className="heat-band">{RESULT_STATUS_LABEL[status]}</span>
      </span>
    )
  }
  if (status === 'insufficient') {
    // as the audit packet prints it: too little information for a band, so no band word (not even with a "?": a
    // "Critical?" reads as if something were above Critical) and no band colour, only the provisional score
    return (
      <span className={`heat-tile heat-none ${draft ? 'is-draft' : ''} ${strong ? 'is-overall' : ''}`} data-result-status={status}>
        <span className="heat-band">
          <abbr title="Insufficient information: too few questions are settled for a band; the score is provisional">
            {strong ? 'Insufficient' : 'Insuff.'}
          </abbr>
        </span>
        <span className="heat-score">({score.toFixed(1)})</span>
        {redFlags > 0 && <RedFlagMark count={redFlags} />}
      </span>
    )
  }
  // a question still open could raise the band (never a Critical): "Low?" in a hatched tile, never the band's colour
  const provisional = bandStillProvisional(status, band, open)
  return (
    <span
      className={`heat-tile ${provisional ? 'heat-insufficient' : `heat-${band}`} ${draft ? 'is-draft' : ''} ${strong ? 'is-overall' : ''}`}
      data-result-status={provisional ? 'provisional' : status}
    >
      {provisional && strong && <span className="heat-state">Provisional</span>}
      <span className="heat-band">
        {BAND_LABEL[band]}
        {provisional && <span className="heat-provisional">?</span>}
        {provisional && <span className="visually-hidden"> (provisional)</span>}
      </span>
      <span className="heat-score">{score.toFixed(1)}</span>
      {redFlags > 0 && <RedFlagMark count={redFlags} />}
    </span>
  )
}

function RedFlagMark({ count }: { count: number }): React.JSX.Element {
  return (
    <span className="heat-flag">
      <span aria-hidden="true">⚑</span>
      <span className="visually-hidden">{count === 1 ? ', red flag' : `, ${count} red flags`}</span>
    </span>
  )
}

/** One section of one engagement; sections with nothing to score say why instead of showing a 0. */
export function HeatCell({ cell, draft }: { cell: SectionCell | undefined; draft: boolean }): React.JSX.Element {
  if (!cell || cell.state === 'unanswered') {
    return (
      <td className="heat-cell">
        <span className="heat-empty" title="Not assessed: no answers in this section yet">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">Not assessed</span>
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
      <BandTile band={cell.band} score={cell.score} redFlags={cell.redFlagCount} draft={draft} status={cell.sufficiency} open={cell.open} />
    </td>
  )
}
