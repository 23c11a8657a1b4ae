import { describe, expect, test } from 'vitest'
import { REQUEST_SCHEMAS } from '@shared/ipc/request-schemas'
import { EngagementInputSchema } from '@shared/schemas/engagement'
import { finalizeFormSchema, sameSigner } from '@shared/schemas/finalize-form'
import { assessmentTypedFields, typedFieldProblems } from '@shared/schemas/typed-fields'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { engagementFields } from '../helpers/engagement-fields'

const finalize = (over: Record<string, unknown>) =>
  REQUEST_SCHEMAS.finalizeAssessment.safeParse({
    assessmentId: 'a-1',
    assessorName: 'Anna Nowak',
    reviewerName: 'Dr. Marek Bauer',
    attestation: 'We make this attestation.',
    ...over
  })
const form = (over: Record<string, unknown>) =>
  finalizeFormSchema(0, '2026-12-07').safeParse({
    assessorName: 'Anna Nowak',
    reviewerName: 'Dr. Marek Bauer',
    periodStart: '',
    periodEnd: '',
    directed: false,
    counselName: '',
    directedOn: '',
    notReviewedReason: '',
    attestation: 'We attest.',
    agreed: true,
    ...over
  })
const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`)

// "Аnna" with a Cyrillic capital A (U+0410), "Nоwak" with a Cyrillic o (U+043E), "Μarek" with a Greek capital Mu (U+039C)
const CYRILLIC_A = 'Аnna Nowak'
const CYRILLIC_O = 'Anna Nоwak'
const GREEK_MU = 'Dr. Μarek Bauer'

describe('a person name mixing Latin, Cyrillic and Greek letters in one word is refused', () => {
  test('a reviewer "Аnna Nowak" (Cyrillic А) cannot sign as a second person beside the assessor "Anna Nowak"', () => {
    expect(messages(finalize({ reviewerName: CYRILLIC_A }))).toEqual([
      'reviewerName: The word "Аnna" mixes Latin and Cyrillic letters ("А" is Cyrillic), so it can pass for another name; write each word in one script'
    ])
    // the form also compares the two signers, and reads "Аnna Nowak" as the assessor's "Anna Nowak"
    expect(messages(form({ reviewerName: CYRILLIC_A }))).toEqual([
      'reviewerName: The reviewer must be a different person from the assessor',
      ...messages(finalize({ reviewerName: CYRILLIC_A }))
    ])
    expect(messages(finalize({ assessorName: CYRILLIC_O }))[0]).toMatch(/^assessorName: The word "Nоwak" mixes Latin and Cyrillic/)
    expect(messages(finalize({ reviewerName: GREEK_MU }))[0]).toMatch(
      /^reviewerName: The word "Μarek" mixes Latin and Greek letters \("Μ" is Greek\)/
    )
  })

  test("every one-line person name: counsel, the assessment's names, an action's owner, the engagement's owner", () => {
    expect(messages(finalize({ counselDirection: { name: CYRILLIC_A, date: '2026-11-30' } }))[0]).toMatch(
      /^counselDirection\.name: The word "Аnna"/
    )
    expect(messages(form({ directed: true, counselName: CYRILLIC_A, directedOn: '2026-11-30' }))[0]).toMatch(
      /^counselName: The word "Аnna"/
    )
    const details = REQUEST_SCHEMAS.updateAssessmentDetails.safeParse({
      assessmentId: 'a-1',
      title: 'Review',
      assessorName: CYRILLIC_O,
      reviewerName: ''
    })
    expect(messages(details)[0]).toMatch(/^assessorName: The word "Nоwak"/)
    const action = REQUEST_SCHEMAS.setAction.safeParse({ assessmentId: 'a-1', questionId: 'SUP-01', owner: GREEK_MU })
    expect(messages(action)[0]).toMatch(/^owner: The word "Μarek"/)
    expect(messages(EngagementInputSchema.safeParse(engagementFields({ owner: CYRILLIC_A })))[0]).toMatch(/^owner: The word "Аnna"/)
  })

  test('a file is refused the same way, at the sign-off field', () => {
    const signed = makeReportFixture({ status: 'final' }).input.assessment
    const forged = { ...signed, signOff: { ...signed.signOff!, reviewerName: CYRILLIC_A } }
    expect(typedFieldProblems(assessmentTypedFields(forged), 'assessments[0]')).toEqual([
      {
        path: 'assessments[0].signOff.reviewerName',
        reason:
          'The word "Аnna" mixes Latin and Cyrillic letters ("А" is Cyrillic), so it can pass for another name; write each word in one script'
      }
    ])
  })

  test('names wholly in one script stay accepted, and so do words of different scripts side by side', () => {
    for (const name of [
      'Пётр Ильич Соколов',
      'Αλέξανδρος Παπαδόπουλος',
      '王小明',
      '山田 太郎',
      '김민준',
      'محمد الأحمد',
      'דוד כהן',
      'राहुल शर्मा',
      'Zoë Kowalczyk',
      "Dr. Jürgen Weiß-O'Neill",
      'Anna Пётрова',
      'Nikos Παπαδόπουλος'
    ]) {
      expect(finalize({ reviewerName: name }).success, name).toBe(true)
      expect(form({ reviewerName: name }).success, name).toBe(true)
      expect(EngagementInputSchema.safeParse(engagementFields({ owner: name })).success, name).toBe(true)
    }
  })

  test('other one-line fields are not names: a vendor or a site may mix scripts (a brand, a transliteration)', () => {
    expect(EngagementInputSchema.safeParse(engagementFields({ vendorName: 'Ωmega Support GmbH' })).success).toBe(true)
  })
})

describe('a name wholly in Cyrillic or Greek that looks Latin is the same signer', () => {
  test('"ТОМ КЕМР" (all Cyrillic) and "ΤΟΜ ΚΕΜΡ" (all Greek) sign as "TOM KEMP", so not as a second person', () => {
    for (const lookalike of ['ТОМ КЕМР', 'ΤΟΜ ΚΕΜΡ', 'Сеса Рорра']) {
      const latin = lookalike === 'Сеса Рорра' ? 'Ceca Poppa' : 'TOM KEMP'
      expect(finalize({ assessorName: latin, reviewerName: lookalike }).success, lookalike).toBe(true) // each name alone is fine
      expect(sameSigner(latin, lookalike), lookalike).toBe(true)
      expect(messages(form({ assessorName: latin, reviewerName: lookalike }))).toEqual([
        'reviewerName: The reviewer must be a different person from the assessor'
      ])
    }
  })

  test('look-alikes from all of Unicode’s confusables data, not only Cyrillic and Greek (attacker review)', () => {
    for (const [name, lookalike] of [
      ['TOM KEMP', 'ꓔꓳꓟ ꓗꓰꓟꓑ'], // all Lisu
      ['NICO ROSS', 'ΝΙϹΟ ROSS'], // Greek lunate sigma Ϲ and capital iota Ι
      ['anna nowak', 'anna nowɑk'], // Latin alpha
      ['Tomasz Wojcik', 'Tomasz Wojcık'], // dotless i
      ['Hannah Okafor', 'Hannah Օkafor'], // Armenian capital oh
      ['Jörg Haßelbach', 'ꓙörg Haßelbach'] // Lisu ꓙ
    ] as const)
      expect(sameSigner(name, lookalike), lookalike).toBe(true)
  })

  test('a word mixing Latin with Lisu or Armenian letters is refused as a name', () => {
    for (const [name, odd] of [
      ['Hannah ꓳkafor', 'Lisu'],
      ['Hannah Օkafor', 'Armenian']
    ] as const) {
      const problems = messages(finalize({ reviewerName: name }))
      expect(problems.join(' '), name).toContain(`mixes Latin and ${odd} letters`)
    }
  })

  test('names that only transliterate each other stay two people', () => {
    expect(sameSigner('Petr Sokolov', 'Пётр Соколов')).toBe(false)
    expect(sameSigner('Nikos Papadopoulos', 'Νίκος Παπαδόπουλος')).toBe(false)
  })
})

describe('direction marks in one-line fields: only among right-to-left letters, never beside digits', () => {
  const vendor = (vendorName: string) => messages(EngagementInputSchema.safeParse(engagementFields({ vendorName })))
  const reference = (contractReference: string) => messages(EngagementInputSchema.safeParse(engagementFields({ contractReference })))

  test('a mark in text without right-to-left letters is refused, saying which mark', () => {
    expect(vendor('Acme\u200fCorp')).toEqual([
      'vendorName: Contains a direction mark (U+200F) but no right-to-left letters, where it can only change what the screen shows; remove it'
    ])
    expect(messages(finalize({ reviewerName: 'Anna Nowak\u200e' }))[0]).toMatch(/^reviewerName: Contains a direction mark \(U\+200E\)/)
  })

  test('a mark beside digits, or with only spaces and punctuation between, is refused: it reorders them on screen', () => {
    for (const text of ['عقد 2022\u200f-014', 'عقد \u200f2022 014', 'عقد \u200f 2022 014', 'عقد 2022 014 \u061c'])
      expect(reference(text)[0], JSON.stringify(text)).toMatch(
        /^contractReference: Contains a direction mark \(U\+(200F|061C)\) beside digits/
      )
  })

  test('a mark placing right-to-left words, with letters between it and any digit, stays accepted', () => {
    for (const text of ['مركز\u200fالرياض', 'مركز الرياض\u200f Ltd', 'עסקה\u200e MSA 2022', 'ا\u061cب'])
      expect(reference(text), text).toEqual([])
  })
})

describe('Latin letters drawn like other Latin letters, and marks over them (attacker review, final pass)', () => {
  test('"lan Li", "Mı̇ra Ito" and "Ernma Stone" are the same signers as "Ian Li", "Mira Ito" and "Emma Stone"', () => {
    expect(sameSigner('Ian Li', 'lan Li')).toBe(true)
    expect(sameSigner('Mira Ito', 'M\u0131\u0307ra Ito')).toBe(true)
    expect(sameSigner('Emma Stone', 'Ernma Stone')).toBe(true)
  })

  test('different names stay two people: another letter, another name', () => {
    expect(sameSigner('Maria Rossi', 'Marla Rossi')).toBe(false)
    expect(sameSigner('Ian Li', 'Ivan Li')).toBe(false)
    expect(sameSigner('Anna Nowak', 'Hanna Nowak')).toBe(false)
  })
})
