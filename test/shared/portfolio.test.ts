import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { portfolioRows, DUE_SOON_DAYS } from '@shared/portfolio/portfolio-rows'
import { bandCounts, dueSoonRows, overdueRows, portfolioTrend } from '@shared/portfolio/portfolio-summary'
import { DEFAULT_PORTFOLIO_FILTERS, filterChoices, filterPortfolio, type PortfolioFilters } from '@shared/portfolio/portfolio-filter'
import { latestAssessment } from '@shared/portfolio/latest-assessment'
import { RISK_BANDS, type RiskBand } from '@shared/bank/vocabulary'
import type { PortfolioRow } from '@shared/portfolio/portfolio-types'
import type { Answer } from '@shared/schemas/assessment'
import { lowestRiskOption } from '@shared/scoring/bank-index'
import { assessment, BANK, engagement, LOW_ANSWERS, RED_FLAG_ANSWERS } from '../helpers/portfolio-fixtures'

const TODAY = '2026-03-10'

/** Three engagements as a dashboard would see them: a low final, a red-flag draft, one never assessed. */
function seed() {
  const engagements = [
    engagement('e-low', { vendorName: 'Łódź Services Sp. z o.o.', createdAt: '2024-01-10T08:00:00.000Z' }),
    engagement('e-red', {
      vendorName: 'Çağrı Merkezi A.Ş.',
      name: 'Turkish collections',
      deliveryCountries: ['TR'],
      services: ['collections'],
      owner: 'Ines Ortiz',
      createdAt: '2026-02-20T08:00:00.000Z'
    }),
    engagement('e-new', {
      vendorName: 'Cebu Contact Inc.',
      name: 'Philippine help desk',
      deliveryCountries: ['PH', 'IN'],
      services: ['it-helpdesk'],
      owner: '',
      createdAt: '2025-06-01T08:00:00.000Z'
    }),
    engagement('e-old', { vendorName: 'Archived BV', status: 'archived' })
  ]
  const assessments = [
    assessment('a-low-2024', 'e-low', RED_FLAG_ANSWERS, { finalizedAt: '2024-04-01T10:00:00.000Z' }),
    assessment('a-low-2025', 'e-low', LOW_ANSWERS, { finalizedAt: '2025-04-20T10:00:00.000Z' }),
    // a newer draft does not replace the signed-off result on the heat map
    assessment('a-low-draft', 'e-low', RED_FLAG_ANSWERS, { createdAt: '2026-03-01T10:00:00.000Z' }),
    assessment('a-red-1', 'e-red', LOW_ANSWERS, { createdAt: '2026-02-21T10:00:00.000Z' }),
    assessment('a-red-2', 'e-red', RED_FLAG_ANSWERS, { createdAt: '2026-02-25T10:00:00.000Z', status: 'in-review' }),
    assessment('a-old', 'e-old', RED_FLAG_ANSWERS, { finalizedAt: '2025-01-01T10:00:00.000Z' })
  ]
  return { engagements, assessments }
}

function rowsOf() {
  const { engagements, assessments } = seed()
  return portfolioRows(engagements, assessments, BUILTIN_BANKS, TODAY)
}

function row(id: string) {
  const r = rowsOf().find((x) => x.engagementId === id)
  if (!r) throw new Error(`no row ${id}`)
  return r
}

describe('portfolio rows', () => {
  test('one row per active engagement, by vendor name; archived engagements are left out', () => {
    // accents sort with their base letter: Çağrı before Cebu, Łódź under L
    expect(rowsOf().map((r) => r.engagementId)).toEqual(['e-red', 'e-new', 'e-low'])
  })

  test('the heat map uses the latest final assessment even when a newer draft exists', () => {
    const r = row('e-low')
    expect(r.assessment).toMatchObject({ id: 'a-low-2025', status: 'final', date: '2025-04-20' })
    expect(r.isDraft).toBe(false)
    expect(r.overall).toEqual({ score: 0, band: 'low' })
    expect(r.redFlagCount).toBe(0)
  })

  test('without a final assessment it uses the latest draft or in-review one, flagged as a draft', () => {
    const r = row('e-red')
    expect(r.assessment).toMatchObject({ id: 'a-red-2', status: 'in-review' })
    expect(r.isDraft).toBe(true)
    expect(r.redFlagCount).toBe(1)
    // a red flag floors the overall band at High
    expect(['high', 'critical']).toContain(r.overall?.band)
    expect(r.provisional).toBe(true)
    expect(r.coverage).toBeGreaterThan(0)
    expect(r.coverage).toBeLessThan(0.2)
  })

  test('section cells are keyed by section id, with scores and bands; untouched sections say so', () => {
    const r = row('e-red')
    expect(Object.keys(r.sections)).toEqual(BANK.sections.map((s) => s.id))
    expect(r.sections.supervision).toMatchObject({ state: 'scored', redFlagCount: 1 })
    expect(r.sections.supervision!.score).toBeGreaterThan(0)
    expect(r.sections.people).toMatchObject({ state: 'unanswered' })
    // no jurisdiction profile applies to an assessment started without profiles
    expect(r.sections.jurisdiction).toMatchObject({ state: 'not-applicable' })
  })

  test('an engagement never assessed has an empty row that is due since it was registered', () => {
    const r = row('e-new')
    expect(r).toMatchObject({ assessment: null, isDraft: false, overall: null, sections: {}, coverage: null, redFlagCount: 0, trend: [] })
    expect(r.due).toMatchObject({ dueDate: '2025-06-01', overdue: true, dueSoon: false })
  })

  test('due dates: the next one is an interval after the last final; due soon within 60 days', () => {
    expect(row('e-low').due).toEqual({ dueDate: '2026-04-20', overdue: false, dueSoon: true, daysUntilDue: 41 })
    const { engagements, assessments } = seed()
    const later = portfolioRows(engagements, assessments, BUILTIN_BANKS, '2026-02-19').find((r) => r.engagementId === 'e-low')!
    expect(later.due).toMatchObject({ daysUntilDue: DUE_SOON_DAYS, dueSoon: true })
    const earlier = portfolioRows(engagements, assessments, BUILTIN_BANKS, '2026-02-18').find((r) => r.engagementId === 'e-low')!
    expect(earlier.due).toMatchObject({ daysUntilDue: 61, dueSoon: false, overdue: false })
  })

  test('the trend lists every final assessment oldest first, drafts excluded', () => {
    const trend = row('e-low').trend
    expect(trend.map((p) => [p.assessmentId, p.finalizedOn])).toEqual([
      ['a-low-2024', '2024-04-01'],
      ['a-low-2025', '2025-04-20']
    ])
    expect(trend[0]!.score).toBeGreaterThan(trend[1]!.score)
    expect(row('e-red').trend).toEqual([])
  })

  test('a signed revision stands in place of the final it corrects: one trend point per cycle, the cycle keeps its date', () => {
    const { engagements, assessments } = seed()
    // the 2025 final corrected in March 2026: a correction, not a third cycle, so no arrow from 2025 to it
    const revision = {
      ...assessment('a-low-2025-rev', 'e-low', RED_FLAG_ANSWERS, { finalizedAt: '2026-03-02T10:00:00.000Z' }),
      revisionOfId: 'a-low-2025'
    }
    const rows = portfolioRows(engagements, [...assessments, revision], BUILTIN_BANKS, TODAY)
    const r = rows.find((x) => x.engagementId === 'e-low')!
    expect(r.trend.map((p) => [p.assessmentId, p.finalizedOn, p.cycleOn, p.corrected])).toEqual([
      ['a-low-2024', '2024-04-01', '2024-04-01', 0],
      ['a-low-2025-rev', '2026-03-02', '2025-04-20', 1]
    ])
    expect(r.assessment?.id).toBe('a-low-2025-rev')
    // due a year after the cycle was first signed, as before the correction
    expect(r.due.dueDate).toBe('2026-04-20')
    // the portfolio's yearly mean counts the correction in its cycle's year, in place of the final it replaced
    expect(portfolioTrend([r], BANK.scoring).map((p) => [p.year, p.superseded])).toEqual([
      ['2024', 0],
      ['2025', 1]
    ])
  })

  test('a correction of an older cycle signed after a newer cycle does not become the heat map’s current result', () => {
    const { engagements, assessments } = seed()
    const revision2024 = {
      ...assessment('a-low-2024-rev', 'e-low', LOW_ANSWERS, { finalizedAt: '2026-03-02T10:00:00.000Z' }),
      revisionOfId: 'a-low-2024'
    }
    const r = portfolioRows(engagements, [...assessments, revision2024], BUILTIN_BANKS, TODAY).find((x) => x.engagementId === 'e-low')!
    expect(r.assessment?.id).toBe('a-low-2025')
    expect(r.trend.map((p) => p.assessmentId)).toEqual(['a-low-2024-rev', 'a-low-2025'])
    expect(r.due.dueDate).toBe('2026-04-20')
  })

  test('an assessment pinned to a bank that is not available is reported, not guessed', () => {
    const { engagements, assessments } = seed()
    const rows = portfolioRows(engagements, assessments, [], TODAY)
    const r = rows.find((x) => x.engagementId === 'e-low')!
    expect(r.overall).toBeNull()
    expect(r.problem).toMatch(/not available/)
    expect(r.trend).toEqual([])
  })

  test('latestAssessment ignores other engagements and breaks ties on creation time', () => {
    const { assessments } = seed()
    expect(latestAssessment('e-red', assessments)?.id).toBe('a-red-2')
    expect(latestAssessment('e-new', assessments)).toBeNull()
  })
})

/** The row with one final in its trend: sufficient and not provisional unless said otherwise. */
function withFinal(
  row: PortfolioRow,
  assessmentId: string,
  finalizedOn: string,
  score: number,
  band: RiskBand,
  flags: { sufficient?: boolean; provisionalBand?: boolean } = {}
): PortfolioRow {
  return {
    ...row,
    trend: [
      {
        assessmentId,
        finalizedOn,
        cycleOn: finalizedOn,
        corrected: 0,
        score,
        band,
        sufficient: flags.sufficient ?? true,
        provisionalBand: flags.provisionalBand ?? false
      }
    ]
  }
}

describe('portfolio summary', () => {
  test('counts by band only results with sufficient information; the rest apart, never as Low', () => {
    // Both assessed rows answer two questions: "Insufficient information", whatever their computed band.
    const rows = rowsOf()
    expect(rows.map((r) => r.sufficiency)).toEqual(['insufficient', null, 'insufficient'])
    expect(bandCounts(rows)).toEqual({ low: 0, moderate: 0, high: 0, critical: 0, unassessed: 1, insufficient: 2 })
    const complete: Record<string, Answer> = {}
    for (const q of BANK.questions) {
      complete[q.id] = q.contract
        ? { choice: lowestRiskOption(q.options, q.amplifier).id, contractChoice: lowestRiskOption(q.contract.options).id }
        : { choice: lowestRiskOption(q.options, q.amplifier).id }
    }
    const empty = assessment('a-empty', 'e-new', {}, { createdAt: '2026-03-02T10:00:00.000Z' })
    const full = assessment('a-full', 'e-low', complete, { createdAt: '2026-03-05T10:00:00.000Z', finalizedAt: '2026-03-05T10:00:00.000Z' })
    const { engagements, assessments } = seed()
    const more = portfolioRows(engagements, [...assessments, empty, full], BUILTIN_BANKS, '2026-03-10')
    expect(more.find((r) => r.engagementId === 'e-new')?.sufficiency).toBe('not-assessed')
    expect(more.find((r) => r.engagementId === 'e-low')?.sufficiency).toBe('sufficient')
    expect(bandCounts(more)).toEqual({ low: 1, moderate: 0, high: 0, critical: 0, unassessed: 1, insufficient: 1 })
  })

  test('the portfolio trend is the mean final score per calendar year of finalization', () => {
    // the seed's finals are thinly answered: as signed off they are left out of the mean, counted apart
    expect(portfolioTrend(rowsOf(), BANK.scoring).map((p) => [p.year, p.score, p.leftOut])).toEqual([
      ['2024', null, 1],
      ['2025', null, 1]
    ])
    // had they enough information, each year's mean is its finals' scores
    const rows = rowsOf().map((r) => ({ ...r, trend: r.trend.map((p) => ({ ...p, sufficient: true, provisionalBand: false })) }))
    const trend = portfolioTrend(rows, BANK.scoring)
    expect(trend.map((p) => [p.year, p.engagements, p.superseded])).toEqual([
      ['2024', 1, 0],
      ['2025', 1, 0]
    ])
    expect(trend[0]!.score).toBe(rows.find((r) => r.engagementId === 'e-low')!.trend[0]!.score)
    // two engagements finalized in one year are averaged
    const twoInOneYear = [withFinal(rows[2]!, 'x', '2025-01-01', 20, 'low'), withFinal(rows[1]!, 'y', '2025-12-31', 61, 'high')]
    expect(portfolioTrend(twoInOneYear, BANK.scoring)).toEqual([
      { year: '2025', score: 40.5, band: 'moderate', engagements: 2, leftOut: 0, superseded: 0 }
    ])
  })

  test('an engagement finalized twice in one year counts once, by its latest final of that year', () => {
    const rows = rowsOf()
    // x was signed off at 20 in March and revised to 30 in September; y signed off once at 61
    const revised = withFinal(rows[2]!, 'x1', '2025-03-01', 20, 'low')
    const twice = { ...revised, trend: [...revised.trend, ...withFinal(rows[2]!, 'x2', '2025-09-01', 30, 'moderate').trend] }
    const once = withFinal(rows[1]!, 'y', '2025-12-31', 61, 'high')
    // (30 + 61) / 2, not (20 + 30 + 61) / 3 = 37.0: the March final was replaced, not a second engagement
    expect(portfolioTrend([twice, once], BANK.scoring)).toEqual([
      { year: '2025', score: 45.5, band: 'moderate', engagements: 2, leftOut: 0, superseded: 1 }
    ])
    // finals in different years each count in their own year
    const across = { ...revised, trend: [...revised.trend, ...withFinal(rows[2]!, 'x2', '2026-01-10', 30, 'moderate').trend] }
    expect(portfolioTrend([across], BANK.scoring).map((p) => [p.year, p.score, p.superseded])).toEqual([
      ['2025', 20, 0],
      ['2026', 30, 0]
    ])
    // the latest final of the year stands even when it cannot be relied on: the engagement is left out, not shown by its replaced score
    const thinRevision = {
      ...revised,
      trend: [...revised.trend, ...withFinal(rows[2]!, 'x2', '2025-09-01', 3, 'low', { sufficient: false }).trend]
    }
    expect(portfolioTrend([thinRevision, once], BANK.scoring)).toEqual([
      { year: '2025', score: 61, band: 'high', engagements: 1, leftOut: 1, superseded: 1 }
    ])
  })

  test('a final signed off with insufficient information is left out of the mean and counted apart, never a "Low" mean', () => {
    const rows = rowsOf()
    const thin = [
      withFinal(rows[2]!, 'x', '2026-01-01', 3.6, 'low', { sufficient: false }),
      withFinal(rows[1]!, 'y', '2026-12-31', 61, 'high')
    ]
    expect(portfolioTrend(thin, BANK.scoring)).toEqual([
      { year: '2026', score: 61, band: 'high', engagements: 1, leftOut: 1, superseded: 0 }
    ])
    expect(portfolioTrend([thin[0]!], BANK.scoring)).toEqual([
      { year: '2026', score: null, band: null, engagements: 0, leftOut: 1, superseded: 0 }
    ])
  })

  test('a final whose band a question still open could raise is left out of the mean too, never a "Low" mean', () => {
    const rows = rowsOf()
    const open = [
      withFinal(rows[2]!, 'x', '2026-01-01', 1.9, 'low', { provisionalBand: true }),
      withFinal(rows[1]!, 'y', '2026-12-31', 61, 'high')
    ]
    expect(portfolioTrend(open, BANK.scoring)).toEqual([
      { year: '2026', score: 61, band: 'high', engagements: 1, leftOut: 1, superseded: 0 }
    ])
  })

  test('overdue and due-soon lists are disjoint and ordered by urgency', () => {
    const rows = rowsOf()
    expect(overdueRows(rows).map((r) => r.engagementId)).toEqual(['e-new', 'e-red'])
    expect(dueSoonRows(rows).map((r) => r.engagementId)).toEqual(['e-low'])
  })
})

describe('portfolio filters', () => {
  const f = (over: Partial<PortfolioFilters>) => ({ ...DEFAULT_PORTFOLIO_FILTERS, ...over })
  const ids = (filters: PortfolioFilters) => filterPortfolio(rowsOf(), filters).map((r) => r.engagementId)

  test('default: everything, riskiest first, never-assessed last', () => {
    expect(ids(DEFAULT_PORTFOLIO_FILTERS)).toEqual(['e-red', 'e-low', 'e-new'])
    // accents sort with their base letter: Çağrı before Cebu, Łódź under L
    expect(ids(f({ sort: 'vendor' }))).toEqual(['e-red', 'e-new', 'e-low'])
    expect(ids(f({ sort: 'due' }))).toEqual(['e-new', 'e-red', 'e-low'])
  })

  test('by country, band, owner and service', () => {
    expect(ids(f({ country: 'IN' }))).toEqual(['e-new'])
    expect(ids(f({ band: 'low' }))).toEqual(['e-low'])
    expect(ids(f({ band: 'unassessed' }))).toEqual(['e-new'])
    expect(ids(f({ owner: 'Zoë Kowalczyk' }))).toEqual(['e-low'])
    expect(ids(f({ owner: '' }))).toEqual(['e-new'])
    expect(ids(f({ service: 'collections' }))).toEqual(['e-red'])
    expect(ids(f({ service: 'collections', band: 'low' }))).toEqual([])
  })

  test('text search ignores case and accents and covers owner, services and countries', () => {
    expect(ids(f({ text: 'lodz' }))).toEqual(['e-low'])
    expect(ids(f({ text: 'CAGRI' }))).toEqual(['e-red'])
    expect(ids(f({ text: 'zoe' }))).toEqual(['e-low'])
    expect(ids(f({ text: 'help' }))).toEqual(['e-new'])
    expect(ids(f({ text: 'turkiye' }))).toEqual(['e-red'])
  })

  test('the choices offered are those present in the portfolio', () => {
    const c = filterChoices(rowsOf())
    expect(c.countries).toEqual(['IN', 'PH', 'PL', 'TR'])
    expect(c.owners).toEqual(['', 'Ines Ortiz', 'Zoë Kowalczyk'])
    expect(c.services).toEqual(['collections', 'customer-support', 'it-helpdesk'])
  })

  test('property: a filtered result is a subset in which every row matches every filter', () => {
    const rows = rowsOf()
    const choices = filterChoices(rows)
    const filters = fc.record({
      text: fc.constantFrom('', 'a', 'lodz', 'desk', 'zzz'),
      country: fc.constantFrom(null, ...choices.countries),
      band: fc.constantFrom(null, 'unassessed' as const, ...RISK_BANDS),
      owner: fc.constantFrom(null, ...choices.owners),
      service: fc.constantFrom(null, ...choices.services),
      sort: fc.constantFrom('risk' as const, 'vendor' as const, 'due' as const)
    })
    fc.assert(
      fc.property(filters, (flt) => {
        const out = filterPortfolio(rows, flt)
        expect(new Set(out.map((r) => r.engagementId)).size).toBe(out.length)
        for (const r of out) {
          expect(rows).toContain(r)
          if (flt.country) expect(r.countries).toContain(flt.country)
          if (flt.service) expect(r.services).toContain(flt.service)
          if (flt.owner !== null) expect(r.owner).toBe(flt.owner)
          if (flt.band === 'unassessed') expect(r.overall).toBeNull()
          else if (flt.band) expect(r.overall?.band).toBe(flt.band)
        }
        // with no filter but sort, nothing is lost
        expect(filterPortfolio(rows, { ...DEFAULT_PORTFOLIO_FILTERS, sort: flt.sort })).toHaveLength(rows.length)
      })
    )
  })
})
