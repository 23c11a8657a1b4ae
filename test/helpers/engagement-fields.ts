import type { EngagementFields } from '@shared/schemas/engagement'

export function engagementFields(overrides: Partial<EngagementFields> = {}): EngagementFields {
  return {
    vendorName: 'Łódź Services Sp. z o.o.',
    name: 'Polish customer care',
    services: ['customer-support'],
    deliveryCountries: ['PL'],
    sites: [],
    clientUsStates: [],
    deliveryLocation: 'vendor-premises',
    staffing: 'dedicated',
    headcount: 120,
    contractReference: 'MSA-2024-017',
    owner: 'Zoë Kowalczyk',
    notes: '',
    reviewIntervalMonths: 12,
    ...overrides
  }
}
