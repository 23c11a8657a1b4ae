import type { ArmsLengthApi } from '../ipc/contract'
import type { QuestionBank } from '../bank/bank-schema'
import type { StoreDoc } from '../store/store-schema'
import { fail, ok, type Result } from '../util/result'
import { DEFAULT_BANK, findBank } from '../bank/bank-registry'
import {
  deleteAssessmentIn,
  editAssessment,
  finalizeAssessmentIn,
  saveAnswerIn,
  setActionIn,
  setReviewIn,
  setStatusIn,
  startAssessmentIn,
  startRevisionIn,
  type Changed
} from '../workflow/assessment-ops'
import type { Clock, IdSource } from './clock'

export type Mutate = <T>(change: (doc: StoreDoc) => Changed<T>) => Promise<Result<T>>

type AssessmentMethods = Pick<
  ArmsLengthApi,
  | 'listAssessments'
  | 'startAssessment'
  | 'saveAnswer'
  | 'updateAssessmentDetails'
  | 'setLastQuestion'
  | 'setReview'
  | 'setAction'
  | 'setAssessmentStatus'
  | 'finalizeAssessment'
  | 'startRevision'
  | 'deleteAssessment'
>

/** The assessment half of the API, over the service's document and its one-at-a-time mutate. */
export function assessmentHandlers(deps: {
  read: () => StoreDoc
  afterWrites: <T>(read: () => T) => Promise<T>
  mutate: Mutate
  clock: Clock
  ids: IdSource
  banks: () => readonly QuestionBank[]
}): AssessmentMethods {
  const { read, mutate, clock, ids } = deps
  return {
    listAssessments: ({ engagementId }) =>
      deps.afterWrites(() => ok(read().assessments.filter((a) => engagementId === undefined || a.engagementId === engagementId))),
    startAssessment: (req) => {
      const id = ids.newId()
      const bank = req.bank ? findBank(deps.banks(), req.bank) : DEFAULT_BANK
      if (!bank) return Promise.resolve(fail('not-found', `Question bank ${req.bank?.id} ${req.bank?.version} is not available.`))
      return mutate((doc) => startAssessmentIn(doc, req, bank, id, clock.now()))
    },
    saveAnswer: async ({ assessmentId, questionId, answer }) => {
      const r = await mutate((doc) => saveAnswerIn(doc, assessmentId, questionId, answer, clock.now()))
      return r.ok ? ok({ updatedAt: r.value.updatedAt }) : r
    },
    updateAssessmentDetails: ({ assessmentId, title, periodStart, periodEnd, assessorName, reviewerName }) =>
      mutate((doc) =>
        editAssessment(doc, assessmentId, clock.now(), (a) => {
          const { periodStart: _s, periodEnd: _e, ...rest } = a
          return ok({
            ...rest,
            title,
            assessorName,
            reviewerName,
            ...(periodStart ? { periodStart } : {}),
            ...(periodEnd ? { periodEnd } : {})
          })
        })
      ),
    setLastQuestion: async ({ assessmentId, questionId }) => {
      const r = await mutate((doc) => editAssessment(doc, assessmentId, clock.now(), (a) => ok({ ...a, lastQuestionId: questionId })))
      return r.ok ? ok(null) : r
    },
    setReview: ({ assessmentId, questionId, verdict, comment }) =>
      mutate((doc) => setReviewIn(doc, assessmentId, questionId, verdict, comment, clock.now())),
    setAction: ({ assessmentId, questionId, owner, targetDate }) =>
      mutate((doc) => setActionIn(doc, assessmentId, questionId, owner, targetDate, clock.now())),
    setAssessmentStatus: ({ assessmentId, status }) => mutate((doc) => setStatusIn(doc, assessmentId, status, clock.now())),
    finalizeAssessment: ({ assessmentId, ...rest }) =>
      mutate((doc) => finalizeAssessmentIn(doc, { id: assessmentId, ...rest }, clock.now())),
    startRevision: ({ assessmentId }) => {
      const id = ids.newId()
      return mutate((doc) => startRevisionIn(doc, assessmentId, id, clock.now()))
    },
    deleteAssessment: ({ assessmentId }) => mutate((doc) => deleteAssessmentIn(doc, assessmentId))
  }
}
