import { useEffect, useId, useRef, useState } from 'react'
import { findingsOf } from '@shared/workflow/findings'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { useApi } from '../../hooks/api-context'
import { ModalDialog } from '../../components/ModalDialog'
import { periodError } from '../../period'
import { DialogActions } from '../../components/DialogActions'

const ATTESTATION =
  'We confirm that the answers in this assessment describe how the engagement is actually run, to the best of our knowledge, and that the findings were reviewed, except any listed as not reviewed with the reason given.'

type Props = { open: boolean; session: AssessmentSession; onClose: () => void; onError: (message: string) => void }

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/**
 * Names, review period, counsel's direction, attestation, then a second, explicit confirmation:
 * finalizing cannot be undone. Findings without a verdict and unconfirmed answers are listed here, and
 * finalizing with findings unreviewed needs a reason, which the report prints.
 */
export function FinalizeDialog({ open, session, onClose, onError }: Props): React.JSX.Element {
  const api = useApi()
  const uid = useId()
  const { assessment, score } = session
  const [assessor, setAssessor] = useState(assessment.assessorName)
  const [reviewer, setReviewer] = useState(assessment.reviewerName)
  const [periodStart, setPeriodStart] = useState(assessment.periodStart ?? '')
  const [periodEnd, setPeriodEnd] = useState(assessment.periodEnd ?? '')
  const [directed, setDirected] = useState(assessment.counselDirection !== undefined)
  const [counsel, setCounsel] = useState(assessment.counselDirection?.name ?? '')
  const [directedOn, setDirectedOn] = useState(assessment.counselDirection?.date ?? '')
  const [reason, setReason] = useState('')
  const [attestation, setAttestation] = useState(ATTESTATION)
  const [agreed, setAgreed] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [touched, setTouched] = useState(false)
  const backRef = useRef<HTMLButtonElement>(null)

  const continueRef = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)

  // the confirmation step starts on the safe choice, so Enter never finalizes by accident;
  // "Go back" returns focus to "Continue" (the button pressed to get there), not to the page body
  useEffect(() => {
    if (confirming) backRef.current?.focus()
    else if (wasConfirming.current) continueRef.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  const open_ = findingsOf(score).filter((f) => assessment.reviews[f.questionId]?.verdict === undefined)
  const unconfirmed = score.lines.filter((l) => assessment.answers[l.questionId]?.carried === true || l.status === 'unsure')

  const missing = {
    assessor: assessor.trim() === '' ? 'The assessor’s name is required' : null,
    reviewer:
      reviewer.trim() === ''
        ? 'The reviewer’s name is required'
        : assessor.trim() !== '' && norm(assessor) === norm(reviewer)
          ? 'The reviewer must be a different person from the assessor'
          : null,
    period: periodError({ start: periodStart, end: periodEnd }),
    counsel: directed && counsel.trim() === '' ? 'Name the counsel who directed the assessment' : null,
    directedOn: directed && directedOn === '' ? 'Give the date of counsel’s direction' : null,
    reason: open_.length > 0 && reason.trim() === '' ? 'Give each finding a verdict, or say why these were not reviewed' : null,
    attestation: attestation.trim() === '' ? 'The attestation is required' : null,
    agreed: agreed ? null : 'Tick to confirm the attestation'
  }
  const valid = Object.values(missing).every((m) => m === null)

  async function finalize(): Promise<void> {
    await session.flush()
    const periodChanged = periodStart !== (assessment.periodStart ?? '') || periodEnd !== (assessment.periodEnd ?? '')
    if (periodChanged) {
      const saved = await api.updateAssessmentDetails({
        assessmentId: assessment.id,
        title: assessment.title,
        assessorName: assessor,
        reviewerName: reviewer,
        ...(periodStart ? { periodStart } : {}),
        ...(periodEnd ? { periodEnd } : {})
      })
      if (!saved.ok) {
        setConfirming(false)
        onClose()
        onError(saved.error.message)
        return
      }
    }
    const r = await api.finalizeAssessment({
      assessmentId: assessment.id,
      assessorName: assessor,
      reviewerName: reviewer,
      attestation,
      ...(open_.length > 0 ? { notReviewedReason: reason } : {}),
      ...(directed ? { counselDirection: { name: counsel.trim(), date: directedOn } } : {})
    })
    setConfirming(false)
    onClose()
    if (r.ok) session.replace(r.value)
    else onError(r.error.message)
  }

  // why: a refused Continue left focus on the button, so keyboard and screen-reader users were not told
  // what to fix; focus moves to the first field with a problem, whose message it is described by
  function focusFirstProblem(): void {
    const fieldId: Record<keyof typeof missing, string> = {
      assessor: 'assessor',
      reviewer: 'reviewer',
      period: 'period-start',
      counsel: 'counsel',
      directedOn: 'directed-on',
      reason: 'reason',
      attestation: 'attestation',
      agreed: 'agreed'
    }
    const first = (Object.keys(fieldId) as (keyof typeof missing)[]).find((key) => missing[key] !== null)
    if (first) document.getElementById(`${uid}-${fieldId[first]}`)?.focus()
  }

  const errorId = (key: keyof typeof missing): string | undefined => (touched && missing[key] ? `${uid}-${key}-error` : undefined)
  const err = (key: keyof typeof missing) =>
    touched && missing[key] ? (
      <p className="field-error" id={`${uid}-${key}-error`}>
        {missing[key]}
      </p>
    ) : null

  return (
    <ModalDialog
      open={open}
      title={confirming ? 'Finalize now?' : 'Finalize and sign off'}
      wide
      onCancel={() => {
        setConfirming(false)
        onClose()
      }}
    >
      {confirming ? (
        <>
          <p>
            The assessment becomes read-only and is stamped with today’s date, the engagement facts as they stand now and its fingerprint.
            To change it later you will start a revision.
          </p>
          <DialogActions onCancel={() => setConfirming(false)} cancelLabel="Go back" cancelRef={backRef}>
            <button type="button" className="button primary" onClick={() => void finalize()}>
              Yes, finalize
            </button>
          </DialogActions>
        </>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            setTouched(true)
            if (valid) setConfirming(true)
            else focusFirstProblem()
          }}
        >
          <div className="field">
            <label htmlFor={`${uid}-assessor`}>Assessor (vendor manager)</label>
            <input
              id={`${uid}-assessor`}
              value={assessor}
              maxLength={120}
              onChange={(e) => setAssessor(e.target.value)}
              aria-invalid={Boolean(errorId('assessor'))}
              aria-describedby={errorId('assessor')}
            />
            {err('assessor')}
          </div>
          <div className="field">
            <label htmlFor={`${uid}-reviewer`}>Reviewer (counsel or compliance)</label>
            <input
              id={`${uid}-reviewer`}
              value={reviewer}
              maxLength={120}
              onChange={(e) => setReviewer(e.target.value)}
              aria-invalid={Boolean(errorId('reviewer'))}
              aria-describedby={errorId('reviewer')}
            />
            {err('reviewer')}
          </div>
          <fieldset className="field">
            <legend>Review period</legend>
            <label htmlFor={`${uid}-period-start`}>From</label>
            <input
              id={`${uid}-period-start`}
              type="date"
              value={periodStart}
              onChange={(e) => setPeriodStart(e.target.value)}
              aria-invalid={Boolean(errorId('period'))}
              aria-describedby={errorId('period')}
            />
            <label htmlFor={`${uid}-period-end`}>To</label>
            <input
              id={`${uid}-period-end`}
              type="date"
              value={periodEnd}
              onChange={(e) => setPeriodEnd(e.target.value)}
              aria-invalid={Boolean(errorId('period'))}
              aria-describedby={errorId('period')}
            />
            {!periodStart && !periodEnd && <p className="hint">No period set: the report will say that no review period was recorded.</p>}
            {err('period')}
          </fieldset>
          <fieldset className="field">
            <legend>Marking</legend>
            <label className="check">
              <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} />
              This assessment was prepared at the direction of counsel
            </label>
            <p className="hint">Only then is the report marked “Privileged &amp; Confidential”; otherwise it is marked “Confidential”.</p>
            {directed && (
              <>
                <label htmlFor={`${uid}-counsel`}>Counsel who directed it</label>
                <input
                  id={`${uid}-counsel`}
                  value={counsel}
                  maxLength={120}
                  onChange={(e) => setCounsel(e.target.value)}
                  aria-invalid={Boolean(errorId('counsel'))}
                  aria-describedby={errorId('counsel')}
                />
                {err('counsel')}
                <label htmlFor={`${uid}-directed-on`}>Date of the direction</label>
                <input
                  id={`${uid}-directed-on`}
                  type="date"
                  value={directedOn}
                  onChange={(e) => setDirectedOn(e.target.value)}
                  aria-invalid={Boolean(errorId('directedOn'))}
                  aria-describedby={errorId('directedOn')}
                />
                {err('directedOn')}
              </>
            )}
          </fieldset>
          {open_.length > 0 && (
            <div className="field">
              <p id={`${uid}-open`}>
                <strong>{open_.length === 1 ? '1 finding has' : `${open_.length} findings have`} no verdict:</strong>{' '}
                {open_.map((f) => f.questionId).join(', ')}. A comment alone is not a verdict. The report will list them as not reviewed,
                with your reason.
              </p>
              <label htmlFor={`${uid}-reason`}>Why these findings were not reviewed</label>
              <textarea
                id={`${uid}-reason`}
                rows={2}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={Boolean(errorId('reason'))}
                aria-describedby={[`${uid}-open`, errorId('reason')].filter(Boolean).join(' ')}
              />
              {err('reason')}
            </div>
          )}
          {unconfirmed.length > 0 && (
            <details className="field">
              <summary>
                {unconfirmed.length === 1 ? '1 answer is' : `${unconfirmed.length} answers are`} unconfirmed (carried forward and not
                re-confirmed, or marked unsure)
              </summary>
              <p>They are scored but not counted as settled; the report lists them as unconfirmed.</p>
              <ul>
                {unconfirmed.map((l) => (
                  <li key={l.questionId}>
                    {l.questionId}:{' '}
                    {[assessment.answers[l.questionId]?.carried ? 'carried forward' : null, l.status === 'unsure' ? 'unsure' : null]
                      .filter(Boolean)
                      .join(', ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="field">
            <label htmlFor={`${uid}-attestation`}>Attestation</label>
            <textarea
              id={`${uid}-attestation`}
              rows={4}
              maxLength={2000}
              value={attestation}
              onChange={(e) => setAttestation(e.target.value)}
              aria-invalid={Boolean(errorId('attestation'))}
              aria-describedby={errorId('attestation')}
            />
            {err('attestation')}
          </div>
          <label className="check">
            <input
              id={`${uid}-agreed`}
              type="checkbox"
              checked={agreed}
              onChange={(e) => setAgreed(e.target.checked)}
              aria-invalid={Boolean(errorId('agreed'))}
              aria-describedby={errorId('agreed')}
            />
            We make this attestation.
          </label>
          {err('agreed')}
          <DialogActions onCancel={onClose}>
            <button type="submit" className="button primary" ref={continueRef}>
              Continue
            </button>
          </DialogActions>
        </form>
      )}
    </ModalDialog>
  )
}
