import { plural } from '../../labels'
import type { PacketModel } from '../../packet/packet-types'
import { keyValues, label } from '../blocks'
import type { Layout } from '../layout'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from '../theme'

const ABOUT =
  'This packet holds the legal review report of each engagement listed in the contents: its latest final (signed-off) assessment or, where none exists, its latest draft, which carries a DRAFT mark on every page. Each report keeps its own document id and SHA-256 fingerprint; page numbers run across the whole packet. The manifest at the end lists every report with its fingerprint, and the manifest hash above is computed over those lines: changing, adding, removing or reordering any report changes it.'

/** Page 1: what the packet is, document control with the packet id and manifest hash, the notice. */
export function drawPacketCover(layout: Layout, model: PacketModel): void {
  const { canvas, ts } = layout
  const c = model.counts
  layout.y = PAGE.top + 6
  label(layout, 'Co-employment risk · audit packet', PAGE.left, COLOURS.muted)
  layout.y += 4
  layout.lines(ts.wrap(model.title, TYPE.coverTitle, CONTENT_WIDTH), TYPE.coverTitle, PAGE.left, COLOURS.navy)
  layout.y += 8
  layout.lines(ts.wrap(plural(c.engagements, 'engagement'), TYPE.coverName, CONTENT_WIDTH), TYPE.coverName, PAGE.left, COLOURS.ink)
  layout.lines([ts.cover(`Generated ${model.generatedOn}`, 'regular')], { ...TYPE.h3, face: 'regular' }, PAGE.left, COLOURS.muted)
  layout.y += 10
  drawStatus(layout, model)
  layout.y += 14
  canvas.line(PAGE.left, layout.y, PAGE.left + CONTENT_WIDTH, layout.y, COLOURS.navy, 1)
  layout.y += 14
  layout.heading('Document control', TYPE.h2, 60)
  keyValues(
    layout,
    [
      { label: 'Packet id', value: model.packetId },
      { label: 'Generated', value: model.generatedOn },
      { label: 'Engagements', value: engagementsText(model) },
      { label: 'Question banks', value: model.banks.length > 0 ? model.banks.join('; ') : 'None (no report in this packet)' },
      { label: 'Confidentiality', value: model.marking },
      { label: 'Manifest hash (SHA-256)', value: model.manifestHash, valueStyle: { ...TYPE.small, size: 7.6 } }
    ],
    { labelWidth: 128, valueStyle: { ...TYPE.body, size: 9, leading: 12.5 }, gap: 2.5 }
  )
  layout.y += 10
  layout.heading('About this packet', TYPE.h2, 40)
  layout.paragraph(ABOUT, TYPE.body)
  const disclaimer = ts.wrap(model.disclaimer, TYPE.small, CONTENT_WIDTH)
  layout.y = Math.max(layout.y + 16, layout.bottom - disclaimer.length * TYPE.small.leading)
  layout.lines(disclaimer, TYPE.small, PAGE.left, COLOURS.muted)
}

function engagementsText(model: PacketModel): string {
  const c = model.counts
  const parts = [`${c.final} with a final report`, `${c.draft} with a draft report`]
  if (c.notAssessed > 0) parts.push(`${c.notAssessed} not assessed`)
  if (c.notScored > 0) parts.push(`${c.notScored} not scored (question bank unavailable)`)
  return `${c.engagements}: ${parts.join(', ')}`
}

/** A boxed status line: all final, or how many reports are drafts (in the marking colour). */
function drawStatus(layout: Layout, model: PacketModel): void {
  const { canvas, ts } = layout
  const c = model.counts
  const draft = c.draft > 0
  const text = draft
    ? `${plural(c.reports, 'report')}, ${c.draft} of them ${c.draft === 1 ? 'a draft' : 'drafts'}: not signed off, findings and scores may still change`
    : c.reports > 0
      ? `${plural(c.reports, 'report')}, all final: signed off`
      : 'No reports: none of these engagements has an assessment that can be reported'
  const colour = draft ? COLOURS.marking : COLOURS.navy
  const covered = ts.fit(text, TYPE.smallBold, CONTENT_WIDTH - 16)
  const w = ts.width(covered, 'bold', TYPE.smallBold.size) + 16
  canvas.strokeRect(PAGE.left, layout.y, Math.min(w, CONTENT_WIDTH), 18, colour, 0.8)
  canvas.text(covered, PAGE.left + 8, layout.y + 12.2, 'bold', TYPE.smallBold.size, colour)
  layout.y += 18
}
