import { plural } from '../labels'
import type { AppendixQuestion, ReportModel } from '../report-types'
import { keyValues, panel, type KeyValueRow } from './blocks'
import { sectionTitle } from './cover'
import { baseline, type Layout } from './layout'
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE, type TextStyle } from './theme'

const COMPACT: TextStyle = { face: 'regular', size: 8.5, leading: 12 }
const COMPACT_BOLD: TextStyle = { face: 'bold', size: 8.5, leading: 12 }
/** One object for every question's labels: the typesetter remembers wrapped text by style object (typesetter.ts). */
const ROW_LABEL: TextStyle = { ...TYPE.smallBold, size: 7.5 }
const ID_WIDTH = 50

/** Appendix A: every question that applied, with both answers, notes, justifications and evidence. */
export function drawAppendix(layout: Layout, model: ReportModel): void {
  layout.section('appendix', sectionTitle('appendix'))
  layout.paragraph(
    'Every question that applied to this assessment, in questionnaire order, with the answers exactly as recorded. Questions that did not apply (another jurisdiction, or a follow-up whose condition was not met) are counted under each section.'
  )
  for (const section of model.appendix) {
    layout.heading(section.title, TYPE.h2, 84, true)
    if (section.hidden > 0) {
      layout.paragraph(`${plural(section.hidden, 'question')} in this section did not apply.`, TYPE.small, {
        colour: COLOURS.muted,
        after: 4
      })
    }
    for (const q of section.questions) drawQuestion(layout, q)
  }
}

function drawQuestion(layout: Layout, q: AppendixQuestion): void {
  const { canvas, ts } = layout
  const prompt = ts.wrap(q.prompt, COMPACT_BOLD, CONTENT_WIDTH - ID_WIDTH)
  // the question, and the three lines the answer list needs to start (see keyValues)
  layout.ensure(prompt.length * COMPACT_BOLD.leading + COMPACT.leading * 3 + 6)
  canvas.text(q.questionId, PAGE.left, baseline(layout.y, COMPACT_BOLD), 'bold', COMPACT_BOLD.size, COLOURS.navy)
  for (const line of prompt) {
    layout.ensure(COMPACT_BOLD.leading)
    canvas.text(line, PAGE.left + ID_WIDTH, baseline(layout.y, COMPACT_BOLD), 'bold', COMPACT_BOLD.size, COLOURS.ink)
    layout.y += COMPACT_BOLD.leading
  }
  layout.y += 2
  keyValues(layout, rowsOf(q), {
    x: PAGE.left + ID_WIDTH,
    labelWidth: 96,
    valueStyle: COMPACT,
    labelStyle: ROW_LABEL,
    gap: 1
  })
  layout.y += 4
  canvas.line(PAGE.left, layout.y, PAGE.left + CONTENT_WIDTH, layout.y, COLOURS.hairline, 0.5)
  layout.y += 7
}

function rowsOf(q: AppendixQuestion): KeyValueRow[] {
  const rows: KeyValueRow[] = []
  if (q.contractPrompt) {
    rows.push({ label: 'Contract question', value: q.contractPrompt, valueColour: COLOURS.muted })
    rows.push({ label: 'Contract answer', value: q.contractAnswer ?? '(none)' })
    rows.push({ label: 'In practice', value: q.practiceAnswer ?? '(none)' })
  } else if (q.status !== 'Not applicable') {
    rows.push({ label: 'Answer', value: q.practiceAnswer ?? '(none)' })
  }
  const status = [
    q.status,
    q.answeredAt ? `recorded ${q.answeredAt}` : null,
    q.carried ? 'carried forward from the previous cycle, not yet re-confirmed' : null
  ]
  rows.push({
    label: 'Status',
    value: status.filter((s) => s !== null).join('; '),
    valueColour: q.carried || q.status === 'Unsure' ? COLOURS.marking : COLOURS.ink
  })
  if (q.justification) rows.push({ label: 'Why not applicable', value: q.justification })
  if (q.note) rows.push({ label: 'Note', value: q.note })
  for (const [i, e] of q.evidence.entries()) {
    const parts = [e.title, e.location.trim() || null, e.date].filter((p) => p !== null)
    rows.push({ label: i === 0 ? 'Evidence' : '', value: parts.join(' · ') })
  }
  return rows
}

/** Appendix B: the authorities cited, numbered as in the findings, then the disclaimer. */
export function drawSources(layout: Layout, model: ReportModel): void {
  layout.section('sources', sectionTitle('sources'))
  const { canvas, ts } = layout
  if (model.sources.length === 0) layout.paragraph('No sources are cited.')
  for (const s of model.sources) {
    const number = `[${s.number}]`
    const lines = ts.wrap(s.citation, COMPACT, CONTENT_WIDTH - 30)
    // the kind first, so a commentary is never read as the law itself
    const where = ts.wrap(s.kind === null ? s.jurisdiction : `${s.kind} · ${s.jurisdiction}`, TYPE.small, CONTENT_WIDTH - 30)
    const lapsed = s.superseded === null ? [] : ts.wrap(s.superseded, TYPE.small, CONTENT_WIDTH - 30)
    const link = s.url === null ? [] : ts.wrap(s.url, TYPE.small, CONTENT_WIDTH - 30)
    // an entry is a few lines: keep its number, citation, kind, lapse and link together
    layout.ensure(lines.length * COMPACT.leading + (where.length + lapsed.length + link.length) * TYPE.small.leading)
    canvas.text(number, PAGE.left, baseline(layout.y, COMPACT), 'bold', COMPACT.size, COLOURS.navy)
    layout.lines(lines, COMPACT, PAGE.left + 30)
    layout.lines(where, TYPE.small, PAGE.left + 30, COLOURS.muted)
    // law no longer in force is marked in the marking colour, the colour of every other warning in the report
    if (lapsed.length > 0) layout.lines(lapsed, TYPE.small, PAGE.left + 30, COLOURS.marking)
    if (s.url !== null) layout.linkLines(link, s.url, TYPE.small, PAGE.left + 30)
    layout.y += 5
  }
  layout.y += 10
  layout.heading('Disclaimer', TYPE.h2, 70, true)
  panel(layout, [{ text: model.disclaimer }], COLOURS.marking)
}
