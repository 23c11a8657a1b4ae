import type { QuestionBank } from '../bank/bank-schema'
import type { ScoreResult } from '../scoring/score-types'
import { BAND_LABELS, formatPercent, formatScore, plural } from './labels'
import type { Recommendation, RecommendationView } from './report-types'

export const RECOMMENDATION_HEADLINES: Readonly<Record<Recommendation, string>> = {
  escalate: 'Escalate to employment counsel',
  remediate: 'Remediate, then re-assess',
  accept: 'Accept, with routine monitoring'
}

/**
 * The report's recommendation, from the score alone so it is reproducible:
 * - escalate to counsel when any red flag fired or the overall band is Critical;
 * - otherwise remediate when the band is High or Moderate, or any contract-vs-practice gap exists;
 * - otherwise (Low, no gaps) accept.
 * Whatever the outcome, it is marked provisional when coverage is below the bank's threshold,
 * because unanswered or unsure questions may hide risk.
 */
export function recommendationKind(result: ScoreResult): Recommendation {
  const band = result.overall.band
  if (result.redFlags.length > 0 || band === 'critical') return 'escalate'
  if (band === 'high' || band === 'moderate' || result.gaps.length > 0) return 'remediate'
  return 'accept'
}

export function recommend(result: ScoreResult, bank: QuestionBank): RecommendationView {
  const kind = recommendationKind(result)
  const band = BAND_LABELS[result.overall.band]
  const reasons: string[] = []
  if (result.redFlags.length > 0) {
    reasons.push(`${plural(result.redFlags.length, 'red flag')} fired: knock-out answers that courts and agencies treat as strong evidence of joint employment on their own.`)
  }
  if (result.overall.redFlagFloorApplied) {
    reasons.push(`Red flags hold the score at the High threshold (${result.overall.rounded.toFixed(1)}); the answers alone score ${formatScore(result.overall.amplifiedScore)}.`)
  } else if (result.overall.band === 'critical') reasons.push(`The overall score is in the Critical band (${result.overall.rounded.toFixed(1)}).`)
  else if (kind !== 'accept') reasons.push(`The overall score is ${result.overall.rounded.toFixed(1)}, in the ${band} band.`)
  if (result.gaps.length > 0) {
    reasons.push(`${plural(result.gaps.length, 'contract-vs-practice gap')}: day-to-day practice is riskier than the contract describes.`)
  }
  if (kind === 'accept') reasons.push(`The overall score is ${result.overall.rounded.toFixed(1)}, in the Low band, with no red flags and no contract-vs-practice gaps.`)
  if (kind === 'escalate') reasons.push('Counsel should review the findings below before the action plan is agreed.')
  if (kind === 'remediate') reasons.push('Carry out the action plan, starting with the changes that remove the most risk, and re-assess.')
  const provisional = result.provisional
  const provisionalNote = provisional
    ? `Provisional: only ${formatPercent(result.coverage.ratio)} of the applicable questions are settled (the bank requires ${formatPercent(bank.scoring.coverageThreshold)}). Unanswered and unsure questions may hide risk; complete them before relying on this recommendation.`
    : null
  return { kind, headline: RECOMMENDATION_HEADLINES[kind], reasons, provisional, provisionalNote }
}
