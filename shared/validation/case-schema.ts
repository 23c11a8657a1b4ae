import { z } from 'zod'
import { QuestionIdSchema } from '../bank/bank-schema'
import { AnswerSchema } from '../schemas/assessment'
import { CountryCodeSchema, UsStateCodeSchema } from '../schemas/geo'

/**
 * A decided case encoded as an engagement (issue 11 item 8): the court's outcome, the facts it relied
 * on, and the answers those facts give to the question bank. A fact the judgment does not state is left
 * unanswered; every answer carries, in its note, the published fact it encodes.
 */
export const CASE_JURISDICTIONS = [
  'us-federal',
  'us-california',
  'philippines',
  'india',
  'germany',
  'united-kingdom',
  'mexico',
  'brazil',
  'colombia'
] as const
export type CaseJurisdiction = (typeof CASE_JURISDICTIONS)[number]

/** Whether the court found an employment relationship (or deemed or joint employment) with the client. */
export const CASE_OUTCOMES = ['relationship-found', 'relationship-not-found'] as const
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]

const Prose = z.string().trim().min(1).max(2000)

const EncodedAnswerSchema = AnswerSchema.refine((a) => (a.note ?? '').trim().length > 0, {
  message: 'Each encoded answer says in its note which published fact it encodes',
  path: ['note']
})

export const ValidationCaseSchema = z.strictObject({
  format: z.literal('armslength.validation-case'),
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Case ids are kebab-case'),
  name: z.string().trim().min(1).max(200),
  court: z.string().trim().min(1).max(200),
  year: z.number().int().min(1900).max(2100),
  citation: z.string().trim().min(1).max(300),
  /** A primary source: an official judgment site or a public law report. */
  url: z.url({ protocol: /^https?$/ }).max(500),
  jurisdiction: z.enum(CASE_JURISDICTIONS),
  outcome: z.enum(CASE_OUTCOMES),
  /** What the court held, in one sentence. */
  holding: Prose,
  /** The facts the court relied on, in one or two sentences. */
  facts: Prose,
  /** Where the work was done, as an engagement records it; this switches the jurisdiction profiles on. */
  engagement: z.strictObject({
    deliveryCountries: z.array(CountryCodeSchema).min(1),
    clientUsStates: z.array(UsStateCodeSchema)
  }),
  /** The bank release the answers were encoded under. */
  bank: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  answers: z.record(QuestionIdSchema, EncodedAnswerSchema)
})

export type ValidationCase = z.infer<typeof ValidationCaseSchema>
