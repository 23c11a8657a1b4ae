import { describe, expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ResultBadge } from '../../renderer/src/components/ResultBadge'
import { HeatMap } from '../../renderer/src/components/portfolio/HeatMap'
import { BandCounts } from '../../renderer/src/components/portfolio/BandCounts'
import { countsByChoice } from '../../renderer/src/honest-state'
import type { PortfolioRow } from '@shared/portfolio/portfolio-types'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'

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

  test('the band counts put it under Provisional, not Low', () => {
    const counts = countsByChoice([row({}), row({ engagementId: 'b', openDecisive: 0 })])
    render(<BandCounts counts={counts} selected={null} onSelect={() => undefined} />)
    expect(screen.getByRole('button', { name: /1 Low/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /^1 Provisional$/ })).toBeTruthy()
    expect(screen.getByTestId('provisional-hint')).toHaveTextContent(/a question still open could raise the band on its own/)
  })
})
