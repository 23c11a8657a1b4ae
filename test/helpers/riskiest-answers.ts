import type { QuestionBank } from '@shared/bank/bank-schema'
import type { Answer } from '@shared/schemas/assessment'

/**
 * The riskiest answer to every question the profile asks, except the options any of the profile's own employment
 * rules names: control points as high as the bank allows, with none of that law's own tests met.
 */
export function riskiestWithoutOwnTest(bank: QuestionBank, profileId: string): Record<string, Answer> {
  const profile = bank.profiles.find((p) => p.id === profileId)
  if (!profile) throw new Error(`no profile ${profileId}`)
  const named = new Set<string>()
  for (const rule of profile.rules ?? []) {
    if (rule.nature !== 'employment') continue
    for (const group of rule.when) for (const clause of group.allOf) for (const o of clause.anyOf) named.add(`${clause.question}/${o}`)
  }
  const answers: Record<string, Answer> = {}
  for (const q of bank.questions) {
    if (q.appliesTo && !q.appliesTo.includes(profileId)) continue
    const riskiest = (options: readonly { id: string; risk: number }[]) =>
      [...options].filter((o) => !named.has(`${q.id}/${o.id}`)).sort((a, b) => b.risk - a.risk)[0]?.id
    const choice = riskiest(q.options)
    const contractChoice = q.contract ? riskiest(q.contract.options) : undefined
    answers[q.id] = { ...(choice ? { choice } : {}), ...(contractChoice ? { contractChoice } : {}) }
  }
  return answers
}
