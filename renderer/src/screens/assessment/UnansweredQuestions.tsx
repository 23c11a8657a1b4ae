import type { QuestionBank } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import { promptFor } from '@shared/bank/wording'
import type { Answer } from '@shared/schemas/assessment'
import type { ScoreResult } from '@shared/scoring/score-types'
import { hrefFor } from '../../hooks/use-hash-route'
import { inQueue, shortTitle } from './work-queue'

type Props = {
  assessmentId: string
  bank: QuestionBank
  kind: AssessmentKind
  score: ScoreResult
  answers: Readonly<Record<string, Answer>>
  /** Called as a link is followed (the dialog showing the list closes). */
  onFollow: () => void
}

/**
 * The questions still unanswered as the work queue counts them (nothing given, or one side only), each by its id
 * and short title, those that could decide the result on their own first and marked so (`decisiveUnanswered`).
 * why: the finalize dialog said "Only N of M questions are settled" without saying which (vendor-manager review).
 */
export function UnansweredQuestions({ assessmentId, bank, kind, score, answers, onFollow }: Props): React.JSX.Element | null {
  const decisive = new Set(score.sufficiency.decisiveUnanswered)
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  const open = score.lines.filter((l) => inQueue('unanswered', l, answers[l.questionId]))
  if (open.length === 0) return null
  // most important first; bank order within each group (a stable sort keeps it)
  const ordered = [...open].sort((a, b) => Number(decisive.has(b.questionId)) - Number(decisive.has(a.questionId)))
  const deciding = open.filter((l) => decisive.has(l.questionId)).length
  return (
    <details className="field" data-testid="finalize-unanswered">
      <summary>
        {open.length === 1 ? '1 question is' : `${open.length} questions are`} unanswered
        {deciding > 0
          ? `, ${deciding === open.length ? (deciding === 1 ? 'and it' : 'all of which') : `${deciding} of which`} could decide the result`
          : ''}
      </summary>
      <p>
        Signed now, they stay unanswered in the record. Those that could decide the result come first. Each link opens the question in the
        questionnaire (this dialog closes).
      </p>
      <ul className="unanswered-list">
        {ordered.map((l) => {
          const q = byId.get(l.questionId)
          return (
            <li key={l.questionId}>
              <a href={hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: l.questionId })} onClick={onFollow}>
                {l.questionId}
              </a>
              {q ? `: ${shortTitle(promptFor(q, kind))}` : ''}
              {l.status === 'partial' ? ' (one side answered)' : ''}
              {decisive.has(l.questionId) && <strong> — could decide the result</strong>}
            </li>
          )
        })}
      </ul>
    </details>
  )
}
