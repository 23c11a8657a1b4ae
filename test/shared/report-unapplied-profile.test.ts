import { expect, it } from 'vitest'
import { RECOMMENDATION_HEADLINES, qualifiedAcceptHeadline } from '@shared/report/recommendation'
import { buildReportModel } from '@shared/report/report-model'
import { exampleReportInput } from '../helpers/example-report'

/**
 * An assessment's profiles are chosen when it is created. When a delivery country is added to the
 * engagement afterwards, a profile of the bank may cover it, but this assessment never applied that law:
 * the report must not accept without qualification.
 */
it('a delivery country added after the assessment was created (Germany, whose profile it never applied) qualifies an "Accept"', () => {
  const input = exampleReportInput('managed-contact-centre.json', {
    assessmentId: 'asm-lodz-2026',
    // the same answers, not yet signed off, so the report takes the engagement as it is now
    assessment: (a) => {
      expect(a.profiles).toEqual(['united-kingdom'])
      return { ...a, status: 'in-review' as const, signOff: undefined }
    },
    engagement: (e) => ({ ...e, deliveryCountries: ['GB' as const, 'DE' as const] })
  })
  const model = buildReportModel(input)
  expect(model.recommendation.kind).toBe('accept')
  expect(model.recommendation.headline).toBe(qualifiedAcceptHeadline('Germany'))
  expect(model.recommendation.headline).not.toBe(RECOMMENDATION_HEADLINES.accept)
  expect(model.recommendation.reasons.at(-1)).toMatch(/^Delivery from Germany was not assessed under local law/)
  // the bank has a German profile: the report says it was not applied, never that no profile covers Germany
  const germanProfile = input.bank.profiles.find((p) => p.match.countries.includes('DE'))!.name
  expect(model.recommendation.reasons.at(-1)).toContain(`this assessment did not apply the ${germanProfile} profile`)
  expect(model.notAssessedCountries).toEqual([expect.stringContaining(`did not apply the ${germanProfile} profile`)])
  expect([...model.recommendation.reasons, ...model.notAssessedCountries].join(' ')).not.toMatch(/no jurisdiction profile covers/)
  expect(model.documentControl.find((k) => k.label === 'Jurisdictions applied')?.value).toBe(
    'United Kingdom. Not assessed under local law: Germany'
  )
})
