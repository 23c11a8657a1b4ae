import { expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { SIGN_OFF, value } from './store-session-fixtures'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

/*
 * Every sign-off the app makes is scheme 3 (DECISIONS 218): finalizing through the service, a revision's included,
 * records the engagement's finals signed before it, which its report then compares with and nothing else.
 */
test('the service signs under scheme 3, recording the finals signed before; a revision records the cycle before, not the final it corrects', async () => {
  const { api } = await fakeApi()
  const e = value(await api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) }))
  const signed = async (assessmentId: string) => {
    value(await api.saveAnswer({ assessmentId, questionId: 'SUP-01', answer: { choice: 'direct-routine', contractChoice: 'silent' } }))
    value(await api.setAssessmentStatus({ assessmentId, status: 'in-review' }))
    return value(await api.finalizeAssessment({ assessmentId, ...SIGN_OFF }))
  }
  const first = await signed(value(await api.startAssessment({ engagementId: e.id, kind: 'annual' })).id)
  const draft = value(await api.startAssessment({ engagementId: e.id, kind: 'annual' }))
  const second = await signed(value(await api.startAssessment({ engagementId: e.id, kind: 'annual' })).id)
  const revision = await signed(value(await api.startRevision({ assessmentId: second.id })).id)

  const recorded = (a: typeof first) => a.signOff?.comparedWith?.map((c) => [c.id, c.fingerprint])
  expect([first, second, revision].map((a) => a.signOff?.scheme)).toEqual([3, 3, 3])
  expect(recorded(first)).toEqual([])
  // the draft started in between is no part of it
  expect(recorded(second)).toEqual([[first.id, first.signOff?.fingerprint]])
  // one final per cycle (DECISIONS 209): the revision stands for the second cycle, so it compares with the first
  expect(recorded(revision)).toEqual([[first.id, first.signOff?.fingerprint]])
  expect(recorded(revision)?.map(([id]) => id)).not.toContain(draft.id)
  for (const a of [first, second, revision]) expect(verifySignOff(a, DEFAULT_BANK).ok).toBe(true)
})
