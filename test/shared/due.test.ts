import { describe, expect, test } from 'vitest'
import { addMonths, dueStatus } from '@shared/workflow/due'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { engagementFields } from '../helpers/engagement-fields'

const engagement: Engagement = {
  ...engagementFields(),
  id: 'e1',
  status: 'active',
  createdAt: '2025-01-15T08:00:00.000Z',
  updatedAt: '2025-01-15T08:00:00.000Z'
}

function finalAt(finalizedAt: string): Assessment {
  return {
    id: `a-${finalizedAt}`,
    engagementId: 'e1',
    kind: 'annual',
    title: '',
    bank: { id: 'b', version: '2026.1' },
    profiles: [],
    status: 'final',
    answers: {},
    reviews: {},
    actions: {},
    assessorName: 'A',
    reviewerName: 'R',
    signOff: { assessorName: 'A', reviewerName: 'R', attestation: 'x', finalizedAt, fingerprint: '0'.repeat(64) },
    createdAt: finalizedAt,
    updatedAt: finalizedAt
  }
}

describe('due dates', () => {
  test('months are calendar months, clamped to the end of short months', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2025-11-15', 12)).toBe('2026-11-15')
    expect(addMonths('2025-12-01', 1)).toBe('2026-01-01')
  })

  test('never assessed: due since the engagement was registered', () => {
    expect(dueStatus(engagement, [], '2025-03-01')).toMatchObject({ lastFinal: null, dueDate: '2025-01-15', overdue: true })
  })

  test('due one interval after the last final assessment; overdue after that', () => {
    const assessments = [finalAt('2025-02-01T10:00:00.000Z'), finalAt('2025-06-10T10:00:00.000Z')]
    expect(dueStatus(engagement, assessments, '2026-06-10')).toMatchObject({ dueDate: '2026-06-10', overdue: false, daysUntilDue: 0 })
    expect(dueStatus(engagement, assessments, '2026-06-11').overdue).toBe(true)
    expect(dueStatus({ ...engagement, reviewIntervalMonths: 6 }, assessments, '2025-11-01')).toMatchObject({
      dueDate: '2025-12-10',
      overdue: false
    })
  })

  test('a signed revision is the cycle it corrects: it does not move the next assessment back', () => {
    const original = finalAt('2025-02-01T10:00:00.000Z')
    const revision = { ...finalAt('2025-12-20T10:00:00.000Z'), revisionOfId: original.id }
    // without the link the correction would read as a new cycle, due in December 2026
    expect(dueStatus(engagement, [original, { ...revision, revisionOfId: undefined }], '2026-03-01').dueDate).toBe('2026-12-20')
    expect(dueStatus(engagement, [original, revision], '2026-03-01')).toMatchObject({
      lastFinal: revision,
      dueDate: '2026-02-01',
      overdue: true
    })
  })

  test('a correction of an older cycle signed after a newer cycle leaves the newer cycle deciding', () => {
    const y2025 = finalAt('2025-02-01T10:00:00.000Z')
    const y2026 = finalAt('2026-01-20T10:00:00.000Z')
    const corrected2025 = { ...finalAt('2026-03-05T10:00:00.000Z'), revisionOfId: y2025.id }
    expect(dueStatus(engagement, [y2025, y2026, corrected2025], '2026-04-01').dueDate).toBe('2027-01-20')
  })
})
