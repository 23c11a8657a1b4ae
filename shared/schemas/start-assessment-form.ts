import { z } from 'zod'
import { AssessmentKindSchema } from '../bank/bank-schema'
import { IsoDateSchema, text } from './common'
import { checkPeriod } from './period'
import { checkPrintable } from './typed-characters'

/** A date field of a form: a YYYY-MM-DD date, or '' for "not set". */
export const OptionalDateField = z.union([z.literal(''), IsoDateSchema])

/**
 * The "Start an assessment" form. The period is checked with the same rule the service applies when it
 * is saved (updateAssessmentDetails); its problem is reported on the end date, where focus goes.
 */
export const StartAssessmentFormSchema = z
  .strictObject({
    kind: AssessmentKindSchema,
    /** Empty means "use the default title" (defaultAssessmentTitle). */
    title: text(200),
    periodStart: OptionalDateField,
    periodEnd: OptionalDateField,
    /** Carry the answers of the previous assessment forward (only offered when there is one). */
    carry: z.boolean(),
    /** The chosen question bank, as bankKey() names it. */
    bank: z.string().min(1)
  })
  .superRefine((form, ctx) => {
    checkPeriod(form, ctx, ['periodEnd'])
    // the title heads the report: the same characters the service refuses (request-schemas.ts)
    checkPrintable(form.title, ['title'], ctx)
  })

export type StartAssessmentForm = z.infer<typeof StartAssessmentFormSchema>
