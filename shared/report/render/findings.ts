import { formatCitations, plural } from '../labels'
import type { FindingView, ReportModel } from '../report-types'
import { keyValues, type KeyValueRow } from './blocks'
import { sectionTitle } from './cover'
import { baseline, type Layout } from './layout'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from './theme'

const HEADER = 20
const KEY_VALUE_GAP = 4

/** Ranked findings: each with the answers, why it matters, the law, the fix and the reviewer's view. */
export function drawFindings(layout: Layout, model: ReportModel): void {
  layout.section('findings', sectionTitle('findings'))
  const flagged = model.findings.filter((f) => f.redFlag).length
  layout.paragraph(
    model.findings.length === 0
      ? 'No answer carries risk points, fired a red flag or shows a contract-vs-practice gap.'
      : `${plural(model.findings.length, 'finding')}, ranked: red flags first (${flagged}), then by the points each answer carries. Points are out of the total shown; the sources in brackets are listed in appendix B.`
  )
  layout.y += 4
  for (const f of model.findings) drawFinding(layout, f)
}

function drawFinding(layout: Layout, f: FindingView): void {
  const { canvas, ts } = layout
  const prompt = ts.wrap(f.prompt, TYPE.h3, CONTENT_WIDTH)
  // keep the header and the question with the first three lines of the answers (the list below
  // never starts with fewer), so a finding's heading is never left alone at the foot of a page
  layout.ensure(HEADER + 6 + prompt.length * TYPE.h3.leading + 4 + TYPE.body.leading * 3 + KEY_VALUE_GAP * 3 + 2)
  layout.bookmark(`${f.rank}. ${f.questionId}: ${shorten(f.prompt, 80)}`)
  const top = layout.y
  canvas.fillRect(PAGE.left, top, CONTENT_WIDTH, HEADER, f.redFlag ? COLOURS.redFlag : COLOURS.navy)
  const left = ts.cover(`Finding ${f.rank}  ·  ${f.questionId}  ·  ${f.section}`, 'bold')
  const right = ts.cover(`${f.redFlag ? 'RED FLAG  ·  ' : ''}${f.pointsText} (${f.share})`, 'bold')
  const rightWidth = ts.width(right, 'bold', TYPE.smallBold.size)
  const leftText = ts.fit(left, TYPE.smallBold, CONTENT_WIDTH - rightWidth - 30)
  canvas.text(leftText, PAGE.left + 8, top + 13.5, 'bold', TYPE.smallBold.size, COLOURS.white)
  canvas.text(right, PAGE.left + CONTENT_WIDTH - 8 - rightWidth, top + 13.5, 'bold', TYPE.smallBold.size, COLOURS.white)
  layout.y = top + HEADER + 6
  for (const line of prompt) {
    canvas.text(line, PAGE.left, baseline(layout.y, TYPE.h3), 'bold', TYPE.h3.size, COLOURS.ink)
    layout.y += TYPE.h3.leading
  }
  layout.y += 4
  keyValues(layout, rowsOf(f), { labelWidth: 104, gap: KEY_VALUE_GAP })
  layout.y += 14
}

function rowsOf(f: FindingView): KeyValueRow[] {
  const rows: KeyValueRow[] = []
  const flagNote = (side: 'practice' | 'contract'): string => (f.redFlagSides.includes(side) ? ' [red flag]' : '')
  rows.push({ label: f.practiceLabel, value: f.practiceAnswer + flagNote('practice'), valueStyle: TYPE.bodyBold })
  if (f.contractAnswer !== null)
    rows.push({ label: 'The contract says', value: f.contractAnswer + flagNote('contract'), valueStyle: TYPE.bodyBold })
  if (f.gap) rows.push({ label: 'Gap', value: f.gap, valueColour: COLOURS.marking })
  if (f.amplifier) rows.push({ label: 'Amplifier', value: f.amplifier })
  rows.push({ label: 'Why it matters', value: f.help })
  rows.push({
    label: 'Legal factors',
    value: f.factors
      .map((x) => {
        const law = x.sources.length > 0 ? ` ${formatCitations(x.sources)}` : ''
        const notLaw = x.notLaw.length > 0 ? ` (practice, not law: ${formatCitations(x.notLaw)})` : ''
        return `${x.title}${law}${notLaw}`
      })
      .join('; ')
  })
  rows.push({ label: 'Recommendation', value: f.recommendation.join('\n') })
  if (f.decisive) rows.push({ label: 'Decisive', value: f.decisive, valueColour: COLOURS.marking })
  if (f.exposure) rows.push({ label: 'Exposure', value: f.exposure })
  if (f.effect) rows.push({ label: 'Effect of the change', value: f.effect })
  if (f.note) rows.push({ label: "Assessor's note", value: f.note })
  if (f.evidence.length > 0)
    rows.push({ label: 'Evidence', value: f.evidence.map((e) => (e.date ? `${e.title} (${e.date})` : e.title)).join('; ') })
  rows.push({ label: 'Owner and target', value: `${f.owner ?? 'Not assigned'}; ${f.targetDate ?? 'no target date'}` })
  rows.push({
    label: 'Reviewer',
    value: f.reviewLine,
    valueColour: f.verdictKey === 'to-correct' || f.verdictKey === null ? COLOURS.marking : COLOURS.ink
  })
  return rows
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}
