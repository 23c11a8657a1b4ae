import type { ScoreResult } from '@shared/scoring/score-types'
import { OverallResultBadge } from '../../components/ResultBadge'
import { bandStillProvisional, bandWithheld } from '@shared/scoring/band-provisional'
import { hrefFor } from '../../hooks/use-hash-route'

/** The live result while answering: band, score, coverage, flags. */
export function ScorePanel({
  assessmentId,
  score,
  threshold,
  carriedNeedConfirming
}: {
  assessmentId: string
  score: ScoreResult
  threshold: number
  /** The bank counts a carried answer as settled only once confirmed (2026.8 on): say so when that keeps coverage down. */
  carriedNeedConfirming: boolean
}): React.JSX.Element {
  const coverage = Math.round(score.coverage.ratio * 100)
  return (
    <aside className="score-panel" aria-labelledby="score-panel-title">
      <h2 id="score-panel-title" className="small-heading">
        Current result
      </h2>
      <div className="score-panel-band" data-testid="live-band">
        <OverallResultBadge result={score} size="large" />
      </div>
      <dl className="score-facts">
        <div>
          <dt>Coverage</dt>
          <dd data-testid="live-coverage">{coverage}%</dd>
        </div>
        <div>
          <dt>Red flags</dt>
          <dd>{score.redFlags.length}</dd>
        </div>
        <div>
          <dt>Contract vs practice gaps</dt>
          <dd>{score.gaps.length}</dd>
        </div>
        {score.coverage.carriedUnconfirmed > 0 && (
          <div>
            <dt>Carried, to confirm</dt>
            <dd>{score.coverage.carriedUnconfirmed}</dd>
          </div>
        )}
      </dl>
      {score.sufficiency.status === 'not-assessed' && <p className="provisional">Nothing answered yet: no result.</p>}
      {score.sufficiency.status === 'insufficient' && (
        <p className="provisional">
          Fewer than {Math.round(threshold * 100)}% of questions are covered
          {carriedNeedConfirming && score.coverage.carriedUnconfirmed > 0 ? ' (a carried answer counts once you confirm it)' : ''};{' '}
          {bandWithheld(score.sufficiency.status, score.overall.band) ? 'no band is given until then.' : 'the band is provisional.'}
        </p>
      )}
      {/* as Results and the report: a band an open question could raise is provisional (vendor-manager review) */}
      {bandStillProvisional(score.sufficiency.status, score.overall.band, score.sufficiency.decisiveUnanswered.length > 0) && (
        <p className="provisional" data-testid="panel-open-decisive">
          Provisional: {score.sufficiency.decisiveUnanswered.join(', ')} {score.sufficiency.decisiveUnanswered.length === 1 ? 'is' : 'are'}{' '}
          still open and could raise the band.
        </p>
      )}
      <a className="button" href={hrefFor({ name: 'assessment', id: assessmentId, view: 'results' })}>
        See results
      </a>
    </aside>
  )
}
