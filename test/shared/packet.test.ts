import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { describe, expect, it } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { fingerprintAssessment, reportFingerprint } from '@shared/integrity/fingerprint'
import { sha256Hex } from '@shared/integrity/sha256'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { entryReportModel } from '@shared/report/packet/packet-report'
import type { PacketEntry, PacketModel } from '@shared/report/packet/packet-types'
import type { Assessment } from '@shared/schemas/assessment'
import { exampleRecord, packetInput, packetRecords } from '../fixtures/packet-fixtures'

/** The managed contact centre (finals 2025 and 2026) with a newer draft started after the last sign-off. */
function finalWithNewerDraft(): EngagementRecord {
  const record = exampleRecord('managed-contact-centre.json')
  const last = record.assessments.at(-1) as Assessment
  const { signOff: _signOff, ...unsigned } = last
  const draft: Assessment = {
    ...unsigned,
    id: 'asm-lodz-2027',
    status: 'draft',
    title: 'Annual review 2027',
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z'
  }
  return { ...record, assessments: [...record.assessments, draft] }
}

/** The Cebu engagement (one draft) with an older draft before it. */
function twoDrafts(): EngagementRecord {
  const record = exampleRecord('philippines-unregistered-vendor.json')
  const current = record.assessments[0] as Assessment
  const older: Assessment = {
    ...current,
    id: 'asm-cebu-2025',
    title: 'Annual review 2025',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-02T09:00:00.000Z'
  }
  return { ...record, assessments: [older, current] }
}

/** The report model a piece worker builds for the entry. */
function modelOf(model: PacketModel, entry: PacketEntry | undefined) {
  const report = entry && entryReportModel(model, entry)
  if (!report) throw new Error('the entry has no report')
  return report
}

describe('audit packet model', () => {
  it('marks a report that did not assess a delivery country under its own law, and counts it (counsel review)', () => {
    const model = buildPacketModel(
      packetInput([exampleRecord('managed-contact-centre.json'), exampleRecord('philippines-unregistered-vendor.json')])
    )
    const byVendor = new Map(model.entries.map((e) => [e.vendorName, e]))
    expect(byVendor.get('Łódź Services Sp. z o.o.')?.countriesNotAssessed).toEqual(['Poland'])
    expect([...byVendor.values()].filter((e) => e.countriesNotAssessed.length === 0)).toHaveLength(1)
    expect(model.counts.partlyNotAssessed).toBe(1)
  })

  it("reports each engagement's latest final assessment, even when a newer draft exists", () => {
    const model = buildPacketModel(packetInput([finalWithNewerDraft()]))
    const [entry] = model.entries
    expect(entry?.status).toBe('final')
    expect(entry?.assessment?.id).toBe('asm-lodz-2026')
    const report = modelOf(model, entry)
    expect(report.assessment.id).toBe('asm-lodz-2026')
    expect(report.draft).toBe(false)
    // the other assessments are the report's history, as in a single report
    expect(report.changes?.previous.id).toBe('asm-lodz-2025')
  })

  it('falls back to the latest draft when there is no final one, and marks it as a draft', () => {
    const model = buildPacketModel(packetInput([twoDrafts()]))
    const [entry] = model.entries
    expect(entry?.status).toBe('draft')
    expect(entry?.statusLabel).toBe('Draft')
    expect(entry?.assessment?.id).toBe('asm-cebu-2026')
    expect(entry?.assessment?.finalizedAt).toBeNull()
    expect(modelOf(model, entry).draft).toBe(true)
    expect(model.counts).toMatchObject({ reports: 1, final: 0, draft: 1 })
    const inReview = buildPacketModel(packetInput([exampleRecord('permatemp-staff-augmentation.json')])).entries[0]
    expect(inReview?.status).toBe('draft')
    expect(inReview?.statusLabel).toBe('Draft (in review)')
  })

  it('lists an engagement without any assessment as not assessed, with no report', () => {
    const model = buildPacketModel(packetInput())
    const zagreb = model.entries.find((e) => e.engagementId === 'eng-zagreb-backoffice')
    expect(zagreb).toMatchObject({
      status: 'not-assessed',
      statusLabel: 'Not assessed',
      report: null,
      fingerprint: null,
      documentId: null,
      assessment: null
    })
    expect(model.manifestLines).toContain('eng-zagreb-backoffice||not-assessed|||Zagreb Shared Services d.o.o.|Finance back office (new)')
    expect(model.counts).toMatchObject({ engagements: 4, reports: 3, final: 1, draft: 2, notAssessed: 1, notScored: 0 })
  })

  it('lists an assessment whose question bank is unavailable as not scored, with the reason', () => {
    const record = exampleRecord('managed-contact-centre.json')
    const model = buildPacketModel({ ...packetInput([record]), banks: [] })
    expect(model.entries[0]).toMatchObject({ status: 'not-scored', report: null, fingerprint: null })
    expect(model.entries[0]?.problem).toMatch(/bank/i)
  })

  it('orders engagements by vendor and numbers them', () => {
    const model = buildPacketModel(packetInput())
    expect(model.entries.map((e) => [e.number, e.vendorName])).toEqual([
      [1, 'Bayanihan Contact Solutions Inc.'],
      [2, 'Keystone Technical Staffing, LLC'],
      [3, 'Łódź Services Sp. z o.o.'],
      [4, 'Zagreb Shared Services d.o.o.']
    ])
  })

  it("puts each reported assessment's fingerprint in the manifest, equal to the one its report prints", () => {
    const records = packetRecords()
    const model = buildPacketModel(packetInput(records))
    for (const entry of model.entries.filter((e) => e.report)) {
      const assessment = records.flatMap((r) => r.assessments).find((a) => a.id === entry.assessment?.id) as Assessment
      const record = records.find((r) => r.engagement.id === entry.engagementId)!
      const fingerprint = reportFingerprint(assessment, record.engagement, DEFAULT_BANK)
      if (assessment.status === 'final') expect(fingerprint).toBe(fingerprintAssessment(assessment))
      expect(entry.fingerprint).toBe(fingerprint)
      expect(modelOf(model, entry).fingerprint).toBe(fingerprint)
      expect(entry.documentId).toBe(modelOf(model, entry).documentId)
      expect(model.manifestLines[entry.number - 1]).toBe(
        `${entry.engagementId}|${assessment.id}|${assessment.status}|${assessment.signOff?.finalizedAt.slice(0, 10) ?? ''}|${fingerprint}|${record.engagement.vendorName}|${record.engagement.name}`
      )
    }
    const lodz = model.entries.find((e) => e.status === 'final')
    expect(lodz?.fingerprint).toBe(records[0]?.assessments.at(-1)?.signOff?.fingerprint)
  })

  it('lists a final under the names it was signed with, the words its report prints, whatever the record says today', () => {
    const records = packetRecords()
    const genuine = buildPacketModel(packetInput(records))
    const [signed, ...rest] = records as [EngagementRecord, ...EngagementRecord[]]
    const snapshot = signed.assessments.at(-1)?.signOff?.engagement
    expect(snapshot?.vendorName).toBe('Łódź Services Sp. z o.o.')
    // the record renamed after sign-off (attacker review): contents, heat map and manifest printed these beside "Final"
    const renamed = { ...signed, engagement: { ...signed.engagement, vendorName: 'Acme Clean Vendor Ltd', name: 'Renamed engagement' } }
    const model = buildPacketModel(packetInput([renamed, ...rest]))
    const entry = model.entries.find((e) => e.engagementId === signed.engagement.id) as PacketEntry
    expect(entry.status).toBe('final')
    expect([entry.vendorName, entry.engagementName]).toEqual([snapshot?.vendorName, snapshot?.name])
    expect(modelOf(model, entry).engagement).toMatchObject({ vendorName: snapshot?.vendorName, name: snapshot?.name })
    expect(model.manifestLines[entry.number - 1]).toMatch(
      new RegExp(`\\|${entry.fingerprint}\\|Łódź Services Sp\\. z o\\.o\\.\\|${snapshot?.name}$`)
    )
    // ordered by the printed name too, so the packet reads as the genuine one in every respect
    expect(model.entries.map((e) => [e.number, e.vendorName, e.engagementName])).toEqual(
      genuine.entries.map((e) => [e.number, e.vendorName, e.engagementName])
    )
    expect(model.manifestHash).toBe(genuine.manifestHash)
  })

  it('the manifest hashes the names as printed, with "|" and "\\" escaped so the fields stay apart', () => {
    const records = packetRecords()
    const zagreb = records.find((r) => r.assessments.length === 0) as EngagementRecord
    const named = (vendorName: string, name: string) =>
      buildPacketModel(packetInput([{ ...zagreb, engagement: { ...zagreb.engagement, vendorName, name } }]))
    expect(named('A|B', 'C').manifestLines[0]).toBe(`${zagreb.engagement.id}||not-assessed|||A\\|B|C`)
    expect(named('A\\', '|C').manifestLines[0]).toBe(`${zagreb.engagement.id}||not-assessed|||A\\\\|\\|C`)
    expect(named('A|B', 'C').manifestHash).not.toBe(named('A', 'B|C').manifestHash)
  })

  it('derives a deterministic packet id from the manifest hash', () => {
    const model = buildPacketModel(packetInput())
    expect(model.manifestHash).toBe(sha256Hex(model.manifestLines.join('\n')))
    const h = model.manifestHash.toUpperCase()
    expect(model.packetId).toBe(`AP-${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8, 12)}`)
    // the same reports give the same id, whenever and in whatever order they are given
    const again = buildPacketModel({ ...packetInput([...packetRecords()].reverse()), generatedAt: '2027-01-15T08:00:00.000Z' })
    expect(again.packetId).toBe(model.packetId)
    expect(again.manifestHash).toBe(model.manifestHash)
    expect(buildPacketModel(packetInput())).toEqual(model)
    // a newer draft beside the final changes nothing: the final is still the one reported
    const [lodz, ...rest] = packetRecords()
    expect(lodz?.engagement.id).toBe('eng-lodz-emea-care')
    expect(buildPacketModel(packetInput([finalWithNewerDraft(), ...rest])).packetId).toBe(model.packetId)
    // any change to a reported assessment, or to the set of reports, gives another id
    const edited = twoDrafts()
    const cebu = edited.assessments.at(-1) as Assessment
    edited.assessments[edited.assessments.length - 1] = { ...cebu, assessorName: `${cebu.assessorName} (edited)` }
    const withEdit = buildPacketModel(packetInput(packetRecords().map((r) => (r.engagement.id === edited.engagement.id ? edited : r))))
    expect(withEdit.packetId).not.toBe(model.packetId)
    expect(buildPacketModel(packetInput(packetRecords().slice(0, 2))).packetId).not.toBe(model.packetId)
  })

  it('gives the heat map a column per section and a band and score per cell', () => {
    const model = buildPacketModel(packetInput())
    const bank = BUILTIN_BANKS.at(-1)
    expect(model.columns.map((c) => c.id)).toEqual(bank?.sections.map((s) => s.id))
    const keystone = model.entries.find((e) => e.vendorName.startsWith('Keystone'))
    expect(keystone?.overall).toMatchObject({ band: 'critical', bandLabel: 'Critical', scoreText: '99.9' })
    for (const column of model.columns) {
      const cell = keystone?.cells[column.id]
      expect(cell?.bandLabel).toMatch(/^(Low|Moderate|High|Critical)$/)
      expect(cell?.scoreText).toMatch(/^\d+\.\d$/)
    }
    // The unregistered Philippine vendor meets D.O. 174's presumption of labour-only contracting: Critical.
    expect(model.counts.bands).toEqual({ low: 1, moderate: 0, high: 0, critical: 2 })
    expect(model.counts.redFlagged).toBe(2)
  })

  it('uses the given title, else "Audit packet", and sets the document properties', () => {
    expect(buildPacketModel(packetInput()).title).toBe('Audit packet')
    const titled = buildPacketModel({ ...packetInput(), title: '  FY2026 counsel review  ' })
    expect(titled.title).toBe('FY2026 counsel review')
    expect(titled.properties.title).toBe('FY2026 counsel review: 4 engagements')
    expect(titled.properties.keywords).toContain(`manifest-sha256:${titled.manifestHash}`)
    // not a report's "fingerprint:" marker, which verify reads
    expect(titled.properties.keywords).not.toContain('fingerprint:')
  })
})
