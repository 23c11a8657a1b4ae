import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { Assessment, AssessmentStatus } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { bodyKey, refOf } from '@shared/store/store-index'
import type { StoreDoc } from '@shared/store/store-schema'
import { STORE_SCHEMA_VERSION, DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { benchAssessment, benchEngagement } from '../bench/data'

/*
 * What the result-summary tests share: a store as version 4 wrote it (index refs without summaries,
 * one body per assessment), and assessments with varied answers, dates, statuses and banks.
 */

/** The index text and bodies a version-4 app left for `doc` (every body at revision 1). */
export function v4Store(doc: StoreDoc): { index: string; bodies: Map<string, string> } {
  const index = {
    schemaVersion: 4,
    generation: 1,
    engagements: doc.engagements,
    // refOf without banks: the refs of version 4, no result summary
    assessments: doc.assessments.map((a) => refOf(a, 1)),
    settings: doc.settings,
    customBanks: doc.customBanks
  }
  return { index: JSON.stringify(index), bodies: new Map(doc.assessments.map((a) => [bodyKey(a.id, 1), JSON.stringify(a)])) }
}

/** How one generated assessment differs from the bench's fully answered one. */
export type AssessmentSpec = {
  status: AssessmentStatus
  /** Per mille of the questions kept answered: 0 is "Not assessed", a little is "Insufficient information". */
  answered: number
  /** Pinned to a bank this store does not have (it then cannot be scored). */
  bankMissing: boolean
  createdDay: number
  updatedDays: number
  finalizedDay: number
}

export type EngagementSpec = { archived: boolean; assessments: AssessmentSpec[] }

const iso = (day: number, hour = 9): string => new Date(Date.UTC(2024, 0, 1 + day, hour)).toISOString()

export function specAssessment(engagement: Engagement, cycle: number, spec: AssessmentSpec): Assessment {
  const base = benchAssessment(engagement, cycle, spec.status)
  const answers = Object.fromEntries(Object.entries(base.answers).filter((_, n) => (n * 389) % 1000 < spec.answered))
  const a: Assessment = {
    ...base,
    answers,
    bank: spec.bankMissing ? { id: 'acme-internal', version: '3' } : base.bank,
    createdAt: iso(spec.createdDay),
    updatedAt: iso(spec.createdDay + spec.updatedDays, 10)
  }
  return a.signOff ? { ...a, signOff: { ...a.signOff, finalizedAt: iso(spec.finalizedDay, 16) } } : a
}

/** A whole store from specs: engagement i gets the bench engagement i (archived when asked). */
export function specStore(specs: readonly EngagementSpec[]): StoreDoc {
  const engagements = specs.map((s, i) => ({ ...benchEngagement(i + 1), status: s.archived ? ('archived' as const) : ('active' as const) }))
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    engagements,
    assessments: specs.flatMap((s, i) => s.assessments.map((spec, cycle) => specAssessment(engagements[i]!, cycle, spec))),
    settings: { ...DEFAULT_SETTINGS },
    customBanks: []
  }
}

/** A few assessments covering every state the portfolio tells apart. */
export const VARIED: EngagementSpec[] = [
  {
    archived: false,
    assessments: [
      { status: 'final', answered: 1000, bankMissing: false, createdDay: 0, updatedDays: 5, finalizedDay: 10 },
      { status: 'final', answered: 1000, bankMissing: false, createdDay: 300, updatedDays: 5, finalizedDay: 320 },
      { status: 'draft', answered: 300, bankMissing: false, createdDay: 600, updatedDays: 2, finalizedDay: 0 }
    ]
  },
  { archived: false, assessments: [{ status: 'draft', answered: 0, bankMissing: false, createdDay: 20, updatedDays: 1, finalizedDay: 0 }] },
  {
    archived: false,
    assessments: [{ status: 'in-review', answered: 50, bankMissing: false, createdDay: 40, updatedDays: 3, finalizedDay: 0 }]
  },
  {
    archived: false,
    assessments: [{ status: 'draft', answered: 900, bankMissing: true, createdDay: 60, updatedDays: 3, finalizedDay: 0 }]
  },
  {
    archived: true,
    assessments: [{ status: 'final', answered: 1000, bankMissing: false, createdDay: 80, updatedDays: 3, finalizedDay: 90 }]
  },
  { archived: false, assessments: [] }
]

export { DEFAULT_BANK }
