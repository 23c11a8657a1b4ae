import type { Assessment } from '../schemas/assessment'
import { isBefore } from '../util/instant'

/**
 * Scheme 1 (a sign-off without a `scheme`) binds neither the engagement facts nor the bank's content, so it is
 * accepted only for what it was ever produced for: anyone can write a scheme 1 sign-off today and compute its
 * fingerprint, and a report of it prints today's engagement record as if signed. Scheme 2 replaced it on
 * 2026-12-06 at 01:45 UTC (the change that introduced it); no version of the app made a scheme 1 sign-off
 * after that, under a built-in bank released after that, or with anything scheme 2 brought in with it.
 */

/** The built-in bank id; its versions are released with the app (a custom bank may not take this id). */
const CORE_BANK_ID = 'armslength-core'

/** The built-in bank versions released while the app signed off under scheme 1 (2026.3 came after scheme 2). */
export const SCHEME_1_CORE_VERSIONS: readonly string[] = ['2026.1', '2026.2']

/** When scheme 2 replaced scheme 1: a scheme 1 sign-off finalized at or after this was not made by the app. */
export const SCHEME_2_SINCE = '2026-12-06T01:46:00.000Z'

/**
 * Why a scheme 1 sign-off cannot be genuine, or null when it may be: it names a built-in bank released after
 * scheme 2, is dated after scheme 2 replaced it, or holds what only scheme 2's app wrote (the assessor's
 * submission time, findings finalized without a verdict, a review comment without a verdict, a counsel
 * direction, the assessment's review submission time).
 */
export function schemeOneProblem(assessment: Assessment): string | null {
  const signOff = assessment.signOff
  if (!signOff) return null
  const { id, version } = assessment.bank
  if (id === CORE_BANK_ID && !SCHEME_1_CORE_VERSIONS.includes(version))
    return `The sign-off is scheme 1 (it records no "scheme"), which was made only under question banks ${CORE_BANK_ID} ${SCHEME_1_CORE_VERSIONS.join(' and ')}; this assessment is answered under ${id} ${version}, released after scheme 2 replaced it`
  if (!isBefore(signOff.finalizedAt, SCHEME_2_SINCE))
    return `The sign-off is scheme 1 (it records no "scheme"), yet it is dated ${signOff.finalizedAt}, after scheme 2 replaced scheme 1 (${SCHEME_2_SINCE})`
  const later = [
    signOff.assessorSubmittedAt !== undefined ? 'signOff.assessorSubmittedAt' : null,
    signOff.notReviewed !== undefined ? 'signOff.notReviewed' : null,
    assessment.counselDirection !== undefined ? 'counselDirection' : null,
    assessment.submittedAt !== undefined ? 'submittedAt' : null,
    ...Object.entries(assessment.reviews).map(([question, review]) => (review.verdict === undefined ? `reviews.${question}` : null))
  ].filter((field): field is string => field !== null)
  if (later.length > 0)
    return `The sign-off is scheme 1 (it records no "scheme"), yet the assessment holds what only scheme 2 records (${later.slice(0, 5).join(', ')}${later.length > 5 ? ', …' : ''})`
  return null
}
