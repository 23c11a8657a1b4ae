import type { Assessment } from '../schemas/assessment'
import { formatDate } from './labels'

export const CONFIDENTIAL_MARKING = 'Confidential'

/**
 * The marking every page carries. Privilege is claimed only when the assessment records counsel's
 * direction (who and when): an unfounded claim of privilege can hurt the client, so the default never
 * makes one. Read from the assessment alone, so the same data always gives the same marking.
 */
export function markingFor(assessment: Pick<Assessment, 'counselDirection'>): string {
  const direction = assessment.counselDirection
  if (!direction) return CONFIDENTIAL_MARKING
  return `Privileged & Confidential — prepared at the direction of counsel (${direction.name}, ${formatDate(direction.date)})`
}
