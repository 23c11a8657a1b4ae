import type { RiskBand } from '../../bank/vocabulary'
import { formatCitations } from '../labels'
import type { ReportModel } from '../report-types'
import { keyValues, panel } from './blocks'
import { sectionTitle } from './cover'
import type { Layout } from './layout'
import { table } from './table'
import { BAND_COLOURS, COLOURS, PAGE, TYPE } from './theme'

// What each band means in law, as methodology section 2.8 states it: a Critical result is often a structural
// test of one law (an unregistered Philippine contractor, concealed leasing in Germany), not control signals,
// and several of those laws make you the direct employer rather than a joint one.
export const BAND_MEANING: Readonly<Record<RiskBand, string>> = {
  low: 'No fact an applied law treats as deciding, and little person-level control: it looks like the outsourced services courts have accepted. Keep monitoring.',
  moderate: 'Control signals courts weigh but that do not decide alone. They add up: remediate through the action plan before they do.',
  high: 'At least one fact an applied law treats as capable of deciding on its own, or enough control in the answers alone to make you a likely employer or joint employer. Escalate to counsel.',
  critical:
    "The facts meet an applied law's own test of employment by you, or several decisive facts together: you would likely be found the employer or joint employer. Escalate to counsel."
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
    // a law stated more than a year before this assessment is said in the warning colour, in its own words
    if (j.lawAsAt && j.lawAsAtStale) layout.paragraph(j.lawAsAt, TYPE.smallBold, { colour: COLOURS.marking, after: 2 })
    else if (j.lawAsAt)
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
  } else if (model.coverage.openDecisive.length > 0) {
    // coverage says nothing about the one open question that would decide the result
    const open = model.coverage.openDecisive
    panel(
      layout,
      [
        {
          text: `Coverage meets the bank's threshold of ${model.coverage.threshold}, but ${open.length === 1 ? 'a question still open' : `${open.length} questions still open`} could decide the result on ${open.length === 1 ? 'its' : 'their'} own (${open.join(', ')}): ${model.overall.band === 'critical' ? 'the score could still rise, and the result' : 'the band could still rise, and'} is provisional until ${open.length === 1 ? 'it is' : 'they are'} answered.`,
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
