import type { Assessment, ComparedFinal } from '../schemas/assessment'
import { replacedFinalIds, revisionLinkProblem } from '../workflow/revision-cycles'
import { isSignedFinal } from '../workflow/signed-final'
import { isBefore } from '../util/instant'

/**
 * The finals a final signed at `signedAt` compares itself with (its report's trend and "what changed"): the other
 * finals of its engagement signed before it. Only those started before it too, since a report compares with
 * nothing started after it (what-changed.ts, pastEntries): listing them would bind what is never printed.
 * An unsigned draft, or a final signed later, is no part of it (DECISIONS 166).
 */
export function finalsSignedBefore(assessment: ComparedAssessment, signedAt: string, assessments: readonly Assessment[]): Assessment[] {
  const earlier = assessments.filter(
    (other) =>
      other.id !== assessment.id &&
      other.engagementId === assessment.engagementId &&
      isSignedFinal(other) &&
      isBefore(other.signOff.finalizedAt, signedAt) &&
      isBefore(other.createdAt, assessment.createdAt)
  )
  return onePerCycle(assessment, earlier)
}

/** What comparing needs of the assessment compared: its place, its start, and the final it revises, if it is a revision. */
export type ComparedAssessment = Pick<Assessment, 'id' | 'engagementId' | 'createdAt' | 'status' | 'revisionOfId'>

/**
 * One final per cycle (DECISIONS 209, attacker review): a final a signed revision among them replaced is left out,
 * and so is the final a revision itself corrects, so a report's trend counts a correction as its cycle, as the
 * engagement's chart and the portfolio do, not as one more cycle beside the final it corrects. Only links the app
 * could have made count (revisionLinkProblem): the link is outside every fingerprint.
 */
export function onePerCycle(assessment: ComparedAssessment, earlier: readonly Assessment[]): Assessment[] {
  const replaced = replacedFinalIds(earlier)
  const corrects = revisionLinkProblem(assessment, earlier) === null ? assessment.revisionOfId : undefined
  return earlier.filter((other) => !replaced.has(other.id) && other.id !== corrects)
}

/**
 * What a scheme 3 or 4 sign-off records of the finals it compares with: each one's id and its own sign-off fingerprint
 * (as stored: a final changed since its sign-off is then never taken for the one signed), oldest sign-off first.
 */
export function comparedFinalsOf(assessment: ComparedAssessment, signedAt: string, assessments: readonly Assessment[]): ComparedFinal[] {
  return finalsSignedBefore(assessment, signedAt, assessments)
    .map((a) => ({ id: a.id, fingerprint: a.signOff?.fingerprint ?? '', at: a.signOff?.finalizedAt ?? '' }))
    .sort((x, y) => compare(x.at, y.at) || compare(x.id, y.id))
    .map(({ id, fingerprint }) => ({ id, fingerprint }))
}

/** By UTF-16 code unit, as canonical JSON orders keys: the same order on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
