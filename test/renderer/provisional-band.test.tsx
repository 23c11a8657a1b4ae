import { describe, expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ResultBadge } from '../../renderer/src/components/ResultBadge'
import { HeatMap } from '../../renderer/src/components/portfolio/HeatMap'
import { BandCounts } from '../../renderer/src/components/portfolio/BandCounts'
import { countChoiceOf, countsByChoice, risingByBand } from '../../renderer/src/honest-state'
import type { PortfolioRow } from '@shared/portfolio/portfolio-types'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { SectionBars } from '../../renderer/src/screens/assessment/SectionBars'
import { scoreAssessment } from '@shared/scoring/score'
import { HeatLegend } from '../../renderer/src/components/portfolio/HeatLegend'
import { KeyFigures } from '../../renderer/src/components/portfolio/KeyFigures'
import type { SectionCell } from '@shared/portfolio/portfolio-types'

/*
 * Vendor-manager review: a result with enough answers but a question still open that could decide it
 * (e.g. MX-02 "We have not assessed this") showed as a plain green "Low" on the portfolio and the
 * engagement's rows. It must read as provisional, as the Results screen and the report say, never in
 * the safe green.
 */
const row = (over: Partial<PortfolioRow>): PortfolioRow => ({
  engagementId: 'eng-mx',
  vendorName: 'Norte Contact SA',
  engagementName: 'Inbound care MX',
  owner: 'Procurement',
  countries: ['MX'],
  services: ['technical-support'],
  assessment: { id: 'a1', title: 'Annual review', kind: 'annual', status: 'draft', date: '2026-11-20', bank: DEFAULT_BANK },
  isDraft: true,
  overall: { score: 1.9, band: 'low' },
  sufficiency: 'sufficient',
  sections: {},
  countriesNotAssessed: [],
  redFlagCount: 0,
  coverage: 0.98,
  provisional: false,
  openDecisive: 1,
  due: { dueDate: '2027-11-20', overdue: false, dueSoon: false, daysUntilDue: 360 } as PortfolioRow['due'],
  trend: [],
  problem: null,
  ...over
})

describe('a band a question still open could raise', () => {
  test('the result badge says "Low 1.9, provisional" in the neutral style; without the open question, plain Low', () => {
    const { container, rerender } = render(<ResultBadge status="sufficient" band="low" score={1.9} open />)
    expect(container.textContent).toBe('Low 1.9, provisional')
    expect(container.querySelector('.band-low')).toBeNull()
    expect(container.querySelector('[data-result-status="provisional"]')).not.toBeNull()
    rerender(<ResultBadge status="sufficient" band="low" score={1.9} open={false} />)
    expect(container.textContent).toBe('Low 1.9')
    expect(container.querySelector('.band-low')).not.toBeNull()
  })

  test('on too little information a Low is not named, even provisionally; a higher band is, as provisional', () => {
    const { container, rerender } = render(<ResultBadge status="insufficient" band="low" score={2.4} />)
    expect(container.textContent).toBe('Insufficient informationno band yet: 2.4 so far')
    expect(container.textContent).not.toContain('Low')
    rerender(<ResultBadge status="insufficient" band="high" score={55} />)
    expect(container.textContent).toBe('Insufficient informationprovisional: High 55.0')
    expect(container.querySelector('.band-high')).toBeNull()
  })

  test('a Critical cannot rise: it stays Critical', () => {
    const { container } = render(<ResultBadge status="sufficient" band="critical" score={80} open />)
    expect(container.textContent).toBe('Critical 80.0')
  })

  test('the heat map tile is hatched and marked provisional, never the Low colour', () => {
    const { container } = render(<HeatMap rows={[row({})]} sections={DEFAULT_BANK.sections} total={1} />)
    const tile = container.querySelector('.heat-tile.is-overall')!
    expect(tile.className).toContain('heat-insufficient')
    expect(tile.className).not.toContain('heat-low')
    expect(tile.textContent).toContain('Provisional')
    expect(tile.textContent).toContain('(provisional)')
    expect(screen.getAllByText('provisional').length).toBeGreaterThan(0)
  })

  test('a High that an open question could raise counts under High, as the least it is, and its tile says it could rise', () => {
    const rows = [
      row({ overall: { score: 55, band: 'high' } }),
      row({ engagementId: 'b', overall: { score: 60, band: 'high' }, openDecisive: 0 })
    ]
    const counts = countsByChoice(rows)
    expect(counts).toMatchObject({ high: 2, provisional: 0 })
    expect(rows.map(countChoiceOf)).toEqual(['high', 'high'])
    render(<BandCounts counts={counts} rising={risingByBand(rows)} selected={null} onSelect={() => undefined} />)
    expect(document.querySelector('.band-tile.tile-high')?.textContent).toBe('2 High, 1 could rise')
    expect(screen.getByTestId('rising-hint')).toHaveTextContent(/counted under the band it has reached/)
    expect(screen.queryByTestId('provisional-hint')).toBeNull()
  })

  test('the band counts put it under Provisional, not Low', () => {
    const counts = countsByChoice([row({}), row({ engagementId: 'b', openDecisive: 0 })])
    render(<BandCounts counts={counts} selected={null} onSelect={() => undefined} />)
    expect(screen.getByRole('button', { name: /1 Low/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /^1 Provisional$/ })).toBeTruthy()
    expect(screen.getByTestId('provisional-hint')).toHaveTextContent(/a question still open could raise the band on its own/)
  })
})

/*
 * Vendor-manager review (2): a section holding an open decisive question was a solid green "LOW 11.1"; an
 * insufficient section read "MODERATE? (PROVISIONAL)" in the band's colour where the packet prints "Insuff. (29.8)";
 * a row whose Poland was never assessed showed a plain Low; the "Insufficient information" tile was cut off.
 */
const section = DEFAULT_BANK.sections[0]!
const cell = (over: Partial<SectionCell>): SectionCell => ({
  sectionId: section.id,
  score: 11.1,
  band: 'low',
  redFlagCount: 0,
  state: 'scored',
  sufficiency: 'sufficient',
  open: false,
  ...over
})
const sectionTile = (container: HTMLElement) => container.querySelectorAll('tbody .heat-tile')[1]!

describe('section cells and rows in the heat map', () => {
  test('a section holding an open question reads "Low?" hatched, never the Low colour; settled, plain Low', () => {
    const settled = row({ openDecisive: 0, sections: { [section.id]: cell({}) } })
    const { container, rerender } = render(<HeatMap rows={[settled]} sections={DEFAULT_BANK.sections} total={1} />)
    expect(sectionTile(container).className).toContain('heat-low')
    expect(sectionTile(container).textContent).toBe('Low11.1')
    rerender(
      <HeatMap rows={[{ ...settled, sections: { [section.id]: cell({ open: true }) } }]} sections={DEFAULT_BANK.sections} total={1} />
    )
    const tile = sectionTile(container)
    expect(tile.className).toContain('heat-insufficient')
    expect(tile.className).not.toContain('heat-low')
    expect(tile.textContent).toBe('Low? (provisional)11.1')
  })

  test('an open question does not make a Critical section "Critical?"', () => {
    const r = row({ openDecisive: 0, sections: { [section.id]: cell({ band: 'critical', score: 80, open: true }) } })
    const { container } = render(<HeatMap rows={[r]} sections={DEFAULT_BANK.sections} total={1} />)
    expect(sectionTile(container).className).toContain('heat-critical')
    expect(sectionTile(container).textContent).toBe('Critical80.0')
  })

  test('an insufficient section reads "Insuff. (29.8)" as the packet prints it, with no band word nor colour', () => {
    const r = row({ openDecisive: 0, sections: { [section.id]: cell({ band: 'critical', score: 29.8, sufficiency: 'insufficient' }) } })
    const { container } = render(<HeatMap rows={[r]} sections={DEFAULT_BANK.sections} total={1} />)
    const tile = sectionTile(container)
    expect(tile.textContent).toBe('Insuff.(29.8)')
    expect(tile.className).toContain('heat-none')
    expect(tile.className).not.toMatch(/heat-(low|moderate|high|critical|insufficient)/)
  })

  test('an insufficient overall reads "Insufficient (29.8)", not "Critical?"', () => {
    const r = row({ openDecisive: 0, sufficiency: 'insufficient', overall: { score: 29.8, band: 'critical' } })
    const { container } = render(<HeatMap rows={[r]} sections={DEFAULT_BANK.sections} total={1} />)
    const tile = container.querySelector('.heat-tile.is-overall')!
    expect(tile.textContent).toBe('Insufficient(29.8)')
    expect(tile.textContent).not.toContain('?')
  })

  test('a row whose delivery country was not assessed under its own law says so under its name', () => {
    const r = row({ openDecisive: 0, countries: ['PL', 'DE'], countriesNotAssessed: ['PL'] })
    render(<HeatMap rows={[r]} sections={DEFAULT_BANK.sections} total={1} />)
    expect(screen.getByRole('rowheader')).toHaveTextContent('Not assessed: Poland')
  })

  test('the legend explains "?" and the hatching, and "Insuff."', () => {
    const { container } = render(<HeatLegend rules={DEFAULT_BANK.scoring} />)
    expect(container.textContent).toContain('Hatched: provisional. “Low?”: a question still open could raise the band')
    expect(container.querySelector('.legend-swatch.heat-insufficient')).not.toBeNull()
    expect(container.textContent).toContain('“Insuff. (29.8)”: too little information for a band')
  })

  test('the count tile reads "Insufficient", short enough to fit, with a hint saying what it means', () => {
    const counts = countsByChoice([row({ sufficiency: 'insufficient' })])
    render(<BandCounts counts={counts} selected={null} onSelect={() => undefined} />)
    expect(screen.getByRole('button', { name: /^1 Insufficient$/ })).toBeTruthy()
    expect(screen.getByTestId('insufficient-hint')).toHaveTextContent(/too few questions are answered to rely on a band/)
  })
})

describe('Results section bars', () => {
  test('a section holding an open question reads "Low 11.1, provisional" with no band colour; settled, plain Low', () => {
    const answers: Record<string, unknown> = {}
    for (const q of DEFAULT_BANK.questions) {
      const low = [...q.options].sort((a, b) => a.risk - b.risk)[0]!
      const contract = q.contract ? [...q.contract.options].sort((a, b) => a.risk - b.risk)[0]!.id : undefined
      answers[q.id] = contract ? { choice: low.id, contractChoice: contract } : { choice: low.id }
    }
    const score = (ph01: string) =>
      scoreAssessment({
        bank: DEFAULT_BANK,
        profiles: ['philippines'],
        kind: 'annual',
        answers: { ...answers, 'PH-01': { choice: ph01 } } as Parameters<typeof scoreAssessment>[0]['answers']
      })
    const title = DEFAULT_BANK.sections.find((s) => s.id === 'jurisdiction')!.title
    const { rerender } = render(<SectionBars bank={DEFAULT_BANK} score={score('not-verified')} />)
    let law = screen.getByRole('rowheader', { name: title }).closest('tr')!
    expect(law).toHaveTextContent('Low 11.1, provisional')
    expect(law.querySelector('.band-fill-low')).toBeNull()
    rerender(<SectionBars bank={DEFAULT_BANK} score={score('dole-registered')} />)
    law = screen.getByRole('rowheader', { name: title }).closest('tr')!
    expect(law).not.toHaveTextContent('provisional')
    expect(law.querySelector('.band-fill-low')).not.toBeNull()
  })
})

describe('the heat map row’s due date', () => {
  test('due today reads "today", as the due lists say; due tomorrow "in 1 day" (vendor-manager review)', () => {
    const due = (daysUntilDue: number) => ({ dueDate: '2026-12-06', overdue: false, dueSoon: true, daysUntilDue }) as PortfolioRow['due']
    const { container, rerender } = render(<HeatMap rows={[row({ due: due(0) })]} sections={DEFAULT_BANK.sections} total={1} />)
    expect(container.querySelector('.soon-chip')?.textContent).toBe('today')
    rerender(<HeatMap rows={[row({ due: due(1) })]} sections={DEFAULT_BANK.sections} total={1} />)
    expect(container.querySelector('.soon-chip')?.textContent).toBe('in 1 day')
  })
})

describe('needs attention', () => {
  test('counts a final signed on too little information, which the due date no longer flags', () => {
    const signed = row({ isDraft: false, sufficiency: 'insufficient', openDecisive: 0 })
    const draft = row({ sufficiency: 'insufficient', openDecisive: 0 })
    render(<KeyFigures rows={[signed, draft, row({ isDraft: false })]} />)
    const figure = screen.getByText('Signed on too little information').closest('div')
    expect(figure?.querySelector('dd')?.textContent).toBe('1')
    expect(figure?.className).toContain('is-alert')
  })
})

describe('the heat map row’s trend', () => {
  test('says since which final, by its day: two finals in one year no longer read "since 2026"', () => {
    const point = (assessmentId: string, finalizedOn: string, score: number) => ({
      assessmentId,
      finalizedOn,
      cycleOn: finalizedOn,
      corrected: 0,
      score,
      band: 'low' as const,
      sufficient: true,
      provisionalBand: false
    })
    const trend = [point('a1', '2026-03-05', 3.3), point('a2', '2026-10-05', 4.0)]
    const { container } = render(<HeatMap rows={[row({ trend })]} sections={DEFAULT_BANK.sections} total={1} />)
    expect(container.querySelector('.heat-trend')?.textContent).toMatch(/^▲ up 0\.7 since 5 Mar 2026$/)
  })

  test('a result on too little information is not compared: never "unchanged" beside a settled one', () => {
    const point = (finalizedOn: string, sufficient: boolean) => ({
      assessmentId: finalizedOn,
      finalizedOn,
      cycleOn: finalizedOn,
      corrected: 0,
      score: 3.3,
      band: 'low' as const,
      sufficient,
      provisionalBand: false
    })
    const trend = [point('2026-10-05', true), point('2026-12-07', false)]
    const { container } = render(
      <HeatMap rows={[row({ trend, sufficiency: 'insufficient' })]} sections={DEFAULT_BANK.sections} total={1} />
    )
    expect(container.querySelector('.heat-trend')?.textContent).toBe('not compared with 5 Oct 2026: this result has too little information')
  })
})
