import type { Profile } from '../bank/bank-schema'
import type { Answer } from '../schemas/assessment'
import type { QuestionInfo } from './bank-index'
import type { ScoringContext } from './applicable'
import { isVisible } from './applicable'
import type { OverallTotals } from './aggregate'
import { overallFrom } from './aggregate'
import type { QuestionEval } from './evaluate'
import { answerFor, evaluateQuestion, parentState } from './evaluate'
import { lawfulAdvice } from './lawful-advice'
import type { RemediationItem } from './score-types'

/** The answer a remediation moves a question to: its lowest-risk practice (and contract) option. */
export function remediatedAnswer(info: QuestionInfo): Answer {
  return info.lowestContract
    ? { choice: info.lowestPractice.id, contractChoice: info.lowestContract.id }
    : { choice: info.lowestPractice.id }
}

function contributes(e: QuestionEval, totals: OverallTotals): boolean {
  if (!e.visible || (!e.practice && !e.contract)) return false
  return e.points > 0 || e.redFlagCount > 0 || e.amplify > 0 || holdsFiredRule(e, totals)
}

/** The question carries a clause of a rule that fired, so changing it may lift a decisive factor. */
function holdsFiredRule(e: QuestionEval, totals: OverallTotals): boolean {
  return totals.scopes.some((s) => s.fired.some((r) => r.groups.some((g) => g.some((c) => c.index === e.info.index))))
}

/** The change lifts a decisive factor: a knock-out answer or a fired rule is gone afterwards. */
function liftsDecisive(before: OverallTotals, after: OverallTotals): boolean {
  if (after.redFlagCount < before.redFlagCount) return true
  for (const key of before.firedKeys) if (!after.firedKeys.has(key)) return true
  return false
}

type Candidate = { info: QuestionInfo; target: Answer; lifts: boolean; alone: number }

/**
 * The action plan, in order (issue 11, item 5). First the changes that lift a decisive factor (a
 * knock-out, gate or decisive rule), then the rest, each group by the risk the change removes on its
 * own, then bank order. Then the plan is walked in that order: each step's riskRemoved is measured with
 * every earlier step applied, so the removals add up to the start score minus the end score, and a step
 * an earlier one made moot (a follow-up it hid, an answer that no longer counts) is left out.
 * Every number is a re-score by the same code as a full score, never an estimate.
 */
export function remediationOf(
  context: ScoringContext,
  evals: readonly QuestionEval[],
  answers: Readonly<Record<string, Answer>>,
  current: OverallTotals
): RemediationItem[] {
  const candidates: Candidate[] = []
  for (const e of evals) {
    if (!contributes(e, current)) continue
    const target = remediatedAnswer(e.info)
    const next = overallFrom(context, withAnswer(context, evals, answers, e.info, target))
    candidates.push({ info: e.info, target, lifts: liftsDecisive(current, next), alone: current.overall.score - next.overall.score })
  }
  candidates.sort((a, b) => Number(b.lifts) - Number(a.lifts) || b.alone - a.alone || a.info.index - b.info.index)

  const items: RemediationItem[] = []
  let state = evals
  let stateAnswers: Record<string, Answer> = { ...answers }
  let totals = current
  for (const { info, target } of candidates) {
    const e = state[info.index] as QuestionEval
    if (!contributes(e, totals)) continue
    const nextEvals = withAnswer(context, state, stateAnswers, info, target)
    const next = overallFrom(context, nextEvals)
    items.push({
      step: items.length + 1,
      questionId: info.question.id,
      section: info.question.section,
      fromPracticeOptionId: e.practice?.id ?? null,
      toPracticeOptionId: target.choice ?? null,
      fromContractOptionId: e.contract?.id ?? null,
      toContractOptionId: target.contractChoice ?? null,
      practiceRemediation: adviceFor(context, info, e.practice?.remediation),
      contractRemediation: adviceFor(context, info, e.contract?.remediation),
      scoreBefore: totals.overall.score,
      riskRemoved: totals.overall.score - next.overall.score,
      newScore: next.overall.score,
      newBand: next.overall.band,
      liftsDecisive: liftsDecisive(totals, next),
      clearsRedFlag: next.redFlagCount < totals.redFlagCount,
      remainingRedFlags: next.redFlagCount,
      clearsRules: [...totals.firedKeys].filter((k) => !next.firedKeys.has(k)).map((k) => k.slice(k.indexOf(':') + 1))
    })
    state = nextEvals
    stateAnswers = { ...stateAnswers, [info.question.id]: target }
    totals = next
  }
  return items
}

/** The bank's advice as it may be given under the laws this question is asked for (lawful-advice.ts). */
function adviceFor(context: ScoringContext, info: QuestionInfo, text: string | undefined): string | null {
  if (!text) return null
  const appliesTo = info.question.appliesTo
  const profiles = context.scopes
    .map((s) => s.profile)
    .filter((p): p is Profile => p !== null && (!appliesTo || appliesTo.includes(p.id)))
  return lawfulAdvice(text, profiles)
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
