import { describe, expect, it } from 'vitest'
import { buildReportModel } from '@shared/report/report-model'
import { exampleReportInput } from '../helpers/example-report'

// counsel review: the example finals, signed in 2025 and 2026, name a bank published in December 2026
const bankRow = (model: ReturnType<typeof buildReportModel>) => model.assessment.scopeSentence

describe('the question bank in the scope sentence', () => {
  it('gives its publication date, and says so when it is after the final’s sign-off', () => {
    const final = exampleReportInput('managed-contact-centre.json')
    const signed = final.assessment.signOff!.finalizedAt.slice(0, 10)
    expect(signed < final.bank.publishedOn).toBe(true)
    expect(bankRow(buildReportModel(final))).toMatch(
      /version 2026\.8, published 7 December 2026, after this assessment's sign-off on 5 October 2026: one of the two dates is wrong\)\.$/
    )
  })

  it('gives only the date for a draft, which no sign-off dates', () => {
    const draft = exampleReportInput('managed-contact-centre.json', {
      assessment: (a) => ({ ...a, status: 'in-review' as const, signOff: undefined })
    })
    expect(bankRow(buildReportModel(draft))).toMatch(/version 2026\.8, published 7 December 2026\)\.$/)
  })
})
