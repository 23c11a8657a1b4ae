import type { RiskBand } from '../../../bank/vocabulary'
import type { PacketCell, PacketEntry, PacketModel } from '../../packet/packet-types'
import { baseline, type Layout } from '../layout'
import { COLOURS, CONTENT_WIDTH, hex, PAGE, TYPE, type Colour, type TextStyle } from '../theme'

/** Light tints of the band colours: the cell text stays dark and readable, the word says the band. */
const TINTS: Readonly<Record<RiskBand, Colour>> = {
  low: hex('#e2f1e7'),
  moderate: hex('#f8edc8'),
  high: hex('#fbe1cc'),
  critical: hex('#f6d3d0')
}

const NAME_WIDTH = 112
const PAD = 4
const MIN_ROW = 26
const VENDOR: TextStyle = { face: 'bold', size: 6.8, leading: 8 }
const NAME: TextStyle = { face: 'regular', size: 6.3, leading: 7.5 }
const TAG: TextStyle = { face: 'bold', size: 5.8, leading: 7 }
const HEADER: TextStyle = { face: 'bold', size: 6.8, leading: 8 }

type Geometry = { cellWidth: number; cellSize: number; headerHeight: number; titles: string[] }

/**
 * Engagements × sections. Every cell writes the band and the score; the tint repeats the band, so
 * the map reads the same in black and white. Column titles are set vertically so the full section
 * names fit; the header repeats on every page the map runs over.
 */
export function drawHeatMap(layout: Layout, model: PacketModel): void {
  const g = geometry(layout, model)
  const rows = model.entries.map((e) => {
    const lines = nameLines(layout, e)
    return { entry: e, lines, height: Math.max(MIN_ROW, lines.reduce((h, l) => h + l.style.leading, 0) + PAD * 2) }
  })
  layout.ensure(g.headerHeight + (rows[0]?.height ?? MIN_ROW))
  drawHeader(layout, g)
  for (const row of rows) {
    const height = row.height
    if (layout.y + height > layout.bottom) {
      layout.newPage()
      layout.canvas.text(
        layout.ts.cover('HEAT MAP, CONTINUED', 'bold'),
        PAGE.left,
        baseline(layout.y, TYPE.label),
        'bold',
        TYPE.label.size,
        COLOURS.muted
      )
      layout.y += TYPE.label.leading + 4
      drawHeader(layout, g)
    }
    drawRow(layout, model, g, row.entry, row.lines, height)
  }
  layout.y += 10
}

function geometry(layout: Layout, model: PacketModel): Geometry {
  const { ts } = layout
  const titles = ['Overall', ...model.columns.map((c) => c.shortTitle)].map((t) => ts.cover(t, 'bold'))
  const cellWidth = (CONTENT_WIDTH - NAME_WIDTH) / titles.length
  // the longest band word must fit the cell at this size
  const widest = Math.max(...['Moderate', 'Critical'].map((w) => ts.width(w, 'bold', 1)))
  const cellSize = Math.min(7, (cellWidth - 5) / widest)
  const headerHeight = Math.max(40, ...titles.map((t) => ts.width(t, 'bold', HEADER.size) + 12))
  return { cellWidth, cellSize, headerHeight, titles }
}

function drawHeader(layout: Layout, g: Geometry): void {
  const { canvas, ts } = layout
  const top = layout.y
  const bottom = top + g.headerHeight
  canvas.fillRect(PAGE.left, top, CONTENT_WIDTH, g.headerHeight, COLOURS.panel)
  canvas.text(ts.cover('Engagement', 'bold'), PAGE.left + PAD, bottom - 6, 'bold', HEADER.size, COLOURS.navy)
  g.titles.forEach((title, i) => {
    const x = PAGE.left + NAME_WIDTH + i * g.cellWidth + g.cellWidth / 2 + HEADER.size * 0.35
    canvas.rotatedText(title, x, bottom - 6, 90, 'bold', HEADER.size, COLOURS.navy)
  })
  canvas.line(PAGE.left, bottom, PAGE.left + CONTENT_WIDTH, bottom, COLOURS.navy, 0.75)
  layout.y = bottom
}

type Line = { text: string; style: TextStyle; colour: Colour }

/**
 * Vendor (two lines at most), engagement name (one line) and the status when not final. A name too
 * long for the grid ends in "…" here only: the contents and the manifest print it in full.
 */
function nameLines(layout: Layout, e: PacketEntry): Line[] {
  const { ts } = layout
  const width = NAME_WIDTH - PAD * 2
  const clip = (text: string, style: TextStyle): readonly string[] => {
    const lines = ts.wrap(text, style, width)
    if (lines.length <= 2) return lines
    return [lines[0] as string, ts.fit(lines.slice(1).join(' '), style, width)]
  }
  const out: Line[] = [
    ...clip(`${e.number}. ${e.vendorName}`, VENDOR).map((text) => ({ text, style: VENDOR, colour: COLOURS.ink })),
    { text: ts.fit(e.engagementName, NAME, width), style: NAME, colour: COLOURS.muted }
  ]
  if (e.status === 'draft') out.push({ text: ts.fit(e.statusLabel, TAG, width), style: TAG, colour: COLOURS.marking })
  // a Low row must not read as covering delivery whose local law was never applied
  if (e.countriesNotAssessed.length > 0)
    out.push({ text: ts.fit(`Not assessed: ${e.countriesNotAssessed.join(', ')}`, TAG, width), style: TAG, colour: COLOURS.marking })
  return out
}

function drawRow(layout: Layout, model: PacketModel, g: Geometry, e: PacketEntry, lines: readonly Line[], height: number): void {
  const { canvas, ts } = layout
  const top = layout.y
  let y = top + PAD
  for (const line of lines) {
    canvas.text(line.text, PAGE.left + PAD, y + line.style.size * 0.9, line.style.face, line.style.size, line.colour)
    y += line.style.leading
  }
  const cellsX = PAGE.left + NAME_WIDTH
  if (!e.overall) {
    const text =
      e.status === 'not-scored'
        ? `Not scored: ${e.problem ?? 'the question bank is not available'}`
        : 'Not assessed: no assessment was started. Listed in the manifest.'
    const wrapped = ts.wrap(text, TYPE.small, CONTENT_WIDTH - NAME_WIDTH - PAD * 2).slice(0, 2)
    wrapped.forEach((l, i) =>
      canvas.text(l, cellsX + PAD, top + height / 2 - (wrapped.length - 1) * 5 + i * 10 + 2.5, 'regular', TYPE.small.size, COLOURS.muted)
    )
  } else {
    const overall: PacketCell = { ...e.overall, state: 'scored' }
    drawCell(layout, g, cellsX, top, height, overall, true)
    model.columns.forEach((c, i) => drawCell(layout, g, cellsX + (i + 1) * g.cellWidth, top, height, e.cells[c.id], false))
    canvas.line(cellsX + g.cellWidth, top, cellsX + g.cellWidth, top + height, COLOURS.rule, 0.75)
  }
  layout.y = top + height
  canvas.line(PAGE.left, layout.y, PAGE.left + CONTENT_WIDTH, layout.y, COLOURS.hairline, 0.5)
}

function drawCell(
  layout: Layout,
  g: Geometry,
  x: number,
  top: number,
  height: number,
  cell: PacketCell | undefined,
  overall: boolean
): void {
  const { canvas, ts } = layout
  const mid = top + height / 2
  const centred = (text: string, face: 'regular' | 'bold', size: number, y: number, colour: Colour): void => {
    const covered = ts.cover(text, face)
    canvas.text(covered, x + (g.cellWidth - ts.width(covered, face, size)) / 2, y, face, size, colour)
  }
  if (!cell || cell.state === 'not-applicable') {
    centred('n/a', 'regular', g.cellSize, mid + 2.5, COLOURS.faint)
    return
  }
  if (cell.state === 'unanswered') {
    centred('no', 'regular', g.cellSize, mid - 1, COLOURS.muted)
    centred('answers', 'regular', g.cellSize, mid + g.cellSize + 0.5, COLOURS.muted)
    return
  }
  if (cell.sufficiency !== 'sufficient') {
    // too little information: no band word and no band colour, only the provisional score
    centred(cell.sufficiency === 'not-assessed' ? 'Not' : 'Insuff.', overall ? 'bold' : 'regular', g.cellSize, mid - 1, COLOURS.muted)
    centred(
      cell.sufficiency === 'not-assessed' ? 'assessed' : `(${cell.scoreText})`,
      'regular',
      g.cellSize,
      mid + g.cellSize + 0.5,
      COLOURS.muted
    )
    return
  }
  if (cell.provisionalBand) {
    // a question still open could raise this band: "Low?" and the score, in no band's colour (never the safe green)
    centred(`${cell.bandLabel}?`, overall ? 'bold' : 'regular', g.cellSize, mid - 1, COLOURS.muted)
    const score = cell.redFlags > 0 ? `(${cell.scoreText}) ⚑${cell.redFlags}` : `(${cell.scoreText})`
    centred(score, 'regular', g.cellSize, mid + g.cellSize + 0.5, cell.redFlags > 0 ? COLOURS.redFlag : COLOURS.muted)
    return
  }
  canvas.fillRect(x + 1, top + 1, g.cellWidth - 2, height - 2, TINTS[cell.band])
  centred(cell.bandLabel, overall ? 'bold' : 'regular', g.cellSize, mid - 1, COLOURS.ink)
  const score = cell.redFlags > 0 ? `${cell.scoreText} ⚑${cell.redFlags}` : cell.scoreText
  centred(score, 'bold', g.cellSize, mid + g.cellSize + 0.5, cell.redFlags > 0 ? COLOURS.redFlag : COLOURS.ink)
}
