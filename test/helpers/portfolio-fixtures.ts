import type { Answer, Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { engagementFields } from './engagement-fields'

export const BANK = DEFAULT_BANK

export function engagement(id: string, overrides: Partial<Engagement> = {}): Engagement {
  return {
    ...engagementFields(),
    id,
    status: 'active',
    createdAt: '2025-01-15T08:00:00.000Z',
    updatedAt: '2025-01-15T08:00:00.000Z',
    ...overrides
  }
}

/** A draft (or, with finalizedAt, a signed-off final) assessment under the shipped bank. */
export function assessment(
  id: string,
  engagementId: string,
  answers: Record<string, Answer>,
  options: {
    finalizedAt?: string
    createdAt?: string
    status?: Assessment['status']
    title?: string
    actions?: Assessment['actions']
    kind?: Assessment['kind']
  } = {}
): Assessment {
  const createdAt = options.createdAt ?? options.finalizedAt ?? '2025-02-01T09:00:00.000Z'
  const final = options.finalizedAt !== undefined
  return {
    id,
    engagementId,
    kind: options.kind ?? 'annual',
    title: options.title ?? '',
    bank: { id: BANK.id, version: BANK.version },
    profiles: [],
    status: options.status ?? (final ? 'final' : 'draft'),
    answers,
    reviews: {},
    actions: options.actions ?? {},
    assessorName: final ? 'Ana Assessor' : '',
    reviewerName: final ? 'Rui Reviewer' : '',
    ...(final
      ? {
          signOff: {
            assessorName: 'Ana Assessor',
            reviewerName: 'Rui Reviewer',
            attestation: 'Confirmed.',
            finalizedAt: options.finalizedAt!,
            fingerprint: '0'.repeat(64)
          }
        }
      : {}),
    createdAt,
    updatedAt: options.finalizedAt ?? createdAt
  }
}

/** Low risk: supervision reserved to the vendor, in contract and practice. */
export const LOW_ANSWERS: Record<string, Answer> = {
  'SUP-01': { choice: 'vendor-only', contractChoice: 'vendor-reserved' },
  'SUP-04': { choice: 'vendor-only', contractChoice: 'vendor-reserved' }
}

/** Our staff score individual agents: a knock-out red flag. */
export const RED_FLAG_ANSWERS: Record<string, Answer> = {
  'SUP-01': { choice: 'direct-routine', contractChoice: 'client-right' },
  'SUP-04': { choice: 'client-reviews', contractChoice: 'client-reviews' }
}
