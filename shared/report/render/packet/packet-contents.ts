import type { PacketEntry, PacketModel } from '../../packet/packet-types'
import { baseline, type Layout } from '../layout'
import type { PdfDocument } from '../pdf-document'
import { COLOURS, CONTENT_WIDTH, ENTRY_STATUS_COLOURS, PAGE, TYPE } from '../theme'

/** What a contents line points at: a part of the packet, or an engagement's report by its number. */
export type ContentsTarget = 'summary' | 'manifest' | number

/** Where a contents line's page number goes, filled in once every page exists. */
export type ContentsSlot = { target: ContentsTarget; page: number; y: number; textEnd: number; leaderEnd: number }

const NUMBER_WIDTH = 34
const STATUS_WIDTH = 74
const INDENT = 22
const RIGHT = PAGE.left + CONTENT_WIDTH

/**
 * The contents: the summary, one line per engagement (its status beside it) and the manifest. The
 * lines only depend on the names, so they are laid out before the reports and their page numbers are
 * written into the reserved space afterwards.
 */
export function drawPacketContents(layout: Layout, model: PacketModel): ContentsSlot[] {
  layout.section('contents', 'Contents', { ownPage: true })
  const slots: ContentsSlot[] = []
  slots.push(line(layout, 'summary', 'Portfolio summary and heat map', PAGE.left, RIGHT - NUMBER_WIDTH))
  layout.y += 8
  layout.heading('Engagement reports', TYPE.h3, 3 * TYPE.body.leading)
  for (const e of model.entries) {
    const slot = entryLine(layout, e)
    if (slot) slots.push(slot)
  }
  layout.y += 8
  slots.push(line(layout, 'manifest', 'Manifest: every report with its fingerprint', PAGE.left, RIGHT - NUMBER_WIDTH))
  return slots
}

function line(layout: Layout, target: ContentsTarget, title: string, x: number, leaderEnd: number): ContentsSlot {
  const { canvas, ts } = layout
  const text = ts.fit(title, TYPE.body, leaderEnd - x - 12)
  layout.ensure(TYPE.body.leading)
  canvas.text(text, x, baseline(layout.y, TYPE.body), 'regular', TYPE.body.size, COLOURS.ink)
  const slot = { target, page: layout.page, y: layout.y, textEnd: x + ts.width(text, 'regular', TYPE.body.size), leaderEnd }
  layout.y += TYPE.body.leading + 1
  return slot
}

/** An engagement's line: its number, vendor and name (wrapped), status, and a page number if it has a report. */
function entryLine(layout: Layout, e: PacketEntry): ContentsSlot | null {
  const { canvas, ts } = layout
  const statusX = RIGHT - NUMBER_WIDTH - STATUS_WIDTH
  const x = PAGE.left + INDENT
  const lines = ts.wrap(`${e.vendorName} — ${e.engagementName}`, TYPE.body, statusX - x - 14)
  layout.ensure(lines.length * TYPE.body.leading)
  const number = ts.cover(`${e.number}.`, 'regular')
  canvas.text(
    number,
    x - 6 - ts.width(number, 'regular', TYPE.body.size),
    baseline(layout.y, TYPE.body),
    'regular',
    TYPE.body.size,
    COLOURS.muted
  )
  lines.forEach((l, i) => canvas.text(l, x, baseline(layout.y + i * TYPE.body.leading, TYPE.body), 'regular', TYPE.body.size, COLOURS.ink))
  layout.y += (lines.length - 1) * TYPE.body.leading
  const y = baseline(layout.y, TYPE.body)
  canvas.text(ts.cover(e.statusLabel, 'bold'), statusX, y, 'bold', TYPE.smallBold.size, ENTRY_STATUS_COLOURS[e.status])
  const last = lines[lines.length - 1] ?? ''
  const slot = e.report
    ? { target: e.number, page: layout.page, y: layout.y, textEnd: x + ts.width(last, 'regular', TYPE.body.size), leaderEnd: statusX }
    : null
  layout.y += TYPE.body.leading + 1
  return slot
}

/** Writes each line's dotted leader and page number on the contents pages, now that pages are known. */
export function fillPacketContents(
  pdf: PdfDocument,
  slots: readonly ContentsSlot[],
  pageOf: (target: ContentsTarget) => number | undefined
): void {
  const { doc, canvas, ts } = pdf
  let current = -1
  for (const slot of slots) {
    const page = pageOf(slot.target)
    if (page === undefined) continue
    if (slot.page !== current) {
      doc.setPage(slot.page)
      canvas.pageChanged()
      current = slot.page
    }
    const text = String(page)
    const w = ts.width(text, 'regular', TYPE.body.size)
    const y = baseline(slot.y, TYPE.body)
    canvas.line(slot.textEnd + 6, y, slot.leaderEnd - 6, y, COLOURS.rule, 0.6, [0.8, 2.4])
    canvas.text(text, RIGHT - w, y, 'regular', TYPE.body.size, COLOURS.ink)
  }
}
