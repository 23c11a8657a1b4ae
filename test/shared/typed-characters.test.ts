import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { sameSigner } from '@shared/schemas/finalize-form'
import { EngagementInputSchema, EngagementSchema } from '@shared/schemas/engagement'
import { EngagementFormSchema } from '@shared/schemas/engagement-form'
import { unprintableCharacter } from '@shared/schemas/typed-characters'
import { engagementFields } from '../helpers/engagement-fields'
import { REQUEST_SCHEMAS } from '@shared/ipc/request-schemas'
import { finalizeFormSchema, type FinalizeForm } from '@shared/schemas/finalize-form'
import { StartAssessmentFormSchema } from '@shared/schemas/start-assessment-form'
import { CHECKED_AT } from '../helpers/checked-at'

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

  test('a vendor or engagement name of invisible characters only is refused (it would print as a blank)', () => {
    const r = EngagementInputSchema.safeParse(engagementFields({ vendorName: '\u200b\u200d', name: '\u2060' }))
    // (U+200B is also refused as a character now: each field is refused, whichever rule says so first)
    expect([...new Set(r.error?.issues.map((i) => i.path.join('.')))]).toEqual(['vendorName', 'name'])
    expect(EngagementFormSchema.safeParse(engagementFields({ vendorName: '\u200b' })).success).toBe(false)
  })

  test('a site name and the notes are checked too; notes may hold line breaks and tabs', () => {
    const site = EngagementInputSchema.safeParse(
      engagementFields({ deliveryCountries: ['PH'], sites: [{ country: 'PH', site: 'Cebu\u0007' }] })
    )
    expect(site.error?.issues.map((i) => i.path.join('.'))).toEqual(['sites.0.site'])
    expect(EngagementInputSchema.safeParse(engagementFields({ notes: 'Line one\n\tLine two\r\n' })).success).toBe(true)
    expect(EngagementInputSchema.safeParse(engagementFields({ notes: 'Bell\u0007' })).success).toBe(false)
  })

  test('letters of every script, emoji (surrogate pairs) and direction marks are kept', () => {
    for (const vendorName of ['Łódź Sp. z o.o.', '東京コールセンター', 'مركز الرياض', 'मुंबई सेवा', 'Acme 🚀 Ltd', 'مركز\u200f الرياض']) {
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
        const clean = s.replace(
          // eslint-disable-next-line no-control-regex -- removing control characters is the point
          /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\u2800\ufeff]|\p{Noncharacter_Code_Point}|(?![\u061c\u200c-\u200f])\p{Default_Ignorable_Code_Point}/gu,
          ''
        )
        expect(unprintableCharacter(clean)).toBeNull()
        expect(unprintableCharacter(`${clean}\u0001`)).toBe('U+0001')
      })
    )
  })
})

test('a one-line field refuses what prints as nothing or breaks the line; a multi-line one keeps line breaks', () => {
  // "Wei" + U+200B + "ß" looks like the real signer and is not; U+2028 broke a vendor's name on one surface only
  for (const [ch, code] of [
    ['\u200b', 'U+200B'],
    ['\ufeff', 'U+FEFF'],
    ['\u2028', 'U+2028'],
    ['\u2029', 'U+2029']
  ] as const)
    expect(unprintableCharacter(`Dr. Katharina Wei${ch}ß`)).toBe(code)
  // nor what prints as nothing beside a name: a variation selector, a grapheme joiner, a Hangul filler, the
  // Braille blank ("Jörg Haßelbach" + U+FE0F was accepted as a second signer; attacker review)
  for (const [ch, code] of [
    ['\ufe0f', 'U+FE0F'],
    ['\u034f', 'U+034F'],
    ['\u3164', 'U+3164'],
    ['\u115f', 'U+115F'],
    ['\u2800', 'U+2800']
  ] as const)
    expect(unprintableCharacter(`Jörg Haßelbach${ch}`)).toBe(code)
  expect(sameSigner('Jörg Haßelbach', 'Jörg Haßelbach\ufe0f')).toBe(true)
  // an emoji keeps its variation selector
  expect(unprintableCharacter('Team ❤\ufe0f Support')).toBeNull()
  // the joiners scripts need stay allowed
  expect(unprintableCharacter('क्‍ष and می‌خواهم')).toBeNull()
  expect(unprintableCharacter('line one\nline two', true)).toBeNull()
})

describe('what is signed is printable: sign-off names, titles and comments', () => {
  const finalize = (over: Record<string, unknown>) =>
    REQUEST_SCHEMAS.finalizeAssessment.safeParse({
      assessmentId: 'a-1',
      assessorName: 'Jana Vogel',
      reviewerName: 'Dr. Marek Bauer',
      attestation: 'We make this attestation.',
      ...over
    })
  const form = (over: Partial<FinalizeForm>) =>
    finalizeFormSchema(0, '2026-12-07').safeParse({
      assessorName: 'Jana Vogel',
      reviewerName: 'Dr. Marek Bauer',
      periodStart: '',
      periodEnd: '',
      directed: true,
      counselName: 'Ana Lopez',
      directedOn: '2026-11-30',
      notReviewedReason: '',
      attestation: 'We make this attestation.',
      agreed: true,
      ...over
    })

  test.each([
    ['assessorName', 'Jana\u0000Vogel'],
    ['reviewerName', 'Marek\u0007Bauer'],
    ['attestation', 'We attest\u0000']
  ])('%s with a control character: refused by the finalize request and the finalize form, naming the character', (field, value) => {
    const request = finalize({ [field]: value })
    expect(request.success).toBe(false)
    expect(request.error!.issues.find((i) => i.path[0] === field)?.message).toMatch(/U\+000[07]/)
    const dialog = form({ [field]: value })
    expect(dialog.error!.issues.find((i) => i.path[0] === field)?.message).toMatch(/U\+000[07]/)
  })

  test('a bidi override cannot make the reviewer look like the assessor, nor a comment read as an approval', () => {
    // U+202E shows "hcableßaH gröJ" as "Jörg Haßelbach": refused, with the code point named
    const spoof = finalize({ assessorName: 'Jörg Haßelbach', reviewerName: '\u202ehcableßaH gröJ' })
    expect(spoof.error?.issues.find((i) => i.path[0] === 'reviewerName')?.message).toContain('U+202E')
    expect(form({ reviewerName: 'Dr. K\u202eßieW .rD' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['reviewerName'])
    for (const isolate of ['\u2066', '\u2067', '\u2068', '\u2069', '\u202a', '\u202b', '\u202c', '\u202d'])
      expect(unprintableCharacter(`Name${isolate}`), isolate).not.toBeNull()
    expect(
      REQUEST_SCHEMAS.setReview.safeParse({
        assessmentId: 'a-1',
        questionId: 'SUP-01',
        verdict: null,
        comment: 'Looks fine\u202e devorppa'
      }).success
    ).toBe(false)
    expect(EngagementInputSchema.safeParse(engagementFields({ vendorName: 'Good Vendor \u202egnp.exe' })).success).toBe(false)
    // the direction marks and joiners that right-to-left and Indic names need stay allowed
    for (const name of ['مركز\u200fالرياض', 'Acme\u200e مركز', 'می\u200cخواهم', 'क्\u200dष', 'ا\u061cب'])
      expect(finalize({ reviewerName: name }).success, name).toBe(true)
  })

  test("counsel's name and the not-reviewed reason are checked; the reason and attestation may hold line breaks", () => {
    const counsel = finalize({ counselDirection: { name: 'Ana\u0000Lopez', date: '2026-11-30' } })
    expect(counsel.error?.issues.map((i) => i.path.join('.'))).toEqual(['counselDirection.name'])
    expect(form({ counselName: 'Ana\u0000Lopez' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['counselName'])
    expect(finalize({ notReviewedReason: 'Bell\u0007' }).success).toBe(false)
    expect(finalize({ notReviewedReason: 'Reviewed outside the app.\nSee the memo.', attestation: 'Line one\nLine two' }).success).toBe(
      true
    )
    expect(form({ attestation: 'Line one\nLine two' }).success).toBe(true)
  })

  test('titles, action owners and review comments typed into requests are checked; a good name passes', () => {
    const start = (title: string) => REQUEST_SCHEMAS.startAssessment.safeParse({ engagementId: 'e-1', kind: 'annual', title })
    expect(start('Review 2026').success).toBe(true)
    expect(start('Review\u0000').error?.issues.map((i) => i.path.join('.'))).toEqual(['title'])
    expect(
      StartAssessmentFormSchema.safeParse({
        kind: 'annual',
        title: 'Review\u0000',
        periodStart: '',
        periodEnd: '',
        carry: false,
        bank: 'x'
      }).error?.issues.map((i) => i.path.join('.'))
    ).toEqual(['title'])
    const action = (owner: string) => REQUEST_SCHEMAS.setAction.safeParse({ assessmentId: 'a-1', questionId: 'SUP-01', owner })
    expect(action('Ops team').success).toBe(true)
    expect(action('Ops\u0000').error?.issues.map((i) => i.path.join('.'))).toEqual(['owner'])
    expect(
      REQUEST_SCHEMAS.setReview.safeParse({ assessmentId: 'a-1', questionId: 'SUP-01', verdict: null, comment: 'Seen.\nAgreed.' }).success
    ).toBe(true)
    expect(finalize({ assessorName: 'Łucja Kowalska', reviewerName: '山田 太郎' }).success).toBe(true)
  })
})

test('a file whose final names one person as both assessor and reviewer is refused, as finalizing refuses it (attacker review)', async () => {
  const { makeReportFixture } = await import('../fixtures/report-fixtures')
  const { readExchangeFile } = await import('@shared/exchange/validate-exchange')
  const { BUILTIN_BANKS } = await import('../fixtures/builtin-banks')
  const file = structuredClone(makeReportFixture({ status: 'final' }).file)
  const final = file.assessments.find((a) => a.status === 'final')!
  // the same name in another case (FE0F after it is refused as a character first, by the typed-field rule)
  final.signOff = { ...final.signOff!, reviewerName: final.signOff!.assessorName.toUpperCase() }
  const read = readExchangeFile(JSON.stringify(file), BUILTIN_BANKS, CHECKED_AT)
  expect(read.ok).toBe(false)
  if (read.ok) return
  expect(read.error.problems).toContainEqual({
    path: expect.stringMatching(/signOff\.reviewerName$/),
    reason: 'The assessor and the reviewer are the same person: a sign-off needs two different people'
  })
})
