import type { Assessment } from '../schemas/assessment'
import type { QuestionBank } from '../bank/bank-schema'
import { findBank } from '../bank/bank-registry'
import { scoreAssessment } from '../scoring/score'
import type { ScoreResult } from '../scoring/score-types'
import { fail, ok, type Result } from '../util/result'

/** Scores a stored assessment under the bank version it is pinned to, with its own profiles. */
export function scoreStoredAssessment(
  assessment: Assessment,
  banks: readonly QuestionBank[]
): Result<{ bank: QuestionBank; result: ScoreResult }> {
  const bank = findBank(banks, assessment.bank)
  if (!bank) return fail('not-found', `Question bank ${assessment.bank.id} ${assessment.bank.version} is not available`)
  return ok({ bank, result: scoreAssessment({ bank, profiles: assessment.profiles, kind: assessment.kind, answers: assessment.answers }) })
}
