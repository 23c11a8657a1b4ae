/**
 * A revision corrects a signed final (DECISIONS 194): once signed, it stands for the same assessment cycle, not
 * a new one. So the cycle's date stays the date the corrected final was first signed, and the final it corrects
 * is no longer the engagement's standing. Due dates and trends count cycles: a correction signed eleven months
 * later must not push the next annual assessment back a year, nor show on the heat map as a change over time.
 */

import { isSignedFinal } from './signed-final'
import { compareInstants, isAfter } from '../util/instant'

/** What cycles need of an assessment: a whole one, or its ref in the index (which records revisionOfId since index version 7). */
export type CycleInput = {
  id: string
  engagementId: string
  status: string
  createdAt: string
  revisionOfId?: string | undefined
  /**
   * `comparedWith`: a scheme 3 or 4 sign-off's earlier cycles; `scheme`, `fingerprint` and `revises`: what a scheme 4
   * sign-off binds of the final a revision corrects. All absent from index refs, which are written from checked bodies.
   */
  signOff?:
    | {
        finalizedAt: string
        comparedWith?: readonly { id: string }[] | undefined
        scheme?: number | undefined
        fingerprint?: string | undefined
        revises?: { fingerprint: string } | undefined
      }
    | undefined
}

/**
 * Why a revision's link cannot be what the app made, or null when it can. The link is outside every fingerprint
 * (attacker review): the app makes it only by revising a signed final, so its target is a signed final of the same
 * engagement, not the revision itself, signed before the revision was started. Anything else (a loop, a final
 * "revising" a later one, a draft, another engagement's final, an id the data lacks) is refused where a file is
 * read and never believed where cycles are counted, so an edited link cannot hide a signed final or move a due date.
 */
export function revisionLinkProblem(revision: CycleInput, assessments: readonly CycleInput[]): string | null {
  return linkProblem(revision, (id) => assessments.find((a) => a.id === id))
}

/**
 * What a sign-off binds of the final a revision corrects: under scheme 4 that final's sign-off fingerprint, or null for
 * a final that revises none; undefined before scheme 4, which binds nothing (DECISIONS 236).
 */
export function boundRevisedFinal(signOff: CycleInput['signOff']): string | null | undefined {
  return signOff?.scheme === 4 ? (signOff.revises?.fingerprint ?? null) : undefined
}

/** revisionLinkProblem with the assessments looked up by id (the first of an id, as `find` gives). */
function linkProblem(revision: CycleInput, lookUp: (id: string) => CycleInput | undefined): string | null {
  const targetId = revision.revisionOfId
  // a scheme 4 sign-off binds the final a revision corrects (by its sign-off fingerprint): the link must lead to exactly
  // that final, and a link removed or added after sign-off is seen (attacker review: either hid or invented a correction)
  const bound = boundRevisedFinal(revision.signOff)
  if (bound === null && targetId !== undefined)
    return `It is linked as a revision of ${targetId}, but its sign-off records that it revises no final`
  if (typeof bound === 'string' && targetId === undefined)
    return `Its sign-off records that it revises the final signed with fingerprint ${bound}, but its link to that final (revisionOfId) is missing`
  if (targetId === undefined) return null
  if (targetId === revision.id) return 'An assessment cannot be a revision of itself'
  const target = lookUp(targetId)
  if (!target) return `It revises ${targetId}, which is not among this engagement's assessments here`
  if (target.engagementId !== revision.engagementId) return `It revises ${targetId}, an assessment of another engagement`
  if (!isSignedFinal(target)) return `It revises ${targetId}, which is not a signed-off final: only a final can be revised`
  if (isAfter(target.signOff.finalizedAt, revision.createdAt))
    return `It revises ${targetId}, signed off ${target.signOff.finalizedAt}, after this revision was started (${revision.createdAt})`
  // a signed revision compares with the cycle before the one it corrects (DECISIONS 220), and its sign-off says which:
  // a link to a final it was signed to compare with is one the app never made (attacker review: a genuine final
  // relinked to its own predecessor printed "Revision of …" under its document id, and verify called it a match)
  if (revision.signOff?.comparedWith?.some((c) => c.id === targetId))
    return `It revises ${targetId}, which its own sign-off records as an earlier cycle to compare with: a revision is never compared with the final it corrects`
  if (typeof bound === 'string' && target.signOff.fingerprint !== undefined && target.signOff.fingerprint !== bound)
    return `It revises ${targetId}, signed with fingerprint ${target.signOff.fingerprint}, but its own sign-off records that it revises the final signed with fingerprint ${bound}`
  return null
}

type SignedInput = CycleInput & { signOff: { finalizedAt: string } }

/** The assessments of one list by id, built once for all the links and cycles counted in it. */
type ById = {
  /** The first assessment of each id, as revisionLinkProblem's `find` gives. */
  first: ReadonlyMap<string, CycleInput>
  /** The signed finals, the last of each id (a chain is followed through these). */
  signed: ReadonlyMap<string, SignedInput>
}

function byIdOf(assessments: readonly CycleInput[]): ById {
  const first = new Map<string, CycleInput>()
  const signed = new Map<string, SignedInput>()
  for (const a of assessments) {
    if (!first.has(a.id)) first.set(a.id, a)
    if (isSignedFinal(a)) signed.set(a.id, a)
  }
  return { first, signed }
}

/** Ids of the signed finals a signed revision has corrected: each is replaced by its revision (only links the app could have made). */
export function replacedFinalIds(assessments: readonly CycleInput[]): Set<string> {
  return replacedIn(assessments, byIdOf(assessments))
}

function replacedIn(assessments: readonly CycleInput[], byId: ById): Set<string> {
  const replaced = new Set<string>()
  for (const a of assessments)
    if (isSignedFinal(a) && a.revisionOfId !== undefined && linkProblem(a, (id) => byId.first.get(id)) === null)
      replaced.add(a.revisionOfId)
  return replaced
}

/** The cycle a signed final stands for: when its first final was signed, and how many earlier finals of it were corrected. */
export type Cycle = { firstFinalizedAt: string; corrected: number }

/**
 * The cycle of a signed final: the sign-off of the first final in its chain of revisions (followed through the
 * finals given; a chain whose start is not among them stops at the earliest one found), and how many finals of
 * the chain came before it. A final that revises nothing is its own cycle, with none corrected.
 */
function cycleOf(final: SignedInput, byId: ById): Cycle {
  let first: SignedInput = final
  const seen = new Set<string>([final.id])
  // only links the app could have made are followed (each to a final signed earlier, so no loop); `seen` guards anyway
  const parentOf = (a: SignedInput) =>
    linkProblem(a, (id) => byId.first.get(id)) === null ? byId.signed.get(a.revisionOfId ?? '') : undefined
  for (let parent = parentOf(first); parent && !seen.has(parent.id); parent = parentOf(first)) {
    seen.add(parent.id)
    first = parent
  }
  return { firstFinalizedAt: first.signOff.finalizedAt, corrected: seen.size - 1 }
}

/** One signed final that stands for a cycle, with its cycle. */
export type StandingFinal<A extends CycleInput> = { final: A & SignedInput; cycle: Cycle }

/** The signed finals that stand for a cycle (none replaced by a signed revision), with their cycles, oldest cycle first. */
export function standingFinals<A extends CycleInput>(assessments: readonly A[]): StandingFinal<A>[] {
  const byId = byIdOf(assessments)
  const replaced = replacedIn(assessments, byId)
  return assessments
    .filter((a): a is A & SignedInput => isSignedFinal(a) && !replaced.has(a.id))
    .map((final) => ({ final, cycle: cycleOf(final, byId) }))
    .sort(
      (a, b) =>
        compareInstants(a.cycle.firstFinalizedAt, b.cycle.firstFinalizedAt) ||
        compareInstants(a.final.signOff.finalizedAt, b.final.signOff.finalizedAt) ||
        a.final.id.localeCompare(b.final.id)
    )
}
