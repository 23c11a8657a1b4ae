import type { AssessmentKind, RiskBand, SourceKind, SourceLapse } from '../bank/vocabulary'
import type { AssessmentStatus, ReviewVerdict } from '../schemas/assessment'
import { roundScore } from '../scoring/bands'
import type { AnswerStatus } from '../scoring/score-types'

export const BAND_LABELS: Readonly<Record<RiskBand, string>> = { low: 'Low', moderate: 'Moderate', high: 'High', critical: 'Critical' }

export const KIND_LABELS: Readonly<Record<AssessmentKind, string>> = {
  annual: 'Annual review',
  onboarding: 'Onboarding (pre-contract)',
  adhoc: 'Ad-hoc review'
}

export const STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = { draft: 'Draft', 'in-review': 'In review', final: 'Final' }

export const VERDICT_LABELS: Readonly<Record<ReviewVerdict, string>> = {
  acceptable: 'Acceptable',
  'to-improve': 'To improve',
  'to-correct': 'To correct'
}

export const ANSWER_STATUS_LABELS: Readonly<Record<AnswerStatus, string>> = {
  answered: 'Answered',
  partial: 'Partly answered (one side only)',
  unsure: 'Unsure',
  na: 'Not applicable',
  unanswered: 'Not answered'
}

/** What kind of authority a source is, as appendix B prints it; commentary says it is not the law itself. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  legislation: 'Legislation',
  regulation: 'Regulation',
  'proposed-rule': 'Proposed rule, not law',
  judgment: 'Judgment',
  'regulator-guidance': 'Regulator guidance',
  'industry-practice': 'Industry practice, not law',
  commentary: 'Commentary, not law'
}

export const SOURCE_LAPSE_LABELS: Readonly<Record<SourceLapse, string>> = {
  repealed: 'Repealed',
  replaced: 'Superseded',
  vacated: 'Vacated',
  rescinded: 'Rescinded',
  reversed: 'Reversed',
  withdrawn: 'Withdrawn'
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-11-25" → "25 November 2026". Written out so every host prints the same text (no locale data). */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) return isoDate
  const month = MONTHS[Number(match[2]) - 1]
  return month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate
}

/** An ISO timestamp as "25 November 2026, 14:03 UTC". */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const utc = date.toISOString()
  return `${formatDate(utc.slice(0, 10))}, ${utc.slice(11, 16)} UTC`
}

/** One decimal, as scores are shown everywhere else. */
export function formatScore(score: number): string {
  return roundScore(score).toFixed(1)
}

/** A signed change with a true minus sign: "+4.2", "−3.0", "±0.0". */
export function formatDelta(delta: number): string {
  const rounded = roundScore(delta)
  if (rounded === 0) return '±0.0'
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "AL-3F2A-9C1B-77D0": a prefix and the first twelve hex digits of a hash, so the id follows from the data. */
export function hashId(prefix: string, hash: string): string {
  const h = hash.slice(0, 12).toUpperCase()
  return `${prefix}-${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8, 12)}`
}

/** Source numbers as a compact citation: [1, 2, 3, 7] → "[1–3, 7]". */
export function formatCitations(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  if (sorted.length === 0) return ''
  const parts: string[] = []
  let start = sorted[0] as number
  let prev = start
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n
      continue
    }
    parts.push(start === prev ? String(start) : prev === start + 1 ? `${start}, ${prev}` : `${start}–${prev}`)
    start = n
    prev = n
  }
  return `[${parts.join(', ')}]`
}
