import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { profilesFor, scopeGaps } from '@shared/bank/profiles-for'
import { SIGN_OFF, value } from './store-session-fixtures'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

/*
 * An assessment fixes its profiles when it starts. A delivery country added to the engagement later is
 * named as not covered; a draft takes the engagement's current scope on request, a final never changes,
 * and a revision of it takes the current scope.
 */

async function polandThenGermany() {
  const { api, mem } = await fakeApi()
  const e = value(await api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) }))
  const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual' }))
  value(await api.updateEngagement({ id: e.id, fields: engagementFields({ deliveryCountries: ['PL', 'DE', 'FR'] }) }))
  return { api, mem, e, a }
}

describe('scopeGaps', () => {
  test('names the profiles the engagement calls for now and the assessment did not apply, with the countries each covers', () => {
    const applied = profilesFor(DEFAULT_BANK, { deliveryCountries: ['PL'], clientUsStates: [] })
    // France has no profile of its own: only general principles apply there, before and after
    expect(scopeGaps(DEFAULT_BANK, applied, { deliveryCountries: ['PL', 'DE', 'FR'], clientUsStates: [] })).toEqual([
      { profileId: 'germany', profileName: 'Germany', countries: ['DE'] }
    ])
    // a country removed is no gap in what was assessed
    expect(
      scopeGaps(DEFAULT_BANK, profilesFor(DEFAULT_BANK, { deliveryCountries: ['PL', 'DE'], clientUsStates: [] }), {
        deliveryCountries: ['PL'],
        clientUsStates: []
      })
    ).toEqual([])
  })
})

describe('bringing a country added later into the assessment', () => {
  test('a draft takes the engagement’s current profiles on request, and is then scored under them', async () => {
    const { api, a } = await polandThenGermany()
    expect(a.profiles).not.toContain('germany')
    const applied = value(await api.applyEngagementScope({ assessmentId: a.id }))
    expect(applied.profiles).toContain('germany')
    expect(value(await api.openAssessment({ assessmentId: a.id })).assessment.profiles).toEqual(applied.profiles)
  })

  test('a final is refused and unchanged; a revision of it takes the current profiles', async () => {
    const { api, mem, a } = await polandThenGermany()
    value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
    const final = value(await api.finalizeAssessment({ assessmentId: a.id, ...SIGN_OFF }))
    const before = mem.state.snapshot()
    const refused = await api.applyEngagementScope({ assessmentId: a.id })
    expect(refused.ok ? 'ok' : refused.error.code).toBe('read-only')
    expect(mem.state.snapshot()).toBe(before)
    const revision = value(await api.startRevision({ assessmentId: a.id }))
    expect(revision.profiles).toContain('germany')
    expect(revision.revisionOfId).toBe(final.id)
    expect(value(await api.openAssessment({ assessmentId: final.id })).assessment).toEqual(final)
  })
})
