import type { ArmsLengthApi } from '../ipc/contract'
import type { Question, QuestionBank } from '../bank/bank-schema'
import type { StoreDoc } from '../store/store-schema'
import { answerProblems } from '../bank/answer-problems'
import { fail, ok, type Result } from '../util/result'
import { DEFAULT_BANK, findBank, laterRelease } from '../bank/bank-registry'
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
  applyEngagementScopeIn
} from '../workflow/assessment-ops'
import { todayOf, type Clock, type IdSource } from './clock'
import type { StoreAccess } from './store-service'
import type { ScopeOf } from './store-session'

/** The assessment's engagement: every change to an assessment may need its siblings (revisions, carry-forward). */
const around = (assessmentId: string): ScopeOf => ({ kind: 'engagement-of', assessmentId })

type AssessmentMethods = Pick<
  ArmsLengthApi,
  | 'listAssessments'
  | 'openAssessment'
  | 'startAssessment'
  | 'saveAnswer'
  | 'updateAssessmentDetails'
  | 'setLastQuestion'
  | 'setReview'
  | 'setAction'
  | 'setAssessmentStatus'
  | 'finalizeAssessment'
  | 'startRevision'
  | 'applyEngagementScope'
  | 'deleteAssessment'
>

/** The assessment half of the API, over the service's document and its one-at-a-time mutate. */
export function assessmentHandlers(
  deps: StoreAccess & {
    clock: Clock
    ids: IdSource
    banks: () => readonly QuestionBank[]
    /** Loads every earlier built-in release of the core bank (bank-source.ts). */
    loadAllBanks: () => Promise<Result<unknown>>
  }
): AssessmentMethods {
  const { view, mutate, clock, ids } = deps
  return {
    listAssessments: async ({ engagementId }) => {
      const doc = await view(engagementId === undefined ? { kind: 'all' } : { kind: 'engagements', ids: [engagementId] })
      return doc.ok ? ok(doc.value.assessments) : doc
    },
    openAssessment: async ({ assessmentId }) => {
      const doc = await view(around(assessmentId))
      if (!doc.ok) return doc
      const assessment = doc.value.assessments.find((a) => a.id === assessmentId)
      const engagement = assessment && doc.value.engagements.find((e) => e.id === assessment.engagementId)
      if (!assessment || !engagement) return fail('not-found', 'That assessment no longer exists.')
      return ok({ engagement, assessment, siblings: doc.value.assessments })
    },
    startAssessment: async (req) => {
      if (req.carryForwardFromId !== undefined) {
        // a carry-forward maps the answers through each release since theirs, and its notes quote each release's questions
        const loaded = await deps.loadAllBanks()
        if (!loaded.ok) return loaded
      }
      const id = ids.newId()
      const bank = req.bank ? findBank(deps.banks(), req.bank) : DEFAULT_BANK
      if (!bank) return fail('not-found', `Question bank ${req.bank?.id} ${req.bank?.version} is not available.`)
      const later = laterRelease(deps.banks(), bank)
      if (later)
        return fail(
          'invalid-request',
          `Question bank ${bank.id} ${bank.version} is an earlier release: start new assessments on ${later.version} or later. Earlier releases are kept to read and verify what was answered under them.`
        )
      // carrying forward from another engagement's assessment is refused by startAssessmentIn, so it must be in view
      const scope: ScopeOf = (index) => ({
        kind: 'engagements',
        ids: [req.engagementId, ...index.assessments.filter((r) => r.id === req.carryForwardFromId).map((r) => r.engagementId)]
      })
      return mutate(scope, (doc) => startAssessmentIn(doc, req, bank, id, clock.now()))
    },
    saveAnswer: async ({ assessmentId, questionId, answer }) => {
      const r = await mutate(around(assessmentId), (doc) =>
        askedBy(doc, assessmentId, questionId, 'answers', deps.banks(), (q) => {
          // what a restore or an import refuses is refused here, or one save makes every later backup unrestorable
          const problems = answer === null || q === null ? [] : answerProblems(q, answer, `answers.${questionId}`)
          if (problems.length > 0) return fail('invalid-request', `This answer does not fit question ${questionId}.`, problems)
          return saveAnswerIn(doc, assessmentId, questionId, answer, clock.now())
        })
      )
      return r.ok ? ok({ updatedAt: r.value.updatedAt }) : r
    },
    updateAssessmentDetails: ({ assessmentId, title, periodStart, periodEnd, assessorName, reviewerName }) =>
      mutate(around(assessmentId), (doc) =>
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
      const r = await mutate(around(assessmentId), (doc) =>
        editAssessment(doc, assessmentId, clock.now(), (a) => ok({ ...a, lastQuestionId: questionId }))
      )
      return r.ok ? ok(null) : r
    },
    setReview: ({ assessmentId, questionId, verdict, comment }) =>
      mutate(around(assessmentId), (doc) =>
        askedBy(doc, assessmentId, questionId, 'reviews', deps.banks(), () =>
          setReviewIn(doc, assessmentId, questionId, verdict, comment, clock.now())
        )
      ),
    setAction: ({ assessmentId, questionId, owner, targetDate }) =>
      mutate(around(assessmentId), (doc) =>
        askedBy(doc, assessmentId, questionId, 'actions', deps.banks(), () =>
          setActionIn(doc, assessmentId, questionId, owner, targetDate, clock.now())
        )
      ),
    setAssessmentStatus: ({ assessmentId, status }) =>
      mutate(around(assessmentId), (doc) => setStatusIn(doc, assessmentId, status, clock.now())),
    finalizeAssessment: ({ assessmentId, ...rest }) =>
      mutate(around(assessmentId), (doc) =>
        finalizeAssessmentIn(doc, { id: assessmentId, ...rest }, deps.banks(), clock.now(), todayOf(clock))
      ),
    startRevision: ({ assessmentId }) => {
      const id = ids.newId()
      return mutate(around(assessmentId), (doc) => startRevisionIn(doc, assessmentId, id, deps.banks(), clock.now()))
    },
    applyEngagementScope: ({ assessmentId }) =>
      mutate(around(assessmentId), (doc) => applyEngagementScopeIn(doc, assessmentId, deps.banks(), clock.now())),
    deleteAssessment: ({ assessmentId }) => mutate(around(assessmentId), (doc) => deleteAssessmentIn(doc, assessmentId))
  }
}

/**
 * Runs `change` only when the assessment's bank version has the question: an answer, review or action for
 * one it lacks was stored, and a file exporting it was then refused on import (validate-exchange.ts). `change` is
 * given the question (null where the assessment or its bank is not found: the change itself then says so).
 * A bank not loaded here (an earlier release no screen has opened) is not checked: it is checked on every
 * read of a file instead.
 */
function askedBy<T>(
  doc: StoreDoc,
  assessmentId: string,
  questionId: string,
  member: 'answers' | 'reviews' | 'actions',
  banks: readonly QuestionBank[],
  change: (question: Question | null) => Result<T>
): Result<T> {
  const assessment = doc.assessments.find((a) => a.id === assessmentId)
  const bank = assessment && findBank(banks, assessment.bank)
  const question = bank?.questions.find((q) => q.id === questionId) ?? null
  if (bank && !question)
    return fail('invalid-request', `Question ${questionId} is not in question bank ${bank.id} ${bank.version}.`, [
      { path: `${member}.${questionId}`, reason: `Unknown question id in bank ${bank.id} ${bank.version}` }
    ])
  return change(question)
}
