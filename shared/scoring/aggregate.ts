import type { ScoringRules } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import type { ScoringContext } from './applicable'
import { bandFor, maxBand, roundScore } from './bands'
import type { QuestionEval } from './evaluate'
import type { Amplification, AmplifierContribution, OverallScore, SectionScore } from './score-types'

// Amplify values are decimals such as 0.1 and 0.2; rounding their binary sum keeps 0.1 + 0.2 from
// reading as just over a 0.3 cap. Rounding is monotone, so a riskier answer still never lowers a score.
function decimalSum(sum: number): number {
  return Math.round(sum * 1e9) / 1e9
}

type Scored = { rawScore: number; amplifiedScore: number; score: number; redFlagFloorApplied: boolean }

/**
 * The score arithmetic shared by the overall and section scores:
 * raw = 100 × points / max; amplified = min(100, 100 × (control × factor + structural) / max);
 * with a red flag, score = max(amplified, High threshold).
 */
function scoreOf(
  control: number,
  structural: number,
  maxPoints: number,
  factor: number,
  redFlagged: boolean,
  floor: number
): Scored {
  const rawScore = maxPoints > 0 ? Math.min(100, (100 * (control + structural)) / maxPoints) : 0
  // Structural tests stand apart from day-to-day control, so amplifiers lift control points only.
  const amplifiedScore = maxPoints > 0 ? Math.min(100, (100 * (control * factor + structural)) / maxPoints) : 0
  const redFlagFloorApplied = redFlagged && amplifiedScore < floor
  return { rawScore, amplifiedScore, score: redFlagFloorApplied ? floor : amplifiedScore, redFlagFloorApplied }
}

function presented(score: number, redFlagged: boolean, rules: ScoringRules): { rounded: number; band: RiskBand } {
  const rounded = roundScore(score)
  const band = bandFor(rounded, rules)
  // The floor already lifts the score; this also holds for a High bound finer than one decimal.
  return { rounded, band: redFlagged ? maxBand(band, 'high') : band }
}

export type OverallTotals = { overall: OverallScore; redFlagCount: number; amplification: number }

/** The overall score. Remediation calls this once per candidate change, so it stays one flat pass. */
export function overallFrom(context: ScoringContext, evals: readonly QuestionEval[]): OverallTotals {
  const { bank, highFloor } = context.index
  let control = 0
  let structural = 0
  let amplifySum = 0
  let redFlagCount = 0
  for (const e of evals) {
    if (e.info.structural) structural += e.points
    else control += e.points
    amplifySum += e.amplify
    redFlagCount += e.redFlagCount
  }
  const amplification = Math.min(decimalSum(amplifySum), bank.scoring.maxAmplification)
  const scored = scoreOf(control, structural, context.totalMaxPoints, 1 + amplification, redFlagCount > 0, highFloor)
  const overall: OverallScore = {
    score: scored.score,
    ...presented(scored.score, redFlagCount > 0, bank.scoring),
    rawScore: scored.rawScore,
    amplifiedScore: scored.amplifiedScore,
    redFlagFloorApplied: scored.redFlagFloorApplied,
    points: control + structural,
    maxPoints: context.totalMaxPoints
  }
  return { overall, redFlagCount, amplification }
}

export function amplificationOf(context: ScoringContext, evals: readonly QuestionEval[]): Amplification {
  const contributors: AmplifierContribution[] = []
  let uncapped = 0
  for (const e of evals) {
    uncapped += e.amplify
    if (e.amplify > 0 && e.practice) {
      contributors.push({ questionId: e.info.question.id, optionId: e.practice.id, amplify: e.amplify })
    }
  }
  const max = context.index.bank.scoring.maxAmplification
  const sum = decimalSum(uncapped)
  return { total: Math.min(sum, max), uncapped: sum, max, capped: sum > max, contributors }
}

export function sectionsFrom(
  context: ScoringContext,
  evals: readonly QuestionEval[],
  amplification: number
): SectionScore[] {
  const { sectionIds, sectionAmplified, highFloor, bank } = context.index
  const control = sectionIds.map(() => 0)
  const structural = sectionIds.map(() => 0)
  const redFlags = sectionIds.map(() => 0)
  const visible = sectionIds.map(() => 0)
  for (const e of evals) {
    const s = e.info.sectionIndex
    if (e.info.structural) structural[s] = (structural[s] ?? 0) + e.points
    else control[s] = (control[s] ?? 0) + e.points
    redFlags[s] = (redFlags[s] ?? 0) + e.redFlagCount
    if (e.visible) visible[s] = (visible[s] ?? 0) + 1
  }
  return sectionIds.map((sectionId, s) => {
    const amplified = sectionAmplified[s] === true
    const redFlagCount = redFlags[s] ?? 0
    const maxPoints = context.sectionMaxPoints[s] ?? 0
    const points = (control[s] ?? 0) + (structural[s] ?? 0)
    const factor = amplified ? 1 + amplification : 1
    const scored = scoreOf(control[s] ?? 0, structural[s] ?? 0, maxPoints, factor, redFlagCount > 0, highFloor)
    return {
      sectionId,
      score: scored.score,
      ...presented(scored.score, redFlagCount > 0, bank.scoring),
      rawScore: scored.rawScore,
      points,
      maxPoints,
      redFlagCount,
      visibleCount: visible[s] ?? 0,
      amplified
    }
  })
}
