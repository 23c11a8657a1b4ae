import type { ScoringRules } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import type { ScoringContext } from './applicable'
import { bandFor, liftScore, maxBand, roundScore, topOfBand } from './bands'
import type { ResolvedRule, Scope } from './decisive'
import { firedGroup, liftBands } from './decisive'
import { settles } from './coverage'
import type { QuestionEval } from './evaluate'
import type { Amplification, AmplifierContribution, OverallScore, SectionScore, SufficiencyStatus } from './score-types'

// Amplify values are decimals such as 0.1 and 0.2; rounding their binary sum keeps 0.1 + 0.2 from
// reading as just over a 0.3 cap. Rounding is monotone, so a riskier answer still never lowers a score.
function decimalSum(sum: number): number {
  return Math.round(sum * 1e9) / 1e9
}

type Scored = { rawScore: number; amplifiedScore: number }

/**
 * The answers-alone arithmetic shared by the overall and section scores:
 * raw = 100 × (control + structural) / max, and amplifiers close part of the distance to 100 in
 * proportion to the control share: amplified = raw + amplification × rawControl × (100 − raw) / 100.
 * Bounded by 100 without a cap, so removing any point always lowers the score (a cap made the top of the
 * scale flat, and remediation steps there showed −0.0); non-decreasing in every point and in the
 * amplification while amplification ≤ 1 (the bank schema's limit).
 */
function scoreOf(control: number, structural: number, maxPoints: number, amplification: number): Scored {
  if (maxPoints <= 0) return { rawScore: 0, amplifiedScore: 0 }
  const rawScore = Math.min(100, (100 * (control + structural)) / maxPoints)
  // Structural tests stand apart from day-to-day control, so amplifiers lift control points only.
  const rawControl = Math.min(100, (100 * control) / maxPoints)
  const amplifiedScore = Math.min(100, rawScore + (amplification * rawControl * (100 - rawScore)) / 100)
  return { rawScore, amplifiedScore }
}

function presented(score: number, floor: RiskBand, rules: ScoringRules): { rounded: number; band: RiskBand } {
  const rounded = roundScore(score)
  // The lift already puts the score at the floor's bound; this also holds for a bound finer than one decimal.
  return { rounded, band: maxBand(bandFor(rounded, rules), floor) }
}

/** One law's score: the answers alone lifted by the decisive factors that law treats as deciding. */
export type ScopeScore = {
  scope: Scope
  score: number
  /** The least band the lifting factors require (low when none). */
  floor: RiskBand
  liftBands: readonly RiskBand[]
  fired: readonly ResolvedRule[]
  /** The score was held at the top of the law's answersCap band: none of its own employment rules meeting its test fired. */
  capped: boolean
}

export type OverallTotals = {
  overall: OverallScore
  redFlagCount: number
  amplification: number
  scopes: readonly ScopeScore[]
  /** "profile:rule" keys of every rule fired under any scope, to tell which decisive factors a change lifts. */
  firedKeys: ReadonlySet<string>
}

export function ruleKey(rule: ResolvedRule): string {
  return `${rule.profileId ?? ''}:${rule.rule.id}`
}

/** The overall score. Remediation calls this once per candidate change, so it stays one flat pass. */
export function overallFrom(context: ScoringContext, evals: readonly QuestionEval[]): OverallTotals {
  const { bank } = context.index
  let control = 0
  let structural = 0
  let amplifySum = 0
  let redFlagCount = 0
  const knockOuts: QuestionEval[] = []
  for (const e of evals) {
    if (e.info.structural) structural += e.points
    else control += e.points
    amplifySum += e.amplify
    redFlagCount += e.redFlagCount
    if (e.redFlagCount > 0) knockOuts.push(e)
  }
  const amplification = Math.min(decimalSum(amplifySum), bank.scoring.maxAmplification)
  const scored = scoreOf(control, structural, context.totalMaxPoints, amplification)
  const firedKeys = new Set<string>()
  const scopes = context.scopes.map((scope) => {
    const fired = scope.rules.filter((rule) => firedGroup(rule, evals) !== null)
    for (const rule of fired) firedKeys.add(ruleKey(rule))
    const bands = liftBands(scope, knockOuts, fired, evals, context.index.liftRemaining)
    const lifted = liftScore(scored.amplifiedScore, bands, context.index.liftRemaining)
    // A fired rule counted through its knock-outs still sets its band as the floor.
    const ruleBands = fired.filter((r) => r.rule.nature === 'employment').map((r) => r.rule.band)
    const floor = [...bands, ...ruleBands].reduce<RiskBand>((a, b) => maxBand(a, b), 'low')
    // A law that finds employment only on its own test (bank 2026.5: the UK necessity test, India's sham test) is
    // not met by control points alone: until one of its own employment rules fires, its score stays in the cap band.
    // A rule that only supports a finding (keepsAnswersCap: India's licence and core-activity gates) sets its floor
    // but does not meet the law's test.
    const meetsOwnTest = fired.some((r) => r.rule.nature === 'employment' && r.rule.keepsAnswersCap !== true)
    const ceiling = scope.answersCap && !meetsOwnTest ? topOfBand(scope.answersCap, bank.scoring) : 100
    const capped = lifted > ceiling
    return { scope, score: capped ? ceiling : lifted, floor, liftBands: bands, fired, capped }
  })
  // The engagement answers to every law that applies, so the law giving the highest score decides.
  let deciding = scopes[0] as ScopeScore
  for (const s of scopes) if (s.score > deciding.score) deciding = s
  const overall: OverallScore = {
    score: deciding.score,
    ...presented(deciding.score, deciding.floor, bank.scoring),
    rawScore: scored.rawScore,
    amplifiedScore: scored.amplifiedScore,
    answersScore: scored.amplifiedScore,
    decisiveLift: deciding.score - scored.amplifiedScore,
    decisiveFactors: deciding.liftBands.length,
    decidingProfileId: deciding.scope.profile?.id ?? null,
    answersCapped: deciding.capped,
    redFlagFloorApplied: false,
    points: control + structural,
    maxPoints: context.totalMaxPoints
  }
  return { overall, redFlagCount, amplification, scopes, firedKeys }
}

/** The presented score and band of one scope, for its verdict. */
export function presentedScope(scope: ScopeScore, rules: ScoringRules): { rounded: number; band: RiskBand } {
  return presented(scope.score, scope.floor, rules)
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
): Omit<SectionScore, 'openDecisive'>[] {
  const { sectionIds, sectionAmplified, bank, liftRemaining: remaining } = context.index
  const control = sectionIds.map(() => 0)
  const structural = sectionIds.map(() => 0)
  const redFlags = sectionIds.map(() => 0)
  const redFlagQuestions = sectionIds.map(() => 0)
  const visible = sectionIds.map(() => 0)
  const covered = sectionIds.map(() => 0)
  const touched = sectionIds.map(() => 0)
  for (const e of evals) {
    const s = e.info.sectionIndex
    if (e.info.structural) structural[s] = (structural[s] ?? 0) + e.points
    else control[s] = (control[s] ?? 0) + e.points
    redFlags[s] = (redFlags[s] ?? 0) + e.redFlagCount
    if (e.redFlagCount > 0) redFlagQuestions[s] = (redFlagQuestions[s] ?? 0) + 1
    if (!e.visible) continue
    visible[s] = (visible[s] ?? 0) + 1
    if (settles(e, bank.scoring.carriedNeedConfirming === true)) covered[s] = (covered[s] ?? 0) + 1
    if (e.status !== 'unanswered') touched[s] = (touched[s] ?? 0) + 1
  }
  return sectionIds.map((sectionId, s) => {
    const amplified = sectionAmplified[s] === true
    const redFlagCount = redFlags[s] ?? 0
    const maxPoints = context.sectionMaxPoints[s] ?? 0
    const points = (control[s] ?? 0) + (structural[s] ?? 0)
    const scored = scoreOf(control[s] ?? 0, structural[s] ?? 0, maxPoints, amplified ? amplification : 0)
    // A section shows where the risk sits: each knock-out answer in it lifts it as one High factor.
    const lift: RiskBand[] = new Array<RiskBand>(redFlagQuestions[s] ?? 0).fill('high')
    const score = liftScore(scored.amplifiedScore, lift, remaining)
    const visibleCount = visible[s] ?? 0
    return {
      sectionId,
      score,
      ...presented(score, lift.length > 0 ? 'high' : 'low', bank.scoring),
      rawScore: scored.rawScore,
      points,
      maxPoints,
      redFlagCount,
      visibleCount,
      sufficiency: sectionSufficiency(visibleCount, covered[s] ?? 0, touched[s] ?? 0, bank.scoring.coverageThreshold),
      amplified
    }
  })
}

function sectionSufficiency(visible: number, covered: number, touched: number, threshold: number): SufficiencyStatus {
  if (visible === 0 || touched === 0) return 'not-assessed'
  return covered / visible < threshold ? 'insufficient' : 'sufficient'
}
