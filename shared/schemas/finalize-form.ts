import { z } from 'zod'
import { IsoDateSchema, visibleText } from './common'
import { checkPeriod, periodEndError } from './period'
import { OptionalDateField } from './start-assessment-form'
import { latinSkeleton } from './latin-skeleton'
import { checkPersonName, checkPrintable } from './typed-characters'

/**
 * The assessor and the reviewer sign in different roles: two names are the same person when what a reader sees
 * of them matches, in either of two readings. Ignoring case: NFKC, invisible characters dropped, spaces collapsed,
 * and every character Unicode's confusables data draws like a Latin letter or digit read as that letter
 * (latin-skeleton.ts). Keeping case, as UTS #39's skeleton does, where case is what tells letters apart: accents
 * and other combining marks dropped, and the Latin letters drawn like others read as them (capital I, digit 1 and
 * bar as small l, "rn" as "m", digit 0 as capital O). Attacker review: "Ian Li" signed as reviewer "lan Li",
 * "Mira" as "Mı̇ra" (dotless i with a dot above) and "Emma" as "Ernma", and the report printed them alike.
 * The finalize form and the service's finalize both use this.
 */
export function sameSigner(a: string, b: string): boolean {
  return ignoringCase(a) === ignoringCase(b) || keepingCase(a) === keepingCase(b)
}

// the skeleton before NFKC as well as after: NFKC folds Greek "Ϲ" (drawn like C) into "Σ" (drawn like nothing Latin)
const ignoringCase = (s: string): string => latinSkeleton(visibleText(latinSkeleton(s))).toLocaleLowerCase('en')

const keepingCase = (s: string): string =>
  latinSkeleton(
    latinSkeleton(visibleText(latinSkeleton(s)))
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
  )
    .replace(/rn/g, 'm')
    .replace(/[I1|]/g, 'l')
    .replace(/0/g, 'O')

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
 * reason they were not reviewed is required (the service refuses the finalize without it too). `today` is
 * the signer's date (YYYY-MM-DD): the review period must have ended by it (the service refuses it too).
 */
/** Counsel's direction precedes the sign-off it directs: one dated after today is a typing slip (vendor-manager review). */
export function directionDateError(date: string, today: string): string | null {
  return date > today ? `Counsel’s direction cannot be dated after today (${today}): give the day counsel directed it.` : null
}

export function finalizeFormSchema(openFindings: number, today: string) {
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
      const endsLater = periodEndError(f.periodEnd, today)
      if (endsLater) problem('periodEnd', endsLater)
      if (f.directed && blank(f.counselName)) problem('counselName', 'Name the counsel who directed the assessment')
      if (f.directed && f.directedOn === '') problem('directedOn', 'Give the date of counsel’s direction')
      else if (f.directed && !IsoDateSchema.safeParse(f.directedOn).success) problem('directedOn', 'Use a date in the form YYYY-MM-DD')
      else if (f.directed) {
        const later = directionDateError(f.directedOn, today)
        if (later) problem('directedOn', later)
      }
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
