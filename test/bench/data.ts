import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { Option } from '@shared/bank/bank-schema'
import { profilesFor } from '@shared/bank/profiles-for'
import { BUNDLE_FORMAT, EXCHANGE_FORMAT_VERSION, type Bundle, type EngagementRecord } from '@shared/exchange/exchange-schemas'
import { signAssessment } from '@shared/integrity/fingerprint'
import type { Answer, Assessment, AssessmentStatus } from '@shared/schemas/assessment'
import type { CountryCode } from '@shared/schemas/countries'
import type { Engagement, ServiceId } from '@shared/schemas/engagement'
import { STORE_SCHEMA_VERSION, DEFAULT_SETTINGS, type StoreDoc } from '@shared/store/store-schema'

/**
 * Generated data of the sizes PRODUCT.md's budgets name. Deterministic (no randomness, no clock), so
 * every run measures the same bytes and the crash test's parent and child agree on what was written.
 *
 * A stored assessment here is a realistic finished cycle, lighter than the report fixture: every question
 * of the bank answered (contract side too), a note on every third answer, evidence on every eighth,
 * review verdicts on half, action owners on a fifth. Finals carry a correct sign-off fingerprint.
 */

const VENDORS = [
  'Łódź Services Sp. z o.o.',
  'Çağrı Merkezi A.Ş.',
  'Ñandú BPO S.A.',
  'Αθήνα Support ΑΕ',
  'Пётр и Партнёры ООО',
  'Acme Contact Centres Ltd',
  'Cebu Harbour BPO Inc.',
  'München Kundenservice GmbH'
]
const COUNTRIES: readonly (readonly CountryCode[])[] = [['PL'], ['PH'], ['IN', 'PH'], ['DE'], ['MX'], ['BR'], ['GB', 'IN'], ['US']]
const SERVICES: readonly ServiceId[] = [
  'customer-support',
  'technical-support',
  'collections',
  'back-office',
  'it-helpdesk',
  'content-moderation'
]
const STATUSES: readonly AssessmentStatus[] = ['final', 'final', 'final', 'final', 'draft']

const pad = (n: number, width = 4): string => String(n).padStart(width, '0')
const day = (year: number, n: number): string => `${year}-${pad(1 + (n % 12), 2)}-${pad(1 + (n % 28), 2)}`

export function benchEngagement(i: number): Engagement {
  const countries = [...(COUNTRIES[i % COUNTRIES.length] as readonly CountryCode[])]
  return {
    id: `eng-${pad(i)}`,
    status: i % 17 === 0 ? 'archived' : 'active',
    vendorName: `${VENDORS[i % VENDORS.length]} ${i}`,
    name: `Engagement ${i}: ${SERVICES[i % SERVICES.length]} for region ${i % 7}`,
    services: [SERVICES[i % SERVICES.length] as ServiceId, ...(i % 3 === 0 ? ['sales' as const] : [])],
    deliveryCountries: countries,
    sites: countries.map((country, k) => ({
      country,
      site: `Site ${k + 1} — ${VENDORS[(i + k) % VENDORS.length]?.slice(0, 20).trimEnd()}`
    })),
    clientUsStates: i % 4 === 0 ? ['CA'] : [],
    deliveryLocation: (['vendor-premises', 'client-premises', 'remote', 'mixed'] as const)[i % 4] ?? 'mixed',
    staffing: i % 2 === 0 ? 'dedicated' : 'shared',
    headcount: 20 + ((i * 37) % 900),
    contractStart: day(2019, i),
    contractEnd: day(2028, i),
    contractReference: `MSA-${2019 + (i % 6)}-${pad(i)}`,
    owner: i % 5 === 0 ? 'Zoë Kowalczyk' : 'Procurement',
    notes: i % 2 === 0 ? `Moved from the in-house team in ${2019 + (i % 6)}; governance meets monthly.` : '',
    reviewIntervalMonths: 12,
    createdAt: `2020-01-${pad(1 + (i % 28), 2)}T09:00:00.000Z`,
    updatedAt: `2025-06-${pad(1 + (i % 28), 2)}T09:00:00.000Z`
  }
}

/** Mostly low-risk answers with some drift, never a red flag unless `risky`. */
function pickOption(options: readonly Option[], seed: number, risky: boolean): Option {
  const pool = risky ? [...options] : options.filter((o) => !o.redFlag)
  const sorted = (pool.length > 0 ? pool : [...options]).sort((a, b) => a.risk - b.risk)
  const level = seed % 7
  return sorted[Math.min(level < 4 ? 0 : level < 6 ? 1 : 2, sorted.length - 1)] as Option
}

/** `earlier`: the engagement's assessments before this one, which a final's sign-off records (scheme 3). */
export function benchAssessment(
  engagement: Engagement,
  cycle: number,
  status: AssessmentStatus = STATUSES[cycle] ?? 'draft',
  earlier: readonly Assessment[] = []
): Assessment {
  const bank = DEFAULT_BANK
  const year = 2021 + cycle
  const answers: Record<string, Answer> = {}
  const reviews: Assessment['reviews'] = {}
  const actions: Assessment['actions'] = {}
  bank.questions.forEach((q, n) => {
    const seed = n * 3 + cycle * 5 + engagement.headcount
    const answer: Answer = { choice: pickOption(q.options, seed, seed % 41 === 0).id, answeredAt: `${year}-10-15T10:00:00.000Z` }
    if (q.contract) answer.contractChoice = pickOption(q.contract.options, seed + 2, false).id
    if (n % 3 === 0) answer.note = `Confirmed with the site lead (${q.id}, cycle ${cycle}); practice matches the governance minutes.`
    if (n % 8 === 0)
      answer.evidence = [{ title: `Governance minutes ${q.id}`, location: 'SharePoint › Vendor governance', date: `${year}-09-30` }]
    answers[q.id] = answer
    if (status !== 'draft' && n % 2 === 0)
      reviews[q.id] = { verdict: n % 10 === 0 ? 'to-improve' : 'acceptable', comment: '', at: `${year}-11-01T12:00:00.000Z` }
    if (n % 5 === 0) actions[q.id] = { owner: 'Maria Nowak', targetDate: `${year + 1}-03-31` }
  })
  const assessment: Assessment = {
    id: `${engagement.id}-a${cycle}`,
    engagementId: engagement.id,
    kind: 'annual',
    title: `Annual review ${year}`,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    bank: { id: bank.id, version: bank.version },
    profiles: profilesFor(bank, engagement),
    status,
    answers,
    reviews,
    actions,
    assessorName: 'Zofia Wiśniewska',
    reviewerName: status === 'draft' ? '' : 'Dr. Jürgen Müller',
    createdAt: `${year}-10-01T09:00:00.000Z`,
    updatedAt: `${year}-11-20T09:00:00.000Z`
  }
  if (status !== 'final') return assessment
  return signAssessment(
    assessment,
    {
      assessorName: assessment.assessorName,
      reviewerName: assessment.reviewerName,
      attestation: 'We confirm that the answers describe how this engagement operates in practice.',
      finalizedAt: `${year}-11-28T16:30:00.000Z`
    },
    engagement,
    bank,
    earlier
  )
}

export function benchRecord(i: number, assessments: number): EngagementRecord {
  const engagement = benchEngagement(i)
  const made: Assessment[] = []
  for (let cycle = 0; cycle < assessments; cycle++) made.push(benchAssessment(engagement, cycle, undefined, made))
  return { engagement, assessments: made }
}

/** The store of the load/save budget: `engagements` × `perEngagement` assessments. */
export function benchStore(engagements = 1000, perEngagement = 5, firstIndex = 0): StoreDoc {
  const records = Array.from({ length: engagements }, (_, k) => benchRecord(firstIndex + k, perEngagement))
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    engagements: records.map((r) => r.engagement),
    assessments: records.flatMap((r) => r.assessments),
    settings: { ...DEFAULT_SETTINGS },
    customBanks: []
  }
}

/** An export bundle as the app writes it (import input for the crash test). */
export function benchBundle(engagements: number, perEngagement: number, firstIndex: number): Bundle {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    exportedAt: '2026-11-25T10:00:00.000Z',
    engagements: Array.from({ length: engagements }, (_, k) => benchRecord(firstIndex + k, perEngagement))
  }
}
