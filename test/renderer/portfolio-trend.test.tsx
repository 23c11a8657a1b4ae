import { describe, expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import { PortfolioTrend } from '../../renderer/src/components/portfolio/PortfolioTrend'
import type { PortfolioTrendPoint } from '@shared/portfolio/portfolio-summary'

/*
 * Vendor-manager review: the chart's point labels rounded to whole numbers ("42") beside a list and a heat
 * map that show one decimal ("41.6"), so the same figure read as two. And a year's text must say what the
 * mean counts: engagements, each once, with the finals a revision replaced counted apart.
 */
const points: PortfolioTrendPoint[] = [
  { year: '2025', score: 41.6, band: 'moderate', engagements: 2, leftOut: 0, superseded: 1 },
  { year: '2026', score: 38.4, band: 'moderate', engagements: 1, leftOut: 1, superseded: 0 }
]

describe('the portfolio trend', () => {
  test('the chart labels each point with one decimal, as every other surface shows a score', () => {
    const { container } = render(<PortfolioTrend points={points} />)
    expect([...container.querySelectorAll('.point-label')].map((t) => t.textContent)).toEqual(['41.6', '38.4'])
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('2025: 41.6 Moderate; 2026: 38.4 Moderate')
  })

  test('each year says how many engagements its mean counts and what it leaves out', () => {
    render(<PortfolioTrend points={points} />)
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '2025: mean 41.6 of 2 engagements; 1 earlier final of the year replaced by the same engagement’s later sign-off',
      '2026: mean 38.4 of 1 engagement; 1 engagement left out (latest final of the year signed off with insufficient information, or with a question still open that could raise the band)'
    ])
  })
})
