import { EngagementFileSchema, type EngagementRecord } from '../../exchange/exchange-schemas'
import { parseUntrustedJson } from '../../exchange/safe-json'
import { sha256Hex } from '../../integrity/sha256'
import type { PacketReport, StoredRecord } from './packet-types'

/** Reads the text of a stored record's file (the host's: the command line's input reader, on any thread). */
export type StoredText = (path: string) => Promise<string>

/** Where an engagement file's record was read from, and the SHA-256 of its text, to be read again where its report is drawn. */
export function storedRecord(path: string, text: string): StoredRecord {
  return { path, sha256: sha256Hex(text) }
}

/**
 * A packet's report ready to draw: a stored record read again and made a source. Its text must be the
 * one its entry was built from (the same SHA-256: the file was validated, sign-offs included, as that
 * text), so the contents, heat map and manifest describe the report printed; the report model built from
 * it is then held to the entry's fingerprint as any source is (packetReportModel). A changed file fails
 * the packet rather than print another record than the one listed.
 */
export async function readStoredReport(report: PacketReport, read: StoredText): Promise<PacketReport> {
  if (report.kind !== 'stored') return report
  const { stored, assessmentId, fingerprint } = report
  const text = await read(stored.path)
  if (sha256Hex(text) !== stored.sha256) throw new Error(`packet: ${stored.path} changed while the packet was made; make it again`)
  return { kind: 'source', source: { ...recordOf(text, stored.path), assessmentId }, fingerprint }
}

/** The record of an engagement file's text, parsed as it was when its entry was built (the same checks, so the same result). */
function recordOf(text: string, path: string): EngagementRecord {
  const json = parseUntrustedJson(text)
  const file = json.ok ? EngagementFileSchema.safeParse(json.value) : null
  if (!file?.success) throw new Error(`packet: ${path} is no longer a valid engagement file`)
  return { engagement: file.data.engagement, assessments: file.data.assessments }
}
