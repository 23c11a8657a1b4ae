import { z } from 'zod'
import { IdSchema, IsoDateSchema, TimestampSchema, text } from './common'
import { AssessmentKindSchema, OptionIdSchema, ProfileIdSchema, QuestionIdSchema } from '../bank/bank-schema'
import { EngagementFieldsSchema } from './engagement'
import { NA_REASON_REQUIRED, naMissingReason } from './answer-rules'
import { answerTypedFields, checkTypedFields } from './typed-fields'

export const EvidenceSchema = z.strictObject({
  title: z.string().trim().min(1, 'Document title is required').max(200),
  /** Where the document is kept (system, folder, link as text). */
  location: text(300),
  date: IsoDateSchema.optional()
})

export type Evidence = z.infer<typeof EvidenceSchema>

export const AnswerSchema = z
  .strictObject({
    /** The practice answer, or the only answer of a single-format question. */
    choice: OptionIdSchema.optional(),
    /** What the contract says, for contract-and-practice questions. */
    contractChoice: OptionIdSchema.optional(),
    na: z.boolean().optional(),
    naReason: text(1000).optional(),
    unsure: z.boolean().optional(),
    note: text(5000).optional(),
    evidence: z.array(EvidenceSchema).max(50).optional(),
    /** Carried forward from the previous cycle and not yet confirmed. */
    carried: z.boolean().optional(),
    answeredAt: TimestampSchema.optional()
  })
  .superRefine((a, ctx) => {
    if (naMissingReason(a)) ctx.addIssue({ code: 'custom', path: ['naReason'], message: NA_REASON_REQUIRED })
  })
export type Answer = z.infer<typeof AnswerSchema>

/**
 * An answer as typed (the question card's form, the saveAnswer request): the stored answer's schema and its
 * free text's rule (typed-fields.ts), which the stored schema leaves out so answers stored before it still open.
 */
export const TypedAnswerSchema = AnswerSchema.superRefine((a, ctx) => checkTypedFields(answerTypedFields(a), ctx))

export const REVIEW_VERDICTS = ['acceptable', 'to-improve', 'to-correct'] as const
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number]

export const ReviewSchema = z.strictObject({
  /** Absent when the reviewer wrote a comment but gave no verdict: a comment is never read as a verdict. */
  verdict: z.enum(REVIEW_VERDICTS).optional(),
  comment: text(2000),
  at: TimestampSchema
})

export const ActionPlanItemSchema = z.strictObject({
  owner: text(120),
  targetDate: IsoDateSchema.optional()
})

export const ASSESSMENT_STATUSES = ['draft', 'in-review', 'final'] as const
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]

export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 fingerprint is 64 lowercase hex digits')

/** The fingerprint schemes a sign-off may carry; absent means 1 (see docs/file-format.md). */
export const FINGERPRINT_SCHEMES = [1, 2, 3, 4] as const
export type FingerprintScheme = (typeof FINGERPRINT_SCHEMES)[number]

/**
 * The engagement facts a report prints, as they stood at sign-off: a final report prints these, not
 * today's engagement record, and the fingerprint covers them.
 */
export const EngagementSnapshotSchema = EngagementFieldsSchema.pick({
  vendorName: true,
  name: true,
  services: true,
  deliveryCountries: true,
  sites: true,
  clientUsStates: true,
  deliveryLocation: true,
  staffing: true,
  headcount: true,
  contractStart: true,
  contractEnd: true,
  renewalDate: true,
  contractReference: true,
  owner: true,
  notes: true
})
export type EngagementSnapshot = z.infer<typeof EngagementSnapshotSchema>

/**
 * Scheme 3: one earlier final a final compares itself with (its trend and "what changed"), as it stood at sign-off:
 * its id and its own sign-off fingerprint. A report compares with exactly these (shared/report/comparison.ts).
 */
export const ComparedFinalSchema = z.strictObject({ id: IdSchema, fingerprint: Sha256HexSchema })
export type ComparedFinal = z.infer<typeof ComparedFinalSchema>

/**
 * Scheme 4: the signed final a revision corrects, by that final's own sign-off fingerprint (its id is left out: an
 * import that keeps both renumbers ids, and the fingerprint names the signed final whatever its id). Absent on a
 * scheme 4 final that revises nothing, so removing it, or adding it, changes the fingerprint.
 */
export const RevisedFinalSchema = z.strictObject({ fingerprint: Sha256HexSchema })
export type RevisedFinal = z.infer<typeof RevisedFinalSchema>

/** Findings finalized without a verdict, and why: printed on the report, never hidden. */
export const NotReviewedSchema = z.strictObject({
  questionIds: z.array(QuestionIdSchema).min(1).max(500),
  reason: z.string().trim().min(1, 'Give the reason the findings were not reviewed').max(2000)
})

export const SignOffSchema = z
  .strictObject({
    /** Fingerprint scheme; absent on sign-offs made before schemes were recorded (scheme 1). */
    scheme: z.literal([2, 3, 4]).optional(),
    assessorName: z.string().trim().min(1).max(120),
    /** When the assessor sent the assessment for review: the assessor's own dated event. */
    assessorSubmittedAt: TimestampSchema.optional(),
    reviewerName: z.string().trim().min(1).max(120),
    attestation: z.string().trim().min(1).max(2000),
    /** When the reviewer signed off (finalized): the reviewer's dated event. */
    finalizedAt: TimestampSchema,
    /** Scheme 2: the engagement facts as they stood at sign-off. */
    engagement: EngagementSnapshotSchema.optional(),
    /** Scheme 2: SHA-256 of the canonical question bank the assessment was answered under. */
    bankSha256: Sha256HexSchema.optional(),
    /** Scheme 3: the earlier finals the report compares with, as they were signed; may be empty. */
    comparedWith: z.array(ComparedFinalSchema).max(10_000).optional(),
    /** Scheme 4: the signed final this revision corrects; absent when it revises none. */
    revises: RevisedFinalSchema.optional(),
    notReviewed: NotReviewedSchema.optional(),
    /** SHA-256 of the canonical assessment at finalization (see docs/file-format.md). */
    fingerprint: Sha256HexSchema
  })
  .superRefine((s, ctx) => {
    const scheme = s.scheme ?? 1
    if (scheme >= 2 && !s.engagement)
      ctx.addIssue({ code: 'custom', path: ['engagement'], message: `A scheme ${scheme} sign-off records the engagement facts` })
    if (scheme >= 2 && !s.bankSha256)
      ctx.addIssue({ code: 'custom', path: ['bankSha256'], message: `A scheme ${scheme} sign-off records the question bank hash` })
    if (scheme >= 3 && !s.comparedWith)
      ctx.addIssue({ code: 'custom', path: ['comparedWith'], message: `A scheme ${scheme} sign-off records the finals it compares with` })
    // under schemes 1 and 2 the report compares with what the data holds: a list there would claim a binding it lacks
    if (scheme < 3 && s.comparedWith)
      ctx.addIssue({
        code: 'custom',
        path: ['comparedWith'],
        message: `A scheme ${scheme} sign-off does not record the finals it compares with`
      })
    // only scheme 4 binds the final a revision corrects: a `revises` under an older scheme would claim a binding it lacks
    if (scheme < 4 && s.revises)
      ctx.addIssue({ code: 'custom', path: ['revises'], message: `A scheme ${scheme} sign-off does not record the final it revises` })
    const ids = new Set<string>()
    s.comparedWith?.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['comparedWith', i, 'id'], message: `Final ${c.id} is recorded twice` })
      ids.add(c.id)
    })
  })

/** Counsel's direction to prepare the assessment: the only ground for marking a report privileged. */
export const CounselDirectionSchema = z.strictObject({
  name: z.string().trim().min(1, 'Name the counsel who directed it').max(120),
  date: IsoDateSchema
})
export type CounselDirection = z.infer<typeof CounselDirectionSchema>

export const AssessmentSchema = z.strictObject({
  id: IdSchema,
  engagementId: IdSchema,
  kind: AssessmentKindSchema,
  title: text(200),
  periodStart: IsoDateSchema.optional(),
  periodEnd: IsoDateSchema.optional(),
  /** The bank the answers were given under; an assessment stays pinned to it. */
  bank: z.strictObject({ id: z.string().min(1).max(64), version: z.string().min(1).max(32) }),
  /** Jurisdiction profiles applied, fixed when the assessment starts so the result is reproducible. */
  profiles: z.array(ProfileIdSchema),
  status: z.enum(ASSESSMENT_STATUSES),
  answers: z.record(QuestionIdSchema, AnswerSchema),
  reviews: z.record(QuestionIdSchema, ReviewSchema),
  actions: z.record(QuestionIdSchema, ActionPlanItemSchema),
  assessorName: text(120),
  reviewerName: text(120),
  signOff: SignOffSchema.optional(),
  /** Set when counsel directed this assessment; without it reports are marked "Confidential" only. */
  counselDirection: CounselDirectionSchema.optional(),
  /** When it was last sent for review (the assessor's event); cleared when it goes back to draft. */
  submittedAt: TimestampSchema.optional(),
  /** The assessment whose answers were carried forward into this one. */
  carriedFromId: IdSchema.optional(),
  /** The final assessment this one revises. */
  revisionOfId: IdSchema.optional(),
  /** Where the user was, so reopening returns to the same question. */
  lastQuestionId: QuestionIdSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})

export type Assessment = z.infer<typeof AssessmentSchema>
export type AssessmentId = Assessment['id']
