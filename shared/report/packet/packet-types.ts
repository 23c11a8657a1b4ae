import type { QuestionBank } from '../../bank/bank-schema'
import type { RiskBand } from '../../bank/vocabulary'
import type { EngagementRecord } from '../../exchange/exchange-schemas'
import type { CellState } from '../../portfolio/portfolio-types'
import type { AssessmentStatus } from '../../schemas/assessment'
import type { SufficiencyStatus } from '../../scoring/score-types'
import type { ReportSource } from '../report-input'
import type { ReportModel, ScoreView } from '../report-types'

/** Everything an audit packet is built from. Nothing else (no clock, no store) is read. */
export type PacketInput = {
  /** The selected engagements, each with all its assessments (the reported one is picked here). */
  records: readonly EngagementRecord[]
  banks: readonly QuestionBank[]
  /** No longer read: a packet is marked "Confidential"; each report inside carries its own marking. */
  settings?: { confidentialityMarking: string } | undefined
  /** When the packet is generated (ISO 8601), passed in so the model stays a pure function. */
  generatedAt: string
  /** Printed as the cover title; "Audit packet" when absent or blank. */
  title?: string | undefined
}

/**
 * final: a signed-off assessment; draft: no final yet, so the latest draft or in-review assessment
 * (marked as such everywhere); not-assessed: nothing started; not-scored: the assessment's question
 * bank is not available, so no report can be made.
 */
export type PacketEntryStatus = 'final' | 'draft' | 'not-assessed' | 'not-scored'

/**
 * One heat-map cell: a section's band and score under the reported assessment. Below sufficient
 * information the band is only provisional and is never shown in a band's colour (issue 11, item 3).
 */
export type PacketCell = ScoreView & {
  state: CellState
  redFlags: number
  sufficiency: SufficiencyStatus
  /** Sufficient, but a question of the section still open could raise its band (bandStillProvisional): printed "Low?", untinted. */
  provisionalBand: boolean
}

export type PacketEntry = {
  /** 1-based position in the packet: contents, heat map and manifest use the same order. */
  number: number
  engagementId: string
  /** The names printed for the entry: a final's as signed (the words its report prints), else today's record. */
  vendorName: string
  engagementName: string
  status: PacketEntryStatus
  /** "Final", "Final (revision)", "Draft", "Draft (in review)", "Not assessed", "Not scored". */
  statusLabel: string
  assessment: { id: string; title: string; status: AssessmentStatus; finalizedAt: string | null; finalizedOn: string | null } | null
  /**
   * When the assessment reported on revises a signed final (a link the app could have made, revision-relation.ts): that
   * final as its own report printed it ("Annual review 2026", signed off 28 November 2026 (document id AL-…)) and its
   * id. The contents and the manifest mark the entry a revision; its report says so on its cover. Null otherwise.
   */
  revisionOf: { text: string; id: string } | null
  documentId: string | null
  /** SHA-256 of the reported assessment: the fingerprint its own report prints. */
  fingerprint: string | null
  /**
   * provisionalBand: enough is settled, but a question still open could raise the band on its own (a
   * Critical cannot rise): the band is provisional, shown without its colour and counted apart.
   */
  overall: (ScoreView & { redFlags: number; sufficiency: SufficiencyStatus; provisionalBand: boolean }) | null
  /** Keyed by section id; empty without a report. */
  cells: Readonly<Record<string, PacketCell>>
  /** Why there is no report (not-scored only). */
  problem: string | null
  /**
   * Delivery countries the reported assessment did not assess under their own law ("Poland"), empty when every
   * one was: the heat map marks the row, so a Low there never reads as covering them (counsel review).
   */
  countriesNotAssessed: readonly string[]
  report: PacketReport | null
}

/**
 * What a packet draws for one engagement's report. Normally its source (the engagement's records; the
 * banks and the generation time are the packet's): the report model, by far the largest part of a
 * packet's data, is built where the report is drawn (a piece worker) and dropped once drawn, so the
 * packet's model stays small however many engagements it holds and nothing large is copied between
 * threads. A stored source (an engagement file) is only named, and read where the report is drawn,
 * so the records are not all held at once either. Either way the report model built must have the
 * entry's fingerprint: what is printed is what the entry was checked for. A model given as is is drawn
 * as it is (tests alter one to prove verify).
 */
export type PacketReport =
  | { kind: 'source'; source: PacketReportSource; fingerprint: string }
  | { kind: 'stored'; stored: StoredRecord; assessmentId: string; fingerprint: string }
  | { kind: 'model'; model: ReportModel }

/**
 * An engagement's record left where it was read (an engagement file), so a packet of many engagements
 * never holds them all: read again where its report is drawn, and used only if its text has the SHA-256
 * of the text its entry was built from and its report the entry's fingerprint (stored-record.ts).
 */
export type StoredRecord = { path: string; sha256: string }

/** What every report of a packet is built with. */
export type PacketShared = { banks: readonly CarriedBank[]; generatedAt: string }

/** A report's source less what every report of a packet shares. */
export type PacketReportSource = Pick<ReportSource, 'engagement' | 'assessments' | 'assessmentId'>

/**
 * A question bank as a packet carries it to where its reports are built: a bank this build ships by
 * its id and version (the other thread holds the same bank, with its released hash, so neither the
 * bank is copied nor its hash worked out again for every piece), any other bank as it is.
 */
export type CarriedBank = { kind: 'builtin'; id: string; version: string } | { kind: 'given'; bank: QuestionBank }

/** A heat-map column: one section of the question banks the reports use. */
export type PacketColumn = { id: string; title: string; shortTitle: string }

export type PacketCounts = {
  engagements: number
  reports: number
  final: number
  draft: number
  notAssessed: number
  notScored: number
  /** Reports by overall band, counting only results with sufficient information. */
  bands: Readonly<Record<RiskBand, number>>
  /** Reports whose result is "Insufficient information" or "Not assessed": no band is counted for them. */
  insufficient: number
  /** Reports on sufficient information at Low that a question still open could raise: not counted as Low. */
  provisional: number
  /** Reports counted under Moderate or High that a question still open could raise further (the least they are). */
  rising: number
  /** Reports with at least one red flag. */
  redFlagged: number
  /** Reports with a delivery country not assessed under its own law. */
  partlyNotAssessed: number
}

/** The audit packet as plain data: every string the PDF prints, already worded. */
export type PacketModel = {
  title: string
  generatedAt: string
  generatedOn: string
  marking: string
  /** "AP-3F2A-9C1B-77D0": from the manifest hash, so the same reports always give the same id. */
  packetId: string
  /** SHA-256 over the manifest lines joined by line feeds (UTF-8, no final line feed). */
  manifestHash: string
  /** One line per engagement, in packet order: "engagement id|assessment id|status|finalized date|fingerprint|vendor|engagement name" (packet-manifest.ts). */
  manifestLines: readonly string[]
  entries: readonly PacketEntry[]
  columns: readonly PacketColumn[]
  counts: PacketCounts
  /** The question banks the reports were scored with, as "title (id version)". */
  banks: readonly string[]
  /** The banks the reports are built with (the packet's input banks, in their order). */
  reportBanks: readonly CarriedBank[]
  disclaimer: string
  properties: { title: string; subject: string; author: string; keywords: string; creator: string }
}
