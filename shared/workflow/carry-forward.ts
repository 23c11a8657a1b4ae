import type { Answer } from '../schemas/assessment'
import type { QuestionBank } from '../bank/bank-schema'

/**
 * Last cycle's answers become this cycle's starting point, each marked "carried — confirm" until the
 * user confirms or changes it. Answers to questions the bank no longer has, or whose chosen option no
 * longer exists, are dropped rather than guessed.
 */
export function carryAnswersForward(previous: Readonly<Record<string, Answer>>, bank: QuestionBank): Record<string, Answer> {
  const out: Record<string, Answer> = {}
  for (const q of bank.questions) {
    const old = previous[q.id]
    if (!old) continue
    const choiceOk = old.choice === undefined || q.options.some((o) => o.id === old.choice)
    const contractOk = old.contractChoice === undefined || (q.contract?.options.some((o) => o.id === old.contractChoice) ?? false)
    if (!choiceOk || !contractOk) continue
    const { answeredAt: _at, ...kept } = old
    out[q.id] = { ...kept, carried: true }
  }
  return out
}
