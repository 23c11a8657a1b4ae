import { sha256Hex } from '../../integrity/sha256'
import { hashId } from '../labels'
import type { PacketEntry } from './packet-types'

type ManifestFields = Pick<PacketEntry, 'engagementId' | 'status' | 'assessment' | 'fingerprint' | 'vendorName' | 'engagementName'>

/**
 * The first report layout whose manifest lines name the vendor and the engagement. A packet recording an
 * earlier layout (or none) was hashed over the lines without them (manifestLineWithoutNames), and verify
 * rebuilds its manifest that way.
 */
export const MANIFEST_NAMES_LAYOUT = 7

/**
 * One manifest line: "engagement id|assessment id|status|finalized date|fingerprint|vendor|engagement name",
 * empty fields left empty. The status is the assessment's own (final, draft, in-review) or not-assessed /
 * not-scored. The names are the ones the packet prints beside the entry (a final's as signed): with ids
 * only, a packet listing a signed final under today's renamed vendor had the genuine packet's hash and id.
 * In a name "\" is written "\\", "|" "\|" and a line break "\n", so the fields stay apart. Everything
 * comes from the data, so anyone holding the data can rebuild the lines.
 */
export function manifestLine(e: ManifestFields): string {
  return [manifestLineWithoutNames(e), escaped(e.vendorName), escaped(e.engagementName)].join('|')
}

/** The line as packets before MANIFEST_NAMES_LAYOUT hashed it: "engagement id|assessment id|status|finalized date|fingerprint". */
export function manifestLineWithoutNames(e: Omit<ManifestFields, 'vendorName' | 'engagementName'>): string {
  const status = e.status === 'not-assessed' || e.status === 'not-scored' ? e.status : (e.assessment?.status ?? e.status)
  return [e.engagementId, e.assessment?.id ?? '', status, e.assessment?.finalizedAt?.slice(0, 10) ?? '', e.fingerprint ?? ''].join('|')
}

function escaped(name: string): string {
  return name
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n?|\n/g, '\\n')
}

/**
 * SHA-256 over the manifest lines joined by line feeds (UTF-8, no final line feed). It covers every
 * report's fingerprint, so changing, adding, dropping or reordering any report changes it; the
 * generation time is left out, so the same reports always give the same hash and packet id.
 */
export function manifestHash(lines: readonly string[]): string {
  return sha256Hex(lines.join('\n'))
}

/** "AP-3F2A-9C1B-77D0": from the manifest hash (reports use "AL-"). */
export function packetIdFor(hash: string): string {
  return hashId('AP', hash)
}
