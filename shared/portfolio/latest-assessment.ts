import type { Assessment } from '../schemas/assessment'

/** A final assessment with its sign-off: the same test the due-date rule uses. */
export function isSignedFinal(a: Assessment): boolean {
  return a.status === 'final' && a.signOff !== undefined
}

/** The engagement's final assessments, oldest finalization first. */
export function finalsOf(engagementId: string, assessments: readonly Assessment[]): Assessment[] {
  return assessments
    .filter((a) => a.engagementId === engagementId && isSignedFinal(a))
    .sort((a, b) => a.signOff!.finalizedAt.localeCompare(b.signOff!.finalizedAt) || a.id.localeCompare(b.id))
}

/**
 * The assessment a dashboard row and an action plan are based on: the latest final one (the signed-off
 * record), else the latest started draft or in-review assessment; null when none was started.
 */
export function latestAssessment(engagementId: string, assessments: readonly Assessment[]): Assessment | null {
  const final = finalsOf(engagementId, assessments).at(-1)
  if (final) return final
  const drafts = assessments
    .filter((a) => a.engagementId === engagementId && !isSignedFinal(a))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))
  return drafts.at(-1) ?? null
}

/** YYYY-MM-DD the assessment stands for: its finalization, else its last save. */
export function assessmentDate(a: Assessment): string {
  return (a.signOff?.finalizedAt ?? a.updatedAt).slice(0, 10)
}
