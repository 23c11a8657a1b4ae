import type { Assessment } from '../schemas/assessment'
import { canonicalJson } from './canonical-json'
import { sha256Hex } from './sha256'

/**
 * What the fingerprint covers: the assessment's content as answered and signed. Left out are the
 * fingerprint itself, what changes when nobody changes the substance (where the user last was, the
 * last-save stamp) and the record ids, which an import may renumber ("keep both") without touching
 * the content. See docs/file-format.md.
 */
export function fingerprintPayload(assessment: Assessment): unknown {
  const {
    lastQuestionId: _cursor,
    updatedAt: _saved,
    id: _id,
    engagementId: _engagement,
    carriedFromId: _carried,
    revisionOfId: _revision,
    signOff,
    ...rest
  } = assessment
  const signOffWithoutPrint = signOff ? { ...signOff, fingerprint: undefined } : undefined
  return { ...rest, signOff: signOffWithoutPrint }
}

export function fingerprintAssessment(assessment: Assessment): string {
  return sha256Hex(canonicalJson(fingerprintPayload(assessment)))
}

/** The sign-off as a person gives it; the fingerprint is computed. */
export type SignOffFields = Omit<NonNullable<Assessment['signOff']>, 'fingerprint'>

/** The assessment signed off: final, with the sign-off and the fingerprint of its content as signed. */
export function signAssessment(assessment: Assessment, signOff: SignOffFields): Assessment {
  // the fingerprint leaves its own value out (fingerprintPayload), so any placeholder will do here
  const unsigned: Assessment = { ...assessment, status: 'final', signOff: { ...signOff, fingerprint: '' } }
  return { ...unsigned, signOff: { ...signOff, fingerprint: fingerprintAssessment(unsigned) } }
}
