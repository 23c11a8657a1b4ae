import { plural } from '../labels'
import type { ReportModel } from '../report-types'
import { keyValues, panel } from './blocks'
import { sectionTitle } from './cover'
import { baseline, type Layout } from './layout'
import { table } from './table'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from './theme'

export function drawSignOff(layout: Layout, model: ReportModel): void {
  layout.section('signoff', sectionTitle('signoff'))
  const s = model.signOff
  layout.heading('Reviewer verdicts', TYPE.h2, 100, true)
  table(
    layout,
    [
      { title: 'Verdict', width: 300 },
      { title: 'Questions', width: 167, align: 'right' }
    ],
    [
      ...s.verdictCounts.map((v) => [v.verdict, String(v.count)]),
      [{ text: 'Findings without a verdict', style: TYPE.body }, String(s.unreviewedFindings)]
    ],
    { style: TYPE.body }
  )
  if (s.notReviewed) {
    layout.heading('Findings without a verdict', TYPE.h2, 60)
    keyValues(
      layout,
      [
        { label: 'Findings', value: `${s.notReviewed.statement} Findings ${s.notReviewed.findings}.` },
        { label: 'Reason given', value: s.notReviewed.reason ?? (s.signed ? 'None recorded' : 'Not signed off yet') }
      ],
      { labelWidth: 118 }
    )
  }
  if (s.unconfirmed.length > 0) {
    layout.heading('Unconfirmed answers', TYPE.h2, 60)
    layout.paragraph(
      `${plural(s.unconfirmed.length, 'answer was', 'answers were')} scored but not confirmed; they are not counted as settled and confirmed.`
    )
    table(
      layout,
      [
        { title: 'Question', width: 56 },
        { title: 'Asked', width: 279 },
        { title: 'Why unconfirmed', width: 140 }
      ],
      s.unconfirmed.map((u) => [{ text: u.questionId, style: TYPE.smallBold }, u.prompt, u.why]),
      { zebra: true }
    )
  }
  const marked = model.findings.filter((f) => f.verdictKey === 'to-correct' || f.verdictKey === 'to-improve')
  if (marked.length > 0) {
    layout.heading('Items marked for review', TYPE.h2, 80)
    table(
      layout,
      [
        { title: 'Finding', width: 44 },
        { title: 'Question', width: 56 },
        { title: 'Verdict', width: 62 },
        { title: "Reviewer's comment", width: 313 }
      ],
      marked.map((f) => [String(f.rank), { text: f.questionId, style: TYPE.smallBold }, f.verdict ?? '', f.reviewComment ?? 'No comment']),
      { zebra: true }
    )
  }
  layout.heading('Attestation', TYPE.h2, 90, true)
  // before sign-off nobody has attested anything: the wording is shown as what will be attested
  if (!s.signed)
    layout.paragraph('Not given yet: the wording below is attested only when the assessment is signed off.', TYPE.bodyBold, {
      colour: COLOURS.marking,
      after: 4
    })
  panel(layout, [{ text: s.attestation }], s.signed ? COLOURS.navy : COLOURS.faint)
  layout.heading('Sign-off', TYPE.h2, 150, true)
  drawSignatureBlocks(layout, model)
  keyValues(
    layout,
    [
      { label: 'Fingerprint (SHA-256)', value: model.fingerprint, valueStyle: { ...TYPE.small, size: 7.6 } },
      { label: 'Document id', value: model.documentId },
      {
        label: 'How to verify',
        value:
          'The fingerprint is the SHA-256 of the assessment data in canonical form, including the engagement facts signed and the question bank\'s content. "armslength verify <report.pdf> <data.json>" checks the file was not altered, recomputes the fingerprint from the data, re-renders this report and compares every page.',
        valueStyle: TYPE.small
      }
    ],
    { labelWidth: 118 }
  )
}

function drawSignatureBlocks(layout: Layout, model: ReportModel): void {
  const { canvas, ts } = layout
  const s = model.signOff
  const gap = 20
  const w = (CONTENT_WIDTH - gap) / 2
  const height = 86
  layout.ensure(height + 10)
  const top = layout.y
  const blocks = [
    { role: 'Assessor', name: s.assessorName, event: s.assessorEvent },
    { role: 'Reviewer', name: s.reviewerName, event: s.reviewerEvent }
  ]
  blocks.forEach((b, i) => {
    const x = PAGE.left + i * (w + gap)
    canvas.strokeRect(x, top, w, height, COLOURS.rule, 0.75)
    canvas.text(ts.cover(b.role.toUpperCase(), 'bold'), x + 10, top + 16, 'bold', TYPE.label.size, COLOURS.muted)
    canvas.text(ts.fit(b.name, TYPE.h3, w - 20), x + 10, top + 32, 'bold', TYPE.h3.size, COLOURS.ink)
    const lines = ts.wrap(b.event, TYPE.small, w - 20)
    lines.forEach((line, k) =>
      canvas.text(
        line,
        x + 10,
        baseline(top + 40 + k * TYPE.small.leading, TYPE.small),
        'regular',
        TYPE.small.size,
        s.signed ? COLOURS.ink : COLOURS.marking
      )
    )
    canvas.line(x + 10, top + height - 18, x + w - 10, top + height - 18, COLOURS.faint, 0.5)
    // the app records a name as typed; it does not check who typed it, so this is no electronic signature
    canvas.text(
      ts.cover(s.signed ? "Name as typed in Arm's Length; identity not checked" : 'Signature and date', 'regular'),
      x + 10,
      top + height - 8,
      'regular',
      7,
      COLOURS.muted
    )
  })
  layout.y = top + height + 14
}
