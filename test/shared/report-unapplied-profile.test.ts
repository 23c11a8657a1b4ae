import { expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { reportInputFor } from '@shared/report/report-input'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { RECOMMENDATION_HEADLINES, QUALIFIED_ACCEPT_HEADLINE } from '@shared/report/recommendation'
import { buildReportModel } from '@shared/report/report-model'

/**
 * An assessment's profiles are chosen when it is created. When a delivery country is added to the
 * engagement afterwards, a profile of the bank may cover it, but this assessment never applied that law:
 * the report must not accept without qualification.
 */
it('a delivery country added after the assessment was created (Germany, whose profile it never applied) qualifies an "Accept"', () => {
  const read = readExchangeFile(
    readFileSync(new URL('../../docs/examples/managed-contact-centre.json', import.meta.url), 'utf8'),
    BUILTIN_BANKS
  )
  if (!read.ok) throw new Error(read.error.message)
  const file = read.value.file
  if (file.format !== 'armslength.engagement') throw new Error('the example is one engagement')
  // the same answers, not yet signed off, so the report takes the engagement as it is now
  const assessments = file.assessments.map((a) =>
    a.id === 'asm-lodz-2026' ? { ...a, status: 'in-review' as const, signOff: undefined } : a
  )
  expect(assessments.find((a) => a.id === 'asm-lodz-2026')!.profiles).toEqual(['united-kingdom'])
  const engagement = { ...file.engagement, deliveryCountries: ['GB' as const, 'DE' as const] }
  const input = reportInputFor({
    engagement,
    assessments,
    assessmentId: 'asm-lodz-2026',
    banks: BUILTIN_BANKS,
    generatedAt: '2026-12-06T10:00:00.000Z'
  })
  if (!input.ok) throw new Error(input.error.message)
  const model = buildReportModel(input.value)
  expect(model.recommendation.kind).toBe('accept')
  expect(model.recommendation.headline).toBe(QUALIFIED_ACCEPT_HEADLINE)
  expect(model.recommendation.headline).not.toBe(RECOMMENDATION_HEADLINES.accept)
  expect(model.recommendation.reasons.at(-1)).toMatch(/^Delivery from Germany was not assessed under local law/)
  // the bank has a German profile: the report says it was not applied, never that no profile covers Germany
  const germanProfile = input.value.bank.profiles.find((p) => p.match.countries.includes('DE'))!.name
  expect(model.recommendation.reasons.at(-1)).toContain(`this assessment did not apply the ${germanProfile} profile`)
  expect(model.notAssessedCountries).toEqual([expect.stringContaining(`did not apply the ${germanProfile} profile`)])
  expect([...model.recommendation.reasons, ...model.notAssessedCountries].join(' ')).not.toMatch(/no jurisdiction profile covers/)
  expect(model.documentControl.find((k) => k.label === 'Jurisdictions applied')?.value).toBe(
    'United Kingdom. Not assessed under local law: Germany'
  )
})
