import { describe, expect, test } from 'vitest'
import { typedNameConfirms } from '@shared/schemas/delete-confirm'

describe('typing the engagement name to confirm a delete', () => {
  test('the same name confirms, spaces around it and Unicode form aside; another name or case does not', () => {
    expect(typedNameConfirms('Claims intake', 'Claims intake')).toBe(true)
    expect(typedNameConfirms('  Claims intake ', 'Claims intake')).toBe(true)
    expect(typedNameConfirms('Ło\u0301dz\u0301 care', 'Łódź care')).toBe(true)
    expect(typedNameConfirms('claims intake', 'Claims intake')).toBe(false)
    expect(typedNameConfirms('Claims intak', 'Claims intake')).toBe(false)
  })

  test('a name stored with a NUL or a zero-width space (before the typed-character rule) is confirmed by what the dialog shows', () => {
    expect(typedNameConfirms('Claims intake', 'Claims\u0000 intake')).toBe(true)
    expect(typedNameConfirms('Claims intake', 'Claims\u200b intake')).toBe(true)
    expect(typedNameConfirms('Claims  intake', 'Claims intake')).toBe(true)
  })

  test('nothing typed, or only invisible characters, never confirms', () => {
    expect(typedNameConfirms(undefined, 'Claims intake')).toBe(false)
    expect(typedNameConfirms('', '')).toBe(false)
    expect(typedNameConfirms('\u200b', '\u200b')).toBe(false)
    expect(typedNameConfirms('\u0000', 'Claims intake')).toBe(false)
  })
})
