import { expect, test } from 'vitest'
import { comparePages } from '../../electron/cli/commands/verify-pages'
import { describeDifference } from '../../electron/cli/commands/verify'

test('a page differing in two lines says so: the first difference, and how many more (attacker review: a second change hid behind a known rewording)', () => {
  const expected = [
    'Final: signed off 6 October 2025; 7 of 9 findings not reviewed',
    'Jurisdictions applied: United Kingdom. Not assessed: Poland',
    'Marking: Confidential'
  ].join('\n')
  const found = ['Final: signed off 6 October 2025', 'Jurisdictions applied: United Kingdom; Poland', 'Marking: Confidential'].join('\n')
  const [d] = comparePages([expected], [found])
  expect(d).toMatchObject({ page: 1, found: 'Final: signed off 6 October 2025', more: 1 })
  expect(describeDifference(d!)).toMatch(/\(and 1 more line differs on this page\)$/)
  // one line changed: no count
  const [one] = comparePages([expected], [expected.replace('Confidential', 'Public')])
  expect(one?.more).toBe(0)
  expect(describeDifference(one!)).not.toMatch(/more/)
})
