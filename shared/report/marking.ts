import { CounselDirectionSchema, type Assessment, type CounselDirection } from '../schemas/assessment'
import { fail, ok, type Result } from '../util/result'
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

/** "Anna Schmidt,2026-11-02" (the command line's --counsel-direction) as a direction, or what is wrong. */
export function parseCounselDirection(text: string): Result<CounselDirection> {
  const at = text.lastIndexOf(',')
  const parsed = CounselDirectionSchema.safeParse(
    at < 0 ? { name: text, date: '' } : { name: text.slice(0, at).trim(), date: text.slice(at + 1).trim() }
  )
  if (parsed.success) return ok(parsed.data)
  return fail(
    'invalid-request',
    `--counsel-direction takes "Name,YYYY-MM-DD" (counsel's name, then the date of the direction): ${parsed.error.issues.map((i) => i.message).join('; ')}`
  )
}

/**
 * The assessment as reported under a direction given for this report. A draft takes it; a final
 * assessment's marking is part of what was signed, so it is accepted only when it is the one recorded.
 */
export function withCounselDirection(assessment: Assessment, direction: CounselDirection): Result<Assessment> {
  if (assessment.status !== 'final') return ok({ ...assessment, counselDirection: direction })
  const recorded = assessment.counselDirection
  if (recorded && recorded.name === direction.name && recorded.date === direction.date) return ok(assessment)
  return fail(
    'read-only',
    `Assessment ${assessment.id} is final and ${recorded ? `records counsel's direction as ${recorded.name}, ${recorded.date}` : 'records no direction of counsel'}: its marking is part of what was signed. Start a revision to record another.`
  )
}
