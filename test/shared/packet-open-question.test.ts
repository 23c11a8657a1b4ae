import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { createReportRenderer } from '@shared/report/render/render-report'
import { AssessmentSchema } from '@shared/schemas/assessment'
import { EngagementSchema } from '@shared/schemas/engagement'
import { readPdf } from '../helpers/pdf-text'
import { exampleRecord, packetInput } from '../fixtures/packet-fixtures'
import { reportFonts } from '../fixtures/report-fixtures'

/*
 * Vendor-manager review: a result with enough answers, but a question still open that could decide it
 * (MX-02 "We have not assessed this"), was counted and coloured as Low in the packet. The Mexico record of
 * test/fixtures/store/index-v5 is that case.
 */
const DIR = new URL('../fixtures/store/index-v5/', import.meta.url)
const index = JSON.parse(readFileSync(new URL('index.json', DIR), 'utf8')) as { engagements: unknown[] }
const mexico = {
  engagement: EngagementSchema.parse(index.engagements[0]),
  assessments: [AssessmentSchema.parse(JSON.parse(readFileSync(new URL('mx-open.1.json', DIR), 'utf8')))]
}

describe('an audit packet never counts or colours a band an open question could raise as that band', () => {
  const model = buildPacketModel(packetInput([mexico, exampleRecord('managed-contact-centre.json')]))

  it('is counted as provisional, not Low; a settled Low still is', () => {
    const entry = model.entries.find((e) => e.engagementId === mexico.engagement.id)
    expect(entry?.overall).toMatchObject({ band: 'low', sufficiency: 'sufficient', provisionalBand: true })
    expect(model.counts.bands.low).toBe(1) // the managed contact centre only
    expect(model.counts.provisional).toBe(1)
  })

  it('the summary says so, and the heat map writes "Low?" for it', async () => {
    const only = buildPacketModel(packetInput([mexico]))
    const pdf = await readPdf(createReportRenderer(reportFonts()).renderPacket(only))
    const summary = pdf.pages.find((p) => p.includes('Portfolio summary'))!.replace(/\s+/g, ' ')
    expect(summary).toContain('1 report has enough questions settled, but a question still open could raise its band on its own')
    // once in the legend, once in the Mexico row's Overall cell
    expect(summary.split('Low?').length - 1).toBe(2)
  }, 30_000)
})
