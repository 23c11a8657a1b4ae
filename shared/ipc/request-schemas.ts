import { z } from 'zod'
import type { ApiMethod } from './contract'
import { IdSchema, IsoDateSchema, text, visibleText } from '../schemas/common'
import { ENGAGEMENT_STATUSES, EngagementInputSchema } from '../schemas/engagement'
import { CounselDirectionSchema, REVIEW_VERDICTS, TypedAnswerSchema } from '../schemas/assessment'
import { AssessmentKindSchema, QuestionIdSchema } from '../bank/bank-schema'
import { SettingsSchema } from '../store/store-schema'
import { checkPeriod } from '../schemas/period'
import { MAX_BACKUP_BYTES, MAX_IMPORT_BYTES } from '../exchange/safe-json'
import { IMPORT_DECISIONS } from '../exchange/plan-import'
import { exceedsBytes } from '../exchange/utf8'
import { personName, printable } from '../schemas/typed-characters'

// why: counted in UTF-8 bytes, as the file has them on disk; a character count let through up to three times the limit
const FileText = z
  .string()
  .refine((text) => !exceedsBytes(text, MAX_IMPORT_BYTES), `Files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are refused`)
/** A backup file holds the whole store: its own, larger limit (safe-json.ts), so a backup the app saved restores. */
const BackupFileText = z
  .string()
  .refine((text) => !exceedsBytes(text, MAX_BACKUP_BYTES), `Backup files over ${MAX_BACKUP_BYTES / 1024 / 1024} MB are refused`)

/**
 * A backup id as the persistence lists it: a file name on the desktop (`store-2026-12-05T10-00-00.000Z.json`),
 * a record key in the browser edition (`backup:2026-12-05T10:00:00.000Z`, hence the colon). Each
 * persistence resolves only ids of its own exact pattern, so nothing path-like reaches the file system.
 */
const BackupId = z.string().regex(/^[A-Za-z0-9._:-]{1,120}$/)

// a signer's name is printed on the report and covered by its fingerprint: no control characters (a NUL
// cut short some readers' text of the signature block), no word mixing Latin, Cyrillic and Greek letters
const Name = personName(
  z
    .string()
    .trim()
    .min(1, 'A name is required')
    .max(120)
    .refine((s) => visibleText(s) !== '', 'A name is required')
)
/** Typed text of a request (titles, comments, owners) that reports print. */
const TypedLine = (max: number) => printable(text(max))
/** A person's name typed into a request (an assessor, a reviewer, an action's owner), which may be left blank. */
const TypedName = (max: number) => personName(text(max))
const TypedLines = (max: number) => printable(text(max), true)

const NoArgs = z.undefined()

/** One schema per API method; main validates every request with it before anything runs. */
export const REQUEST_SCHEMAS = {
  getStartupInfo: NoArgs,
  getDiagnostics: NoArgs,
  dismissNotice: NoArgs,
  listEngagements: NoArgs,
  createEngagement: z.strictObject({ fields: EngagementInputSchema }),
  updateEngagement: z.strictObject({ id: IdSchema, fields: EngagementInputSchema }),
  setEngagementStatus: z.strictObject({ id: IdSchema, status: z.enum(ENGAGEMENT_STATUSES) }),
  deleteEngagement: z.strictObject({ id: IdSchema, confirmName: text(200).optional() }),
  listAssessments: z.strictObject({ engagementId: IdSchema.optional() }),
  listAssessmentSummaries: NoArgs,
  listPortfolio: z.strictObject({ today: IsoDateSchema }),
  getUpgradeProgress: NoArgs,
  openAssessment: z.strictObject({ assessmentId: IdSchema }),
  startAssessment: z.strictObject({
    engagementId: IdSchema,
    kind: AssessmentKindSchema,
    carryForwardFromId: IdSchema.optional(),
    title: TypedLine(200).optional(),
    bank: z.strictObject({ id: z.string().min(1).max(64), version: z.string().min(1).max(32) }).optional()
  }),
  // an answer's free text refuses the direction controls when typed (typed-fields.ts), not when stored
  saveAnswer: z.strictObject({ assessmentId: IdSchema, questionId: QuestionIdSchema, answer: TypedAnswerSchema.nullable() }),
  updateAssessmentDetails: z
    .strictObject({
      assessmentId: IdSchema,
      title: TypedLine(200),
      periodStart: IsoDateSchema.optional(),
      periodEnd: IsoDateSchema.optional(),
      assessorName: TypedName(120),
      reviewerName: TypedName(120)
    })
    // the rule both dialogs check: a period is saved whole (both dates, end after start) or not at all
    .superRefine((req, ctx) => checkPeriod(req, ctx)),
  setLastQuestion: z.strictObject({ assessmentId: IdSchema, questionId: QuestionIdSchema }),
  setReview: z.strictObject({
    assessmentId: IdSchema,
    questionId: QuestionIdSchema,
    verdict: z.enum(REVIEW_VERDICTS).nullable(),
    comment: TypedLines(2000)
  }),
  setAction: z.strictObject({
    assessmentId: IdSchema,
    questionId: QuestionIdSchema,
    owner: TypedName(120),
    targetDate: IsoDateSchema.optional()
  }),
  setAssessmentStatus: z.strictObject({ assessmentId: IdSchema, status: z.enum(['draft', 'in-review']) }),
  finalizeAssessment: z.strictObject({
    assessmentId: IdSchema,
    assessorName: Name,
    reviewerName: Name,
    attestation: printable(
      z
        .string()
        .trim()
        .min(1, 'The attestation is required')
        .max(2000)
        .refine((s) => visibleText(s) !== '', 'The attestation is required'),
      true
    ),
    notReviewedReason: TypedLines(2000).optional(),
    counselDirection: CounselDirectionSchema.extend({ name: personName(CounselDirectionSchema.shape.name) }).optional()
  }),
  startRevision: z.strictObject({ assessmentId: IdSchema }),
  applyEngagementScope: z.strictObject({ assessmentId: IdSchema }),
  deleteAssessment: z.strictObject({ assessmentId: IdSchema }),
  exportReportPdf: z.strictObject({ assessmentId: IdSchema }),
  startAuditPacket: z.strictObject({ engagementIds: z.array(IdSchema).max(10_000).optional() }),
  getJob: z.strictObject({ jobId: IdSchema }),
  exportEngagement: z.strictObject({ engagementId: IdSchema }),
  exportBundle: z.strictObject({ engagementIds: z.array(IdSchema).max(10_000).optional() }),
  previewImport: z.strictObject({ text: FileText }),
  applyImport: z.strictObject({ text: FileText, decisions: z.record(IdSchema, z.enum(IMPORT_DECISIONS)) }),
  exportCsv: z.strictObject({ kind: z.enum(['portfolio', 'action-plans']) }),
  exportBackup: NoArgs,
  restoreBackupFile: z.strictObject({ text: BackupFileText }),
  listBanks: NoArgs,
  loadBanks: z.strictObject({
    refs: z
      .array(z.strictObject({ id: z.string().min(1).max(64), version: z.string().min(1).max(32) }))
      .max(1000)
      .optional()
  }),
  importBank: z.strictObject({ text: FileText }),
  getSettings: NoArgs,
  updateSettings: z.strictObject({ settings: SettingsSchema }),
  listBackups: NoArgs,
  backupNow: NoArgs,
  restoreBackup: z.strictObject({ id: BackupId }),
  previewRestore: z.union([z.strictObject({ id: BackupId }), z.strictObject({ text: BackupFileText })])
} satisfies Record<ApiMethod, z.ZodType>
