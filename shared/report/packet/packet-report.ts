import type { QuestionBank } from '../../bank/bank-schema'
import { assertNever } from '../../util/result'
import { reportInputFor } from '../report-input'
import { buildReportModel } from '../report-model'
import type { ReportModel } from '../report-types'
import { banksCarried } from './carried-banks'
import type { PacketEntry, PacketModel, PacketReport } from './packet-types'

/**
 * The report model of a packet's report: built from its source, as a single report of the same
 * assessment would be. Called where the report is drawn (a piece worker), so a packet's models live
 * only while their piece is drawn. The packet's entry was built from the same source and found it
 * reportable, with this fingerprint, so a failure here means the data changed in between, and the
 * packet fails. A stored record is read first (readStoredReports), which makes it a source.
 */
export function packetReportModel(report: PacketReport, packet: { banks: readonly QuestionBank[]; generatedAt: string }): ReportModel {
  switch (report.kind) {
    case 'model':
      return report.model
    case 'source': {
      const input = reportInputFor({ ...report.source, ...packet })
      if (!input.ok) throw new Error(`packet: a report can no longer be made: ${input.error.message}`)
      const model = buildReportModel(input.value)
      // the report printed must be the one its entry (contents, heat map, manifest) was checked for
      if (model.fingerprint !== report.fingerprint)
        throw new Error(
          `packet: the report of ${report.source.engagement.id} is not the one its entry was made from (its fingerprint changed)`
        )
      return model
    }
    case 'stored':
      throw new Error(`packet: the record of ${report.stored.path} must be read before its report is drawn (readStoredReports)`)
    default:
      return assertNever(report)
  }
}

/** The report model of one of a packet's entries, built on this thread (tools and tests), or null without a report. */
export function entryReportModel(packet: PacketModel, entry: PacketEntry): ReportModel | null {
  return entry.report && packetReportModel(entry.report, { banks: banksCarried(packet.reportBanks), generatedAt: packet.generatedAt })
}
