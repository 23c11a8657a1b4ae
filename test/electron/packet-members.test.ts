import { expect, test } from 'vitest'
import { manifestFields, manifestLineIds, packetMembers, printedManifestLines } from '../../electron/cli/commands/packet-members'
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

test('the printed lines are read whole again, by engagement id: a wrap after a "|" joined as is, a wrap in a name with its space', () => {
  const long = 'eng-' + 'x'.repeat(60)
  const page = [
    HEADING,
    `${long}|asm-${'y'.repeat(60)}|`,
    '  final|2026-10-05|' + 'f'.repeat(64) + '|',
    '  Vendor \\| Partner|Customer support for',
    '  EMEA and APAC',
    'eng-b|asm-2|draft|||Vendor B|B'
  ].join('\n')
  expect(printedManifestLines([page])).toEqual(
    new Map([
      [long, `${long}|asm-${'y'.repeat(60)}|final|2026-10-05|${'f'.repeat(64)}|Vendor \\| Partner|Customer support for EMEA and APAC`],
      ['eng-b', 'eng-b|asm-2|draft|||Vendor B|B']
    ])
  )
})

test('an escaped "\\|" in a name is no separator, and a name ending in an escaped "\\" ends its field', () => {
  expect(manifestFields('eng-a|asm-1|draft|||Acme \\| Partner|Name')).toEqual([
    'eng-a',
    'asm-1',
    'draft',
    '',
    '',
    'Acme \\| Partner',
    'Name'
  ])
  // "C:\\" is the vendor "C:\": the "|" after it separates, so the next printed line opens a line of its own
  const page = [HEADING, 'eng-a|asm-1|draft|||C:\\\\|Name', 'eng-b|asm-2|draft|||Vendor B|B'].join('\n')
  expect(manifestFields('eng-a|asm-1|draft|||C:\\\\|Name')).toHaveLength(7)
  expect([...printedManifestLines([page]).keys()]).toEqual(['eng-a', 'eng-b'])
})

test('the lines of a packet made before the names were hashed have five fields', () => {
  const page = [HEADING, 'eng-a|asm-1|final|2026-11-28|ab12', 'eng-b|asm-2|draft||cd34'].join('\n')
  expect(printedManifestLines([page], 5)).toEqual(
    new Map([
      ['eng-a', 'eng-a|asm-1|final|2026-11-28|ab12'],
      ['eng-b', 'eng-b|asm-2|draft||cd34']
    ])
  )
  expect(printedManifestLines(['no manifest here'])).toEqual(new Map())
})

test("a name wrapped at a space after the last separator is read whole, and each page's header and footer are left out", () => {
  const furniture = (n: number) => [
    'Confidential',
    'Audit packet · 2 engagements',
    ' ',
    'Packet AP-6D0B-933E-B67A',
    'Packet AP-6D0B-933E-B67A · Generated 2 December 2026, 09:15 UTC',
    ' ',
    `Page ${n} of 5`
  ]
  const pages = [
    [
      HEADING,
      'eng-a||not-assessed|||Vendor A|',
      'An engagement name long enough to',
      'wrap at a space',
      'eng-b|asm-2|',
      ...furniture(4)
    ].join('\n'),
    ['draft|||Vendor B|Confidential', ...furniture(5)].join('\n')
  ]
  expect(printedManifestLines(pages)).toEqual(
    new Map([
      ['eng-a', 'eng-a||not-assessed|||Vendor A|An engagement name long enough to wrap at a space'],
      ['eng-b', 'eng-b|asm-2|draft|||Vendor B|Confidential']
    ])
  )
  expect(manifestLineIds(pages)).toEqual(['eng-a', 'eng-b'])
})

test('the lines of a packet before the names (five fields) are read as five fields, every member found (attacker review)', () => {
  const page = [HEADING, 'eng-a|asm-1|final|2026-11-28|ab12', 'eng-b|asm-2|draft||cd34', 'eng-c||not-assessed||'].join('\n')
  const records = [record('eng-a'), record('eng-b'), record('eng-c')]
  expect(packetMembers(records, [page], 5).members.map((r) => r.engagement.id)).toEqual(['eng-a', 'eng-b', 'eng-c'])
  // read as seven fields, as before, every other line was taken for the rest of the one before
  expect(manifestLineIds([page])).toEqual(['eng-a', 'eng-c'])
})

test('a page of many thousands of short parts is read in one pass, and a line is not joined past any the app prints (attacker review)', () => {
  // joining had re-read the whole line for each part: 40,000 parts took minutes
  const parts = Array.from({ length: 200_000 }, () => 'word word')
  const page = [HEADING, 'eng-a|asm-1|final|2026-11-28|ab12|Vendor A|Name', ...parts].join('\n')
  const line = printedManifestLines([page]).get('eng-a') ?? ''
  expect(line.startsWith('eng-a|asm-1|final|2026-11-28|ab12|Vendor A|Name word word')).toBe(true)
  expect(line.length).toBeLessThan(2_100)
  expect(manifestLineIds([page])).toEqual(['eng-a'])
})

test('a name holding the heading’s words, in the entries and in a line, does not hide the lines before it (attacker review)', () => {
  const page = [
    'Manifest',
    'Vendor Manifest lines as hashed',
    'Manifest lines as hashed',
    HEADING,
    'eng-a|asm-1|final|2026-11-28|ab12|Vendor A|Name A',
    'eng-b|asm-2|final|2026-11-28|cd34|Vendor B|',
    '  Manifest lines as hashed',
    'eng-c||not-assessed|||Vendor C|Name C'
  ].join('\n')
  expect(manifestLineIds([page])).toEqual(['eng-a', 'eng-b', 'eng-c'])
  expect(printedManifestLines([page]).get('eng-b')).toBe('eng-b|asm-2|final|2026-11-28|cd34|Vendor B|Manifest lines as hashed')
})
