import type { PacketEntry, PacketModel } from '../../packet/packet-types'
import { panel } from '../blocks'
import { baseline, type Layout } from '../layout'
import { COLOURS, CONTENT_WIDTH, ENTRY_STATUS_COLOURS, PAGE, TYPE, type TextStyle } from '../theme'

export type PageSpan = { first: number; last: number }

const LABEL_WIDTH = 62
const ROW: TextStyle = { face: 'regular', size: 7.6, leading: 10.5 }
const LABEL: TextStyle = { face: 'bold', size: 7, leading: 10.5 }
const LINES: TextStyle = { face: 'regular', size: 6.6, leading: 9 }
const RIGHT = PAGE.left + CONTENT_WIDTH
const CONTINUATION = 14

/**
 * The manifest: every engagement with the assessment reported on, its status, document id, pages
 * and full fingerprint; then the manifest hash and the exact lines it is computed over, so anyone
 * can recompute it from the data.
 */
export function drawManifest(layout: Layout, model: PacketModel, pages: ReadonlyMap<number, PageSpan>): void {
  layout.section('manifest', 'Manifest', { ownPage: true })
  layout.paragraph(
    "Every engagement in this packet, in the order of the contents. The fingerprint is the SHA-256 of the assessment in canonical form, as printed on the cover and sign-off page of its report; a final assessment's fingerprint equals the one stored when it was signed off."
  )
  layout.y += 4
  for (const e of model.entries) drawEntry(layout, e, pages.get(e.number))
  layout.y += 6
  panel(
    layout,
    [
      { text: 'MANIFEST HASH (SHA-256)', style: TYPE.label, colour: COLOURS.muted },
      { text: model.manifestHash, style: { ...TYPE.bodyBold, size: 8.4 }, gapBefore: 3 },
      {
        text: `Packet id ${model.packetId} is its first twelve digits. It is the SHA-256 of the manifest lines below: UTF-8, joined by line feeds, no final line feed. Each line is engagement id|assessment id|status|finalized date|fingerprint|vendor|engagement name, with empty fields left empty; the names are the ones listed in this packet (a final's as signed), with \\ written \\\\ and | written \\|. It does not depend on the generation time, so the same reports always give the same hash.`,
        style: TYPE.small,
        gapBefore: 5
      }
    ],
    COLOURS.navy
  )
  layout.heading('Manifest lines as hashed', TYPE.h3, 3 * LINES.leading)
  layout.paragraph(
    'A line too long for the page continues on an indented line after a "|"; the break is not part of the line.',
    TYPE.small,
    { colour: COLOURS.muted, after: 4 }
  )
  for (const line of model.manifestLines) {
    fieldLines(layout, line).forEach((text, i) => layout.lines([text], LINES, PAGE.left + (i === 0 ? 0 : CONTINUATION), COLOURS.ink))
  }
}

/** Breaks a manifest line after a "|" only, so every field stays whole and copyable. */
function fieldLines(layout: Layout, line: string): string[] {
  const { ts } = layout
  const fields = ts.cover(line, LINES.face).split(/(?<=\|)/)
  const out: string[] = []
  let current = ''
  for (const field of fields) {
    const width = CONTENT_WIDTH - (out.length === 0 ? 0 : CONTINUATION)
    if (current !== '' && ts.width(current + field, LINES.face, LINES.size) > width) {
      out.push(current)
      current = ''
    }
    current += field
  }
  out.push(current)
  return out.flatMap((l, i) =>
    ts.width(l, LINES.face, LINES.size) > CONTENT_WIDTH - (i === 0 ? 0 : CONTINUATION)
      ? ts.wrap(l, LINES, CONTENT_WIDTH - CONTINUATION)
      : [l]
  )
}

function drawEntry(layout: Layout, e: PacketEntry, span: PageSpan | undefined): void {
  const { canvas, ts } = layout
  const status = ts.cover(e.statusLabel, 'bold')
  const statusWidth = ts.width(status, 'bold', TYPE.smallBold.size)
  const x = PAGE.left + 22
  const title = ts.wrap(`${e.vendorName} — ${e.engagementName}`, TYPE.bodyBold, RIGHT - x - statusWidth - 12)
  const rows = rowsOf(e, span).map((r) => ({ label: r.label, lines: ts.wrap(r.value, ROW, RIGHT - x - LABEL_WIDTH) }))
  const height = title.length * TYPE.bodyBold.leading + rows.reduce((h, r) => h + r.lines.length * ROW.leading, 0) + 10
  layout.ensure(height)
  const top = layout.y
  const number = ts.cover(`${e.number}.`, 'bold')
  canvas.text(
    number,
    x - 6 - ts.width(number, 'bold', TYPE.bodyBold.size),
    baseline(top, TYPE.bodyBold),
    'bold',
    TYPE.bodyBold.size,
    COLOURS.muted
  )
  canvas.text(status, RIGHT - statusWidth, baseline(top, TYPE.bodyBold), 'bold', TYPE.smallBold.size, ENTRY_STATUS_COLOURS[e.status])
  layout.lines(title, TYPE.bodyBold, x, COLOURS.ink)
  for (const row of rows) {
    canvas.text(ts.cover(row.label, 'bold'), x, baseline(layout.y, ROW), 'bold', LABEL.size, COLOURS.muted)
    layout.lines(row.lines, ROW, x + LABEL_WIDTH, COLOURS.ink)
  }
  layout.y += 4
  canvas.line(PAGE.left, layout.y, RIGHT, layout.y, COLOURS.hairline, 0.5)
  layout.y += 6
}

function rowsOf(e: PacketEntry, span: PageSpan | undefined): { label: string; value: string }[] {
  const a = e.assessment
  if (!a) return [{ label: 'Assessment', value: 'None started: no report in this packet' }]
  const assessment = { label: 'Assessment', value: `${a.title.trim() || '(untitled)'} (id ${a.id})` }
  const revision = e.revisionOf ? [{ label: 'Revision of', value: `${e.revisionOf.text}, id ${e.revisionOf.id}` }] : []
  if (e.status === 'not-scored')
    return [assessment, ...revision, { label: 'No report', value: e.problem ?? 'The question bank is not available' }]
  const finalized = a.finalizedOn ? `finalized ${a.finalizedOn}` : 'not finalized'
  const pages = span ? `pages ${span.first}–${span.last}` : ''
  return [
    assessment,
    ...revision,
    { label: 'Document', value: [e.documentId ?? '', finalized, pages].filter((p) => p !== '').join(' · ') },
    { label: 'SHA-256', value: e.fingerprint ?? '' }
  ]
}
