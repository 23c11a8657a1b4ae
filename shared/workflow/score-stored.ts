import type { Assessment } from '../schemas/assessment'
import type { QuestionBank } from '../bank/bank-schema'
import { findBank } from '../bank/bank-registry'
import { scoreAssessment, scoreSummary } from '../scoring/score'
import type { ScoreInput, ScoreResult, ScoreSummary } from '../scoring/score-types'
import { fail, ok, type Result } from '../util/result'

/** Scores a stored assessment under the bank version it is pinned to, with its own profiles. */
export function scoreStoredAssessment(
  assessment: Assessment,
  banks: readonly QuestionBank[]
): Result<{ bank: QuestionBank; result: ScoreResult }> {
  return scoreStoredWith(scoreAssessment, assessment, banks)
}

/** The same without the action plan (ScoreSummary): for what reads a score but prints no plan. */
export function scoreStoredSummary(
  assessment: Assessment,
  banks: readonly QuestionBank[]
): Result<{ bank: QuestionBank; result: ScoreSummary }> {
  return scoreStoredWith(scoreSummary, assessment, banks)
}

/** How a stored assessment is scored, by either scorer. */
export type StoredScorer<R> = (assessment: Assessment, banks: readonly QuestionBank[]) => Result<{ bank: QuestionBank; result: R }>

function scoreStoredWith<R>(
  score: (input: ScoreInput) => R,
  assessment: Assessment,
  banks: readonly QuestionBank[]
): Result<{ bank: QuestionBank; result: R }> {
  const bank = findBank(banks, assessment.bank)
  if (!bank) return fail('not-found', `Question bank ${assessment.bank.id} ${assessment.bank.version} is not available`)
  return ok({ bank, result: score({ bank, profiles: assessment.profiles, kind: assessment.kind, answers: assessment.answers }) })
}
