import { expect, test } from 'vitest'
import { SAMPLE_FIELDS, SAMPLE_MARK, isSample } from '../../renderer/src/sample/sample-engagement'

test('the sample is the engagement as created, word for word', () => {
  expect(isSample(SAMPLE_FIELDS)).toBe(true)
})

test('an engagement whose notes only begin with the sample mark is not the sample: one click would remove it (attacker review)', () => {
  const imported = { ...SAMPLE_FIELDS, vendorName: 'Real Vendor Ltd', name: 'Real engagement' }
  expect(imported.notes.startsWith(SAMPLE_MARK)).toBe(true)
  expect(isSample(imported)).toBe(false)
  expect(isSample({ ...SAMPLE_FIELDS, notes: `${SAMPLE_MARK} Our own notes.` })).toBe(false)
})
