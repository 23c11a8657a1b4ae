import type { AssessmentKind } from '@shared/bank/vocabulary'
import { assertNever } from '@shared/util/result'
import { ASSESSMENT_KIND_LABEL } from './labels'

import type { Period } from '@shared/schemas/period'

export type { Period }
// the rule lives in shared/, where the service checks a saved period with it too
export { periodError } from '@shared/schemas/period'

/** The twelve months up to and including `today` (YYYY-MM-DD): 2026-12-06 → 2025-12-07 … 2026-12-06. */
export function previousTwelveMonths(today: string): Period {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  // the same day a year earlier (29 Feb → 28 Feb), then the day after it
  const daysInMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate()
  const start = new Date(Date.UTC(y - 1, m - 1, Math.min(d, daysInMonth) + 1))
  return { start: start.toISOString().slice(0, 10), end: today }
}

/**
 * The period a new assessment starts with: an annual self-assessment looks back over the last twelve
 * months; an onboarding or ad-hoc review has no natural period, so the user sets one if it matters.
 */
export function defaultPeriod(kind: AssessmentKind, today: string): Period {
  switch (kind) {
    case 'annual':
      return previousTwelveMonths(today)
    case 'onboarding':
    case 'adhoc':
      return { start: '', end: '' }
    default:
      return assertNever(kind)
  }
}

/**
 * The period of the next annual cycle after one that ended on `previousEnd`: it starts the day after, so
 * two cycles never overlap, and runs to today, or for twelve months when today is not past the last end.
 * why: the default "last twelve months" repeated the period (and the year in the title) of a cycle
 * signed off the same day or recently.
 */
export function followingPeriod(previousEnd: string, today: string): Period {
  const [y, m, d] = previousEnd.split('-').map(Number) as [number, number, number]
  const start = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
  if (today > start) return { start, end: today }
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number]
  return { start, end: new Date(Date.UTC(sy + 1, sm - 1, sd - 1)).toISOString().slice(0, 10) }
}

/**
 * The title an assessment gets when the user leaves it empty: its kind and the year the period assessed
 * ends in (today's year without a period), e.g. "Annual self-assessment 2027" for 2027-01-01 … 2027-12-31.
 * why: the year it was started in named next year's cycle after last year's ("Annual self-assessment 2026"
 * twice), and an empty stored title read as "" in history, messages and file names.
 */
export function defaultAssessmentTitle(kind: AssessmentKind, periodEnd: string | undefined, today: string): string {
  const year = (periodEnd !== undefined && periodEnd !== '' ? periodEnd : today).slice(0, 4)
  return `${ASSESSMENT_KIND_LABEL[kind]} ${year}`
}
