import type { z } from 'zod'
import type { EngagementFields } from './engagement'
import type { Answer, Assessment } from './assessment'
import { directionControl, directionControlReason, lineProblem, unprintableCharacter, unprintableReason } from './typed-characters'
import { formatPath } from '../util/problems'
import type { Problem } from '../util/result'

/**
 * What a typed field refuses (typed-characters.ts): a single line, a person's name (a single line whose words
 * each keep to one of Latin, Cyrillic and Greek), several lines, or an answer's free text (note, N/A reason,
 * evidence), which refuses only the direction controls.
 */
export type TypedRule = 'line' | 'name' | 'lines' | 'answer-text'

/** A text a person typed, where it sits in its record, and the rule its field follows. */
export type TypedField = { path: (string | number)[]; text: string; rule: TypedRule }

type EngagementTyped = Pick<EngagementFields, 'vendorName' | 'name' | 'contractReference' | 'owner' | 'notes' | 'sites'>

/**
 * The typed texts of an engagement: the one list the engagement form, the create/update requests and the
 * file readers check (notes alone take line breaks). Also the engagement facts a sign-off records.
 */
export function engagementTypedFields(fields: EngagementTyped): TypedField[] {
  return [
    ...(['vendorName', 'name', 'contractReference'] as const).map((key): TypedField => ({ path: [key], text: fields[key], rule: 'line' })),
    { path: ['owner'], text: fields.owner, rule: 'name' },
    { path: ['notes'], text: fields.notes, rule: 'lines' },
    ...fields.sites.map((site, i): TypedField => ({ path: ['sites', i, 'site'], text: site.site, rule: 'line' }))
  ]
}

/**
 * The typed texts of an assessment that its requests check when they are typed (shared/ipc/request-schemas.ts):
 * the title and the names (updateAssessmentDetails), review comments (setReview, several lines), action
 * owners (setAction), every answer's free text (saveAnswer: direction controls only), the sign-off's names,
 * attestation and not-reviewed reason and the counsel's name (finalizeAssessment; attestation and reason take
 * several lines), and the engagement facts the sign-off recorded (checked as the engagement's own).
 */
export function assessmentTypedFields(a: Assessment): TypedField[] {
  const fields: TypedField[] = [
    { path: ['title'], text: a.title, rule: 'line' },
    { path: ['assessorName'], text: a.assessorName, rule: 'name' },
    { path: ['reviewerName'], text: a.reviewerName, rule: 'name' }
  ]
  for (const [id, answer] of Object.entries(a.answers))
    fields.push(...answerTypedFields(answer).map((f) => ({ ...f, path: ['answers', id, ...f.path] })))
  for (const [id, review] of Object.entries(a.reviews))
    fields.push({ path: ['reviews', id, 'comment'], text: review.comment, rule: 'lines' })
  for (const [id, action] of Object.entries(a.actions)) fields.push({ path: ['actions', id, 'owner'], text: action.owner, rule: 'name' })
  const s = a.signOff
  if (s) {
    fields.push(
      { path: ['signOff', 'assessorName'], text: s.assessorName, rule: 'name' },
      { path: ['signOff', 'reviewerName'], text: s.reviewerName, rule: 'name' },
      { path: ['signOff', 'attestation'], text: s.attestation, rule: 'lines' }
    )
    if (s.notReviewed) fields.push({ path: ['signOff', 'notReviewed', 'reason'], text: s.notReviewed.reason, rule: 'lines' })
    if (s.engagement) fields.push(...engagementTypedFields(s.engagement).map((f) => ({ ...f, path: ['signOff', 'engagement', ...f.path] })))
  }
  if (a.counselDirection) fields.push({ path: ['counselDirection', 'name'], text: a.counselDirection.name, rule: 'name' })
  return fields
}

/**
 * An answer's free text: note, N/A reason, each evidence document's title and where it is kept. Printed in
 * the report beside the answer, so what the screen shows of them must be what the report prints.
 */
export function answerTypedFields(a: Answer): TypedField[] {
  const fields: TypedField[] = []
  if (a.naReason !== undefined) fields.push({ path: ['naReason'], text: a.naReason, rule: 'answer-text' })
  if (a.note !== undefined) fields.push({ path: ['note'], text: a.note, rule: 'answer-text' })
  a.evidence?.forEach((e, i) =>
    fields.push(
      { path: ['evidence', i, 'title'], text: e.title, rule: 'answer-text' },
      { path: ['evidence', i, 'location'], text: e.location, rule: 'answer-text' }
    )
  )
  return fields
}

/** Why the field's text is refused under its rule, or null when it is not. */
function typedFieldProblem(f: TypedField): string | null {
  switch (f.rule) {
    case 'line':
      return lineProblem(f.text)
    case 'name':
      return lineProblem(f.text, true)
    case 'lines': {
      const found = unprintableCharacter(f.text, true)
      return found ? unprintableReason(found) : null
    }
    case 'answer-text': {
      const found = directionControl(f.text)
      return found ? directionControlReason(found) : null
    }
  }
}

/** Adds an issue at each typed field holding a character its rule refuses. */
export function checkTypedFields(fields: readonly TypedField[], ctx: z.RefinementCtx): void {
  for (const f of fields) {
    const reason = typedFieldProblem(f)
    if (reason) ctx.addIssue({ code: 'custom', path: f.path, message: reason })
  }
}

/** The same as problems, each path under `prefix` ("engagements[2]"). */
export function typedFieldProblems(fields: readonly TypedField[], prefix: string): Problem[] {
  return fields.flatMap((f) => {
    const reason = typedFieldProblem(f)
    return reason ? [{ path: formatPath(prefix, f.path), reason }] : []
  })
}
