import type { Option, Question } from './bank-schema'
import type { AssessmentKind } from './vocabulary'

// Onboarding (pre-contract) assessments speak of what is planned; every other kind of what happens.
// The questionnaire, the review screen, the report and the CSV all word a question the same way.

/** The prompt as the person saw it. */
export function promptFor(q: Question, kind: AssessmentKind): string {
  return kind === 'onboarding' ? q.plannedPrompt : q.prompt
}

/** The contract-side prompt of a contract-and-practice question; null for a single-format question. */
export function contractPromptFor(q: Question, kind: AssessmentKind): string | null {
  if (!q.contract) return null
  return kind === 'onboarding' ? q.contract.plannedPrompt : q.contract.prompt
}

export function optionLabelFor(o: Option, kind: AssessmentKind): string {
  return kind === 'onboarding' && o.plannedLabel ? o.plannedLabel : o.label
}
