import type { ArmsLengthApi } from '@shared/ipc/contract'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { Answer } from '@shared/schemas/assessment'
import type { StoreCommit, StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { openStoreFileText } from '@shared/store/open-store'
import { StoreIndexSchema, bodyKey, referencedBodies, type StoreIndex } from '@shared/store/store-index'
import { emptyStoreDoc, type StoreDoc } from '@shared/store/store-schema'
import type { Result } from '@shared/util/result'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { engagementFields } from '../helpers/engagement-fields'

/*
 * What the store-session tests share: the watched in-memory persistence, a service opened on it, the
 * seeded engagements and the answers they give.
 */

/** How the next commit fails: `refused` writes nothing; `torn` writes the bodies, then dies before the index (a crash). */
export type Failure = 'none' | 'refused' | 'torn'

/**
 * The in-memory persistence, watched: every body read, every committed change, and every breach of the
 * store's rules a commit shows (a new body over a committed one, dropping what is still referenced).
 */
export function spiedPersistence(initial: string | null = null) {
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
        if (!committed.has(key) && !change.put.some((p) => p.key === key))
          violations.push(`index references ${key}, which is neither committed nor put`)
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
export type Spy = ReturnType<typeof spiedPersistence>

export function committedKeys(current: string | null): Set<string> {
  const opened = openStoreFileText(current)
  return opened.kind === 'index' ? referencedBodies(opened.index) : new Set()
}

// why: each service gets its own id prefix, or a reopened one would hand out the ids of existing records
let services = 0

/** A service on the spied persistence; its start-up backup is held back until `runDeferred`, as the hosts do. */
export async function open(spy: Spy) {
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

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const QUESTIONS = DEFAULT_BANK.questions.slice(0, 8)

export function answerTo(q: number, o: number): { questionId: string; answer: Answer } {
  const question = QUESTIONS[q % QUESTIONS.length]!
  return { questionId: question.id, answer: { choice: question.options[o % question.options.length]!.id } }
}

export const SIGN_OFF = {
  assessorName: 'Zoë Kowalczyk',
  reviewerName: 'Łukasz Nowak',
  attestation: 'I attest that this review is complete.',
  notReviewedReason: 'Test data: the reviewer did not rule on these findings.'
}

/** Three engagements: E1 with A1 (answered) and A2, E2 with B1, E3 with C1. */
export async function seed(api: ArmsLengthApi) {
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
export function keyIn(index: StoreIndex, assessmentId: string): string {
  const ref = index.assessments.find((r) => r.id === assessmentId)
  if (!ref) throw new Error(`${assessmentId} is not in the index`)
  return bodyKey(ref.id, ref.rev)
}

export const sorted = (keys: Iterable<string>) => [...keys].sort()
