import type { RiskBand } from '../../bank/vocabulary'
import type { PacketEntryStatus } from '../packet/packet-types'

/** A colour as PDF operands ("r g b", 0–1), converted once from hex. */
export type Colour = string

export function hex(value: string): Colour {
  const n = Number.parseInt(value.slice(1), 16)
  const c = (shift: number): string => String(Math.round((((n >> shift) & 255) / 255) * 1000) / 1000)
  return `${c(16)} ${c(8)} ${c(0)}`
}

export const COLOURS = {
  ink: hex('#1e2329'),
  muted: hex('#5b6472'),
  faint: hex('#8a929e'),
  navy: hex('#1f3a5f'),
  rule: hex('#c9ced6'),
  hairline: hex('#e1e5ea'),
  panel: hex('#f3f5f8'),
  white: hex('#ffffff'),
  marking: hex('#8b1a1a'),
  watermark: hex('#e6e9ed'),
  redFlag: hex('#b3261e'),
  // links in the sources: blue enough to read as a link, dark enough for AA contrast on white
  link: hex('#1a56a8')
} as const

export const BAND_COLOURS: Readonly<Record<RiskBand, Colour>> = {
  low: hex('#2e7d4f'),
  moderate: hex('#b8860b'),
  high: hex('#d2691e'),
  critical: hex('#b3261e')
}

/** An audit packet entry's status, wherever the packet names it (contents, manifest). */
export const ENTRY_STATUS_COLOURS: Readonly<Record<PacketEntryStatus, Colour>> = {
  final: COLOURS.navy,
  draft: COLOURS.marking,
  'not-assessed': COLOURS.muted,
  'not-scored': COLOURS.muted
}

/** A4 portrait in points, with generous margins; the running header and footer sit in the margins. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 64,
  right: 64,
  top: 84,
  bottom: 70
} as const

export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right

/** One type scale for the whole report: body 9.5 pt on 13.5 pt leading. */
export const TYPE = {
  coverTitle: { face: 'bold', size: 24, leading: 30 },
  coverName: { face: 'bold', size: 15, leading: 20 },
  h1: { face: 'bold', size: 17, leading: 22 },
  h2: { face: 'bold', size: 12, leading: 16 },
  h3: { face: 'bold', size: 10, leading: 13.5 },
  body: { face: 'regular', size: 9.5, leading: 13.5 },
  bodyBold: { face: 'bold', size: 9.5, leading: 13.5 },
  small: { face: 'regular', size: 8, leading: 11 },
  smallBold: { face: 'bold', size: 8, leading: 11 },
  label: { face: 'bold', size: 7, leading: 10 },
  furniture: { face: 'regular', size: 7.5, leading: 10 }
} as const satisfies Record<string, TextStyle>

export type TextStyle = { readonly face: 'regular' | 'bold'; readonly size: number; readonly leading: number }
