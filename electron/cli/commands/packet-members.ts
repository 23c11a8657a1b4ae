import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { CONFIDENTIAL_MARKING } from '@shared/report/marking'

/** The heading the printed manifest lines follow (packet-manifest-pages.ts); the manifest is the packet's last section. */
const LINES_HEADING = 'Manifest lines as hashed'
/** How the note printed under that heading begins (packet-manifest-pages.ts). */
const LINES_NOTE = 'A line too long for the page continues'
/** A manifest line has seven fields, so six separators; a "|" inside a name is printed "\|". */
const FIELDS_PER_LINE = 7
/** What an id looks like (IdSchema), then the "|" that ends the first field. */
const LINE_START = /^([A-Za-z0-9_-]{1,64})\|/
/** The last text a page draws (page-furniture.ts). */
const PAGE_NUMBER = /^Page \d+ of \d+$/

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
  pages: readonly string[],
  fields: number = FIELDS_PER_LINE
): { members: EngagementRecord[]; leftOut: EngagementRecord[]; missing: string[]; listed: string[] } {
  const listed = manifestLineIds(pages, fields)
  const held = new Set(records.map((r) => r.engagement.id))
  const missing = listed.filter((id) => !held.has(id))
  const printed = new Set(listed)
  const members = records.filter((r) => printed.has(r.engagement.id))
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
export function manifestLineIds(pages: readonly string[], fields: number = FIELDS_PER_LINE): string[] {
  return [...new Set(printedLines(pages, fields).map((l) => l.id))]
}

/**
 * Each printed manifest line, whole again, by the engagement id that opens it: what verify compares with the line
 * the data gives, to name the engagement whose data changed since the packet was made (a bare manifest Mismatch
 * told counsel nothing of which). `fields`: 7, or 5 for a packet of a layout before MANIFEST_NAMES_LAYOUT, whose
 * lines have no names. An id printed twice keeps its first line, as manifestLineIds keeps its first place.
 */
export function printedManifestLines(pages: readonly string[], fields: number = FIELDS_PER_LINE): Map<string, string> {
  const lines = new Map<string, string>()
  for (const { id, line } of printedLines(pages, fields)) if (!lines.has(id)) lines.set(id, line)
  return lines
}

/**
 * The fields of a manifest line, split at each "|" that is not escaped; escapes are kept as printed ("\|" stays
 * two characters), so a field reads as it does on the page.
 */
export function manifestFields(line: string): string[] {
  const fields = ['']
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string
    if (c === '\\' && i + 1 < line.length) {
      fields[fields.length - 1] += c + (line[i + 1] as string)
      i++
    } else if (c === '|') fields.push('')
    else fields[fields.length - 1] += c
  }
  return fields
}

/**
 * The walk both readings share: the printed lines after the heading, each continuation joined to its line. Once a
 * line has all its separators, a part that opens no line is the rest of its engagement name, wrapped at a space;
 * the manifest is the packet's last section, so nothing else follows it but each page's header and footer, which
 * are left out (pageText).
 */
function printedLines(pages: readonly string[], fields: number): { id: string; line: string }[] {
  const lines: { id: string; line: string; endsAtSeparator: boolean }[] = []
  let separatorsLeft = 0
  for (const raw of manifestText(pages)?.split('\n') ?? []) {
    const part = raw.trim()
    const open = lines.at(-1)
    const id = separatorsLeft <= 0 ? LINE_START.exec(part)?.[1] : undefined
    // each part is read once (a page of thousands of short parts had made joining quadratic: attacker review)
    const partFields = manifestFields(part)
    if (id !== undefined) lines.push({ id, line: part, endsAtSeparator: endsAtSeparator(partFields) })
    else if (open !== undefined && part !== '' && open.line.length < MAX_LINE_LENGTH) {
      // after a separator the page broke between fields, so nothing was lost; anywhere else it broke a name at a
      // space, which the wrap dropped (a break after an escaped "\|" is either, and is read as a space: best effort,
      // as the wrap also folds a run of spaces into one)
      open.line = open.endsAtSeparator ? open.line + part : `${open.line} ${part}`
      open.endsAtSeparator = endsAtSeparator(partFields)
    }
    if (id !== undefined) separatorsLeft = fields - 1
    separatorsLeft -= partFields.length - 1
  }
  return lines.map(({ id, line }) => ({ id, line }))
}

/**
 * Longer than any manifest line (ids of 64 characters, a fingerprint, two names of 200 escaped): text beyond it is not
 * a line the app printed, and is not joined.
 */
const MAX_LINE_LENGTH = 2_000

function endsAtSeparator(fields: readonly string[]): boolean {
  return fields.length > 1 && fields.at(-1) === ''
}

/**
 * The text after the manifest's "Manifest lines as hashed" heading to the end of the packet; null when none is printed.
 * The heading is the last one standing on a line of its own with the manifest's note under it: a vendor or engagement
 * name holding the heading's words is printed in the entries above it and in the lines below it (attacker review: read
 * after such a name, the lines before it were missed). A packet whose heading is not found so is read after the last
 * place its words appear, as before.
 */
function manifestText(pages: readonly string[]): string | null {
  for (let i = pages.length - 1; i >= 0; i--) {
    const lines = pageText(pages[i] as string).split('\n')
    for (let k = lines.length - 2; k >= 0; k--)
      if (lines[k]?.trim() === LINES_HEADING && lines[k + 1]?.trim().startsWith(LINES_NOTE))
        return [...lines.slice(k + 1), ...pages.slice(i + 1).map(pageText)].join('\n')
  }
  let at = -1
  pages.forEach((page, i) => {
    if (page.includes(LINES_HEADING)) at = i
  })
  if (at < 0) return null
  const first = pageText(pages[at] as string)
  return [first.slice(first.lastIndexOf(LINES_HEADING) + LINES_HEADING.length), ...pages.slice(at + 1).map(pageText)].join('\n')
}

/**
 * A page's text without its header and footer, which a packet page draws after its content (page-furniture.ts):
 * from its marking, always "Confidential" in a packet, to "Page x of y". Read as the rest of a wrapped name, they
 * had been joined to the last line of the page.
 */
function pageText(page: string): string {
  const parts = page.split('\n')
  if (!PAGE_NUMBER.test(parts.at(-1)?.trim() ?? '')) return page
  const marking = parts.findLastIndex((p) => p.trim() === CONFIDENTIAL_MARKING)
  return marking < 0 ? page : parts.slice(0, marking).join('\n')
}
