import type { Assessment } from '../schemas/assessment'
import type { Problem } from '../util/result'

/**
 * How far after the clock's time a sign-off may be dated: two machines' clocks differ by a little, and a
 * file signed on one and imported on the other a minute later must not be refused for it.
 */
export const SIGN_OFF_CLOCK_SKEW_MS = 5 * 60 * 1000

/**
 * How a sign-off dated after the clock's time is met. An import or a backup file refuses it: a record from
 * elsewhere cannot have been signed yet. A backup from the app's own list (restored, or offered after damage)
 * accepts it, and the restore dialog names it: the app dates a sign-off by its own clock, so a clock running
 * ahead when the final was signed put such a date in every later backup, and refusing them made each one
 * unrestorable (a whole store, every engagement in it) until the clock caught up (attacker review). Whoever
 * can edit that list can edit the store itself, which never refused such a date.
 */
export type SignedAhead = 'refused' | 'accepted'

/**
 * When a sign-off is dated where it cannot be: after now (beyond the clock skew) where `ahead` refuses it,
 * before the assessment was started, or before the assessor submitted it. The app only ever dates a sign-off
 * by its clock after both; the fingerprint does not stop a file from carrying another date (anyone can
 * compute it), and the report prints the date as the day it was signed (attacker review: "signed off
 * 1 January 2031" was accepted).
 */
export function signOffTimeProblems(a: Assessment, at: string, now: string, ahead: SignedAhead): Problem[] {
  const signOff = a.signOff
  if (!signOff) return []
  const signed = Date.parse(signOff.finalizedAt)
  const path = `${at}.signOff.finalizedAt`
  const problems: Problem[] = []
  // from elsewhere, a sign-off time is written as the app writes it, in UTC: one with an offset
  // ("2026-11-26T09:59:00+23:59", the 25th in UTC) printed the wrong day wherever a date is read off its text
  // (attacker review); a listed backup holds only what this app wrote or already accepted
  if (ahead === 'refused' && !signOff.finalizedAt.endsWith('Z'))
    problems.push({
      path,
      reason: `The sign-off time ${signOff.finalizedAt} is not in UTC: the app records sign-off times in UTC, ending in "Z"`
    })
  if (ahead === 'refused' && signedAfter(signOff.finalizedAt, now))
    problems.push({
      path,
      reason: `The sign-off is dated ${signOff.finalizedAt}, after the time now (${now}): it cannot have been signed yet`
    })
  if (signed < Date.parse(a.createdAt))
    problems.push({
      path,
      reason: `The sign-off is dated ${signOff.finalizedAt}, before the assessment was started (createdAt ${a.createdAt})`
    })
  if (signOff.assessorSubmittedAt !== undefined && signed < Date.parse(signOff.assessorSubmittedAt))
    problems.push({
      path,
      reason: `The sign-off is dated ${signOff.finalizedAt}, before the assessor submitted it for review (assessorSubmittedAt ${signOff.assessorSubmittedAt})`
    })
  return problems
}

/** Whether a sign-off is dated after the clock's time, beyond the skew two machines' clocks may have. */
export function signedAfter(finalizedAt: string, now: string): boolean {
  return Date.parse(finalizedAt) > Date.parse(now) + SIGN_OFF_CLOCK_SKEW_MS
}
