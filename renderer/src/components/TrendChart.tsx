import type { RiskBand } from '@shared/bank/vocabulary'
import { formatScore } from '@shared/report/labels'
import { BAND_LABEL } from './BandBadge'

type Point = { label: string; score: number; band: RiskBand }

/** Overall score across cycles: a small SVG line with a text table for screen readers. */
export function TrendChart({ points }: { points: Point[] }): React.JSX.Element {
  const w = 560
  const h = 140
  const pad = 28
  const x = (i: number) => pad + (points.length === 1 ? 0 : (i * (w - 2 * pad)) / (points.length - 1))
  const y = (score: number) => h - pad - (score / 100) * (h - 2 * pad)
  return (
    <figure className="trend">
      <figcaption>Overall score across cycles</figcaption>
      <svg
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label={points.map((p) => `${p.label}: ${formatScore(p.score)} ${BAND_LABEL[p.band]}`).join('; ')}
      >
        {[0, 25, 50, 75, 100].map((t) => (
          <g key={t}>
            <line x1={pad} x2={w - pad} y1={y(t)} y2={y(t)} className="grid-line" />
            <text x={4} y={y(t) + 4} className="axis-label">
              {t}
            </text>
          </g>
        ))}
        <polyline points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ')} className="trend-line" />
        {points.map((p, i) => {
          // the first and last labels run inwards, so the first point's score clears the axis's "100" (a lone point's
          // label too: centred on the axis, its date was cut off at the left edge)
          const anchor = i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'
          return (
            <g key={i}>
              <circle cx={x(i)} cy={y(p.score)} r={4} className={`trend-dot band-fill-${p.band}`} />
              {/* one decimal, as every other surface shows a score (a label of 42 beside a list saying 41.6 reads as a second figure) */}
              <text x={x(i)} y={y(p.score) - 8} textAnchor={anchor} className="point-label">
                {formatScore(p.score)}
              </text>
              <text x={x(i)} y={h - 8} textAnchor={anchor} className="axis-label">
                {p.label}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
