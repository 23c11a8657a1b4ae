import { useState } from 'react'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import type { RemediationItem } from '@shared/scoring/score-types'
import { useApi } from '../../hooks/api-context'
import { bandAfterStep, stepTargetAnswer } from '@shared/report/step-band'
import { ErrorAlert } from '../../components/ErrorAlert'

/** Remediation in the order the scoring gives (sequential; shown as given, never re-sorted); each action gets an owner and a date. */
export function ActionPlan({ session }: { session: AssessmentSession }): React.JSX.Element {
  const api = useApi()
  const { bank, score, assessment, readOnly } = session
  const [error, setError] = useState<string | null>(null)
  // the effect is measured as the question moving to its lowest-risk answer, which the action may not reach
  const target = (r: RemediationItem) =>
    stepTargetAnswer(
      bank.questions.find((q) => q.id === r.questionId),
      r,
      assessment.kind
    )

  async function saveAction(questionId: string, owner: string, targetDate: string): Promise<void> {
    const r = await api.setAction({ assessmentId: assessment.id, questionId, owner, targetDate: targetDate || undefined })
    if (r.ok) session.replace(r.value)
    else setError(r.error.message)
  }

  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">Remediation plan</h2>
      <p className="hint">
        In the order to take them: each step’s risk removed is measured by re-scoring after the steps above it are made. A projected score
        describes the arrangement once changed; it does not undo liability already incurred before the change.
      </p>
      <ErrorAlert message={error} />
      {score.remediation.length === 0 ? (
        <p>Nothing to remediate.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table plan-table">
            <caption className="visually-hidden">Remediation actions</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Action</th>
                <th scope="col" className="num">
                  Risk removed
                </th>
                <th scope="col">Owner</th>
                <th scope="col">Target date</th>
              </tr>
            </thead>
            <tbody>
              {score.remediation.map((r, i) => {
                const action = assessment.actions[r.questionId]
                const text = [r.practiceRemediation, r.contractRemediation].filter(Boolean).join(' ')
                return (
                  <tr key={r.questionId}>
                    <td>{i + 1}</td>
                    <td>
                      <strong>{r.questionId}</strong> {text || 'Change the practice to the lowest-risk answer.'}
                      {r.clearsRedFlag && <span className="flag-note"> Clears a red flag.</span>}
                      <span className="hint block">
                        Afterwards{target(r) ? `, if the answer becomes ${target(r)}` : ''}: {r.newScore.toFixed(1)} ({bandAfterStep(r)})
                      </span>
                    </td>
                    <td className="num">−{r.riskRemoved.toFixed(1)}</td>
                    <td>
                      <label className="visually-hidden" htmlFor={`owner-${r.questionId}`}>
                        Owner of action {i + 1}
                      </label>
                      <input
                        id={`owner-${r.questionId}`}
                        defaultValue={action?.owner ?? ''}
                        maxLength={120}
                        disabled={readOnly}
                        onBlur={(e) =>
                          e.target.value !== (action?.owner ?? '') &&
                          void saveAction(r.questionId, e.target.value, action?.targetDate ?? '')
                        }
                      />
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`date-${r.questionId}`}>
                        Target date of action {i + 1}
                      </label>
                      <input
                        id={`date-${r.questionId}`}
                        type="date"
                        defaultValue={action?.targetDate ?? ''}
                        disabled={readOnly}
                        onChange={(e) => void saveAction(r.questionId, action?.owner ?? '', e.target.value)}
                      />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">
        {bank.title} {bank.version}
      </p>
    </section>
  )
}
