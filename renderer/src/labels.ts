import type { AssessmentKind } from '@shared/bank/vocabulary'
import type { AssessmentStatus, ReviewVerdict } from '@shared/schemas/assessment'

export const ASSESSMENT_KIND_LABEL: Record<AssessmentKind, string> = {
  annual: 'Annual self-assessment',
  onboarding: 'Onboarding (pre-contract)',
  adhoc: 'Ad-hoc review'
}

export const ASSESSMENT_STATUS_LABEL: Record<AssessmentStatus, string> = { draft: 'Draft', 'in-review': 'In review', final: 'Final' }

export const VERDICT_LABEL: Record<ReviewVerdict, string> = {
  acceptable: 'Acceptable',
  'to-improve': 'To improve',
  'to-correct': 'To correct'
}
