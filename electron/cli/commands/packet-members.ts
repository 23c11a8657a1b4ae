import type { EngagementRecord } from '@shared/exchange/exchange-schemas'

/**
 * The engagements of the data that a packet lists: those whose id opens a line of the manifest printed in
 * it ("engagement id|assessment id|…"). A packet is built from a selection of the engagements (the app leaves
 * the sample out by default), and verifying it against the whole export then failed as a manifest Mismatch
 * with no word of why (vendor-manager review). Choosing the members this way proves nothing by itself: the
 * packet is then rebuilt from exactly these records and must match byte for byte, manifest hash included,
 * and verify names every engagement of the data it left out.
 */
export function packetMembers(
  records: readonly EngagementRecord[],
  pages: readonly string[]
): { members: EngagementRecord[]; leftOut: EngagementRecord[]; missing: string[]; listed: string[] } {
  // each manifest line begins a printed line ("eng-lodz|asm-2024|final|…"); a line too long for the page goes on,
  // indented, after a "|", so a continuation never begins with an id and "|". (Read with the white space removed,
  // the end of the line before ran into the id.) Its third field is a status, which prose holding a "|" lacks.
  const listed: string[] = []
  for (const page of pages)
    for (const line of page.split('\n')) {
      const id = MANIFEST_LINE_START.exec(line.trim())?.[1]
      if (id !== undefined && !listed.includes(id)) listed.push(id)
    }
  const held = new Set(records.map((r) => r.engagement.id))
  // engagements the packet lists that the data does not hold: the mismatch is then named, not only hashed
  const missing = listed.filter((id) => !held.has(id))
  const members = records.filter((r) => listed.includes(r.engagement.id))
  // nothing listed at all: keep the data as given, so the mismatch is reported as before
  if (members.length === 0) return { members: [...records], leftOut: [], missing, listed }
  return { members, leftOut: records.filter((r) => !members.includes(r)), missing, listed }
}

/** "engagement id|assessment id|status|…" (packet-manifest.ts): the id, then an assessment id or nothing, then a status. */
const MANIFEST_LINE_START = /^([^|\s]+)\|[^|\s]*\|(?:draft|in-review|final|not-assessed|not-scored)\|/
