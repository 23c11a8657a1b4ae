import type { Comparison, UnmatchedFinal } from '@shared/report/comparison'
import type { RevisionRelation } from '@shared/report/revision-relation'
import type { Assessment } from '@shared/schemas/assessment'
import { assertNever } from '@shared/util/result'

/* What `verify` says of a match beyond the pages: which comparison and which revision links the fingerprint covers. */

/**
 * What a match says of the trend and "what changed". Under schemes 1 and 2 (and for a draft) they come from the
 * other assessments in the data, which the fingerprint does not cover. A scheme 3 or 4 sign-off records the finals it
 * compares with, so the comparison is covered; a recorded final the data cannot give is named, as the report does.
 */
export function comparisonLines(comparison: Comparison, isRevision = false): string[] {
  const signed = (a: Assessment) => `${a.id} (${a.status}${a.signOff ? `, signed ${a.signOff.fingerprint.slice(0, 12)}…` : ''})`
  switch (comparison.kind) {
    case 'from-data': {
      const compared = comparison.assessments
      if (compared.length === 0) return []
      return [
        `not covered by the fingerprint: the comparison with ${compared.map(signed).join(', ')}, as this data holds ${compared.length === 1 ? 'it' : 'them'}`
      ]
    }
    case 'as-signed': {
      const { recorded, found, unmatched } = comparison
      if (recorded.length === 0)
        return [
          isRevision
            ? 'covered by the fingerprint: the comparison, with no earlier cycle (none was signed before the one it revises, as recorded at its sign-off)'
            : 'covered by the fingerprint: the comparison, with no earlier final (none was signed before it, as recorded at its sign-off)'
        ]
      const lines = [
        `covered by the fingerprint: the comparison with the ${recorded.length === 1 ? 'final' : `${recorded.length} finals`} recorded at its sign-off${found.length > 0 ? `, compared here: ${found.map(signed).join(', ')}` : ''}`
      ]
      for (const final of unmatched) lines.push(`recorded at its sign-off but not compared here, as the report says: ${notCompared(final)}`)
      return lines
    }
    default:
      return assertNever(comparison)
  }
}

/**
 * What a match says of the revision links the report prints (DECISIONS 228, 236): a revision signed under scheme 4
 * records the final it corrects, so its own fingerprint covers that link; any other link is outside every
 * fingerprint, and the report says it as this data holds it, as does verify. That a revision replaced the reported
 * final is never covered by the reported final's own fingerprint (it was signed first), only by the revision's.
 */
export function revisionLines(relation: RevisionRelation): string[] {
  const signed = (f: { id: string; fingerprint: string }) => `${f.id} (signed ${f.fingerprint.slice(0, 12)}…)`
  const of = relation.revisionOf
  return [
    ...(of
      ? [
          relation.revisionOfBound
            ? `covered by the fingerprint: that it revises the final ${signed(of)}, recorded at its sign-off`
            : `not covered by the fingerprint: that it revises the final ${signed(of)}, as this data links them`
        ]
      : []),
    ...relation.replacedBy.map((r) =>
      relation.replacedByBound
        ? `covered by that revision's fingerprint, not this one: that its signed revision ${signed(r)} replaced it, recorded at the revision's sign-off`
        : `not covered by the fingerprint: that its signed revision ${signed(r)} replaced it, as this data links them`
    )
  ]
}

/**
 * A note for each signed revision this data holds that replaced the reported final after its report was made: the report
 * rightly does not say so (verify re-renders it as of its own time), but the final no longer stands for its cycle.
 */
export function laterRevisionLines(then: RevisionRelation, now: RevisionRelation): string[] {
  const known = new Set(then.replacedBy.map((r) => r.id))
  return now.replacedBy
    .filter((r) => !known.has(r.id))
    .map(
      (r) =>
        `note: this data now holds a signed revision that replaced it, signed ${r.finalizedAt}, after this report was made: ${r.id} (signed ${r.fingerprint.slice(0, 12)}…); the report does not say so, and this final no longer stands for its cycle`
    )
}

export function notCompared(final: UnmatchedFinal): string {
  const named = `${final.id} (signed ${final.fingerprint.slice(0, 12)}…)`
  switch (final.reason) {
    case 'not-in-data':
      return `${named}: not in this data`
    case 'differs':
      return `${named}: this data holds another record under that id (${final.holds.status}${final.holds.fingerprint ? `, fingerprint ${final.holds.fingerprint.slice(0, 12)}…` : ''})`
    case 'bank-unavailable':
      return `${named}: question bank ${final.bank.id} ${final.bank.version} is not available`
    case 'sign-off-fails':
      return `${named}: its sign-off does not hold here: ${final.message}`
    default:
      return assertNever(final)
  }
}
