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

// as the screens' en-GB dates read them (renderer/src/format.ts): "Sept", not "Sep"
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']

/** "2026-12-07" → "7 Dec 2026", as the screens show a date, written out so every host says the same (no locale data). */
function shownDate(isoDate: string): string {
  const month = SHORT_MONTHS[Number(isoDate.slice(5, 7)) - 1]
  return month ? `${Number(isoDate.slice(8, 10))} ${month} ${isoDate.slice(0, 4)}` : isoDate
}

/**
 * Why a period cannot be signed off on `today` (the signer's date, YYYY-MM-DD), or null: the period a sign-off
 * attests to has ended by then (vendor-manager review: one ending next month was signed as reviewed). A period
 * still running may be saved while the assessment is open (a cycle is often planned ahead); the finalize form
 * and the service's finalize refuse it. Records signed before this rule are left as they are (DECISIONS 225).
 */
export function periodEndError(end: string | undefined, today: string): string | null {
  if (end === undefined || end === '' || end <= today) return null
  return `The review period cannot end after today (${shownDate(today)}): a sign-off attests to a period that has ended. Set “To” to today or an earlier date.`
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
