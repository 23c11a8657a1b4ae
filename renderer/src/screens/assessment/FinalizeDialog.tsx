import { useEffect, useId, useRef, useState } from 'react'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { useApi } from '../../hooks/api-context'
import { ModalDialog } from '../../components/ModalDialog'
import { DialogActions } from '../../components/DialogActions'

const ATTESTATION =
  'We confirm that the answers in this assessment describe how the engagement is actually run, to the best of our knowledge, and that the findings were reviewed.'

type Props = { open: boolean; session: AssessmentSession; onClose: () => void; onError: (message: string) => void }

/** Names, attestation, then a second, explicit confirmation: finalizing cannot be undone. */
export function FinalizeDialog({ open, session, onClose, onError }: Props): React.JSX.Element {
  const api = useApi()
  const uid = useId()
  const [assessor, setAssessor] = useState(session.assessment.assessorName)
  const [reviewer, setReviewer] = useState(session.assessment.reviewerName)
  const [attestation, setAttestation] = useState(ATTESTATION)
  const [agreed, setAgreed] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [touched, setTouched] = useState(false)
  const backRef = useRef<HTMLButtonElement>(null)

  // the confirmation step starts on the safe choice, so Enter never finalizes by accident
  useEffect(() => {
    if (confirming) backRef.current?.focus()
  }, [confirming])


  const missing = {
    assessor: assessor.trim() === '' ? 'The assessor’s name is required' : null,
    reviewer: reviewer.trim() === '' ? 'The reviewer’s name is required' : null,
    attestation: attestation.trim() === '' ? 'The attestation is required' : null,
    agreed: agreed ? null : 'Tick to confirm the attestation'
  }
  const valid = Object.values(missing).every((m) => m === null)

  async function finalize(): Promise<void> {
    await session.flush()
    const r = await api.finalizeAssessment({ assessmentId: session.assessment.id, assessorName: assessor, reviewerName: reviewer, attestation })
    setConfirming(false)
    onClose()
    if (r.ok) session.replace(r.value)
    else onError(r.error.message)
  }

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
            The assessment becomes read-only and is stamped with today’s date and its fingerprint. To change it later you will start a
            revision.
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
          }}
        >
          <div className="field">
            <label htmlFor={`${uid}-assessor`}>Assessor (vendor manager)</label>
            <input id={`${uid}-assessor`} value={assessor} maxLength={120} onChange={(e) => setAssessor(e.target.value)} aria-invalid={touched && Boolean(missing.assessor)} aria-describedby={touched && missing.assessor ? `${uid}-assessor-error` : undefined} />
            {err('assessor')}
          </div>
          <div className="field">
            <label htmlFor={`${uid}-reviewer`}>Reviewer (counsel or compliance)</label>
            <input id={`${uid}-reviewer`} value={reviewer} maxLength={120} onChange={(e) => setReviewer(e.target.value)} aria-invalid={touched && Boolean(missing.reviewer)} aria-describedby={touched && missing.reviewer ? `${uid}-reviewer-error` : undefined} />
            {err('reviewer')}
          </div>
          <div className="field">
            <label htmlFor={`${uid}-attestation`}>Attestation</label>
            <textarea id={`${uid}-attestation`} rows={4} maxLength={2000} value={attestation} onChange={(e) => setAttestation(e.target.value)} aria-invalid={touched && Boolean(missing.attestation)} />
            {err('attestation')}
          </div>
          <label className="check">
            <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} aria-describedby={touched && missing.agreed ? `${uid}-agreed-error` : undefined} />
            We make this attestation.
          </label>
          {err('agreed')}
          <DialogActions onCancel={onClose}>
            <button type="submit" className="button primary">
              Continue
            </button>
          </DialogActions>
        </form>
      )}
    </ModalDialog>
  )
}
