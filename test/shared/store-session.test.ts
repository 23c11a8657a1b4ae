import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { AssessmentSchema, type Answer, type Assessment } from '@shared/schemas/assessment'
import type { Clock, IdSource } from '@shared/service/clock'
import type { StoreCommit, StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { createEngagementIn, deleteEngagementIn } from '@shared/service/engagement-ops'
import {
  deleteAssessmentIn,
  finalizeAssessmentIn,
  saveAnswerIn,
  setStatusIn,
  startAssessmentIn,
  startRevisionIn
} from '@shared/workflow/assessment-ops'
import { openStoreFileText, openStoreText } from '@shared/store/open-store'
import { StoreIndexSchema, bodyKey, referencedBodies, type StoreIndex } from '@shared/store/store-index'
import { DEFAULT_SETTINGS, STORE_SCHEMA_VERSION, emptyStoreDoc, type StoreDoc } from '@shared/store/store-schema'
import type { Result } from '@shared/util/result'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { engagementFields } from '../helpers/engagement-fields'

/** How the next commit fails: `refused` writes nothing; `torn` writes the bodies, then dies before the index (a crash). */
type Failure = 'none' | 'refused' | 'torn'

/**
 * The in-memory persistence, watched: every body read, every committed change, and every breach of the
 * store's rules a commit shows (a new body over a committed one, dropping what is still referenced).
 */
function spiedPersistence(initial: string | null = null) {
  const mem = memoryPersistence(initial)
  const { state } = mem
  const commits: StoreCommit[] = []
  const bodyReads: string[] = []
  const violations: string[] = []
  let failNext: Failure = 'none'
  const persistence: StorePersistence = {
    ...mem.persistence,
    readBody: async (key) => {
      bodyReads.push(key)
      return mem.persistence.readBody(key)
    },
    commit: async (change) => {
      const committed = committedKeys(state.current)
      const next = referencedBodies(change.index)
      for (const { key } of change.put) {
        if (committed.has(key)) violations.push(`put ${key} overwrites a committed body`)
        if (!next.has(key)) violations.push(`put ${key} is not referenced by the new index`)
      }
      for (const key of change.drop) {
        if (!committed.has(key)) violations.push(`drop ${key} was not committed`)
        if (next.has(key)) violations.push(`drop ${key} is still referenced`)
      }
      // why: Windows and macOS fold case, so two keys equal but for case would be one file
      const folded = new Set([...next].map((k) => k.toLowerCase()))
      if (folded.size !== next.size) violations.push(`two referenced keys differ only by case: ${[...next].join(', ')}`)
      for (const key of next) {
        if (!committed.has(key) && !change.put.some((p) => p.key === key)) violations.push(`index references ${key}, which is neither committed nor put`)
      }
      const failure = failNext
      failNext = 'none'
      if (failure === 'refused') throw new Error('disk full')
      if (failure === 'torn') {
        for (const { key, text } of change.put) state.bodies.set(key, text)
        throw new Error('power cut')
      }
      await mem.persistence.commit(change)
      commits.push(change)
    }
  }
  return {
    state,
    persistence,
    commits,
    bodyReads,
    violations,
    failNextCommit: (how: Failure) => {
      failNext = how
    },
    index: (): StoreIndex => StoreIndexSchema.parse(JSON.parse(state.current ?? 'null')),
    /** The stored data as one document; an empty store before the first commit. */
    stored: (): StoreDoc => (state.current === null ? emptyStoreDoc() : state.storedDoc()),
    /** Bodies stored but referenced by no index: what a torn commit leaves for the next start's sweep. */
    strays: (): string[] => {
      const referenced = committedKeys(state.current)
      return [...state.bodies.keys()].filter((k) => !referenced.has(k))
    }
  }
}
type Spy = ReturnType<typeof spiedPersistence>

function committedKeys(current: string | null): Set<string> {
  const opened = openStoreFileText(current)
  return opened.kind === 'index' ? referencedBodies(opened.index) : new Set()
}

// why: each service gets its own id prefix, or a reopened one would hand out the ids of existing records
let services = 0

/** A service on the spied persistence; its start-up backup is held back until `runDeferred`, as the hosts do. */
async function open(spy: Spy) {
  const deferred: (() => void)[] = []
  const api = await createStoreService({
    edition: 'browser',
    persistence: spy.persistence,
    files: memoryFiles().files,
    reports: testReports,
    clock: fixedClock(),
    ids: sequentialIds(`s${++services}`),
    defer: (task) => deferred.push(task)
  })
  return {
    api,
    runDeferred: () => {
      for (const task of deferred.splice(0)) task()
    }
  }
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const QUESTIONS = DEFAULT_BANK.questions.slice(0, 8)

function answerTo(q: number, o: number): { questionId: string; answer: Answer } {
  const question = QUESTIONS[q % QUESTIONS.length]!
  return { questionId: question.id, answer: { choice: question.options[o % question.options.length]!.id } }
}

const SIGN_OFF = { assessorName: 'Zoë Kowalczyk', reviewerName: 'Łukasz Nowak', attestation: 'I attest that this review is complete.' }

/** Three engagements: E1 with A1 (answered) and A2, E2 with B1, E3 with C1. */
async function seed(api: ArmsLengthApi) {
  const e1 = value(await api.createEngagement({ fields: engagementFields({ vendorName: 'Łódź Services Sp. z o.o.' }) }))
  const e2 = value(await api.createEngagement({ fields: engagementFields({ vendorName: 'Ñandú BPO S.A.' }) }))
  const e3 = value(await api.createEngagement({ fields: engagementFields({ vendorName: 'Αθήνα Support ΑΕ' }) }))
  const a1 = value(await api.startAssessment({ engagementId: e1.id, kind: 'annual', title: 'Année 2026' }))
  const a2 = value(await api.startAssessment({ engagementId: e1.id, kind: 'adhoc' }))
  const b1 = value(await api.startAssessment({ engagementId: e2.id, kind: 'onboarding' }))
  const c1 = value(await api.startAssessment({ engagementId: e3.id, kind: 'annual' }))
  value(await api.saveAnswer({ assessmentId: a1.id, ...answerTo(0, 0) }))
  return { e1, e2, e3, a1, a2, b1, c1 }
}

/** The key of the revision the committed index uses for an assessment. */
function keyIn(index: StoreIndex, assessmentId: string): string {
  const ref = index.assessments.find((r) => r.id === assessmentId)
  if (!ref) throw new Error(`${assessmentId} is not in the index`)
  return bodyKey(ref.id, ref.rev)
}

const sorted = (keys: Iterable<string>) => [...keys].sort()

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
    value(await api.deleteAssessment({ assessmentId: s.a2.id }))
    // deleting reads the assessment's engagement (its siblings), nothing else
    expect(sorted(spy.bodyReads)).toEqual(sorted([s.a1.id, s.a2.id, a3.id].map((id) => keyIn(before, id))))
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
    value(await third.api.deleteEngagement({ id: s.e1.id }))
    commit = spy.commits.at(-1)!
    expect(commit.put).toEqual([])
    expect(sorted(commit.drop)).toEqual(sorted([keyIn(before, s.a1.id), keyIn(before, a3.id)]))
    // only the deleted engagement's assessments were read to delete them
    expect(sorted(spy.bodyReads)).toEqual(sorted([keyIn(before, s.a1.id), keyIn(before, a3.id)]))
    expect(sorted(spy.state.bodies.keys())).toEqual(sorted([keyIn(before, s.b1.id), keyIn(before, s.c1.id)]))
    expect(spy.stored().assessments.map((a) => a.id)).toEqual([s.b1.id, s.c1.id])
    expect(spy.violations).toEqual([])
  })
})

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
    expect(summaries[1]!.signOff).toEqual({ finalizedAt: final.signOff!.finalizedAt })
    expect(summaries.filter((a) => a.signOff !== undefined)).toHaveLength(1)
    for (const summary of summaries) expect(summary).not.toHaveProperty('rev')

    const expected = (a: Assessment) => ({
      id: a.id,
      engagementId: a.engagementId,
      kind: a.kind,
      status: a.status,
      title: a.title,
      ...(a.signOff ? { signOff: { finalizedAt: a.signOff.finalizedAt } } : {}),
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

describe('revisions never reuse a committed key', () => {
  test('after many changes, a delete and re-import of the same ids, a replace, and restores of backups with the same ids', async () => {
    const spy = spiedPersistence()
    const files = memoryFiles()
    // ids differing only by case: their bodies must be separate files on case-folding file systems
    const queue = ['eng-x', 'Case-A', 'case-a']
    let n = 0
    const ids: IdSource = { newId: () => queue.shift() ?? `n-${++n}` }
    const api = await createStoreService({ edition: 'browser', persistence: spy.persistence, files: files.files, reports: testReports, clock: fixedClock(), ids })
    const e = value(await api.createEngagement({ fields: engagementFields() }))
    const upper = value(await api.startAssessment({ engagementId: e.id, kind: 'annual' }))
    const lower = value(await api.startAssessment({ engagementId: e.id, kind: 'adhoc' }))
    expect([upper.id, lower.id]).toEqual(['Case-A', 'case-a'])
    expect(bodyKey(upper.id, 1).toLowerCase()).not.toBe(bodyKey(lower.id, 1).toLowerCase())

    for (let i = 0; i < 30; i++) value(await api.saveAnswer({ assessmentId: i % 3 === 0 ? lower.id : upper.id, ...answerTo(i, i) }))
    const afterEdits = spy.stored()

    value(await api.exportEngagement({ engagementId: e.id }))
    const exported = files.saved.at(-1)!.data as string
    value(await api.deleteEngagement({ id: e.id }))
    expect(spy.stored().assessments).toEqual([])
    expect(spy.state.bodies.size).toBe(0)
    value(await api.applyImport({ text: exported, decisions: {} }))
    expect(spy.stored()).toEqual(afterEdits)
    // the same ids once more, replacing what is there
    value(await api.applyImport({ text: exported, decisions: { [e.id]: 'replace' } }))
    expect(spy.stored()).toEqual(afterEdits)

    const backup = value(await api.backupNow())
    value(await api.saveAnswer({ assessmentId: upper.id, ...answerTo(7, 2) }))
    value(await api.setAssessmentStatus({ assessmentId: lower.id, status: 'in-review' }))
    const beforeRestore = spy.stored()
    value(await api.restoreBackup({ id: backup.id }))
    expect(spy.stored()).toEqual(afterEdits)
    // the state a restore replaced is itself backed up first, so the restore can be undone
    expect(openStoreText(spy.state.backups.at(-1)?.raw ?? null)).toEqual({ kind: 'ok', doc: beforeRestore })
    value(await api.saveAnswer({ assessmentId: lower.id, ...answerTo(1, 1) }))
    value(await api.restoreBackupFile({ text: spy.state.backups.find((b) => b.info.id === backup.id)!.raw }))
    expect(spy.stored()).toEqual(afterEdits)

    // a restarted service goes on from the stored generation, not from zero
    const again = (await open(spy)).api
    value(await again.saveAnswer({ assessmentId: upper.id, ...answerTo(2, 2) }))

    expect(spy.violations).toEqual([])
    const written = spy.commits.flatMap((c) => c.put.map((p) => p.key))
    expect(new Set(written).size).toBe(written.length)
    // the generation never goes back, and every commit that writes bodies starts a new one
    const generations = spy.commits.map((c) => c.index.generation)
    expect(generations).toEqual([...generations].sort((a, b) => a - b))
    const writing = spy.commits.filter((c) => c.put.length > 0).map((c) => c.index.generation)
    expect(new Set(writing).size).toBe(writing.length)
    expect(new Set(spy.state.bodies.keys())).toEqual(referencedBodies(spy.index()))
  })
})

describe('the whole document (backups)', () => {
  test('backupNow writes the whole store, which opens as a backup and equals the data, whether bodies were in memory or not', async () => {
    const spy = spiedPersistence()
    const first = await open(spy)
    const s = await seed(first.api)
    value(await first.api.setAssessmentStatus({ assessmentId: s.b1.id, status: 'in-review' }))
    value(await first.api.finalizeAssessment({ assessmentId: s.b1.id, ...SIGN_OFF }))
    value(await first.api.updateSettings({ settings: { confidentialityMarking: 'Privilégié — « confidentiel »', defaultReviewIntervalMonths: 9 } }))

    const cached = value(await first.api.backupNow())
    const { api } = await open(spy)
    const fresh = value(await api.backupNow())
    const rawCached = spy.state.backups.find((b) => b.info.id === cached.id)!.raw
    const rawFresh = spy.state.backups.find((b) => b.info.id === fresh.id)!.raw
    expect(rawFresh).toBe(rawCached)
    expect(fresh.engagementCount).toBe(3)

    const opened = openStoreText(rawFresh)
    expect(opened).toEqual({ kind: 'ok', doc: spy.stored() })
    expect(JSON.parse(rawFresh)).toEqual({
      schemaVersion: STORE_SCHEMA_VERSION,
      engagements: value(await api.listEngagements()),
      assessments: value(await api.listAssessments({})),
      settings: value(await api.getSettings()),
      customBanks: []
    })
  })

  test('stores without assessments, or without anything, back up as valid whole documents', async () => {
    const spy = spiedPersistence()
    const { api } = await open(spy)
    const empty = value(await api.backupNow())
    expect(openStoreText(spy.state.backups.find((b) => b.info.id === empty.id)!.raw)).toEqual({ kind: 'ok', doc: emptyStoreDoc() })
    value(await api.createEngagement({ fields: engagementFields() }))
    const one = value(await api.backupNow())
    expect(openStoreText(spy.state.backups.find((b) => b.info.id === one.id)!.raw)).toEqual({ kind: 'ok', doc: spy.stored() })
    expect(spy.stored().engagements).toHaveLength(1)
  })
})

type Op =
  | { kind: 'create'; vendor: number }
  | { kind: 'start'; engagement: number; assessmentKind: AssessmentKind; carry: number | null }
  | { kind: 'answer'; assessment: number; question: number; option: number | null }
  | { kind: 'status'; assessment: number; status: 'draft' | 'in-review' }
  | { kind: 'finalize'; assessment: number }
  | { kind: 'revise'; assessment: number }
  | { kind: 'delete-assessment'; assessment: number }
  | { kind: 'delete-engagement'; engagement: number }
  | { kind: 'reopen' }

const VENDORS = ['Łódź Services Sp. z o.o.', 'Çağrı Merkezi A.Ş.', 'Ñandú BPO S.A.', 'Пётр и Партнёры']

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), vendor: fc.nat(VENDORS.length - 1) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('start' as const),
      engagement: fc.nat(),
      assessmentKind: fc.constantFrom<AssessmentKind>('annual', 'onboarding', 'adhoc'),
      carry: fc.option(fc.nat(), { nil: null, freq: 2 })
    })
  },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('answer' as const), assessment: fc.nat(), question: fc.nat(), option: fc.option(fc.nat(), { nil: null, freq: 6 }) })
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      assessment: fc.nat(),
      status: fc.oneof({ weight: 3, arbitrary: fc.constant('in-review' as const) }, { weight: 1, arbitrary: fc.constant('draft' as const) })
    })
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('finalize' as const), assessment: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revise' as const), assessment: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-assessment' as const), assessment: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-engagement' as const), engagement: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) }
)

const failureArb: fc.Arbitrary<Failure> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<Failure>('none') },
  { weight: 1, arbitrary: fc.constant<Failure>('refused') },
  { weight: 1, arbitrary: fc.constant<Failure>('torn') }
)

/** An existing id picked by `n`, or (one time in ten, or when there is none) an id that does not exist. */
function pick(list: readonly { id: string }[], n: number): string {
  return (n % 10 === 9 ? undefined : list[n % Math.max(1, list.length)]?.id) ?? 'no-such-id'
}

/** Those that `wanted` accepts when there are any (finalizing needs one in review, revising a final one), else all. */
function preferring(list: readonly Assessment[], wanted: (a: Assessment) => boolean): readonly Assessment[] {
  const some = list.filter(wanted)
  return some.length > 0 ? some : list
}

/**
 * Mostly an assessment of the same engagement (a real carry-forward); one time in seven any assessment,
 * which is refused unless it happens to be a sibling. None when there is nothing to carry from.
 */
function carryFrom(doc: StoreDoc, engagementId: string, n: number): string | undefined {
  const candidates = n % 7 === 6 ? doc.assessments : doc.assessments.filter((a) => a.engagementId === engagementId)
  return candidates.length === 0 ? undefined : pick(candidates, n)
}

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
        const start = () => createStoreService({ edition: 'browser', persistence: spy.persistence, files: memoryFiles().files, reports: testReports, clock, ids })
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
      { numRuns: 120 }
    )
  })
})

function applyToModel(doc: StoreDoc, op: Exclude<Op, { kind: 'reopen' }>, id: string, now: string): Result<StoreDoc> {
  const changed = <T>(r: Result<{ doc: StoreDoc; value: T }>): Result<StoreDoc> => (r.ok ? { ok: true, value: r.value.doc } : r)
  switch (op.kind) {
    case 'create':
      return { ok: true, value: createEngagementIn(doc, engagementFields({ vendorName: VENDORS[op.vendor]! }), id, now) }
    case 'start': {
      const engagementId = pick(doc.engagements, op.engagement)
      const carry = op.carry === null ? undefined : carryFrom(doc, engagementId, op.carry)
      return changed(startAssessmentIn(doc, { engagementId, kind: op.assessmentKind, carryForwardFromId: carry }, DEFAULT_BANK, id, now))
    }
    case 'answer': {
      const { questionId, answer } = answerTo(op.question, op.option ?? 0)
      return changed(saveAnswerIn(doc, pick(doc.assessments, op.assessment), questionId, op.option === null ? null : answer, now))
    }
    case 'status':
      return changed(setStatusIn(doc, pick(doc.assessments, op.assessment), op.status, now))
    case 'finalize':
      return changed(finalizeAssessmentIn(doc, { id: pick(preferring(doc.assessments, (a) => a.status === 'in-review'), op.assessment), ...SIGN_OFF }, now))
    case 'revise':
      return changed(startRevisionIn(doc, pick(preferring(doc.assessments, (a) => a.status === 'final'), op.assessment), id, now))
    case 'delete-assessment':
      return changed(deleteAssessmentIn(doc, pick(doc.assessments, op.assessment)))
    case 'delete-engagement':
      return deleteEngagementIn(doc, pick(doc.engagements, op.engagement))
  }
}

/** The same operation through the service, its targets picked from the model as the user would see them. */
function applyToService(api: ArmsLengthApi, doc: StoreDoc, op: Exclude<Op, { kind: 'reopen' }>): Promise<Result<unknown>> {
  switch (op.kind) {
    case 'create':
      return api.createEngagement({ fields: engagementFields({ vendorName: VENDORS[op.vendor]! }) })
    case 'start': {
      const engagementId = pick(doc.engagements, op.engagement)
      const carry = op.carry === null ? undefined : carryFrom(doc, engagementId, op.carry)
      return api.startAssessment({ engagementId, kind: op.assessmentKind, carryForwardFromId: carry })
    }
    case 'answer': {
      const { questionId, answer } = answerTo(op.question, op.option ?? 0)
      return api.saveAnswer({ assessmentId: pick(doc.assessments, op.assessment), questionId, answer: op.option === null ? null : answer })
    }
    case 'status':
      return api.setAssessmentStatus({ assessmentId: pick(doc.assessments, op.assessment), status: op.status })
    case 'finalize':
      return api.finalizeAssessment({ assessmentId: pick(preferring(doc.assessments, (a) => a.status === 'in-review'), op.assessment), ...SIGN_OFF })
    case 'revise':
      return api.startRevision({ assessmentId: pick(preferring(doc.assessments, (a) => a.status === 'final'), op.assessment) })
    case 'delete-assessment':
      return api.deleteAssessment({ assessmentId: pick(doc.assessments, op.assessment) })
    case 'delete-engagement':
      return api.deleteEngagement({ id: pick(doc.engagements, op.engagement) })
  }
}
