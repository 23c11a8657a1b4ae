import type { Answer } from '../schemas/assessment'
import type { Problem } from '../util/result'
import type { Question } from './bank-schema'

/**
 * What a question's own rules refuse in an answer: a choice or contract choice not among its options, a contract
 * answer to a question without one, N/A where the question does not allow it. One rule for every way an answer comes
 * in: saving it (the service), and reading a file, a backup or an import (validate-exchange). A save that let through
 * what a restore refuses made every later backup unrestorable (attacker review): restore checks the whole store.
 */
export function answerProblems(q: Question, answer: Answer, at: string): Problem[] {
  const problems: Problem[] = []
  if (answer.choice !== undefined && !q.options.some((o) => o.id === answer.choice)) {
    problems.push({ path: `${at}.choice`, reason: `"${answer.choice}" is not one of ${q.options.map((o) => `"${o.id}"`).join(', ')}` })
  }
  if (answer.contractChoice !== undefined) {
    if (!q.contract) problems.push({ path: `${at}.contractChoice`, reason: 'This question has no contract answer' })
    else if (!q.contract.options.some((o) => o.id === answer.contractChoice)) {
      problems.push({
        path: `${at}.contractChoice`,
        reason: `"${answer.contractChoice}" is not one of ${q.contract.options.map((o) => `"${o.id}"`).join(', ')}`
      })
    }
  }
  if (answer.na && !q.naAllowed) problems.push({ path: `${at}.na`, reason: 'N/A is not allowed for this question' })
  return problems
}
