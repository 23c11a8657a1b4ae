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
): { members: EngagementRecord[]; leftOut: EngagementRecord[] } {
  // the manifest wraps its lines at "|", so it is read with white space removed, as the packet tests read it
  const printed = pages.join('').replace(/\s+/g, '')
  const listed = (id: string): boolean => {
    const at = `${id}|`
    for (let i = printed.indexOf(at); i !== -1; i = printed.indexOf(at, i + 1)) {
      // a whole id, not the tail of a longer one ("x-eng-1|" is not "eng-1|")
      if (i === 0 || !/[A-Za-z0-9_-]/.test(printed[i - 1]!)) return true
    }
    return false
  }
  const members = records.filter((r) => listed(r.engagement.id))
  // nothing listed at all: keep the data as given, so the mismatch is reported as before
  if (members.length === 0) return { members: [...records], leftOut: [] }
  return { members, leftOut: records.filter((r) => !members.includes(r)) }
}
