/**
 * A revision corrects a signed final (DECISIONS 194): once signed, it stands for the same assessment cycle, not
 * a new one. So the cycle's date stays the date the corrected final was first signed, and the final it corrects
 * is no longer the engagement's standing. Due dates and trends count cycles: a correction signed eleven months
 * later must not push the next annual assessment back a year, nor show on the heat map as a change over time.
 */

/** What cycles need of an assessment: a whole one, or its ref in the index (which records revisionOfId since index version 7). */
export type CycleInput = {
  id: string
  status: string
  revisionOfId?: string | undefined
  signOff?: { finalizedAt: string } | undefined
}

function isSigned(a: CycleInput): a is CycleInput & { signOff: { finalizedAt: string } } {
  return a.status === 'final' && a.signOff !== undefined
}

/** Ids of the signed finals a signed revision has corrected: each is replaced by its revision. */
export function replacedFinalIds(assessments: readonly CycleInput[]): Set<string> {
  const replaced = new Set<string>()
  for (const a of assessments) if (isSigned(a) && a.revisionOfId !== undefined) replaced.add(a.revisionOfId)
  return replaced
}

type SignedInput = CycleInput & { signOff: { finalizedAt: string } }

/** The cycle a signed final stands for: when its first final was signed, and how many earlier finals of it were corrected. */
export type Cycle = { firstFinalizedAt: string; corrected: number }

/**
 * The cycle of a signed final: the sign-off of the first final in its chain of revisions (followed through the
 * finals given; a chain whose start is not among them stops at the earliest one found), and how many finals of
 * the chain came before it. A final that revises nothing is its own cycle, with none corrected.
 */
export function cycleOf(final: SignedInput, assessments: readonly CycleInput[]): Cycle {
  const byId = new Map(assessments.filter(isSigned).map((a) => [a.id, a]))
  let first: SignedInput = final
  const seen = new Set<string>([final.id])
  // `seen` guards a loop that only a hand-edited file could make (a revises b, b revises a)
  for (let parent = byId.get(first.revisionOfId ?? ''); parent && !seen.has(parent.id); parent = byId.get(first.revisionOfId ?? '')) {
    seen.add(parent.id)
    first = parent
  }
  return { firstFinalizedAt: first.signOff.finalizedAt, corrected: seen.size - 1 }
}

/** The signed finals that stand for a cycle (none replaced by a signed revision), with their cycles, oldest cycle first. */
export function standingFinals<A extends CycleInput>(assessments: readonly A[]): { final: A & SignedInput; cycle: Cycle }[] {
  const replaced = replacedFinalIds(assessments)
  return assessments
    .filter((a): a is A & SignedInput => isSigned(a) && !replaced.has(a.id))
    .map((final) => ({ final, cycle: cycleOf(final, assessments) }))
    .sort(
      (a, b) =>
        a.cycle.firstFinalizedAt.localeCompare(b.cycle.firstFinalizedAt) ||
        a.final.signOff.finalizedAt.localeCompare(b.final.signOff.finalizedAt) ||
        a.final.id.localeCompare(b.final.id)
    )
}
