import { z } from 'zod'
import { EngagementSchema } from '../schemas/engagement'
import { AssessmentSchema } from '../schemas/assessment'
import { QuestionBankSchema } from '../bank/bank-schema'

/** Bump when the stored shape changes, and add a migration from the previous version. */
export const STORE_SCHEMA_VERSION = 3

export const SettingsSchema = z.strictObject({
  /** Printed on every report page. */
  confidentialityMarking: z.string().trim().min(1).max(200),
  defaultReviewIntervalMonths: z.number().int().min(1).max(36)
})
export type Settings = z.infer<typeof SettingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  confidentialityMarking: 'Privileged & Confidential — prepared at the request of counsel',
  defaultReviewIntervalMonths: 12
}

export const StoreDocSchema = z.strictObject({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  engagements: z.array(EngagementSchema),
  assessments: z.array(AssessmentSchema),
  settings: SettingsSchema,
  /** Question banks imported by the user; assessments answered under one stay pinned to it. */
  customBanks: z.array(QuestionBankSchema)
})
export type StoreDoc = z.infer<typeof StoreDocSchema>

export function emptyStoreDoc(): StoreDoc {
  return { schemaVersion: STORE_SCHEMA_VERSION, engagements: [], assessments: [], settings: { ...DEFAULT_SETTINGS }, customBanks: [] }
}
