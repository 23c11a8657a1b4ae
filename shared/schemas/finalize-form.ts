import { z } from 'zod'
import { IsoDateSchema, visibleText } from './common'
import { checkPeriod } from './period'
import { OptionalDateField } from './start-assessment-form'
import { latinSkeleton } from './latin-skeleton'
import { checkPersonName, checkPrintable } from './typed-characters'

/**
 * The assessor and the reviewer sign in different roles: two names are the same person when what a
 * reader sees of them (NFKC, invisible characters dropped, spaces collapsed, and every character Unicode's
 * confusables data draws like a Latin letter or digit read as that letter: latin-skeleton.ts) matches, ignoring case. The finalize form and the service's finalize both use this.
 */
export function sameSigner(a: string, b: string): boolean {
  // the skeleton before NFKC as well as after: NFKC folds Greek "Ϲ" (drawn like C) into "Σ" (drawn like nothing Latin)
  const norm = (s: string): string => latinSkeleton(visibleText(latinSkeleton(s))).toLocaleLowerCase('en')
  return norm(a) === norm(b)
}

const blank = (s: string): boolean => visibleText(s) === ''

/** The fields of the finalize form in screen order: a refused Continue moves focus to the first with a problem. */
export const FINALIZE_FIELDS = [
  'assessorName',
  'reviewerName',
  'periodStart',
  'periodEnd',
  'directed',
  'counselName',
  'directedOn',
  'notReviewedReason',
  'attestation',
  'agreed'
] as const

/**
 * The "Finalize and sign off" form. `openFindings` is how many findings have no verdict: with any, the
 * reason they were not reviewed is required (the service refuses the finalize without it too).
 */
export function finalizeFormSchema(openFindings: number) {
  return z
    .strictObject({
      assessorName: z.string().max(120),
      reviewerName: z.string().max(120),
      periodStart: OptionalDateField,
      periodEnd: OptionalDateField,
      /** Prepared at the direction of counsel: only then is the report marked privileged. */
      directed: z.boolean(),
      counselName: z.string().max(120),
      directedOn: z.string(),
      notReviewedReason: z.string().max(2000),
      attestation: z.string().max(2000),
      agreed: z.boolean()
    })
    .superRefine((f, ctx) => {
      const problem = (path: (typeof FINALIZE_FIELDS)[number], message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
      if (blank(f.assessorName)) problem('assessorName', 'The assessor’s name is required')
      if (blank(f.reviewerName)) problem('reviewerName', 'The reviewer’s name is required')
      else if (!blank(f.assessorName) && sameSigner(f.assessorName, f.reviewerName))
        problem('reviewerName', 'The reviewer must be a different person from the assessor')
      checkPeriod(f, ctx, ['periodStart'])
      if (f.directed && blank(f.counselName)) problem('counselName', 'Name the counsel who directed the assessment')
      if (f.directed && f.directedOn === '') problem('directedOn', 'Give the date of counsel’s direction')
      else if (f.directed && !IsoDateSchema.safeParse(f.directedOn).success) problem('directedOn', 'Use a date in the form YYYY-MM-DD')
      if (openFindings > 0 && blank(f.notReviewedReason))
        problem('notReviewedReason', 'Give each finding a verdict, or say why these were not reviewed')
      if (blank(f.attestation)) problem('attestation', 'The attestation is required')
      if (!f.agreed) problem('agreed', 'Tick to confirm the attestation')
      // what is signed is printed: the same characters the service refuses (request-schemas.ts)
      for (const key of ['assessorName', 'reviewerName', 'counselName'] as const) checkPersonName(f[key], [key], ctx)
      for (const key of ['notReviewedReason', 'attestation'] as const) checkPrintable(f[key], [key], ctx, true)
    })
}

export type FinalizeForm = z.infer<ReturnType<typeof finalizeFormSchema>>
