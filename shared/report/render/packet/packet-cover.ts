import { plural } from '../../labels'
import type { PacketModel } from '../../packet/packet-types'
import { keyValues } from '../blocks'
import { drawCoverFoot, drawCoverHead } from '../cover'
import type { Layout } from '../layout'
import { COLOURS, TYPE } from '../theme'

const ABOUT =
  'This packet holds the legal review report of each engagement listed in the contents: its latest final (signed-off) assessment or, where none exists, its latest draft, which carries a DRAFT mark on every page. Each report keeps its own document id and SHA-256 fingerprint; page numbers run across the whole packet. The manifest at the end lists every report with its fingerprint, and the manifest hash above is computed over those lines: changing, adding, removing or reordering any report changes it.'

/** Page 1: what the packet is, document control with the packet id and manifest hash, the notice. */
export function drawPacketCover(layout: Layout, model: PacketModel): void {
  drawCoverHead(layout, {
    kicker: 'Co-employment risk · audit packet',
    title: model.title,
    name: plural(model.counts.engagements, 'engagement'),
    subtitle: `Generated ${model.generatedOn}`,
    status: statusText(model),
    statusColour: model.counts.draft > 0 ? COLOURS.marking : COLOURS.navy
  })
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
  drawCoverFoot(layout, model.disclaimer)
}

function engagementsText(model: PacketModel): string {
  const c = model.counts
  const parts = [`${c.final} with a final report`, `${c.draft} with a draft report`]
  if (c.notAssessed > 0) parts.push(`${c.notAssessed} not assessed`)
  if (c.notScored > 0) parts.push(`${c.notScored} not scored (question bank unavailable)`)
  return `${c.engagements}: ${parts.join(', ')}`
}

/** The boxed status line: all final, or how many reports are drafts (then in the marking colour). */
function statusText(model: PacketModel): string {
  const c = model.counts
  if (c.draft > 0)
    return `${plural(c.reports, 'report')}, ${c.draft} of them ${c.draft === 1 ? 'a draft' : 'drafts'}: not signed off, findings and scores may still change`
  return c.reports > 0
    ? `${plural(c.reports, 'report')}, all final: signed off`
    : 'No reports: none of these engagements has an assessment that can be reported'
}
