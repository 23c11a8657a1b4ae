import { expect, test } from 'vitest'
import { SIGN_OFF, value } from './store-session-fixtures'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

/*
 * A review is of the answer it was given on (vendor-manager review): a revision starts with its final's reviews, and
 * an answer changed in it loses that question's review, so it cannot be signed with a verdict on an answer the
 * reviewer never saw. Unchanged answers keep theirs.
 */
test('a revision keeps the reviews of unchanged answers and drops the review of an answer that changes', async () => {
  const { api } = await fakeApi()
  const e = value(await api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) }))
  const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual' }))
  value(await api.saveAnswer({ assessmentId: a.id, questionId: 'SUP-01', answer: { choice: 'direct-routine', contractChoice: 'silent' } }))
  value(await api.saveAnswer({ assessmentId: a.id, questionId: 'SCH-01', answer: { choice: 'client-sets', contractChoice: 'silent' } }))
  value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
  value(await api.setReview({ assessmentId: a.id, questionId: 'SUP-01', verdict: 'acceptable', comment: 'Seen on the site visit' }))
  value(await api.setReview({ assessmentId: a.id, questionId: 'SCH-01', verdict: 'to-correct', comment: 'Stop setting shifts' }))
  value(await api.finalizeAssessment({ assessmentId: a.id, ...SIGN_OFF }))

  const revision = value(await api.startRevision({ assessmentId: a.id }))
  expect(Object.keys(revision.reviews).sort()).toEqual(['SCH-01', 'SUP-01'])
  // saving the same answer again (an autosave) keeps the review
  value(
    await api.saveAnswer({ assessmentId: revision.id, questionId: 'SCH-01', answer: { choice: 'client-sets', contractChoice: 'silent' } })
  )
  // a changed answer loses it: the verdict was given on the old one
  value(
    await api.saveAnswer({
      assessmentId: revision.id,
      questionId: 'SUP-01',
      answer: { choice: 'direct-occasional', contractChoice: 'silent' }
    })
  )
  const now = value(await api.openAssessment({ assessmentId: revision.id })).assessment
  expect(now.reviews['SUP-01']).toBeUndefined()
  expect(now.reviews['SCH-01']).toMatchObject({ verdict: 'to-correct' })
  // the final keeps its own reviews, as signed
  expect(value(await api.openAssessment({ assessmentId: a.id })).assessment.reviews['SUP-01']).toMatchObject({ verdict: 'acceptable' })
})
