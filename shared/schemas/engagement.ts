import { z } from 'zod'
import { IdSchema, IsoDateSchema, TimestampSchema, requiredText, text, visibleText } from './common'
import { CountryCodeSchema, UsStateCodeSchema, countryName } from './geo'
import { checkTypedFields, engagementTypedFields } from './typed-fields'

export const SERVICES = {
  'customer-support': 'Customer support',
  'technical-support': 'Technical support',
  'it-helpdesk': 'IT helpdesk',
  collections: 'Collections',
  sales: 'Sales and retention',
  'back-office': 'Back office processing',
  'finance-accounting': 'Finance and accounting',
  'hr-services': 'HR services',
  'content-moderation': 'Content moderation',
  'data-services': 'Data entry and annotation',
  other: 'Other'
} as const satisfies Record<string, string>
export type ServiceId = keyof typeof SERVICES
export const ServiceIdSchema = z.enum(Object.keys(SERVICES) as [ServiceId, ...ServiceId[]])

export const DELIVERY_LOCATIONS = {
  'vendor-premises': "Vendor's premises",
  'client-premises': "Client's premises",
  remote: 'Remote (agents work from home)',
  mixed: 'Mixed'
} as const satisfies Record<string, string>
export type DeliveryLocation = keyof typeof DELIVERY_LOCATIONS

export const STAFFING_MODELS = {
  dedicated: 'Dedicated agents (work only for us)',
  shared: 'Shared agents (also serve other clients)'
} as const satisfies Record<string, string>
export type StaffingModel = keyof typeof STAFFING_MODELS

export const ENGAGEMENT_STATUSES = ['active', 'archived'] as const
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number]

export const DeliverySiteSchema = z.strictObject({
  country: CountryCodeSchema,
  /** City and site name as the vendor writes it, e.g. "Cebu — IT Park". */
  site: requiredText(120, 'Site')
})

/** What a person enters for an engagement; ids, status and timestamps are added by the store. */
export const EngagementFieldsSchema = z.strictObject({
  vendorName: requiredText(200, 'Vendor legal name'),
  name: requiredText(200, 'Engagement name'),
  services: z.array(ServiceIdSchema).min(1, 'Choose at least one service'),
  deliveryCountries: z.array(CountryCodeSchema).min(1, 'Choose at least one delivery country'),
  sites: z.array(DeliverySiteSchema).max(50),
  /** The client's US states whose law reaches the engagement (e.g. California), if any. */
  clientUsStates: z.array(UsStateCodeSchema),
  deliveryLocation: z.enum(Object.keys(DELIVERY_LOCATIONS) as [DeliveryLocation, ...DeliveryLocation[]]),
  staffing: z.enum(Object.keys(STAFFING_MODELS) as [StaffingModel, ...StaffingModel[]]),
  headcount: z
    .number({ error: 'Enter a whole number of people' })
    .int('Enter a whole number of people')
    .min(0, 'Headcount cannot be negative')
    .max(1_000_000, 'Headcount looks too large'),
  contractStart: IsoDateSchema.optional(),
  contractEnd: IsoDateSchema.optional(),
  renewalDate: IsoDateSchema.optional(),
  contractReference: text(120),
  owner: text(120),
  notes: text(5000),
  /** Months between assessments; the next one is due this long after the last final assessment. */
  reviewIntervalMonths: z.number().int().min(1).max(36)
})

export type EngagementFields = z.infer<typeof EngagementFieldsSchema>

/** Cross-field rules, shared by the form and the store so both refuse the same input. */
export function checkEngagementDates(
  fields: Pick<EngagementFields, 'contractStart' | 'contractEnd' | 'renewalDate'>,
  ctx: z.RefinementCtx
): void {
  if (fields.contractStart && fields.contractEnd && fields.contractEnd < fields.contractStart) {
    ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: 'The end date cannot be before the start date' })
  }
  if (fields.contractStart && fields.renewalDate && fields.renewalDate < fields.contractStart) {
    ctx.addIssue({ code: 'custom', path: ['renewalDate'], message: 'The renewal date cannot be before the start date' })
  }
}

/**
 * What is typed for an engagement: the date rules, and no character a report cannot print. The stored
 * schema (EngagementSchema) does not check characters, so records written before the rule still open.
 */
export function checkEngagementInput(fields: EngagementFields, ctx: z.RefinementCtx): void {
  checkEngagementDates(fields, ctx)
  // a name of zero-width or other invisible characters passes a length check but prints as a blank,
  // and no one could type it to confirm a delete
  if (fields.vendorName.trim() !== '' && visibleText(fields.vendorName) === '')
    ctx.addIssue({
      code: 'custom',
      path: ['vendorName'],
      message: 'Vendor legal name is required (only invisible characters were entered)'
    })
  if (fields.name.trim() !== '' && visibleText(fields.name) === '')
    ctx.addIssue({ code: 'custom', path: ['name'], message: 'Engagement name is required (only invisible characters were entered)' })
  checkTypedFields(engagementTypedFields(fields), ctx)
  // a site in a country no longer delivered from: the form showed it under another country, and saving it moved the
  // site there (vendor-manager review); refused where a person enters it, so they choose again or remove the site
  fields.sites.forEach((site, i) => {
    if (!fields.deliveryCountries.includes(site.country))
      ctx.addIssue({
        code: 'custom',
        path: ['sites', i, 'country'],
        message: `${countryName(site.country)} is not a delivery country: choose this site's country again, or remove the site`
      })
  })
}

export const EngagementInputSchema = EngagementFieldsSchema.superRefine(checkEngagementInput)

export const EngagementSchema = z
  .strictObject({
    ...EngagementFieldsSchema.shape,
    id: IdSchema,
    status: z.enum(ENGAGEMENT_STATUSES),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema
  })
  .superRefine(checkEngagementDates)

export type Engagement = z.infer<typeof EngagementSchema>
export type EngagementId = Engagement['id']
