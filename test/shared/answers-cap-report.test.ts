import { describe, expect, it } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { buildReportModel } from '@shared/report/report-model'
import { scoreAssessment } from '@shared/scoring/score'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { riskiestWithoutOwnTest } from '../helpers/riskiest-answers'
import type { Answer } from '@shared/schemas/assessment'

/** A final report on the fixture engagement, scored under one capped law alone with control points above High. */
function cappedReport(profileId = 'united-kingdom', extra: Record<string, Answer> = {}) {
  const { input } = makeReportFixture({ bank: CORE_BANK })
  const answers = { ...riskiestWithoutOwnTest(CORE_BANK, profileId), ...extra }
  const assessment = { ...input.assessment, profiles: [profileId], answers, reviews: {} }
  const result = scoreAssessment({ bank: CORE_BANK, profiles: assessment.profiles, kind: assessment.kind, answers })
  return { result, model: buildReportModel({ ...input, assessment, result }) }
}

describe('the cap (bank 2026.5) is explained wherever the report gives the score (counsel review)', () => {
  const { result, model } = cappedReport()

  it('the premise: the answers alone reach Critical, the score is held at 74.9 and TUPE, an exposure, fired', () => {
    expect(result.overall).toMatchObject({ score: 74.9, answersCapped: true })
    expect(result.overall.answersScore).toBeGreaterThan(75)
    expect(result.decisive.map((d) => d.ruleId)).toContain('uk-tupe')
  })

  it('the executive summary says no employment test is met, not that no rule fired (TUPE did)', () => {
    const held = model.overall.explanation[1]
    expect(held).toMatch(/which none of its employment tests finds met, so the overall score is held at 74\.9/)
    expect(held).not.toMatch(/none of its rules/)
  })

  it('the recommendation says why the score is held, and not that decisive factors lift it below the answers', () => {
    const reasons = model.recommendation.reasons.join('\n')
    expect(reasons).toContain('Under the law of the United Kingdom the answers alone do not decide employment')
    expect(reasons).not.toMatch(/lifts? the score from/)
  })

  it("the capped law's row in the law table says it is held, at what, and what the answers alone score", () => {
    const row = model.lawVerdicts.find((v) => v.name === 'United Kingdom')
    const answers = result.overall.answersScore.toFixed(1)
    expect(row?.capLine).toBe(
      `Held at 74.9, the top of the High band: the answers alone score ${answers}, but this law finds employment only on its own test, which none of its employment tests finds met.`
    )
  })

  it('the method no longer says every decisive factor lifts the score above the answers alone, and names the cap', () => {
    const method = model.method.flatMap((m) => m.paragraphs).join('\n')
    expect(method).not.toContain('every decisive factor that fired lifts the score above what the answers alone give')
    expect(method).toContain(
      'The law of the United Kingdom finds employment only on its own test: until one of its employment tests is met, the score under it is held at the top of the High band (74.9)'
    )
  })

  it('an action-plan step at the cap says what it removes from the answers, not "from 74.9 to 74.9"', () => {
    // under Indian law the same kind of answers sit far enough above the cap that the first steps leave it in place
    // Since 2026.7 discipline you decide is one of India's own test's facts, but only with appointment: without HIR-01's
    // interviews it stays control points (Balwant Rai Saluja), which keep the answers far above the cap
    const india = cappedReport('india', { 'HIR-04': { choice: 'client-decides', contractChoice: 'client-directs' } })
    expect(india.result.decisive.filter((d) => d.nature === 'employment')).toEqual([])
    expect(india.result.remediation[0]).toMatchObject({ scoreBefore: 74.9, newScore: 74.9 })
    const effects = india.model.findings.map((f) => f.effect ?? '')
    const first = effects.find((e) => e.startsWith('Step 1 '))
    expect(first).toMatch(/it lowers what the answers alone score by \d+\.\d, from \d+\.\d to \d+\.\d/)
    expect(first).toMatch(/the overall score stays at 74\.9 \(High[^)]*\), held at the top of its band/)
    for (const e of effects) expect(e).not.toContain('from 74.9 to 74.9')
  })

  it('a law without the cap gets no cap line and the method says nothing of it', () => {
    const { input } = makeReportFixture({ bank: CORE_BANK })
    const row = buildReportModel(input).lawVerdicts
    expect(row.every((v) => v.capLine === null)).toBe(true)
    expect(
      buildReportModel(input)
        .method.flatMap((m) => m.paragraphs)
        .join('\n')
    ).not.toMatch(/finds? employment only on (its|their) own test/)
  })
})
