import type { Answer } from '../schemas/assessment'
import type { QuestionEval } from './evaluate'
import type { Coverage, Sufficiency } from './score-types'

/**
 * Missing information is never presented as low risk: with nothing answered the result is
 * "not assessed", below the coverage threshold "insufficient". The computed band stays available
 * (as provisional) but callers must show this status first.
 */
export function sufficiencyOf(
  evals: readonly QuestionEval[],
  answers: Readonly<Record<string, Answer>>,
  coverage: Coverage,
  threshold: number
): Sufficiency {
  const touched = coverage.answered + coverage.partial + coverage.unsure + coverage.na
  const status = touched === 0 ? 'not-assessed' : coverage.ratio < threshold ? 'insufficient' : 'sufficient'
  const decisiveUnanswered = evals
    .filter((e) => e.visible && (e.status === 'unanswered' || e.status === 'unsure' || e.status === 'partial'))
    .filter((e) => canBeDecisive(e))
    .map((e) => e.info.question.id)
  void answers
  return { status, coverageRatio: coverage.ratio, threshold, decisiveUnanswered }
}

/** A question whose options include a red flag: one answer could decide the result on its own. */
function canBeDecisive(e: QuestionEval): boolean {
  const q = e.info.question
  return q.options.some((o) => o.redFlag === true) || (q.contract?.options ?? []).some((o) => o.redFlag === true)
}
