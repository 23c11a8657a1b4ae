import type { Question, QuestionBank } from './bank-schema'

export type BankDiff = { added: string[]; changed: string[]; retired: string[] }

/** What the user must re-check when the next cycle moves to another bank version. */
export function diffBanks(from: QuestionBank, to: QuestionBank): BankDiff {
  const before = new Map(from.questions.map((q) => [q.id, q]))
  const after = new Map(to.questions.map((q) => [q.id, q]))
  return {
    added: to.questions.filter((q) => !before.has(q.id)).map((q) => q.id),
    changed: to.questions.filter((q) => before.has(q.id) && substance(before.get(q.id)!) !== substance(q)).map((q) => q.id),
    retired: from.questions.filter((q) => !after.has(q.id)).map((q) => q.id)
  }
}

/**
 * What a person answers: the wording, the options with their risk, whether N/A is accepted and when the question
 * is asked (help text edits are not a change). 2026.4's DE-03 changed only in the last two: its N/A must be answered again.
 */
function substance(q: Question): string {
  const opts = (o: readonly { id: string; label: string; risk: number }[]) => o.map((x) => `${x.id}:${x.label}:${x.risk}`).join('|')
  const asked = `na:${q.naAllowed}|${q.showIf ? `${q.showIf.question}:${q.showIf.anyOf.join(',')}` : ''}`
  return [q.prompt, q.plannedPrompt, opts(q.options), q.contract ? `${q.contract.prompt}|${opts(q.contract.options)}` : '', asked].join('¦')
}
