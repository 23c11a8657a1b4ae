import { changeSinceLastText } from '../compared-as-signed'
import { plural } from '../labels'
import { bandStillProvisional } from '../../scoring/band-provisional'
import type { Recommendation, ReportModel } from '../report-types'
import { keyValues, panel, type PanelLine } from './blocks'
import { sectionTitle } from './cover'
import { drawGauge, GAUGE_HEIGHT } from './gauge'
import { table } from './table'
import type { Layout } from './layout'
import { BAND_COLOURS, COLOURS, PAGE, TYPE, type Colour } from './theme'

const RECOMMENDATION_COLOURS: Readonly<Record<Recommendation, Colour>> = {
  escalate: BAND_COLOURS.critical,
  remediate: BAND_COLOURS.moderate,
  accept: BAND_COLOURS.low
}

export function drawSummary(layout: Layout, model: ReportModel): void {
  layout.section('summary', sectionTitle('summary'))
  const top = layout.y
  drawGauge(layout, model, PAGE.left, 200)
  layout.y = top + 4
  drawKeyFigures(layout, model, PAGE.left + 212)
  layout.y = Math.max(layout.y, top + GAUGE_HEIGHT) + 10
  for (const sentence of model.overall.explanation) layout.paragraph(sentence)
  drawLawVerdicts(layout, model)
  drawRecommendation(layout, model)
  if (model.keyConcerns.length > 0) {
    layout.heading("Reviewer's key concerns", TYPE.h2, 40)
    for (const concern of model.keyConcerns) layout.bullet(concern, TYPE.body, PAGE.left, COLOURS.marking)
    layout.y += 6
  }
  layout.heading('Top risk drivers', TYPE.h2, 40)
  if (model.topDrivers.length === 0) layout.paragraph('No answer carries risk points.')
  model.topDrivers.forEach((d, i) => {
    const head = `${i + 1}. ${d.section} (${d.questionId}): ${d.points} points, ${d.share} of all risk points${d.redFlag ? ', red flag' : ''}`
    layout.ensure(TYPE.bodyBold.leading * 2)
    layout.paragraph(head, TYPE.bodyBold, { after: 0 })
    layout.paragraph(d.answer, TYPE.body, { x: PAGE.left + 14, after: 4 })
  })
  layout.heading('Red flags', TYPE.h2, 30)
  if (model.redFlags.length === 0) layout.paragraph('No red flag fired.')
  for (const f of model.redFlags) {
    layout.bullet(
      `${f.questionId} (${f.section}, ${f.side === 'contract' ? 'contract' : 'practice'}): ${f.answer}`,
      TYPE.body,
      PAGE.left,
      COLOURS.ink
    )
  }
  layout.y += 6
  drawChanges(layout, model)
}

/**
 * "Under each law applied": the verdict each law reached, in its own words, as the Results screen shows
 * it, and the delivery countries no applied law covers. Counsel reads per law which verdict was reached
 * before the recommendation drawn from them.
 */
function drawLawVerdicts(layout: Layout, model: ReportModel): void {
  layout.heading('Under each law applied', TYPE.h2, 60)
  table(
    layout,
    [
      { title: 'Law', width: 110 },
      { title: 'Result', width: 92 },
      { title: 'Verdict in the law’s own words', width: 265 }
    ],
    model.lawVerdicts.map((v) => [
      { text: v.lawAsAt ? `${v.name}\n${v.lawAsAt}` : v.name, style: TYPE.small },
      v.band ? { text: v.result, swatch: BAND_COLOURS[v.band], style: TYPE.smallBold } : { text: v.result, colour: COLOURS.marking },
      [
        v.verdict,
        ...(v.capLine ? [v.capLine] : []),
        ...(v.fired ? [v.fired] : []),
        ...v.rebutted,
        ...v.naContradicted,
        ...(v.openExposures ? [v.openExposures] : [])
      ].join('\n')
    ])
  )
  for (const sentence of model.notAssessedCountries) layout.bullet(sentence, TYPE.small, PAGE.left, COLOURS.marking)
  layout.y += 6
}

function drawKeyFigures(layout: Layout, model: ReportModel, x: number): void {
  const c = model.changes
  const notCompared = model.comparedAsSigned?.changeSinceLast
  const rows = [
    // as the gauge: a band a question still open could raise is provisional (a Critical cannot rise)
    {
      label: 'Overall score',
      value: `${model.overall.scoreText} out of 100: ${model.overall.resultLabel}${bandStillProvisional(model.overall.sufficient ? 'sufficient' : 'insufficient', model.overall.band, model.coverage.openDecisive.length > 0) ? ', provisional' : ''}`
    },
    { label: 'Red flags', value: model.redFlags.length === 0 ? 'None' : String(model.redFlags.length) },
    { label: 'Contract/practice gaps', value: model.gapCount === 0 ? 'None' : String(model.gapCount) },
    { label: 'Findings', value: String(model.findings.length) },
    { label: 'Coverage', value: model.coverage.summary },
    {
      label: 'Change since last cycle',
      // a scheme 3 or 4 final whose recorded final the data lacks says so here too, in red as "What changed" does,
      // not "First on record" (false there; employment-counsel review)
      value: notCompared ?? (c ? changeSinceLastText(c) : 'First on record'),
      ...(notCompared ? { valueColour: COLOURS.marking } : {})
    }
  ]
  keyValues(layout, rows, { x, labelWidth: 116, valueStyle: TYPE.bodyBold, gap: 5, rule: true })
}

function drawRecommendation(layout: Layout, model: ReportModel): void {
  const r = model.recommendation
  const items: PanelLine[] = [
    { text: 'RECOMMENDATION', style: TYPE.label, colour: COLOURS.muted },
    { text: r.headline + (r.provisional ? ' (provisional)' : ''), style: TYPE.h2, colour: COLOURS.ink, gapBefore: 2 },
    ...r.reasons.map((reason, i) => ({ text: reason, bullet: true, gapBefore: i === 0 ? 4 : 1 }))
  ]
  if (r.provisionalNote) items.push({ text: r.provisionalNote, style: TYPE.bodyBold, colour: COLOURS.marking, gapBefore: 6 })
  panel(layout, items, RECOMMENDATION_COLOURS[r.kind])
}

function drawChanges(layout: Layout, model: ReportModel): void {
  // the comparison is short: keep it in one piece
  layout.heading('What changed since the previous assessment', TYPE.h2, 4 * TYPE.body.leading + 20)
  const c = model.changes
  const asSigned = model.comparedAsSigned
  if (!c) {
    // a scheme 3 or 4 final whose recorded finals the data lacks says that instead (drawNotCompared)
    if (asSigned?.missingIntro) drawNotCompared(layout, model)
    else
      layout.paragraph(
        asSigned?.none ?? 'This is the first assessment of this engagement in the data provided, so there is nothing to compare with.'
      )
    return
  }
  const flags = (list: typeof c.redFlagsAdded): string => list.map((f) => `${f.questionId} (${f.side})`).join(', ')
  const flagChange = [
    c.redFlagsAdded.length > 0 ? `added ${flags(c.redFlagsAdded)}` : null,
    c.redFlagsCleared.length > 0 ? `cleared ${flags(c.redFlagsCleared)}` : null
  ].filter((x) => x !== null)
  keyValues(
    layout,
    [
      { label: 'Compared with', value: `${c.previous.title}, ${c.previous.date}` },
      {
        label: 'Score and band',
        // a result on too little information has no band of its own to compare (only a provisional one, said as such)
        value: `${c.previous.score.scoreText} → ${model.overall.scoreText} (${c.scoreDeltaText}); ${!model.overall.sufficient ? `band ${c.previous.resultLabel} → ${model.overall.resultLabel}` : c.bandChanged ? `band ${c.previous.score.bandLabel} → ${model.overall.bandLabel}` : `band unchanged (${model.overall.bandLabel})`}`
      },
      { label: 'Answers changed', value: c.answersChanged === 0 ? 'None' : `${plural(c.answersChanged, 'question')}, listed in section 3` },
      { label: 'Red flags', value: flagChange.length > 0 ? flagChange.join('; ') : 'No change' }
    ],
    { labelWidth: 128 }
  )
  drawNotCompared(layout, model)
}

/** A scheme 3 or 4 final's recorded finals the data cannot give as signed: named, so no other comparison passes for its own. */
function drawNotCompared(layout: Layout, model: ReportModel): void {
  const asSigned = model.comparedAsSigned
  if (!asSigned?.missingIntro) return
  layout.space(4)
  layout.paragraph(asSigned.missingIntro, TYPE.bodyBold, { colour: COLOURS.marking })
  for (const sentence of asSigned.missing) layout.bullet(sentence, TYPE.body, PAGE.left, COLOURS.marking)
}
