import { z } from 'zod'
import { IdSchema, IsoDateSchema, TimestampSchema, text } from './common'
import { AssessmentKindSchema, OptionIdSchema, ProfileIdSchema, QuestionIdSchema } from '../bank/bank-schema'

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
    if (a.na && !(a.naReason && a.naReason.trim().length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['naReason'], message: 'N/A needs a justification' })
    }
  })
export type Answer = z.infer<typeof AnswerSchema>

export const REVIEW_VERDICTS = ['acceptable', 'to-improve', 'to-correct'] as const
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number]

export const ReviewSchema = z.strictObject({
  verdict: z.enum(REVIEW_VERDICTS),
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

export const SignOffSchema = z.strictObject({
  assessorName: z.string().trim().min(1).max(120),
  reviewerName: z.string().trim().min(1).max(120),
  attestation: z.string().trim().min(1).max(2000),
  finalizedAt: TimestampSchema,
  /** SHA-256 of the canonical assessment at finalization (see docs/file-format.md). */
  fingerprint: Sha256HexSchema
})

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
