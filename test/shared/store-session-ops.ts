import fc from 'fast-check'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { Assessment } from '@shared/schemas/assessment'
import { createEngagementIn, deleteEngagementIn } from '@shared/service/engagement-ops'
import {
  deleteAssessmentIn,
  finalizeAssessmentIn,
  saveAnswerIn,
  setStatusIn,
  startAssessmentIn,
  startRevisionIn
} from '@shared/workflow/assessment-ops'
import type { StoreDoc } from '@shared/store/store-schema'
import type { Result } from '@shared/util/result'
import { engagementFields } from '../helpers/engagement-fields'
import { SIGN_OFF, answerTo, type Failure } from './store-session-fixtures'

/*
 * The random operations of the store-session property test: what may happen, and the same operation
 * applied once to a plain in-memory document (the model) and once through the service.
 */

export type Op =
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

export const opArb: fc.Arbitrary<Op> = fc.oneof(
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
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      assessment: fc.nat(),
      question: fc.nat(),
      option: fc.option(fc.nat(), { nil: null, freq: 6 })
    })
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

export const failureArb: fc.Arbitrary<Failure> = fc.oneof(
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

export function applyToModel(doc: StoreDoc, op: Exclude<Op, { kind: 'reopen' }>, id: string, now: string): Result<StoreDoc> {
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
      return changed(
        finalizeAssessmentIn(
          doc,
          {
            id: pick(
              preferring(doc.assessments, (a) => a.status === 'in-review'),
              op.assessment
            ),
            ...SIGN_OFF
          },
          [DEFAULT_BANK],
          now
        )
      )
    case 'revise':
      return changed(
        startRevisionIn(
          doc,
          pick(
            preferring(doc.assessments, (a) => a.status === 'final'),
            op.assessment
          ),
          id,
          [DEFAULT_BANK],
          now
        )
      )
    case 'delete-assessment':
      return changed(deleteAssessmentIn(doc, pick(doc.assessments, op.assessment)))
    case 'delete-engagement':
      return deleteEngagementIn(doc, pick(doc.engagements, op.engagement))
  }
}

/** The same operation through the service, its targets picked from the model as the user would see them. */
export function applyToService(api: ArmsLengthApi, doc: StoreDoc, op: Exclude<Op, { kind: 'reopen' }>): Promise<Result<unknown>> {
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
      return api.finalizeAssessment({
        assessmentId: pick(
          preferring(doc.assessments, (a) => a.status === 'in-review'),
          op.assessment
        ),
        ...SIGN_OFF
      })
    case 'revise':
      return api.startRevision({
        assessmentId: pick(
          preferring(doc.assessments, (a) => a.status === 'final'),
          op.assessment
        )
      })
    case 'delete-assessment':
      return api.deleteAssessment({ assessmentId: pick(doc.assessments, op.assessment) })
    case 'delete-engagement': {
      // the name typed to confirm, as the dialog asks when the engagement holds signed-off assessments
      const id = pick(doc.engagements, op.engagement)
      return api.deleteEngagement({ id, confirmName: doc.engagements.find((e) => e.id === id)?.name })
    }
  }
}
