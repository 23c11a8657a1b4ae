import { assertNever } from '../util/result'
import type { Answer } from '../schemas/assessment'
import { answerFor } from './evaluate'
import type { QuestionEval } from './evaluate'
import type { Coverage } from './score-types'

/**
 * Whether a visible question's answer settles it: answered in full or justified N/A, and, under a bank that says so
 * (`carriedNeedConfirming`, 2026.8 on), not merely carried forward from the last cycle. The one rule for the overall
 * coverage and each section's.
 */
export function settles(e: QuestionEval, carriedNeedConfirming: boolean): boolean {
  return (e.status === 'answered' || e.status === 'na') && !(carriedNeedConfirming && e.carried)
}

/**
 * How much of what was asked is settled. Only visible questions count; "unsure" and one-sided
 * answers are not covered even though they are scored on what was chosen, nor (under a bank that says so)
 * an answer carried forward and not confirmed: last cycle's facts are no proof of this one's.
 */
export function coverageOf(
  evals: readonly QuestionEval[],
  answers: Readonly<Record<string, Answer>>,
  carriedNeedConfirming: boolean
): Coverage {
  const counts = { visible: 0, answered: 0, partial: 0, unanswered: 0, unsure: 0, na: 0, carriedUnconfirmed: 0 }
  // one pass over the questions: scoring runs on every answer (≤ 1 ms budget)
  let covered = 0
  for (const e of evals) {
    if (!e.visible) continue
    counts.visible++
    if (settles(e, carriedNeedConfirming)) covered++
    if (answerFor(answers, e.info)?.carried === true) counts.carriedUnconfirmed++
    switch (e.status) {
      case 'answered':
        counts.answered++
        break
      case 'partial':
        counts.partial++
        break
      case 'unanswered':
        counts.unanswered++
        break
      case 'unsure':
        counts.unsure++
        break
      case 'na':
        counts.na++
        break
      default:
        assertNever(e.status)
    }
  }
  // Nothing visible means nothing was assessed: report 0 so the result is marked provisional.
  return { ...counts, covered, ratio: counts.visible > 0 ? covered / counts.visible : 0 }
}
