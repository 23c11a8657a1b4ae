import { describe, expect, test } from 'vitest'
import type { Assessment } from '@shared/schemas/assessment'
import { openStoreText } from '@shared/store/open-store'
import { SIGN_OFF, answerTo, keyIn, open, seed, sorted, spiedPersistence, value } from './store-session-fixtures'

describe('bodies are read when first needed, then kept', () => {
  test('a start reads no body; opening an assessment reads its engagement only; a second open reads nothing', async () => {
    const spy = spiedPersistence()
    const s = await seed((await open(spy)).api)
    const index = spy.index()

    const { api, runDeferred } = await open(spy)
    value(await api.getStartupInfo())
    value(await api.listEngagements())
    value(await api.listAssessmentSummaries())
    value(await api.getSettings())
    value(await api.listBanks())
    expect(spy.bodyReads).toEqual([])

    const opened = value(await api.openAssessment({ assessmentId: s.a1.id }))
    expect(opened.assessment.title).toBe('Année 2026')
    expect(opened.engagement.id).toBe(s.e1.id)
    expect(opened.siblings.map((a) => a.id)).toEqual([s.a1.id, s.a2.id])
    expect(sorted(spy.bodyReads)).toEqual(sorted([keyIn(index, s.a1.id), keyIn(index, s.a2.id)]))

    spy.bodyReads.length = 0
    value(await api.openAssessment({ assessmentId: s.a1.id }))
    value(await api.openAssessment({ assessmentId: s.a2.id }))
    value(await api.listAssessments({ engagementId: s.e1.id }))
    expect(spy.bodyReads).toEqual([])

    // an autosave keeps the saved assessment in memory: opening it again reads nothing and shows the answer
    value(await api.saveAnswer({ assessmentId: s.a2.id, ...answerTo(3, 1) }))
    const reopened = value(await api.openAssessment({ assessmentId: s.a2.id }))
    expect(reopened.assessment.answers[answerTo(3, 1).questionId]?.choice).toBe(answerTo(3, 1).answer.choice)
    expect(spy.bodyReads).toEqual([])

    value(await api.openAssessment({ assessmentId: s.b1.id }))
    expect(spy.bodyReads).toEqual([keyIn(index, s.b1.id)])

    // the start-up backup waited for the host; when it runs it reads only what is not in memory yet
    expect(spy.state.backups).toHaveLength(0)
    spy.bodyReads.length = 0
    runDeferred()
    expect(value(await api.listBackups())).toHaveLength(1)
    expect(spy.bodyReads).toEqual([keyIn(index, s.c1.id)])
    expect(openStoreText(spy.state.backups[0]!.raw)).toEqual({ kind: 'ok', doc: spy.stored() })
  })

  test('the assessment summaries match the assessments (status, sign-off date) without reading a body', async () => {
    const spy = spiedPersistence()
    const first = await open(spy)
    const s = await seed(first.api)
    value(await first.api.setAssessmentStatus({ assessmentId: s.a2.id, status: 'in-review' }))
    const final = value(await first.api.finalizeAssessment({ assessmentId: s.a2.id, ...SIGN_OFF }))
    value(await first.api.setAssessmentStatus({ assessmentId: s.b1.id, status: 'in-review' }))

    const { api } = await open(spy)
    const summaries = value(await api.listAssessmentSummaries())
    expect(spy.bodyReads).toEqual([])
    expect(summaries.map((a) => [a.id, a.status])).toEqual([
      [s.a1.id, 'draft'],
      [s.a2.id, 'final'],
      [s.b1.id, 'in-review'],
      [s.c1.id, 'draft']
    ])
    expect(summaries[1]!.signOff).toEqual({ finalizedAt: final.signOff!.finalizedAt, fingerprint: final.signOff!.fingerprint })
    expect(summaries.filter((a) => a.signOff !== undefined)).toHaveLength(1)
    for (const summary of summaries) expect(summary).not.toHaveProperty('rev')

    const expected = (a: Assessment) => ({
      id: a.id,
      engagementId: a.engagementId,
      kind: a.kind,
      status: a.status,
      title: a.title,
      ...(a.signOff ? { signOff: { finalizedAt: a.signOff.finalizedAt, fingerprint: a.signOff.fingerprint } } : {}),
      createdAt: a.createdAt,
      updatedAt: a.updatedAt
    })
    expect(summaries).toEqual(value(await api.listAssessments({})).map(expected))

    // a change asked for before the list is in it (the list waits for pending writes)
    const pending = api.saveAnswer({ assessmentId: s.c1.id, ...answerTo(2, 0) })
    const after = value(await api.listAssessmentSummaries())
    expect(after.find((a) => a.id === s.c1.id)?.updatedAt).toBe(value(await pending).updatedAt)
  })
})
