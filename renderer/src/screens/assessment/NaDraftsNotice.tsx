import { useId, type ReactNode } from 'react'
import type { QuestionBank } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import { NA_REASON_REQUIRED } from '@shared/schemas/answer-rules'
import { promptFor } from '@shared/bank/wording'
import type { NaDrafts } from '../../state/na-drafts'
import { hrefFor } from '../../hooks/use-hash-route'
import { focusReasonOnArrival } from './reason-focus'

type Props = {
  assessmentId: string
  bank: QuestionBank
  kind: AssessmentKind
  drafts: NaDrafts
  /** The question on screen, whose card shows its own error: left out of the list. */
  exceptId?: string | undefined
  /** What follows from them where the notice is shown; the questionnaire's own wording when absent. */
  consequence?: ReactNode
  /** Called as a link is followed (a dialog showing the notice closes). */
  onFollow?: () => void
}

/**
 * The answers marked N/A without a reason, wherever the user is (questionnaire, results, review): they
 * are not saved as N/A and the question counts as unanswered, so each is named with a link that lands
 * on its reason field. Nothing while there is none.
 */
export function NaDraftsNotice({ assessmentId, bank, kind, drafts, exceptId, consequence, onFollow }: Props): React.JSX.Element | null {
  // the page and the finalize dialog over it may both show one
  const titleId = useId()
  const questions = bank.questions.filter((q) => q.id !== exceptId && drafts[q.id] !== undefined)
  if (questions.length === 0) return null
  return (
    <section className="banner banner-warning" aria-labelledby={titleId}>
      <h2 id={titleId}>
        Not saved: {questions.length === 1 ? '1 answer' : `${questions.length} answers`} marked not applicable without a reason
      </h2>
      <p>
        {consequence ??
          `${NA_REASON_REQUIRED}. Until it has one, the N/A is not saved: the question counts as unanswered in the result and the report.`}
      </p>
      <ul>
        {questions.map((q) => (
          <li key={q.id}>
            <a
              href={hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: q.id })}
              onClick={() => {
                focusReasonOnArrival(q.id)
                onFollow?.()
              }}
            >
              Give the reason for {q.id}
            </a>
            : {promptFor(q, kind)}
          </li>
        ))}
      </ul>
    </section>
  )
}
