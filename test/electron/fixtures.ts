import { memoryPersistence as memoryStore } from '../helpers/memory-persistence'
import type { EngagementFields } from '@shared/schemas/engagement'
import type { FileSaver } from '@shared/service/file-saver'
import type { StorePersistence } from '@shared/service/persistence'

/** A complete, valid engagement as the form would submit it. */
export function engagementFields(overrides: Partial<EngagementFields> = {}): EngagementFields {
  return {
    vendorName: 'Łódź Services Sp. z o.o.',
    name: 'Tier 1 customer support (PL)',
    services: ['customer-support'],
    deliveryCountries: ['PL'],
    sites: [{ country: 'PL', site: 'Łódź — Manufaktura' }],
    clientUsStates: ['CA'],
    deliveryLocation: 'vendor-premises',
    staffing: 'dedicated',
    headcount: 120,
    contractReference: 'MSA-2026-014',
    owner: 'Procurement',
    notes: 'Zażółć gęślą jaźń',
    reviewIntervalMonths: 12,
    ...overrides
  }
}

/** A clock that moves one second per call, so timestamps are distinct and predictable. */
export function steppingClock(start = Date.parse('2026-11-25T10:00:00.000Z')): { now: () => string } {
  let t = start
  return {
    now: () => {
      const value = new Date(t).toISOString()
      t += 1000
      return value
    }
  }
}

export function sequentialIds(prefix = 'id'): { newId: () => string } {
  let n = 0
  return { newId: () => `${prefix}-${++n}` }
}

/** StorePersistence in memory, for tests that exercise IPC rather than files. */
export function memoryPersistence(): StorePersistence {
  return memoryStore().persistence
}

/** A FileSaver whose user always cancels; for tests that do not export. */
export function cancellingFileSaver(): FileSaver {
  return { save: async () => ({ ok: true, value: null }) }
}
