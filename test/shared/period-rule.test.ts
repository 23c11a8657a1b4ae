import { describe, expect, test } from 'vitest'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'
import { memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { finalizeFormSchema } from '@shared/schemas/finalize-form'
import { periodEndError } from '@shared/schemas/period'
import { createStoreService } from '@shared/service/store-service'
import { buildApi } from '@shared/ipc/build-api'
import { dispatch } from '@shared/ipc/dispatch'

/** The period rule both dialogs check (shared/schemas/period.ts) is the one the service applies. */
describe('an assessment period is saved whole or not at all', () => {
  test('the service refuses half a period and a reversed one, and saves a whole one', async () => {
    const { api, mem } = await fakeApi()
    const e = await api.createEngagement({ fields: engagementFields() })
    if (!e.ok) throw new Error(e.error.message)
    const a = await api.startAssessment({ engagementId: e.value.id, kind: 'adhoc' })
    if (!a.ok) throw new Error(a.error.message)
    const details = { assessmentId: a.value.id, title: 'Ad-hoc', assessorName: '', reviewerName: '' }

    const half = await api.updateAssessmentDetails({ ...details, periodStart: '2026-01-01' })
    expect(half.ok).toBe(false)
    expect(!half.ok && half.error.code).toBe('invalid-request')
    expect(!half.ok && JSON.stringify(half.error)).toContain('Give both the start and the end of the period, or neither.')
    const reversed = await api.updateAssessmentDetails({ ...details, periodStart: '2026-06-30', periodEnd: '2026-01-01' })
    expect(!reversed.ok && JSON.stringify(reversed.error)).toContain('The end of the period must be after its start.')
    expect(mem.state.storedDoc().assessments[0]).not.toHaveProperty('periodStart')

    expect((await api.updateAssessmentDetails({ ...details, periodStart: '2026-01-01', periodEnd: '2026-06-30' })).ok).toBe(true)
    expect((await api.updateAssessmentDetails(details)).ok).toBe(true)
  })
})

/** A sign-off attests to a period that has ended (vendor-manager review): the form and the service both refuse one still running. */
describe('a review period cannot end after the day it is signed off', () => {
  const form = (periodEnd: string, today: string, periodStart = '2025-12-08') =>
    finalizeFormSchema(0, today).safeParse({
      assessorName: 'Jana Vogel',
      reviewerName: 'Dr. Marek Bauer',
      periodStart,
      periodEnd,
      directed: false,
      counselName: '',
      directedOn: '',
      notReviewedReason: '',
      attestation: 'We make this attestation.',
      agreed: true
    })

  test('the finalize form refuses an end after today on the end field, naming today, and takes today or earlier', () => {
    const later = form('2026-12-08', '2026-12-07')
    expect(later.success).toBe(false)
    expect(later.error?.issues).toEqual([
      expect.objectContaining({
        path: ['periodEnd'],
        message:
          'The review period cannot end after today (7 Dec 2026): a sign-off attests to a period that has ended. Set “To” to today or an earlier date.'
      })
    ])
    expect(form('2026-12-07', '2026-12-07').success).toBe(true)
    expect(form('2026-11-30', '2026-12-07').success).toBe(true)
    // no period at all is still allowed (the report says none was recorded)
    expect(form('', '2026-12-07', '').success).toBe(true)
    expect(periodEndError('', '2026-12-07')).toBeNull()
    expect(periodEndError(undefined, '2026-12-07')).toBeNull()
    // the day is the signer's, compared as a date: the new year is after the old one
    expect(periodEndError('2027-01-01', '2026-12-31')).toMatch(/after today \(31 Dec 2026\)/)
  })

  test('the service refuses to finalize a saved period ending after its today, and signs once it ends by then', async () => {
    // the signer's date is the host's (Auckland, already 8 Dec while UTC is 7 Dec): an end on the 8th is today there
    let today = '2026-12-08'
    const mem = memoryPersistence(null)
    const service = await createStoreService({
      edition: 'browser',
      persistence: mem.persistence,
      files: memoryFiles().files,
      reports: testReports,
      clock: { now: () => '2026-12-07T20:00:00.000Z', today: () => today },
      ids: sequentialIds('id')
    })
    const api = buildApi((method, req) => dispatch(service, method, req))
    const e = await api.createEngagement({ fields: engagementFields() })
    if (!e.ok) throw new Error(e.error.message)
    const a = await api.startAssessment({ engagementId: e.value.id, kind: 'annual', title: 'Annual 2026' })
    if (!a.ok) throw new Error(a.error.message)
    const details = { assessmentId: a.value.id, title: 'Annual 2026', assessorName: 'Jana Vogel', reviewerName: 'Dr. Marek Bauer' }
    // planned ahead while open: a period still running is saved
    expect((await api.updateAssessmentDetails({ ...details, periodStart: '2026-01-01', periodEnd: '2026-12-31' })).ok).toBe(true)
    expect((await api.setAssessmentStatus({ assessmentId: a.value.id, status: 'in-review' })).ok).toBe(true)
    const sign = () =>
      api.finalizeAssessment({
        assessmentId: a.value.id,
        assessorName: 'Jana Vogel',
        reviewerName: 'Dr. Marek Bauer',
        attestation: 'We make this attestation.',
        notReviewedReason: 'Not reviewed in this test.'
      })
    const refused = await sign()
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error.code).toBe('invalid-request')
    expect(!refused.ok && refused.error.message).toMatch(/^The review period cannot end after today \(8 Dec 2026\)/)
    expect(mem.state.storedDoc().assessments[0]?.status).toBe('in-review')

    expect((await api.updateAssessmentDetails({ ...details, periodStart: '2025-12-09', periodEnd: '2026-12-08' })).ok).toBe(true)
    today = '2026-12-07'
    expect((await sign()).ok).toBe(false)
    today = '2026-12-08'
    const signed = await sign()
    expect(signed.ok && signed.value.status).toBe('final')
  })
})
