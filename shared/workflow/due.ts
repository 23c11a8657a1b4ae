import type { Assessment } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import { standingFinals } from './revision-cycles'
import { isSignedFinal } from './signed-final'
import { compareInstants } from '../util/instant'

/** Adds calendar months to a YYYY-MM-DD date, clamping to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`
}

/** What due dates need of an assessment: a whole one, or the summary the register reads from the index. */
export type DueInput = Pick<Assessment, 'id' | 'engagementId' | 'status' | 'createdAt'> & {
  signOff?: { finalizedAt: string } | undefined
  revisionOfId?: string | undefined
}

export type DueStatus<A extends DueInput = Assessment> = {
  lastFinal: A | null
  /**
   * Next assessment due: interval after the latest cycle signed off (a signed revision dates from the final it
   * corrects, revision-cycles.ts); with no final yet, due now (the engagement's creation date).
   */
  dueDate: string
  overdue: boolean
  daysUntilDue: number
}

/** `today` is a YYYY-MM-DD date passed in by the caller. */
export function dueStatus<A extends DueInput>(engagement: Engagement, assessments: readonly A[], today: string): DueStatus<A> {
  const finals = assessments
    .filter((a): a is A & { signOff: NonNullable<A['signOff']> } => a.engagementId === engagement.id && isSignedFinal(a))
    .sort((a, b) => compareInstants(a.signOff.finalizedAt, b.signOff.finalizedAt))
  const lastFinal = finals.at(-1) ?? null
  // the latest cycle, not the latest signature: a correction of an older cycle signed after a newer one must not move it back
  const lastCycle = standingFinals(finals).at(-1)?.cycle.firstFinalizedAt ?? null
  return { lastFinal, ...dueAfterCycle(engagement, lastCycle, today) }
}

/**
 * The due date of an engagement whose latest cycle began at `lastCycle` (its first final's sign-off; null with no
 * final yet, due since the engagement was created), as of `today` (YYYY-MM-DD): dueStatus without counting the cycles,
 * for a caller that has them already (the portfolio row).
 */
export function dueAfterCycle(
  engagement: Pick<Engagement, 'createdAt' | 'reviewIntervalMonths'>,
  lastCycle: string | null,
  today: string
): Omit<DueStatus, 'lastFinal'> {
  const dueDate = lastCycle ? addMonths(lastCycle.slice(0, 10), engagement.reviewIntervalMonths) : engagement.createdAt.slice(0, 10)
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
  return { dueDate, overdue: days < 0, daysUntilDue: days }
}
