import { builtinBanks } from '../builtin-banks'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import type { PdfMarkers } from '@shared/report/read-fingerprint'
import { REPORT_LAYOUT } from '@shared/report/report-layout'
import { createReportRenderer } from '@shared/report/render/render-report'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { findBank } from '@shared/bank/bank-registry'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { MANIFEST_NAMES_LAYOUT, manifestHash, manifestLine, manifestLineWithoutNames } from '@shared/report/packet/packet-manifest'
import type { PacketEntry, PacketModel } from '@shared/report/packet/packet-types'
import { changedSinceSignOff } from './changed-since-sign-off'
import { manifestFields, packetMembers, printedManifestLines } from './packet-members'
import { EXIT, type CliIo, type ExitCode } from '../cli-types'
import { NATIVE_DEFLATE } from '../../main/pdf/native-deflate'
import { documentDifference } from '../pdf-normal-form'
import { loadReportFonts } from '../fonts'
import { loadPacketSources } from '../load-packet-input'
import { reportProblems } from '../load-input'
import { compareDrawings, comparePages, pageContents, printedHashes, readGivenPdf, unreadablePdf, whereTheyDiffer } from './verify-pages'

/**
 * An audit packet: the manifest rebuilt from the data must give the hash the packet names, every
 * signed member must still verify, every hash printed must be the manifest's or one of its reports',
 * and the packet re-rendered from the data must show the same text on every page.
 */
export async function verifyPacket(io: CliIo, pdf: Uint8Array, pdfPath: string, dataPath: string, markers: PdfMarkers): Promise<ExitCode> {
  const sources = await loadPacketSources(io, dataPath)
  if (!sources.ok) {
    for (const f of sources.failures) reportProblems(io, { ok: false, ...f })
    return EXIT.invalid
  }
  const banks = await builtinBanks()
  const read = await readGivenPdf(pdf)
  if (!read.ok) return unreadablePdf(io, pdfPath, read.reason)
  const { texts: pages, drawings, properties } = read.value
  // an export holding more engagements than the packet lists (the sample, one left unticked) is not a mismatch:
  // the packet is rebuilt from the engagements it lists, and those left out are named (packet-members.ts)
  // a packet recording a layout before 7 (or none) prints lines of five fields, without the names (packet-manifest.ts)
  const olderManifest = markers.layout === null || markers.layout < MANIFEST_NAMES_LAYOUT
  const lineFields = olderManifest ? LINE_FIELDS.length - 2 : LINE_FIELDS.length
  const chosen = packetMembers(sources.records, pages, lineFields)
  const { missing, listed } = chosen
  let { members, leftOut } = chosen
  const problems: string[] = []
  if (!markers.generatedAt)
    problems.push('the PDF does not record its generation time (keywords "generated:"), so it cannot be re-rendered')
  // Neither the app nor the command line lets anyone give a packet a title: every packet made is "Audit packet".
  // So the packet is re-rendered with that title, and one that prints another ("Cleared by outside counsel …")
  // does not match. (Taken from the PDF as given, any title had verified as Match, the attacker review found.)
  const generatedAt = markers.generatedAt ?? '1970-01-01T00:00:00.000Z'
  // a packet of an earlier layout hashed lines without the names (packet-manifest.ts): rebuilt the same way, it
  // holds, and its pages (which print the old lines) then read "Not proven" below, never Match
  const hashOf = (m: PacketModel): string => (olderManifest ? manifestHash(m.entries.map(manifestLineWithoutNames)) : m.manifestHash)
  let model = buildPacketModel({ records: members, banks, generatedAt })
  // the members were read from the printed lines; should that reading miss (a line printed in a way not foreseen),
  // the whole data is tried before any Mismatch, so a genuine packet of all of it still matches
  if (hashOf(model) !== markers.manifestHash && members.length < sources.records.length) {
    const whole = buildPacketModel({ records: sources.records, banks, generatedAt })
    if (hashOf(whole) === markers.manifestHash) {
      model = whole
      members = [...sources.records]
      leftOut = []
    }
  }
  const rebuilt = hashOf(model)
  if (rebuilt !== markers.manifestHash) {
    problems.push(`manifest: the packet names SHA-256 ${markers.manifestHash}, the data gives ${rebuilt}`)
    const lineOf = olderManifest ? manifestLineWithoutNames : manifestLine
    const printed = printedManifestLines(pages, lineFields)
    problems.push(...changedMembers(model.entries, lineOf, printed, missing))
  }
  for (const record of members) {
    for (const a of record.assessments) {
      if (a.status !== 'final') continue
      const signed = verifySignOff(a, findBank(banks, a.bank) ?? null)
      if (!signed.ok) problems.push(`member ${record.engagement.id} / ${a.id}: ${signed.error.message}`)
    }
  }
  // the pages are compared and re-rendered only when the manifest and every member hold
  if (problems.length === 0) {
    const known = new Set([rebuilt, ...model.entries.flatMap((e) => (e.fingerprint ? [e.fingerprint] : []))])
    for (const hash of printedHashes(pages))
      if (!known.has(hash)) problems.push(`a page prints ${hash}, which is neither the manifest hash nor a member's fingerprint`)
  }
  let renderedOnly = false
  if (problems.length === 0) {
    const expectedPdf = createReportRenderer(await loadReportFonts(), NATIVE_DEFLATE).renderPacket(model)
    const expected = await pageContents(expectedPdf)
    if (expected.properties !== properties) problems.push(`document properties: ${whereTheyDiffer(expected.properties, properties)}`)
    const text = comparePages(expected.texts, pages)
    // the drawing and annotations are compared once the text agrees (a box over a line, a text box laid on a page)
    for (const d of text.length > 0 ? text : compareDrawings(expected.drawings, drawings))
      problems.push(`page ${d.page}: expected "${d.expected}", found "${d.found}"`)
    // pages that read and draw the same are not enough: the file must be the packet as generated (an added
    // print range or viewer setting changes what a reader gets), whichever host compressed it
    if (problems.length === 0) {
      const file = documentDifference(expectedPdf, pdf)
      if (file !== null) problems.push(`the file is not the packet as generated, though its pages read the same: ${file}`)
    }
    renderedOnly = problems.length > 0
  }
  if (renderedOnly && markers.layout !== REPORT_LAYOUT) {
    // manifest and members hold; only the rendering differs, and the packet was made under another layout
    io.err(
      `Not proven: ${pdfPath} was made by another version of Arm's Length (${markers.layout === null ? 'it records no report layout' : `report layout ${markers.layout}`}; this version renders layout ${REPORT_LAYOUT}), so its pages cannot be re-rendered word for word`
    )
    io.err(
      `  its manifest SHA-256 ${rebuilt} matches ${dataPath}, and every signed member's sign-off holds; the differences below may come from the newer wording rather than an alteration`
    )
    for (const p of problems) io.err(`  ${p}`)
    return EXIT.invalid
  }
  if (problems.length === 0) {
    io.out(
      `Match: ${pdfPath} is audit packet ${model.packetId} of ${dataPath}: manifest, ${model.counts.reports} member reports and ${pages.length} pages compared`
    )
    io.out(`  manifest SHA-256 ${model.manifestHash}`)
    for (const note of renamedSinceSignOff(model, members)) io.out(`  note: ${note}`)
    for (const r of leftOut)
      io.out(
        `  note: ${dataPath} also holds "${r.engagement.vendorName} — ${r.engagement.name}" (${r.engagement.id}), which the packet does not list`
      )
    return EXIT.ok
  }
  io.err(`Mismatch: ${pdfPath} does not match the audit packet of ${dataPath}`)
  for (const p of problems) io.err(`  ${p}`)
  for (const id of missing) io.err(`  the packet lists engagement ${id}, which ${dataPath} does not hold`)
  if (listed.length === 0) io.err('  no page of the PDF prints a manifest line: the manifest pages may have been removed')
  if (leftOut.length > 0)
    io.err(
      `  compared with the ${members.length} of ${sources.records.length} engagements in ${dataPath} whose ids the packet's manifest prints`
    )
  return EXIT.invalid
}

/**
 * For each final member whose engagement record now states other facts than its sign-off: what it names now.
 * The packet prints a final's vendor and engagement as signed (packet-entry.ts), as its report does, so a
 * reader holding today's data is told, as verify tells it for a single report, that the difference is the
 * record's, not the packet's.
 */
function renamedSinceSignOff(model: PacketModel, records: readonly EngagementRecord[]): string[] {
  const notes: string[] = []
  for (const entry of model.entries) {
    if (entry.status !== 'final') continue
    const record = records.find((r) => r.engagement.id === entry.engagementId)
    const assessment = record?.assessments.find((a) => a.id === entry.assessment?.id)
    if (!record || !assessment) continue
    const changed = changedSinceSignOff(record.engagement, assessment)
    const names = [
      ...(changed.includes('vendorName') ? [`the vendor "${record.engagement.vendorName}"`] : []),
      ...(changed.includes('name') ? [`the engagement "${record.engagement.name}"`] : [])
    ]
    const others = changed.filter((k) => k !== 'vendorName' && k !== 'name')
    const member = `member ${entry.number} (${entry.engagementId}, signed as "${entry.vendorName}", "${entry.engagementName}")`
    if (names.length > 0)
      notes.push(`${member}: the engagement record now names ${names.join(' and ')}; the packet and its report show the names as signed`)
    if (others.length > 0)
      notes.push(`${member}: the engagement record has changed since sign-off (${others.join(', ')}); its report shows the facts as signed`)
  }
  return notes
}

/** The fields of a manifest line (packet-manifest.ts), named as counsel reads them; older layouts have the first five. */
const LINE_FIELDS = ['engagement id', 'assessment id', 'status', 'finalized date', 'fingerprint', 'vendor', 'engagement name']

/**
 * Which engagements a manifest Mismatch comes from: each entry rebuilt from the data whose line differs from the one
 * the packet prints for its engagement, with the fields that differ; an entry the packet prints no line for; and a
 * printed line the rebuilt packet has no entry for, unless the data lacks that engagement (`missing`, named apart).
 * Diagnosis only, after the Mismatch is decided, from text anyone could edit: nothing here makes a packet verify.
 * When no printed line can be read, it says nothing, and the Mismatch reads as before.
 */
function changedMembers(
  entries: readonly PacketEntry[],
  lineOf: (e: PacketEntry) => string,
  printed: ReadonlyMap<string, string>,
  missing: readonly string[]
): string[] {
  if (printed.size === 0) return []
  const problems: string[] = []
  for (const entry of entries) {
    const member = `member ${entry.engagementId} ("${entry.vendorName} — ${entry.engagementName}" as the data names it)`
    const line = printed.get(entry.engagementId)
    if (line === undefined) problems.push(`${member}: the data holds it, but the packet prints no manifest line for it`)
    else {
      const differences = fieldDifferences(line, lineOf(entry))
      if (differences.length > 0) problems.push(`${member}: ${differences.join('; ')}`)
    }
  }
  const rebuiltIds = new Set(entries.map((e) => e.engagementId))
  for (const [id, line] of printed)
    if (!rebuiltIds.has(id) && !missing.includes(id))
      problems.push(
        `the packet prints the manifest line ${quoted(line)}, but the packet rebuilt from the data does not list engagement ${id}`
      )
  return problems
}

/** Each field of a printed manifest line that is not the data's: 'status printed "draft", the data gives "final"'. */
function fieldDifferences(printedLine: string, dataLine: string): string[] {
  const printed = manifestFields(printedLine)
  const data = manifestFields(dataLine)
  const differences: string[] = []
  for (let i = 0; i < Math.max(printed.length, data.length); i++) {
    if (printed[i] === data[i]) continue
    differences.push(`${LINE_FIELDS[i] ?? `field ${i + 1}`} printed ${quoted(printed[i])}, the data gives ${quoted(data[i])}`)
  }
  return differences
}

/**
 * A field or line as printed in the manifest (names keep their escapes, as on the page); an empty one said so. Text
 * read from the PDF, so it is cut short past what the app prints in a line, and a quote in it is shown escaped
 * (\"): it cannot pass for more of verify's own words.
 */
function quoted(text: string | undefined): string {
  if (text === undefined || text === '') return 'nothing'
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}… (${text.length} characters)` : text
  return `"${shown.replace(/"/g, '\\"')}"`
}

/** A name is at most 200 characters, escaped at most 400; a whole line with two names under 1,000. */
const MAX_QUOTED = 1_000
