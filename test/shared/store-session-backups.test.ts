import { describe, expect, test } from 'vitest'
import { openStoreText } from '@shared/store/open-store'
import { STORE_SCHEMA_VERSION, emptyStoreDoc } from '@shared/store/store-schema'
import { engagementFields } from '../helpers/engagement-fields'
import { SIGN_OFF, open, seed, spiedPersistence, value } from './store-session-fixtures'

describe('the whole document (backups)', () => {
  test('backupNow writes the whole store, which opens as a backup and equals the data, whether bodies were in memory or not', async () => {
    const spy = spiedPersistence()
    const first = await open(spy)
    const s = await seed(first.api)
    value(await first.api.setAssessmentStatus({ assessmentId: s.b1.id, status: 'in-review' }))
    value(await first.api.finalizeAssessment({ assessmentId: s.b1.id, ...SIGN_OFF }))
    value(
      await first.api.updateSettings({
        settings: { confidentialityMarking: 'Privilégié — « confidentiel »', defaultReviewIntervalMonths: 9 }
      })
    )

    const cached = value(await first.api.backupNow())
    const { api } = await open(spy)
    const fresh = value(await api.backupNow())
    const rawCached = spy.state.backups.find((b) => b.info.id === cached.id)!.raw
    const rawFresh = spy.state.backups.find((b) => b.info.id === fresh.id)!.raw
    expect(rawFresh).toBe(rawCached)
    expect(fresh.engagementCount).toBe(3)

    const opened = openStoreText(rawFresh)
    expect(opened).toEqual({ kind: 'ok', doc: spy.stored() })
    expect(JSON.parse(rawFresh)).toEqual({
      schemaVersion: STORE_SCHEMA_VERSION,
      engagements: value(await api.listEngagements()),
      assessments: value(await api.listAssessments({})),
      settings: value(await api.getSettings()),
      customBanks: []
    })
  })

  test('stores without assessments, or without anything, back up as valid whole documents', async () => {
    const spy = spiedPersistence()
    const { api } = await open(spy)
    const empty = value(await api.backupNow())
    expect(openStoreText(spy.state.backups.find((b) => b.info.id === empty.id)!.raw)).toEqual({ kind: 'ok', doc: emptyStoreDoc() })
    value(await api.createEngagement({ fields: engagementFields() }))
    const one = value(await api.backupNow())
    expect(openStoreText(spy.state.backups.find((b) => b.info.id === one.id)!.raw)).toEqual({ kind: 'ok', doc: spy.stored() })
    expect(spy.stored().engagements).toHaveLength(1)
  })
})
