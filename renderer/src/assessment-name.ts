import type { Assessment } from '@shared/schemas/assessment'
import { formatDay } from './format'
import { ASSESSMENT_STATUS_LABEL } from './labels'
import { defaultAssessmentTitle } from './period'

type Named = Pick<Assessment, 'title' | 'kind' | 'periodEnd' | 'createdAt'>

/**
 * The name an assessment goes by on every screen (its heading, the engagement's history, the Compare
 * menus and screen): its title, else the title it would have been given (kind and the year its period ends
 * in). why: the history said "Annual review 2026" where the Compare menus said "Annual self-assessment — 5 Mar
 * 2026 (Final)", so the same assessment had to be recognised under two names (vendor-manager review).
 */
export function assessmentName(a: Named): string {
  return a.title.trim() || defaultAssessmentTitle(a.kind, a.periodEnd, a.createdAt)
}

/**
 * One assessment among its engagement's others, as a menu option: its name, then what the history's
 * columns tell two of the same name apart by (status, a revision, the day it was started).
 */
export function assessmentChoiceLabel(a: Named & Pick<Assessment, 'status' | 'revisionOfId'>): string {
  return `${assessmentName(a)} — ${ASSESSMENT_STATUS_LABEL[a.status]}${a.revisionOfId ? ', revision' : ''}, started ${formatDay(a.createdAt)}`
}
