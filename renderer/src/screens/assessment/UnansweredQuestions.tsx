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
 * and short title, those that could decide the result on their own first, under a heading that says so (`decisiveUnanswered`).
 * why: the finalize dialog said "Only N of M questions are settled" without saying which (vendor-manager review).
 */
export function UnansweredQuestions({ assessmentId, bank, kind, score, answers, onFollow }: Props): React.JSX.Element | null {
  const decisive = new Set(score.sufficiency.decisiveUnanswered)
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  const open = score.lines.filter((l) => inQueue('unanswered', l, answers[l.questionId]))
  if (open.length === 0) return null
  const deciding = open.filter((l) => decisive.has(l.questionId))
  const others = open.filter((l) => !decisive.has(l.questionId))
  const list = (lines: typeof open, label: string) => (
    <>
      <h3 className="small-heading">
        {label} ({lines.length})
      </h3>
      <ul>
        {lines.map((l) => {
          const q = byId.get(l.questionId)
          return (
            <li key={l.questionId}>
              <a href={hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: l.questionId })} onClick={onFollow}>
                {l.questionId}
              </a>
              {q ? `: ${shortTitle(promptFor(q, kind))}` : ''}
              {l.status === 'partial' ? ' (one side answered)' : ''}
            </li>
          )
        })}
      </ul>
    </>
  )
  return (
    <details className="field" data-testid="finalize-unanswered">
      <summary>
        {open.length === 1 ? '1 question is' : `${open.length} questions are`} unanswered
        {deciding.length > 0
          ? `, ${deciding.length === open.length ? (deciding.length === 1 ? 'and it' : 'all of which') : `${deciding.length} of which`} could decide the result`
          : ''}
      </summary>
      <p>Signed now, they stay unanswered in the record. Each link opens the question in the questionnaire (this dialog closes).</p>
      {/* most important first; bank order within each group */}
      {deciding.length > 0 && list(deciding, 'Could decide the result')}
      {others.length > 0 && list(others, deciding.length > 0 ? 'The others' : 'Unanswered')}
    </details>
  )
}
