import type { ReportModel } from '../report-types'
import { sectionTitle } from './cover'
import { baseline, type Layout } from './layout'
import { table } from './table'
import { BAND_COLOURS, COLOURS, CONTENT_WIDTH, PAGE, TYPE } from './theme'

const LABEL_WIDTH = 140
const VALUE_WIDTH = 96
const ROW = 22
const BAR = 11

/** Section scores as horizontal bars, with the band thresholds marked and the band written out. */
export function drawRiskProfile(layout: Layout, model: ReportModel): void {
  layout.section('profile', sectionTitle('profile'))
  layout.heading('Scores by section', TYPE.h2, 80, true)
  layout.paragraph(
    `Each bar is the section's score from 0 to 100. Dashed lines mark where the Moderate, High and Critical bands start; the band is written beside each bar.${model.sections.some((s) => s.applicable && !s.sufficient && !s.notAssessed) ? ' A grey bar marked "insufficient information" is a section with too few settled questions: its score is provisional and has no band.' : ''}${model.sections.some((s) => s.applicable && s.provisionalBand) ? ' A grey bar marked "provisional" beside its band is a section holding a question still open that could raise it.' : ''}${model.sections.some((s) => s.applicable && s.notAssessed) ? ' "Not assessed" marks a section none of whose questions is answered yet: it has no score.' : ''}`,
    TYPE.body
  )
  drawSectionBars(layout, model)
  if (model.trend.length > 1) {
    layout.heading('Trend across assessments', TYPE.h2, 200, true)
    drawTrend(layout, model)
    const note = model.comparedAsSigned?.trendNote
    if (note) layout.paragraph(note, TYPE.body, { colour: COLOURS.marking })
  }
  const c = model.changes
  if (c && c.changes.length > 0) {
    table(
      layout,
      [
        { title: 'Question', width: 56 },
        { title: 'Before', width: 160 },
        { title: 'Now', width: 160 },
        { title: 'Points before → now', width: 70, align: 'right' }
      ],
      c.changes.map((ch) => [
        { text: ch.questionId, style: TYPE.smallBold },
        ch.before,
        ch.now,
        `${ch.pointsBefore.toFixed(1)} → ${ch.pointsNow.toFixed(1)}`
      ]),
      { zebra: true, heading: { title: `Answers changed since ${c.previous.title} (${c.previous.date})`, style: TYPE.h2, bookmark: true } }
    )
  }
}

function drawSectionBars(layout: Layout, model: ReportModel): void {
  const { canvas, ts } = layout
  const sections = model.sections
  const barX = PAGE.left + LABEL_WIDTH
  const barWidth = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH
  const scaleY = (): void => {
    // axis labels above the bars: 0, each band threshold, 100
    for (const value of [0, ...model.bands.slice(1).map((b) => b.min), 100]) {
      const text = String(value)
      const w = ts.width(text, 'regular', 7)
      canvas.text(text, barX + (barWidth * value) / 100 - w / 2, layout.y + 8, 'regular', 7, COLOURS.muted)
    }
    layout.y += 12
  }
  layout.ensure(ROW * Math.min(sections.length, 4) + 14)
  scaleY()
  let chartTop = layout.y
  const finishChart = (): void => {
    for (const b of model.bands.slice(1)) {
      const x = barX + (barWidth * b.min) / 100
      canvas.line(x, chartTop, x, layout.y, COLOURS.faint, 0.5, [2, 2])
    }
    canvas.line(barX, chartTop, barX, layout.y, COLOURS.rule, 0.75)
  }
  for (const s of sections) {
    const labels = ts.wrap(s.title, TYPE.small, LABEL_WIDTH - 10)
    const height = Math.max(ROW, labels.length * TYPE.small.leading + 6)
    if (layout.y + height > layout.bottom) {
      finishChart()
      layout.newPage()
      scaleY()
      chartTop = layout.y
    }
    const mid = layout.y + height / 2
    labels.forEach((line, i) => {
      const top = mid - (labels.length * TYPE.small.leading) / 2 + i * TYPE.small.leading
      canvas.text(line, PAGE.left, baseline(top, TYPE.small), 'regular', TYPE.small.size, COLOURS.ink)
    })
    canvas.fillRect(barX, mid - BAR / 2, barWidth, BAR, COLOURS.panel)
    if (s.applicable && !s.notAssessed && s.score > 0)
      canvas.fillRect(
        barX,
        mid - BAR / 2,
        (barWidth * s.score) / 100,
        BAR,
        s.sufficient && !s.provisionalBand ? BAND_COLOURS[s.band] : COLOURS.faint
      )
    const valueX = barX + barWidth + 8
    if (!s.applicable) canvas.text('Not applicable', valueX, mid + 3, 'regular', TYPE.small.size, COLOURS.muted)
    // nothing answered: a "0.0" would read as no risk, so no number at all, as on screen
    else if (s.notAssessed) canvas.text('Not assessed', valueX, mid + 3, 'bold', TYPE.small.size, COLOURS.muted)
    else if (!s.sufficient) {
      // too little information for a band: the score is provisional, in no band's colour
      canvas.text(ts.cover(`${s.scoreText}  provisional`, 'bold'), valueX, mid - 1.5, 'bold', TYPE.small.size, COLOURS.muted)
      // kept within the value column (about 24 characters at this size)
      const note = s.redFlags > 0 ? `${s.redFlags} red flag${s.redFlags === 1 ? '' : 's'}; insufficient` : 'insufficient information'
      canvas.text(note, valueX, mid + 7.5, 'regular', 7, s.redFlags > 0 ? COLOURS.redFlag : COLOURS.muted)
    } else if (s.provisionalBand) {
      // a question of this section still open could raise the band: never the band's colour nor a plain "Low"
      canvas.text(ts.cover(`${s.scoreText}  ${s.bandLabel},`, 'bold'), valueX, mid - 1.5, 'bold', TYPE.small.size, COLOURS.muted)
      // kept within the value column, as the note above
      const note = s.redFlags > 0 ? `${s.redFlags} red flag${s.redFlags === 1 ? '' : 's'}; provisional` : 'provisional: question open'
      canvas.text(note, valueX, mid + 7.5, 'regular', 7, s.redFlags > 0 ? COLOURS.redFlag : COLOURS.muted)
    } else if (s.redFlags === 0)
      canvas.text(ts.cover(`${s.scoreText}  ${s.bandLabel}`, 'bold'), valueX, mid + 3, 'bold', TYPE.small.size, COLOURS.ink)
    else {
      canvas.text(ts.cover(`${s.scoreText}  ${s.bandLabel}`, 'bold'), valueX, mid - 1.5, 'bold', TYPE.small.size, COLOURS.ink)
      canvas.text(`${s.redFlags} red flag${s.redFlags === 1 ? '' : 's'}`, valueX, mid + 7.5, 'regular', 7, COLOURS.redFlag)
    }
    layout.y += height
  }
  finishChart()
  layout.y += 16
}

const TREND_HEIGHT = 150

/** One column per assessment, oldest first, with the score and band under each column. */
function drawTrend(layout: Layout, model: ReportModel): void {
  const { canvas, ts } = layout
  const points = model.trend
  const axisX = PAGE.left + 28
  const plotWidth = CONTENT_WIDTH - 28
  const top = layout.y + 6
  const bottom = top + TREND_HEIGHT
  for (const value of [0, ...model.bands.slice(1).map((b) => b.min), 100]) {
    const y = bottom - (TREND_HEIGHT * value) / 100
    canvas.line(
      axisX,
      y,
      axisX + plotWidth,
      y,
      value === 0 ? COLOURS.rule : COLOURS.hairline,
      value === 0 ? 0.75 : 0.5,
      value === 0 ? undefined : [2, 2]
    )
    const text = String(value)
    canvas.text(text, axisX - 6 - ts.width(text, 'regular', 7), y + 2.5, 'regular', 7, COLOURS.muted)
  }
  const slot = plotWidth / points.length
  const barWidth = Math.min(48, slot * 0.5)
  points.forEach((p, i) => {
    const cx = axisX + slot * i + slot / 2
    const h = (TREND_HEIGHT * p.score) / 100
    // a result on too little information has no band to colour it by (as on the gauge)
    canvas.fillRect(cx - barWidth / 2, bottom - h, barWidth, h, p.sufficient ? BAND_COLOURS[p.band] : COLOURS.faint)
    if (p.current) canvas.strokeRect(cx - barWidth / 2 - 2, bottom - h - 2, barWidth + 4, h + 2, COLOURS.navy, 1)
    const value = p.scoreText
    canvas.text(value, cx - ts.width(value, 'bold', 8.5) / 2, bottom - h - 5, 'bold', 8.5, COLOURS.ink)
    const caption = [
      ts.cover(p.label, 'regular'),
      ts.cover(p.resultLabel, 'regular'),
      p.current ? 'This report' : p.final ? 'Final' : 'Not final'
    ]
    caption.forEach((line, k) => {
      const face = k === 0 || p.current ? 'bold' : 'regular'
      canvas.text(line, cx - ts.width(line, face, 7.5) / 2, bottom + 12 + k * 10, face, 7.5, k === 0 ? COLOURS.ink : COLOURS.muted)
    })
  })
  layout.y = bottom + 48
}
