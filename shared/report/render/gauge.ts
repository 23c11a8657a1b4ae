import type { ReportModel } from '../report-types'
import type { Layout } from './layout'
import { BAND_COLOURS, COLOURS, TYPE } from './theme'

type Point = readonly [number, number]

/** The point at `score` (0–100) on a half circle opening downwards: 0 at the left, 100 at the right. */
function at(cx: number, cy: number, r: number, score: number): Point {
  const a = Math.PI - (Math.max(0, Math.min(100, score)) / 100) * Math.PI
  return [cx + r * Math.cos(a), cy - r * Math.sin(a)]
}

function arcBand(cx: number, cy: number, outer: number, inner: number, from: number, to: number): Point[] {
  const steps = Math.max(4, Math.ceil((to - from) / 2))
  const points: Point[] = []
  for (let i = 0; i <= steps; i++) points.push(at(cx, cy, outer, from + ((to - from) * i) / steps))
  for (let i = steps; i >= 0; i--) points.push(at(cx, cy, inner, from + ((to - from) * i) / steps))
  return points
}

export const GAUGE_HEIGHT = 140

/**
 * The overall score as a half-circle gauge: the four bands in their colours with the thresholds
 * written at their edges, a needle at the score, and the score and band written underneath — the
 * colours are never the only way to read it.
 */
export function drawGauge(layout: Layout, model: ReportModel, x: number, width: number): void {
  const { canvas, ts } = layout
  const top = layout.y
  const r = Math.min(width / 2 - 18, 78)
  const cx = x + width / 2
  const cy = top + r + 14
  const bands = model.bands
  // on too little information the arc is grey: the score is only what the answers so far give (what is unanswered
  // scores nothing yet), and a needle in the green would read as low risk (counsel review)
  const coloured = model.overall.sufficient
  bands.forEach((b, i) => {
    const to = bands[i + 1]?.min ?? 100
    canvas.polygon(arcBand(cx, cy, r, r - 16, b.min, to), coloured ? BAND_COLOURS[b.band] : i % 2 === 0 ? COLOURS.rule : COLOURS.hairline)
    // a thin white gap between bands keeps neighbouring colours apart for colour-blind readers
    if (i > 0) canvas.polygon(arcBand(cx, cy, r + 0.5, r - 16.5, b.min - 0.35, b.min + 0.35), COLOURS.white)
  })
  for (const value of [...bands.map((b) => b.min), 100]) {
    const [lx, ly] = at(cx, cy, r + 9, value)
    const text = String(value)
    const w = ts.width(text, 'regular', 7)
    canvas.text(text, lx - w / 2, ly + 2.5, 'regular', 7, COLOURS.muted)
  }
  const score = model.overall.score
  const [tx, ty] = at(cx, cy, r - 20, score)
  const a = Math.PI - (Math.max(0, Math.min(100, score)) / 100) * Math.PI
  const side: Point = [Math.sin(a) * 3.2, Math.cos(a) * 3.2]
  canvas.polygon(
    [
      [tx, ty],
      [cx + side[0], cy + side[1]],
      [cx - side[0], cy - side[1]]
    ],
    COLOURS.navy
  )
  canvas.circle(cx, cy, 5, COLOURS.navy)
  const scoreText = `${model.overall.scoreText}`
  const sw = ts.width(scoreText, 'bold', 22)
  canvas.text(scoreText, cx - sw / 2, cy + 28, 'bold', 22, COLOURS.ink)
  // a result without enough information never shows a band's word or colour (least of all Low's green);
  // nor does one with a question still open that could decide it, whatever the coverage
  // (an open question can only add risk, so a Critical result stays Critical)
  const settled = model.overall.sufficient && (model.coverage.openDecisive.length === 0 || model.overall.band === 'critical')
  const band = ts.cover(
    settled
      ? `${model.overall.bandLabel.toUpperCase()} RISK`
      : model.overall.sufficient
        ? `${model.overall.bandLabel.toUpperCase()} RISK, PROVISIONAL`
        : model.overall.resultLabel.split(' (')[0]!.toUpperCase(),
    'bold'
  )
  const bw = ts.width(band, 'bold', TYPE.h3.size)
  canvas.text(band, cx - bw / 2, cy + 43, 'bold', TYPE.h3.size, settled ? BAND_COLOURS[model.overall.band] : COLOURS.marking)
  const caption = coloured ? 'out of 100' : 'out of 100, so far'
  const cw = ts.width(caption, 'regular', 7)
  canvas.text(caption, cx - cw / 2, cy + 53, 'regular', 7, COLOURS.muted)
}
