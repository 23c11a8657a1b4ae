import type { QuestionBank } from '../bank/bank-schema'
import { BAND_LABELS, STATUS_LABELS } from '../report/labels'
import { bandStillProvisional } from '../scoring/band-provisional'
import { COUNTRIES } from '../schemas/countries'
import { SERVICES } from '../schemas/engagement'
import { SUFFICIENCY_LABELS } from '../scoring/sufficiency'
import { toCsv, type CsvCell } from './csv'
import { assessmentName } from './csv-labels'
import type { PortfolioRow, SectionCell } from './portfolio-types'
import { rowBandProvisional } from './row-provisional'

function dueWord(r: PortfolioRow): string {
  if (r.due.overdue) return 'Overdue'
  return r.due.dueSoon ? 'Due within 60 days' : 'Scheduled'
}

/**
 * What the row's result is when there is no band to give, in the heat map's words: "Not assessed" (no
 * assessment, or nothing answered), "Could not be scored" (its bank is missing), "Insufficient information".
 * Null when there is a band.
 */
function resultState(r: PortfolioRow): string | null {
  if (!r.overall || r.sufficiency === null) return r.assessment ? 'Could not be scored' : SUFFICIENCY_LABELS['not-assessed']
  return r.sufficiency === 'sufficient' ? null : SUFFICIENCY_LABELS[r.sufficiency]
}

/**
 * The overall band as a spreadsheet may show it: never a band for a result that cannot be relied on (the
 * state in words instead, as the heat map's tile says it), and "Low, provisional" (the report's words)
 * where a question still open could raise it.
 */
function overallBandCell(r: PortfolioRow): CsvCell {
  const state = resultState(r)
  if (state !== null || !r.overall) return state
  return rowBandProvisional(r) ? `${BAND_LABELS[r.overall.band]}, provisional` : BAND_LABELS[r.overall.band]
}

/**
 * A section's score and band cells, as its heat-map cell reads: "Not applicable"; "Not assessed" and no
 * score when nothing in it is answered; "Insufficient information" and the provisional score, never a
 * band word ("Insuff. (29.8)" on screen and in the audit packet: too few answers for a band); else the band,
 * "Low, provisional" where a question of the section still open could raise it.
 */
function sectionCells(cell: SectionCell | undefined): [CsvCell, CsvCell] {
  if (!cell) return [null, null]
  if (cell.state === 'not-applicable') return [null, 'Not applicable']
  if (cell.state === 'unanswered' || cell.sufficiency === 'not-assessed') return [null, SUFFICIENCY_LABELS['not-assessed']]
  if (cell.sufficiency === 'insufficient') return [cell.score, SUFFICIENCY_LABELS.insufficient]
  return [
    cell.score,
    bandStillProvisional(cell.sufficiency, cell.band, cell.open) ? `${BAND_LABELS[cell.band]}, provisional` : BAND_LABELS[cell.band]
  ]
}

/**
 * The dashboard as a spreadsheet: one line per row given (filtered or not), the bank's sections as
 * score and band column pairs in questionnaire order. Empty cells where there is nothing to show.
 */
export function portfolioCsv(rows: readonly PortfolioRow[], bank: QuestionBank): string {
  const header: CsvCell[] = [
    'Vendor',
    'Engagement',
    'Owner',
    'Delivery countries',
    'Services',
    'Assessment',
    'Assessment status',
    'Assessment date',
    'Information',
    'Overall score',
    'Overall band',
    'Provisional band (insufficient information)',
    ...bank.sections.flatMap((s) => [`${s.title} score`, `${s.title} band`]),
    'Red flags',
    'Coverage (%)',
    'Provisional',
    'Next assessment due',
    'Due status',
    'Final scores, oldest first',
    'Engagement ID'
  ]
  const lines = rows.map((r): CsvCell[] => [
    r.vendorName,
    r.engagementName,
    r.owner,
    r.countries.map((c) => COUNTRIES[c]).join('; '),
    r.services.map((s) => SERVICES[s]).join('; '),
    r.assessment ? assessmentName(r.assessment, r.assessment.date) : 'Not assessed',
    r.assessment ? STATUS_LABELS[r.assessment.status] : null,
    r.assessment?.date ?? null,
    resultState(r) ?? SUFFICIENCY_LABELS.sufficient,
    r.overall && r.sufficiency !== 'not-assessed' ? r.overall.score : null,
    overallBandCell(r),
    r.overall && r.sufficiency === 'insufficient' ? BAND_LABELS[r.overall.band] : null,
    ...bank.sections.flatMap((s) => sectionCells(r.sections[s.id])),
    r.overall ? r.redFlagCount : null,
    r.coverage === null ? null : Math.round(r.coverage * 100),
    r.overall ? (r.provisional || rowBandProvisional(r) ? 'Yes' : 'No') : null,
    r.due.dueDate,
    dueWord(r),
    r.trend
      .map(
        (p) =>
          `${p.finalizedOn}: ${p.score.toFixed(1)}${!p.sufficient ? ' (insufficient information)' : p.provisionalBand ? ' (provisional)' : ''}`
      )
      .join('; '),
    r.engagementId
  ])
  return toCsv([header, ...lines])
}
