import fc from 'fast-check'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { Answer, Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { signAssessment } from '@shared/integrity/fingerprint'
import { engagementFields } from './engagement-fields'
import { CHECKED_AT } from './checked-at'

const names = fc.constantFrom(
  'Łódź Services Sp. z o.o.',
  'Çağrı Merkezi A.Ş.',
  'Ñandú BPO S.A.',
  'Αθήνα Support ΑΕ',
  'Пётр и Партнёры',
  'Acme Corp'
)
// up to the test clock's time: an import refuses a sign-off dated after now
const ts = fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse(CHECKED_AT) }).map((n) => new Date(n).toISOString())

const answerFor = (q: (typeof DEFAULT_BANK.questions)[number]): fc.Arbitrary<Answer> =>
  fc
    .record(
      {
        choice: fc.constantFrom(...q.options.map((o) => o.id)),
        contractChoice: q.contract ? fc.constantFrom(...q.contract.options.map((o) => o.id)) : fc.constant(undefined),
        unsure: fc.constantFrom(true, undefined),
        note: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 40 }))
      },
      { requiredKeys: ['choice'] }
    )
    .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Answer)

export const answersArb: fc.Arbitrary<Record<string, Answer>> = fc
  .subarray(DEFAULT_BANK.questions.slice(0, 30), { maxLength: 12 })
  .chain((qs) =>
    qs.length === 0 ? fc.constant({}) : fc.tuple(...qs.map(answerFor)).map((as) => Object.fromEntries(qs.map((q, i) => [q.id, as[i]!])))
  )

/** A valid engagement record: a random engagement with 0–3 assessments (finals correctly fingerprinted). */
export const recordArb = (id: string): fc.Arbitrary<EngagementRecord> =>
  fc
    .record({
      vendorName: names,
      headcount: fc.nat(5000),
      created: ts,
      assessments: fc.array(fc.record({ answers: answersArb, final: fc.boolean(), created: ts }), { maxLength: 3 })
    })
    .map(({ vendorName, headcount, created, assessments }) => {
      const engagement: Engagement = {
        ...engagementFields({ vendorName, headcount }),
        id,
        status: 'active',
        createdAt: created,
        updatedAt: created
      }
      return {
        engagement,
        assessments: assessments.map((a, i): Assessment => {
          const base: Assessment = {
            id: `${id}-a${i}`,
            engagementId: id,
            kind: 'annual',
            title: '',
            bank: { id: DEFAULT_BANK.id, version: DEFAULT_BANK.version },
            profiles: [],
            status: a.final ? 'final' : 'draft',
            answers: a.answers,
            reviews: {},
            actions: {},
            assessorName: '',
            reviewerName: '',
            createdAt: a.created,
            updatedAt: a.created
          }
          if (!a.final) return base
          return signAssessment(
            base,
            { assessorName: 'A', reviewerName: 'R', attestation: 'I attest', finalizedAt: a.created },
            engagement,
            DEFAULT_BANK,
            []
          )
        })
      }
    })

export const recordsArb = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => recordArb(`eng-${i}`))))
