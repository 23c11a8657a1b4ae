import type { QuestionBank } from '../../bank/bank-schema'
import type { RiskBand } from '../../bank/vocabulary'
import type { EngagementRecord } from '../../exchange/exchange-schemas'
import { nameCollator as collator } from '../../portfolio/engagement-order'
import { formatTimestamp, plural } from '../labels'
import { CONFIDENTIAL_MARKING } from '../marking'
import { DISCLAIMER } from '../report-model'
import { carriedBanks } from './carried-banks'
import { buildEntry, entryNames, type BuiltEntry } from './packet-entry'
import { manifestHash, manifestLine, packetIdFor } from './packet-manifest'
import { REPORT_LAYOUT } from '../report-layout'
import type { PacketColumn, PacketCounts, PacketEntry, PacketInput, PacketModel, PacketShared } from './packet-types'

export const PACKET_TITLE = 'Audit packet'

/**
 * The audit packet as plain data: for each engagement its latest final assessment (else its latest
 * draft, marked as such) with the source its report is built from, plus the portfolio summary, the
 * heat map and the manifest with its hash. Engagements come in the dashboard's order (vendor, then
 * engagement name). Pure: the same input always gives a deep-equal model. `onEntry` sees each entry
 * as soon as it is built, in packet order, so a packet's first pieces can be drawn meanwhile.
 */
export function buildPacketModel(input: PacketInput, onEntry?: (entry: PacketEntry) => void): PacketModel {
  const ctx = { banks: input.banks, generatedAt: input.generatedAt }
  const built = sortRecords(input.records).map((record, i) => {
    const b = buildEntry(record, ctx)
    onEntry?.({ ...b.entry, number: i + 1 })
    return b
  })
  return modelOf(built, input)
}

/**
 * The same model from entries already built one by one (buildEntry), each as its record was read, so
 * the records need not be held together: in any order, put in the packet's order here (the names an
 * entry prints are the ones its record is sorted by).
 */
export function packetModelOf(built: readonly BuiltEntry[], input: Omit<PacketInput, 'records'>): PacketModel {
  const sorted = [...built].sort(
    (a, b) =>
      collator.compare(a.entry.vendorName, b.entry.vendorName) ||
      collator.compare(a.entry.engagementName, b.entry.engagementName) ||
      byId(a.entry.engagementId, b.entry.engagementId)
  )
  return modelOf(sorted, input)
}

function modelOf(built: readonly BuiltEntry[], input: Omit<PacketInput, 'records'>): PacketModel {
  const entries: PacketEntry[] = built.map((b, i) => ({ ...b.entry, number: i + 1 }))
  const manifestLines = entries.map(manifestLine)
  const hash = manifestHash(manifestLines)
  const packetId = packetIdFor(hash)
  const counts = countsOf(entries)
  const title = input.title?.trim() || PACKET_TITLE
  return {
    title,
    generatedAt: input.generatedAt,
    generatedOn: formatTimestamp(input.generatedAt),
    // a packet never claims privilege for the whole: each report inside carries its own marking
    marking: CONFIDENTIAL_MARKING,
    packetId,
    manifestHash: hash,
    manifestLines,
    entries,
    columns: columnsOf(built),
    counts,
    banks: banksOf(built),
    reportBanks: packetShared(input).banks,
    disclaimer: DISCLAIMER,
    properties: {
      title: `${title}: ${plural(counts.engagements, 'engagement')}`,
      subject: `Co-employment audit packet ${packetId}: ${plural(counts.reports, 'report')} (${counts.final} final, ${counts.draft} draft)`,
      author: "Arm's Length",
      // ASCII only, like a report's keywords; "manifest-sha256:" is not a report's "fingerprint:" marker
      keywords: `co-employment; joint employment; audit packet; packet:${packetId}; manifest-sha256:${hash}; generated:${input.generatedAt}; layout:${REPORT_LAYOUT}`,
      creator: "Arm's Length"
    }
  }
}

/**
 * A packet's model still to be built: `build` builds it, calling `onEntry` with each entry as it is
 * built (writePacket asks for the first pieces meanwhile); `shared` is what those pieces carry, and
 * `engagements` how many entries it will have.
 */
export type PacketBuild = { shared: PacketShared; engagements: number; build: (onEntry: (entry: PacketEntry) => void) => PacketModel }

export function packetBuild(input: PacketInput): PacketBuild {
  return { shared: packetShared(input), engagements: input.records.length, build: (onEntry) => buildPacketModel(input, onEntry) }
}

/** What every report of a packet is built with: its banks (as carried to other threads) and its generation time. */
export function packetShared(input: Pick<PacketInput, 'banks' | 'generatedAt'>): PacketShared {
  return { banks: carriedBanks(input.banks), generatedAt: input.generatedAt }
}

/** By the names the packet prints (a final's as signed, entryNames), then engagement id. */
function sortRecords(records: readonly EngagementRecord[]): EngagementRecord[] {
  const named = records.map((record) => ({ record, names: entryNames(record) }))
  return named
    .sort(
      (a, b) =>
        collator.compare(a.names.vendorName, b.names.vendorName) ||
        collator.compare(a.names.engagementName, b.names.engagementName) ||
        byId(a.record.engagement.id, b.record.engagement.id)
    )
    .map((n) => n.record)
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function countsOf(entries: readonly PacketEntry[]): PacketCounts {
  const bands: Record<RiskBand, number> = { low: 0, moderate: 0, high: 0, critical: 0 }
  let redFlagged = 0
  let insufficient = 0
  let provisional = 0
  let rising = 0
  for (const e of entries) {
    if (!e.overall) continue
    // a band on too little information is provisional: never counted as Low (or any band); nor is a Low a
    // question still open could raise (vendor-manager review). A Moderate or High one could raise is at least
    // that band: counted under it, as the Portfolio screen counts it, so no High goes missing from the count
    if (e.overall.sufficiency !== 'sufficient') insufficient += 1
    else if (e.overall.provisionalBand && e.overall.band === 'low') provisional += 1
    else {
      bands[e.overall.band] += 1
      if (e.overall.provisionalBand) rising += 1
    }
    if (e.overall.redFlags > 0) redFlagged += 1
  }
  const count = (status: PacketEntry['status']): number => entries.filter((e) => e.status === status).length
  return {
    engagements: entries.length,
    reports: entries.filter((e) => e.report !== null).length,
    final: count('final'),
    draft: count('draft'),
    notAssessed: count('not-assessed'),
    notScored: count('not-scored'),
    bands,
    insufficient,
    provisional,
    rising,
    redFlagged,
    partlyNotAssessed: entries.filter((e) => e.report !== null && e.countriesNotAssessed.length > 0).length
  }
}

/** The sections of every bank used, in bank order; a custom bank's extra sections come after. */
function columnsOf(built: readonly BuiltEntry[]): PacketColumn[] {
  const columns = new Map<string, PacketColumn>()
  for (const { bank } of built) {
    for (const s of bank?.sections ?? []) {
      if (!columns.has(s.id)) columns.set(s.id, { id: s.id, title: s.title, shortTitle: s.shortTitle })
    }
  }
  return [...columns.values()]
}

function banksOf(built: readonly BuiltEntry[]): string[] {
  const seen = new Map<string, QuestionBank>()
  for (const { bank } of built) if (bank) seen.set(`${bank.id}@${bank.version}`, bank)
  return [...seen.values()].map((b) => `${b.title} (${b.id} ${b.version})`)
}
