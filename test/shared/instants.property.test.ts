import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compareInstants, isAfter, isBefore } from '@shared/util/instant'
import { revisionLinkProblem, type CycleInput } from '@shared/workflow/revision-cycles'
import { TimestampSchema } from '@shared/schemas/common'

/** A timestamp TimestampSchema accepts, written with an offset (or Z) and a precision of its own. */
const writtenTimestamp = fc
  .record({
    ms: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
    offsetMinutes: fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
    precision: fc.constantFrom(0, 3)
  })
  .map(({ ms, offsetMinutes, precision }) => {
    const at = precision === 0 ? Math.floor(ms / 1000) * 1000 : ms
    const local = new Date(at + offsetMinutes * 60_000).toISOString().slice(0, precision === 0 ? 19 : 23)
    const sign = offsetMinutes < 0 ? '-' : '+'
    const abs = Math.abs(offsetMinutes)
    const offset =
      offsetMinutes === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
    return { text: `${local}${offset}`, at }
  })

describe('timestamps compared by the instant they name', () => {
  test('orders any two timestamps a file may hold as their instants, whatever their offsets and precision', () => {
    fc.assert(
      fc.property(writtenTimestamp, writtenTimestamp, (a, b) => {
        expect(TimestampSchema.safeParse(a.text).success).toBe(true)
        const order = Math.sign(compareInstants(a.text, b.text))
        if (a.at !== b.at) expect(order).toBe(Math.sign(a.at - b.at))
        // the same instant written two ways: ordered by text, so a sort is the same every time
        else expect(order).toBe(a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
        expect(isBefore(a.text, b.text)).toBe(order < 0)
        expect(isAfter(a.text, b.text)).toBe(order > 0)
      })
    )
  })

  test('where their text is in the other order: an offset, and a timestamp without milliseconds', () => {
    expect(isBefore('2026-03-01T10:00:00+02:00', '2026-03-01T09:00:00Z')).toBe(true)
    expect(isBefore('2026-03-01T09:00:00Z', '2026-03-01T09:00:00.500Z')).toBe(true)
  })

  test('a revision started before its final was signed is refused even when an offset makes its text sort after', () => {
    const signed: CycleInput = {
      id: 'final',
      engagementId: 'e1',
      status: 'final',
      createdAt: '2026-02-01T08:00:00.000Z',
      signOff: { finalizedAt: '2026-03-01T09:00:00.000Z' }
    }
    // 08:00 UTC, an hour before the final was signed; as text, "10:00+02:00" sorts after "09:00Z"
    const early: CycleInput = {
      id: 'rev',
      engagementId: 'e1',
      status: 'draft',
      createdAt: '2026-03-01T10:00:00+02:00',
      revisionOfId: 'final'
    }
    expect(revisionLinkProblem(early, [signed, early])).toMatch(/after this revision was started/)
    const later: CycleInput = { ...early, createdAt: '2026-03-01T12:00:00+02:00' }
    expect(revisionLinkProblem(later, [signed, later])).toBeNull()
  })
})
