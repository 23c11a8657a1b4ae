import { beforeEach, describe, expect, test, vi } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { ARMSLENGTH_CORE_2026_1_JSON } from '@shared/bank/archive/armslength-core-2026-1'
import { findBank } from '@shared/bank/bank-registry'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { portfolioRows } from '@shared/portfolio/portfolio-rows'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { fixedClock, memoryFiles, sequentialIds, testReports } from '../helpers/memory-persistence'
import { spiedPersistence, value } from './store-session-fixtures'
import { ENGAGEMENT, EXPECTED_BANKS, V1_DRAFT, V1_FINAL, v1Store } from './archived-bank-fixtures'

const TODAY = '2026-11-25'
/** The current core release: the one bank there is before any archive loads. */
const CURRENT = CORE_BANK.version

/**
 * The service and the bank source from a fresh module graph: the source is the app's one, so each
 * test starts as the app does, with no earlier release loaded.
 */
async function freshService() {
  const { createStoreService } = await import('@shared/service/store-service')
  const { BUILTIN_BANK_SOURCE } = await import('@shared/bank/bank-source')
  const { index, bodies } = v1Store()
  const spy = spiedPersistence(index)
  for (const [key, text] of bodies) spy.state.bodies.set(key, text)
  const api = await createStoreService({
    edition: 'browser',
    persistence: spy.persistence,
    files: memoryFiles().files,
    reports: testReports,
    clock: fixedClock(),
    ids: sequentialIds('t'),
    defer: () => undefined
  })
  const loadedVersions = () => BUILTIN_BANK_SOURCE.loaded().map((b) => b.version)
  return { api, spy, loadedVersions }
}

beforeEach(() => {
  vi.resetModules()
  vi.doUnmock('@shared/bank/archive/armslength-core-2026-1')
})

describe('an archived bank release is loaded only when an assessment answered under it is used', () => {
  test('start, the register and the engagement list do not load it; the summaries made under it stay current', async () => {
    const { api, loadedVersions } = await freshService()
    value(await api.listEngagements())
    expect(value(await api.listAssessmentSummaries()).map((s) => s.id)).toEqual([V1_FINAL.id, V1_DRAFT.id])
    // no summary refresh: a 2026.1 summary's stamp is checked against the release's recorded hash
    expect(value(await api.getUpgradeProgress())).toBeNull()
    expect(value(await api.listBanks()).map((b) => b.version)).toEqual([CURRENT])
    expect(loadedVersions()).toEqual([CURRENT])
  })

  test('opening a 2026.1 assessment loads 2026.1: it scores and verifies exactly as with every bank at hand', async () => {
    const { api, loadedVersions } = await freshService()
    const opened = value(await api.openAssessment({ assessmentId: V1_FINAL.id }))
    expect(loadedVersions()).toEqual([CURRENT, '2026.1'])
    const banks = value(await api.listBanks())
    const scored = value(scoreStoredAssessment(opened.assessment, banks))
    expect(scored.bank.version).toBe('2026.1')
    expect(scored.result).toEqual(value(scoreStoredAssessment(V1_FINAL, EXPECTED_BANKS)).result)
    expect(verifySignOff(opened.assessment, findBank(banks, V1_FINAL.bank) ?? null).ok).toBe(true)
  })

  test('the portfolio loads it to read the summaries made under it, and shows what scoring the bodies gives', async () => {
    const { api, spy, loadedVersions } = await freshService()
    const rows = value(await api.listPortfolio({ today: TODAY }))
    expect(loadedVersions()).toEqual([CURRENT, '2026.1'])
    expect(rows).toEqual(portfolioRows([ENGAGEMENT], [V1_FINAL, V1_DRAFT], EXPECTED_BANKS, TODAY))
    // from the index alone: the summaries were current, no body was read
    expect(spy.bodyReads).toEqual([])
  })

  test('a carry-forward from a 2026.1 assessment maps its answers onto the current release', async () => {
    const { api } = await freshService()
    const next = value(await api.startAssessment({ engagementId: ENGAGEMENT.id, kind: 'annual', carryForwardFromId: V1_DRAFT.id }))
    expect(next.bank.version).toBe(CURRENT)
    expect(Object.keys(next.answers).length).toBeGreaterThan(10)
  })

  test('an archive whose content differs from the release is an error the user is shown, never a bank used', async () => {
    // its title edited: still valid JSON and a valid bank, but not what was released
    const tampered = ARMSLENGTH_CORE_2026_1_JSON.replace(
      `"title":"Arm's Length core question bank"`,
      `"title":"Arm's Length question bank"`
    )
    expect(tampered).not.toBe(ARMSLENGTH_CORE_2026_1_JSON)
    vi.doMock('@shared/bank/archive/armslength-core-2026-1', () => ({ ARMSLENGTH_CORE_2026_1_JSON: tampered }))
    const { api, spy, loadedVersions } = await freshService()
    const opened = await api.openAssessment({ assessmentId: V1_FINAL.id })
    expect(opened.ok).toBe(false)
    expect(!opened.ok && opened.error.message).toMatch(
      /armslength-core 2026\.1\b.*could not be loaded: its content differs from the release/
    )
    const saved = await api.saveAnswer({ assessmentId: V1_DRAFT.id, questionId: 'SUP-01', answer: null })
    expect(saved.ok).toBe(false)
    const portfolio = await api.listPortfolio({ today: TODAY })
    expect(!portfolio.ok && portfolio.error.message).toMatch(/2026\.1/)
    expect(loadedVersions()).toEqual([CURRENT])
    expect(spy.commits).toEqual([])
  })
})
