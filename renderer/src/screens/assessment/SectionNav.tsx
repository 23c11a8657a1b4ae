import type { Question } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import type { ScoreResult } from '@shared/scoring/score-types'
import type { Answer } from '@shared/schemas/assessment'
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
  /** The stored answers, for the answers carried forward and not yet confirmed. */
  answers: Readonly<Record<string, Answer>>
}

/** Sections with progress; the current section lists its questions (by short title) so any one can be reached directly. */
export function SectionNav({ assessmentId, progress, currentId, score, kind, filtered, answers }: Props): React.JSX.Element {
  const lineById = new Map(score.lines.map((l) => [l.questionId, l]))
  // a carried answer nobody has confirmed for this cycle is not read as answered (vendor-manager review: "3/3 answered"
  // beside "Coverage 0%" after carrying forward)
  const isCarried = (q: Question): boolean => {
    const line = lineById.get(q.id)
    return line !== undefined && isDone(line) && line.status !== 'unsure' && Object.hasOwn(answers, q.id) && answers[q.id]?.carried === true
  }
  const link = (q: Question, n: number, sectionTitle?: string) => {
    const line = lineById.get(q.id)
    const done = line ? isDone(line) : false
    // why: an unsure question has no answer ("counts as not covered until confirmed"), yet read as "● answered"
    const unsure = line?.status === 'unsure'
    const carried = isCarried(q)
    return (
      <a
        href={hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: q.id })}
        aria-current={q.id === currentId ? 'step' : undefined}
        className={done && !carried ? 'done' : undefined}
        title={promptFor(q, kind)}
      >
        <span aria-hidden="true">{unsure ? '?' : carried ? '◐' : done ? '●' : '○'}</span> {n}. {shortTitle(promptFor(q, kind))}
        {sectionTitle && <span className="question-link-section">{sectionTitle}</span>}
        <span className="visually-hidden">
          {unsure ? ', marked unsure' : carried ? ', carried forward, to confirm' : done ? ', answered' : ', not answered'}
        </span>
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
          const toConfirm = s.questions.filter(isCarried).length
          return (
            <li key={s.sectionId} className={current ? 'current' : undefined}>
              <a
                href={first ? hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: first.id }) : undefined}
                aria-current={current ? 'true' : undefined}
              >
                <span className="section-name">{s.title}</span>
                <span className="section-count">
                  {s.done - toConfirm}/{s.total}
                  <span className="visually-hidden"> answered</span>
                  {toConfirm > 0 && ` · ${toConfirm} to confirm`}
                </span>
              </a>
              <progress max={s.total} value={s.done - toConfirm} aria-hidden="true" />
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
