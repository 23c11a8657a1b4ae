import { describe, expect, test } from 'vitest'
import { AssessmentSchema } from '@shared/schemas/assessment'
import { bodyKey, referencedBodies } from '@shared/store/store-index'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { engagementFields } from '../helpers/engagement-fields'
import { SIGN_OFF, answerTo, keyIn, open, seed, sorted, spiedPersistence, value } from './store-session-fixtures'

describe('what a change writes', () => {
  test('an answer autosave writes exactly one new body and the index, and drops exactly the old revision', async () => {
    const spy = spiedPersistence()
    const { api } = await open(spy)
    const s = await seed(api)
    const before = spy.index()
    const committed = spy.commits.length

    const saved = value(await api.saveAnswer({ assessmentId: s.a1.id, ...answerTo(1, 1) }))

    expect(spy.commits).toHaveLength(committed + 1)
    const commit = spy.commits.at(-1)!
    const generation = before.generation + 1
    expect(commit.index.generation).toBe(generation)
    expect(commit.put.map((p) => p.key)).toEqual([bodyKey(s.a1.id, generation)])
    expect(commit.drop).toEqual([keyIn(before, s.a1.id)])
    const body = AssessmentSchema.parse(JSON.parse(commit.put[0]!.text))
    expect(body.answers[answerTo(1, 1).questionId]?.choice).toBe(answerTo(1, 1).answer.choice)
    expect(body.answers[answerTo(0, 0).questionId]?.choice).toBe(answerTo(0, 0).answer.choice)
    expect(body.updatedAt).toBe(saved.updatedAt)
    // every other assessment keeps the revision it had; the engagements are untouched
    expect(commit.index.assessments.filter((r) => r.id !== s.a1.id)).toEqual(before.assessments.filter((r) => r.id !== s.a1.id))
    expect(commit.index.assessments.find((r) => r.id === s.a1.id)).toMatchObject({ rev: generation, updatedAt: saved.updatedAt })
    expect(commit.index.engagements).toEqual(before.engagements)
    expect(new Set(spy.state.bodies.keys())).toEqual(referencedBodies(commit.index))
    expect(spy.violations).toEqual([])
  })

  test('creating or changing an engagement, settings or banks writes no body and reads none', async () => {
    const spy = spiedPersistence()
    await seed((await open(spy)).api)
    const bodiesBefore = new Map(spy.state.bodies)
    const refsBefore = spy.index().assessments
    // a fresh service holds no body in memory, so a read would show in bodyReads
    const { api } = await open(spy)
    const e1 = value(await api.listEngagements())[0]!
    const committed = spy.commits.length

    value(await api.createEngagement({ fields: engagementFields({ vendorName: 'Acme Corp' }) }))
    value(await api.updateEngagement({ id: e1.id, fields: engagementFields({ headcount: 7 }) }))
    value(await api.setEngagementStatus({ id: e1.id, status: 'archived' }))
    value(await api.updateSettings({ settings: { ...DEFAULT_SETTINGS, defaultReviewIntervalMonths: 6 } }))

    const commits = spy.commits.slice(committed)
    expect(commits).toHaveLength(4)
    for (const commit of commits) {
      expect(commit.put).toEqual([])
      expect(commit.drop).toEqual([])
    }
    expect(spy.bodyReads).toEqual([])
    expect(spy.state.bodies).toEqual(bodiesBefore)
    expect(spy.index().assessments).toEqual(refsBefore)
    const stored = spy.stored()
    expect(stored.engagements.find((e) => e.id === e1.id)).toMatchObject({ headcount: 7, status: 'archived' })
    expect(stored.engagements.map((e) => e.vendorName)).toContain('Acme Corp')
    expect(stored.settings.defaultReviewIntervalMonths).toBe(6)
  })

  test('deleting an assessment drops its body; deleting an engagement drops all of its bodies and no other', async () => {
    const spy = spiedPersistence()
    const first = await open(spy)
    const s = await seed(first.api)
    const a3 = value(await first.api.startAssessment({ engagementId: s.e1.id, kind: 'annual' }))
    value(await first.api.setAssessmentStatus({ assessmentId: a3.id, status: 'in-review' }))
    value(await first.api.finalizeAssessment({ assessmentId: a3.id, ...SIGN_OFF }))
    const { api } = await open(spy)

    const before = spy.index()
    const backups = spy.state.backups.length
    value(await api.deleteAssessment({ assessmentId: s.a2.id }))
    // deleting first backs up everything (so every body is read once) and checks the backup
    expect(sorted(spy.bodyReads)).toEqual(sorted(before.assessments.map((r) => keyIn(before, r.id))))
    expect(spy.state.backups.length).toBe(backups + 1)
    expect(JSON.parse(spy.state.backups.at(-1)!.raw).assessments.map((a: { id: string }) => a.id)).toContain(s.a2.id)
    let commit = spy.commits.at(-1)!
    expect(commit.put).toEqual([])
    expect(commit.drop).toEqual([keyIn(before, s.a2.id)])
    expect(commit.index.assessments.map((r) => r.id)).toEqual(before.assessments.map((r) => r.id).filter((id) => id !== s.a2.id))
    expect(spy.state.bodies.has(keyIn(before, s.a2.id))).toBe(false)

    // a final assessment is a record: refused, and nothing is written
    const writes = spy.state.writes
    const refused = await api.deleteAssessment({ assessmentId: a3.id })
    expect(refused.ok ? null : refused.error.code).toBe('read-only')
    expect(spy.state.writes).toBe(writes)

    // a fresh service, so the reads an engagement deletion needs are visible
    const third = await open(spy)
    spy.bodyReads.length = 0
    value(await third.api.deleteEngagement({ id: s.e1.id, confirmName: s.e1.name }))
    commit = spy.commits.at(-1)!
    expect(commit.put).toEqual([])
    expect(sorted(commit.drop)).toEqual(sorted([keyIn(before, s.a1.id), keyIn(before, a3.id)]))
    // the backup before the delete read every remaining assessment once, and it is pinned: it holds a signed-off one
    expect(sorted(spy.bodyReads)).toEqual(sorted([s.a1.id, a3.id, s.b1.id, s.c1.id].map((id) => keyIn(before, id))))
    expect(spy.state.backups.at(-1)!.info.pinned).toBe(true)
    expect(sorted(spy.state.bodies.keys())).toEqual(sorted([keyIn(before, s.b1.id), keyIn(before, s.c1.id)]))
    expect(spy.stored().assessments.map((a) => a.id)).toEqual([s.b1.id, s.c1.id])
    expect(spy.violations).toEqual([])
  })
})
