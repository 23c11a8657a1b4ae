import type { RiskBand } from '../../bank/vocabulary'
import { formatCitations } from '../labels'
import type { ReportModel } from '../report-types'
import { keyValues, panel } from './blocks'
import { sectionTitle } from './cover'
import type { Layout } from './layout'
import { table } from './table'
import { BAND_COLOURS, COLOURS, PAGE, TYPE } from './theme'

const BAND_MEANING: Readonly<Record<RiskBand, string>> = {
  low: "Few control signals; the relationship looks arm's length. Keep monitoring.",
  moderate: 'Some control signals. Fix them through the action plan before they become habits.',
  high: 'Strong control signals. Remediate promptly and have counsel review the findings.',
  critical: 'Control signals of the kind on which joint employment has been found. Escalate to counsel.'
}

export function drawMethod(layout: Layout, model: ReportModel): void {
  layout.section('method', sectionTitle('method'))
  layout.heading('What was assessed', TYPE.h2, 60, true)
  layout.paragraph(model.assessment.scopeSentence)
  keyValues(layout, model.engagement.facts, { labelWidth: 120 })
  layout.y += 8
  drawJurisdictions(layout, model)
  layout.heading('How the score works', TYPE.h2, 60, true)
  for (const part of model.method) {
    layout.heading(part.heading, TYPE.h3, 40)
    for (const p of part.paragraphs) layout.paragraph(p)
  }
  layout.heading('Risk bands', TYPE.h3, 80)
  table(
    layout,
    [
      { title: 'Band', width: 80 },
      { title: 'Score', width: 90 },
      { title: 'What it means for this report', width: 297 }
    ],
    model.bands.map((b) => [{ text: b.label, swatch: BAND_COLOURS[b.band], style: TYPE.smallBold }, b.range, BAND_MEANING[b.band]])
  )
  drawCoverage(layout, model)
}

function drawJurisdictions(layout: Layout, model: ReportModel): void {
  layout.heading('Jurisdictions applied', TYPE.h2, 60, true)
  if (model.jurisdictions.length === 0) {
    layout.paragraph('No jurisdiction profile matched the delivery countries, so only the general control factors were scored.')
    for (const sentence of model.notAssessedCountries) layout.bullet(sentence)
    return
  }
  layout.paragraph(
    "Each delivery country (and the client's US states, where recorded) switches on a jurisdiction profile: its weights for the kinds of control that law stresses, and the structural checks it adds. Where profiles differ, the highest weight applies."
  )
  for (const sentence of model.notAssessedCountries) layout.bullet(sentence)
  for (const j of model.jurisdictions) {
    layout.heading(j.name, TYPE.h3, 50)
    if (j.lawAsAt)
      layout.paragraph(`${j.lawAsAt}; counsel should confirm any change since.`, TYPE.small, { colour: COLOURS.muted, after: 2 })
    layout.paragraph(j.summary)
    if (j.structuralChecks.length > 0) {
      layout.ensure(TYPE.smallBold.leading + TYPE.body.leading * 3)
      layout.paragraph('Structural checks', TYPE.smallBold, { colour: COLOURS.muted, after: 2 })
      for (const c of j.structuralChecks) {
        layout.ensure(TYPE.body.leading * 2)
        layout.bullet(c.title, TYPE.bodyBold)
        layout.y -= 2
        layout.paragraph(c.description, TYPE.body, { x: PAGE.left + 12, after: 3 })
      }
    }
    if (j.localAdvice.length > 0) {
      layout.y += 3
      layout.ensure(TYPE.smallBold.leading + TYPE.body.leading * 2)
      layout.paragraph('Local advice', TYPE.smallBold, { colour: COLOURS.muted, after: 2 })
      for (const a of j.localAdvice) layout.bullet(a)
    }
    if (j.sources.length > 0)
      layout.paragraph(`Authorities: ${formatCitations(j.sources)} (appendix B)`, TYPE.small, { colour: COLOURS.muted })
    layout.y += 6
  }
}

function drawCoverage(layout: Layout, model: ReportModel): void {
  layout.heading('Coverage', TYPE.h2, 120, true)
  table(
    layout,
    [
      { title: 'Questions', width: 300 },
      { title: 'Count', width: 167, align: 'right' }
    ],
    model.coverage.rows.map((r) => [r.label, r.value]),
    { style: TYPE.body }
  )
  if (model.coverage.provisional) {
    panel(
      layout,
      [
        {
          text: `Provisional result: ${model.coverage.percent} of the questions that apply are settled, below the bank's threshold of ${model.coverage.threshold}. The score may understate the risk.`,
          style: TYPE.bodyBold,
          colour: COLOURS.marking
        }
      ],
      COLOURS.marking
    )
  } else {
    layout.paragraph(`Coverage meets the bank's threshold of ${model.coverage.threshold}; the result is not provisional.`, TYPE.body, {
      x: PAGE.left
    })
  }
}
