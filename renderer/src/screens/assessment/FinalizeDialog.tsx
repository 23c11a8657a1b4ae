import { useEffect, useId, useRef, useState } from 'react'
import { useForm, useWatch, type FieldPath, type SubmitHandler } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { findingsOf } from '@shared/workflow/findings'
import { FINALIZE_FIELDS, finalizeFormSchema, type FinalizeForm } from '@shared/schemas/finalize-form'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { useApi } from '../../hooks/api-context'
import { ModalDialog } from '../../components/ModalDialog'
import { DialogActions } from '../../components/DialogActions'
import { scopeGaps } from '@shared/bank/profiles-for'
import { SUFFICIENCY_LABELS } from '@shared/scoring/sufficiency'
import { NA_REASON_REQUIRED } from '@shared/schemas/answer-rules'
import { profileNames, uncoveredNames } from './ScopeGapBanner'
import { NaDraftsNotice } from './NaDraftsNotice'
import { UnansweredQuestions } from './UnansweredQuestions'
import { todayIso } from '../../today'
import { hrefFor } from '../../hooks/use-hash-route'
import { promptFor } from '@shared/bank/wording'
import { shortTitle } from './work-queue'

const ATTESTATION =
  'We confirm that the answers in this assessment describe how the engagement is actually run, to the best of our knowledge, and that the findings were reviewed, except any listed as not reviewed with the reason given.'

type Props = { open: boolean; session: AssessmentSession; onClose: () => void; onError: (message: string) => void }

/** The element ids of the form's fields (after the dialog's own prefix), for labels, errors and focus. */
const FIELD_ID: Record<FieldPath<FinalizeForm>, string> = {
  assessorName: 'assessor',
  reviewerName: 'reviewer',
  periodStart: 'period-start',
  periodEnd: 'period-end',
  directed: 'directed',
  counselName: 'counsel',
  directedOn: 'directed-on',
  notReviewedReason: 'reason',
  attestation: 'attestation',
  agreed: 'agreed'
}

/**
 * Names, review period, counsel's direction, attestation, then a second, explicit confirmation:
 * finalizing cannot be undone. Findings without a verdict and unconfirmed answers are listed here, and
 * finalizing with findings unreviewed needs a reason, which the report prints.
 */
export function FinalizeDialog({ open, session, onClose, onError }: Props): React.JSX.Element {
  const api = useApi()
  const uid = useId()
  const { assessment, score } = session
  // signed as it is, the report says these are not assessed under local law; the way in is on the assessment's banner
  const gaps = scopeGaps(session.bank, assessment.profiles, session.engagement)
  const scopeWarning =
    gaps.length > 0 ? (
      <p className="banner banner-warning">
        <strong>This assessment does not cover {uncoveredNames(gaps)}</strong>, added to the engagement after it started: it does not apply{' '}
        {profileNames(gaps)}, and the signed report will say the result there rests on general principles only. To assess{' '}
        {gaps.length === 1 ? 'it' : 'them'}, cancel and apply the engagement’s current countries first.
      </p>
    ) : null
  // an N/A without a reason lives only on this computer (na-drafts.ts): signed now, the record would hold
  // the question as unanswered while the questionnaire shows it N/A, and the draft would be lost with the
  // sign-off (a final has no drafts). Finalizing waits until each has its reason or is unticked.
  const unsavedNa = Object.keys(session.naDrafts).length > 0
  // signed on too little information, the record says so for good: the signer must see it first
  const { coverage, sufficiency } = score
  const coverageWarning =
    sufficiency.status !== 'sufficient' ? (
      <p className="banner banner-warning" data-testid="finalize-insufficient">
        <strong>
          {sufficiency.status === 'not-assessed'
            ? 'Nothing is answered'
            : `Only ${coverage.covered} of ${coverage.visible} questions are settled (${Math.round(coverage.ratio * 100)} %, threshold ${Math.round(sufficiency.threshold * 100)} %)`}
        </strong>
        : signed now, the result stays “{SUFFICIENCY_LABELS[sufficiency.status]}” in the record and in every report, and the questions left
        open may be the ones that decide it.
      </p>
    ) : null
  const open_ = findingsOf(score).filter((f) => assessment.reviews[f.questionId]?.verdict === undefined)
  const unconfirmed = score.lines.filter((l) => assessment.answers[l.questionId]?.carried === true || l.status === 'unsure')
  const deciding = new Set(score.sufficiency.decisiveUnanswered)
  const form = useForm<FinalizeForm>({
    // the signer's date: the review period must have ended by it (the service refuses it too)
    resolver: zodResolver(finalizeFormSchema(open_.length, todayIso())),
    defaultValues: {
      assessorName: assessment.assessorName,
      reviewerName: assessment.reviewerName,
      periodStart: assessment.periodStart ?? '',
      periodEnd: assessment.periodEnd ?? '',
      directed: assessment.counselDirection !== undefined,
      counselName: assessment.counselDirection?.name ?? '',
      directedOn: assessment.counselDirection?.date ?? '',
      notReviewedReason: '',
      attestation: ATTESTATION,
      agreed: false
    },
    // problems show once Continue is pressed, then follow each edit
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // focus goes to the first problem in screen order (below), not in the order fields were first shown
    shouldFocusError: false
  })
  const { register, handleSubmit, control, getValues } = form
  const errors = form.formState.errors
  const [periodStart, periodEnd, directed] = useWatch({ control, name: ['periodStart', 'periodEnd', 'directed'] })
  const [confirming, setConfirming] = useState(false)
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

  async function finalize(): Promise<void> {
    const v = getValues()
    await session.flush()
    const periodChanged = v.periodStart !== (assessment.periodStart ?? '') || v.periodEnd !== (assessment.periodEnd ?? '')
    if (periodChanged) {
      const saved = await api.updateAssessmentDetails({
        assessmentId: assessment.id,
        title: assessment.title,
        assessorName: v.assessorName,
        reviewerName: v.reviewerName,
        ...(v.periodStart ? { periodStart: v.periodStart } : {}),
        ...(v.periodEnd ? { periodEnd: v.periodEnd } : {})
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
      assessorName: v.assessorName,
      reviewerName: v.reviewerName,
      attestation: v.attestation,
      ...(open_.length > 0 ? { notReviewedReason: v.notReviewedReason } : {}),
      ...(v.directed ? { counselDirection: { name: v.counselName.trim(), date: v.directedOn } } : {})
    })
    setConfirming(false)
    onClose()
    if (r.ok) session.replace(r.value)
    else onError(r.error.message)
  }

  const proceed: SubmitHandler<FinalizeForm> = () => setConfirming(true)

  // why: a refused Continue left focus on the button, so keyboard and screen-reader users were not told
  // what to fix; focus moves to the first field with a problem, whose message it is described by
  const focusFirstProblem = (problems: typeof errors): void => {
    const first = FINALIZE_FIELDS.find((name) => problems[name] !== undefined)
    if (first) document.getElementById(`${uid}-${FIELD_ID[first]}`)?.focus()
  }

  const errorId = (name: FieldPath<FinalizeForm>): string | undefined => (errors[name] ? `${uid}-${FIELD_ID[name]}-error` : undefined)
  /** aria-invalid and aria-describedby of a field: its error message while it has one. */
  const invalid = (name: FieldPath<FinalizeForm>) => ({ 'aria-invalid': errors[name] !== undefined, 'aria-describedby': errorId(name) })
  const err = (name: FieldPath<FinalizeForm>) =>
    errors[name] ? (
      <p className="field-error" id={`${uid}-${FIELD_ID[name]}-error`}>
        {errors[name].message}
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
      {unsavedNa ? (
        <>
          <NaDraftsNotice
            assessmentId={assessment.id}
            bank={session.bank}
            kind={assessment.kind}
            drafts={session.naDrafts}
            consequence={`${NA_REASON_REQUIRED}. This assessment cannot be signed off until each has its reason or is no longer marked not applicable: such an N/A is kept only on this computer, and the signed record would count the question as unanswered.`}
            onFollow={onClose}
          />
          <DialogActions onCancel={onClose} cancelLabel="Close" />
        </>
      ) : confirming ? (
        <>
          {coverageWarning}
          {scopeWarning}
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
        <form noValidate onSubmit={(e) => void handleSubmit(proceed, focusFirstProblem)(e)}>
          {coverageWarning}
          <UnansweredQuestions
            assessmentId={assessment.id}
            bank={session.bank}
            kind={assessment.kind}
            score={score}
            answers={assessment.answers}
            onFollow={onClose}
          />
          {scopeWarning}
          <div className="field">
            <label htmlFor={`${uid}-assessor`}>Assessor (vendor manager)</label>
            <input
              id={`${uid}-assessor`}
              maxLength={120}
              {...register('assessorName', { deps: ['reviewerName'] })}
              {...invalid('assessorName')}
            />
            {err('assessorName')}
          </div>
          <div className="field">
            <label htmlFor={`${uid}-reviewer`}>Reviewer (counsel or compliance)</label>
            <input id={`${uid}-reviewer`} maxLength={120} {...register('reviewerName')} {...invalid('reviewerName')} />
            {err('reviewerName')}
          </div>
          <fieldset className="field">
            <legend>Review period</legend>
            <label htmlFor={`${uid}-period-start`}>From</label>
            <input id={`${uid}-period-start`} type="date" {...register('periodStart')} {...invalid('periodStart')} />
            <label htmlFor={`${uid}-period-end`}>To</label>
            {/* the period's shape is reported on its start, both dates marked and described by it; an end after today on the end */}
            <input
              id={`${uid}-period-end`}
              type="date"
              {...register('periodEnd', { deps: ['periodStart'] })}
              aria-invalid={errors.periodStart !== undefined || errors.periodEnd !== undefined}
              aria-describedby={[errorId('periodStart'), errorId('periodEnd')].filter(Boolean).join(' ') || undefined}
            />
            {!periodStart && !periodEnd && <p className="hint">No period set: the report will say that no review period was recorded.</p>}
            {err('periodStart')}
            {err('periodEnd')}
          </fieldset>
          <fieldset className="field">
            <legend>Marking</legend>
            <label className="check">
              <input type="checkbox" {...register('directed', { deps: ['counselName', 'directedOn'] })} />
              This assessment was prepared at the direction of counsel
            </label>
            <p className="hint">Only then is the report marked “Privileged &amp; Confidential”; otherwise it is marked “Confidential”.</p>
            {directed && (
              <>
                <label htmlFor={`${uid}-counsel`}>Counsel who directed it</label>
                <input id={`${uid}-counsel`} maxLength={120} {...register('counselName')} {...invalid('counselName')} />
                {err('counselName')}
                <label htmlFor={`${uid}-directed-on`}>Date of the direction</label>
                <input id={`${uid}-directed-on`} type="date" {...register('directedOn')} {...invalid('directedOn')} />
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
                {...register('notReviewedReason')}
                aria-invalid={errors.notReviewedReason !== undefined}
                aria-describedby={[`${uid}-open`, errorId('notReviewedReason')].filter(Boolean).join(' ')}
              />
              {err('notReviewedReason')}
            </div>
          )}
          {unconfirmed.length > 0 && (
            <details className="field">
              <summary>
                {unconfirmed.length === 1 ? '1 answer is' : `${unconfirmed.length} answers are`} unconfirmed (carried forward and not
                re-confirmed, or marked unsure)
              </summary>
              <p>
                {/* true of unsure answers always, of carried ones only under a bank that says so (2026.8 on, DECISIONS 222) */}
                {session.bank.scoring.carriedNeedConfirming === true || unconfirmed.every((l) => l.status === 'unsure')
                  ? 'They are scored but not counted as settled; the report lists them as unconfirmed.'
                  : `They are scored; under question bank ${session.bank.version} an answer carried forward counts as settled, but the report lists them as unconfirmed.`}
              </p>
              <ul>
                {/* as the unanswered list names its questions: a link, the short title, and whether it could decide the result */}
                {unconfirmed.map((l) => {
                  const q = session.bank.questions.find((x) => x.id === l.questionId)
                  const marks = [
                    assessment.answers[l.questionId]?.carried ? 'carried forward' : null,
                    l.status === 'unsure' ? 'unsure' : null,
                    deciding.has(l.questionId) ? 'could decide the result' : null
                  ].filter(Boolean)
                  return (
                    <li key={l.questionId}>
                      <a
                        href={hrefFor({ name: 'assessment', id: assessment.id, view: 'questions', questionId: l.questionId })}
                        onClick={onClose}
                      >
                        {l.questionId}
                      </a>
                      {q ? `: ${shortTitle(promptFor(q, assessment.kind))}` : ''} ({marks.join(', ')})
                    </li>
                  )
                })}
              </ul>
            </details>
          )}
          <div className="field">
            <label htmlFor={`${uid}-attestation`}>Attestation</label>
            <textarea id={`${uid}-attestation`} rows={4} maxLength={2000} {...register('attestation')} {...invalid('attestation')} />
            {err('attestation')}
          </div>
          <label className="check">
            <input id={`${uid}-agreed`} type="checkbox" {...register('agreed')} {...invalid('agreed')} />
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
