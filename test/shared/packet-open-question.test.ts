import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { createReportRenderer } from '@shared/report/render/render-report'
import { AssessmentSchema } from '@shared/schemas/assessment'
import { EngagementSchema } from '@shared/schemas/engagement'
import { readPdf } from '../helpers/pdf-text'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
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
    expect(summary).toContain('1 report has enough questions settled for a Low, but a question still open could raise its band on its own')
    // once in the legend, once in the Mexico row's Overall cell
    expect(summary.split('Low?').length - 1).toBe(2)
  }, 30_000)
})

/*
 * A High that the open question could raise further is at least High: counted under High, as the Portfolio screen
 * counts it (put apart as "Provisional", it was missing from the High count), and the summary says it could rise.
 */
describe('an audit packet counts a High an open question could raise under High, and says it could rise', () => {
  const body = mexico.assessments[0]!
  const risky = {
    engagement: mexico.engagement,
    assessments: [
      AssessmentSchema.parse({
        ...body,
        answers: { ...body.answers, 'HIR-01': { choice: 'client-interviews', contractChoice: 'vendor-reserved' } }
      })
    ]
  }
  const model = buildPacketModel(packetInput([risky]))

  it('is counted under High with the rising count, not as Provisional', async () => {
    expect(model.entries[0]?.overall).toMatchObject({ band: 'high', sufficiency: 'sufficient', provisionalBand: true })
    expect(model.counts.bands.high).toBe(1)
    expect(model.counts).toMatchObject({ provisional: 0, rising: 1 })
    const pdf = await readPdf(createReportRenderer(reportFonts()).renderPacket(model))
    const summary = pdf.pages.find((p) => p.includes('Portfolio summary'))!.replace(/\s+/g, ' ')
    expect(summary).toContain('1 report counted above under Moderate or High has a question still open that could raise its band further')
  }, 30_000)
})

/*
 * Vendor-manager review (2): a section holding the open question (PH-01 "We assume one of these applies but have
 * not verified it") was printed as a tinted plain "Low" in the packet's heat map while the row read "Low?".
 */
describe('an audit packet marks a section an open question could raise, as it marks the overall', () => {
  const body = mexico.assessments[0]!
  const answers: Record<string, unknown> = Object.fromEntries(Object.entries(body.answers).filter(([id]) => !id.startsWith('MX-')))
  for (const q of DEFAULT_BANK.questions) {
    if (q.section !== 'jurisdiction' || answers[q.id] || (q.appliesTo && !q.appliesTo.includes('philippines'))) continue
    const low = [...q.options].sort((a, b) => a.risk - b.risk)[0]!
    const contract = q.contract ? [...q.contract.options].sort((a, b) => a.risk - b.risk)[0]!.id : undefined
    answers[q.id] = contract ? { choice: low.id, contractChoice: contract } : { choice: low.id }
  }
  const philippines = (ph01: string) => ({
    engagement: { ...mexico.engagement, deliveryCountries: ['PH' as const], sites: [{ country: 'PH' as const, site: 'Cebu' }] },
    assessments: [AssessmentSchema.parse({ ...body, profiles: ['philippines'], answers: { ...answers, 'PH-01': { choice: ph01 } } })]
  })

  it('the Local law cell is provisional while PH-01 is open, and prints "Low?"; answered, it is a plain Low', async () => {
    const open = buildPacketModel(packetInput([philippines('not-verified')]))
    expect(open.entries[0]?.cells['jurisdiction']).toMatchObject({ band: 'low', sufficiency: 'sufficient', provisionalBand: true })
    const settled = buildPacketModel(packetInput([philippines('dole-registered')]))
    expect(settled.entries[0]?.cells['jurisdiction']).toMatchObject({ band: 'low', provisionalBand: false })
    const pdf = await readPdf(createReportRenderer(reportFonts()).renderPacket(open))
    const summary = pdf.pages.find((p) => p.includes('Portfolio summary'))!.replace(/\s+/g, ' ')
    // the legend, the Overall cell and the Local law cell
    expect(summary.split('Low?').length - 1).toBe(3)
  }, 30_000)
})
