import { baseline, type Layout } from './layout'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE, type Colour, type TextStyle } from './theme'

export type Column = { title: string; width: number; align?: 'left' | 'right' }

export type Cell = string | { text: string; style?: TextStyle; colour?: Colour; swatch?: Colour }

/**
 * `heading`: drawn above the table and kept on the page of its header and first row (a heading and an empty header at a
 * page's foot, the rows all on the next, read as a table with nothing in it).
 */
export type TableOptions = {
  style?: TextStyle
  zebra?: boolean
  x?: number
  heading?: { title: string; style: TextStyle; bookmark: boolean }
}

const PAD_X = 5
const PAD_Y = 4
const SWATCH = 7

type Prepared = { lines: readonly string[]; style: TextStyle; colour: Colour; swatch: Colour | undefined }

/**
 * A table that breaks cleanly across pages: rows move whole to the next page when they fit on one,
 * only a row taller than a page is split between lines, and the header row is repeated on every
 * page the table touches. Column widths are given in points and scaled to the content width.
 */
export function table(layout: Layout, columns: readonly Column[], rows: readonly (readonly Cell[])[], options: TableOptions = {}): void {
  const style = options.style ?? TYPE.small
  const x0 = options.x ?? PAGE.left
  const widths = columnWidths(layout, columns, rows, style, PAGE.left + CONTENT_WIDTH - x0)
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0))
  const tableWidth = PAGE.left + CONTENT_WIDTH - x0
  const headerLines = columns.map((c, i) => layout.ts.wrap(c.title, TYPE.smallBold, (widths[i] as number) - PAD_X * 2))
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * TYPE.smallBold.leading + PAD_Y * 2

  const drawHeader = (): void => {
    layout.canvas.fillRect(x0, layout.y, tableWidth, headerHeight, COLOURS.panel)
    headerLines.forEach((lines, i) =>
      drawLines(
        layout,
        lines,
        TYPE.smallBold,
        COLOURS.navy,
        xs[i] as number,
        widths[i] as number,
        columns[i]?.align,
        layout.y + PAD_Y,
        undefined
      )
    )
    layout.y += headerHeight
    layout.canvas.line(x0, layout.y, x0 + tableWidth, layout.y, COLOURS.navy, 0.75)
  }

  const prepared = rows.map((row) => row.map((cell, i): Prepared => prepareCell(layout, cell, style, (widths[i] as number) - PAD_X * 2)))
  // the first row goes with the header whole when it fits on a page (as every row moves whole), else its first lines
  const first = prepared[0] ?? []
  const firstFits = headerHeight + heightOf(first) <= layout.bottom - PAGE.top
  const opening = headerHeight + (firstFits ? heightOf(first) : rowHeight(first, 0, 3))
  if (options.heading) {
    const { title, style: headingStyle, bookmark } = options.heading
    const headingHeight = layout.ts.wrap(title, headingStyle, CONTENT_WIDTH).length * headingStyle.leading + 4
    layout.ensure(headingHeight + opening)
    layout.heading(title, headingStyle, 0, bookmark)
  }
  layout.ensure(opening)
  drawHeader()
  prepared.forEach((cells, r) => {
    const count = Math.max(1, ...cells.map((c) => c.lines.length))
    const leading = Math.max(...cells.map((c) => c.style.leading))
    const fullPage = layout.bottom - PAGE.top - headerHeight
    // widow control: the last row never goes over alone when the one before it can go with it
    const last = prepared[r + 1]
    if (r === prepared.length - 2 && last) {
      const both = heightOf(cells) + heightOf(last)
      if (both > layout.remaining() && heightOf(cells) <= layout.remaining() && both <= fullPage && layout.y > PAGE.top + headerHeight) {
        layout.newPage()
        drawHeader()
      }
    }
    let start = 0
    while (start < count) {
      const wanted = (count - start) * leading + PAD_Y * 2
      const fitsOnFreshPage = wanted <= fullPage
      const room = Math.floor((layout.remaining() - PAD_Y * 2) / leading)
      if (room < 1 || (fitsOnFreshPage && wanted > layout.remaining())) {
        layout.newPage()
        drawHeader()
        continue
      }
      const take = Math.min(room, count - start)
      const height = take * leading + PAD_Y * 2
      if (options.zebra && r % 2 === 1) layout.canvas.fillRect(x0, layout.y, tableWidth, height, COLOURS.panel)
      cells.forEach((cell, i) => {
        const part = cell.lines.slice(start, start + take)
        drawLines(
          layout,
          part,
          cell.style,
          cell.colour,
          xs[i] as number,
          widths[i] as number,
          columns[i]?.align,
          layout.y + PAD_Y,
          start === 0 ? cell.swatch : undefined,
          leading
        )
      })
      layout.y += height
      layout.canvas.line(x0, layout.y, x0 + tableWidth, layout.y, COLOURS.hairline, 0.5)
      start += take
    }
  })
  layout.y += 10
}

/**
 * Widths scaled to the space available, then widened where a word would not fit whole, so text
 * wraps at spaces and a word ("November") is never broken inside a cell. The header's words and
 * each cell's words count; the width is taken from the columns with the most room to spare. Only a
 * word too long for any sensible column (a link, an identifier) is still broken (typesetter).
 */
function columnWidths(
  layout: Layout,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  style: TextStyle,
  available: number
): number[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0)
  const widths = columns.map((c) => (c.width * available) / total)
  const wordWidth = (text: string, cellStyle: TextStyle): number => layout.ts.widestWord(text, cellStyle.face, cellStyle.size)
  const need = columns.map((c, i) => {
    let widest = wordWidth(c.title, TYPE.smallBold)
    for (const row of rows) {
      const cell = row[i]
      if (cell === undefined) continue
      const text = typeof cell === 'string' ? cell : cell.text
      const swatch = typeof cell === 'string' || !cell.swatch ? 0 : SWATCH + 4
      widest = Math.max(widest, wordWidth(text, (typeof cell === 'string' ? undefined : cell.style) ?? style) + swatch)
    }
    // a word wider than a third of the table is a link or an identifier: it may break
    return Math.min(widest, available / 3) + PAD_X * 2 + 1
  })
  for (let i = 0; i < widths.length; i++) {
    let short = (need[i] as number) - (widths[i] as number)
    while (short > 0.01) {
      // the column with the most room beyond what its own words need gives it
      const spare = widths.map((w, k) => (k === i ? 0 : w - (need[k] as number)))
      const donor = spare.indexOf(Math.max(...spare))
      const give = Math.min(short, spare[donor] as number)
      if (give <= 0.01) break
      widths[donor] = (widths[donor] as number) - give
      widths[i] = (widths[i] as number) + give
      short -= give
    }
  }
  return widths
}

function prepareCell(layout: Layout, cell: Cell, base: TextStyle, width: number): Prepared {
  const c = typeof cell === 'string' ? { text: cell } : cell
  const style = c.style ?? base
  const swatch = typeof cell === 'string' ? undefined : cell.swatch
  const lines = layout.ts.wrap(c.text, style, width - (swatch ? SWATCH + 4 : 0))
  return { lines, style, colour: (typeof cell === 'string' ? undefined : cell.colour) ?? COLOURS.ink, swatch }
}

function heightOf(cells: readonly Prepared[]): number {
  return rowHeight(cells, 0, Number.MAX_SAFE_INTEGER)
}

function rowHeight(cells: readonly Prepared[], start: number, maxLines: number): number {
  const count = Math.min(maxLines, Math.max(1, ...cells.map((c) => c.lines.length - start)))
  const leading = Math.max(TYPE.small.leading, ...cells.map((c) => c.style.leading))
  return count * leading + PAD_Y * 2
}

function drawLines(
  layout: Layout,
  lines: readonly string[],
  style: TextStyle,
  colour: Colour,
  x: number,
  width: number,
  align: 'left' | 'right' | undefined,
  top: number,
  swatch: Colour | undefined,
  leading: number = style.leading
): void {
  let textX = x + PAD_X
  if (swatch) {
    layout.canvas.fillRect(textX, baseline(top, style) - SWATCH + 0.5, SWATCH, SWATCH, swatch)
    textX += SWATCH + 4
  }
  lines.forEach((line, i) => {
    const lineTop = top + i * leading
    const lx = align === 'right' ? x + width - PAD_X - layout.ts.width(line, style.face, style.size) : textX
    layout.canvas.text(line, lx, baseline(lineTop, style), style.face, style.size, colour)
  })
}
