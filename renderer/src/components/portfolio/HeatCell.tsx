import type { RiskBand } from '@shared/bank/vocabulary'
import type { SectionCell } from '@shared/portfolio/portfolio-types'
import { bandStillProvisional } from '@shared/report/law-verdicts'
import { BAND_LABEL } from '../BandBadge'
import { RESULT_STATUS_LABEL, type ResultStatus } from '../../honest-state'

type TileProps = {
  band: RiskBand
  score: number
  redFlags: number
  draft: boolean
  status: ResultStatus
  /** A question still open could raise this band on its own (the overall tile only). */
  open?: boolean
  strong?: boolean
}

/**
 * A band tile: the word and the score always in text, the colour only as a second cue. A result
 * without enough answers is never coloured as its band: "Not assessed" has no band, "Insufficient"
 * shows the computed band as provisional in a neutral hatched tile, and so does a band a question still
 * open could raise ("Provisional", as the Results screen says), never in the band's colour.
 */
export function BandTile({ band, score, redFlags, draft, status, open = false, strong }: TileProps): React.JSX.Element {
  if (status === 'not-assessed') {
    return (
      <span className={`heat-tile heat-none ${strong ? 'is-overall' : ''}`} data-result-status={status}>
        <span className="heat-band">{RESULT_STATUS_LABEL[status]}</span>
      </span>
    )
  }
  const openBand = bandStillProvisional(status, band, open)
  const provisional = status === 'insufficient' || openBand
  return (
    <span
      className={`heat-tile ${provisional ? 'heat-insufficient' : `heat-${band}`} ${draft ? 'is-draft' : ''} ${strong ? 'is-overall' : ''}`}
      data-result-status={status}
    >
      {provisional && strong && <span className="heat-state">{openBand ? 'Provisional' : 'Insufficient'}</span>}
      <span className="heat-band">
        {BAND_LABEL[band]}
        {provisional && <span className="heat-provisional">?</span>}
        {provisional && <span className="visually-hidden"> (provisional)</span>}
      </span>
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
      <BandTile band={cell.band} score={cell.score} redFlags={cell.redFlagCount} draft={draft} status={cell.sufficiency} />
    </td>
  )
}
