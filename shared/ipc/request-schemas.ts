import { z } from 'zod'
import type { ApiMethod } from './contract'
import { IdSchema } from '../schemas/common'
import { ENGAGEMENT_STATUSES, EngagementInputSchema } from '../schemas/engagement'

const NoArgs = z.undefined()

/** One schema per API method; main validates every request with it before anything runs. */
export const REQUEST_SCHEMAS = {
  getStartupInfo: NoArgs,
  dismissNotice: NoArgs,
  listEngagements: NoArgs,
  createEngagement: z.strictObject({ fields: EngagementInputSchema }),
  updateEngagement: z.strictObject({ id: IdSchema, fields: EngagementInputSchema }),
  setEngagementStatus: z.strictObject({ id: IdSchema, status: z.enum(ENGAGEMENT_STATUSES) }),
  deleteEngagement: z.strictObject({ id: IdSchema }),
  listBackups: NoArgs,
  backupNow: NoArgs,
  restoreBackup: z.strictObject({ id: z.string().regex(/^[A-Za-z0-9._-]{1,120}$/) })
} satisfies Record<ApiMethod, z.ZodType>
