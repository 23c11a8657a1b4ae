import { expect, test } from 'vitest'
import { manifestLineIds, packetMembers } from '../../electron/cli/commands/packet-members'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { makeReportFixture } from '../fixtures/report-fixtures'

const base = makeReportFixture({ status: 'final' }).file.engagement
const record = (id: string): EngagementRecord => ({ engagement: { ...base, id }, assessments: [] })
const HEADING =
  'Manifest lines as hashed\nA line too long for the page continues on an indented line after a "|"; the break is not part of the line.'

test('the members are the engagements whose ids open a manifest line, whatever ends the line before', () => {
  const page = [
    HEADING,
    'eng-a|asm-1|final|2026-11-28|ab12|Vendor A|Customer support for EMEA and APAC',
    'eng-b|asm-2|draft|||Vendor B|Long engagement name',
    '  continued after a wrap at a space',
    'eng-b is also named in a sentence, and eng-c in prose'
  ].join('\n')
  const { members, leftOut, missing } = packetMembers([record('eng-a'), record('eng-b'), record('eng-c')], [page])
  expect(members.map((r) => r.engagement.id)).toEqual(['eng-a', 'eng-b'])
  expect(leftOut.map((r) => r.engagement.id)).toEqual(['eng-c'])
  expect(missing).toEqual([])
})

test('a line wrapped after its assessment id (ids of 64 characters) still names its engagement, and its rest is no id (attacker review)', () => {
  const long = 'eng-' + 'x'.repeat(60)
  const page = [
    HEADING,
    `${long}|asm-${'y'.repeat(60)}|`,
    '  final|2026-10-05|' + 'f'.repeat(64) + '|',
    '  Vendor|Name',
    'eng-b|asm-2|draft|||Vendor B|B'
  ].join('\n')
  expect(manifestLineIds([page])).toEqual([long, 'eng-b'])
  const { members, missing } = packetMembers([record(long), record('eng-b')], [page])
  expect(members).toHaveLength(2)
  expect(missing).toEqual([])
})

test('text before the manifest heading is never read as a line: a vendor note shaped like one (attacker review)', () => {
  const report = 'Notes: eng-ghost||final|\neng-a||not-assessed|'
  const manifest = [HEADING, 'eng-a|asm-1|final|2026-11-28|ab12|Vendor A|A'].join('\n')
  expect(manifestLineIds([report, manifest])).toEqual(['eng-a'])
})

test('an engagement the packet lists that the data does not hold is named as missing', () => {
  const page = [HEADING, 'eng-a|asm-1|final|2026-11-28|ab12|Vendor A|Support', 'eng-gone||not-assessed|||Vendor G|Gone'].join('\n')
  const { members, missing } = packetMembers([record('eng-a')], [page])
  expect(members.map((r) => r.engagement.id)).toEqual(['eng-a'])
  expect(missing).toEqual(['eng-gone'])
})

test('a packet listing none of the ids keeps the data whole, so the mismatch is reported as it is', () => {
  const { members, leftOut } = packetMembers([record('eng-a')], [`${HEADING}\nx-eng-a|asm|final||||`])
  expect(members.map((r) => r.engagement.id)).toEqual(['eng-a'])
  expect(leftOut).toEqual([])
})
