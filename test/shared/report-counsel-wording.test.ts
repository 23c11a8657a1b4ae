import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { scoreExplanation } from '@shared/report/explanation-model'
import { recommend } from '@shared/report/recommendation'
import { BAND_MEANING } from '@shared/report/render/method'
import { buildReportModel } from '@shared/report/report-model'
import type { Answer } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import type { ScoreResult } from '@shared/scoring/score-types'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { exampleReportInput } from '../helpers/example-report'

/**
 * What employment counsel read in a report: each statement true of the law applied and of the numbers
 * printed beside it. Found by reading generated reports (India, Philippines, multi-country) as counsel.
 */

const draft = makeReportFixture({ status: 'draft' })

/** A draft under the given profiles with the given answers, scored by the engine. */
function reportFor(profiles: string[], answers: Record<string, Answer>, title = draft.input.assessment.title) {
  const assessment = { ...draft.input.assessment, title, profiles, answers }
  const result = scoreAssessment({ bank: DEFAULT_BANK, profiles, kind: assessment.kind, answers })
  return { result, model: buildReportModel({ ...draft.input, assessment, result }) }
}

// an interview veto (a knock-out answer) and little else: a red flag on insufficient information
const FEW: Record<string, Answer> = {
  'HIR-01': { choice: 'client-interviews', contractChoice: 'vendor-reserved' },
  'SUP-01': { choice: 'direct-occasional', contractChoice: 'vendor-reserved' },
  'GOV-01': { choice: 'business-reviews' }
}

describe('knock-out answers under a law that treats them as evidence only (India)', () => {
  const india = reportFor(['india'], FEW)

  it('the step that clears the knock-out clears a red flag, but lifts no decisive factor the law does not count', () => {
    expect(india.result.overall.decisiveFactors).toBe(0)
    const finding = india.model.findings.find((f) => f.questionId === 'HIR-01')!
    expect(finding.effect).toContain('clears its red flag')
    expect(finding.effect).not.toContain('decisive factor')
  })

  it('under a law where knock-outs decide (the Philippines) the same step does lift a decisive factor', () => {
    const ph = reportFor(['philippines'], FEW)
    expect(ph.result.overall.decisiveFactors).toBeGreaterThan(0)
    expect(ph.model.findings.find((f) => f.questionId === 'HIR-01')!.effect).toContain('lifts a decisive factor')
  })

  it('the recommendation does not say the red flag decides on its own under Indian law', () => {
    const reason = recommend(india.result, DEFAULT_BANK).reasons[0]!
    expect(reason).toContain('the law of India')
    expect(reason).toContain('does not treat as deciding on their own')
    expect(reason).not.toMatch(/evidence of joint employment on their own/)
  })

  it('under a mix of laws both readings are said', () => {
    const mixed = reportFor(['india', 'philippines'], FEW)
    const reason = recommend(mixed.result, DEFAULT_BANK).reasons[0]!
    expect(reason).toContain('under the law of India they are weighed as evidence but do not decide on their own')
  })
})

describe('what the method section says a red flag is', () => {
  const redFlagParagraph = (profiles: string[]) =>
    reportFor(profiles, FEW)
      .model.method.flatMap((m) => m.paragraphs)
      .find((p) => p.includes('red flags (knock-outs)'))!

  it('under Indian law alone a red flag is evidence, not a decision, and no law is called joint employment', () => {
    const text = redFlagParagraph(['india'])
    expect(text).toContain('Under the law of India they are weighed as evidence in the points but do not decide on their own')
    expect(text).not.toContain('strong evidence of joint employment')
  })

  it('under a mix, the exception is named', () => {
    expect(redFlagParagraph(['philippines', 'united-kingdom'])).toContain(
      "strong evidence that you are the agents' employer or joint employer, except under the law of the United Kingdom"
    )
  })
})

describe('the risk bands table states what each band means in law', () => {
  it("Critical is an applied law's own test of employment (often structural), not only control signals of joint employment", () => {
    expect(BAND_MEANING.critical).toContain("an applied law's own test of employment by you")
    expect(BAND_MEANING.critical).not.toMatch(/^Control signals/)
    expect(BAND_MEANING.high).toContain('capable of deciding on its own')
  })
})

describe('missing information is never shown as a plain Low band', () => {
  it('on insufficient information the band after each step of the action plan, and in each finding, is provisional', () => {
    const { result, model } = reportFor(['india'], FEW)
    expect(result.sufficiency.status).toBe('insufficient')
    expect(model.actions.length).toBeGreaterThan(0)
    // a Critical cannot rise, so it stays plain (band-provisional.ts); every other projected band is provisional
    // and a Low on so little is not named at all: "2.3, no band yet" (counsel and vendor-manager reviews)
    for (const row of model.actions) expect(row.scoreAfter).toMatch(/Critical$|, provisional$|^\d+\.\d, no band yet$/)
    expect(model.actions.some((row) => /, provisional$|, no band yet$/.test(row.scoreAfter))).toBe(true)
    for (const row of model.actions) expect(row.scoreAfter).not.toMatch(/Low/)
    for (const f of model.findings)
      if (f.effect?.startsWith('Step')) expect(f.effect).toMatch(/(, provisional|no band yet)\)\. What the action achieves/)
  })

  it('on sufficient information with nothing decisive left open the band stands alone', () => {
    const input = makeReportFixture().input
    expect(input.result.sufficiency.status).toBe('sufficient')
    // each step carries what is still open after it (RemediationItem.sufficiencyAfter): here nothing
    const none = { status: 'sufficient' as const, decisiveUnanswered: [] }
    const remediation = input.result.remediation.map((r) => ({ ...r, sufficiencyAfter: none }))
    const settled = {
      ...input,
      result: { ...input.result, sufficiency: { ...input.result.sufficiency, decisiveUnanswered: [] }, remediation }
    }
    for (const row of buildReportModel(settled).actions) expect(row.scoreAfter).not.toContain('provisional')
  })

  it('a question still open that could decide the result keeps every projected band provisional until a step settles it, whatever the coverage', () => {
    const input = makeReportFixture().input
    // no step of this plan settles PH-02: it is open after each (test/shared/step-band-settles.test.ts has one that does)
    const stillOpen = { status: 'sufficient' as const, decisiveUnanswered: ['PH-02'] }
    const remediation = input.result.remediation.map((r) => ({ ...r, sufficiencyAfter: stillOpen }))
    const open = {
      ...input,
      result: { ...input.result, sufficiency: { ...input.result.sufficiency, decisiveUnanswered: ['PH-02'] }, remediation }
    }
    const model = buildReportModel(open)
    expect(model.actions.length).toBeGreaterThan(0)
    // a Critical cannot rise, so it stays plain (band-provisional.ts); every other projected band is provisional
    for (const row of model.actions) expect(row.scoreAfter).toMatch(/Critical$|, provisional$/)
    expect(model.actions.some((row) => row.scoreAfter.endsWith(', provisional'))).toBe(true)
    expect(model.recommendation.reasons.join(' ')).toContain('Still open and able to decide the result on their own: PH-02')
    // the method section does not say "not provisional" beside it: it names the open questions
    expect(model.coverage.openDecisive).toEqual(['PH-02'])
  })

  it('a section with nothing answered is "Not assessed" in the report model, never a score of 0.0', () => {
    const { result, model } = reportFor(['india'], FEW)
    const untouched = result.sections.filter((s) => s.visibleCount > 0 && s.sufficiency === 'not-assessed').map((s) => s.sectionId)
    expect(untouched.length).toBeGreaterThan(0)
    for (const s of model.sections) expect(s.notAssessed, s.id).toBe(untouched.includes(s.id))
  })

  it('each step says the answer its effect was measured with, since the action may not reach it', () => {
    const { model } = reportFor(['india'], FEW)
    for (const row of model.actions) expect(row.action).toMatch(/\nEffect measured as if the answer becomes “[^”]+”/)
  })
})

describe('the score explanation adds up as printed', () => {
  it('the amplifier and decisive parts are the differences of the printed numbers', () => {
    const base = draft.input.result
    // exact parts 2.12 and 67.17 would round to 2.1 and 67.2, which do not add up to 23.2 and 90.4
    const result: ScoreResult = {
      ...base,
      amplification: { ...base.amplification, total: 0.2, capped: false },
      overall: {
        ...base.overall,
        rawScore: 21.04,
        amplifiedScore: 23.16,
        answersScore: 23.16,
        decisiveLift: 67.2,
        score: 90.36,
        decisiveFactors: 2
      }
    }
    const [answers, decisive] = scoreExplanation(result)
    expect(answers).toContain('The answers alone score 23.2 out of 100: 21.0 from the points the answers carry, plus 2.2 from amplifiers')
    expect(decisive).toContain('add 67.2, giving the overall score of 90.4')
  })
})

describe('the assessment title is printed as typed', () => {
  it('the scope sentence does not lower-case a title', () => {
    const { model } = reportFor(['india'], FEW, 'India annual 2026')
    expect(model.assessment.scopeSentence).toContain('This report reviews the India annual 2026 (')
  })
})

describe("a finding's recommendation is the advice the action plan gives", () => {
  const headcount: Record<string, Answer> = { ...FEW, 'CON-01': { choice: 'headcount-supply' }, 'INT-05': { choice: 'partial-overlap' } }

  it.each([['mexico'], ['philippines'], ['colombia']])('under %s it never suggests a staffing arrangement the law prohibits', (profile) => {
    const { model } = reportFor([profile], headcount)
    const finding = model.findings.find((f) => f.questionId === 'CON-01')!
    expect(finding.recommendation.join(' ')).not.toMatch(/staffing arrangement/)
    const step = model.actions.find((a) => a.questionId === 'CON-01')!
    expect(step.action.replace(/\nEffect measured as if the answer becomes .*$/, '')).toBe(finding.recommendation.join('\n'))
  })

  it('where staffing is lawful (United States) the alternative stays', () => {
    const { model } = reportFor(['us-federal'], headcount)
    expect(model.findings.find((f) => f.questionId === 'CON-01')!.recommendation.join(' ')).toMatch(/staffing arrangement/)
  })

  it("an amplifier's finding gives the bank's advice, as its action-plan step does, not 'no specific change'", () => {
    const { model } = reportFor(['mexico'], headcount)
    const finding = model.findings.find((f) => f.questionId === 'INT-05')!
    expect(finding.recommendation.join(' ')).toContain("Define the vendor's scope")
  })
})

describe('clearing an exposure is not lifting a decisive factor', () => {
  it('California § 2810.3 shared wage liability lifts nothing, so its step does not say it lifts a decisive factor', () => {
    const { result, model } = reportFor(['us-federal', 'us-california'], {
      ...FEW,
      'HIR-01': { choice: 'vendor-selects' },
      'CA-01': { choice: 'on-site-unverified' }
    })
    expect(result.decisive.some((d) => d.ruleId === 'ca-client-employer' && d.nature === 'exposure')).toBe(true)
    const effect = model.findings.find((f) => f.questionId === 'CA-01')!.effect!
    expect(effect).toMatch(/^Step \d+ of the action plan/)
    expect(effect).not.toContain('decisive factor')
  })

  it('the exposure is printed as an exposure, not under "Decisive"', () => {
    const { model } = reportFor(['us-federal', 'us-california'], { ...FEW, 'CA-01': { choice: 'on-site-unverified' } })
    const finding = model.findings.find((f) => f.questionId === 'CA-01')!
    expect(finding.decisive).toBeNull()
    expect(finding.exposure).toContain('Client employer under Labor Code § 2810.3')
  })
})

describe('an acceptance with a delivery country not assessed under its own law', () => {
  it('is qualified in the headline (UK example, delivered from Poland), not an unqualified "Accept"', async () => {
    const { exampleReportInput } = await import('../helpers/example-report')
    const { RECOMMENDATION_HEADLINES, qualifiedAcceptHeadline } = await import('@shared/report/recommendation')
    const model = buildReportModel(exampleReportInput('managed-contact-centre.json', { assessmentId: 'asm-lodz-2026' }))
    expect(model.recommendation.kind).toBe('accept')
    expect(model.recommendation.headline).toBe(qualifiedAcceptHeadline('Poland'))
    expect(model.recommendation.headline).not.toBe(RECOMMENDATION_HEADLINES.accept)
    expect(model.recommendation.reasons.at(-1)).toMatch(/^Delivery from Poland was not assessed under local law/)
  })
})

describe('a result given no band does not speak of "the band" (counsel review)', () => {
  it('the open questions say no band is given yet; the scope names the questionnaire in a sentence of its own', () => {
    const input = exampleReportInput('onboarding-pre-contract.json')
    const model = buildReportModel(input)
    expect(input.result.sufficiency.status).not.toBe('sufficient')
    expect(input.result.overall.band).toBe('low')
    expect(input.result.sufficiency.decisiveUnanswered.length).toBeGreaterThan(0)
    const reasons = model.recommendation.reasons.join(' ')
    expect(reasons).toMatch(
      /answered, the result could still rise on them alone, whatever else is answered \(no band is given yet in any case, as too little is answered\), and any band the action plan projects/
    )
    expect(reasons).not.toContain('the band could still rise')
    // "no reviewer has signed it off, using …" read as if the reviewer had used the bank
    expect(model.assessment.scopeSentence).toMatch(
      /no reviewer has signed it off\. Its questions are those of .+ \(armslength-core version/
    )
  })
})
