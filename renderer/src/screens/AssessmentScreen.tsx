import { ASSESSMENT_KIND_LABEL, ASSESSMENT_STATUS_LABEL } from '../labels'
import { useAssessmentSession, type AssessmentSession } from '../hooks/use-assessment-session'
import { hrefFor, type AssessmentView } from '../hooks/use-hash-route'
import { QuestionnaireView } from './assessment/QuestionnaireView'
import { ResultsView } from './assessment/ResultsView'
import { ReviewView } from './assessment/ReviewView'
import { formatDate, formatDateTime } from '../format'
import { assessmentName } from '../assessment-name'
import { useEffect, useRef } from 'react'
import { cancelArrival } from '../hooks/use-arrival-focus'
import type { AssessmentStatus } from '@shared/schemas/assessment'
import type { EngagementRecordProblem } from '@shared/integrity/record-consistency'
import { NaDraftsNotice } from './assessment/NaDraftsNotice'
import { ScopeGapBanner } from './assessment/ScopeGapBanner'
import { ReplacedBanner } from './assessment/ReplacedBanner'
import { DeleteUnsigned } from './assessment/DeleteUnsigned'

/**
 * After sending for review, returning to draft or finalizing, the button pressed is gone; focus moves
 * to the workflow heading (the status and the next step are right under it), else the page heading.
 */
function useFocusOnStatusChange(status: AssessmentStatus | null): void {
  const previous = useRef(status)
  useEffect(() => {
    const changed = previous.current !== null && status !== null && previous.current !== status
    previous.current = status
    if (!changed) return
    cancelArrival()
    const target = document.getElementById('workflow-title') ?? document.querySelector<HTMLElement>('#main h1')
    if (!target) return
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus()
  }, [status])
}

type Props = { id: string; view: AssessmentView; questionId: string | undefined }

const VIEW_LABEL: Record<AssessmentView, string> = { questions: 'Questionnaire', results: 'Results', review: 'Review & sign-off' }

export function AssessmentScreen({ id, view, questionId }: Props): React.JSX.Element {
  const state = useAssessmentSession(id)
  useFocusOnStatusChange(state.status === 'ready' ? state.session.assessment.status : null)
  if (state.status === 'loading') return <p role="status">Loading…</p>
  if (state.status === 'error')
    return (
      <p className="banner banner-error preserve-lines" role="alert">
        {state.error.message}
      </p>
    )
  const { session } = state
  const { engagement, assessment } = session
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: 'engagements' })}>Engagements</a> /{' '}
        <a href={hrefFor({ name: 'engagement', id: engagement.id })}>{engagement.vendorName}</a>
      </nav>
      <div className="page-head compact">
        <div>
          <p className="eyebrow">
            {ASSESSMENT_KIND_LABEL[assessment.kind]} · <bdi>{engagement.name}</bdi>
            {assessment.periodStart && assessment.periodEnd && (
              <span className="nowrap">
                {' '}
                · {formatDate(assessment.periodStart)} – {formatDate(assessment.periodEnd)}
              </span>
            )}
          </p>
          <h1>{assessmentName(assessment)}</h1>
          <p className="lede">
            <span className={`status-tag status-${assessment.status}`}>{ASSESSMENT_STATUS_LABEL[assessment.status]}</span>{' '}
            <SaveIndicator session={session} />
          </p>
        </div>
        <div className="button-row">
          <DeleteUnsigned session={session} />
        </div>
      </div>
      {session.signOffBroken !== null && <BrokenSignOff message={session.signOffBroken} />}
      {session.recordProblem !== null && <InconsistentRecords problem={session.recordProblem} />}
      <ScopeGapBanner session={session} />
      <ReplacedBanner session={session} />
      <nav className="tabs" aria-label="Assessment">
        {(Object.keys(VIEW_LABEL) as AssessmentView[]).map((v) => (
          <a key={v} href={hrefFor({ name: 'assessment', id, view: v })} aria-current={v === view ? 'page' : undefined}>
            {VIEW_LABEL[v]}
          </a>
        ))}
      </nav>
      {/* the questionnaire shows it beside the question, leaving out the one on screen */}
      {view !== 'questions' && (
        <NaDraftsNotice assessmentId={assessment.id} bank={session.bank} kind={assessment.kind} drafts={session.naDrafts} />
      )}
      <ViewFor view={view} session={session} questionId={questionId} />
    </>
  )
}

function ViewFor({
  view,
  session,
  questionId
}: {
  view: AssessmentView
  session: AssessmentSession
  questionId: string | undefined
}): React.JSX.Element {
  switch (view) {
    case 'questions':
      return <QuestionnaireView session={session} questionId={questionId} />
    case 'results':
      return <ResultsView session={session} />
    case 'review':
      return <ReviewView session={session} />
  }
}

function SaveIndicator({ session }: { session: AssessmentSession }): React.JSX.Element {
  if (session.signOffBroken !== null) return <span className="save-state save-error">Read-only: its sign-off no longer holds</span>
  if (session.readOnly && session.assessment.signOff) {
    return <span className="save-state">Final and read-only since {formatDateTime(session.assessment.signOff.finalizedAt)}</span>
  }
  const unsaved = Object.keys(session.naDrafts).length
  if (session.saveState === 'saved' && unsaved > 0) {
    return (
      <span className="save-state save-error" role="status">
        Not saved: {unsaved === 1 ? '1 answer' : `${unsaved} answers`} marked not applicable without a reason
      </span>
    )
  }
  const text =
    session.saveState === 'saving'
      ? 'Saving…'
      : session.saveState === 'error'
        ? `Not saved: ${session.saveError ?? ''}`
        : 'All changes saved'
  return (
    <span className={`save-state save-${session.saveState}`} role="status">
      {text}
    </span>
  )
}

/**
 * A final whose stored content no longer matches its sign-off (the store file was edited or damaged). It
 * stays read-only and is not presented as signed: export and reports refuse it, and the way back is a backup.
 */
function BrokenSignOff({ message }: { message: string }): React.JSX.Element {
  return (
    <section className="banner banner-error" role="alert" aria-labelledby="broken-signoff-title">
      <h2 id="broken-signoff-title">This assessment is no longer what was signed off</h2>
      <p>
        {message}. Its content was changed after sign-off, outside the app, so it is not shown as signed and no report or export is made of
        it. Restore a backup from before the change in <a href={hrefFor({ name: 'settings' })}>Settings</a>, or start a revision to assess
        again.
      </p>
    </section>
  )
}

/**
 * The engagement's assessments hold what the app never writes now: a signed final twice, a final with two signed
 * revisions, or a revision link it could not have made. No report of the engagement is made from such data
 * (report-input.ts), and the screens say why before anyone asks for one. A second revision is not called an edit
 * outside the app: an import by an earlier version could leave one (DECISIONS 249), and the screen must not accuse.
 */
function InconsistentRecords({ problem }: { problem: EngagementRecordProblem }): React.JSX.Element {
  const cause = recordProblemCause(problem.kind)
  return (
    <section className="banner banner-error" role="alert" aria-labelledby="inconsistent-records-title">
      <h2 id="inconsistent-records-title">{cause.title}</h2>
      <p>
        {problem.message}. {cause.origin} Which final stands for a cycle cannot be told from them, so no report or audit packet is made of
        this engagement. Restore a backup from before {cause.before} in <a href={hrefFor({ name: 'settings' })}>Settings</a>.
      </p>
    </section>
  )
}

function recordProblemCause(kind: EngagementRecordProblem['kind']): { title: string; origin: string; before: string } {
  switch (kind) {
    case 'second-revision':
      return {
        title: 'A final of this engagement has two signed revisions',
        origin: 'Such a pair comes from an import made by an earlier version of the app, or from a store edited outside it.',
        before: 'that import'
      }
    case 'repeated-sign-off':
    case 'revision-link':
      return {
        title: "This engagement's records were changed outside the app",
        origin: 'The app never records this itself.',
        before: 'the change'
      }
  }
}
