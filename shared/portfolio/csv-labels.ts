import type { AssessmentKind, RiskBand } from '../bank/vocabulary'
import type { AssessmentStatus } from '../schemas/assessment'

export const BAND_WORD: Record<RiskBand, string> = { low: 'Low', moderate: 'Moderate', high: 'High', critical: 'Critical' }
export const KIND_WORD: Record<AssessmentKind, string> = { annual: 'Annual self-assessment', onboarding: 'Onboarding (pre-contract)', adhoc: 'Ad-hoc review' }
export const STATUS_WORD: Record<AssessmentStatus, string> = { draft: 'Draft', 'in-review': 'In review', final: 'Final' }

/** The assessment as people name it: its title, else its kind and date. */
export function assessmentName(a: { title: string; kind: AssessmentKind }, date: string): string {
  return a.title.trim() || `${KIND_WORD[a.kind]} ${date}`
}

/** One decimal, as scores are shown in the app; numbers stay numbers in the CSV. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10
}
