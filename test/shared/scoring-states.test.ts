import { describe, expect, it } from 'vitest'
import { RULES_BANK } from './fixtures/test-bank-rules'
import { line, lowestAnswers, score } from './fixtures/scoring-helpers'

describe('scoreAssessment: answer states and coverage', () => {
  it('N/A with a reason scores nothing and counts as covered', () => {
    const result = score({ 'HIR-01': { na: true, naReason: 'No removal clause applies', choice: 'veto' } })
    expect(line(result, 'HIR-01')).toMatchObject({ status: 'na', points: 0, practiceOptionId: null })
    expect(result.redFlags).toEqual([])
    expect(result.coverage).toMatchObject({ na: 1, covered: 1 })
  })

  it('N/A without a reason, or where N/A is not allowed, is not N/A', () => {
    expect(line(score({ 'HIR-01': { na: true, naReason: '  ' } }), 'HIR-01').status).toBe('unanswered')
    const notAllowed = score({ 'SUP-01': { na: true, naReason: 'x', choice: 'client-occasionally' } })
    expect(line(notAllowed, 'SUP-01')).toMatchObject({ status: 'answered', points: 15 })
  })

  it('an unsure answer is scored on its choice but not covered', () => {
    const result = score({ 'HIR-02': { choice: 'client-sets', unsure: true } })
    expect(line(result, 'HIR-02')).toMatchObject({ status: 'unsure', points: 12 })
    expect(result.coverage).toMatchObject({ unsure: 1, covered: 0 })
  })

  it('a one-sided contract-and-practice answer is scored but partial', () => {
    const result = score({ 'SUP-02': { contractChoice: 'client-reserves' } })
    expect(line(result, 'SUP-02')).toMatchObject({ status: 'partial', combinedRisk: 1.5, points: 6, practiceRisk: null })
    expect(result.coverage).toMatchObject({ partial: 1, covered: 0 })
  })

  it('an option id the bank does not know is treated as no answer', () => {
    const result = score({ 'SUP-01': { choice: 'made-up' } })
    expect(line(result, 'SUP-01')).toMatchObject({ status: 'unanswered', points: 0 })
  })

  it('counts carried answers that were not re-confirmed', () => {
    const answers = lowestAnswers()
    answers['SUP-01'] = { choice: 'vendor-only', carried: true }
    answers['HIR-01'] = { choice: 'no', carried: true }
    answers['JUR-02'] = { choice: 'genuine-service', carried: true } // not visible without Germany
    const result = score(answers)
    expect(result.coverage).toMatchObject({ visible: 7, answered: 7, carriedUnconfirmed: 2, ratio: 1 })
  })

  it('marks the result provisional below the coverage threshold', () => {
    const answers = lowestAnswers()
    delete answers['INT-03']
    expect(score(answers).coverage.ratio).toBeCloseTo(6 / 7, 10)
    expect(score(answers).provisional).toBe(false)
    delete answers['INT-02']
    expect(score(answers).provisional).toBe(true)
  })

  it('all lowest-risk answers score 0 with full coverage', () => {
    const result = score(lowestAnswers(), ['philippines', 'germany'])
    expect(result.overall).toMatchObject({ score: 0, band: 'low' })
    expect(result.coverage.ratio).toBe(1)
    expect(result.remediation).toEqual([])
  })
})

describe('sufficiency: missing information is never shown as low risk', () => {
  it('nothing answered is "not assessed", and lists every open question that could decide the result', () => {
    const result = score({}, ['philippines'], 'annual', RULES_BANK)
    expect(result.sufficiency).toMatchObject({ status: 'not-assessed', coverageRatio: 0, threshold: 0.8 })
    // Knock-out questions (SUP-01, SUP-02, HIR-01, INT-03), the general rule's HIR-02 and the gate's JUR-01.
    expect(result.sufficiency.decisiveUnanswered).toEqual(['SUP-01', 'SUP-02', 'HIR-01', 'HIR-02', 'INT-03', 'JUR-01'])
    expect(result.sections.every((s) => s.visibleCount === 0 || s.sufficiency === 'not-assessed')).toBe(true)
  })

  it('below the coverage threshold is "insufficient", above it "sufficient"', () => {
    const answers = lowestAnswers()
    delete answers['INT-03']
    delete answers['INT-02']
    const thin = score(answers)
    expect(thin.sufficiency.status).toBe('insufficient')
    expect(thin.sufficiency.decisiveUnanswered).toEqual(['INT-03'])
    delete answers['HIR-01']
    answers['HIR-01'] = { choice: 'no' }
    answers['INT-02'] = { choice: 'separate' }
    expect(score(answers).sufficiency.status).toBe('sufficient')
  })

  it('an unsure answer keeps its question open, and a settled answer that cannot fire a rule closes it', () => {
    const unsure = score({ 'HIR-02': { choice: 'vendor', unsure: true } }, [], 'annual', RULES_BANK)
    expect(unsure.sufficiency.decisiveUnanswered).toContain('HIR-02')
    const settled = score({ 'HIR-02': { choice: 'vendor' } }, [], 'annual', RULES_BANK)
    expect(settled.sufficiency.decisiveUnanswered).not.toContain('HIR-02')
    expect(settled.sufficiency.status).toBe('insufficient')
  })

  it('a section with nothing touched is not assessed even when another section is', () => {
    const result = score({ 'HIR-01': { choice: 'no' }, 'HIR-02': { choice: 'vendor' } })
    expect(result.sections.find((s) => s.sectionId === 'people')?.sufficiency).toBe('sufficient')
    expect(result.sections.find((s) => s.sectionId === 'supervision')?.sufficiency).toBe('not-assessed')
  })
})
