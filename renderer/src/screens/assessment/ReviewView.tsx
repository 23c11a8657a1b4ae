import { useState } from 'react'
import type { ReviewVerdict } from '@shared/schemas/assessment'
import { REVIEW_VERDICTS } from '@shared/schemas/assessment'
import { findingsOf } from '@shared/workflow/findings'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { useApi } from '../../hooks/api-context'
import { hrefFor, navigate } from '../../hooks/use-hash-route'
import { VERDICT_LABEL } from '../../labels'
import { FinalizeDialog } from './FinalizeDialog'
import { promptFor, optionLabelFor } from '@shared/bank/wording'
import { formatDateTime } from '../../format'
import { ErrorAlert } from '../../components/ErrorAlert'
import { markingFor } from '@shared/report/marking'

/** Review verdicts per finding, the Draft → In review → Final workflow, and revisions of a final. */
export function ReviewView({ session }: { session: AssessmentSession }): React.JSX.Element {
  const api = useApi()
  const { assessment, bank, score, readOnly } = session
  const [finalizing, setFinalizing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const findings = findingsOf(score)

  async function setStatus(status: 'draft' | 'in-review'): Promise<void> {
    await session.flush()
    const r = await api.setAssessmentStatus({ assessmentId: assessment.id, status })
    if (r.ok) session.replace(r.value)
    else setError(r.error.message)
  }

  async function setVerdict(questionId: string, verdict: ReviewVerdict | null, comment: string): Promise<void> {
    const r = await api.setReview({ assessmentId: assessment.id, questionId, verdict, comment })
    if (r.ok) session.replace(r.value)
    else setError(r.error.message)
  }

  async function revise(): Promise<void> {
    const r = await api.startRevision({ assessmentId: assessment.id })
    if (r.ok) navigate({ name: 'assessment', id: r.value.id, view: 'questions' })
    else setError(r.error.message)
  }

  return (
    <div className="review">
      <section className="card workflow-card" aria-labelledby="workflow-title">
        <h2 id="workflow-title">Workflow</h2>
        <ol className="workflow-steps">
          {(['draft', 'in-review', 'final'] as const).map((s) => (
            <li key={s} aria-current={assessment.status === s ? 'step' : undefined}>
              {s === 'draft' ? 'Draft' : s === 'in-review' ? 'In review' : 'Final'}
            </li>
          ))}
        </ol>
        <ErrorAlert message={error} />
        {/* the reviewer sees what the result rests on before giving verdicts (vendor-manager review: only the findings were shown) */}
        {assessment.status !== 'final' && score.sufficiency.status !== 'sufficient' && (
          <p className="banner banner-warning" data-testid="review-insufficient">
            {score.sufficiency.status === 'not-assessed'
              ? 'Nothing is answered yet: there is no result to review.'
              : `Insufficient information: ${score.coverage.covered} of ${score.coverage.visible} questions are settled${
                  score.coverage.carriedUnconfirmed > 0
                    ? `, ${score.coverage.carriedUnconfirmed} answer${score.coverage.carriedUnconfirmed === 1 ? ' is' : 's are'} carried forward and not confirmed`
                    : ''
                }. Signed now, the result stays “Insufficient information”.`}
          </p>
        )}
        {assessment.status === 'draft' && (
          <button type="button" className="button primary" onClick={() => void setStatus('in-review')}>
            Send for review
          </button>
        )}
        {assessment.status === 'in-review' && (
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => setFinalizing(true)}>
              Finalize and sign off…
            </button>
            <button type="button" className="button" onClick={() => void setStatus('draft')}>
              Return to draft
            </button>
          </div>
        )}
        {assessment.status === 'final' && assessment.signOff && (
          <div className="signoff-summary">
            <p>
              Assessor <bdi>{assessment.signOff.assessorName}</bdi>:{' '}
              {assessment.signOff.assessorSubmittedAt
                ? `sent for review ${formatDateTime(assessment.signOff.assessorSubmittedAt)}`
                : 'date of sending for review not recorded'}
              . Reviewer <bdi>{assessment.signOff.reviewerName}</bdi>:{' '}
              {session.signOffBroken === null
                ? `signed off ${formatDateTime(assessment.signOff.finalizedAt)}. It is read-only.`
                : `recorded as signing off ${formatDateTime(assessment.signOff.finalizedAt)}, but the content no longer matches that sign-off (see above). It is read-only.`}
            </p>
            {assessment.signOff.notReviewed && (
              <p>
                {assessment.signOff.notReviewed.questionIds.length >= findings.length
                  ? `No finding was reviewed before the sign-off (${assessment.signOff.notReviewed.questionIds.join(', ')}).`
                  : `Not reviewed: ${assessment.signOff.notReviewed.questionIds.join(', ')}.`}{' '}
                Reason given: {assessment.signOff.notReviewed.reason}
              </p>
            )}
            <p>Reports are marked: {markingFor(assessment)}.</p>
            <p className="fingerprint">
              Fingerprint (SHA-256): <code data-testid="fingerprint">{assessment.signOff.fingerprint}</code>
            </p>
            <button type="button" className="button" onClick={() => void revise()}>
              Start a revision
            </button>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="findings-title">
        <h2 id="findings-title">
          Findings ({findings.length}
          {findings.length > 0
            ? `, ${findings.filter((f) => assessment.reviews[f.questionId]?.verdict === undefined).length} without a verdict`
            : ''}
          )
        </h2>
        {findings.length === 0 &&
          (score.sufficiency.status === 'sufficient' ? (
            <p>No answer carries risk. Nothing to rule on.</p>
          ) : (
            <p>
              No finding among the {score.coverage.covered} settled answers; {score.coverage.visible - score.coverage.covered} of{' '}
              {score.coverage.visible} questions are still open, and they may decide the result.
            </p>
          ))}
        <ol className="review-list">
          {findings.map((f) => {
            const q = bank.questions.find((x) => x.id === f.questionId)
            const line = score.lines.find((l) => l.questionId === f.questionId)
            const review = assessment.reviews[f.questionId]
            const practice = q?.options.find((o) => o.id === line?.practiceOptionId)
            const contract = q?.contract?.options.find((o) => o.id === line?.contractOptionId)
            return (
              <li key={f.questionId} className="review-item">
                <h3>
                  <a href={hrefFor({ name: 'assessment', id: assessment.id, view: 'questions', questionId: f.questionId })}>
                    {f.questionId}
                  </a>{' '}
                  {q ? promptFor(q, assessment.kind) : ''}
                </h3>
                <p className="tags">
                  {f.redFlag && <span className="tag-flag">Red flag</span>}
                  {f.gap && <span className="tag-gap">Contract vs practice gap</span>}
                  <span>{f.points.toFixed(1)} risk points</span>
                </p>
                {contract && <p>Contract: {optionLabelFor(contract, assessment.kind)}</p>}
                {practice && (
                  <p>
                    {contract ? 'Practice' : 'Answer'}: {optionLabelFor(practice, assessment.kind)}
                  </p>
                )}
                {readOnly ? (
                  <VerdictRecord
                    questionId={f.questionId}
                    verdict={review?.verdict ?? null}
                    comment={review?.comment ?? ''}
                    signed={assessment.status === 'final'}
                  />
                ) : (
                  <VerdictEditor
                    // keyed by what is stored: a verdict the store dropped (a changed answer) must not stay selected
                    key={`${f.questionId}:${review?.verdict ?? ''}:${review?.at ?? ''}`}
                    questionId={f.questionId}
                    verdict={review?.verdict ?? null}
                    comment={review?.comment ?? ''}
                    canGiveVerdict={assessment.status === 'in-review'}
                    onSave={(v, c) => void setVerdict(f.questionId, v, c)}
                  />
                )}
              </li>
            )
          })}
        </ol>
      </section>
      <FinalizeDialog open={finalizing} session={session} onClose={() => setFinalizing(false)} onError={setError} />
    </div>
  )
}

/**
 * The verdict as recorded, for an assessment that can no longer change (a signed-off one, or a store
 * opened read-only): what was signed, in words, not disabled controls that read as a form left empty
 * (vendor-manager review).
 */
function VerdictRecord(props: { questionId: string; verdict: ReviewVerdict | null; comment: string; signed: boolean }): React.JSX.Element {
  const { questionId, verdict, comment, signed } = props
  return (
    <dl className="verdict verdict-record" data-testid={`verdict-record-${questionId}`}>
      <div>
        <dt>Reviewer verdict</dt>
        <dd>{verdict ? VERDICT_LABEL[verdict] : signed ? 'None: not reviewed before the sign-off' : 'None yet'}</dd>
      </div>
      {comment.trim() !== '' && (
        <div>
          <dt>Reviewer comment</dt>
          <dd className="preserve-lines">{comment}</dd>
        </div>
      )}
    </dl>
  )
}

function VerdictEditor(props: {
  questionId: string
  verdict: ReviewVerdict | null
  comment: string
  /** Verdicts are the reviewer's, given in review (the service refuses one on a draft); a comment may be left any time. */
  canGiveVerdict: boolean
  onSave: (verdict: ReviewVerdict | null, comment: string) => void
}): React.JSX.Element {
  const { questionId, onSave, canGiveVerdict } = props
  // local state so the choice shows at once; the store confirms it asynchronously
  const [verdict, setVerdict] = useState(props.verdict)
  const [comment, setComment] = useState(props.comment)
  return (
    <fieldset className="verdict">
      <legend>Reviewer verdict on {questionId}</legend>
      <div className="verdict-options">
        {REVIEW_VERDICTS.map((v) => (
          <label key={v} className="check">
            <input
              type="radio"
              name={`verdict-${questionId}`}
              checked={verdict === v}
              disabled={!canGiveVerdict}
              aria-describedby={canGiveVerdict ? undefined : `verdict-wait-${questionId}`}
              onChange={() => {
                setVerdict(v)
                onSave(v, comment)
              }}
            />
            {VERDICT_LABEL[v]}
          </label>
        ))}
      </div>
      {!canGiveVerdict && (
        <p className="hint" id={`verdict-wait-${questionId}`}>
          Verdicts are given once the assessment is sent for review; a comment can be left now.
        </p>
      )}
      <label htmlFor={`comment-${questionId}`}>Reviewer comment</label>
      <textarea
        id={`comment-${questionId}`}
        rows={2}
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        onBlur={() => comment !== props.comment && onSave(verdict, comment)}
      />
      {verdict === null && <p className="hint">No verdict yet: a comment alone is not a verdict.</p>}
    </fieldset>
  )
}
