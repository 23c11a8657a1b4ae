import { describe, expect, test } from 'vitest'
import type { Assessment } from '@shared/schemas/assessment'
import { referencedBodies } from '@shared/store/store-index'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { engagementFields } from '../helpers/engagement-fields'
import { answerTo, open, seed, spiedPersistence, value } from './store-session-fixtures'

describe('a failed commit changes nothing', () => {
  test('a refused write leaves the stored bytes and the data in memory as they were; the next change works', async () => {
    const spy = spiedPersistence()
    const { api } = await open(spy)
    const s = await seed(api)
    const snapshot = spy.state.snapshot()
    const opened = value(await api.openAssessment({ assessmentId: s.a1.id }))
    const engagements = value(await api.listEngagements())
    const summaries = value(await api.listAssessmentSummaries())
    const settings = value(await api.getSettings())

    spy.state.failWrites = true
    const attempts = [
      await api.saveAnswer({ assessmentId: s.a1.id, ...answerTo(2, 1) }),
      await api.startAssessment({ engagementId: s.e1.id, kind: 'annual' }),
      await api.deleteAssessment({ assessmentId: s.a2.id }),
      await api.deleteEngagement({ id: s.e2.id }),
      await api.updateEngagement({ id: s.e3.id, fields: engagementFields({ headcount: 1 }) }),
      await api.updateSettings({ settings: { ...DEFAULT_SETTINGS, defaultReviewIntervalMonths: 3 } })
    ]
    expect(attempts.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(Array(attempts.length).fill('io-failed'))
    expect(spy.state.snapshot()).toBe(snapshot)
    expect(value(await api.openAssessment({ assessmentId: s.a1.id }))).toEqual(opened)
    expect(value(await api.openAssessment({ assessmentId: s.b1.id })).assessment.id).toBe(s.b1.id)
    expect(value(await api.listEngagements())).toEqual(engagements)
    expect(value(await api.listAssessmentSummaries())).toEqual(summaries)
    expect(value(await api.getSettings())).toEqual(settings)

    spy.state.failWrites = false
    const saved = value(await api.saveAnswer({ assessmentId: s.a1.id, ...answerTo(2, 1) }))
    value(await api.deleteAssessment({ assessmentId: s.a2.id }))
    const check = (doc: { assessments: readonly Assessment[] }) => {
      const a1 = doc.assessments.find((a) => a.id === s.a1.id)
      expect(a1?.answers[answerTo(2, 1).questionId]?.choice).toBe(answerTo(2, 1).answer.choice)
      expect(a1?.updatedAt).toBe(saved.updatedAt)
      expect(doc.assessments.map((a) => a.id)).toEqual([s.a1.id, s.b1.id, s.c1.id])
    }
    check(spy.stored())
    check({ assessments: value(await (await open(spy)).api.listAssessments({})) })
    expect(new Set(spy.state.bodies.keys())).toEqual(referencedBodies(spy.index()))
    expect(spy.violations).toEqual([])
  })

  test('a commit torn after the bodies keeps the old index in force; the next start sweeps what it left', async () => {
    const spy = spiedPersistence()
    const { api } = await open(spy)
    const s = await seed(api)
    const current = spy.state.current
    const before = spy.stored()

    spy.failNextCommit('torn')
    const torn = await api.saveAnswer({ assessmentId: s.a1.id, ...answerTo(4, 1) })
    expect(torn.ok ? null : torn.error.code).toBe('io-failed')
    expect(spy.state.current).toBe(current)
    expect(spy.strays()).toHaveLength(1)
    expect(spy.stored()).toEqual(before)
    expect(value(await api.openAssessment({ assessmentId: s.a1.id })).assessment).toEqual(before.assessments[0])

    spy.failNextCommit('torn')
    expect((await api.startAssessment({ engagementId: s.e2.id, kind: 'annual' })).ok).toBe(false)
    expect(spy.stored()).toEqual(before)
    expect(spy.strays()).toHaveLength(2)

    // the next change succeeds (its new body may take a never-committed key) and the start after it sweeps the rest
    value(await api.saveAnswer({ assessmentId: s.b1.id, ...answerTo(5, 0) }))
    const after = spy.stored()
    expect(after.assessments.find((a) => a.id === s.b1.id)?.answers[answerTo(5, 0).questionId]).toBeDefined()
    expect(after.assessments.find((a) => a.id === s.a1.id)).toEqual(before.assessments[0])
    await open(spy)
    expect(spy.strays()).toEqual([])
    expect(spy.stored()).toEqual(after)
    expect(spy.violations).toEqual([])
  })
})
