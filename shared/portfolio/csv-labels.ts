import type { AssessmentKind } from '../bank/vocabulary'

// Bands and statuses read as in the report (report/labels); kinds are named as the app's screens name them.
export const KIND_WORD: Record<AssessmentKind, string> = {
  annual: 'Annual self-assessment',
  onboarding: 'Onboarding (pre-contract)',
  adhoc: 'Ad-hoc review'
}

/** The assessment as people name it: its title, else its kind and date. */
export function assessmentName(a: { title: string; kind: AssessmentKind }, date: string): string {
  return a.title.trim() || `${KIND_WORD[a.kind]} ${date}`
}
