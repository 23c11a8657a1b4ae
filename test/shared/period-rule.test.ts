import { describe, expect, test } from 'vitest'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

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
