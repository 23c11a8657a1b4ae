import type { QuestionEval } from './evaluate'
import type { ScoringContext } from './applicable'
import type { Driver, ScoreLine } from './score-types'

const TOP_DRIVERS = 5

/** One line per visible question, in bank order: every point traces to an answer, a weight and its factors. */
export function linesOf(context: ScoringContext, evals: readonly QuestionEval[]): ScoreLine[] {
  const lines: ScoreLine[] = []
  for (const e of evals) {
    if (!e.visible) continue
    const { question, index } = e.info
    lines.push({
      questionId: question.id,
      section: question.section,
      dimension: question.dimension,
      amplifier: e.info.amplifier,
      status: e.status,
      practiceOptionId: e.practice?.id ?? null,
      contractOptionId: e.contract?.id ?? null,
      practiceRisk: e.practice?.risk ?? null,
      contractRisk: e.contract?.risk ?? null,
      combinedRisk: e.combinedRisk,
      weight: question.weight,
      multiplier: context.multipliers[index] ?? 1,
      points: e.points,
      maxPoints: context.maxPoints[index] ?? 0,
      amplify: e.amplify,
      redFlag: e.redFlagCount > 0,
      factors: question.factors
    })
  }
  return lines
}

/** The answers carrying the most points (ties in bank order), with their share of all points. */
export function topDriversOf(evals: readonly QuestionEval[]): Driver[] {
  let total = 0
  const scoring: QuestionEval[] = []
  for (const e of evals) {
    total += e.points
    if (e.points > 0) scoring.push(e)
  }
  scoring.sort((a, b) => b.points - a.points || a.info.index - b.info.index)
  return scoring.slice(0, TOP_DRIVERS).map((e) => ({
    questionId: e.info.question.id,
    section: e.info.question.section,
    points: e.points,
    share: e.points / total,
    redFlag: e.redFlagCount > 0
  }))
}
