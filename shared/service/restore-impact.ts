import type { AssessmentStatus } from '../schemas/assessment'
import type { StoreDoc } from '../store/store-schema'
import type { AssessmentRef, StoreIndex } from '../store/store-index'
import { compareInstants } from '../util/instant'
import { signedAfter } from '../exchange/sign-off-time'

/**
 * What the backup holds of a signed-off assessment the store has now: nothing, an earlier (unsigned) state,
 * a sign-off of another date, or a sign-off of the same date over other content (another fingerprint: a
 * file edited and its fingerprint computed again, which anyone can do). A restore replaces the store, so
 * each of these is a signed record the restored data would not show as it is now.
 */
export type InBackup =
  | { kind: 'missing' }
  | { kind: 'unsigned'; status: Exclude<AssessmentStatus, 'final'> }
  | { kind: 'signed-other'; finalizedAt: string }
  | { kind: 'signed-differently'; fingerprint: string }

/** One signed-off assessment a restore would take away or replace, named as the register names it. */
export type AffectedSignOff = {
  assessmentId: string
  engagementName: string
  vendorName: string
  title: string
  /** When it was signed off, as the store holds it now. */
  finalizedAt: string
  inBackup: InBackup
}

/** A signed-off assessment in the backup dated after the clock's time now, named as the register names it. */
export type SignedAheadOfClock = {
  assessmentId: string
  engagementName: string
  vendorName: string
  title: string
  finalizedAt: string
}

/** What the restore dialog shows before anything is replaced. */
export type RestoreImpact = {
  engagementCount: number
  assessmentCount: number
  /** Every signed-off assessment present now that the backup lacks or holds in another state, oldest sign-off first. */
  signedOff: AffectedSignOff[]
  /**
   * The backup's sign-offs dated after now (only a listed backup may hold them: sign-off-time.ts). Either the
   * clock was ahead when they were signed or it is behind now; the dialog says so, so the dates are not taken
   * on trust. Oldest first.
   */
  signedAhead: SignedAheadOfClock[]
}

/**
 * Compares the store now with a document about to replace it. The same comparison decides whether the
 * safety copy taken before the restore is pinned (kept whatever the rotation), so the dialog's list and
 * the pinning never disagree. A sign-off is matched by assessment id, sign-off time and fingerprint: the
 * same id and time say nothing of the content, since a fingerprint is computed, not secret. A ref with no
 * fingerprint (its body could not be read when the index was upgraded) is matched by id and time alone.
 */
export function restoreImpact(current: StoreIndex, incoming: StoreDoc, now: string): RestoreImpact {
  const backup = new Map(incoming.assessments.map((a) => [a.id, a]))
  const engagements = new Map(current.engagements.map((e) => [e.id, e]))
  const signedOff: AffectedSignOff[] = []
  for (const ref of current.assessments) {
    if (ref.status !== 'final' || !ref.signOff) continue
    const inBackup = inBackupOf(backup.get(ref.id), ref.signOff)
    if (inBackup === null) continue
    signedOff.push({ ...named(engagements, ref.id, ref.engagementId, ref.title, ref.signOff.finalizedAt), inBackup })
  }
  signedOff.sort((a, b) => compareInstants(a.finalizedAt, b.finalizedAt))
  return {
    engagementCount: incoming.engagements.length,
    assessmentCount: incoming.assessments.length,
    signedOff,
    signedAhead: signedAheadIn(incoming, now)
  }
}

/** A signed-off assessment as the register names it: by its engagement and vendor (blank when the engagement is gone). */
function named(
  engagements: ReadonlyMap<string, { name: string; vendorName: string }>,
  assessmentId: string,
  engagementId: string,
  title: string,
  finalizedAt: string
): SignedAheadOfClock {
  const engagement = engagements.get(engagementId)
  return { assessmentId, engagementName: engagement?.name ?? '', vendorName: engagement?.vendorName ?? '', title, finalizedAt }
}

function signedAheadIn(incoming: StoreDoc, now: string): SignedAheadOfClock[] {
  const engagements = new Map(incoming.engagements.map((e) => [e.id, e]))
  const ahead: SignedAheadOfClock[] = []
  for (const a of incoming.assessments) {
    if (!a.signOff || !signedAfter(a.signOff.finalizedAt, now)) continue
    ahead.push(named(engagements, a.id, a.engagementId, a.title, a.signOff.finalizedAt))
  }
  return ahead.sort((a, b) => compareInstants(a.finalizedAt, b.finalizedAt))
}

function inBackupOf(held: StoreDoc['assessments'][number] | undefined, now: NonNullable<AssessmentRef['signOff']>): InBackup | null {
  if (!held) return { kind: 'missing' }
  if (held.status !== 'final') return { kind: 'unsigned', status: held.status }
  // a final without a sign-off does not pass the restore's checks; were it let through, it is no signed record
  if (!held.signOff) return { kind: 'missing' }
  if (held.signOff.finalizedAt !== now.finalizedAt) return { kind: 'signed-other', finalizedAt: held.signOff.finalizedAt }
  if (now.fingerprint !== undefined && held.signOff.fingerprint !== now.fingerprint)
    return { kind: 'signed-differently', fingerprint: held.signOff.fingerprint }
  return null
}
