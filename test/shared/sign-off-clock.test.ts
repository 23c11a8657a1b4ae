import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { finalizeAssessmentIn } from '@shared/workflow/assessment-ops'
import { fakeApi } from '../helpers/fake-api'
import { startedAssessment } from '../helpers/assessment-screen'

/*
 * Attacker review: with the computer's clock set back after an assessment was sent for review, sign-off dated the
 * final before that event, and every later backup holding it was refused on restore (sign-off-time.ts).
 */
const SIGN = {
  assessorName: 'Ana Lopez',
  reviewerName: 'Jan Nowak',
  attestation: 'We confirm.',
  notReviewedReason: 'Reviewed with counsel'
}

async function inReview() {
  const { api, mem } = await fakeApi()
  const { assessmentId } = await startedAssessment(api)
  const sent = await api.setAssessmentStatus({ assessmentId, status: 'in-review' })
  if (!sent.ok) throw new Error(sent.error.message)
  const doc = mem.state.storedDoc()
  const a = doc.assessments.find((x) => x.id === assessmentId)!
  return { doc, a }
}

describe('signing off with the clock behind the record', () => {
  test('is refused, naming the clock and the event, when now is before the assessment was sent for review', async () => {
    const { doc, a } = await inReview()
    // between the two events: after it was started, before it was sent for review
    const behind = new Date((Date.parse(a.createdAt) + Date.parse(a.submittedAt!)) / 2).toISOString()
    expect(Date.parse(a.submittedAt!) - Date.parse(a.createdAt)).toBeGreaterThan(1)
    const r = finalizeAssessmentIn(doc, { id: a.id, ...SIGN }, [DEFAULT_BANK], behind)
    expect(r.ok ? 'signed' : r.error.message).toMatch(/clock reads .*, before this assessment was sent for review \(/)
  })

  test('is refused when now is before the assessment was started (a draft imported with a date to come)', async () => {
    const { doc, a } = await inReview()
    const future = { ...a, createdAt: '2099-01-01T00:00:00.000Z' }
    const r = finalizeAssessmentIn({ ...doc, assessments: [future] }, { id: a.id, ...SIGN }, [DEFAULT_BANK], '2026-12-07T10:00:00.000Z')
    expect(r.ok ? 'signed' : r.error.message).toMatch(/before this assessment was started \(2099-01-01/)
  })

  test('signs when the clock is after both', async () => {
    const { doc, a } = await inReview()
    const later = new Date(Date.parse(a.submittedAt!) + 60_000).toISOString()
    const r = finalizeAssessmentIn(doc, { id: a.id, ...SIGN }, [DEFAULT_BANK], later)
    expect(r.ok ? r.value.value.signOff?.finalizedAt : r.error.message).toBe(later)
  })
})
