import { useEffect, useMemo, useRef, useState } from 'react'
import type { Answer } from '@shared/schemas/assessment'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { useApi } from '../../hooks/api-context'
import { hrefFor, navigate } from '../../hooks/use-hash-route'
import { focusOnArrival } from '../../hooks/use-arrival-focus'
import { NaDraftsNotice } from './NaDraftsNotice'
import { claimReasonFocus } from './reason-focus'
import { QuestionCard } from './QuestionCard'
import { naContradictionText } from '@shared/report/law-verdicts'
import { SectionNav } from './SectionNav'
import { ScorePanel } from './ScorePanel'
import { sectionProgress, visibleQuestions } from './progress'
import { WorkQueue } from './WorkQueue'
import { QUEUE_FILTERS, inQueue, queueCounts, type QueueFilter } from './work-queue'

/** The wizard: section list, the current question, the live score. */
export function QuestionnaireView({
  session,
  questionId
}: {
  session: AssessmentSession
  questionId: string | undefined
}): React.JSX.Element {
  const api = useApi()
  const { bank, assessment, score } = session
  const progress = useMemo(() => sectionProgress(bank, score), [bank, score])
  const visible = useMemo(() => visibleQuestions(progress), [progress])
  // drafts keep what is typed but not yet storable (untitled evidence, spaces); an N/A without a reason is
  // also kept by the session (session.naDrafts), so leaving the questionnaire does not lose it unseen
  const [drafts, setDrafts] = useState<Record<string, Answer>>({})
  const headingRef = useRef<HTMLDivElement>(null)
  const [filter, setFilter] = useState<QueueFilter | null>(null)
  const lineById = useMemo(() => new Map(score.lines.map((l) => [l.questionId, l])), [score])
  const counts = useMemo(() => queueCounts(visible, lineById, assessment.answers), [visible, lineById, assessment.answers])
  const matching = (f: QueueFilter) =>
    visible.filter((q) => {
      const line = lineById.get(q.id)
      return line !== undefined && inQueue(f, line, assessment.answers[q.id])
    })
  const firstOf = Object.fromEntries(QUEUE_FILTERS.map((f) => [f, matching(f)[0]?.id])) as Record<QueueFilter, string | undefined>

  const wanted = questionId ?? assessment.lastQuestionId
  const current = visible.find((q) => q.id === wanted) ?? visible[0]
  // with a filter, the pager and the side navigation follow its questions; the current one stays while it is shown
  const route = filter ? visible.filter((q) => q === current || matching(filter).includes(q)) : visible
  const index = current ? visible.indexOf(current) : -1
  const routeIndex = current ? route.indexOf(current) : -1

  useEffect(() => {
    if (!current || session.readOnly || current.id === assessment.lastQuestionId) return
    void api.setLastQuestion({ assessmentId: assessment.id, questionId: current.id })
  }, [api, assessment.id, assessment.lastQuestionId, current, session.readOnly])

  // moving to another question puts focus at its start, so keyboard and screen-reader users land there
  // (arriving at the questionnaire from elsewhere does the same, instead of the page heading)
  const previousId = useRef<string | undefined>(undefined)
  useEffect(() => {
    const moved = previousId.current !== undefined && previousId.current !== current?.id
    // a "Give the reason" link lands on the reason field itself
    const reason = current && claimReasonFocus(current.id) ? headingRef.current?.querySelector<HTMLElement>('[data-na-reason]') : null
    if (reason) {
      if (!focusOnArrival(reason)) reason.focus()
    } else if (!focusOnArrival(headingRef.current) && moved) headingRef.current?.focus()
    previousId.current = current?.id
  }, [current])

  if (!current) return <p>No question applies to this engagement.</p>
  const section = progress.find((s) => s.questions.includes(current))
  const answer = drafts[current.id] ?? session.naDrafts[current.id] ?? assessment.answers[current.id] ?? {}
  // an N/A that a law's own finding contradicts is said where it is given, not only on the Results screen
  const contradiction = score.sufficiency.naContradicted.find((c) => c.questionId === current.id)
  const prev = route[routeIndex - 1]
  const next = route[routeIndex + 1]

  function change(next: Answer): void {
    if (!current) return
    setDrafts((d) => ({ ...d, [current.id]: next }))
    session.editAnswer(current.id, next)
  }

  return (
    <div className="questionnaire">
      <div className="questionnaire-side">
        <WorkQueue assessmentId={assessment.id} counts={counts} firstOf={firstOf} filter={filter} onFilter={setFilter} />
        <SectionNav
          assessmentId={assessment.id}
          progress={progress}
          currentId={current.id}
          score={score}
          kind={assessment.kind}
          filtered={filter ? { filter, questions: route } : null}
          answers={assessment.answers}
        />
      </div>
      <div className="question-column" ref={headingRef} tabIndex={-1} aria-label={`Question ${index + 1} of ${visible.length}`}>
        <NaDraftsNotice assessmentId={assessment.id} bank={bank} kind={assessment.kind} drafts={session.naDrafts} exceptId={current.id} />
        <QuestionCard
          key={current.id}
          bank={bank}
          question={current}
          kind={assessment.kind}
          appliedProfiles={assessment.profiles}
          answer={answer}
          readOnly={session.readOnly}
          position={{
            index: (section?.questions.indexOf(current) ?? 0) + 1,
            total: section?.total ?? 0,
            sectionTitle: section?.title ?? ''
          }}
          onChange={change}
          nextHref={next ? hrefFor({ name: 'assessment', id: assessment.id, view: 'questions', questionId: next.id }) : null}
          naContradiction={contradiction ? naContradictionText(contradiction) : null}
        />
        <nav className="question-pager" aria-label="Question navigation">
          {prev ? (
            <a className="button" href={hrefFor({ name: 'assessment', id: assessment.id, view: 'questions', questionId: prev.id })}>
              ← Previous
            </a>
          ) : (
            <span />
          )}
          <span className="pager-position">
            {filter
              ? `${routeIndex + 1} of ${route.length} shown (question ${index + 1} of ${visible.length})`
              : `${index + 1} of ${visible.length}`}
          </span>
          {next ? (
            <a className="button primary" href={hrefFor({ name: 'assessment', id: assessment.id, view: 'questions', questionId: next.id })}>
              Next →
            </a>
          ) : (
            <button
              type="button"
              className="button primary"
              onClick={() => void session.flush().then(() => navigate({ name: 'assessment', id: assessment.id, view: 'results' }))}
            >
              See results →
            </button>
          )}
        </nav>
      </div>
      <ScorePanel
        assessmentId={assessment.id}
        score={score}
        threshold={bank.scoring.coverageThreshold}
        carriedNeedConfirming={bank.scoring.carriedNeedConfirming === true}
      />
    </div>
  )
}
