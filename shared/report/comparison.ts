import type { QuestionBank } from '../bank/bank-schema'
import { findBank } from '../bank/bank-registry'
import { finalsSignedBefore, onePerCycle } from '../integrity/earlier-finals'
import { fingerprintAssessment, schemeOf } from '../integrity/fingerprint'
import { verifySignOff } from '../integrity/verify-sign-off'
import type { Assessment, AssessmentStatus, ComparedFinal } from '../schemas/assessment'
import { assertNever } from '../util/result'

/**
 * A final a scheme 3 or 4 sign-off records to compare with that the data cannot give as it was signed: the report
 * leaves it out and says which and why, rather than print another comparison under the same fingerprint.
 */
export type UnmatchedFinal = ComparedFinal &
  (
    | { reason: 'not-in-data' }
    /** The data holds another record under its id (changed since its sign-off, or not that final at all). */
    | { reason: 'differs'; holds: { status: AssessmentStatus; fingerprint: string | null } }
    | { reason: 'bank-unavailable'; title: string; bank: Assessment['bank'] }
    /** Its own sign-off does not hold here (the bank here hashes otherwise than the one it was signed under). */
    | { reason: 'sign-off-fails'; title: string; message: string }
  )

/**
 * What a report compares its assessment with (the trend and "what changed"). A final signed under scheme 3 or 4
 * compares with exactly the finals its sign-off records, found in the data with the fingerprint recorded; a
 * final not recorded is never added, and one recorded that the data cannot give is named (`unmatched`).
 * Any other assessment compares with what the data holds (`comparedWith`), which its fingerprint does not cover.
 */
export type Comparison =
  | { kind: 'from-data'; assessments: Assessment[] }
  | { kind: 'as-signed'; recorded: readonly ComparedFinal[]; found: Assessment[]; unmatched: UnmatchedFinal[] }

export function comparisonFor(assessment: Assessment, assessments: readonly Assessment[], banks: readonly QuestionBank[]): Comparison {
  const signOff = assessment.status === 'final' ? assessment.signOff : undefined
  const scheme = signOff ? schemeOf(signOff) : null
  switch (scheme) {
    case null:
    case 1:
    case 2:
      return { kind: 'from-data', assessments: comparedWith(assessment, assessments) }
    case 3:
    case 4: {
      const recorded = signOff?.comparedWith ?? []
      const found: Assessment[] = []
      const unmatched: UnmatchedFinal[] = []
      for (const final of recorded) {
        const match = findSigned(assessment, final, assessments, found)
        if (!match) {
          const holder = assessments.find((a) => a.id === final.id && a.id !== assessment.id)
          unmatched.push(
            holder
              ? {
                  ...final,
                  reason: 'differs',
                  holds: { status: holder.status, fingerprint: holder.signOff ? fingerprintAssessment(holder) : null }
                }
              : { ...final, reason: 'not-in-data' }
          )
          continue
        }
        const bank = findBank(banks, match.bank)
        if (!bank) {
          unmatched.push({ ...final, reason: 'bank-unavailable', title: match.title, bank: match.bank })
          continue
        }
        const holds = verifySignOff(match, bank)
        if (holds.ok) found.push(match)
        else unmatched.push({ ...final, reason: 'sign-off-fails', title: match.title, message: holds.error.message })
      }
      return { kind: 'as-signed', recorded, found, unmatched }
    }
    default:
      return assertNever(scheme)
  }
}

/**
 * The final of the engagement signed with the fingerprint recorded: the one with the recorded id, else a copy
 * renumbered by an import that kept both ("keep both" gives every assessment a new id, and ids are outside the
 * fingerprint, so the same content under another id is the same signed final and prints the same). Each final
 * of the data stands for one recorded final at most.
 */
function findSigned(
  assessment: Assessment,
  recorded: ComparedFinal,
  assessments: readonly Assessment[],
  taken: readonly Assessment[]
): Assessment | undefined {
  const signed = assessments.filter(
    (a) =>
      a.id !== assessment.id &&
      a.engagementId === assessment.engagementId &&
      a.status === 'final' &&
      a.signOff?.fingerprint === recorded.fingerprint &&
      !taken.includes(a) &&
      fingerprintAssessment(a) === recorded.fingerprint
  )
  return signed.find((a) => a.id === recorded.id) ?? signed[0]
}

/**
 * The other assessments a report compares with when nothing recorded says which (a draft, or a final signed
 * under scheme 1 or 2): for a final, only the finals signed before it, the record as it stood at its sign-off;
 * a draft or an assessment signed later is no part of it (an unsigned draft added to the data had changed what a
 * signed final printed; attacker review). For a draft, every other assessment of the engagement. Neither is
 * covered by the report's fingerprint, which `verify` says.
 */
export function comparedWith(assessment: Assessment, assessments: readonly Assessment[]): Assessment[] {
  const signedAt = assessment.status === 'final' ? assessment.signOff?.finalizedAt : undefined
  if (signedAt !== undefined) return finalsSignedBefore(assessment, signedAt, assessments)
  // a draft's trend counts each cycle once too: a final its revision replaced, or that this draft revises, is left out
  return onePerCycle(
    assessment,
    assessments.filter((other) => other.id !== assessment.id && other.engagementId === assessment.engagementId)
  )
}
