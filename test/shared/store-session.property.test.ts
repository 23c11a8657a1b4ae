import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import type { Clock, IdSource } from '@shared/service/clock'
import { createStoreService } from '@shared/service/store-service'
import { openStoreText } from '@shared/store/open-store'
import { emptyStoreDoc } from '@shared/store/store-schema'
import { memoryFiles, testReports } from '../helpers/memory-persistence'
import { committedKeys, spiedPersistence, value, type Failure } from './store-session-fixtures'
import { applyToModel, applyToService, failureArb, opArb, type Op } from './store-session-ops'

describe('the split store behaves as one document', () => {
  test('random operations give the same stored data as the pure operations on one in-memory document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(opArb, failureArb), { minLength: 10, maxLength: 40 }), async (steps) => {
        const spy = spiedPersistence()
        let now = ''
        let nextId = ''
        const clock: Clock = { now: () => now }
        // why: one id per step, so the service and the model name what they create the same way; mixed case
        // exercises the case-folding-safe body keys
        const ids: IdSource = { newId: () => nextId }
        const start = () =>
          createStoreService({
            edition: 'browser',
            persistence: spy.persistence,
            files: memoryFiles().files,
            reports: testReports,
            clock,
            ids
          })
        let api = await start()
        let model = emptyStoreDoc()

        // why: a few engagements and assessments first, so the random steps mostly find something to work on
        const opening: [Op, Failure][] = [
          [{ kind: 'create', vendor: 0 }, 'none'],
          [{ kind: 'create', vendor: 1 }, 'none'],
          [{ kind: 'start', engagement: 0, assessmentKind: 'annual', carry: null }, 'none'],
          [{ kind: 'start', engagement: 1, assessmentKind: 'onboarding', carry: null }, 'none']
        ]
        for (const [step, [op, failure]] of [...opening, ...steps].entries()) {
          now = new Date(Date.parse('2026-11-25T10:00:00.000Z') + step * 60_000).toISOString()
          nextId = `${step % 2 === 0 ? 'a' : 'A'}${step}`
          if (op.kind === 'reopen') {
            api = await start()
            // the start-up backup is queued at once here; let it finish, so the next step's injected failure meets that step's commit
            value(await api.listBackups())
            expect(spy.strays()).toEqual([])
          } else {
            const expected = applyToModel(model, op, nextId, now)
            spy.failNextCommit(failure)
            const actual = await applyToService(api, model, op)
            spy.failNextCommit('none')
            if (!expected.ok) {
              expect(actual.ok ? 'ok' : actual.error.code).toBe(expected.error.code)
            } else if (failure !== 'none') {
              expect(actual.ok ? 'ok' : actual.error.code).toBe('io-failed')
            } else {
              expect(actual.ok ? 'ok' : `${actual.error.code}: ${actual.error.message}`).toBe('ok')
              model = expected.value
            }
          }
          // every body the index references is there, and the whole equals the model
          const referenced = committedKeys(spy.state.current)
          for (const key of referenced) expect(spy.state.bodies.has(key)).toBe(true)
          expect(spy.stored()).toEqual(model)
          expect(spy.violations).toEqual([])
        }

        const reopened = await start()
        expect(spy.strays()).toEqual([])
        expect(new Set(spy.state.bodies.keys())).toEqual(committedKeys(spy.state.current))
        expect(value(await reopened.listEngagements())).toEqual(model.engagements)
        expect(value(await reopened.listAssessments({}))).toEqual(model.assessments)
        expect(value(await reopened.listAssessmentSummaries()).map((a) => [a.id, a.status, a.updatedAt])).toEqual(
          model.assessments.map((a) => [a.id, a.status, a.updatedAt])
        )
        // the start-up backup (queued at once here) is the whole model
        value(await reopened.listBackups())
        if (spy.state.current !== null) expect(openStoreText(spy.state.backups.at(-1)?.raw ?? null)).toEqual({ kind: 'ok', doc: model })
      }),
      // why 60: every delete now backs up the whole store first and reads it back; 60 runs of 14–44 steps still
      // cover each operation with each failure many times, within the fast suite's budget
      { numRuns: 60 }
    )
  }, 30_000)
})
