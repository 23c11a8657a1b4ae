import { beforeAll, describe, expect, it } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { bundleOf } from '@shared/exchange/build-exchange'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { entryReportModel } from '@shared/report/packet/packet-report'
import { createReportRenderer } from '@shared/report/render/render-report'
import { loadReportFonts } from '../../electron/cli/fonts'
import { runCli } from '../../electron/cli/run-cli'
import { memoryIo } from '../fixtures/examples/cli-io'
import { GENERATED_AT, makeReportFixture } from '../fixtures/report-fixtures'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'

/* verify on an audit packet: the manifest rebuilt from the data, every member, every page. */

// one engagement with four assessments (the report fixture): short re-renders, independent of docs/examples
const fixture = makeReportFixture({ status: 'final' })
const records: EngagementRecord[] = [{ engagement: fixture.file.engagement, assessments: fixture.file.assessments.slice(0, 2) }]
const bundle = (rs = records) => JSON.stringify(bundleOf(rs, GENERATED_AT), null, 2)
let packet: Uint8Array

async function verify(pdf: Uint8Array, data: string, extra: string[] = []) {
  const m = memoryIo({ files: { 'bundle.json': data } })
  const io = m.io as typeof m.io & { readBytes: (p: string) => Promise<Uint8Array> }
  const readBytes = io.readBytes
  io.readBytes = async (p) => (p === 'packet.pdf' ? pdf : readBytes(p))
  const code = await runCli(['verify', 'packet.pdf', 'bundle.json', ...extra], m.io)
  return { code, out: m.stdout(), err: m.stderr() }
}

beforeAll(async () => {
  const m = memoryIo({ files: { 'bundle.json': bundle() } })
  const code = await runCli(['packet', 'bundle.json', '-o', 'packet.pdf'], m.io)
  expect(
    m
      .stderr()
      .split('\n')
      .filter((l) => !l.startsWith('packet:'))
  ).toEqual([])
  expect(code).toBe(0)
  packet = m.written.get('packet.pdf') as Uint8Array
}, 60_000)

describe('armslength verify <packet.pdf> <bundle.json>', () => {
  it('matches the packet it was made from: manifest, members and every page', async () => {
    const r = await verify(packet, bundle())
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Match: packet\.pdf is audit packet AP-/)
  }, 60_000)

  it('lists a final under the names it was signed with: the packet still matches a renamed record, and says what it names now', async () => {
    // attacker review: the record renamed after sign-off, a packet printed the new names beside "Final"
    const [record] = records as [EngagementRecord]
    const renamed = [{ ...record, engagement: { ...record.engagement, vendorName: 'Acme Clean Vendor Ltd', name: 'Renamed engagement' } }]
    const r = await verify(packet, bundle(renamed))
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Match: packet\.pdf is audit packet AP-/)
    const signed = record.assessments.at(-1)?.signOff?.engagement
    expect(r.out).toContain(
      `  note: member 1 (${record.engagement.id}, signed as "${signed?.vendorName}", "${signed?.name}"): the engagement record now names the vendor "Acme Clean Vendor Ltd" and the engagement "Renamed engagement"; the packet and its report show the names as signed`
    )
    // the genuine data gives no such note
    expect((await verify(packet, bundle())).out).not.toContain('note:')
  }, 60_000)

  it('matches against an export holding more engagements than the packet lists, and names those it left out', async () => {
    // vendor-manager review: a packet built without the sample, checked against "Export all", was a bare Mismatch
    const [record] = records as [EngagementRecord]
    const other: EngagementRecord = {
      engagement: { ...record.engagement, id: `x-${record.engagement.id}`, vendorName: 'Other Vendor Ltd', name: 'Not in the packet' },
      assessments: []
    }
    const r = await verify(packet, bundle([...records, other]))
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Match: packet\.pdf is audit packet AP-/)
    expect(r.out).toContain(
      `  note: bundle.json also holds "Other Vendor Ltd — Not in the packet" (x-${record.engagement.id}), which the packet does not list`
    )
  }, 60_000)

  it("refuses a single report's options with a packet instead of ignoring them", async () => {
    const r = await verify(packet, bundle(), ['--assessment', 'nonexistent-id'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('--assessment applies to a single report, not to an audit packet')
  }, 60_000)

  it('refuses a packet that prints another title: every packet Arm\'s Length makes is "Audit packet" (attacker review)', async () => {
    // neither the app nor the CLI lets a title be given; taken from the PDF as given, any title had matched
    const retitled = buildPacketModel({ records, banks: BUILTIN_BANKS, generatedAt: GENERATED_AT, title: 'Cleared by outside counsel' })
    const pdf = createReportRenderer(await loadReportFonts()).renderPacket(retitled)
    const r = await verify(pdf, bundle())
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Mismatch: /)
    expect(r.err).toContain('Cleared by outside counsel')
  }, 60_000)

  it('names the document properties expected (re-rendered from the data) and found (in the given PDF) the right way round', async () => {
    const model = buildPacketModel({ records, banks: BUILTIN_BANKS, generatedAt: GENERATED_AT })
    const edited = { ...model, properties: { ...model.properties, subject: 'Cleared by counsel' } }
    const r = await verify(createReportRenderer(await loadReportFonts()).renderPacket(edited), bundle())
    expect(r.code).toBe(1)
    const line = r.err.split('\n').find((l) => l.includes('document properties: expected'))
    const [expected, found] = line!.split(', found ')
    expect(expected).toContain('Co-employment audit packet AP-')
    expect(expected).not.toContain('Cleared by counsel')
    expect(found).toContain('Cleared by counsel')
  }, 60_000)

  it('refuses data that gives another manifest (the reported assessment dropped)', async () => {
    const r = await verify(packet, bundle([{ ...records[0]!, assessments: records[0]!.assessments.slice(0, -1) }]))
    expect(r.code).toBe(1)
    expect(r.err).toContain('manifest: the packet names SHA-256')
  }, 60_000)

  it('names an engagement the packet lists that the data does not hold (attacker review: it was a bare manifest mismatch)', async () => {
    const [record] = records as [EngagementRecord]
    const id = 'eng-not-the-member'
    const elsewhere: EngagementRecord = {
      engagement: { ...record.engagement, id },
      assessments: record.assessments.map((a) => ({ ...a, engagementId: id }))
    }
    const r = await verify(packet, bundle([elsewhere]))
    expect(r.code).toBe(1)
    expect(r.err).toContain(`  the packet lists engagement ${record.engagement.id}, which bundle.json does not hold`)
    expect(r.err).not.toContain('no page of the PDF prints a manifest line')
  }, 60_000)

  it('refuses a packet whose member report was altered, with the page and text that differ', async () => {
    const model = buildPacketModel({ records, banks: BUILTIN_BANKS, generatedAt: GENERATED_AT })
    const entry = model.entries.find((e) => e.report)!
    const report = entryReportModel(model, entry)!
    const forged = {
      ...model,
      entries: model.entries.map((e) =>
        e === entry
          ? { ...e, report: { kind: 'model' as const, model: { ...report, overall: { ...report.overall, scoreText: '1.0' } } } }
          : e
      )
    }
    const pdf = createReportRenderer(await loadReportFonts()).renderPacket(forged)
    const r = await verify(pdf, bundle())
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/page \d+: expected ".*", found ".*1\.0/)
  }, 60_000)
})

/* A Mismatch of the manifest names the engagements whose data changed since the packet was made, and what changed. */
describe('armslength verify <packet.pdf> <bundle.json>: which member changed', () => {
  // a draft (its entry's fingerprint is its report's, over answers and notes; no signed names) and an engagement
  // not yet assessed (no fingerprint; its names are the engagement record's)
  const draft = makeReportFixture({ status: 'draft' }).file
  const current = draft.assessments.at(-1)!
  const drafted: EngagementRecord = {
    engagement: { ...draft.engagement, id: 'eng-draft' },
    assessments: [{ ...current, engagementId: 'eng-draft' }]
  }
  const quiet: EngagementRecord = {
    engagement: { ...draft.engagement, id: 'eng-quiet', vendorName: 'Quiet Vendor Ltd', name: 'Not yet assessed' },
    assessments: []
  }
  const members = [drafted, quiet]
  let twoMembers: Uint8Array

  beforeAll(async () => {
    const m = memoryIo({ files: { 'bundle.json': bundle(members) } })
    expect(await runCli(['packet', 'bundle.json', '-o', 'packet.pdf'], m.io)).toBe(0)
    twoMembers = m.written.get('packet.pdf') as Uint8Array
  }, 60_000)

  it('names a draft whose note was edited after the packet was made, and its fingerprint, the field that differs', async () => {
    const [questionId, answer] = Object.entries(current.answers)[0]!
    const edited: EngagementRecord = {
      ...drafted,
      assessments: [
        { ...drafted.assessments[0]!, answers: { ...current.answers, [questionId]: { ...answer, note: 'Edited after the packet' } } }
      ]
    }
    const r = await verify(twoMembers, bundle([edited, quiet]))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Mismatch: /)
    expect(r.err).toContain('  manifest: the packet names SHA-256')
    const named = r.err.split('\n').filter((l) => l.startsWith('  member '))
    expect(named).toHaveLength(1)
    expect(named[0]).toMatch(
      new RegExp(
        `^  member eng-draft \\("${draft.engagement.vendorName} — ${draft.engagement.name}" as the data names it\\): fingerprint printed "[0-9a-f]{64}", the data gives "[0-9a-f]{64}"$`
      )
    )
  }, 60_000)

  it('names an engagement renamed after the packet was made, and the engagement-name field', async () => {
    const renamed: EngagementRecord = { ...quiet, engagement: { ...quiet.engagement, name: 'Renamed | since' } }
    const r = await verify(twoMembers, bundle([drafted, renamed]))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Mismatch: /)
    expect(r.err.split('\n').filter((l) => l.startsWith('  member '))).toEqual([
      '  member eng-quiet ("Quiet Vendor Ltd — Renamed | since" as the data names it): engagement name printed "Not yet assessed", the data gives "Renamed \\| since"'
    ])
  }, 60_000)

  it('names an assessment added since: its id, status and fingerprint', async () => {
    const started: EngagementRecord = { ...quiet, assessments: [{ ...current, id: 'asm-started', engagementId: 'eng-quiet' }] }
    const r = await verify(twoMembers, bundle([drafted, started]))
    expect(r.code).toBe(1)
    const [line] = r.err.split('\n').filter((l) => l.startsWith('  member '))
    expect(line).toMatch(
      /^ {2}member eng-quiet \("Quiet Vendor Ltd — Not yet assessed" as the data names it\): assessment id printed nothing, the data gives "asm-started"; status printed "not-assessed", the data gives "draft"; fingerprint printed nothing, the data gives "[0-9a-f]{64}"$/
    )
  }, 60_000)

  it('matches the genuine packet, naming no member', async () => {
    const r = await verify(twoMembers, bundle(members))
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Match: packet\.pdf is audit packet AP-/)
  }, 60_000)
})
