import type { ScoreResult } from '../scoring/score-types'
import { withArticle } from '../scoring/law-names'

/**
 * How the laws applied read a knock-out answer. Most let one decide on its own; the Indian and UK profiles
 * treat them as evidence only (a sham or an implied contract needs more), and a report that said "on their
 * own" there would overstate the law.
 */
export type KnockOutReading = {
  /** At least one applied law (or general principles) lets a knock-out decide on its own. */
  decisiveSomewhere: boolean
  /** The applied laws under which knock-outs are evidence only, "the law of India and the United Kingdom". */
  evidenceOnlyLaws: string | null
}

export function knockOutReading(result: ScoreResult): KnockOutReading {
  const evidenceOnly = result.verdicts.filter((v) => v.profileId !== null && !v.knockOutsDecisive).map((v) => withArticle(v.name))
  return {
    decisiveSomewhere: result.verdicts.some((v) => v.knockOutsDecisive),
    evidenceOnlyLaws: evidenceOnly.length > 0 ? `the law of ${evidenceOnly.join(' and ')}` : null
  }
}
