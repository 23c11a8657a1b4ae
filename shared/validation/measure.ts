import type { RiskBand } from '../bank/vocabulary'
import { assertNever } from '../util/result'
import type { CaseOutcome } from './case-schema'

/**
 * The mapping fixed before measuring (docs/validation.md): High or Critical means the engine says a
 * court would find the client an employer (or joint or deemed employer); Low or Moderate means it would
 * not. Insufficient information does not change this: the computed band is what is compared, and the
 * count of insufficient cases is published beside it.
 */
export function predictsRelationship(band: RiskBand): boolean {
  switch (band) {
    case 'low':
    case 'moderate':
      return false
    case 'high':
    case 'critical':
      return true
    default:
      return assertNever(band)
  }
}

export function agrees(band: RiskBand, outcome: CaseOutcome): boolean {
  return predictsRelationship(band) === (outcome === 'relationship-found')
}

export type Scored = { score: number; outcome: CaseOutcome }

/**
 * Area under the ROC curve of the score against the outcome: the chance that a case where a
 * relationship was found scores higher than one where it was not, ties counting half (Mann–Whitney).
 * Null when either outcome is missing.
 */
export function aucOf(cases: readonly Scored[]): number | null {
  const found = cases.filter((c) => c.outcome === 'relationship-found').map((c) => c.score)
  const notFound = cases.filter((c) => c.outcome === 'relationship-not-found').map((c) => c.score)
  if (found.length === 0 || notFound.length === 0) return null
  let wins = 0
  for (const f of found) for (const n of notFound) wins += f > n ? 1 : f === n ? 0.5 : 0
  return wins / (found.length * notFound.length)
}

export type Agreement = { agreed: number; total: number; ratio: number | null }

export function agreementOf(results: readonly { agree: boolean }[]): Agreement {
  const agreed = results.filter((r) => r.agree).length
  return { agreed, total: results.length, ratio: results.length === 0 ? null : agreed / results.length }
}
