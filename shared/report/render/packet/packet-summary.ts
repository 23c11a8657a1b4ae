import type { RiskBand } from '../../../bank/vocabulary'
import { BAND_LABELS, plural } from '../../labels'
import type { PacketModel } from '../../packet/packet-types'
import { baseline, type Layout } from '../layout'
import { BAND_COLOURS, COLOURS, CONTENT_WIDTH, PAGE, TYPE, type Colour } from '../theme'
import { drawHeatMap } from './heat-map'

const TILE_HEIGHT = 48
const TILE_GAP = 8
const BANDS: readonly RiskBand[] = ['low', 'moderate', 'high', 'critical']

/** The portfolio at a glance: reports per band (words and numbers, colour as a second cue), then the heat map. */
export function drawPacketSummary(layout: Layout, model: PacketModel): void {
  const c = model.counts
  layout.section('summary', 'Portfolio summary', { ownPage: true })
  layout.paragraph(
    `${plural(c.engagements, 'engagement')} in this packet: ${c.final} final ${c.final === 1 ? 'report' : 'reports'}, ${c.draft} draft ${c.draft === 1 ? 'report' : 'reports'} (not signed off)` +
      `${c.notAssessed > 0 ? `, ${c.notAssessed} not assessed` : ''}${c.notScored > 0 ? `, ${c.notScored} not scored` : ''}. Bands are those of each report's overall score.`
  )
  layout.y += 4
  drawTiles(layout, [
    ...BANDS.map((band) => ({ count: c.bands[band], label: BAND_LABELS[band], colour: BAND_COLOURS[band] })),
    { count: c.provisional, label: 'Provisional', colour: COLOURS.muted },
    { count: c.insufficient, label: 'Insufficient', colour: COLOURS.muted },
    { count: c.notAssessed + c.notScored, label: 'No report', colour: COLOURS.faint }
  ])
  if (c.insufficient > 0) {
    layout.paragraph(
      `${plural(c.insufficient, 'report')} ${c.insufficient === 1 ? 'rests' : 'rest'} on insufficient information (too few questions settled, or none answered): ${c.insufficient === 1 ? 'its band is' : 'their bands are'} only provisional and not counted in any band above.`,
      TYPE.body
    )
  }
  if (c.provisional > 0) {
    layout.paragraph(
      `${plural(c.provisional, 'report')} ${c.provisional === 1 ? 'has' : 'have'} enough questions settled for a Low, but a question still open could raise ${c.provisional === 1 ? 'its band' : 'their bands'} on its own: ${c.provisional === 1 ? 'its band is' : 'their bands are'} provisional until it is answered, and not counted as Low.`,
      TYPE.body
    )
  }
  if (c.rising > 0) {
    layout.paragraph(
      `${plural(c.rising, 'report')} counted above under Moderate or High ${c.rising === 1 ? 'has' : 'have'} a question still open that could raise ${c.rising === 1 ? 'its band' : 'their bands'} further: each is counted at the band it has reached, the least it is.`,
      TYPE.body
    )
  }
  if (c.partlyNotAssessed > 0) {
    layout.paragraph(
      `${plural(c.partlyNotAssessed, 'report')} ${c.partlyNotAssessed === 1 ? 'covers' : 'cover'} delivery from a country not assessed under its own law (marked in the heat map): ${c.partlyNotAssessed === 1 ? 'its band covers' : 'their bands cover'} only the countries assessed; have local counsel review the others.`,
      TYPE.body
    )
  }
  layout.paragraph(
    `${c.redFlagged === 0 ? 'No report' : plural(c.redFlagged, 'report')} with at least one red flag (a knock-out answer: strong evidence of employment by you; whether it decides on its own depends on the law applied, as each report says).`,
    TYPE.body,
    { after: 10 }
  )
  layout.heading('Heat map: engagements by section', TYPE.h2, 120, true)
  layout.paragraph(
    'Each cell gives the band and the score (0 to 100) of one section in the engagement\'s report; "Overall" is the report\'s overall score. The colour repeats the band. n/a: no question of the section applied; "no answers": questions applied but none was answered; "Insuff.": insufficient information, with the provisional score in brackets and no band colour; a band with "?" (as "Low?"): provisional, since a question still open could raise it, with no band colour; ⚑ with a number: red flags in the section. Rows marked Draft show an assessment that is not signed off; "Not assessed: <country>" under a name, a delivery country whose own law the report did not apply.',
    TYPE.small,
    { colour: COLOURS.muted, after: 8 }
  )
  drawHeatMap(layout, model)
}

type Tile = { count: number; label: string; colour: Colour }

function drawTiles(layout: Layout, tiles: readonly Tile[]): void {
  const { canvas, ts } = layout
  const width = (CONTENT_WIDTH - TILE_GAP * (tiles.length - 1)) / tiles.length
  layout.ensure(TILE_HEIGHT + 12)
  const top = layout.y
  tiles.forEach((t, i) => {
    const x = PAGE.left + i * (width + TILE_GAP)
    canvas.fillRect(x, top, width, TILE_HEIGHT, COLOURS.panel)
    canvas.fillRect(x, top, width, 4, t.colour)
    const number = String(t.count)
    canvas.text(number, x + 10, baseline(top + 8, TYPE.h1), 'bold', TYPE.h1.size, COLOURS.ink)
    canvas.text(ts.cover(t.label, 'bold'), x + 10, top + TILE_HEIGHT - 9, 'bold', TYPE.smallBold.size, COLOURS.muted)
  })
  layout.y = top + TILE_HEIGHT + 12
}
