import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { OverallResultBadge } from '../../components/ResultBadge'
import { hrefFor } from '../../hooks/use-hash-route'
import { SectionBars } from './SectionBars'
import { ActionPlan } from './ActionPlan'
import { promptFor, optionLabelFor } from '@shared/bank/wording'
import { ExportButtons } from './ExportButtons'
import { useArrivalFocus } from '../../hooks/use-arrival-focus'
import { LawVerdicts } from './LawVerdicts'
import { RecommendationCard } from './RecommendationCard'
import { ScoreBuild } from './ScoreBuild'

/** Overall result, section chart, red flags, gaps, drivers, coverage and the ranked remediation plan. */
export function ResultsView({ session }: { session: AssessmentSession }): React.JSX.Element {
  const { bank, score, assessment } = session
  const question = (id: string) => bank.questions.find((q) => q.id === id)
  const link = (id: string) => hrefFor({ name: 'assessment', id: assessment.id, view: 'questions', questionId: id })
  const cov = score.coverage
  const headingRef = useArrivalFocus<HTMLHeadingElement>()
  // with nothing answered, "no red flag" or "practice matches the contract" would claim what nobody said
  const nothingYet = score.sufficiency.status === 'not-assessed'
  // with too little answered, "no gap" or "no knock-out" speaks only for what was answered
  const partly = score.sufficiency.status === 'insufficient'
  return (
    <div className="results">
      <section className="card result-summary" aria-labelledby="overall-title">
        <div>
          <h2 id="overall-title" ref={headingRef} tabIndex={-1}>
            Overall co-employment risk
          </h2>
          <OverallResultBadge result={score} size="large" />
          {score.sufficiency.status === 'not-assessed' && (
            <p className="provisional">No question is answered yet, so there is no result to rely on.</p>
          )}
          {score.sufficiency.status === 'insufficient' && (
            <p className="provisional">
              Insufficient information: only {Math.round(cov.ratio * 100)}% of the questions are covered (threshold{' '}
              {Math.round(bank.scoring.coverageThreshold * 100)}%).
            </p>
          )}
          {score.sufficiency.status !== 'not-assessed' && score.sufficiency.decisiveUnanswered.length > 0 && (
            <p className="provisional" data-testid="open-decisive">
              Still open and able to decide the result on their own:{' '}
              {score.sufficiency.decisiveUnanswered.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <a href={link(id)}>{id}</a>
                </span>
              ))}
              .{' '}
              {score.sufficiency.status !== 'sufficient'
                ? ''
                : score.overall.band === 'critical'
                  ? 'The score could still rise (the band is already the highest).'
                  : 'The band could still rise: it is provisional until they are answered.'}
            </p>
          )}
          <ScoreBuild score={score} />
        </div>
        <dl className="score-facts wide">
          <div>
            <dt>Coverage</dt>
            <dd>
              {Math.round(cov.ratio * 100)}% ({cov.covered} of {cov.visible})
            </dd>
          </div>
          <div>
            <dt>Unanswered</dt>
            <dd>{cov.unanswered}</dd>
          </div>
          <div>
            <dt>Unsure</dt>
            <dd>{cov.unsure}</dd>
          </div>
          <div>
            <dt>Not applicable</dt>
            <dd>{cov.na}</dd>
          </div>
          <div>
            <dt>Carried, unconfirmed</dt>
            <dd>{cov.carriedUnconfirmed}</dd>
          </div>
        </dl>
        <ExportButtons session={session} />
      </section>

      <RecommendationCard session={session} />

      <LawVerdicts session={session} />

      <section className="card" aria-labelledby="sections-title">
        <h2 id="sections-title">Score by section</h2>
        <SectionBars bank={bank} score={score} />
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="flags-title">
          <h2 id="flags-title">Red flags ({score.redFlags.length})</h2>
          {score.redFlags.length === 0 ? (
            <p>
              {nothingYet
                ? 'Nothing answered yet.'
                : partly
                  ? 'No knock-out answer among the questions answered so far.'
                  : score.decisive.some((f) => f.nature === 'employment')
                    ? 'No single knock-out answer; the findings under each law above still decide the result.'
                    : 'No knock-out answer.'}
            </p>
          ) : (
            <ul className="finding-list">
              {score.redFlags.map((f) => (
                <li key={`${f.questionId}-${f.side}`}>
                  <a href={link(f.questionId)}>{f.questionId}</a> — {f.label}{' '}
                  <span className="hint">({f.side === 'contract' ? 'contract' : 'practice'})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="gaps-title">
          <h2 id="gaps-title">Contract vs practice gaps ({score.gaps.length})</h2>
          {score.gaps.length === 0 ? (
            <p>
              {nothingYet
                ? 'Nothing answered yet.'
                : partly
                  ? 'No gap among the questions answered so far.'
                  : 'What happens in practice matches what the contracts say.'}
            </p>
          ) : (
            <ul className="finding-list">
              {score.gaps.map((g) => (
                <li key={g.questionId}>
                  <a href={link(g.questionId)}>{g.questionId}</a>: the contract says “{g.contractLabel}”, but in practice “{g.practiceLabel}
                  ”.
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="drivers-title">
        <h2 id="drivers-title">Top drivers</h2>
        {score.topDrivers.length === 0 ? (
          <p>{nothingYet ? 'Nothing answered yet.' : 'No answer adds risk points.'}</p>
        ) : (
          <ol className="driver-list">
            {score.topDrivers.map((d) => {
              const q = question(d.questionId)
              const line = score.lines.find((l) => l.questionId === d.questionId)
              const chosen = q?.options.find((o) => o.id === line?.practiceOptionId)
              return (
                <li key={d.questionId}>
                  <a href={link(d.questionId)}>{q ? promptFor(q, assessment.kind) : d.questionId}</a>
                  <p>
                    {chosen ? `Answer: “${optionLabelFor(chosen, assessment.kind)}”. ` : ''}
                    {Math.round(d.share * 100)}% of the risk points{d.redFlag ? '; a red flag' : ''}.
                  </p>
                </li>
              )
            })}
          </ol>
        )}
      </section>

      <ActionPlan session={session} />
    </div>
  )
}
