import type { Question } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import type { ScoreResult } from '@shared/scoring/score-types'
import { promptFor } from '@shared/bank/wording'
import { hrefFor } from '../../hooks/use-hash-route'
import type { SectionProgress } from './progress'
import { isDone } from './progress'
import { QUEUE_LABEL, shortTitle, type QueueFilter } from './work-queue'

type Props = {
  assessmentId: string
  progress: readonly SectionProgress[]
  currentId: string
  score: ScoreResult
  kind: AssessmentKind
  /** With a work-queue filter, the questions it holds (the current one included), instead of the sections. */
  filtered: { filter: QueueFilter; questions: readonly Question[] } | null
}

/** Sections with progress; the current section lists its questions (by short title) so any one can be reached directly. */
export function SectionNav({ assessmentId, progress, currentId, score, kind, filtered }: Props): React.JSX.Element {
  const lineById = new Map(score.lines.map((l) => [l.questionId, l]))
  const link = (q: Question, n: number, sectionTitle?: string) => {
    const line = lineById.get(q.id)
    const done = line ? isDone(line) : false
    // why: an unsure question has no answer ("counts as not covered until confirmed"), yet read as "● answered"
    const unsure = line?.status === 'unsure'
    return (
      <a
        href={hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: q.id })}
        aria-current={q.id === currentId ? 'step' : undefined}
        className={done ? 'done' : undefined}
        title={promptFor(q, kind)}
      >
        <span aria-hidden="true">{unsure ? '?' : done ? '●' : '○'}</span> {n}. {shortTitle(promptFor(q, kind))}
        {sectionTitle && <span className="question-link-section">{sectionTitle}</span>}
        <span className="visually-hidden">{unsure ? ', marked unsure' : done ? ', answered' : ', not answered'}</span>
      </a>
    )
  }
  if (filtered) {
    const sectionOf = new Map(progress.flatMap((s) => s.questions.map((q) => [q.id, s.title] as const)))
    return (
      <nav className="section-nav" aria-label="Questions">
        <p className="small-heading">
          {QUEUE_LABEL[filtered.filter]}: {filtered.questions.length} question{filtered.questions.length === 1 ? '' : 's'}
        </p>
        <ol className="question-links filtered">
          {filtered.questions.map((q, i) => (
            <li key={q.id}>{link(q, i + 1, sectionOf.get(q.id))}</li>
          ))}
        </ol>
      </nav>
    )
  }
  return (
    <nav className="section-nav" aria-label="Sections">
      <ol>
        {progress.map((s) => {
          const current = s.questions.some((q) => q.id === currentId)
          const first = s.questions[0]
          return (
            <li key={s.sectionId} className={current ? 'current' : undefined}>
              <a
                href={first ? hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: first.id }) : undefined}
                aria-current={current ? 'true' : undefined}
              >
                <span className="section-name">{s.title}</span>
                <span className="section-count">
                  {s.done}/{s.total}
                  <span className="visually-hidden"> answered</span>
                </span>
              </a>
              <progress max={s.total} value={s.done} aria-hidden="true" />
              {current && (
                <ol className="question-links">
                  {s.questions.map((q, i) => (
                    <li key={q.id}>{link(q, i + 1)}</li>
                  ))}
                </ol>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
