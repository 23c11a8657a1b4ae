import { describe, expect, it } from 'vitest'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import type { Assessment } from '@shared/schemas/assessment'
import { exampleRecord, packetInput } from '../fixtures/packet-fixtures'

describe('an audit packet never counts or colours insufficient information as a band (issue 11, item 3)', () => {
  it('the pre-contract assessment (38 % settled) is "insufficient", not one of the Low reports', () => {
    const model = buildPacketModel(
      packetInput([exampleRecord('onboarding-pre-contract.json'), exampleRecord('managed-contact-centre.json')])
    )
    const onboarding = model.entries.find((e) => e.vendorName.startsWith('Servicios'))
    expect(onboarding?.overall).toMatchObject({ band: 'low', sufficiency: 'insufficient' })
    expect(model.counts.bands.low).toBe(1) // the managed contact centre only
    expect(model.counts.insufficient).toBe(1)
  })

  it('nothing answered is counted as insufficient, never as Low', () => {
    const record = exampleRecord('philippines-unregistered-vendor.json')
    const empty: Assessment = { ...(record.assessments[0] as Assessment), answers: {} }
    const model = buildPacketModel(packetInput([{ ...record, assessments: [empty] }]))
    expect(model.entries[0]?.overall?.sufficiency).toBe('not-assessed')
    expect(model.counts.bands).toEqual({ low: 0, moderate: 0, high: 0, critical: 0 })
    expect(model.counts.insufficient).toBe(1)
    for (const cell of Object.values(model.entries[0]?.cells ?? {}))
      expect(cell.state === 'scored' && cell.sufficiency === 'sufficient').toBe(false)
  })
})
