import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { EngagementInputSchema, EngagementSchema } from '@shared/schemas/engagement'
import { EngagementFormSchema } from '@shared/schemas/engagement-form'
import { unprintableCharacter } from '@shared/schemas/typed-characters'
import { engagementFields } from '../helpers/engagement-fields'

describe('characters a report cannot print are refused where text is entered', () => {
  test.each([
    ['a NUL', 'Acme\u0000Corp', 'U+0000'],
    ['a lone surrogate', 'Acme\ud800Corp', 'U+D800'],
    ['a lone low surrogate', 'Acme\udc00Corp', 'U+DC00'],
    ['a C1 control', 'Acme\u0085Corp', 'U+0085'],
    ['a line break in a name', 'Acme\nCorp', 'U+000A'],
    ['a noncharacter', 'Acme\uffffCorp', 'U+FFFF'],
    ['a noncharacter beyond the first plane', 'Acme\u{10fffe}Corp', 'U+10FFFE']
  ])('%s in the vendor name: refused by the API request and the form, with the field and the character', (_, vendorName, code) => {
    for (const schema of [EngagementInputSchema, EngagementFormSchema]) {
      const r = schema.safeParse(engagementFields({ vendorName }))
      expect(r.success).toBe(false)
      const issue = r.error!.issues.find((i) => i.path.join('.') === 'vendorName')!
      expect(issue.message).toContain(code)
    }
  })

  test('a site name and the notes are checked too; notes may hold line breaks and tabs', () => {
    const site = EngagementInputSchema.safeParse(engagementFields({ sites: [{ country: 'PH', site: 'Cebu\u0007' }] }))
    expect(site.error?.issues.map((i) => i.path.join('.'))).toEqual(['sites.0.site'])
    expect(EngagementInputSchema.safeParse(engagementFields({ notes: 'Line one\n\tLine two\r\n' })).success).toBe(true)
    expect(EngagementInputSchema.safeParse(engagementFields({ notes: 'Bell\u0007' })).success).toBe(false)
  })

  test('letters of every script, emoji (surrogate pairs) and direction marks are kept', () => {
    for (const vendorName of ['Łódź Sp. z o.o.', '東京コールセンター', 'مركز الرياض', 'मुंबई सेवा', 'Acme 🚀 Ltd', 'Acme\u200fCorp']) {
      expect(EngagementInputSchema.safeParse(engagementFields({ vendorName })).success, vendorName).toBe(true)
    }
  })

  test('a stored record written before the rule still opens (the stored schema does not check characters)', () => {
    const stored = {
      ...engagementFields({ vendorName: 'Old\u0000Name' }),
      id: 'eng-1',
      status: 'active',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z'
    }
    expect(EngagementSchema.safeParse(stored).success).toBe(true)
  })

  test('any well-formed text without controls is printable; any text with one is not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        // eslint-disable-next-line no-control-regex -- removing control characters is the point
        const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]|\p{Noncharacter_Code_Point}/gu, '')
        expect(unprintableCharacter(clean)).toBeNull()
        expect(unprintableCharacter(`${clean}\u0001`)).toBe('U+0001')
      })
    )
  })
})
