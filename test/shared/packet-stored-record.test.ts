import { describe, expect, it } from 'vitest'
import { engagementFile } from '@shared/exchange/build-exchange'
import { buildEntry } from '@shared/report/packet/packet-entry'
import { buildPacketModel, packetModelOf } from '@shared/report/packet/packet-model'
import { packetReportModel } from '@shared/report/packet/packet-report'
import type { PacketReport } from '@shared/report/packet/packet-types'
import { readStoredReport, storedRecord } from '@shared/report/packet/stored-record'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { exampleRecord, packetInput, packetRecords } from '../fixtures/packet-fixtures'
import { GENERATED_AT } from '../fixtures/report-fixtures'

const packet = { banks: BUILTIN_BANKS, generatedAt: GENERATED_AT }
const fileText = (name: string): string => JSON.stringify(engagementFile(exampleRecord(name), GENERATED_AT), null, 2)

/** The entry's report for an engagement file read from `path`, as the command line builds it. */
function storedReport(name: string, path: string): PacketReport {
  const text = fileText(name)
  const record = exampleRecord(name)
  const report = buildEntry(record, packet, storedRecord(path, text)).entry.report
  if (!report) throw new Error('the example has a report')
  return report
}

describe("a packet's stored records", () => {
  it('builds the same model from entries built one by one, in any order, as from the records at once', () => {
    const input = packetInput()
    const entries = packetRecords()
      .reverse()
      .map((record) => buildEntry(record, packet))
    expect(packetModelOf(entries, input)).toEqual(buildPacketModel(input))
  })

  it('names an engagement file instead of holding its record, and reads it back as the record its entry was built from', async () => {
    const report = storedReport('managed-contact-centre.json', 'in/a.json')
    expect(report.kind).toBe('stored')
    expect(JSON.stringify(report)).not.toContain('assessments')
    const read = await readStoredReport(report, async () => fileText('managed-contact-centre.json'))
    const source = buildEntry(exampleRecord('managed-contact-centre.json'), packet).entry.report
    expect(read).toEqual(source)
    expect(packetReportModel(read, packet)).toEqual(packetReportModel(source as PacketReport, packet))
  })

  it('refuses a file changed since its entry was built, even by a space', async () => {
    const report = storedReport('managed-contact-centre.json', 'in/a.json')
    await expect(readStoredReport(report, async () => `${fileText('managed-contact-centre.json')} `)).rejects.toThrow(
      'packet: in/a.json changed while the packet was made; make it again'
    )
  })

  it('refuses to draw a stored record not read yet, and a report whose fingerprint is not its entry’s', () => {
    const report = storedReport('managed-contact-centre.json', 'in/a.json')
    expect(() => packetReportModel(report, packet)).toThrow('must be read before its report is drawn')
    const source = buildEntry(exampleRecord('managed-contact-centre.json'), packet).entry.report
    if (source?.kind !== 'source') throw new Error('expected a source')
    // another engagement's record under this entry: what is drawn would not be what the contents and manifest list
    const other = exampleRecord('permatemp-staff-augmentation.json')
    const swapped: PacketReport = { ...source, source: { ...other, assessmentId: other.assessments.at(-1)!.id } }
    expect(() => packetReportModel(swapped, packet)).toThrow('is not the one its entry was made from')
  })
})
