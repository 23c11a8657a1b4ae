import type { PortfolioTrendPoint } from '@shared/portfolio/portfolio-summary'
import { TrendChart } from '../TrendChart'
import { BandBadge } from '../BandBadge'

/** The portfolio's mean final score per calendar year of sign-off (see portfolioTrend for why years). */
export function PortfolioTrend({ points }: { points: readonly PortfolioTrendPoint[] }): React.JSX.Element {
  const scored = points.flatMap((p) => (p.score !== null && p.band !== null ? [{ label: p.year, score: p.score, band: p.band }] : []))
  const only = scored.length === 1 ? scored[0] : undefined
  return (
    <section className="card portfolio-panel" aria-labelledby="trend-title">
      <h2 id="trend-title">Portfolio trend</h2>
      <p className="hint">
        Mean overall score of the final assessments signed off in each calendar year with enough information to rely on. Years rather than
        cycle numbers, because engagements start in different years. Drafts, and finals signed off with insufficient information or with a
        question still open that could raise the band, are not included.
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
              <strong>{p.year}</strong>:{' '}
              {p.score === null
                ? 'no mean'
                : `mean ${p.score.toFixed(1)} from ${p.assessments} final ${p.assessments === 1 ? 'assessment' : 'assessments'} of ${p.engagements} ${p.engagements === 1 ? 'engagement' : 'engagements'}`}
              {p.leftOut > 0 &&
                `${p.score === null ? ': ' : '; '}${p.leftOut} final ${p.leftOut === 1 ? 'assessment' : 'assessments'} left out (signed off with insufficient information, or with a question still open that could raise the band)`}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
