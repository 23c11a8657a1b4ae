import { z } from 'zod'
import { EngagementFieldsSchema, checkEngagementInput } from './engagement'

/** Empty date inputs arrive as "", which means "not set". */
const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

/**
 * The engagement form's schema: the stored field schema with the form's empty values mapped to
 * "not set". The same rules run here and in the API's create and update requests.
 */
export const EngagementFormSchema = EngagementFieldsSchema.extend({
  contractStart: z.preprocess(emptyToUndefined, EngagementFieldsSchema.shape.contractStart),
  contractEnd: z.preprocess(emptyToUndefined, EngagementFieldsSchema.shape.contractEnd),
  renewalDate: z.preprocess(emptyToUndefined, EngagementFieldsSchema.shape.renewalDate)
}).superRefine(checkEngagementInput)

export type EngagementFormInput = z.input<typeof EngagementFormSchema>
