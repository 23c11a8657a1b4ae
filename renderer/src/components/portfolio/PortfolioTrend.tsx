import type { PortfolioTrendPoint } from '@shared/portfolio/portfolio-summary'
import { TrendChart } from '../TrendChart'
import { BandBadge } from '../BandBadge'
import { formatScore, plural } from '@shared/report/labels'

/** The portfolio's mean final score per calendar year of sign-off (see portfolioTrend for why years). */
export function PortfolioTrend({ points }: { points: readonly PortfolioTrendPoint[] }): React.JSX.Element {
  const scored = points.flatMap((p) => (p.score !== null && p.band !== null ? [{ label: p.year, score: p.score, band: p.band }] : []))
  const only = scored.length === 1 ? scored[0] : undefined
  return (
    <section className="card portfolio-panel" aria-labelledby="trend-title">
      <h2 id="trend-title">Portfolio trend</h2>
      <p className="hint">
        Mean overall score per calendar year of sign-off, each engagement counted once: by its latest final assessment of that year, so a
        revision replaces the final it corrects. Years rather than cycle numbers, because engagements start in different years. Drafts are
        not included, nor engagements whose latest final of the year was signed off with insufficient information or with a question still
        open that could raise the band.
      </p>
      {points.length === 0 && <p className="trend-empty">No final assessment yet: the trend starts with the first sign-off.</p>}
      {points.length > 0 && scored.length === 0 && (
        <p className="trend-empty">No final assessment has enough information to count yet: the trend starts with the first that does.</p>
      )}
      {only && (
        <p className="trend-single">
          <BandBadge band={only.band} score={only.score} size="large" />
          <span>Only {only.label} so far: the line starts with the next year’s sign-offs.</span>
        </p>
      )}
      {scored.length > 1 && <TrendChart points={scored} />}
      {points.length > 0 && (
        <ul className="trend-years">
          {points.map((p) => (
            <li key={p.year}>
              <strong>{p.year}</strong>: {yearText(p)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** One year in words: the mean and what it counts, then what it leaves out and why. */
function yearText(p: PortfolioTrendPoint): string {
  const parts = [p.score === null ? 'no mean' : `mean ${formatScore(p.score)} of ${plural(p.engagements, 'engagement')}`]
  if (p.leftOut > 0)
    parts.push(
      `${plural(p.leftOut, 'engagement')} left out (latest final of the year signed off with insufficient information, or with a question still open that could raise the band)`
    )
  if (p.superseded > 0) parts.push(`${plural(p.superseded, 'earlier final')} of the year replaced by the same engagement’s later sign-off`)
  return parts.join('; ')
}
