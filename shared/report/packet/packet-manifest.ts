import { sha256Hex } from '../../integrity/sha256'
import { hashId } from '../labels'
import type { PacketEntry } from './packet-types'

type ManifestFields = Pick<PacketEntry, 'engagementId' | 'status' | 'assessment' | 'fingerprint'>

/**
 * One manifest line: "engagement id|assessment id|status|finalized date|fingerprint", empty fields
 * left empty. The status is the assessment's own (final, draft, in-review) or not-assessed /
 * not-scored. Ids and dates come from the data, so anyone holding the data can rebuild the lines.
 */
export function manifestLine(e: ManifestFields): string {
  const status = e.status === 'not-assessed' || e.status === 'not-scored' ? e.status : (e.assessment?.status ?? e.status)
  return [e.engagementId, e.assessment?.id ?? '', status, e.assessment?.finalizedAt?.slice(0, 10) ?? '', e.fingerprint ?? ''].join('|')
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
