import { z } from 'zod'
import { IdSchema } from './common'

/** "Compare two assessments": two different assessments of the engagement, the earlier one first. */
export const CompareFormSchema = z
  .strictObject({ earlier: IdSchema, later: IdSchema })
  .refine((f) => f.earlier !== f.later, { path: ['later'], message: 'Choose two different assessments' })

export type CompareForm = z.infer<typeof CompareFormSchema>
