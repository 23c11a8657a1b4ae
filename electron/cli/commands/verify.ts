import { findBank } from '@shared/bank/bank-registry'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { builtinBanks } from '../builtin-banks'
import { EngagementFileSchema, recordsOf, type EngagementRecord, type ExchangeFile } from '@shared/exchange/exchange-schemas'
import { parseUntrustedJson } from '@shared/exchange/safe-json'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { reportFingerprint } from '@shared/integrity/fingerprint'
import { pdfStructureProblems } from '@shared/integrity/pdf-structure'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { readPdfMarkers, type PdfMarkers } from '@shared/report/read-fingerprint'
import { REPORT_LAYOUT } from '@shared/report/report-layout'
import { createReportRenderer } from '@shared/report/render/render-report'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel } from '@shared/report/report-model'
import type { Assessment } from '@shared/schemas/assessment'
import type { Problem } from '@shared/util/result'
import { EXIT, UsageError, type CliIo, type Command, type ExitCode, type ParsedArgs } from '../cli-types'
import { applyCounselDirection, asDirected } from '../counsel-direction'
import { comparisonFor } from '@shared/report/comparison'
import { NATIVE_DEFLATE } from '../../main/pdf/native-deflate'
import { documentDifference } from '../pdf-normal-form'
import { loadReportFonts } from '../fonts'
import { reportProblems, unreadableLine } from '../load-input'
import { requirePositionals } from '../parse-args'
import { findPrintedFingerprint } from '../pdf-text-fingerprint'
import { namedAssessment } from '../pick-assessment'
import {
  compareDrawings,
  comparePages,
  pageContents,
  printedHashes,
  readGivenPdf,
  unreadablePdf,
  whereTheyDiffer,
  type PageDifference
} from './verify-pages'
import { verifyPacket } from './verify-packet'
import { changedSinceSignOff } from './changed-since-sign-off'
import { revisionRelationOf } from '@shared/report/revision-relation'
import { comparisonLines, laterRevisionLines, notCompared, revisionLines } from './verify-lines'

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify <report.pdf> <assessment.json|bundle.json|folder> [--assessment <id>] [--counsel-direction "Name,YYYY-MM-DD"]',
  summary: 'does the PDF show exactly what this data gives? re-renders it and compares every page; exit 0 on a match, 1 otherwise',
  // strict, as docs/cli.md promises: "verify a.pdf b.json --json" ran and printed text, as if JSON were not asked for
  options: ['--assessment', '--counsel-direction'],
  run: async (args, io) => {
    const [pdfPath, dataPath] = requirePositionals(args, ['report.pdf', 'assessment.json']) as [string, string]
    let pdf: Uint8Array
    try {
      pdf = await io.readBytes(pdfPath)
    } catch (error) {
      io.err(unreadableLine(pdfPath, error))
      return EXIT.invalid
    }
    const structure = pdfStructureProblems(pdf)
    if (structure.length > 0) {
      io.err(`Refused: ${pdfPath} is not the document as generated`)
      for (const p of structure) io.err(`  ${p.path}: ${p.reason}`)
      return EXIT.invalid
    }
    const read = readPdfMarkers(pdf)
    if (!read.ok) return unreadableMarkers(io, pdf, pdfPath, read.problems)
    const markers = read.markers
    if (markers.manifestHash) {
      // the options name one report's assessment and its direction: with a packet they would be silently ignored
      for (const option of ['--assessment', '--counsel-direction'])
        if (args.flags.has(option)) throw new UsageError(`${option} applies to a single report, not to an audit packet`)
      return verifyPacket(io, pdf, pdfPath, dataPath, markers)
    }
    return verifyReport(io, pdf, pdfPath, dataPath, markers, args)
  }
}

async function verifyReport(
  io: CliIo,
  pdf: Uint8Array,
  pdfPath: string,
  jsonPath: string,
  markers: PdfMarkers,
  args: ParsedArgs
): Promise<ExitCode> {
  const printed = markers.fingerprint
  if (printed === null) return unreadableMarkers(io, pdf, pdfPath, [{ path: '(file)', reason: "no Arm's Length fingerprint" }])
  const banks = await builtinBanks()
  const loaded = await loadRecord(io, jsonPath, banks)
  if (!loaded) return EXIT.invalid
  // a draft report made with --counsel-direction prints the fingerprint of the directed assessment
  const chosen = chooseAssessment(loaded, args.flags.get('--assessment'), printed, banks, (a) => asDirected(args, a))
  if (chosen === null) return noAssessmentNamed(io, pdfPath, jsonPath, printed, loaded, banks)
  // a draft report made with --counsel-direction is checked with the same direction
  const record = { ...loaded, assessments: applyCounselDirection(args, loaded, chosen) }
  const assessment = record.assessments.find((a) => a.id === chosen.id) ?? chosen
  const bank = findBank(banks, assessment.bank) ?? null
  const problems: string[] = []
  if (!bank)
    problems.push(`question bank ${assessment.bank.id} ${assessment.bank.version} is not available, so the report cannot be re-rendered`)
  const computed = bank ? reportFingerprint(assessment, record.engagement, bank) : null
  if (computed !== null && computed !== printed) problems.push(`report fingerprint ${printed}, data fingerprint ${computed}`)
  if (assessment.status === 'final') {
    const signed = verifySignOff(assessment, bank)
    if (!signed.ok) problems.push(`sign-off: ${signed.error.message}`)
  }
  const read = await readGivenPdf(pdf)
  if (!read.ok) return unreadablePdf(io, pdfPath, read.reason)
  const found = read.value
  const pages = found.texts
  const onPages = printedHashes(pages)
  if (onPages.size === 0) problems.push('no fingerprint is printed on the pages')
  for (const hash of onPages)
    if (hash !== printed) problems.push(`a page prints fingerprint ${hash}, the document properties name ${printed}`)
  let pagesOnly = false
  if (problems.length === 0 && bank) {
    const differences = await rerenderAndCompare(banks, record, assessment, markers.generatedAt ?? null, found, pdf)
    if (typeof differences === 'string') problems.push(differences)
    else for (const d of differences) problems.push(describeDifference(d))
    pagesOnly = typeof differences !== 'string' && differences.length > 0
  }
  if (pagesOnly && markers.layout !== REPORT_LAYOUT) {
    // the data and every fingerprint agree, only the pages differ, and the PDF was made by a version that
    // worded reports differently: that is not evidence of an alteration, and must not read as one
    io.err(
      `Not proven: ${pdfPath} was made by another version of Arm's Length (${markers.layout === null ? 'it records no report layout' : `report layout ${markers.layout}`}; this version renders layout ${REPORT_LAYOUT}), so its pages cannot be re-rendered word for word`
    )
    io.err(
      `  its fingerprint ${printed} matches assessment ${assessment.id} ("${assessment.title}") in ${jsonPath}${assessment.status === 'final' ? ', and the sign-off holds' : ''}; the file has no appended or incremental changes`
    )
    // the layout number is the file's own claim (an attacker set layout:5 to turn a Mismatch into this): nothing
    // here may read as reassurance that the pages are unaltered
    io.err(
      '  the layout number is what the file itself claims, and this version cannot check it: the page differences below may be the other wording or an alteration. Until it is verified with the version that made it, treat the pages as unproven'
    )
    for (const p of problems) io.err(`  ${p}`)
    return EXIT.invalid
  }
  if (problems.length === 0) {
    io.out(`Match: ${pdfPath} is the report of assessment ${assessment.id} ("${assessment.title}") in ${jsonPath}, page for page`)
    io.out(`  fingerprint ${printed}; ${pages.length} pages re-rendered from the data and compared`)
    const relation = markers.generatedAt ? revisionRelationOf(assessment, record.assessments, markers.generatedAt) : null
    for (const line of comparisonLines(comparisonFor(assessment, record.assessments, banks), relation?.revisionOf != null))
      io.out(`  ${line}`)
    // the re-render matched, so it printed these links, which are as this data holds them
    if (relation) for (const line of revisionLines(relation)) io.out(`  ${line}`)
    // a revision signed after the report was made is rightly not in it, yet counsel reading it must know (attacker review)
    if (relation)
      for (const line of laterRevisionLines(relation, revisionRelationOf(assessment, record.assessments, io.now().toISOString())))
        io.out(`  ${line}`)
    // the privilege marking then comes from this command line, not from the data: said, so nobody reads it as recorded
    if (
      typeof args.flags.get('--counsel-direction') === 'string' &&
      !loaded.assessments.find((a) => a.id === assessment.id)?.counselDirection
    )
      io.out(`  not in the data: the counsel direction "${String(args.flags.get('--counsel-direction'))}" was given on this command line`)
    // any fact the record now states otherwise (vendor, headcount, countries…), not only the vendor's name
    const changed = changedSinceSignOff(record.engagement, assessment)
    if (changed.includes('vendorName'))
      io.out(`  note: the engagement record now names the vendor "${record.engagement.vendorName}"; the report shows the facts as signed`)
    const others = changed.filter((k) => k !== 'vendorName')
    if (others.length > 0)
      io.out(`  note: the engagement record has changed since sign-off (${others.join(', ')}); the report shows the facts as signed`)
    return EXIT.ok
  }
  io.err(`Mismatch: ${pdfPath} does not match assessment ${assessment.id} ("${assessment.title}") in ${jsonPath}`)
  for (const p of problems) io.err(`  ${p}`)
  // a report made while the data held a final its sign-off records compares with it; this data's re-render cannot
  const comparison = comparisonFor(assessment, record.assessments, banks)
  if (comparison.kind === 'as-signed')
    for (const final of comparison.unmatched)
      io.err(`  note: recorded at its sign-off to compare with, but not compared from this data: ${notCompared(final)}`)
  return EXIT.invalid
}

/**
 * The PDF's markers cannot be read from its document properties (readPdfMarkers): refused with why and where.
 * The fingerprint printed on the pages is named when there is one, to say which report this may be, but it
 * is never used in place of the properties': a page can show anything, and the comparison needs the time.
 */
function unreadableMarkers(io: CliIo, pdf: Uint8Array, pdfPath: string, problems: readonly Problem[]): ExitCode {
  io.err(
    `Refused: ${pdfPath}: no Arm's Length fingerprint or packet manifest can be read from where this app writes them (the Keywords of the document properties)`
  )
  for (const p of problems) io.err(`  ${p.path}: ${p.reason}`)
  const onPage = findPrintedFingerprint(pdf)
  if (onPage) io.err(`  its pages print the fingerprint ${onPage}, which is not enough to re-render and compare it`)
  return EXIT.invalid
}

/**
 * Page 0 stands for the document as a whole: its properties, bookmarks, attachments and scripts; page -1
 * for the file itself beyond what its pages show (pdf-normal-form).
 */
export function describeDifference(d: PageDifference): string {
  if (d.page === 0) return `document properties: ${whereTheyDiffer(d.expected, d.found)}`
  if (d.page === -1) return `the file is not the report as generated, though its pages read the same: ${d.found}`
  const more = d.more ? ` (and ${d.more} more ${d.more === 1 ? 'line differs' : 'lines differ'} on this page)` : ''
  return `page ${d.page}: expected "${d.expected}", found "${d.found}"${more}`
}

/**
 * Re-renders the report from the data at its recorded generation time and compares every page's text,
 * then (when the text agrees) every page's drawing and annotations.
 */
async function rerenderAndCompare(
  banks: readonly QuestionBank[],
  record: EngagementRecord,
  assessment: Assessment,
  generatedAt: string | null,
  found: { texts: readonly string[]; drawings: readonly string[]; properties: string },
  foundPdf: Uint8Array
): Promise<PageDifference[] | string> {
  if (!generatedAt) return 'the PDF does not record its generation time (keywords "generated:"), so it cannot be re-rendered'
  const input = reportInputFor({
    engagement: record.engagement,
    assessments: record.assessments,
    assessmentId: assessment.id,
    banks,
    generatedAt
  })
  if (!input.ok) return input.error.message
  const expectedPdf = createReportRenderer(await loadReportFonts(), NATIVE_DEFLATE).render(buildReportModel(input.value))
  const expected = await pageContents(expectedPdf)
  // the properties a reader shows (title, subject, author…) are part of what the document states; listed
  // with the page differences, so a PDF of another layout reads "Not proven" rather than "Mismatch"
  const properties = expected.properties !== found.properties ? [{ page: 0, expected: expected.properties, found: found.properties }] : []
  const text = comparePages(expected.texts, found.texts)
  const pages = [...properties, ...(text.length > 0 ? text : compareDrawings(expected.drawings, found.drawings))]
  if (pages.length > 0) return pages
  // pages that read and draw the same are not enough: an added print range or viewer setting changes what
  // a reader gets; the file must be the report as generated, whichever host compressed it
  const file = documentDifference(expectedPdf, foundPdf)
  return file === null ? [] : [{ page: -1, expected: '', found: file }]
}

/**
 * The named assessment; else the one whose fingerprint the report names; else the one whose sign-off
 * records that fingerprint (a final changed after sign-off computes another, and picking the latest
 * instead reported a mismatch with an unrelated assessment rather than the change); else none. Falling
 * back on the latest named it as if it were the report's assessment ("does not match assessment X"),
 * when the data holds no assessment the report is of; the caller says so instead (noAssessmentNamed).
 */
function chooseAssessment(
  record: EngagementRecord,
  wanted: string | true | undefined,
  printed: string,
  banks: readonly QuestionBank[],
  directed: (a: Assessment) => Assessment
): Assessment | null {
  if (typeof wanted === 'string') return namedAssessment(record, wanted)
  if (record.assessments.length === 0) throw new UsageError('The file has no assessment to verify')
  return (
    record.assessments.find((a) => fingerprintOf(directed(a), record, banks) === printed) ??
    record.assessments.find((a) => a.signOff?.fingerprint === printed) ??
    null
  )
}

/** The fingerprint the assessment's report would print today, or null when its bank is not available. */
function fingerprintOf(a: Assessment, record: EngagementRecord, banks: readonly QuestionBank[]): string | null {
  const bank = findBank(banks, a.bank)
  return bank ? reportFingerprint(a, record.engagement, bank) : null
}

/**
 * No assessment in the data has the fingerprint the PDF names: said as such, with what the data holds
 * (id, status, the fingerprint its report would print), so the reader can name the one meant.
 */
function noAssessmentNamed(
  io: CliIo,
  pdfPath: string,
  jsonPath: string,
  printed: string,
  record: EngagementRecord,
  banks: readonly QuestionBank[]
): ExitCode {
  io.err(`Mismatch: no assessment in ${jsonPath} has the fingerprint ${pdfPath} names (${printed})`)
  io.err(`  ${jsonPath} holds ${record.assessments.length === 1 ? '1 assessment' : `${record.assessments.length} assessments`}:`)
  for (const a of record.assessments) {
    const now = fingerprintOf(a, record, banks)
    const signed = a.signOff && a.signOff.fingerprint !== now ? `, signed as ${a.signOff.fingerprint.slice(0, 12)}…` : ''
    const fingerprint =
      now === null
        ? `fingerprint unknown: question bank ${a.bank.id} ${a.bank.version} is not available`
        : `fingerprint ${now.slice(0, 12)}…`
    io.err(`    ${a.id} ("${a.title}"): ${a.status}, ${fingerprint}${signed}`)
  }
  io.err(`  to compare ${pdfPath} page by page with one of them (and see what differs), give --assessment <id>`)
  return EXIT.invalid
}

/**
 * Loads the engagement file. A final assessment edited after sign-off fails normal validation
 * (its stored fingerprint no longer matches), yet that is exactly the case verify must explain,
 * so when those are the only problems the file is read on its schema alone.
 */
async function loadRecord(io: CliIo, path: string, banks: readonly QuestionBank[]): Promise<EngagementRecord | null> {
  let text: string
  try {
    text = await io.readText(path)
  } catch (error) {
    io.err(unreadableLine(path, error))
    return null
  }
  const file = readLeniently(io, path, text, banks)
  if (!file) return null
  const records = recordsOf(file)
  if (records.length !== 1)
    throw new UsageError('verify takes a file with one engagement for a report (a bundle or folder for an audit packet)')
  return records[0] as EngagementRecord
}

function readLeniently(io: CliIo, path: string, text: string, banks: readonly QuestionBank[]): ExchangeFile | null {
  const read = readExchangeFile(text, banks, io.now().toISOString())
  if (read.ok) return read.value
  const problems = read.error.problems ?? []
  const onlySignOff = problems.length > 0 && problems.every((p) => /\.signOff(\.|$)/.test(p.path))
  const json = onlySignOff ? parseUntrustedJson(text) : null
  const parsed = json?.ok ? EngagementFileSchema.safeParse(json.value) : null
  if (parsed?.success) return { kind: 'engagement', file: parsed.data }
  reportProblems(io, { ok: false, message: `${path}: ${read.error.message}`, problems })
  return null
}
