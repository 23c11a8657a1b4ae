import { describe, expect, test } from 'vitest'
import { signAssessment } from '@shared/integrity/fingerprint'
import type { Assessment } from '@shared/schemas/assessment'
import { STORE_INDEX_VERSION, bodyKey, refOf } from '@shared/store/store-index'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { ENGAGEMENT, EXPECTED_BANKS, V1_BANK, V1_DRAFT, V1_FINAL } from './archived-bank-fixtures'
import { open, spiedPersistence, value } from './store-session-fixtures'

/*
 * A version-6 index did not record which final a revision corrects, so read from the index alone a signed
 * revision looked like a new cycle: a second trend point and arrow, and a due date a year after the
 * correction. The upgrade to version 7 reads every body once and records the link.
 */
const REVISION: Assessment = signAssessment(
  { ...V1_DRAFT, id: 'rev-of-v1-final', revisionOfId: V1_FINAL.id, createdAt: '2022-03-01T09:00:00.000Z' },
  {
    assessorName: 'Zofia Wiśniewska',
    reviewerName: 'Dr. Jürgen Müller',
    attestation: 'We confirm that the corrected answers describe how this engagement operates in practice.',
    finalizedAt: '2022-03-10T12:00:00.000Z'
  },
  ENGAGEMENT,
  V1_BANK,
  [V1_FINAL]
)

/** The store as version 6 wrote it: the same refs without the revision link. */
function v6Store(): { index: string; bodies: Map<string, string> } {
  const assessments = [V1_FINAL, REVISION]
  const refs = assessments.map((a) => {
    const { revisionOfId: _link, ...ref } = refOf(a, 1, EXPECTED_BANKS)
    return ref
  })
  const index = {
    schemaVersion: 6,
    generation: 1,
    engagements: [ENGAGEMENT],
    assessments: refs,
    settings: { ...DEFAULT_SETTINGS },
    customBanks: [],
    backedUpGeneration: 1
  }
  return { index: JSON.stringify(index), bodies: new Map(assessments.map((a) => [bodyKey(a.id, 1), JSON.stringify(a)])) }
}

describe('the one-time upgrade of a version-6 index', () => {
  test('records which final each revision corrects, so the revision counts as the cycle it corrects', async () => {
    const { index, bodies } = v6Store()
    expect(index).not.toContain('revisionOfId')
    const spy = spiedPersistence(index)
    for (const [key, body] of bodies) spy.state.bodies.set(key, body)
    const { api } = await open(spy)
    expect(value(await api.getStartupInfo()).migratedFrom).toBe(6)
    const rows = value(await api.listPortfolio({ today: '2022-06-01' }))
    expect(value(await api.getUpgradeProgress())).toMatchObject({ state: 'done', from: 6, done: 2, total: 2 })

    const upgraded = spy.index()
    expect(upgraded.schemaVersion).toBe(STORE_INDEX_VERSION)
    expect(upgraded.assessments.find((r) => r.id === REVISION.id)?.revisionOfId).toBe(V1_FINAL.id)
    expect(upgraded.assessments.find((r) => r.id === V1_FINAL.id)).not.toHaveProperty('revisionOfId')
    // the records themselves are not rewritten
    expect(spy.state.bodies.get(bodyKey(REVISION.id, 1))).toBe(bodies.get(bodyKey(REVISION.id, 1)))

    // read from the upgraded index: one cycle, dated from the corrected final, due a year after it
    const after = value(await api.listPortfolio({ today: '2022-06-01' }))
    for (const r of [rows, after]) expect(r).toHaveLength(1)
    expect(after[0]!.trend.map((p) => [p.assessmentId, p.cycleOn, p.corrected])).toEqual([[REVISION.id, '2021-11-28', 1]])
    expect(after[0]!.due.dueDate).toBe(`2022-11-28`)
    expect(spy.violations).toEqual([])
  })
})
