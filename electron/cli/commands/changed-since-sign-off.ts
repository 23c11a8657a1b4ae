import { snapshotOf } from '@shared/integrity/fingerprint'
import type { Engagement } from '@shared/schemas/engagement'
import type { Assessment } from '@shared/schemas/assessment'

/**
 * The engagement facts (snapshot keys: vendorName, name, headcount…) today's record states otherwise than a
 * final's sign-off recorded them; empty for a draft or a sign-off that recorded no facts. A report or packet
 * prints the facts as signed, so verify says which the record now words differently: a reader holding both
 * should not take the difference for an alteration, nor the signed words for today's.
 */
export function changedSinceSignOff(engagement: Engagement, assessment: Assessment): string[] {
  const signed = assessment.status === 'final' ? assessment.signOff?.engagement : undefined
  if (!signed) return []
  const now = snapshotOf(engagement) as Record<string, unknown>
  const then = signed as Record<string, unknown>
  return Object.keys({ ...now, ...then }).filter((k) => JSON.stringify(now[k]) !== JSON.stringify(then[k]))
}
