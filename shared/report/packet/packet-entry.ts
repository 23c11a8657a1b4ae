import type { QuestionBank } from '../../bank/bank-schema'
import { bandStillProvisional } from '../../scoring/band-provisional'
import type { EngagementRecord } from '../../exchange/exchange-schemas'
import { latestAssessment } from '../../portfolio/latest-assessment'
import { sectionCells } from '../../portfolio/portfolio-rows'
import type { Assessment } from '../../schemas/assessment'
import type { ScoreSummary } from '../../scoring/score-types'
import { formatDate } from '../labels'
import { countriesNotAssessed } from '../../bank/profiles-for'
import { countryName } from '../../schemas/geo'
import { reportedSummary } from '../report-input'
import { documentIdFor, reportedEngagement } from '../report-model'
import { relatedFinalText, revisionRelationOf } from '../revision-relation'
import { scoreView } from '../what-changed'
import type { PacketCell, PacketEntry, PacketReport, PacketReportSource, StoredRecord } from './packet-types'

type EntryContext = { banks: readonly QuestionBank[]; generatedAt: string }

/** One engagement's entry, with its bank when a report was made (for the heat-map columns). */
export type BuiltEntry = { entry: Omit<PacketEntry, 'number'>; bank: QuestionBank | null }

const STATUS_LABELS = { final: 'Final', draft: 'Draft', 'in-review': 'Draft (in review)' } as const

/**
 * The engagement's latest final assessment, else its latest draft or in-review one (the same choice
 * as the portfolio dashboard): scored, fingerprinted and checked here, while its report model (the
 * same one a single report would use, so the packet's pages for it are the report's pages) is built
 * from the entry's source only where the report is drawn (packet-report.ts). Given where the record is
 * `stored`, the entry names it instead of holding it, and the record is read again where it is drawn.
 */
export function buildEntry(record: EngagementRecord, ctx: EntryContext, stored?: StoredRecord): BuiltEntry {
  const { engagement } = record
  const base = { engagementId: engagement.id, ...entryNames(record) }
  const chosen = latestAssessment(engagement.id, record.assessments)
  if (!chosen) {
    const entry = {
      ...base,
      status: 'not-assessed',
      statusLabel: 'Not assessed',
      assessment: null,
      revisionOf: null,
      documentId: null,
      fingerprint: null,
      overall: null,
      cells: {},
      problem: null,
      countriesNotAssessed: [],
      report: null
    } as const
    return { entry, bank: null }
  }
  const assessment = assessmentView(chosen)
  // the same link, and the same words, as the report's cover (reportInputFor finds it the same way)
  const revised = revisionRelationOf(chosen, record.assessments, ctx.generatedAt).revisionOf
  const revisionOf = revised ? { text: relatedFinalText(revised), id: revised.id } : null
  const source: PacketReportSource = { engagement, assessments: record.assessments, assessmentId: chosen.id }
  // scored without the action plan, which the packet prints only in the report, scored in full where it is drawn
  const reported = reportedSummary({ ...source, banks: ctx.banks })
  if (!reported.ok) {
    const entry = {
      ...base,
      status: 'not-scored',
      statusLabel: 'Not scored',
      assessment,
      revisionOf,
      documentId: null,
      fingerprint: null,
      overall: null,
      cells: {},
      problem: reported.error.message,
      countriesNotAssessed: [],
      report: null
    } as const
    return { entry, bank: null }
  }
  // the same SHA-256 and document id the report prints (buildReportModel computes them the same way)
  const { result, bank, fingerprint } = reported.value
  const entry: Omit<PacketEntry, 'number'> = {
    ...base,
    status: chosen.status === 'final' ? 'final' : 'draft',
    statusLabel: `${STATUS_LABELS[chosen.status]}${revisionOf ? ' (revision)' : ''}`,
    assessment,
    revisionOf,
    documentId: documentIdFor(fingerprint),
    fingerprint,
    overall: {
      ...scoreView(result.overall),
      redFlags: result.redFlags.length,
      sufficiency: result.sufficiency.status,
      provisionalBand: bandStillProvisional(
        result.sufficiency.status,
        result.overall.band,
        result.sufficiency.decisiveUnanswered.length > 0
      )
    },
    cells: cellsOf(result),
    problem: null,
    countriesNotAssessed: countriesNotAssessed(bank, chosen.profiles, engagement).map((c) => countryName(c.country)),
    report: reportOf(source, fingerprint, stored)
  }
  return { entry, bank }
}

function reportOf(source: PacketReportSource, fingerprint: string, stored: StoredRecord | undefined): PacketReport {
  return stored ? { kind: 'stored', stored, assessmentId: source.assessmentId, fingerprint } : { kind: 'source', source, fingerprint }
}

/**
 * The vendor and engagement names the packet prints for a record: a final's as signed (the words its member
 * report prints, covered by its fingerprint), else today's record. Today's names beside "Final" and the signed
 * fingerprint had listed a signed final under a vendor it was never signed for (attacker review).
 */
export function entryNames(record: EngagementRecord): { vendorName: string; engagementName: string } {
  const chosen = latestAssessment(record.engagement.id, record.assessments)
  const shown = chosen ? reportedEngagement(record.engagement, chosen) : record.engagement
  return { vendorName: shown.vendorName, engagementName: shown.name }
}

function assessmentView(a: Assessment): NonNullable<PacketEntry['assessment']> {
  const finalizedAt = a.status === 'final' ? (a.signOff?.finalizedAt ?? null) : null
  return { id: a.id, title: a.title, status: a.status, finalizedAt, finalizedOn: finalizedAt ? formatDate(finalizedAt) : null }
}

/** The dashboard's cells, worded for print. */
function cellsOf(result: ScoreSummary): Record<string, PacketCell> {
  return sectionCells(result, (s, state) => ({
    ...scoreView(s),
    state,
    redFlags: s.redFlagCount,
    sufficiency: s.sufficiency,
    provisionalBand: bandStillProvisional(s.sufficiency, s.band, s.openDecisive.length > 0)
  }))
}
