import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { DUE_SOON_DAYS, portfolioRowsFromRefs, type ResultRef } from '@shared/portfolio/portfolio-rows'
import { engagementFinals, latestAssessment } from '@shared/portfolio/latest-assessment'
import { resultSummaryOf } from '@shared/store/result-summary'
import { addMonths, dueAfterCycle, dueStatus } from '@shared/workflow/due'
import { isSignedFinal } from '@shared/workflow/signed-final'
import type { Engagement } from '@shared/schemas/engagement'
import { benchAssessment, benchEngagement } from '../bench/data'

/*
 * A portfolio row counts an engagement's finals and cycles once (engagementFinals) and hands them to its latest
 * assessment, trend and due date; before, each counted them again, and each cycle rebuilt a lookup of the finals.
 * The oracle below is that per-row computation as it was, copied: the rows must not have changed.
 */
type In = ResultRef
type Signed = In & { signOff: { finalizedAt: string } }
const wasSigned = (a: In): a is Signed => a.status === 'final' && a.signOff !== undefined

function oldLinkProblem(revision: In, all: readonly In[]): string | null {
  const targetId = revision.revisionOfId
  if (targetId === undefined) return null
  if (targetId === revision.id) return 'self'
  const target = all.find((a) => a.id === targetId)
  if (!target) return 'missing'
  if (target.engagementId !== revision.engagementId) return 'other engagement'
  if (!wasSigned(target)) return 'not signed'
  if (target.signOff.finalizedAt > revision.createdAt) return 'later'
  return null
}

function oldStanding(all: readonly In[]): { final: Signed; firstFinalizedAt: string; corrected: number }[] {
  const replaced = new Set<string>()
  for (const a of all) if (wasSigned(a) && a.revisionOfId !== undefined && oldLinkProblem(a, all) === null) replaced.add(a.revisionOfId)
  const cycleOf = (final: Signed) => {
    const byId = new Map(all.filter(wasSigned).map((a) => [a.id, a]))
    let first = final
    const seen = new Set([final.id])
    const parentOf = (a: Signed) => (oldLinkProblem(a, all) === null ? byId.get(a.revisionOfId ?? '') : undefined)
    for (let parent = parentOf(first); parent && !seen.has(parent.id); parent = parentOf(first)) {
      seen.add(parent.id)
      first = parent
    }
    return { firstFinalizedAt: first.signOff.finalizedAt, corrected: seen.size - 1 }
  }
  return all
    .filter((a): a is Signed => wasSigned(a) && !replaced.has(a.id))
    .map((final) => ({ final, ...cycleOf(final) }))
    .sort(
      (a, b) =>
        a.firstFinalizedAt.localeCompare(b.firstFinalizedAt) ||
        a.final.signOff.finalizedAt.localeCompare(b.final.signOff.finalizedAt) ||
        a.final.id.localeCompare(b.final.id)
    )
}

function oldFinalsOf(engagementId: string, all: readonly In[]): Signed[] {
  return all
    .filter((a): a is Signed => a.engagementId === engagementId && wasSigned(a))
    .sort((a, b) => a.signOff.finalizedAt.localeCompare(b.signOff.finalizedAt) || a.id.localeCompare(b.id))
}

/** What the row showed: its assessment, the trend's finals and cycles, and the due date. */
function oldRow(e: Engagement, own: readonly In[], today: string) {
  const standing = oldStanding(oldFinalsOf(e.id, own))
  const drafts = own
    .filter((a) => a.engagementId === e.id && !wasSigned(a))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))
  const latest = standing.at(-1)?.final ?? drafts.at(-1) ?? null
  // dueStatus as it was: every signed final of the engagement, latest signature last, then its cycles
  const finals = own
    .filter((a): a is Signed => a.engagementId === e.id && a.status === 'final' && !!a.signOff)
    .sort((a, b) => (a.signOff.finalizedAt < b.signOff.finalizedAt ? -1 : 1))
  const lastCycle = oldStanding(finals).at(-1)?.firstFinalizedAt ?? null
  const dueDate = lastCycle ? addMonths(lastCycle.slice(0, 10), e.reviewIntervalMonths) : e.createdAt.slice(0, 10)
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
  return {
    assessmentId: latest?.id ?? null,
    isDraft: latest !== null && !wasSigned(latest),
    trend: standing.map((s) => ({ id: s.final.id, cycleOn: s.firstFinalizedAt.slice(0, 10), corrected: s.corrected })),
    due: { dueDate, overdue: days < 0, dueSoon: days >= 0 && days <= DUE_SOON_DAYS, daysUntilDue: days }
  }
}

const iso = (day: number, hour: number): string => new Date(Date.UTC(2025, 0, 1 + day, hour)).toISOString()

/** One assessment: few days, so dates tie often; a link to any id of the data (its own, a draft, another engagement's) or none. */
const specArb = fc.record({
  engagement: fc.nat(2),
  status: fc.constantFrom('draft', 'in-review', 'final', 'final', 'final'),
  // a final without its sign-off (refused where a file is read) or a draft with one is no signed final
  odd: fc.nat(9).map((n) => n === 0),
  createdDay: fc.nat(6),
  signedAfter: fc.nat(3),
  link: fc.option(fc.oneof(fc.nat(11), fc.constant(-1)), { freq: 2 })
})

describe('a portfolio row counts its cycles once', () => {
  const engagements = [1, 2, 3].map((i) => ({ ...benchEngagement(i), status: 'active' as const }))
  // every ref carries the same scored summary: the rows compared here turn on dates, statuses and links, not results
  const result = resultSummaryOf(benchAssessment(engagements[0]!, 0, 'final'), BUILTIN_BANKS)

  test('the rows equal the per-row computation as it was (latest assessment, trend cycles, due date)', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 12 }), fc.nat(800), (specs, todayDay) => {
        const refs: ResultRef[] = specs.map((s, n) => {
          const signed = s.status === 'final' ? !s.odd : s.odd
          const link = s.link === null ? undefined : s.link === -1 ? 'nowhere' : `a${s.link % Math.max(1, specs.length)}`
          return {
            id: `a${n}`,
            engagementId: engagements[s.engagement]!.id,
            rev: 1,
            kind: 'annual',
            status: s.status as ResultRef['status'],
            title: `A ${n}`,
            createdAt: iso(s.createdDay, 8),
            updatedAt: iso(s.createdDay + s.signedAfter, 9),
            ...(signed ? { signOff: { finalizedAt: iso(s.createdDay + s.signedAfter, 10) } } : {}),
            ...(link !== undefined ? { revisionOfId: link } : {}),
            result
          }
        })
        const today = iso(todayDay, 0).slice(0, 10)
        const rows = portfolioRowsFromRefs(engagements, refs, today, BUILTIN_BANKS)
        expect(rows).toHaveLength(engagements.length)
        for (const row of rows) {
          const e = engagements.find((x) => x.id === row.engagementId)!
          const own = refs.filter((r) => r.engagementId === e.id)
          expect({
            assessmentId: row.assessment?.id ?? null,
            isDraft: row.isDraft,
            trend: row.trend.map((t) => ({ id: t.assessmentId, cycleOn: t.cycleOn, corrected: t.corrected })),
            due: row.due
          }).toEqual(oldRow(e, own, today))
          // the whole-assessment paths give the same: the latest with its own count, and dueStatus
          const finals = engagementFinals(e.id, own)
          expect(latestAssessment(e.id, own)).toBe(latestAssessment(e.id, own, finals))
          const { lastFinal: _lastFinal, ...due } = dueStatus(e, own, today)
          expect(dueAfterCycle(e, finals.standing.at(-1)?.cycle.firstFinalizedAt ?? null, today)).toEqual(due)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('one rule for a signed final', () => {
  test('a final with its sign-off, and nothing else', () => {
    const signOff = { finalizedAt: '2026-01-02T10:00:00.000Z' }
    expect(isSignedFinal({ status: 'final', signOff })).toBe(true)
    expect(isSignedFinal({ status: 'final' })).toBe(false)
    expect(isSignedFinal({ status: 'final', signOff: undefined })).toBe(false)
    expect(isSignedFinal({ status: 'in-review', signOff })).toBe(false)
    expect(isSignedFinal({ status: 'draft', signOff })).toBe(false)
  })

  test('due after a cycle: its interval after the cycle began, or the engagement start with none', () => {
    const e = { createdAt: '2025-01-15T08:00:00.000Z', reviewIntervalMonths: 6 }
    expect(dueAfterCycle(e, '2025-08-31T16:00:00.000Z', '2026-02-28')).toEqual({ dueDate: '2026-02-28', overdue: false, daysUntilDue: 0 })
    expect(dueAfterCycle(e, '2025-08-31T16:00:00.000Z', '2026-03-01')).toEqual({ dueDate: '2026-02-28', overdue: true, daysUntilDue: -1 })
    expect(dueAfterCycle(e, null, '2025-01-10')).toEqual({ dueDate: '2025-01-15', overdue: false, daysUntilDue: 5 })
  })
})
