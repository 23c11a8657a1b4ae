import type { EngagementRecord } from '@shared/exchange/exchange-schemas'

/** The heading the printed manifest lines follow (packet-manifest-pages.ts); the manifest is the packet's last section. */
const LINES_HEADING = 'Manifest lines as hashed'
/** A manifest line has seven fields, so six separators; a "|" inside a name is printed "\|". */
const SEPARATORS_PER_LINE = 6
/** What an id looks like (IdSchema), then the "|" that ends the first field. */
const LINE_START = /^([A-Za-z0-9_-]{1,64})\|/

/**
 * The engagements of the data that a packet lists: those whose id opens a line of the manifest printed at its end
 * ("engagement id|assessment id|…"). A packet is built from a selection of the engagements (the app leaves the
 * sample out by default), and verifying it against the whole export then failed as a manifest Mismatch with no word
 * of why (vendor-manager review). Choosing the members this way proves nothing by itself: the packet is then rebuilt
 * from exactly these records and must match byte for byte, manifest hash included (verify-packet.ts also tries the
 * whole data before it reports a Mismatch), and verify names every engagement of the data left out and every one
 * the packet lists that the data lacks (`missing`).
 */
export function packetMembers(
  records: readonly EngagementRecord[],
  pages: readonly string[]
): { members: EngagementRecord[]; leftOut: EngagementRecord[]; missing: string[]; listed: string[] } {
  const listed = manifestLineIds(pages)
  const held = new Set(records.map((r) => r.engagement.id))
  const missing = listed.filter((id) => !held.has(id))
  const members = records.filter((r) => listed.includes(r.engagement.id))
  // nothing listed at all: keep the data as given, so the mismatch is reported as before
  if (members.length === 0) return { members: [...records], leftOut: [], missing, listed }
  return { members, leftOut: records.filter((r) => !members.includes(r)), missing, listed }
}

/**
 * The first field of each printed manifest line, read only after the manifest's own heading (so text in a member
 * report, a vendor's notes say, is never read as a line: attacker review). A line too long for the page goes on,
 * indented, after a "|" (long ids wrap after the assessment id) and a long name wraps at a space: a printed line
 * opens a new manifest line only once the one before has all its separators.
 */
export function manifestLineIds(pages: readonly string[]): string[] {
  let at = -1
  pages.forEach((page, i) => {
    if (page.includes(LINES_HEADING)) at = i
  })
  if (at < 0) return []
  const first = pages[at] as string
  const text = [first.slice(first.lastIndexOf(LINES_HEADING) + LINES_HEADING.length), ...pages.slice(at + 1)].join('\n')
  const ids: string[] = []
  let separatorsLeft = 0
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (separatorsLeft <= 0) {
      const id = LINE_START.exec(line)?.[1]
      if (id === undefined) continue
      if (!ids.includes(id)) ids.push(id)
      separatorsLeft = SEPARATORS_PER_LINE
    }
    separatorsLeft -= (line.match(/(?<!\\)\|/g) ?? []).length
  }
  return ids
}
