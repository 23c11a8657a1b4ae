import { expect, test } from 'vitest'
import { packetMembers } from '../../electron/cli/commands/packet-members'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { makeReportFixture } from '../fixtures/report-fixtures'

const base = makeReportFixture({ status: 'final' }).file.engagement
const record = (id: string): EngagementRecord => ({ engagement: { ...base, id }, assessments: [] })

test('the members are the engagements whose ids open a manifest line, whatever ends the line before', () => {
  const page = [
    'Manifest lines as hashed',
    'eng-a|asm-1|final|2026-11-28|ab12|Vendor A|Customer support for EMEA and APAC',
    'eng-b|asm-2|draft|||Vendor B|',
    '  Long engagement name continued after a bar',
    'eng-b is also named in a sentence, and eng-c in prose'
  ].join('\n')
  const { members, leftOut } = packetMembers([record('eng-a'), record('eng-b'), record('eng-c')], [page])
  expect(members.map((r) => r.engagement.id)).toEqual(['eng-a', 'eng-b'])
  expect(leftOut.map((r) => r.engagement.id)).toEqual(['eng-c'])
})

test('a packet listing none of the ids keeps the data whole, so the mismatch is reported as it is', () => {
  const { members, leftOut } = packetMembers([record('eng-a')], ['x-eng-a|asm|final'])
  expect(members.map((r) => r.engagement.id)).toEqual(['eng-a'])
  expect(leftOut).toEqual([])
})

test('an engagement the packet lists that the data does not hold is named as missing', () => {
  const page = ['eng-a|asm-1|final|2026-11-28|ab12|Vendor A|Support', 'eng-gone||not-assessed|||Vendor G|Gone', 'see a|b|c'].join('\n')
  const { members, missing } = packetMembers([record('eng-a')], [page])
  expect(members.map((r) => r.engagement.id)).toEqual(['eng-a'])
  expect(missing).toEqual(['eng-gone'])
})
