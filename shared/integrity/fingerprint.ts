import type { QuestionBank } from '../bank/bank-schema'
import {
  EngagementSnapshotSchema,
  type Assessment,
  type EngagementSnapshot,
  type FingerprintScheme,
  type RevisedFinal
} from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import { canonicalJson } from './canonical-json'
import { comparedFinalsOf } from './earlier-finals'
import { sha256Hex } from './sha256'
import { isSignedFinal } from '../workflow/signed-final'

/**
 * The scheme new sign-offs use: the assessment, the engagement facts at sign-off, the bank's hash, the earlier
 * finals its report compares with (each one's id and sign-off fingerprint) and, for a revision, the signed final it
 * corrects (that final's sign-off fingerprint: scheme 4, so a revision's link can be neither removed nor moved).
 */
export const CURRENT_FINGERPRINT_SCHEME = 4 as const satisfies FingerprintScheme

/**
 * What the fingerprint covers: the assessment's content as answered and signed. Left out are the
 * fingerprint itself, what changes when nobody changes the substance (where the user last was, the
 * last-save stamp) and the record ids, which an import may renumber ("keep both") without touching
 * the content. Under scheme 2 the sign-off inside it holds the engagement snapshot and the bank hash,
 * so both are covered too; under scheme 3 also the finals its report compares with (`signOff.comparedWith`,
 * whose ids are inside the sign-off and so covered, unlike the record's own); under scheme 4 also the final a
 * revision corrects (`signOff.revises`, which the record's own `revisionOfId` must lead to: revision-cycles.ts).
 * See docs/file-format.md.
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

const bankHashes = new WeakMap<QuestionBank, string>()

/** SHA-256 of the bank's canonical JSON: any change to wording, weights or sources changes it. */
export function bankContentHash(bank: QuestionBank): string {
  const known = bankHashes.get(bank)
  if (known) return known
  const hash = computeBankContentHash(bank)
  bankHashes.set(bank, hash)
  return hash
}

/** The hash worked out from the content, never from a cache (the released-bank test uses this). */
export function computeBankContentHash(bank: QuestionBank): string {
  return sha256Hex(canonicalJson(bank))
}

/**
 * Records the hash of a built-in bank released with it (bank/released-banks.ts), so the first report after
 * start does not spend ~60 ms hashing 200 kB of bank; test/shared/released-banks.test.ts proves each
 * recorded hash equals the one computed from the content.
 */
export function rememberBankContentHash(bank: QuestionBank, hash: string): void {
  bankHashes.set(bank, hash)
}

/**
 * The engagement facts a report prints, taken from the engagement record, in the form the snapshot
 * schema reads them back (names trimmed and so on): a file holding this snapshot parses to exactly
 * what was signed, so an exported and re-imported final still matches its fingerprint.
 */
export function snapshotOf(e: Engagement | EngagementSnapshot): EngagementSnapshot {
  const raw = rawSnapshotOf(e)
  const parsed = EngagementSnapshotSchema.safeParse(raw)
  return parsed.success ? parsed.data : raw
}

function rawSnapshotOf(e: Engagement | EngagementSnapshot): EngagementSnapshot {
  return {
    vendorName: e.vendorName,
    name: e.name,
    services: [...e.services],
    deliveryCountries: [...e.deliveryCountries],
    sites: e.sites.map((s) => ({ ...s })),
    clientUsStates: [...e.clientUsStates],
    deliveryLocation: e.deliveryLocation,
    staffing: e.staffing,
    headcount: e.headcount,
    ...(e.contractStart ? { contractStart: e.contractStart } : {}),
    ...(e.contractEnd ? { contractEnd: e.contractEnd } : {}),
    ...(e.renewalDate ? { renewalDate: e.renewalDate } : {}),
    contractReference: e.contractReference,
    owner: e.owner,
    notes: e.notes
  }
}

/**
 * The fingerprint a report prints. A final assessment's is its sign-off fingerprint recomputed from
 * the data. A draft has no sign-off, so its fingerprint covers the assessment, today's engagement
 * facts and the bank's hash: a draft report naming another vendor has another fingerprint.
 */
export function reportFingerprint(assessment: Assessment, engagement: Engagement, bank: QuestionBank): string {
  if (isSignedFinal(assessment)) return fingerprintAssessment(assessment)
  return sha256Hex(
    canonicalJson({ draft: fingerprintPayload(assessment), engagement: snapshotOf(engagement), bankSha256: bankContentHash(bank) })
  )
}

/**
 * The sign-off as a person gives it; the scheme, snapshot, bank hash, finals compared with, final revised and
 * fingerprint are computed.
 */
export type SignOffFields = Omit<
  NonNullable<Assessment['signOff']>,
  'fingerprint' | 'scheme' | 'engagement' | 'bankSha256' | 'comparedWith' | 'revises'
>

/**
 * The assessment signed off: final, with the engagement facts, the bank's hash, the earlier finals its report
 * compares with and, for a revision, the final it corrects recorded in the sign-off (scheme 4), and the fingerprint
 * of all of it. `assessments` are the engagement's assessments as they stand at sign-off (this one among them or
 * not): the finals signed before it are picked from them (earlier-finals.ts), and from then on its report compares
 * with exactly those. A revision's final must be among them, signed (the workflow checks the link before signing):
 * its sign-off fingerprint is what the revision's records.
 */
export function signAssessment(
  assessment: Assessment,
  signOff: SignOffFields,
  engagement: Engagement | EngagementSnapshot,
  bank: QuestionBank,
  assessments: readonly Assessment[]
): Assessment {
  const full = {
    ...signOff,
    scheme: CURRENT_FINGERPRINT_SCHEME,
    engagement: snapshotOf(engagement),
    bankSha256: bankContentHash(bank),
    comparedWith: comparedFinalsOf(assessment, signOff.finalizedAt, assessments),
    ...revisesOf(assessment, assessments)
  }
  // the fingerprint leaves its own value out (fingerprintPayload), so any placeholder will do here
  const unsigned: Assessment = { ...assessment, status: 'final', signOff: { ...full, fingerprint: '' } }
  return { ...unsigned, signOff: { ...full, fingerprint: fingerprintAssessment(unsigned) } }
}

/** What a scheme 4 sign-off records of the final a revision corrects: that final's sign-off fingerprint, as stored. */
function revisesOf(assessment: Assessment, assessments: readonly Assessment[]): { revises?: RevisedFinal } {
  if (assessment.revisionOfId === undefined) return {}
  const target = assessments.find((a) => a.id === assessment.revisionOfId)
  const fingerprint = target?.status === 'final' ? target.signOff?.fingerprint : undefined
  // an unsigned target cannot be revised (revisionLinkProblem refuses it before signing); recorded as found, never guessed
  return fingerprint === undefined ? {} : { revises: { fingerprint } }
}

/** The scheme a sign-off was made under (absent: 1, made before schemes were recorded). */
export function schemeOf(signOff: NonNullable<Assessment['signOff']>): FingerprintScheme {
  return signOff.scheme ?? 1
}
