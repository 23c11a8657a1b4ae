import type { QuestionBank } from '../bank/bank-schema'
import type { Assessment, FingerprintScheme } from '../schemas/assessment'
import { assertNever, fail, ok, type Result } from '../util/result'
import { bankContentHash, fingerprintAssessment, schemeOf } from './fingerprint'
import { schemeOneProblem } from './scheme-one'

export type SignOffCheck = { scheme: FingerprintScheme; fingerprint: string }

/**
 * Whether a final assessment is still what was signed, under the scheme it was signed with. Scheme 1
 * (older finals): the fingerprint over the assessment, for the banks and dates scheme 1 was made for
 * (scheme-one.ts). Scheme 2: that, plus the engagement snapshot
 * it holds and the hash of the question bank's content, which must be the bank given here. The bank
 * may be null when it is not available; a scheme 2 sign-off then fails, since its bank cannot be
 * checked. Scheme 3: as scheme 2, and the fingerprint covers the earlier finals it records to compare
 * with; whether the data still holds them is the report's to say (report/comparison.ts), not a reason
 * to refuse the final. Scheme 4: as scheme 3, and a revision's sign-off records the final it corrects, which
 * its link must lead to (revisionLinkProblem, where a file is read). Import, restore, validate and verify all call this one function.
 */
export function verifySignOff(assessment: Assessment, bank: QuestionBank | null): Result<SignOffCheck> {
  const signOff = assessment.signOff
  if (assessment.status !== 'final' || !signOff) {
    return signOff
      ? fail('invalid-file', 'The assessment carries a sign-off but is not final')
      : fail('invalid-file', 'The assessment is not signed off')
  }
  const computed = fingerprintAssessment(assessment)
  if (computed !== signOff.fingerprint) {
    return fail(
      'invalid-file',
      `The assessment was changed after it was signed off: its content gives fingerprint ${computed}, the sign-off records ${signOff.fingerprint}`
    )
  }
  const scheme = schemeOf(signOff)
  switch (scheme) {
    case 1: {
      // scheme 1 binds neither the engagement nor the bank: accepted only where the app ever wrote it
      const impossible = schemeOneProblem(assessment)
      return impossible === null ? ok({ scheme, fingerprint: computed }) : fail('invalid-file', impossible)
    }
    case 2:
    case 3:
    case 4: {
      if (!signOff.engagement || !signOff.bankSha256)
        return fail('invalid-file', `The sign-off (scheme ${scheme}) lacks its engagement facts or question bank hash`)
      if (scheme >= 3 !== (signOff.comparedWith !== undefined))
        return fail(
          'invalid-file',
          scheme >= 3
            ? `The sign-off (scheme ${scheme}) lacks the finals it compares with`
            : 'The sign-off (scheme 2) records finals to compare with, which only schemes 3 and 4 do'
        )
      if (scheme < 4 && signOff.revises !== undefined)
        return fail('invalid-file', `The sign-off (scheme ${scheme}) records a final it revises, which only scheme 4 does`)
      if (!bank)
        return fail(
          'not-found',
          `Question bank ${assessment.bank.id} ${assessment.bank.version} is not available, so the bank it was signed under cannot be checked`
        )
      if (bank.id !== assessment.bank.id || bank.version !== assessment.bank.version) {
        return fail(
          'invalid-request',
          `Checked against question bank ${bank.id} ${bank.version}, but the assessment was answered under ${assessment.bank.id} ${assessment.bank.version}`
        )
      }
      const hash = bankContentHash(bank)
      if (hash !== signOff.bankSha256) {
        return fail(
          'invalid-file',
          `Question bank ${bank.id} ${bank.version} here is not the one it was signed under (content hash ${hash}, signed ${signOff.bankSha256})`
        )
      }
      return ok({ scheme, fingerprint: computed })
    }
    default:
      return assertNever(scheme)
  }
}
