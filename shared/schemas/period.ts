import type { z } from 'zod'

/** The period an assessment covers, as the forms hold it: YYYY-MM-DD dates, '' for "not set". */
export type Period = { start: string; end: string }

/**
 * Why a period cannot be saved, or null: both dates or neither, and the end after the start.
 * The start dialog, the finalize dialog and the service's request check all use this one rule.
 */
export function periodError(period: Period): string | null {
  if (period.start === '' && period.end === '') return null
  if (period.start === '' || period.end === '') return 'Give both the start and the end of the period, or neither.'
  if (period.end <= period.start) return 'The end of the period must be after its start.'
  return null
}

/** The period rule as a zod refinement on an object's two optional date fields (absent means not set). */
export function checkPeriod(
  value: { periodStart?: string | undefined; periodEnd?: string | undefined },
  ctx: z.RefinementCtx,
  path: PropertyKey[] = ['periodStart']
): void {
  const problem = periodError({ start: value.periodStart ?? '', end: value.periodEnd ?? '' })
  if (problem) ctx.addIssue({ code: 'custom', path, message: problem })
}
