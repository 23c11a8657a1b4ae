import type { ScoreLine, ScoreResult } from '../scoring/score-types'

export type Finding = {
  questionId: string
  section: string
  points: number
  redFlag: boolean
  gap: boolean
  /** Risk the recommended change removes from the overall score (0 when none is computed). */
  riskRemoved: number
}

/**
 * Whether an answer is a finding — one rule for what a reviewer rules on and what the report lists:
 * it carries risk points, fired a red flag, amplifies other answers, or shows a contract-vs-practice gap.
 */
export function isFinding(line: ScoreLine, gapIds: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  return line.points > 0 || line.redFlag || line.amplify > 0 || gapIds.has(line.questionId)
}

/**
 * The findings a reviewer rules on (the report lists the same ones, ranked for counsel): red flags
 * first, then by risk removed, then points.
 */
export function findingsOf(result: ScoreResult): Finding[] {
  const gapIds = new Set(result.gaps.map((g) => g.questionId))
  const removed = new Map(result.remediation.map((r) => [r.questionId, r.riskRemoved]))
  const order = new Map(result.lines.map((l, i) => [l.questionId, i]))
  return result.lines
    .filter((l) => isFinding(l, gapIds))
    .map((l) => ({
      questionId: l.questionId,
      section: l.section,
      points: l.points,
      redFlag: l.redFlag,
      gap: gapIds.has(l.questionId),
      riskRemoved: removed.get(l.questionId) ?? 0
    }))
    .sort(
      (a, b) =>
        Number(b.redFlag) - Number(a.redFlag) ||
        b.riskRemoved - a.riskRemoved ||
        b.points - a.points ||
        (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0)
    )
}
