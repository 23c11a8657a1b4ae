import { describe, expect, test } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { findBank } from '@shared/bank/bank-registry'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { bandCounts } from '@shared/portfolio/portfolio-summary'
import { portfolioRows } from '@shared/portfolio/portfolio-rows'
import { buildReportModel } from '@shared/report/report-model'
import { changeSinceLastText } from '@shared/report/compared-as-signed'
import type { Answer } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { assessment, engagement } from '../helpers/portfolio-fixtures'
import { exampleReportInput } from '../helpers/example-report'
import { lowestAnswers } from './fixtures/scoring-helpers'

/*
 * Bank 2026.8 (DECISIONS 222): an answer carried forward from the last cycle and not confirmed for this one does not
 * settle its question. A cycle signed on last year's answers had read as a settled "Low" on the portfolio
 * (vendor-manager review: 47 of 49 answers carried, never confirmed).
 */

const BANK_2026_7 = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.7' }) as QuestionBank
const carriedAll = (answers: Record<string, Answer>) =>
  Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { ...a, carried: true }]))
const score = (bank: QuestionBank, answers: Record<string, Answer>) =>
  scoreAssessment({ bank, profiles: ['united-kingdom'], kind: 'annual', answers })

describe('a carried answer settles its question only once confirmed (bank 2026.8)', () => {
  const safe = lowestAnswers(CORE_BANK)

  test('every answer carried and unconfirmed: scored as chosen, but insufficient information, overall and in every section', () => {
    const confirmed = score(CORE_BANK, safe)
    const carried = score(CORE_BANK, carriedAll(safe))
    expect(confirmed.sufficiency.status).toBe('sufficient')
    expect(carried.overall.rounded).toBe(confirmed.overall.rounded)
    expect(carried.coverage.carriedUnconfirmed).toBe(carried.coverage.visible)
    expect(carried.coverage.covered).toBe(0)
    expect(carried.sufficiency.status).toBe('insufficient')
    expect(carried.provisional).toBe(true)
    expect(carried.sections.filter((s) => s.visibleCount > 0).map((s) => s.sufficiency)).toEqual(
      carried.sections.filter((s) => s.visibleCount > 0).map(() => 'insufficient')
    )
  })

  test('confirming enough of them settles the result again: coverage counts each confirmed answer', () => {
    const full = score(CORE_BANK, safe)
    const ids = full.lines.filter((l) => l.status === 'answered').map((l) => l.questionId)
    const visible = full.coverage.visible
    // confirm all but two: above the 80 % threshold
    const answers = { ...safe, ...carriedAll(Object.fromEntries(ids.slice(0, 2).map((id) => [id, safe[id]!]))) }
    const r = score(CORE_BANK, answers)
    expect(r.coverage.carriedUnconfirmed).toBe(2)
    expect(r.coverage.covered).toBe(visible - 2)
    expect(r.sufficiency.status).toBe('sufficient')
  })

  test('an assessment pinned to 2026.7 scores as it was signed: its carried answers still count as settled', () => {
    const r = score(BANK_2026_7, carriedAll(lowestAnswers(BANK_2026_7)))
    expect(r.coverage.covered).toBe(r.coverage.visible)
    expect(r.sufficiency.status).toBe('sufficient')
  })

  test('the portfolio counts a final signed on unconfirmed carried answers as insufficient, not as a settled Low', () => {
    const e = engagement('e1')
    const rowsFor = (answers: Record<string, Answer>) =>
      portfolioRows([e], [assessment('a1', 'e1', answers, { finalizedAt: '2026-11-01T10:00:00.000Z' })], [CORE_BANK], '2026-12-07')
    const settled = rowsFor(safe)
    const carried = rowsFor(carriedAll(safe))
    expect(settled[0]?.sufficiency).toBe('sufficient')
    expect(bandCounts(settled).low).toBe(1)
    expect(carried[0]?.sufficiency).toBe('insufficient')
    expect(bandCounts(carried).low).toBe(0)
    expect(bandCounts(carried).insufficient).toBe(1)
  })

  test('a carried answer to a question that could decide the result is open, as an unsure one is (counsel review)', () => {
    // the UK review of the example, its deciding answers carried and not confirmed: coverage stays above the threshold
    const decisive = ['SUP-01', 'HIR-01', 'HIR-02', 'SCH-01', 'PAY-01', 'PAY-04', 'UK-01', 'UK-02']
    const input = exampleReportInput('managed-contact-centre.json', {
      assessment: ({ signOff: _signed, ...a }) => ({
        ...a,
        status: 'draft',
        answers: { ...a.answers, ...carriedAll(Object.fromEntries(decisive.map((id) => [id, a.answers[id]!]))) }
      })
    })
    const carried = scoreAssessment({
      bank: input.bank,
      profiles: input.assessment.profiles,
      kind: 'annual',
      answers: input.assessment.answers
    })
    expect(carried.sufficiency.status).toBe('sufficient')
    expect(carried.sufficiency.decisiveUnanswered).toEqual(expect.arrayContaining(['PAY-04']))
    expect(buildReportModel(input).recommendation.headline).toBe('Answer the open questions that could decide the result, then re-assess')
    // the same answers under 2026.7 settle, as they did when such finals were signed
    const asIn2026_7 = scoreAssessment({
      bank: BANK_2026_7,
      profiles: input.assessment.profiles,
      kind: 'annual',
      answers: input.assessment.answers
    })
    expect(asIn2026_7.sufficiency.decisiveUnanswered).toEqual([])
  })

  test('the report says so: the incomplete headline, the carried answers in the provisional note, no coverage row counting them', () => {
    // a draft: a signed final's answers cannot change under its sign-off
    const input = exampleReportInput('managed-contact-centre.json', {
      assessment: ({ signOff: _signed, ...a }) => ({ ...a, status: 'draft', answers: carriedAll(a.answers) })
    })
    expect(input.bank.version).toBe(CORE_BANK.version)
    const model = buildReportModel(input)
    expect(model.recommendation.headline).toBe('Insufficient information: complete the assessment before relying on it')
    expect(model.recommendation.provisionalNote).toMatch(
      /unanswered and unsure questions, and answers carried forward but not confirmed, may hide risk/
    )
    // the trend and the change since last cycle do not read a score on unconfirmed answers as a band or an improvement
    const current = model.trend.find((p) => p.current)
    expect(current?.sufficient).toBe(false)
    expect(current?.resultLabel).toBe('Insufficient info.')
    expect(model.trend.filter((p) => !p.current).every((p) => p.resultLabel === p.bandLabel)).toBe(true)
    expect(model.changes).not.toBeNull()
    expect(changeSinceLastText(model.changes!)).toMatch(
      /\(was \d+\.\d [A-Z][a-z]+\); this result rests on too little information to read the change as one$/
    )
    const labels = model.coverage.rows.map((r) => r.label)
    expect(labels).toContain('Carried forward, not re-confirmed')
    expect(labels).not.toContain('Settled, counting carried-forward answers')
  })
})
