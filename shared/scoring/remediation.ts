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
import { coverageOf, settles } from './coverage'
import { sufficiencyOf } from './sufficiency'
import type { RemediationItem } from './score-types'

/** The answer a remediation moves a question to: its lowest-risk practice (and contract) option. */
export function remediatedAnswer(info: QuestionInfo): Answer {
  return info.lowestContract
    ? { choice: info.lowestPractice.id, contractChoice: info.lowestContract.id }
    : { choice: info.lowestPractice.id }
}

function contributes(e: QuestionEval, totals: OverallTotals): boolean {
  if (!e.visible || (!e.practice && !e.contract)) return false
  // a fact no action changes (bank 2026.7, PH-03) is no step: its projected result could not be reached
  if (e.info.question.fixedFact === true) return false
  return e.points > 0 || e.redFlagCount > 0 || e.amplify > 0 || holdsFiredRule(e, totals)
}

const firedQuestionsCache = new WeakMap<OverallTotals, ReadonlySet<number>>()

/** The question carries a clause of a rule that fired, so changing it may lift a decisive factor. */
function holdsFiredRule(e: QuestionEval, totals: OverallTotals): boolean {
  let indexes = firedQuestionsCache.get(totals)
  if (!indexes) {
    const found = new Set<number>()
    for (const scope of totals.scopes) {
      for (const rule of scope.fired)
        for (const group of [...rule.groups, ...rule.unless]) for (const clause of group) found.add(clause.index)
    }
    indexes = found
    firedQuestionsCache.set(totals, found)
  }
  return indexes.has(e.info.index)
}

/** Knock-out answers (per side) plus rules fired under any law: what the decisive phase drives down. */
function decisiveCount(totals: OverallTotals): number {
  return totals.redFlagCount + totals.firedKeys.size
}

/** The change lifts a decisive factor: a knock-out answer or a fired rule is gone afterwards. */
function liftsDecisive(before: OverallTotals, after: OverallTotals): boolean {
  if (after.redFlagCount < before.redFlagCount) return true
  for (const key of before.firedKeys) if (!after.firedKeys.has(key)) return true
  return false
}

/** The question takes part in a decisive factor: a knock-out answer, or a clause of a rule that fired. */
function isDecisive(e: QuestionEval, totals: OverallTotals): boolean {
  return e.redFlagCount > 0 || holdsFiredRule(e, totals)
}

type State = { evals: readonly QuestionEval[]; answers: Readonly<Record<string, Answer>>; totals: OverallTotals }
type Trial = { info: QuestionInfo; target: Answer; evals: readonly QuestionEval[]; totals: OverallTotals }

function trial(context: ScoringContext, state: State, info: QuestionInfo): Trial {
  const target = remediatedAnswer(info)
  const evals = withAnswer(context, state.evals, state.answers, info, target)
  return { info, target, evals, totals: overallFrom(context, evals) }
}

/**
 * The action plan, in order (issue 11, item 5), each step measured with every earlier step applied. A question whose
 * answer is a fact no action changes (`fixedFact`) is never a step: the plan ends above zero rather than project it away.
 * Steps:
 * 1. while a decisive factor stands (a knock-out answer, gate or decisive rule), the next step is the
 *    change that removes the most decisive factors now, then the most risk now, then bank order — where
 *    two answers each fire the same rule, neither lifts it alone, so both are taken before it falls;
 * 2. then the remaining changes, each time the one that removes the most risk at that point, then bank order.
 * The removals therefore add up to the start score minus the end score, and a change an earlier step
 * made moot (a follow-up it hid, an answer that no longer counts or removes nothing) is left out. Every number is a
 * re-score by the same code as a full score, never an estimate.
 */
export function remediationOf(
  context: ScoringContext,
  evals: readonly QuestionEval[],
  answers: Readonly<Record<string, Answer>>,
  current: OverallTotals,
  coverageThreshold: number
): RemediationItem[] {
  const items: RemediationItem[] = []
  let state: State = { evals, answers, totals: current }
  const ruleQuestions = questionsRulesRead(context)
  const take = (t: Trial, decisivePhase: boolean): void => {
    // Only a step taken changes the stored answers that later follow-ups are re-read from.
    const next: State = { evals: t.evals, answers: { ...state.answers, [t.info.question.id]: t.target }, totals: t.totals }
    const previous = items.at(-1)?.sufficiencyAfter
    // what sufficiency reads is unchanged by this step: the step before's measure stands (the same answer, cheaper)
    const same = previous !== undefined && !ruleQuestions.has(t.info.index) && sameStatuses(state.evals, next.evals)
    const sufficiency = same ? previous : sufficiencyAfter(context, next, coverageThreshold)
    items.push(itemOf(context, items.length + 1, state, t, decisivePhase, sufficiency))
    state = next
  }
  // Phase 1: greedy over the decisive answers, few in number, so re-scoring each candidate per step stays cheap.
  for (;;) {
    const decisive = state.evals.filter((e) => contributes(e, state.totals) && isDecisive(e, state.totals))
    if (decisive.length === 0) break
    let best: Trial | null = null
    let bestKey: [number, number] = [-Infinity, -Infinity]
    for (const e of decisive) {
      const t = trial(context, state, e.info)
      const key: [number, number] = [
        decisiveCount(state.totals) - decisiveCount(t.totals),
        state.totals.overall.score - t.totals.overall.score
      ]
      if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
        best = t
        bestKey = key
      }
    }
    take(best as Trial, true)
  }
  // Phase 2: the rest, greedily by the risk each removes now. Removals shrink as other steps are taken, so
  // a lazy greedy suffices: re-measure the best-looking change; take it if it still beats the next
  // one's last measure, else put it back at its new place. Few re-scores, and no step looks bigger than it is.
  const queue: Candidate[] = state.evals
    .filter((e) => contributes(e, state.totals))
    .map((e) => candidate(e.info, state.totals, trial(context, state, e.info).totals))
    .sort(byRemoval)
  while (queue.length > 0) {
    const head = queue.shift() as Candidate
    if (!contributes(state.evals[head.info.index] as QuestionEval, state.totals)) continue
    const t = trial(context, state, head.info)
    const measured = candidate(head.info, state.totals, t.totals)
    const next = queue[0]
    if (!next || byRemoval(measured, next) <= 0) {
      // A change that removes nothing once the earlier steps are taken (an amplifier with nothing left to
      // amplify) is moot: it is left out rather than shown as "−0.0". Under a law whose score is held at its cap
      // band (answersCap), a change that lowers only the answers score is not moot: the score leaves the cap
      // once enough such steps are taken, so it is kept, in the order of the answers risk it removes.
      if (measured.removes > 0 || measured.answersRemoves > 0) take(t, false)
      continue
    }
    head.removes = measured.removes
    head.answersRemoves = measured.answersRemoves
    const at = queue.findIndex((q) => byRemoval(head, q) < 0)
    queue.splice(at === -1 ? queue.length : at, 0, head)
  }
  return items
}

/** A change the points phase may take, with the risk it removed when last measured. */
type Candidate = { info: QuestionInfo; removes: number; answersRemoves: number }

function candidate(info: QuestionInfo, before: OverallTotals, after: OverallTotals): Candidate {
  return {
    info,
    removes: before.overall.score - after.overall.score,
    answersRemoves: before.overall.answersScore - after.overall.answersScore
  }
}

/** More risk removed first, then more of the answers score (it differs only under a capped law), then bank order. */
function byRemoval(a: Candidate, b: Candidate): number {
  return b.removes - a.removes || b.answersRemoves - a.answersRemoves || a.info.index - b.info.index
}

const SETTLED: RemediationItem['sufficiencyAfter'] = { status: 'sufficient', decisiveUnanswered: [] }

/**
 * What is still open after a step, measured as a full score measures it: only a step taken is measured
 * (a few per plan), so the plan costs no more than a few extra coverage counts.
 */
function sufficiencyAfter(context: ScoringContext, after: State, threshold: number): RemediationItem['sufficiencyAfter'] {
  // every visible question settled by a plain answer: full coverage and nothing open (no unsettled
  // question, no N/A a finding could contradict) — exactly what sufficiencyOf would find, without its cost
  // (a fully answered assessment, the common case, stays within the 1 ms scoring budget)
  const carriedNeedConfirming = context.index.bank.scoring.carriedNeedConfirming === true
  if (after.evals.every((e) => !e.visible || (e.status === 'answered' && settles(e, carriedNeedConfirming)))) return SETTLED
  const s = sufficiencyOf(context, after.evals, coverageOf(after.evals, after.answers, carriedNeedConfirming), threshold)
  return { status: s.status, decisiveUnanswered: s.decisiveUnanswered }
}

/**
 * The questions any law's rules read (their clauses): a step moving one of them can fire or clear a rule, and so
 * open or close another question. Sufficiency reads nothing else of an answer than its status and visibility.
 */
function questionsRulesRead(context: ScoringContext): Set<number> {
  const read = new Set<number>()
  for (const scope of context.scopes)
    for (const rule of scope.rules) for (const group of [...rule.groups, ...rule.unless]) for (const c of group) read.add(c.index)
  return read
}

/** Every question as visible and as settled (answered, partial, unsure, N/A, unanswered) after as before. */
function sameStatuses(before: readonly QuestionEval[], after: readonly QuestionEval[]): boolean {
  return before.every((e, i) => e.visible === after[i]?.visible && e.status === after[i]?.status)
}

function itemOf(
  context: ScoringContext,
  step: number,
  before: State,
  t: Trial,
  decisivePhase: boolean,
  sufficiency: RemediationItem['sufficiencyAfter']
): RemediationItem {
  const e = before.evals[t.info.index] as QuestionEval
  const after = t.totals
  const { question } = t.info
  return {
    step,
    questionId: question.id,
    section: question.section,
    fromPracticeOptionId: e.practice?.id ?? null,
    toPracticeOptionId: t.target.choice ?? null,
    fromContractOptionId: e.contract?.id ?? null,
    toContractOptionId: t.target.contractChoice ?? null,
    practiceRemediation: adviceFor(context, t.info, e.practice?.remediation),
    contractRemediation: adviceFor(context, t.info, e.contract?.remediation),
    scoreBefore: before.totals.overall.score,
    riskRemoved: before.totals.overall.score - after.overall.score,
    newScore: after.overall.score,
    answersScoreBefore: before.totals.overall.answersScore,
    answersScoreAfter: after.overall.answersScore,
    newBand: after.overall.band,
    sufficiencyAfter: sufficiency,
    liftsDecisive: liftsDecisive(before.totals, after),
    decisivePhase,
    clearsRedFlag: after.redFlagCount < before.totals.redFlagCount,
    remainingRedFlags: after.redFlagCount,
    clearsRules: [...before.totals.firedKeys].filter((k) => !after.firedKeys.has(k)).map((k) => k.slice(k.indexOf(':') + 1))
  }
}

/** The bank's advice as it may be given under the laws this question is asked for (lawful-advice.ts). */
function adviceFor(context: ScoringContext, info: QuestionInfo, text: string | undefined): string | null {
  if (!text) return null
  const appliesTo = info.question.appliesTo
  const profiles = context.scopes.map((s) => s.profile).filter((p): p is Profile => p !== null && (!appliesTo || appliesTo.includes(p.id)))
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
