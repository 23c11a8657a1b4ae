import { fingerprintAssessment } from '../integrity/fingerprint'
import type { Assessment } from '../schemas/assessment'
import { boundRevisedFinal, revisionLinkProblem } from '../workflow/revision-cycles'
import { formatDate, hashId } from './labels'
import { isAfter } from '../util/instant'

/** A signed final a report names beside its own: as that final's own report printed it (title, sign-off, document id). */
export type RelatedFinal = { id: string; title: string; finalizedAt: string; fingerprint: string }

/**
 * How the reported assessment stands to the revisions of its engagement (DECISIONS 228): the signed final it
 * revises, and the signed revisions that replaced it (a revision that was itself revised has both). `…Bound`: the
 * link is recorded in a scheme 4 sign-off (DECISIONS 236) — the reported revision's own for `revisionOf`, each
 * replacing revision's for `replacedBy` — and so covered by that fingerprint, not only as the data links them.
 */
export type RevisionRelation = {
  revisionOf: RelatedFinal | null
  revisionOfBound: boolean
  replacedBy: readonly RelatedFinal[]
  replacedByBound: boolean
}

/**
 * The revision links a report prints, from the engagement's assessments (the data the report is made from). A link made
 * before scheme 4 is outside every fingerprint, so it is believed only as the app makes it (revisionLinkProblem, the rule replacedFinalIds
 * and the engagement history apply): a link the app could not have made prints nothing (and reportInputFor makes no report
 * of such data: record-consistency.ts). What is printed of the other
 * final (its title, sign-off date and document id) is covered by that final's own fingerprint, and is printed only
 * while its record still gives that fingerprint. A revision counts as replacing a final only if it was signed by
 * `generatedAt`: a report made before the revision was signed did not say so, and verify re-renders it so.
 */
export function revisionRelationOf(assessment: Assessment, assessments: readonly Assessment[], generatedAt: string): RevisionRelation {
  const all = assessments.some((a) => a.id === assessment.id) ? assessments : [...assessments, assessment]
  const target = assessment.revisionOfId === undefined ? undefined : all.find((a) => a.id === assessment.revisionOfId)
  const revisionOf = target && revisionLinkProblem(assessment, all) === null ? asSigned(target) : null
  // each replacing revision as its own report printed it (one fingerprint each: this is on every report's path)
  const replacing =
    assessment.status === 'final' && assessment.signOff
      ? all.flatMap((r) => {
          if (
            r.id === assessment.id ||
            r.revisionOfId !== assessment.id ||
            r.status !== 'final' ||
            r.signOff === undefined ||
            isAfter(r.signOff.finalizedAt, generatedAt) ||
            revisionLinkProblem(r, all) !== null
          )
            return []
          const printed = asSigned(r)
          return printed ? [{ revision: r, printed }] : []
        })
      : []
  const replacedBy = replacing.map((r) => r.printed).sort((a, b) => compare(a.finalizedAt, b.finalizedAt) || compare(a.id, b.id))
  return {
    revisionOf,
    // a link revisionLinkProblem lets pass under a scheme 4 sign-off leads to the very final that sign-off records
    revisionOfBound: revisionOf !== null && recordsItsFinal(assessment),
    replacedBy,
    replacedByBound: replacing.length > 0 && replacing.every((r) => recordsItsFinal(r.revision))
  }
}

/** A signed revision whose sign-off records the final it corrects (scheme 4). */
function recordsItsFinal(a: Assessment): boolean {
  return a.status === 'final' && typeof boundRevisedFinal(a.signOff) === 'string'
}

/** A signed final as its own report printed it, or null when its record no longer gives the fingerprint it was signed with. */
function asSigned(a: Assessment): RelatedFinal | null {
  const signOff = a.status === 'final' ? a.signOff : undefined
  if (!signOff || fingerprintAssessment(a) !== signOff.fingerprint) return null
  return { id: a.id, title: a.title, finalizedAt: signOff.finalizedAt, fingerprint: signOff.fingerprint }
}

/** "Annual review 2026", signed off 28 November 2026 (document id AL-3F2A-9C1B-77D0): how a report names another final. */
export function relatedFinalText(f: RelatedFinal): string {
  return `${quotedTitle(f.title)}, signed off ${formatDate(f.finalizedAt)} (document id ${hashId('AL', f.fingerprint)})`
}

/** A title as typed, JSON-quoted so a quote inside it cannot close it and add a clause (as DECISIONS 220); an untitled final is named as such. */
function quotedTitle(title: string): string {
  return title.trim() === '' ? 'the untitled final' : JSON.stringify(title.trim())
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
