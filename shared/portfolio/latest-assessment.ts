import type { Assessment } from '../schemas/assessment'
import { standingFinals } from '../workflow/revision-cycles'

/** What choosing an engagement's latest assessment reads: a whole assessment, or its ref in the index. */
export type LatestInput = Pick<Assessment, 'id' | 'engagementId' | 'status' | 'createdAt' | 'updatedAt'> & {
  signOff?: { finalizedAt: string } | undefined
  /** The final this one corrects (a revision); refs record it since index version 7. */
  revisionOfId?: string | undefined
}

/** A final assessment with its sign-off: the same test the due-date rule uses. */
export function isSignedFinal(a: LatestInput): boolean {
  return a.status === 'final' && a.signOff !== undefined
}

/** The engagement's final assessments, oldest finalization first. */
export function finalsOf<A extends LatestInput>(engagementId: string, assessments: readonly A[]): A[] {
  return assessments
    .filter((a) => a.engagementId === engagementId && isSignedFinal(a))
    .sort((a, b) => a.signOff!.finalizedAt.localeCompare(b.signOff!.finalizedAt) || a.id.localeCompare(b.id))
}

/**
 * The assessment a dashboard row, an action plan and a packet are based on: the final of the latest cycle
 * (the signed-off record; a signed revision stands for the cycle it corrects, revision-cycles.ts), else the
 * latest started draft or in-review assessment; null when none was started.
 */
export function latestAssessment<A extends LatestInput>(engagementId: string, assessments: readonly A[]): A | null {
  const final = standingFinals(finalsOf(engagementId, assessments)).at(-1)?.final
  if (final) return final
  const drafts = assessments
    .filter((a) => a.engagementId === engagementId && !isSignedFinal(a))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))
  return drafts.at(-1) ?? null
}

/** YYYY-MM-DD the assessment stands for: its finalization, else its last save. */
export function assessmentDate(a: Pick<LatestInput, 'signOff' | 'updatedAt'>): string {
  return (a.signOff?.finalizedAt ?? a.updatedAt).slice(0, 10)
}
