import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { scoreAssessment, scoreSummary } from '@shared/scoring/score'
import { reportInputFor, reportedAssessment, reportedSummary } from '@shared/report/report-input'
import { GENERATED_AT, makeAssessment, makeEngagement } from '../fixtures/report-fixtures'

const engagement = makeEngagement()
const assessments = [1, 2, 3, 4].map((cycle) => makeAssessment({ cycle, status: 'final', engagement }))
const current = assessments[3]!
const inputOf = (a = current) => ({ bank: DEFAULT_BANK, profiles: a.profiles, kind: a.kind, answers: a.answers })

describe('a score without its action plan', () => {
  it('is every other field of the full score, as the full score gives it', () => {
    for (const a of assessments) {
      const { remediation, ...rest } = scoreAssessment(inputOf(a))
      // the plan is real on this data, so leaving it out is a real saving and not a field that was empty anyway
      expect(remediation.length).toBeGreaterThan(0)
      expect(scoreSummary(inputOf(a))).toEqual(rest)
      expect(Object.keys(scoreSummary(inputOf(a)))).toEqual(Object.keys(rest))
    }
  })

  it('gives a packet entry the same checks, result and fingerprint as the report, and a report its plan but not its history’s', () => {
    const source = { engagement, assessments, assessmentId: current.id, banks: [DEFAULT_BANK] }
    const full = reportedAssessment(source)
    const summary = reportedSummary(source)
    if (!full.ok || !summary.ok) throw new Error('the fixture must be reportable')
    const { remediation, ...rest } = full.value.result
    expect(summary.value).toEqual({ ...full.value, result: rest })
    const input = reportInputFor({ ...source, generatedAt: GENERATED_AT })
    if (!input.ok) throw new Error('the fixture must be reportable')
    expect(input.value.result.remediation).toEqual(remediation)
    expect(input.value.history).toHaveLength(3)
    for (const past of input.value.history) expect(past.result).not.toHaveProperty('remediation')
  })

  it('refuses a final whose sign-off no longer holds, as the full one does', () => {
    const edited = { ...current, answers: { ...current.answers, [Object.keys(current.answers)[0]!]: { choice: 'edited-after-sign-off' } } }
    const source = { engagement, assessments: [edited], assessmentId: edited.id, banks: [DEFAULT_BANK] }
    const full = reportedAssessment(source)
    const summary = reportedSummary(source)
    expect(full.ok).toBe(false)
    expect(summary).toEqual(full)
  })
})
