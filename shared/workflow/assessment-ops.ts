import { reviewsAfterAnswer } from './review-after-answer'
import type { Answer, Assessment, ReviewVerdict } from '../schemas/assessment'
import type { AssessmentKind } from '../bank/vocabulary'
import type { QuestionBank } from '../bank/bank-schema'
import type { StoreDoc } from '../store/store-schema'
import { profilesFor } from '../bank/profiles-for'
import { findBank } from '../bank/bank-registry'
import { signAssessment } from '../integrity/fingerprint'
import { fail, ok, type Result } from '../util/result'
import { visibleText } from '../schemas/common'
import { directionDateError, sameSigner } from '../schemas/finalize-form'
import { periodEndError, periodError } from '../schemas/period'
import { carryAnswersForward } from './carry-forward'
import { findingsOf } from './findings'
import { scoreStoredAssessment } from './score-stored'
import { replacedFinalIds, revisionLinkProblem } from './revision-cycles'
import { isAfter } from '../util/instant'

export type Changed<T> = Result<{ doc: StoreDoc; value: T }>

export function findAssessment(doc: StoreDoc, id: string): Result<Assessment> {
  const found = doc.assessments.find((a) => a.id === id)
  return found ? ok(found) : fail('not-found', 'That assessment no longer exists.')
}

function replaceAssessment(doc: StoreDoc, next: Assessment): StoreDoc {
  return { ...doc, assessments: doc.assessments.map((a) => (a.id === next.id ? next : a)) }
}

/** Applies a change to an assessment that is still editable (a final one is read-only). */
export function editAssessment(doc: StoreDoc, id: string, now: string, change: (a: Assessment) => Result<Assessment>): Changed<Assessment> {
  const found = findAssessment(doc, id)
  if (!found.ok) return found
  if (found.value.status === 'final') {
    return fail('read-only', 'This assessment is final and read-only. Start a revision to change it.')
  }
  const changed = change(found.value)
  if (!changed.ok) return changed
  const next = { ...changed.value, updatedAt: now }
  return ok({ doc: replaceAssessment(doc, next), value: next })
}

export type StartRequest = {
  engagementId: string
  kind: AssessmentKind
  carryForwardFromId?: string | undefined
  title?: string | undefined
}

export function startAssessmentIn(doc: StoreDoc, req: StartRequest, bank: QuestionBank, id: string, now: string): Changed<Assessment> {
  const engagement = doc.engagements.find((e) => e.id === req.engagementId)
  if (!engagement) return fail('not-found', 'That engagement no longer exists.')
  let answers: Record<string, Answer> = {}
  if (req.carryForwardFromId) {
    const previous = findAssessment(doc, req.carryForwardFromId)
    if (!previous.ok) return previous
    if (previous.value.engagementId !== engagement.id)
      return fail('invalid-request', 'Answers can only be carried forward within one engagement.')
    answers = carryAnswersForward(previous.value.answers, bank, previous.value.bank)
  }
  const assessment: Assessment = {
    id,
    engagementId: engagement.id,
    kind: req.kind,
    title: req.title ?? '',
    bank: { id: bank.id, version: bank.version },
    profiles: profilesFor(bank, engagement),
    status: 'draft',
    answers,
    reviews: {},
    actions: {},
    assessorName: '',
    reviewerName: '',
    ...(req.carryForwardFromId ? { carriedFromId: req.carryForwardFromId } : {}),
    createdAt: now,
    updatedAt: now
  }
  return ok({ doc: { ...doc, assessments: [...doc.assessments, assessment] }, value: assessment })
}

export function saveAnswerIn(doc: StoreDoc, id: string, questionId: string, answer: Answer | null, now: string): Changed<Assessment> {
  return editAssessment(doc, id, now, (a) => {
    const answers = { ...a.answers }
    const before = a.answers[questionId]
    if (answer === null) delete answers[questionId]
    else answers[questionId] = { ...answer, answeredAt: now }
    // A revision starts with the final's reviews, so a changed answer kept the earlier verdict and the revision was
    // signed with a verdict on an answer the reviewer never saw (vendor-manager review): reviewsAfterAnswer drops it.
    const reviews = reviewsAfterAnswer(a.reviews, questionId, before, answer ?? undefined)
    return ok({ ...a, answers, reviews, lastQuestionId: questionId })
  })
}

/**
 * Records a reviewer's verdict and comment. A comment without a verdict stays a comment (no verdict is
 * ever inferred from it); clearing both removes the review.
 */
export function setReviewIn(
  doc: StoreDoc,
  id: string,
  questionId: string,
  verdict: ReviewVerdict | null,
  comment: string,
  now: string
): Changed<Assessment> {
  return editAssessment(doc, id, now, (a) => {
    // a verdict is the reviewer's, given once the assessor has sent the assessment for review: one given on a draft
    // was signed as "reviewed" in the same minute it was sent (vendor-manager review). A comment may be left any time.
    if (verdict !== null && a.status !== 'in-review')
      return fail('conflict', 'A reviewer verdict is given once the assessment is sent for review: send it for review first.')
    const reviews = { ...a.reviews }
    if (verdict === null && comment.trim() === '') delete reviews[questionId]
    else reviews[questionId] = verdict === null ? { comment, at: now } : { verdict, comment, at: now }
    return ok({ ...a, reviews })
  })
}

export function setActionIn(
  doc: StoreDoc,
  id: string,
  questionId: string,
  owner: string,
  targetDate: string | undefined,
  now: string
): Changed<Assessment> {
  return editAssessment(doc, id, now, (a) =>
    ok({ ...a, actions: { ...a.actions, [questionId]: targetDate ? { owner, targetDate } : { owner } } })
  )
}

export type FinalizeRequest = {
  id: string
  assessorName: string
  reviewerName: string
  attestation: string
  /** Required when any finding has no verdict: why they were not reviewed (printed on the report). */
  notReviewedReason?: string | undefined
  /** Counsel's direction, when the assessment was prepared at it (the report is then marked privileged). */
  counselDirection?: { name: string; date: string } | undefined
}

/** Findings of the assessment that have no verdict yet (a comment alone is not a verdict). */
export function findingsWithoutVerdict(a: Assessment, banks: readonly QuestionBank[]): Result<string[]> {
  const scored = scoreStoredAssessment(a, banks)
  if (!scored.ok) return scored
  return ok(
    findingsOf(scored.value.result)
      .filter((f) => a.reviews[f.questionId]?.verdict === undefined)
      .map((f) => f.questionId)
  )
}

/**
 * Draft → In review → Final. Finalizing makes it read-only and signs it: the assessor's event (when it
 * was sent for review) and the reviewer's (now) kept apart, the engagement facts, the bank's hash and the
 * earlier finals its report compares with recorded, and the fingerprint over all of it. Refused while a finding has no verdict unless the
 * reviewer says why those were not reviewed, and when one person would sign both roles.
 */
export function finalizeAssessmentIn(
  doc: StoreDoc,
  req: FinalizeRequest,
  banks: readonly QuestionBank[],
  now: string,
  /** The signer's date (YYYY-MM-DD); the UTC date of `now` when not given. */
  today: string = now.slice(0, 10)
): Changed<Assessment> {
  return editAssessment(doc, req.id, now, (a) => {
    if (a.status !== 'in-review') return fail('conflict', 'Send the assessment for review before finalizing it.')
    // a sign-off dated before the assessment was started or sent for review is refused wherever it is read again
    // (sign-off-time.ts), so one signed here would make every later backup unrestorable (attacker review: a clock set
    // back an hour, or an imported draft dated 2099). Refused, not moved: the record says when it was signed.
    const clockBehind = clockBehindProblem(a, now)
    if (clockBehind) return fail('conflict', clockBehind)
    // the form refuses it first; a period still running is not one a sign-off can attest to (period.ts), nor a half-set
    // or inverted one an imported draft may hold (attacker review: "31 December 2026 – 1 January 2026" was signed)
    const shape = periodError({ start: a.periodStart ?? '', end: a.periodEnd ?? '' })
    if (shape) return fail('invalid-request', `${shape} Correct the review period before signing off.`)
    const directedLater = req.counselDirection ? directionDateError(req.counselDirection.date, today) : null
    if (directedLater) return fail('invalid-request', directedLater)
    const endsLater = periodEndError(a.periodEnd, today)
    if (endsLater) return fail('invalid-request', endsLater)
    if (visibleText(req.assessorName) === '' || visibleText(req.reviewerName) === '' || visibleText(req.attestation) === '') {
      return fail('invalid-request', 'The assessor, the reviewer and the attestation are printed on the signed report: none may be blank.')
    }
    if (sameSigner(req.assessorName, req.reviewerName)) {
      return fail('invalid-request', 'The assessor and the reviewer sign in different roles: name two different people.')
    }
    const engagement = doc.engagements.find((e) => e.id === a.engagementId)
    if (!engagement) return fail('not-found', 'That engagement no longer exists.')
    // a revision's sign-off records the final it corrects (scheme 4): only a link the app could have made is signed
    const link = revisionLinkProblem(a, doc.assessments)
    if (link) return fail('conflict', `${link}. This revision cannot be signed off.`)
    // a final is revised once: a revision started elsewhere and imported beside ours is not signed as a second one
    const signedRevision = doc.assessments.find(
      (o) =>
        o.id !== a.id &&
        o.engagementId === a.engagementId &&
        o.status === 'final' &&
        o.signOff !== undefined &&
        a.revisionOfId !== undefined &&
        o.revisionOfId === a.revisionOfId
    )
    if (signedRevision)
      return fail(
        'conflict',
        `The final this revises was already revised by ${revisionName(signedRevision)}, signed off: a final is revised once. This revision cannot be signed off; revise that one instead.`
      )
    const bank = findBank(banks, a.bank)
    if (!bank) return fail('not-found', `Question bank ${a.bank.id} ${a.bank.version} is not available.`)
    const open = findingsWithoutVerdict(a, [bank])
    if (!open.ok) return open
    const reason = req.notReviewedReason?.trim() ?? ''
    if (open.value.length > 0 && visibleText(reason) === '') {
      return fail(
        'invalid-request',
        `${open.value.length} of the findings have no verdict (${open.value.join(', ')}). Give each a verdict, or say why they were not reviewed.`
      )
    }
    const named: Assessment = {
      ...a,
      assessorName: req.assessorName,
      reviewerName: req.reviewerName,
      ...(req.counselDirection ? { counselDirection: req.counselDirection } : {})
    }
    return ok(
      signAssessment(
        named,
        {
          assessorName: req.assessorName,
          ...(a.submittedAt ? { assessorSubmittedAt: a.submittedAt } : {}),
          reviewerName: req.reviewerName,
          attestation: req.attestation,
          finalizedAt: now,
          ...(open.value.length > 0 ? { notReviewed: { questionIds: open.value, reason } } : {})
        },
        engagement,
        bank,
        // the engagement's finals signed before this one: its report compares with exactly these from now on
        doc.assessments
      )
    )
  })
}

/** Why `now` cannot date the sign-off of `a`: it is before the assessment was started or sent for review; or null. */
function clockBehindProblem(a: Assessment, now: string): string | null {
  const at = Date.parse(now)
  const [event, when] =
    at < Date.parse(a.createdAt)
      ? ['started', a.createdAt]
      : a.submittedAt !== undefined && at < Date.parse(a.submittedAt)
        ? ['sent for review', a.submittedAt]
        : [null, null]
  if (event === null) return null
  return `This computer's clock reads ${now}, before this assessment was ${event} (${when}). A sign-off dated earlier than that would not be accepted when a backup or file holding it is read again, so it is not signed: check the computer's date and time, then sign off.`
}

/** Sending for review is the assessor's dated event; going back to draft clears it. */
export function setStatusIn(doc: StoreDoc, id: string, status: 'draft' | 'in-review', now: string): Changed<Assessment> {
  return editAssessment(doc, id, now, (a) => {
    const { submittedAt: _previous, ...rest } = a
    return ok(status === 'in-review' ? { ...rest, status, submittedAt: now } : { ...rest, status })
  })
}

/**
 * Applies the jurisdiction profiles the engagement calls for now (its delivery countries and client US
 * states as they are) to an assessment not yet signed off: what to do when a country was added after it
 * started. Refused for a final one (editAssessment): a signed record changes only through a revision.
 */
export function applyEngagementScopeIn(doc: StoreDoc, id: string, banks: readonly QuestionBank[], now: string): Changed<Assessment> {
  return editAssessment(doc, id, now, (a) => {
    const scope = currentScope(doc, a, banks)
    return scope.ok ? ok({ ...a, profiles: scope.value }) : scope
  })
}

/** The profiles of the assessment's bank that its engagement calls for today. */
function currentScope(doc: StoreDoc, a: Assessment, banks: readonly QuestionBank[]): Result<string[]> {
  const engagement = doc.engagements.find((e) => e.id === a.engagementId)
  if (!engagement) return fail('not-found', 'That engagement no longer exists.')
  const bank = findBank(banks, a.bank)
  if (!bank) return fail('not-found', `Question bank ${a.bank.id} ${a.bank.version} is not available.`)
  return ok(profilesFor(bank, engagement))
}

/**
 * A final assessment is changed only through a new draft that links back to it. The revision takes the
 * engagement's scope as it is now (its delivery countries and client US states): a country added since
 * the final was started is assessed in it, while the final itself keeps what it was signed with.
 */
/** A revision as the history names it: its title (or kind) and the day it was started. */
function revisionName(a: Assessment): string {
  return `${a.title.trim() === '' ? 'untitled' : JSON.stringify(a.title.trim().slice(0, 80))}, started ${a.createdAt.slice(0, 10)}`
}

export function startRevisionIn(
  doc: StoreDoc,
  finalId: string,
  newId: string,
  banks: readonly QuestionBank[],
  now: string
): Changed<Assessment> {
  const found = findAssessment(doc, finalId)
  if (!found.ok) return found
  if (found.value.status !== 'final') return fail('conflict', 'Only a final assessment can be revised.')
  // one correction at a time, each building on the last: a second revision of the same final would stand beside the
  // first, two signed records for one cycle, the later carrying the corrected final's stale answers (vendor-manager review)
  const own = doc.assessments.filter((a) => a.engagementId === found.value.engagementId)
  const replacedBy = own.find((a) => a.revisionOfId === finalId && a.status === 'final' && replacedFinalIds(own).has(finalId))
  if (replacedBy)
    return fail(
      'conflict',
      `This final was replaced by its signed revision (${revisionName(replacedBy)}): revise that one instead, so the correction builds on the last one.`
    )
  const open = own.find((a) => a.revisionOfId === finalId && a.status !== 'final')
  if (open) return fail('conflict', `A revision of this final is already open (${revisionName(open)}): continue that one.`)
  const scope = currentScope(doc, found.value, banks)
  if (!scope.ok) return scope
  const { signOff, lastQuestionId: _cursor, submittedAt: _submitted, ...rest } = found.value
  // a revision is started after the final it corrects was signed, whatever the clock says now: a clock set back
  // after signing (a time sync correcting a fast clock) had dated the revision earlier, a link the app refuses
  // wherever it is read (revisionLinkProblem), which locked the engagement's exports (break-it review)
  const startedAt = signOff && isAfter(signOff.finalizedAt, now) ? signOff.finalizedAt : now
  const revision: Assessment = {
    ...rest,
    profiles: scope.value,
    id: newId,
    status: 'draft',
    revisionOfId: finalId,
    reviews: { ...rest.reviews },
    createdAt: startedAt,
    updatedAt: startedAt
  }
  return ok({ doc: { ...doc, assessments: [...doc.assessments, revision] }, value: revision })
}

export function deleteAssessmentIn(doc: StoreDoc, id: string): Changed<null> {
  const found = findAssessment(doc, id)
  if (!found.ok) return found
  if (found.value.status === 'final') return fail('read-only', 'A final assessment is kept as a record and cannot be deleted.')
  return ok({ doc: { ...doc, assessments: doc.assessments.filter((a) => a.id !== id) }, value: null })
}
