import { baseline, type Layout } from './layout'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE, type Colour, type TextStyle } from './theme'

export type KeyValueRow = { label: string; value: string; valueStyle?: TextStyle; valueColour?: Colour }

export type KeyValueOptions = {
  labelWidth?: number
  x?: number
  labelStyle?: TextStyle
  valueStyle?: TextStyle
  gap?: number
  rule?: boolean
}

type Unit = { label: string | undefined; value: string | undefined; style: TextStyle; colour: Colour; height: number; rowEnd: boolean }

const MIN_LINES = 3

/**
 * A definition list: labels in a narrow left column, values wrapped beside them. The list breaks
 * across pages between lines, with orphan and widow control: never fewer than three lines at the
 * bottom of a page or at the top of the next.
 */
export function keyValues(layout: Layout, rows: readonly KeyValueRow[], options: KeyValueOptions = {}): void {
  const x = options.x ?? PAGE.left
  const labelWidth = options.labelWidth ?? 110
  const labelStyle = options.labelStyle ?? TYPE.smallBold
  const valueX = x + labelWidth
  const gap = options.gap ?? 3
  // plain loops: a packet lays out ≈ 10,000 of these lists, and flatMap with Array.from over an array-like
  // cost more than the units themselves (the profile's largest self time after wrapping)
  const units: Unit[] = []
  const valueWidth = PAGE.left + CONTENT_WIDTH - valueX
  for (const row of rows) {
    const style = row.valueStyle ?? options.valueStyle ?? TYPE.body
    const labels = layout.ts.wrap(row.label, labelStyle, labelWidth - 10)
    const values = layout.ts.wrap(row.value, style, valueWidth)
    const count = Math.max(labels.length, values.length, 1)
    const colour = row.valueColour ?? COLOURS.ink
    for (let i = 0; i < count; i++) {
      const rowEnd = i === count - 1
      units.push({ label: labels[i], value: values[i], style, colour, height: style.leading + (rowEnd ? gap : 0), rowEnd })
    }
  }
  let breakAt = nextBreak(layout, units, 0)
  for (let i = 0; i < units.length; i++) {
    if (i === breakAt) {
      layout.newPage()
      breakAt = nextBreak(layout, units, i)
    }
    const u = units[i] as Unit
    const y = baseline(layout.y, u.style)
    if (u.label) layout.canvas.text(u.label, x, y, labelStyle.face, labelStyle.size, COLOURS.muted)
    if (u.value) layout.canvas.text(u.value, valueX, y, u.style.face, u.style.size, u.colour)
    layout.y += u.height
    if (u.rowEnd && options.rule)
      layout.canvas.line(x, layout.y - gap / 2, PAGE.left + CONTENT_WIDTH, layout.y - gap / 2, COLOURS.hairline, 0.5)
  }
}

/** Index of the first unit that goes on the next page (units.length if the rest fits here). */
function nextBreak(layout: Layout, units: readonly Unit[], from: number): number {
  let fit = 0
  let used = 0
  while (from + fit < units.length && used + (units[from + fit] as Unit).style.leading <= layout.remaining()) {
    used += (units[from + fit] as Unit).height
    fit++
  }
  const end = from + fit
  if (end >= units.length) return units.length
  const head = Math.min(MIN_LINES, units.length - from)
  // too little room for a decent start: begin on the next page (unless even a fresh page is this full)
  if (fit < head && layout.y > PAGE.top) return from
  const tail = units.length - end
  const balanced = tail < MIN_LINES ? end - (MIN_LINES - tail) : end
  const smooth = avoidSplitLines(units, balanced)
  const keep = Math.min(head, fit)
  if (smooth - from >= keep) return smooth
  return balanced - from >= keep ? balanced : end
}

/** Moves a break so that no row leaves only its first line behind or carries only its last line over. */
function avoidSplitLines(units: readonly Unit[], at: number): number {
  const startsRow = (k: number): boolean => k === 0 || (units[k - 1] as Unit).rowEnd
  const before = units[at - 1]
  const after = units[at]
  if (before && startsRow(at - 1) && !before.rowEnd) return at - 1
  if (after && after.rowEnd && !startsRow(at)) return at - 1
  return at
}

export type PanelLine = { text: string; style?: TextStyle; colour?: Colour; bullet?: boolean; gapBefore?: number }

/**
 * A shaded box with a coloured bar on its left edge, for the recommendation and notices. Kept on
 * one page (panels are short); the bar colour is never the only signal, the text says the same.
 */
export function panel(layout: Layout, items: readonly PanelLine[], bar: Colour, options: { fill?: Colour } = {}): void {
  const pad = 10
  const innerX = PAGE.left + pad + 4
  const innerWidth = CONTENT_WIDTH - pad * 2 - 4
  const prepared = items.map((item) => {
    const style = item.style ?? TYPE.body
    const indent = item.bullet ? 12 : 0
    return { item, style, indent, lines: layout.ts.wrap(item.text, style, innerWidth - indent) }
  })
  const height = prepared.reduce((h, p) => h + (p.item.gapBefore ?? 0) + p.lines.length * p.style.leading, 0) + pad * 2
  layout.ensure(Math.min(height, layout.bottom - PAGE.top))
  layout.canvas.fillRect(PAGE.left, layout.y, CONTENT_WIDTH, height, options.fill ?? COLOURS.panel)
  layout.canvas.fillRect(PAGE.left, layout.y, 4, height, bar)
  let y = layout.y + pad
  for (const p of prepared) {
    y += p.item.gapBefore ?? 0
    const colour = p.item.colour ?? COLOURS.ink
    if (p.item.bullet)
      layout.canvas.text(layout.ts.cover('•', p.style.face), innerX + 2, baseline(y, p.style), p.style.face, p.style.size, colour)
    for (const line of p.lines) {
      layout.canvas.text(line, innerX + p.indent, baseline(y, p.style), p.style.face, p.style.size, colour)
      y += p.style.leading
    }
  }
  layout.y += height + 12
}

/** A small all-caps label, e.g. above a figure. */
export function label(layout: Layout, text: string, x: number = PAGE.left, colour: Colour = COLOURS.muted): void {
  layout.canvas.text(layout.ts.cover(text.toUpperCase(), 'bold'), x, baseline(layout.y, TYPE.label), 'bold', TYPE.label.size, colour)
  layout.y += TYPE.label.leading
}
