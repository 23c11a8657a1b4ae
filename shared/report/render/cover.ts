import type { ReportModel } from '../report-types'
import { keyValues, label } from './blocks'
import type { PdfCanvas } from './canvas'
import { baseline, type Layout } from './layout'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE, type Colour, type TextStyle } from './theme'
import type { Typesetter } from './typesetter'

/** The report's numbered sections, in order; the ids key the page numbers in the contents. */
export const SECTIONS = [
  { id: 'summary', title: '1. Executive summary' },
  { id: 'method', title: '2. Scope and method' },
  { id: 'profile', title: '3. Risk profile' },
  { id: 'findings', title: '4. Findings' },
  { id: 'actions', title: '5. Action plan' },
  { id: 'signoff', title: '6. Review and sign-off' },
  { id: 'appendix', title: '7. Appendix A: questions and answers' },
  { id: 'sources', title: '8. Appendix B: sources cited' }
] as const

export type SectionId = (typeof SECTIONS)[number]['id']

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)?.title ?? id
}

export type ContentsEntry = { id: SectionId; y: number; page: number }

/** What the top of a cover page says; `status` goes in a box, in `statusColour`, and any `notes` under it. */
export type CoverHead = {
  kicker: string
  title: string
  name: string
  subtitle: string
  status: string
  statusColour: Colour
  notes?: readonly { text: string; colour: Colour }[]
  /** At most this many lines of title (2 when absent): the type is made smaller until it fits. */
  titleLines?: number
}

const SUBTITLE: TextStyle = { ...TYPE.h3, face: 'regular' }

/**
 * The top of a cover page, laid out alike for a report and an audit packet: kicker, title, name, a
 * muted subtitle, the boxed status line (shortened to fit the box) and a rule.
 */
export function drawCoverHead(layout: Layout, head: CoverHead): void {
  const { canvas, ts } = layout
  layout.y = PAGE.top + 6
  label(layout, head.kicker, PAGE.left, COLOURS.muted)
  layout.y += 4
  const title = fitted(layout, head.title, TYPE.coverTitle, head.titleLines ?? 2)
  layout.lines(ts.wrap(head.title, title, CONTENT_WIDTH), title, PAGE.left, COLOURS.navy)
  layout.y += 8
  const name = fitted(layout, head.name, TYPE.coverName, 2)
  layout.lines(ts.wrap(head.name, name, CONTENT_WIDTH), name, PAGE.left, COLOURS.ink)
  const subtitle = fitted(layout, head.subtitle, SUBTITLE, 2)
  layout.lines(ts.wrap(head.subtitle, subtitle, CONTENT_WIDTH), subtitle, PAGE.left, COLOURS.muted)
  layout.y += 10
  const status = ts.fit(head.status, TYPE.smallBold, CONTENT_WIDTH - 16)
  const w = ts.width(status, 'bold', TYPE.smallBold.size) + 16
  canvas.strokeRect(PAGE.left, layout.y, Math.min(w, CONTENT_WIDTH), 18, head.statusColour, 0.8)
  canvas.text(status, PAGE.left + 8, layout.y + 12.2, 'bold', TYPE.smallBold.size, head.statusColour)
  layout.y += 18
  for (const note of head.notes ?? []) {
    layout.y += 6
    layout.lines(ts.wrap(note.text, TYPE.smallBold, CONTENT_WIDTH), TYPE.smallBold, PAGE.left, note.colour)
  }
  layout.y += 14
  canvas.line(PAGE.left, layout.y, PAGE.left + CONTENT_WIDTH, layout.y, COLOURS.navy, 1)
  layout.y += 14
}

/**
 * A cover line's style, made smaller (down to body size) until the text takes at most `lines`
 * lines: a long vendor or engagement name stays whole, and the cover keeps room for what follows.
 */
function fitted(layout: Layout, text: string, style: TextStyle, lines: number): TextStyle {
  let current = style
  while (current.size > TYPE.body.size && layout.ts.wrap(text, current, CONTENT_WIDTH).length > lines) {
    const size = Math.max(TYPE.body.size, current.size - 1.5)
    current = { ...current, size, leading: Math.round(size * 1.3 * 10) / 10 }
  }
  return current
}

/** The disclaimer at the foot of a cover page, or straight after the content when that runs lower. */
export function drawCoverFoot(layout: Layout, disclaimer: string): void {
  const lines = layout.ts.wrap(disclaimer, TYPE.small, CONTENT_WIDTH)
  // kept whole: a cover too full for it had printed its first lines there and the rest on the next page
  layout.ensure(16 + lines.length * TYPE.small.leading)
  layout.y = Math.max(layout.y + 16, layout.bottom - lines.length * TYPE.small.leading)
  layout.lines(lines, TYPE.small, PAGE.left, COLOURS.muted)
}

/** Cover and document control. Returns where the contents lines are, for their page numbers. */
export function drawCover(layout: Layout, model: ReportModel, markersUsed: boolean): ContentsEntry[] {
  const { canvas, ts } = layout
  layout.outline.push({ title: 'Cover and document control', page: layout.page, children: [] })
  drawCoverHead(layout, {
    kicker: 'Legal review report',
    title: model.title,
    name: model.engagement.vendorName,
    subtitle: model.engagement.name,
    status: model.coverStatus,
    statusColour: model.draft ? COLOURS.marking : COLOURS.navy,
    // "(revision)" keeps the title to one line, so the cover keeps room for what it must hold
    titleLines: model.revision?.of ? 1 : 2,
    // a revision, and a final a signed revision replaced, say so at once, under the status (DECISIONS 228)
    notes: [
      ...(model.revision?.of ? [{ text: model.revision.of, colour: COLOURS.navy }] : []),
      ...(model.revision?.replacedBy ? [{ text: model.revision.replacedBy, colour: COLOURS.marking }] : [])
    ]
  })
  layout.heading('Document control', TYPE.h2, 60)
  const rows = model.documentControl.map((row) =>
    row.label.startsWith('Fingerprint') ? { ...row, valueStyle: { ...TYPE.small, size: 7.6 } } : row
  )
  keyValues(layout, rows, { labelWidth: 128, valueStyle: { ...TYPE.body, size: 9, leading: 12.5 }, gap: 2.5 })
  if (markersUsed) {
    layout.y += 4
    layout.paragraph(
      'Some names contain characters the report font cannot show. Each is printed as its Unicode code point in brackets, for example [U+4E1C]; the stored data keeps the original characters.',
      TYPE.small,
      { colour: COLOURS.marking }
    )
  }
  layout.y += 12
  layout.heading('Contents', TYPE.h2, 40)
  const contents: ContentsEntry[] = []
  // the contents stay on one page; on a cover pushed long by long names they start a new one
  layout.ensure(SECTIONS.length * (TYPE.body.leading + 1))
  for (const s of SECTIONS) {
    contents.push({ id: s.id, y: layout.y, page: layout.page })
    canvas.text(ts.cover(s.title, 'regular'), PAGE.left, baseline(layout.y, TYPE.body), 'regular', TYPE.body.size, COLOURS.ink)
    layout.y += TYPE.body.leading + 1
  }
  drawCoverFoot(layout, model.disclaimer)
  return contents
}

/** Fills in the contents' page numbers once every section has been laid out. */
export function drawContentsPageNumbers(layout: Layout, contents: readonly ContentsEntry[]): void {
  const { canvas, ts, doc } = layout
  for (const entry of contents) {
    const page = layout.sectionPages.get(entry.id)
    if (page === undefined) continue
    // the page the contents line is on (the cover, or the page after it when names are very long)
    doc.setPage(entry.page)
    canvas.pageChanged()
    drawContentsNumber(canvas, ts, entry, page)
  }
}

/** One contents line's dotted leader and page number, on the canvas's current page. */
export function drawContentsNumber(canvas: PdfCanvas, ts: Typesetter, entry: Pick<ContentsEntry, 'id' | 'y'>, page: number): void {
  const right = PAGE.left + CONTENT_WIDTH
  const number = String(page)
  const w = ts.width(number, 'regular', TYPE.body.size)
  const titleWidth = ts.width(ts.cover(sectionTitle(entry.id), 'regular'), 'regular', TYPE.body.size)
  const y = baseline(entry.y, TYPE.body)
  canvas.line(PAGE.left + titleWidth + 6, y, right - w - 6, y, COLOURS.rule, 0.6, [0.8, 2.4])
  canvas.text(number, right - w, y, 'regular', TYPE.body.size, COLOURS.ink)
}
