import { ARMSLENGTH_CORE_2026_1_JSON } from '@shared/bank/archive/armslength-core-2026-1'
import { QuestionBankSchema, type QuestionBank } from '@shared/bank/bank-schema'
import { profilesFor } from '@shared/bank/profiles-for'
import { signAssessment } from '@shared/integrity/fingerprint'
import type { Answer, Assessment } from '@shared/schemas/assessment'
import { STORE_INDEX_VERSION, bodyKey, refOf } from '@shared/store/store-index'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { CORE_BANK } from '@shared/bank/core-bank'
import { benchAssessment, benchEngagement } from '../bench/data'

/*
 * A store holding assessments answered under the archived release 2026.1, written as the app writes
 * one (index version 5 with current summaries, one body each). The 2026.1 bank is parsed here from
 * the archive's text directly, apart from the app's bank source, so a test can tell whether the app
 * loaded it.
 */

/** The 2026.1 release, read straight from its archive text (not through shared/bank/bank-source.ts). */
export const V1_BANK: QuestionBank = QuestionBankSchema.parse(JSON.parse(ARMSLENGTH_CORE_2026_1_JSON))
/** Every built-in bank as the expected values are computed with them. */
export const EXPECTED_BANKS: readonly QuestionBank[] = [CORE_BANK, V1_BANK]

export const ENGAGEMENT = benchEngagement(1)

function v1Assessment(cycle: number): Assessment {
  const base = benchAssessment(ENGAGEMENT, cycle, 'draft')
  const answers: Record<string, Answer> = {}
  V1_BANK.questions.forEach((q, n) => {
    answers[q.id] = { choice: q.options[(n + cycle) % q.options.length]!.id, answeredAt: base.createdAt }
  })
  return {
    ...base,
    bank: { id: V1_BANK.id, version: V1_BANK.version },
    profiles: profilesFor(V1_BANK, ENGAGEMENT),
    answers,
    reviews: {},
    actions: {}
  }
}

/** A signed-off 2026.1 assessment, and a later 2026.1 draft: the engagement's latest. */
export const V1_FINAL: Assessment = signAssessment(
  v1Assessment(0),
  {
    assessorName: 'Zofia Wiśniewska',
    reviewerName: 'Dr. Jürgen Müller',
    attestation: 'We confirm that the answers describe how this engagement operates in practice.',
    finalizedAt: '2021-11-28T16:30:00.000Z'
  },
  ENGAGEMENT,
  V1_BANK,
  []
)
export const V1_DRAFT: Assessment = v1Assessment(1)

/** The store's index text and bodies. */
export function v1Store(): { index: string; bodies: Map<string, string> } {
  const assessments = [V1_FINAL, V1_DRAFT]
  const index = {
    schemaVersion: STORE_INDEX_VERSION,
    generation: 1,
    engagements: [ENGAGEMENT],
    assessments: assessments.map((a) => refOf(a, 1, EXPECTED_BANKS)),
    settings: { ...DEFAULT_SETTINGS },
    customBanks: [],
    backedUpGeneration: 1
  }
  return { index: JSON.stringify(index), bodies: new Map(assessments.map((a) => [bodyKey(a.id, 1), JSON.stringify(a)])) }
}
