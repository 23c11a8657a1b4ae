import type { z } from 'zod'
import type { EngagementFields } from './engagement'
import type { Assessment } from './assessment'
import { checkPrintable, unprintableCharacter, unprintableReason } from './typed-characters'
import { formatPath } from '../util/problems'
import type { Problem } from '../util/result'

/** A text a person typed, where it sits in its record, and whether its field takes several lines. */
export type TypedField = { path: (string | number)[]; text: string; multiLine: boolean }

type EngagementTyped = Pick<EngagementFields, 'vendorName' | 'name' | 'contractReference' | 'owner' | 'notes' | 'sites'>

/**
 * The typed texts of an engagement: the one list the engagement form, the create/update requests and the
 * file readers check (notes alone take line breaks). Also the engagement facts a sign-off records.
 */
export function engagementTypedFields(fields: EngagementTyped): TypedField[] {
  return [
    ...(['vendorName', 'name', 'contractReference', 'owner'] as const).map((key) => ({ path: [key], text: fields[key], multiLine: false })),
    { path: ['notes'], text: fields.notes, multiLine: true },
    ...fields.sites.map((site, i) => ({ path: ['sites', i, 'site'], text: site.site, multiLine: false }))
  ]
}

/**
 * The typed texts of an assessment that its requests check when they are typed (shared/ipc/request-schemas.ts):
 * the title and the names (updateAssessmentDetails), review comments (setReview, several lines), action
 * owners (setAction), the sign-off's names, attestation and not-reviewed reason and the counsel's name
 * (finalizeAssessment; attestation and reason take several lines), and the engagement facts the sign-off
 * recorded (checked as the engagement's own). An answer's note, N/A reason and evidence are not checked
 * when typed, so not here either: a file the app exported must import again.
 */
export function assessmentTypedFields(a: Assessment): TypedField[] {
  const fields: TypedField[] = [
    { path: ['title'], text: a.title, multiLine: false },
    { path: ['assessorName'], text: a.assessorName, multiLine: false },
    { path: ['reviewerName'], text: a.reviewerName, multiLine: false }
  ]
  for (const [id, review] of Object.entries(a.reviews))
    fields.push({ path: ['reviews', id, 'comment'], text: review.comment, multiLine: true })
  for (const [id, action] of Object.entries(a.actions))
    fields.push({ path: ['actions', id, 'owner'], text: action.owner, multiLine: false })
  const s = a.signOff
  if (s) {
    fields.push(
      { path: ['signOff', 'assessorName'], text: s.assessorName, multiLine: false },
      { path: ['signOff', 'reviewerName'], text: s.reviewerName, multiLine: false },
      { path: ['signOff', 'attestation'], text: s.attestation, multiLine: true }
    )
    if (s.notReviewed) fields.push({ path: ['signOff', 'notReviewed', 'reason'], text: s.notReviewed.reason, multiLine: true })
    if (s.engagement) fields.push(...engagementTypedFields(s.engagement).map((f) => ({ ...f, path: ['signOff', 'engagement', ...f.path] })))
  }
  if (a.counselDirection) fields.push({ path: ['counselDirection', 'name'], text: a.counselDirection.name, multiLine: false })
  return fields
}

/** Adds an issue at each typed field holding a character that cannot be printed as typed. */
export function checkTypedFields(fields: readonly TypedField[], ctx: z.RefinementCtx): void {
  for (const f of fields) checkPrintable(f.text, f.path, ctx, f.multiLine)
}

/** The same as problems, each path under `prefix` ("engagements[2]"). */
export function typedFieldProblems(fields: readonly TypedField[], prefix: string): Problem[] {
  return fields.flatMap((f) => {
    const found = unprintableCharacter(f.text, f.multiLine)
    return found ? [{ path: formatPath(prefix, f.path), reason: unprintableReason(found) }] : []
  })
}
