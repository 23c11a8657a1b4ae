import { describe, expect, test } from 'vitest'
import { openStoreText } from '@shared/store/open-store'
import { fakeApi } from '../helpers/fake-api'
import { startedAssessment } from '../helpers/assessment-screen'

/*
 * Vendor-manager review: after sign-off the newest backup held the final unsigned (taken at start-up), so a restore of it
 * would have un-signed it. A backup holding the signed final is now taken once it is stored.
 */
const SIGN = {
  assessorName: 'Ana Lopez',
  reviewerName: 'Jan Nowak',
  attestation: 'We confirm.',
  notReviewedReason: 'Reviewed with counsel'
}

describe('signing off', () => {
  test('is followed by a backup that holds the final as signed', async () => {
    const { api, mem } = await fakeApi()
    const { assessmentId } = await startedAssessment(api)
    expect((await api.setAssessmentStatus({ assessmentId, status: 'in-review' })).ok).toBe(true)
    const before = mem.state.backups.length
    const signed = await api.finalizeAssessment({ assessmentId, ...SIGN })
    expect(signed.ok ? 'signed' : signed.error.message).toBe('signed')
    await api.listBackups() // waits for a backup in progress
    expect(mem.state.backups.length).toBe(before + 1)
    const opened = openStoreText(mem.state.backups.at(-1)!.raw)
    const held = opened.kind === 'ok' ? opened.doc.assessments.find((a) => a.id === assessmentId) : undefined
    expect(held?.status).toBe('final')
    expect(held?.signOff?.fingerprint).toBe(signed.ok ? signed.value.signOff?.fingerprint : 'none')
  })

  test('a refused sign-off takes no backup', async () => {
    const { api, mem } = await fakeApi()
    const { assessmentId } = await startedAssessment(api)
    const before = mem.state.backups.length
    const refused = await api.finalizeAssessment({ assessmentId, ...SIGN }) // still a draft
    expect(refused.ok).toBe(false)
    await api.listBackups()
    expect(mem.state.backups.length).toBe(before)
  })
})
