import type { Option } from '../bank/bank-schema'
import type { Answer } from '../schemas/assessment'
import { isJustifiedNa } from '../schemas/answer-rules'
import type { QuestionInfo } from './bank-index'
import type { ScoringContext } from './applicable'
import { isVisible } from './applicable'
import type { AnswerStatus } from './score-types'

/** One question under one set of answers: everything the totals, findings and lines are built from. */
export type QuestionEval = {
  info: QuestionInfo
  visible: boolean
  status: AnswerStatus
  /** Chosen options that are scored; null when not chosen, N/A, hidden or not an option of the bank. */
  practice: Option | null
  contract: Option | null
  combinedRisk: number
  points: number
  amplify: number
  redFlagCount: number
  /** Carried from the previous assessment and not yet confirmed: scored as given, but no proof of this period's facts. */
  carried: boolean
}

type ReadAnswer = { status: AnswerStatus; practice: Option | null; contract: Option | null }

const NOTHING: ReadAnswer = { status: 'unanswered', practice: null, contract: null }

/**
 * Interprets a stored answer against the bank. N/A counts only where the question allows it and a
 * reason is given; "unsure" wins over N/A, because an unsure N/A is not a justified one.
 */
export function readAnswer(info: QuestionInfo, answer: Answer | undefined): ReadAnswer {
  if (!answer) return NOTHING
  const unsure = answer.unsure === true
  const justifiedNa = info.question.naAllowed && isJustifiedNa(answer)
  if (justifiedNa && !unsure) return { status: 'na', practice: null, contract: null }
  const practice = answer.choice === undefined ? null : (info.practiceById.get(answer.choice) ?? null)
  const contract = answer.contractChoice === undefined || !info.contractById ? null : (info.contractById.get(answer.contractChoice) ?? null)
  return { status: statusOf(info, unsure, practice, contract), practice, contract }
}

function statusOf(info: QuestionInfo, unsure: boolean, practice: Option | null, contract: Option | null): AnswerStatus {
  // an answer that says the fact is not known settles nothing: unsure, whatever the box says
  if (unsure || practice?.unknown === true || contract?.unknown === true) return 'unsure'
  if (!practice && !contract) return 'unanswered'
  if (info.dual && (!practice || !contract)) return 'partial'
  return 'answered'
}

export function evaluateQuestion(context: ScoringContext, info: QuestionInfo, answer: Answer | undefined, visible: boolean): QuestionEval {
  if (!visible) return { info, visible, ...NOTHING, combinedRisk: 0, points: 0, amplify: 0, redFlagCount: 0, carried: false }
  const { status, practice, contract } = readAnswer(info, answer)
  const carried = answer?.carried === true
  const redFlagCount = Number(practice?.redFlag === true) + Number(contract?.redFlag === true)
  if (info.amplifier) {
    // Amplifiers never add points of their own, so they cannot decide a rating alone.
    const amplify = practice?.amplify ?? 0
    return { info, visible, status, practice, contract, combinedRisk: 0, points: 0, amplify, redFlagCount, carried }
  }
  // Practice over paper: a risky contract still counts, but discounted next to what actually happens.
  const combinedRisk = Math.max(practice?.risk ?? 0, context.index.bank.scoring.contractWeight * (contract?.risk ?? 0))
  const points = combinedRisk * info.question.weight * (context.multipliers[info.index] ?? 1)
  return { info, visible, status, practice, contract, combinedRisk, points, amplify: 0, redFlagCount, carried }
}

/** Evaluates every question; parents first, so each follow-up sees its parent's answer. */
export function evaluateAll(context: ScoringContext, answers: Readonly<Record<string, Answer>>): QuestionEval[] {
  const { questions, evaluationOrder } = context.index
  const evals = new Array<QuestionEval>(questions.length)
  for (const info of questions) {
    if (info.neverVisible) evals[info.index] = evaluateQuestion(context, info, undefined, false)
  }
  for (const i of evaluationOrder) {
    const info = questions[i] as QuestionInfo
    const parent = info.parentIndex === null ? undefined : evals[info.parentIndex]
    const visible = isVisible(context, info, parent && parentState(parent))
    evals[i] = evaluateQuestion(context, info, answerFor(answers, info), visible)
  }
  return evals
}

export function parentState(parent: QuestionEval): { visible: boolean; practiceOptionId: string | null } {
  return { visible: parent.visible, practiceOptionId: parent.practice?.id ?? null }
}

export function answerFor(answers: Readonly<Record<string, Answer>>, info: QuestionInfo): Answer | undefined {
  // Own-property lookup: an id such as "constructor" must never pick up Object.prototype.
  return Object.hasOwn(answers, info.question.id) ? answers[info.question.id] : undefined
}
