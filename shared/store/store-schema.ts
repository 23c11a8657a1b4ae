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

export const StoreDocSchema = z
  .strictObject({
    schemaVersion: z.literal(STORE_SCHEMA_VERSION),
    engagements: z.array(EngagementSchema),
    assessments: z.array(AssessmentSchema),
    settings: SettingsSchema,
    /** Question banks imported by the user; assessments answered under one stay pinned to it. */
    customBanks: z.array(QuestionBankSchema)
  })
  .superRefine((doc, ctx) => {
    // why: a document listing one id twice would become an index the next start refuses
    uniqueIds(doc.engagements, 'engagements', ctx)
    uniqueIds(doc.assessments, 'assessments', ctx)
    const engagements = new Set(doc.engagements.map((e) => e.id))
    doc.assessments.forEach((a, i) => {
      if (!engagements.has(a.engagementId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['assessments', i, 'engagementId'],
          message: `no engagement ${a.engagementId} in this document`
        })
      }
    })
  })
export type StoreDoc = z.infer<typeof StoreDocSchema>

export function emptyStoreDoc(): StoreDoc {
  return { schemaVersion: STORE_SCHEMA_VERSION, engagements: [], assessments: [], settings: { ...DEFAULT_SETTINGS }, customBanks: [] }
}

/** Adds an issue at each element whose id an earlier element already has. */
export function uniqueIds(items: readonly { id: string }[], path: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>()
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `${item.id} is listed twice` })
    seen.add(item.id)
  })
}
