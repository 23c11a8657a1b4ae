import { expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { SIGN_OFF, value } from './store-session-fixtures'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

/*
 * Every sign-off the app makes is scheme 4 (DECISIONS 218, 236): finalizing through the service, a revision's included,
 * records the engagement's finals signed before it, which its report then compares with and nothing else, and a
 * revision's records the final it corrects, by that final's sign-off fingerprint.
 */
test('the service signs under scheme 4, recording the finals signed before; a revision records the cycle before and the final it corrects', async () => {
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
  expect([first, second, revision].map((a) => a.signOff?.scheme)).toEqual([4, 4, 4])
  // only the revision records a final it revises: the one it corrects, as signed
  expect([first, second].map((a) => a.signOff?.revises)).toEqual([undefined, undefined])
  expect(revision.signOff?.revises).toEqual({ fingerprint: second.signOff?.fingerprint })
  expect(recorded(first)).toEqual([])
  // the draft started in between is no part of it
  expect(recorded(second)).toEqual([[first.id, first.signOff?.fingerprint]])
  // one final per cycle (DECISIONS 209): the revision stands for the second cycle, so it compares with the first
  expect(recorded(revision)).toEqual([[first.id, first.signOff?.fingerprint]])
  expect(recorded(revision)?.map(([id]) => id)).not.toContain(draft.id)
  for (const a of [first, second, revision]) expect(verifySignOff(a, DEFAULT_BANK).ok).toBe(true)
})
