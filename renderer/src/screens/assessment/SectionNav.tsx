import type { ScoreResult } from '@shared/scoring/score-types'
import { hrefFor } from '../../hooks/use-hash-route'
import type { SectionProgress } from './progress'
import { isDone } from './progress'

type Props = { assessmentId: string; progress: readonly SectionProgress[]; currentId: string; score: ScoreResult }

/** Sections with progress; the current section lists its questions so any one can be reached directly. */
export function SectionNav({ assessmentId, progress, currentId, score }: Props): React.JSX.Element {
  const lineById = new Map(score.lines.map((l) => [l.questionId, l]))
  return (
    <nav className="section-nav" aria-label="Sections">
      <ol>
        {progress.map((s) => {
          const current = s.questions.some((q) => q.id === currentId)
          const first = s.questions[0]
          return (
            <li key={s.sectionId} className={current ? 'current' : undefined}>
              <a href={first ? hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: first.id }) : undefined} aria-current={current ? 'true' : undefined}>
                <span className="section-name">{s.title}</span>
                <span className="section-count">
                  {s.done}/{s.total}
                  <span className="visually-hidden"> answered</span>
                </span>
              </a>
              <progress max={s.total} value={s.done} aria-hidden="true" />
              {current && (
                <ol className="question-links">
                  {s.questions.map((q, i) => {
                    const line = lineById.get(q.id)
                    const done = line ? isDone(line) : false
                    return (
                      <li key={q.id}>
                        <a
                          href={hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: q.id })}
                          aria-current={q.id === currentId ? 'step' : undefined}
                          className={done ? 'done' : undefined}
                        >
                          <span aria-hidden="true">{done ? '●' : '○'}</span> {i + 1}. {q.id}
                          <span className="visually-hidden">{done ? ', answered' : ', not answered'}</span>
                        </a>
                      </li>
                    )
                  })}
                </ol>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
