import { expect, test } from 'vitest'
import { buildReportModel } from '@shared/report/report-model'
import { exampleReportInput } from '../helpers/example-report'

/* Bank 2026.6: a rule whose facts hold but that the answers rebut is said beside its law's verdict, in the report. */

const withCapital = (unsure: boolean) =>
  buildReportModel(
    exampleReportInput('philippines-unregistered-vendor.json', {
      assessment: (a) => ({ ...a, answers: { ...a.answers, 'PH-02': { choice: 'substantial', ...(unsure ? { unsure: true } : {}) } } })
    })
  )

test('the law table says the Philippine presumption is rebutted on the answers, naming them; the verdict is no longer the presumption', () => {
  const [ph] = withCapital(false).lawVerdicts
  expect(ph?.rebutted).toEqual([
    'Rebuttal on record, still to be proven if challenged: A contractor not registered with DOLE, answered by PH-02, PH-05, SUP-01, SUP-04, HIR-02, HIR-04, PAY-01, CON-01; it does not raise the result on these answers'
  ])
  expect(ph?.verdict).not.toMatch(/presumption/)
  expect(ph?.fired).toBeNull()
})

test('an unsure answer rebuts nothing: the presumption is the verdict and nothing is said rebutted', () => {
  const [ph] = withCapital(true).lawVerdicts
  expect(ph?.rebutted).toEqual([])
  expect(ph?.verdict).toMatch(/^A presumption, not a finding/)
})
