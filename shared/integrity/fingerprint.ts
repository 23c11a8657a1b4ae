import type { Assessment } from '../schemas/assessment'
import { canonicalJson } from './canonical-json'
import { sha256Hex } from './sha256'

/**
 * What the fingerprint covers: the assessment as answered and signed, without the fields that change
 * when nobody changes the substance (where the user last was, the last-save stamp) and without the
 * fingerprint itself. See docs/file-format.md.
 */
export function fingerprintPayload(assessment: Assessment): unknown {
  const { lastQuestionId: _cursor, updatedAt: _saved, signOff, ...rest } = assessment
  const signOffWithoutPrint = signOff ? { ...signOff, fingerprint: undefined } : undefined
  return { ...rest, signOff: signOffWithoutPrint }
}

export function fingerprintAssessment(assessment: Assessment): string {
  return sha256Hex(canonicalJson(fingerprintPayload(assessment)))
}
