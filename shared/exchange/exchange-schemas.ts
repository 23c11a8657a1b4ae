import { z } from 'zod'
import { TimestampSchema } from '../schemas/common'
import { EngagementSchema } from '../schemas/engagement'
import { AssessmentSchema } from '../schemas/assessment'
import { assessmentTypedFields, checkTypedFields, engagementTypedFields } from '../schemas/typed-fields'

export const ENGAGEMENT_FILE_FORMAT = 'armslength.engagement'
export const BUNDLE_FORMAT = 'armslength.bundle'
export const EXCHANGE_FORMAT_VERSION = 1

/**
 * An engagement as a file from elsewhere holds it: the stored schema, and what a person typed in it must
 * be printable as typed, as when it is typed here (typed-fields.ts). The app's own store is not re-checked.
 */
export const ImportedEngagementSchema = EngagementSchema.superRefine((e, ctx) => checkTypedFields(engagementTypedFields(e), ctx))
/** An assessment as a file from elsewhere holds it (see ImportedEngagementSchema). */
export const ImportedAssessmentSchema = AssessmentSchema.superRefine((a, ctx) => checkTypedFields(assessmentTypedFields(a), ctx))

export const EngagementRecordSchema = z.strictObject({
  engagement: ImportedEngagementSchema,
  assessments: z.array(ImportedAssessmentSchema)
})
export type EngagementRecord = z.infer<typeof EngagementRecordSchema>

/** One engagement with its assessments: what the CLI scores and reports on. */
export const EngagementFileSchema = z.strictObject({
  format: z.literal(ENGAGEMENT_FILE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  exportedAt: TimestampSchema,
  ...EngagementRecordSchema.shape
})
export type EngagementFile = z.infer<typeof EngagementFileSchema>

/** Many engagements: export of a selection or everything, and the input of an audit packet. */
export const BundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  exportedAt: TimestampSchema,
  engagements: z.array(EngagementRecordSchema)
})
export type Bundle = z.infer<typeof BundleSchema>

export type ExchangeFile = { kind: 'engagement'; file: EngagementFile } | { kind: 'bundle'; file: Bundle }

export function recordsOf(file: ExchangeFile): EngagementRecord[] {
  switch (file.kind) {
    case 'engagement':
      return [{ engagement: file.file.engagement, assessments: file.file.assessments }]
    case 'bundle':
      return file.file.engagements
  }
}
