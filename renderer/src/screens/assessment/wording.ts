import type { Option, Question } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'

/** Onboarding (pre-contract) assessments speak of what is planned. */
export function promptFor(q: Question, kind: AssessmentKind): string {
  return kind === 'onboarding' ? q.plannedPrompt : q.prompt
}

export function contractPromptFor(q: Question, kind: AssessmentKind): string {
  if (!q.contract) return ''
  return kind === 'onboarding' ? q.contract.plannedPrompt : q.contract.prompt
}

export function optionLabel(o: Option, kind: AssessmentKind): string {
  return kind === 'onboarding' && o.plannedLabel ? o.plannedLabel : o.label
}
