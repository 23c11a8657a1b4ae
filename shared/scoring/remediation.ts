import type { Answer } from '../schemas/assessment'
import type { QuestionInfo } from './bank-index'
import type { ScoringContext } from './applicable'
import { isVisible } from './applicable'
import type { OverallTotals } from './aggregate'
import { overallFrom } from './aggregate'
import type { QuestionEval } from './evaluate'
import { answerFor, evaluateQuestion, parentState } from './evaluate'
import type { RemediationItem } from './score-types'

/** The answer a remediation moves a question to: its lowest-risk practice (and contract) option. */
export function remediatedAnswer(info: QuestionInfo): Answer {
  return info.lowestContract
    ? { choice: info.lowestPractice.id, contractChoice: info.lowestContract.id }
    : { choice: info.lowestPractice.id }
}

function contributes(e: QuestionEval): boolean {
  if (!e.visible || (!e.practice && !e.contract)) return false
  return e.points > 0 || e.redFlagCount > 0 || e.amplify > 0
}

/**
 * Ranked changes, each computed by re-scoring, not estimated. Only the changed question and the
 * follow-ups whose visibility it flips are re-evaluated; the totals are then summed by the same
 * function, in the same order, as a full score, so riskRemoved equals a full re-score exactly.
 */
export function remediationOf(
  context: ScoringContext,
  evals: readonly QuestionEval[],
  answers: Readonly<Record<string, Answer>>,
  current: OverallTotals
): RemediationItem[] {
  const items: { item: RemediationItem; index: number }[] = []
  for (const e of evals) {
    if (!contributes(e)) continue
    const target = remediatedAnswer(e.info)
    const next = overallFrom(context, withAnswer(context, evals, answers, e.info, target))
    items.push({
      index: e.info.index,
      item: {
        questionId: e.info.question.id,
        section: e.info.question.section,
        fromPracticeOptionId: e.practice?.id ?? null,
        toPracticeOptionId: target.choice ?? null,
        fromContractOptionId: e.contract?.id ?? null,
        toContractOptionId: target.contractChoice ?? null,
        practiceRemediation: e.practice?.remediation ?? null,
        contractRemediation: e.contract?.remediation ?? null,
        riskRemoved: current.overall.score - next.overall.score,
        newScore: next.overall.score,
        newBand: next.overall.band,
        clearsRedFlag: next.redFlagCount < current.redFlagCount,
        remainingRedFlags: next.redFlagCount
      }
    })
  }
  items.sort(
    (a, b) =>
      b.item.riskRemoved - a.item.riskRemoved ||
      Number(b.item.clearsRedFlag) - Number(a.item.clearsRedFlag) ||
      a.index - b.index
  )
  return items.map(({ item }) => item)
}

/** The evaluations with one answer replaced, re-evaluating the follow-ups whose visibility changes. */
export function withAnswer(
  context: ScoringContext,
  evals: readonly QuestionEval[],
  answers: Readonly<Record<string, Answer>>,
  info: QuestionInfo,
  answer: Answer
): QuestionEval[] {
  const next = evals.slice()
  const before = evals[info.index] as QuestionEval
  next[info.index] = evaluateQuestion(context, info, answer, before.visible)
  const pending = [...info.childIndexes]
  while (pending.length > 0) {
    const child = context.index.questions[pending.pop() as number] as QuestionInfo
    const parent = next[child.parentIndex as number] as QuestionEval
    const was = next[child.index] as QuestionEval
    const visible = isVisible(context, child, parentState(parent))
    // Same visibility, same stored answer: this follow-up and everything under it are unchanged.
    if (visible === was.visible) continue
    next[child.index] = evaluateQuestion(context, child, answerFor(answers, child), visible)
    pending.push(...child.childIndexes)
  }
  return next
}
