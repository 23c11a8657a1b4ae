import { z } from 'zod'
import { TimestampSchema } from '../schemas/common'
import { EngagementSchema } from '../schemas/engagement'
import { AssessmentSchema } from '../schemas/assessment'

export const ENGAGEMENT_FILE_FORMAT = 'armslength.engagement'
export const BUNDLE_FORMAT = 'armslength.bundle'
export const EXCHANGE_FORMAT_VERSION = 1

export const EngagementRecordSchema = z.strictObject({
  engagement: EngagementSchema,
  assessments: z.array(AssessmentSchema)
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
