import type { Assessment } from '../schemas/assessment'
import { standingFinals, type StandingFinal } from '../workflow/revision-cycles'
import { isSignedFinal } from '../workflow/signed-final'
import { compareInstants } from '../util/instant'

/** What choosing an engagement's latest assessment reads: a whole assessment, or its ref in the index. */
export type LatestInput = Pick<Assessment, 'id' | 'engagementId' | 'status' | 'createdAt' | 'updatedAt'> & {
  signOff?: { finalizedAt: string } | undefined
  /** The final this one corrects (a revision); refs record it since index version 7. */
  revisionOfId?: string | undefined
}

/** A signed final of the assessments given (isSignedFinal). */
type Signed<A extends LatestInput> = A & { signOff: NonNullable<A['signOff']> }

/** The engagement's final assessments, oldest finalization first. */
export function finalsOf<A extends LatestInput>(engagementId: string, assessments: readonly A[]): Signed<A>[] {
  return assessments
    .filter((a): a is Signed<A> => a.engagementId === engagementId && isSignedFinal(a))
    .sort((a, b) => compareInstants(a.signOff.finalizedAt, b.signOff.finalizedAt) || a.id.localeCompare(b.id))
}

/**
 * An engagement's signed finals and those that stand for a cycle (revision-cycles.ts): what its latest assessment,
 * its trend and its due date all read. A portfolio row counts them once and hands them to each.
 */
export type EngagementFinals<A extends LatestInput> = { finals: Signed<A>[]; standing: StandingFinal<Signed<A>>[] }

export function engagementFinals<A extends LatestInput>(engagementId: string, assessments: readonly A[]): EngagementFinals<A> {
  const finals = finalsOf(engagementId, assessments)
  return { finals, standing: standingFinals(finals) }
}

/**
 * The assessment a dashboard row, an action plan and a packet are based on: the final of the latest cycle
 * (the signed-off record; a signed revision stands for the cycle it corrects, revision-cycles.ts), else the
 * latest started draft or in-review assessment; null when none was started. `finals`: the engagement's, when the
 * caller has counted them already (engagementFinals of the same assessments).
 */
export function latestAssessment<A extends LatestInput>(
  engagementId: string,
  assessments: readonly A[],
  finals: EngagementFinals<A> = engagementFinals(engagementId, assessments)
): A | null {
  const final = finals.standing.at(-1)?.final
  if (final) return final
  const drafts = assessments
    .filter((a) => a.engagementId === engagementId && !isSignedFinal(a))
    .sort((a, b) => compareInstants(a.createdAt, b.createdAt) || compareInstants(a.updatedAt, b.updatedAt) || a.id.localeCompare(b.id))
  return drafts.at(-1) ?? null
}

/** YYYY-MM-DD the assessment stands for: its finalization, else its last save. */
export function assessmentDate(a: Pick<LatestInput, 'signOff' | 'updatedAt'>): string {
  return (a.signOff?.finalizedAt ?? a.updatedAt).slice(0, 10)
}
